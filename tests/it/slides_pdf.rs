//! One layout for every output: every slide of the slides PDF says what present mode draws
//! for that slide, word for word and in the same order, and each slide's title lies at the
//! same place on the canvas in both, within a pixel. Both paint `folio::layout`'s items;
//! this is the check that neither decides anything of its own.

use std::path::Path;
use std::process::Command;

use egui_kittest::Harness;
use folio::app::{FolioApp, Options};
use folio::load;

use egui::epaint::{ClippedShape, Shape};

use crate::slides_fit::texts;

/// The first word of the first text drawn that is written in ASCII and starts with a letter
/// (a name in Chinese is drawn with a fallback font whose line box differs between the
/// backends' reports; where it is drawn does not), with that word's left edge and the
/// vertical centre of its font's line box.
fn title_word(ctx: &egui::Context, shapes: &[ClippedShape]) -> Option<(String, f32, Option<f32>)> {
    fn first_text(shape: &Shape) -> Option<&egui::epaint::TextShape> {
        match shape {
            Shape::Text(text) if !text.galley.job.text.trim().is_empty() => Some(text),
            Shape::Vec(shapes) => shapes.iter().find_map(first_text),
            _ => None,
        }
    }
    let text = shapes.iter().find_map(|c| first_text(&c.shape))?;
    let content = &text.galley.job.text;
    let row = text.galley.rows.first()?;
    let mut offset = 0;
    for word in content.split(' ') {
        let chars_before = content[..offset].chars().count();
        offset += word.len() + 1;
        // A word that starts with a letter: parley shapes punctuation after Chinese with the
        // Chinese font ("(" of "林晓明 (Lin"), egui with Inter, so its box differs.
        if !word.is_ascii() || !word.starts_with(|c: char| c.is_ascii_alphanumeric()) {
            continue;
        }
        let glyph = row.glyphs.get(chars_before)?;
        let baseline = text.pos.y + row.pos.y + glyph.pos.y;
        // The word's own font's line box: in a row with a taller fallback font, egui gives
        // every glyph the row's metrics.
        let font = text.galley.job.sections.first()?.format.font_id.clone();
        let alone =
            ctx.fonts_mut(|f| f.layout_no_wrap(word.to_owned(), font, egui::Color32::BLACK));
        let own = alone.rows.first()?.glyphs.first()?;
        let centre = baseline - own.font_ascent + own.font_height / 2.0;
        return Some((
            word.to_owned(),
            text.pos.x + row.pos.x + glyph.pos.x,
            Some(centre),
        ));
    }
    // A title wholly in another script ("प्रिया शर्मा"): egui draws a fallback font's
    // glyphs centred in its row, a few pixels off the shared baseline, so only where the
    // title starts is compared.
    let word = content.split_whitespace().next()?;
    Some((word.to_owned(), text.pos.x + row.pos.x, None))
}

/// The slides PDF draws the 1280×720 canvas on a 960×540 pt page.
const POINTS_TO_CANVAS: f32 = 1280.0 / 960.0;

/// What a slide says: its text in paint order, white space squeezed, the slide counter
/// ("7 / 26") left out (the app draws it at the right, the PDF at the foot of the page).
fn words(texts: impl IntoIterator<Item = String>, counter: &str) -> String {
    let joined: Vec<String> = texts.into_iter().collect();
    let joined = joined
        .join(" ")
        .replace(counter, " ")
        .replace('\u{200E}', "");
    // pdftotext puts a space before some Devanagari and Thai marks ("फ ़्लिपकार्ट") and
    // gives Arabic in visual pieces between embedding marks: how a PDF's text is extracted
    // is the export's business (its ToUnicode maps), not the layout's. Arabic letters are
    // left out of the comparison; the Latin around them stays in it.
    let joined: String = joined
        .chars()
        .filter(|c| !is_right_to_left_or_control(*c))
        .collect();
    let squeezed = joined.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(squeezed.len());
    let mut chars = squeezed.chars().peekable();
    while let Some(c) = chars.next() {
        let after_mark = out.chars().last().is_some_and(is_dependent_mark);
        if c == ' ' && (after_mark || chars.peek().is_some_and(|next| is_dependent_mark(*next))) {
            continue;
        }
        out.push(c);
    }
    out
}

/// Arabic letters and the bidi controls pdftotext adds around them.
fn is_right_to_left_or_control(c: char) -> bool {
    matches!(
        u32::from(c),
        0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF | 0x202A..=0x202E
    )
}

/// A Devanagari or Thai sign that belongs to the letter before it.
fn is_dependent_mark(c: char) -> bool {
    matches!(
        u32::from(c),
        0x0900..=0x0903 | 0x093A..=0x094F | 0x0951..=0x0957 | 0x0962..=0x0963
            | 0x0E31 | 0x0E33..=0x0E3A | 0x0E47..=0x0E4E
    )
}

/// Each page's text, in the order it was drawn (`pdftotext -raw`).
fn pdf_pages(pdf: &Path) -> Vec<String> {
    let output = Command::new("pdftotext")
        .arg("-raw")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(output.status.success(), "{output:?}");
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_owned).collect();
    // pdftotext ends the last page with a form feed too.
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

/// The first word of each page whose text is `first_word`, as (left, vertical centre) in
/// canvas units (`pdftotext -bbox`).
fn pdf_word_box(pdf: &Path, page: usize, first_word: &str) -> Option<(f32, f32)> {
    let output = Command::new("pdftotext")
        .args(["-bbox", "-f", &page.to_string(), "-l", &page.to_string()])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    let html = String::from_utf8_lossy(&output.stdout);
    let number = |line: &str, key: &str| -> f32 {
        let at = line.find(&format!("{key}=\"")).unwrap() + key.len() + 2;
        line[at..].split('"').next().unwrap().parse().unwrap()
    };
    html.lines()
        .filter(|line| line.contains("<word "))
        .find(|line| line.contains(&format!(">{first_word}<")))
        .map(|line| {
            let (x, y0, y1) = (
                number(line, "xMin"),
                number(line, "yMin"),
                number(line, "yMax"),
            );
            (x * POINTS_TO_CANVAS, (y0 + y1) / 2.0 * POINTS_TO_CANVAS)
        })
}

fn compare(name: &str, path: &str) {
    crate::common::require_tool("pdftotext", "poppler-utils");
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("slides.pdf");
    let output = crate::common::folio(&["export", path, "--slides", "-o", pdf.to_str().unwrap()]);
    assert!(output.status.success(), "{output:?}");
    let pages = pdf_pages(&pdf);
    let loaded = load::load(Path::new(path)).expect(path);
    let deck = folio::deck::Deck::new(&loaded.portfolio);
    assert_eq!(pages.len(), deck.slides.len(), "{name}: one page a slide");
    let total = deck.slides.len();
    for (index, slide) in deck.slides.iter().enumerate() {
        let options = Options {
            animate: false,
            present: Some(slide.id.clone()),
            theme: Some(folio::ui::ThemeChoice::Light),
            ..Options::default()
        };
        let loaded = loaded.clone();
        let mut harness = Harness::builder()
            .with_size(egui::vec2(1280.0, 720.0))
            .build_eframe(move |cc| FolioApp::new(&cc.egui_ctx, None, Ok(loaded), &options));
        harness.run_steps(4);
        for _ in 1..slide.steps {
            harness.key_press(egui::Key::ArrowDown);
            harness.run_steps(2);
        }
        let drawn = texts(&harness.output().shapes);
        let counter = format!("{} / {total}", index + 1);
        let app = words(drawn.iter().map(|t| t.3.clone()), &counter);
        let printed = words(pages[index].lines().map(str::to_owned), &counter);
        assert_eq!(
            app,
            printed,
            "{name}, slide {} ({}): the app and the PDF say different things",
            index + 1,
            slide.id
        );
        // The title: the first text drawn, at the same canvas place in both.
        let (word, x, centre) =
            title_word(&harness.ctx, &harness.output().shapes).expect("the slide has a title");
        let (pdf_x, pdf_centre) = pdf_word_box(&pdf, index + 1, &word)
            .unwrap_or_else(|| panic!("{name}: {word:?} on page {}", index + 1));
        assert!(
            (x - pdf_x).abs() <= 1.0 && centre.is_none_or(|y| (y - pdf_centre).abs() <= 1.0),
            "{name}, slide {}: {word:?} at ({x}, {centre:?}) in the app, ({pdf_x}, {pdf_centre}) in the PDF",
            index + 1
        );
    }
}

#[test]
#[ignore = "needs pdftotext (poppler-utils)"]
fn the_bundled_slides_say_the_same_in_the_app_and_the_pdf() {
    compare("bundled", "portfolio.ron");
    compare("research", "examples/research-engineer.ron");
}

#[test]
#[ignore = "needs pdftotext (poppler-utils) and fonts for the fixtures' scripts (fonts-noto-cjk, fonts-noto-core)"]
fn the_fixtures_slides_say_the_same_in_the_app_and_the_pdf() {
    for fixture in ["mobile-ml", "data-platform", "sre-cyrillic"] {
        let path = format!("tests/fixtures/{fixture}.ron");
        crate::common::require_fonts_for(Path::new(&path));
        compare(fixture, &path);
    }
}
