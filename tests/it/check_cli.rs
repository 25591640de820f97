//! `folio check` and `folio metrics` as a person runs them: exit codes, messages, positions.

use std::process::Command;

use crate::common::{folio, text};

/// Every file in `tests/bad/` is listed in `expected.tsv` with the exit code, the location and
/// the message `folio check --deny-warnings` must print.
#[test]
fn bad_corpus_gets_the_expected_messages() {
    let manifest = std::fs::read_to_string("tests/bad/expected.tsv").expect("manifest");
    let mut listed = Vec::new();
    for line in manifest
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let fields: Vec<&str> = line.split('\t').collect();
        let [file, code, location, fragment] = fields[..] else {
            panic!("bad manifest line: {line:?}");
        };
        listed.push(file.to_owned());
        let path = format!("tests/bad/{file}");
        let output = folio(&["check", "--deny-warnings", &path]);
        let shown = text(&output);
        assert_eq!(
            output.status.code(),
            Some(code.parse().expect("exit code")),
            "{file}:\n{shown}"
        );
        assert!(
            shown.contains(fragment),
            "{file}: expected {fragment:?} in\n{shown}"
        );
        if !location.is_empty() {
            assert!(
                shown.contains(&format!("--> {location}\n")),
                "{file}: expected location {location} in\n{shown}"
            );
        }
        assert!(!shown.contains("panicked"), "{file}: {shown}");
    }
    let mut on_disk: Vec<String> = std::fs::read_dir("tests/bad")
        .expect("tests/bad")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".ron"))
        .collect();
    on_disk.sort();
    listed.sort();
    assert_eq!(on_disk, listed, "every bad file has an expectation");
    assert_eq!(listed.len(), 50, "the corpus as committed");
}

#[test]
fn typo_in_a_copy_of_a_real_sized_portfolio() {
    let dir = tempfile::tempdir().expect("temp dir");
    let original =
        std::fs::read_to_string("tests/fixtures/data-platform.ron").expect("the fixture");
    let broken = original.replacen("approach:", "aproach:", 1);
    let path = dir.path().join("portfolio.ron");
    std::fs::write(&path, &broken).expect("write");
    let line = broken
        .lines()
        .position(|l| l.contains("aproach:"))
        .expect("typo line")
        + 1;
    let column = broken
        .lines()
        .nth(line - 1)
        .and_then(|l| l.find("aproach"))
        .expect("col")
        + 1;
    let output = folio(&["check", path.to_str().expect("utf-8 path")]);
    let shown = text(&output);
    assert_eq!(output.status.code(), Some(2), "{shown}");
    assert!(
        shown.contains(&format!("portfolio.ron:{line}:{column}")),
        "{shown}"
    );
    assert!(
        shown.contains("aproach: \"Ran both systems side by side"),
        "the line is shown: {shown}"
    );
    assert!(
        shown.contains("^^^^^^^"),
        "a caret under the field: {shown}"
    );
    assert!(shown.contains("did you mean `approach`"), "{shown}");
}

#[test]
fn both_bundled_portfolios_check_clean() {
    for file in ["portfolio.ron", "examples/research-engineer.ron"] {
        let output = folio(&["check", "--deny-warnings", file]);
        let shown = text(&output);
        assert_eq!(output.status.code(), Some(0), "{file}: {shown}");
        assert!(shown.contains("0 errors, 0 warnings"), "{shown}");
    }
    let shown = text(&folio(&["check", "portfolio.ron"]));
    assert!(shown.contains("4 case studies"), "{shown}");
    assert!(shown.contains("20 metrics"), "{shown}");
}

/// Where the slides shorten a story, check says which line they show, as an `on_slide` to
/// paste: a tip on standard output, not a warning (the exit code stays 0).
#[test]
fn check_suggests_on_slide_lines_where_the_slides_shorten_a_story() {
    let output = folio(&[
        "check",
        "--deny-warnings",
        "tests/fixtures/sre-cyrillic.ron",
    ]);
    let shown = text(&output);
    assert_eq!(output.status.code(), Some(0), "{shown}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("tip: the slides show a shorter story"),
        "{stdout}"
    );
    let suggestion = stdout
        .lines()
        .find(|l| l.contains("on_slide: ("))
        .unwrap_or_else(|| panic!("no on_slide line: {stdout}"));
    assert!(!suggestion.contains('…'), "{suggestion}");
    // The bundled portfolio has its own on_slide lines: nothing to suggest.
    let bundled = folio(&["check", "portfolio.ron"]);
    assert!(!String::from_utf8_lossy(&bundled.stdout).contains("tip:"));
}

#[test]
fn metrics_table_shows_the_derived_figures() {
    let output = folio(&["metrics", "portfolio.ron"]);
    assert_eq!(output.status.code(), Some(0));
    let table = String::from_utf8_lossy(&output.stdout).into_owned();
    let row = |label: &str| {
        table
            .lines()
            .find(|l| l.contains(label))
            .unwrap_or_else(|| panic!("no row {label} in\n{table}"))
            .to_owned()
    };
    let api = row("API response time (via CDN)");
    assert!(api.contains("8–10 s") && api.contains("< 3–10 ms"), "{api}");
    assert!(
        api.contains("−99.93 %") && api.contains("1,385× faster"),
        "{api}"
    );
    assert!(api.trim_end().ends_with("agrees"), "{api}");
    let pods = row("Pods");
    assert!(pods.contains("−56 %") && pods.contains("agrees"), "{pods}");
    let memory = row("Memory use");
    assert!(memory.contains("−60 pp / −75 %"), "{memory}");
}

#[test]
fn hostile_inputs_get_messages_not_panics() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "deep.ron",
            format!("{}{}", "(".repeat(100_000), ")".repeat(100_000)).into_bytes(),
            "error: ",
        ),
        (
            "deep-list.ron",
            format!(
                "(person: (headline: \"x\", summary: {}",
                "[".repeat(100_000)
            )
            .into_bytes(),
            "error: ",
        ),
        (
            "huge.ron",
            vec![b' '; 17 * 1024 * 1024],
            "folio reads portfolios of up to 16 MB",
        ),
        (
            "binary.ron",
            vec![0x89, b'P', b'N', b'G', 0, 0xFF, 0xD8],
            "not UTF-8",
        ),
    ];
    for (name, bytes, fragment) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).expect("write");
        let output = folio(&["check", path.to_str().expect("path")]);
        let shown = text(&output);
        assert!(shown.len() < 4000, "{name}: a short message, not the file");
        assert_eq!(output.status.code(), Some(2), "{name}: {shown}");
        assert!(shown.contains(fragment), "{name}: {shown}");
        assert!(!shown.contains("panicked"), "{name}: {shown}");
    }
    let output = folio(&["check", "no/such/file.ron"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output).contains("cannot read the file"));
}

#[test]
fn check_without_a_file_uses_the_bundled_portfolio() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = Command::new(env!("CARGO_BIN_EXE_folio"))
        .arg("check")
        .current_dir(dir.path())
        .output()
        .expect("runs");
    let shown = text(&output);
    assert_eq!(output.status.code(), Some(0), "{shown}");
    assert!(shown.contains("portfolio.ron (bundled): ok"), "{shown}");
}

/// Fixtures whose every script has an installed font check clean: the Chinese, Devanagari,
/// Japanese, Arabic and Thai text of tests/fixtures/ draws, so there is nothing to warn about.
#[test]
#[ignore = "needs fonts for Chinese, Japanese, Devanagari and Thai (fonts-noto-cjk, fonts-noto-core)"]
fn fixtures_in_every_script_check_clean_where_fonts_are_installed() {
    for fixture in [
        "tests/fixtures/mobile-ml.ron",
        "tests/fixtures/data-platform.ron",
    ] {
        let output = folio(&["check", "--deny-warnings", fixture]);
        let shown = text(&output);
        assert_eq!(output.status.code(), Some(0), "{fixture}: {shown}");
        assert!(shown.contains(": ok: "), "{shown}");
    }
}

/// The summary line never says "ok" about a file with errors.
#[test]
fn a_file_with_errors_is_never_summarised_as_ok() {
    let output = folio(&["check", "tests/bad/duplicate_id.ron"]);
    let shown = text(&output);
    assert_eq!(output.status.code(), Some(2), "{shown}");
    assert!(shown.contains("duplicate_id.ron: failed: "), "{shown}");
    assert!(!shown.contains(": ok: "), "{shown}");
}

/// `folio present --slide` with a slide that does not exist says so, like `--at` does,
/// instead of starting at the first slide.
#[test]
fn an_unknown_slide_is_an_error_with_the_valid_ids() {
    for slide in ["99", "typo", "0"] {
        let output = folio(&[
            "present",
            "--slide",
            slide,
            "--screenshot",
            "/nonexistent/x.png",
        ]);
        let shown = text(&output);
        assert_eq!(output.status.code(), Some(2), "{slide}: {shown}");
        assert!(shown.contains(&format!("no slide `{slide}`")), "{shown}");
        assert!(shown.contains("api-latency"), "lists the ids: {shown}");
    }
}

/// A text of megabytes is refused with its position, before anything lays it out.
#[test]
fn an_overlong_text_is_an_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("long.ron");
    let long = "word ".repeat(6_000);
    std::fs::write(
        &path,
        format!("(\n    person: (headline: \"Engineer\", summary: [\"{long}\"]),\n)\n"),
    )
    .expect("write");
    let output = folio(&["check", path.to_str().expect("utf-8 path")]);
    let shown = text(&output);
    assert_eq!(output.status.code(), Some(2), "{shown}");
    assert!(shown.contains("long.ron:2:46"), "{shown}");
    assert!(
        shown.contains("this text has 30000 characters; folio takes at most 20000"),
        "{shown}"
    );
}

/// Without a display, the app says so in one line instead of two renderers' errors.
#[cfg(target_os = "linux")]
#[test]
fn no_display_is_said_plainly() {
    let output = Command::new(env!("CARGO_BIN_EXE_folio"))
        .args(["--screenshot", "/nonexistent/x.png", "portfolio.ron"])
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("runs");
    let shown = text(&output);
    assert_eq!(output.status.code(), Some(2), "{shown}");
    assert!(shown.contains("no display found"), "{shown}");
    assert!(!shown.contains("EventLoop"), "{shown}");
}

#[test]
fn folio_new_writes_a_clean_starter_and_never_replaces_it() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("my portfolio");
    let folder_arg = folder.to_str().unwrap();
    let created = folio(&["new", folder_arg]);
    assert!(created.status.success(), "{}", text(&created));
    let file = folder.join("portfolio.ron");
    assert!(text(&created).contains(&format!("created {}", file.display())));
    let file_arg = file.to_str().unwrap();
    let checked = folio(&["check", "--deny-warnings", file_arg]);
    assert!(checked.status.success(), "{}", text(&checked));
    assert!(text(&checked).contains("0 errors, 0 warnings"));
    // Every kind of metric is there for `folio metrics` to compute.
    let metrics = text(&folio(&["metrics", file_arg]));
    assert!(
        metrics.contains("−85 %") && metrics.contains("agrees"),
        "{metrics}"
    );

    std::fs::write(&file, "(person: (headline: \"edited\"))").unwrap();
    let again = folio(&["new", folder_arg]);
    assert_eq!(again.status.code(), Some(2));
    assert!(text(&again).contains("already exists"), "{}", text(&again));
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "(person: (headline: \"edited\"))"
    );
}

/// One rule for characters no font can draw: `folio check` and every export name them by
/// code point with the font to install; `--deny-warnings` makes an export write nothing.
#[test]
fn characters_no_font_can_draw_are_named_by_check_and_every_export() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("p.ron");
    // A private-use character: no font, bundled or installed, means anything by it.
    std::fs::write(
        &file,
        "(person: (name: \"Ana \u{10FFFD}\", headline: \"Engineer\"))",
    )
    .unwrap();
    let file = file.to_string_lossy().into_owned();
    let check = folio(&["check", &file]);
    let said = text(&check);
    assert!(
        said.contains("U+10FFFD") && said.contains("fonts-noto-core"),
        "{said}"
    );
    for out in ["p.pdf", "p.html"] {
        let out = dir.path().join(out);
        let out = out.to_string_lossy().into_owned();
        let export = folio(&["export", &file, "-o", &out]);
        let said = text(&export);
        assert_eq!(export.status.code(), Some(0), "{said}");
        assert!(said.contains("U+10FFFD cannot be drawn"), "{out}: {said}");
        std::fs::remove_file(&out).unwrap();
        let denied = folio(&["export", &file, "-o", &out, "--deny-warnings"]);
        assert_eq!(denied.status.code(), Some(1), "{}", text(&denied));
        assert!(text(&denied).contains("wrote nothing"));
        assert!(!std::path::Path::new(&out).exists(), "{out} written");
    }
}

/// A file `folio check` refuses gives no figure anywhere: `metrics`, `tailor` and `export`
/// stop with its errors, exit 2, and print nothing on standard output.
#[test]
fn no_command_prints_a_figure_from_a_file_that_fails_its_check() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("seven.ron");
    // "7 lots" is no relative change folio reads (a figure like it, "7x", was once shown as
    // "+7 %" while folio refused it).
    std::fs::write(
        &path,
        r#"(person: (headline: "E"), case_studies: [(id: "a", title: "T", problem: "p",
            approach: "a", outcome: "o", metrics: [Relative(label: "UI", change: "7 lots")])])"#,
    )
    .unwrap();
    let file = path.to_str().unwrap();
    let pdf = dir.path().join("out.pdf");
    for args in [
        vec!["metrics", file],
        vec!["tailor", "examples/posting.md", file],
        vec!["export", file, "-o", pdf.to_str().unwrap()],
    ] {
        let output = folio(&args);
        let shown = text(&output);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {shown}");
        assert!(output.stdout.is_empty(), "{args:?} printed: {shown}");
        assert!(shown.contains("7 lots"), "{args:?}: {shown}");
        assert!(
            shown.contains("has errors; fix them before"),
            "{args:?}: {shown}"
        );
    }
    assert!(!pdf.exists());
}

#[test]
fn the_format_reference_travels_with_the_app() {
    let output = folio(&["help", "format"]);
    assert_eq!(output.status.code(), Some(0));
    let reference = std::fs::read_to_string("docs/format.md").unwrap();
    assert_eq!(String::from_utf8_lossy(&output.stdout), reference);
    // The starter and the loader's hints send a newcomer there.
    assert!(folio::starter::TEMPLATE.contains("folio help format"));
    let unknown = folio(&["help", "nothing-like-this"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(text(&unknown).contains("folio help format"));
    let help = text(&folio(&["--help"]));
    assert!(help.contains("else the welcome screen"), "{help}");
}

/// A plain string where a list's entries are records: the hint shows that list's own entry,
/// and writing what it shows passes (it once suggested `title` for highlights, which have
/// none).
#[test]
fn the_hint_for_a_plain_string_in_a_list_leads_to_a_passing_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let with = |highlight: &str| {
        format!(
            "(person: (headline: \"Engineer\"), experience: [(role: \"SRE\", organisation: \
             \"Acme\", start: \"2021-03\", end: \"present\", highlights: [{highlight}])])"
        )
    };
    std::fs::write(&path, with("\"Cut pages by nine tenths.\"")).unwrap();
    let output = folio(&["check", path.to_str().unwrap()]);
    let shown = text(&output);
    assert_eq!(output.status.code(), Some(2), "{shown}");
    assert!(shown.contains("`(text: \""), "{shown}");
    std::fs::write(&path, with("(text: \"Cut pages by nine tenths.\")")).unwrap();
    let output = folio(&["check", "--deny-warnings", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
}
