//! `folio export -o OUT.pdf` checked with poppler, as a reader's PDF viewer sees it: every
//! font embedded and subset, every case study and computed change in the text, vector charts
//! (no raster image unless the portfolio has a photo or image), bookmarks, links, metadata.
//! The tools come from poppler-utils: the tests are ignored unless asked for
//! (`--include-ignored`, as CI runs them), and then a missing tool fails.

use std::path::Path;
use std::process::Command;

use folio::document::Document;
use folio::metrics::AnalysisKind;

fn poppler() {
    crate::common::require_tool("pdftotext", "poppler-utils");
}

fn tool(name: &str, args: &[&str], pdf: &Path) -> String {
    let mut command = Command::new(name);
    command.args(args).arg(pdf);
    if name == "pdftotext" {
        // To standard output, not a file beside the PDF.
        command.arg("-");
    }
    let output = command.output().expect(name);
    assert!(output.status.success(), "{name}: {output:?}");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn pages(pdf: &Path) -> usize {
    tool("pdfinfo", &[], pdf)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap()
}

/// Runs `folio export [fixture] -o out --force [extra]`, which must succeed.
fn export(fixture: Option<&str>, out: &Path, extra: &[&str]) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_folio"));
    command.arg("export");
    if let Some(fixture) = fixture {
        command.arg(fixture);
    }
    let output = command
        .arg("-o")
        .arg(out)
        .arg("--force")
        .args(extra)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
}

/// pdftotext keeps words but may break lines anywhere; compare with whitespace squeezed.
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
#[ignore = "needs pdftotext and pdffonts (poppler-utils)"]
fn fixtures_export_with_every_fact_in_real_text() {
    poppler();
    let dir = tempfile::tempdir().unwrap();
    for fixture in [
        "tests/fixtures/mobile-ml.ron",
        "tests/fixtures/data-platform.ron",
        "tests/fixtures/sre-cyrillic.ron",
    ] {
        let pdf = dir.path().join("out.pdf");
        export(Some(fixture), &pdf, &[]);
        let fonts = tool("pdffonts", &[], &pdf);
        for line in fonts.lines().skip(2) {
            let columns: Vec<&str> = line.split_whitespace().collect();
            // name type... emb sub uni object generation
            let n = columns.len();
            assert!(n >= 6, "{line}");
            if line.contains("Type 3") {
                // Colour emoji are drawn as Type 3 glyphs, which hold only the glyphs used.
                assert_eq!(columns[n - 5], "yes", "{fixture}: {line}");
            } else {
                assert_eq!(
                    &columns[n - 5..n - 2],
                    ["yes", "yes", "yes"],
                    "{fixture}: {line}"
                );
            }
        }
        let text = squeeze(&tool("pdftotext", &["-layout"], &pdf).replace('\u{200E}', ""));
        let plain = squeeze(&tool("pdftotext", &[], &pdf).replace('\u{200E}', ""));
        let loaded = folio::check::checked(folio::load::load(Path::new(fixture))).unwrap();
        let document = Document::new(loaded.portfolio.clone());
        // Lines may break after a hyphen ("re-" / "ranks"): titles compare without spaces.
        let unspaced: String = plain.split_whitespace().collect();
        for (index, case) in loaded.portfolio.case_studies.iter().enumerate() {
            let title: String = case.title.split_whitespace().collect();
            assert!(
                unspaced.contains(&title),
                "{fixture}: the title {:?}",
                case.title
            );
            for analysis in &document.case_metrics[index] {
                if let AnalysisKind::Change(change) = &analysis.kind {
                    let computed = change.change_text();
                    assert!(
                        text.contains(&computed) || plain.contains(&computed),
                        "{fixture}: {} {computed}",
                        analysis.label
                    );
                }
            }
        }
        let info = tool("pdfinfo", &[], &pdf);
        assert!(
            info.contains(&format!(
                "Author:          {}",
                loaded.portfolio.display_name()
            )),
            "{info}"
        );
        assert!(
            info.contains("Page size:       595.28 x 841.89 pts (A4)"),
            "{info}"
        );
        let raw = std::fs::read(&pdf).unwrap();
        let raw = String::from_utf8_lossy(&raw);
        assert!(raw.contains("/Outlines"), "{fixture}: bookmarks");
        assert!(raw.contains("/URI"), "{fixture}: links");
        assert!(!raw.contains("javascript:"), "{fixture}");
    }
}

#[test]
#[ignore = "needs pdftotext and pdffonts (poppler-utils)"]
fn a_portfolio_without_images_is_all_vectors_and_letter_works() {
    poppler();
    let dir = tempfile::tempdir().unwrap();
    let fixture = Some("tests/fixtures/sre-cyrillic.ron");
    let pdf = dir.path().join("olga.pdf");
    export(fixture, &pdf, &[]);
    let images = tool("pdfimages", &["-list"], &pdf);
    assert_eq!(
        images.lines().count(),
        2,
        "charts are vectors, not pictures:\n{images}"
    );
    assert_eq!(pages(&pdf), 4, "the fixture's document on A4");
    let letter = dir.path().join("letter.pdf");
    export(fixture, &letter, &["--paper", "letter"]);
    assert!(tool("pdfinfo", &[], &letter).contains("612 x 792 pts (letter)"));
}

#[test]
#[ignore = "needs pdftotext and pdffonts (poppler-utils)"]
fn slides_are_one_16_9_page_each_and_notes_follow_them() {
    poppler();
    let dir = tempfile::tempdir().unwrap();
    let mut slides_with_notes = 0;
    for fixture in [
        "tests/fixtures/mobile-ml.ron",
        "tests/fixtures/data-platform.ron",
        "tests/fixtures/sre-cyrillic.ron",
    ] {
        let loaded = folio::load::load(Path::new(fixture)).unwrap();
        let deck = folio::deck::Deck::new(&loaded.portfolio);
        let pdf = dir.path().join("slides.pdf");
        export(Some(fixture), &pdf, &["--slides"]);
        // What does not fit continues on the deck's own next slide, never on an extra page.
        assert_eq!(pages(&pdf), deck.slides.len(), "{fixture}");
        assert!(
            tool("pdfinfo", &[], &pdf).contains("960 x 540 pts"),
            "{fixture}: 16:9"
        );
        let text: String = tool("pdftotext", &[], &pdf).split_whitespace().collect();
        for slide in &deck.slides {
            let title: String = slide.title.split_whitespace().collect();
            assert!(text.contains(&title), "{fixture}: slide {}", slide.title);
        }
        export(Some(fixture), &pdf, &["--slides", "--notes"]);
        // Notes, and what a slide leaves for the presenter (the whole story, exact figures).
        let with_notes = deck
            .slides
            .iter()
            .filter(|s| s.notes.is_some() || !s.script.is_empty())
            .count();
        slides_with_notes += deck.slides.iter().filter(|s| s.notes.is_some()).count();
        // A long script continues on a second notes page.
        let handout_pages = pages(&pdf);
        assert!(
            (deck.slides.len() + with_notes..=deck.slides.len() + 2 * with_notes)
                .contains(&handout_pages),
            "{fixture}: {handout_pages} pages: a notes page after each slide that has something to say, none for the others"
        );
        let handout: String = tool("pdftotext", &[], &pdf).split_whitespace().collect();
        let rtl = |c: char| ('\u{0590}'..='\u{08FF}').contains(&c);
        for line in deck.slides.iter().flat_map(|s| &s.script) {
            // pdftotext reorders a right-to-left run within a line ("كريم (Careem)"): such a
            // line is found word by word, its right-to-left words aside.
            if line.chars().any(rtl) {
                for word in line.split_whitespace().filter(|w| !w.chars().any(rtl)) {
                    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
                    assert!(
                        handout.contains(word),
                        "{fixture}: {word:?} of {line:?} not in the handout"
                    );
                }
                continue;
            }
            let line: String = line.split_whitespace().collect();
            assert!(
                handout.contains(&line),
                "{fixture}: {line:?} not in the handout"
            );
        }
    }
    assert!(slides_with_notes > 0, "some fixture has speaker notes");
    // A track presents its slides only.
    let pdf = dir.path().join("track.pdf");
    export(
        Some("tests/fixtures/mobile-ml.ron"),
        &pdf,
        &["--slides", "--track", "ml"],
    );
    let portfolio = folio::load::load(Path::new("tests/fixtures/mobile-ml.ron"))
        .unwrap()
        .portfolio;
    let selection = folio::deck::Selection::new(&portfolio, Some("ml"), &[]).unwrap();
    let deck = folio::deck::Deck::select(&portfolio, &selection);
    assert_eq!(pages(&pdf), deck.slides.len());
}

/// A refused link is not printed in the document PDF or on the slides.
#[test]
#[ignore = "needs pdftotext (poppler-utils)"]
fn a_refused_link_is_not_printed_in_the_pdf() {
    poppler();
    let dir = tempfile::tempdir().unwrap();
    for extra in [&[][..], &["--slides"][..]] {
        let pdf = dir.path().join("out.pdf");
        export(Some("tests/bad/bad_link.ron"), &pdf, extra);
        let text = tool("pdftotext", &[], &pdf);
        assert!(!text.contains("javascript"), "{extra:?}: {text}");
    }
}

/// The PDFs are tagged (PDF/UA's structure): what each thing is, in reading order, in the
/// portfolio's language, for screen readers and applicant-tracking systems.
#[test]
#[ignore = "needs pdfinfo (poppler-utils)"]
fn the_pdfs_are_tagged_with_headings_figures_links_and_a_language() {
    let dir = tempfile::tempdir().unwrap();
    for fixture in [
        "tests/fixtures/mobile-ml.ron",
        "tests/fixtures/data-platform.ron",
    ] {
        for (name, extra) in [("doc.pdf", &[][..]), ("slides.pdf", &["--slides"][..])] {
            let pdf = dir.path().join(name);
            export(Some(fixture), &pdf, extra);
            let info = tool("pdfinfo", &[], &pdf);
            assert!(
                info.contains("Tagged:          yes"),
                "{fixture} {name}: {info}"
            );
            let tree = tool("pdfinfo", &["-struct"], &pdf);
            let count = |tag: &str| {
                tree.lines()
                    .filter(|l| l.trim_start().starts_with(tag))
                    .count()
            };
            // The name (or each slide's title) is a first-level heading; there are
            // paragraphs, the photo and charts are figures, the contact links are links.
            assert!(count("H1") >= 1, "{fixture} {name}: {tree}");
            assert!(count("P ") > 10, "{fixture} {name}");
            assert!(count("Figure") >= 2, "{fixture} {name}");
            assert!(count("Link") >= 1, "{fixture} {name}");
            if name == "doc.pdf" {
                assert!(count("H2") >= 5, "sections: {fixture}");
                assert!(count("H3") >= 2, "case studies and positions: {fixture}");
            }
            let meta = tool("pdfinfo", &["-meta"], &pdf);
            assert!(
                meta.contains("<dc:language><rdf:Bag><rdf:li>en</rdf:li>"),
                "{fixture} {name}: a document language"
            );
            // Written under krilla's PDF/UA-1 validator, which refuses to write otherwise.
            assert!(
                meta.contains("pdfuaid:part>1"),
                "{fixture} {name}: PDF/UA-1"
            );
        }
    }
    // An author's language is the document's.
    let german = dir.path().join("de.ron");
    std::fs::write(
        &german,
        r#"(meta: (language: "de"), person: (name: "Jana Beispiel", headline: "Softwareentwicklerin"))"#,
    )
    .unwrap();
    let pdf = dir.path().join("de.pdf");
    export(Some(german.to_str().unwrap()), &pdf, &[]);
    let meta = tool("pdfinfo", &["-meta"], &pdf);
    assert!(
        meta.contains("<rdf:li>de</rdf:li>"),
        "the author's language: {meta}"
    );
}

/// Names and organisations in other scripts copy out of the PDF as written: a recruiter
/// pastes them into a system that searches by them. (Devanagari draws some vowel signs
/// before their consonant; the PDF says what the glyphs mean.)
#[test]
#[ignore = "needs pdftotext (poppler-utils) and the Noto fonts for the fixtures' scripts"]
fn text_in_other_scripts_copies_out_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let squash = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    for fixture in [
        "tests/fixtures/data-platform.ron",
        "tests/fixtures/mobile-ml.ron",
        "tests/fixtures/sre-cyrillic.ron",
    ] {
        crate::common::require_fonts_for(Path::new(fixture));
        let portfolio = folio::load::load(Path::new(fixture)).unwrap().portfolio;
        for (name, extra) in [("doc.pdf", &[][..]), ("slides.pdf", &["--slides"][..])] {
            let pdf = dir.path().join(name);
            export(Some(fixture), &pdf, extra);
            let text = squash(&tool("pdftotext", &[], &pdf));
            let mut wanted: Vec<&str> = vec![portfolio.display_name()];
            wanted.extend(portfolio.experience.iter().map(|r| r.organisation.as_str()));
            wanted.extend(portfolio.person.location.as_deref());
            // Right-to-left words are checked as words: pdftotext reorders the punctuation
            // around them by its own bidi rules and adds direction marks.
            let right_to_left = |c: char| ('\u{0590}'..='\u{08FF}').contains(&c);
            let bidi_marks =
                |c: char| matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}');
            let plain: String = text.chars().filter(|c| !bidi_marks(*c)).collect();
            for needle in wanted {
                let words: Vec<&str> = if needle.chars().any(right_to_left) {
                    needle
                        .split(|c: char| !right_to_left(c))
                        .filter(|w| !w.is_empty())
                        .collect()
                } else {
                    vec![needle]
                };
                assert!(
                    words.iter().all(|word| plain.contains(&squash(word))),
                    "{fixture} {name}: {needle:?} does not copy out as written"
                );
            }
        }
    }
}

/// Each page's text as pypdf extracts it: no `ActualText`, only each glyph's own mapping and
/// its guesses at word gaps from how far the pen moves.
fn pypdf_pages(pdf: &Path) -> Vec<String> {
    let script = "import sys, pypdf\n\
                  pages = pypdf.PdfReader(sys.argv[1]).pages\n\
                  sys.stdout.write('\\f'.join(page.extract_text() for page in pages))";
    crate::common::pypdf_script(script, pdf)
        .split('\u{c}')
        .map(str::to_owned)
        .collect()
}

/// Each page's text as pdftotext extracts it, in its reading order.
fn poppler_pages(pdf: &Path) -> Vec<String> {
    let mut pages: Vec<String> = tool("pdftotext", &[], pdf)
        .split('\u{c}')
        .map(str::to_owned)
        .collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

/// A character drawn from a colour emoji font.
fn is_emoji(c: char) -> bool {
    matches!(u32::from(c), 0x2600..=0x27BF | 0x1F000..=0x1FAFF | 0xFE0F)
}

/// The text of every line the layout drew on each page.
fn drawn_lines(laid: &folio::layout::document::Laid) -> Vec<Vec<String>> {
    laid.pages
        .iter()
        .map(|items| {
            items
                .iter()
                .filter_map(|item| match item {
                    folio::layout::items::Item::Line { text, line, .. } => {
                        Some(text.line_text(*line).to_owned())
                    }
                    _ => None,
                })
                .collect()
        })
        .collect()
}

/// What a line must copy out as: its words, whitespace squeezed, without direction marks; a
/// line in a right-to-left script as its words, since extractors order those by their own
/// bidi rules.
fn expected_pieces(line: &str) -> Vec<String> {
    let marks = |c: char| {
        matches!(
            c,
            '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}'
        )
    };
    let line: String = line.chars().filter(|c| !marks(*c)).collect();
    let right_to_left = |c: char| ('\u{0590}'..='\u{08FF}').contains(&c);
    if line.chars().any(right_to_left) {
        line.split_whitespace()
            .map(|w| w.chars().filter(|c| right_to_left(*c)).collect::<String>())
            .filter(|w| !w.is_empty())
            .collect()
    } else {
        // pdftotext joins a word broken after a hyphen and drops the hyphen ("end-toend").
        vec![squeeze(&line).trim_end_matches('-').to_owned()]
    }
}

/// Every line drawn in the document and the slides PDF of every fixture copies out as
/// written, page by page, in poppler and in pypdf (which reads no `ActualText`): names and
/// organisations in Devanagari, Thai, CJK, Arabic and Cyrillic included.
#[test]
#[ignore = "needs pdftotext (poppler-utils) and pypdf (pip install pypdf)"]
fn every_drawn_line_copies_out_in_poppler_and_pypdf() {
    poppler();
    let dir = tempfile::tempdir().unwrap();
    let mut checked = 0;
    for fixture in [
        "portfolio.ron",
        "tests/fixtures/data-platform.ron",
        "tests/fixtures/mobile-ml.ron",
        "tests/fixtures/sre-cyrillic.ron",
        "examples/research-engineer.ron",
    ] {
        crate::common::require_fonts_for(Path::new(fixture));
        let loaded = folio::load::load(Path::new(fixture)).unwrap();
        let base = Path::new(fixture).parent();
        // An export is the public view.
        let document = Document::for_audience(&loaded.portfolio, folio::audience::Audience::Public);
        let deck = folio::deck::Deck::new(&document.portfolio);
        let mut shaper = folio::layout::text::Shaper::new();
        let outputs = [
            (
                "doc.pdf",
                Vec::new(),
                folio::layout::document::document(
                    &mut shaper,
                    &document,
                    base,
                    (595.28, 841.89),
                    false,
                ),
            ),
            (
                "slides.pdf",
                vec!["--slides"],
                folio::deck::pages::deck(&mut shaper, &document, &deck, base, false, false),
            ),
        ];
        for (name, extra, laid) in outputs {
            let pdf = dir.path().join(name);
            export(Some(fixture), &pdf, &extra);
            let lines = drawn_lines(&laid);
            for (reader, pages) in [
                ("poppler", poppler_pages(&pdf)),
                ("pypdf", pypdf_pages(&pdf)),
            ] {
                assert_eq!(pages.len(), lines.len(), "{fixture} {name}: {reader} pages");
                for (number, (page, drawn)) in pages.iter().zip(&lines).enumerate() {
                    // poppler's reading order judges word gaps by its own measure (it joins
                    // an isolated "4 s" on a chart axis into "4s") and moves a colour emoji,
                    // a Type 3 picture, to the end of its line: there the characters and
                    // their order are compared, and pypdf is held to the spaces too.
                    let comparable = |text: &str| -> String {
                        if reader == "poppler" {
                            text.chars()
                                .filter(|c| !c.is_whitespace() && !is_emoji(*c))
                                .collect()
                        } else {
                            squeeze(text)
                        }
                    };
                    let page = comparable(page);
                    for line in drawn {
                        for piece in expected_pieces(line) {
                            assert!(
                                page.contains(&comparable(&piece)),
                                "{fixture} {name} page {}: {reader} does not copy {piece:?} \
                                 as written:\n{page}",
                                number + 1
                            );
                            checked += 1;
                        }
                    }
                }
            }
        }
    }
    eprintln!("{checked} drawn lines copied out as written");
    assert!(checked > 1000, "only {checked} lines checked");
}
