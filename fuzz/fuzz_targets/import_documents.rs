//! `folio import` of arbitrary bytes as each kind of file it reads by extension: a PDF, a
//! Word file, plain text, CSV, TOML, YAML, JSON, a Markdown page, and AsciiDoc,
//! reStructuredText and Org-mode pages. Nothing may panic, and an
//! import that succeeds has already been loaded and checked by folio (import refuses to write
//! otherwise).

#![no_main]

use libfuzzer_sys::fuzz_target;

const EXTENSIONS: [&str; 11] = [
    "pdf", "docx", "txt", "csv", "toml", "yaml", "json", "md", "adoc", "rst", "org",
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let extension = EXTENSIONS[usize::from(pick) % EXTENSIONS.len()];
    let path = std::env::temp_dir().join(format!(
        "folio-fuzz-import-{}.{extension}",
        std::process::id()
    ));
    if std::fs::write(&path, bytes).is_err() {
        return;
    }
    let _ = folio::import::import_file(&path);
    let _ = std::fs::remove_file(&path);
});
