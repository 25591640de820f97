//! `folio export -o OUT.html` as a person runs it, on our fixtures: the page holds every case
//! study, every figure's computed change as the app and `folio metrics` state it, the photo
//! inline, and nothing runs or loads from elsewhere.

use std::process::Command;

use folio::document::Document;
use folio::metrics::AnalysisKind;

fn export(fixture: &str, out: &std::path::Path, extra: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_folio"))
        .args(["export", fixture, "-o"])
        .arg(out)
        .args(extra)
        .output()
        .expect("folio runs")
}

#[test]
fn the_page_holds_every_case_study_and_figure_of_each_fixture() {
    let dir = tempfile::tempdir().unwrap();
    for fixture in [
        "tests/fixtures/mobile-ml.ron",
        "tests/fixtures/data-platform.ron",
        "tests/fixtures/sre-cyrillic.ron",
    ] {
        let out = dir.path().join("page.html");
        let output = export(fixture, &out, &["--force"]);
        assert!(output.status.success(), "{fixture}: {output:?}");
        let html = std::fs::read_to_string(&out).unwrap();
        let loaded =
            folio::check::checked(folio::load::load(std::path::Path::new(fixture))).unwrap();
        let document = Document::new(loaded.portfolio.clone());
        let escape = folio::export::html::escape;
        assert!(
            html.contains(&escape(loaded.portfolio.display_name())),
            "{fixture}: the name"
        );
        for (index, case) in loaded.portfolio.case_studies.iter().enumerate() {
            assert!(
                html.contains(&escape(&case.title)),
                "{fixture}: {}",
                case.title
            );
            assert!(
                html.contains(&format!("id=\"{}\"", case.id)),
                "{fixture}: anchor {}",
                case.id
            );
            for analysis in &document.case_metrics[index] {
                if let AnalysisKind::Change(change) = &analysis.kind {
                    // The chart's name is the sentence the app gives screen readers, with
                    // the change computed by the metric engine.
                    let sentence = change.sentence(&analysis.label);
                    assert!(
                        html.contains(&format!(
                            "role=\"img\" aria-label=\"{}\"",
                            escape(&sentence)
                        )),
                        "{fixture}: chart of {sentence}"
                    );
                    assert!(html.contains(&escape(&change.change_text())));
                }
            }
        }
        for role in &loaded.portfolio.experience {
            assert!(
                html.contains(&escape(&role.organisation)),
                "{fixture}: {}",
                role.organisation
            );
            for highlight in &role.highlights {
                assert!(
                    html.contains(&escape(&highlight.text)),
                    "{fixture}: {}",
                    highlight.text
                );
            }
        }
        // Offline: no scripts, nothing fetched from elsewhere.
        assert!(!html.contains("<script"), "{fixture}");
        assert!(!html.contains("src=\"http"), "{fixture}");
        assert!(!html.contains("@import"), "{fixture}");
        if loaded.portfolio.person.photo.is_some() {
            assert!(
                html.contains("class=\"avatar\" src=\"data:image/"),
                "{fixture}: the photo inline"
            );
        }
    }
}

#[test]
fn an_existing_file_is_kept_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("page.html");
    std::fs::write(&out, "mine").unwrap();
    let output = export("tests/fixtures/sre-cyrillic.ron", &out, &[]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--force"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "mine");
}

#[test]
fn a_portfolio_with_errors_is_not_exported() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("page.html");
    let output = export("tests/bad/claim_disagrees.ron", &out, &[]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("fix them before exporting"));
    assert!(!out.exists());
}

#[test]
fn the_app_exports_what_it_shows_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = egui::Context::default();
    let loaded = folio::check::checked(folio::load::load(std::path::Path::new(
        "tests/fixtures/data-platform.ron",
    )));
    let mut app = folio::app::FolioApp::new(&ctx, None, loaded, &folio::app::Options::default());
    let pdf = dir.path().join("priya.pdf");
    app.export_to(&ctx, pdf.clone());
    assert!(
        app.status().is_some_and(|s| s.starts_with("Writing")),
        "the window is told while the file is written off its thread: {:?}",
        app.status()
    );
    app.wait_for_export();
    assert!(pdf.is_file(), "written");
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    assert_eq!(
        app.status(),
        Some(format!("Saved {}", pdf.display()).as_str())
    );
    let bad = dir.path().join("priya.docx");
    app.export_to(&ctx, bad.clone());
    app.wait_for_export();
    assert!(!bad.exists());
    assert!(
        app.status().unwrap().starts_with("The export failed"),
        "{:?}",
        app.status()
    );
}

/// In a folder without `portfolio.ron`, export writes nothing rather than the bundled
/// example under the user's file name, and says how to start.
#[test]
fn without_a_portfolio_export_says_how_to_start_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_folio"))
        .args(["export", "-o", "me.pdf"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{said}");
    assert!(said.contains("folio new"), "{said}");
    assert!(!dir.path().join("me.pdf").exists());
}

/// Options that do not apply to what is written are errors, not ignored.
#[test]
fn options_that_do_not_apply_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    for (extra, output) in [
        (&["--slides"][..], "talk.html"),
        (&["--slides"][..], "talk.json"),
        (&["--track", "reliability"][..], "doc.pdf"),
        (&["--tags", "cost"][..], "doc.pdf"),
    ] {
        let out = dir.path().join(output);
        let result = export("tests/fixtures/sre-cyrillic.ron", &out, extra);
        assert_eq!(
            result.status.code(),
            Some(2),
            "{extra:?} -o {output}: {result:?}"
        );
        assert!(!out.exists(), "{extra:?} -o {output}: nothing written");
    }
}

/// The page's title and keywords are its properties (the `<title>` and `<meta>` tags), not
/// lines printed at its end.
#[test]
fn page_facts_are_properties_not_printed_text() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("page.html");
    let output = export("examples/research-engineer.ron", &out, &[]);
    assert!(output.status.success(), "{output:?}");
    let page = std::fs::read_to_string(&out).unwrap();
    assert!(
        page.contains("<meta name=\"keywords\""),
        "keywords are a property"
    );
    let body = &page[page.find("<body").unwrap()..];
    assert!(!body.contains("Keywords:"), "not printed");
    assert!(!body.contains("Title:"), "not printed");
}

/// A link folio refuses to open is written nowhere, as a link or as text, and export says
/// so once.
#[test]
fn a_refused_link_is_left_out_of_every_export_with_one_warning() {
    let dir = tempfile::tempdir().unwrap();
    for (fixture, address) in [
        ("tests/bad/bad_link.ron", "javascript:alert(1)"),
        ("tests/bad/file_link.ron", "file:///etc/passwd"),
    ] {
        for name in ["page.html", "resume.json"] {
            let out = dir.path().join(name);
            let output = export(fixture, &out, &["--force"]);
            assert!(output.status.success(), "{fixture} -> {name}: {output:?}");
            let written = std::fs::read_to_string(&out).unwrap();
            assert!(!written.contains(address), "{fixture} -> {name}");
            let said = String::from_utf8_lossy(&output.stderr);
            assert_eq!(said.matches(address).count(), 1, "{fixture}: {said}");
        }
    }
}

/// The colours a page declares in one `:root { ... }` block, by name.
fn variables(block: &str) -> std::collections::HashMap<String, folio::model::Rgb> {
    block
        .split(';')
        .filter_map(|declaration| {
            let (name, value) = declaration.trim().split_once(':')?;
            let hex = value.trim().strip_prefix('#')?;
            let byte = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
            Some((
                name.trim().trim_start_matches("--").to_owned(),
                folio::model::Rgb(byte(0)?, byte(2)?, byte(4)?),
            ))
        })
        .collect()
}

#[test]
fn every_text_colour_reads_at_wcag_aa_in_both_themes_and_the_page_has_its_own_icon() {
    let dir = tempfile::tempdir().unwrap();
    // An author's pale accent, 1.9:1 on white, beside the fixtures' own.
    let pale = dir.path().join("pale.ron");
    std::fs::write(
        &pale,
        r##"(person: (name: "Ana Pale", headline: "Engineer", links: [(label: "Site", url: "https://example.org")]), accent: "#8fd3ff")"##,
    )
    .unwrap();
    let pale = pale.to_string_lossy().into_owned();
    for fixture in [
        pale.as_str(),
        "tests/fixtures/mobile-ml.ron",
        "tests/fixtures/data-platform.ron",
        "tests/fixtures/sre-cyrillic.ron",
    ] {
        let out = dir.path().join("page.html");
        let output = export(fixture, &out, &["--force"]);
        assert!(output.status.success(), "{fixture}: {output:?}");
        let html = std::fs::read_to_string(&out).unwrap();
        let blocks: Vec<&str> = html
            .split(":root {")
            .skip(1)
            .filter_map(|rest| rest.split('}').next())
            .collect();
        // Light, dark, and print.
        assert!(blocks.len() >= 3, "{fixture}");
        for block in blocks {
            let colours = variables(block);
            let texts = [
                "text",
                "muted",
                "strong",
                "accent-text",
                "good",
                "bad",
                "warn",
            ];
            let grounds = [
                "bg",
                "surface",
                "surface-alt",
                "accent-soft",
                "good-soft",
                "bad-soft",
            ];
            for text in texts {
                for ground in grounds {
                    let ratio = folio::palette::contrast(colours[text], colours[ground]);
                    assert!(
                        ratio >= folio::palette::AA_TEXT,
                        "{fixture}: --{text} on --{ground} is {ratio:.2}:1"
                    );
                }
            }
            let on_accent = folio::palette::contrast(colours["on-accent"], colours["accent"]);
            assert!(
                on_accent >= folio::palette::AA_TEXT,
                "{fixture}: initials {on_accent:.2}:1"
            );
        }
        // Links are set in the readable shade, not the author's raw accent.
        assert!(
            html.contains("a { color: var(--accent-text); }"),
            "{fixture}"
        );
        assert!(
            html.contains("<link rel=\"icon\" href=\"data:image/svg+xml,"),
            "{fixture}: an icon that asks for no file"
        );
    }
}

/// A position's page and a project's roles and dates (issue 22, item 8) are on the page, as in
/// the app and the PDF (whose every drawn line tests/it/export_pdf.rs finds in its text): the
/// link named by its site, the roles and period on the meta line.
#[test]
fn a_positions_page_and_a_projects_roles_and_dates_are_on_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.html");
    let output = export("tests/fixtures/data-platform.ron", &page, &[]);
    assert!(output.status.success(), "{output:?}");
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(
        html.contains("href=\"https://www.zomato.com/about\"") && html.contains(">zomato.com<"),
        "the position's page"
    );
    assert!(
        html.contains("Author, Maintainer  ·  Mar 2022 – Present"),
        "the project's meta line"
    );
}
