//! Helpers more than one module needs: running the folio binary, and demanding the tools and
//! fonts an ignored test needs, with the package that brings them.

use std::process::{Command, Output};

/// Runs the folio binary with `args`.
pub fn folio(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_folio"))
        .args(args)
        .output()
        .expect("the folio binary runs")
}

/// Standard output and standard error, as a person reads them in a terminal.
pub fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// Fails, naming the package, when `tool` does not run here. For tests ignored with
/// "needs …": run with `--include-ignored` where it is installed.
pub fn require_tool(tool: &str, package: &str) {
    assert!(
        Command::new(tool).arg("-v").output().is_ok(),
        "{tool} is missing: install {package}"
    );
}

/// Fails, naming the characters and the font packages, when no installed font draws some
/// of `fixture`'s text: the test would see boxes where a name should be.
pub fn require_fonts_for(fixture: &std::path::Path) {
    let loaded = folio::load::load(fixture).expect("fixture loads");
    let missing = folio::layout::text::undrawable(&loaded.portfolio.all_text());
    let codes: Vec<String> = missing
        .iter()
        .map(|c| format!("U+{:04X}", u32::from(*c)))
        .collect();
    assert!(
        missing.is_empty(),
        "no installed font draws {} of {}; install fonts-noto-cjk and fonts-noto-core",
        codes.join(", "),
        fixture.display()
    );
}

/// What a Python `script` using pypdf prints for `pdf` (its first argument); fails the test
/// when pypdf is missing, so a test needing it never passes without it.
pub fn pypdf_script(script: &str, pdf: &std::path::Path) -> String {
    let output = Command::new("python3")
        .args(["-c", script])
        .arg(pdf)
        .output()
        .expect("python3 runs");
    assert!(
        output.status.success(),
        "pypdf is missing or failed (pip install pypdf): {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// `folio import INPUT -o OUT`, as a person runs it.
pub fn import(input: &std::path::Path, out: &std::path::Path) -> Output {
    folio(&[
        "import",
        input.to_str().expect("a UTF-8 path"),
        "-o",
        out.to_str().expect("a UTF-8 path"),
    ])
}
