//! The portfolio as a PDF to send and print: the document, or the slides (one 16:9 page
//! each, with a page of notes after each for a handout). Where everything goes is decided
//! by [`crate::layout`], the same layout the app's slides paint; here it is drawn with
//! krilla (`paint`) with bookmarks (`outline`), metadata and page numbers.

mod failure;
mod glyphs;
mod outline;
mod paint;
mod tagging;

use std::path::Path;

use crate::deck::pages::CANVAS;
use crate::document::Document;
use crate::layout::text::Shaper;
pub use failure::PdfFailure;
use paint::{PageSetup, render};

/// Paper sizes, in points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paper {
    /// 210 × 297 mm.
    A4,
    /// 8.5 × 11 in.
    Letter,
}

impl Paper {
    fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

/// The document PDF.
pub fn document(
    document: &Document,
    base_dir: Option<&Path>,
    paper: Paper,
    dark: bool,
) -> Result<Vec<u8>, PdfFailure> {
    let (width, height) = paper.size();
    let mut shaper = Shaper::new();
    let laid =
        crate::layout::document::document(&mut shaper, document, base_dir, (width, height), dark);
    let setup = PageSetup {
        width,
        height,
        scale: 1.0,
        dark,
        private: document.audience.is_private(),
    };
    render(laid, &document.portfolio, &setup)
}

/// Points per canvas unit: the 1280×720 canvas on a 960×540 pt page (PowerPoint's 16:9).
const SLIDE_SCALE: f32 = 0.75;

/// The slides PDF: one 16:9 page per slide of `deck` (the app's slides, continuations and
/// selection), every reveal step shown; with `notes`, a page of speaker notes after each.
pub fn slides(
    document: &Document,
    deck: &crate::deck::Deck,
    base_dir: Option<&Path>,
    dark: bool,
    notes: bool,
) -> Result<Vec<u8>, PdfFailure> {
    let mut shaper = Shaper::new();
    let laid = crate::deck::pages::deck(&mut shaper, document, deck, base_dir, dark, notes);
    let (width, height) = (CANVAS.0 * SLIDE_SCALE, CANVAS.1 * SLIDE_SCALE);
    let setup = PageSetup {
        width,
        height,
        scale: SLIDE_SCALE,
        dark,
        private: document.audience.is_private(),
    };
    render(laid, &document.portfolio, &setup)
}

#[cfg(test)]
mod tests {
    use super::paint::{PageSetup, render};

    #[test]
    fn the_writer_refusing_a_page_says_why_in_words() {
        let portfolio = crate::load::load_str("(person: (headline: \"Engineer\"))", "p.ron", None)
            .expect("loads")
            .portfolio;
        let document = crate::document::Document::new(portfolio);
        let mut shaper = crate::layout::text::Shaper::new();
        let laid =
            crate::layout::document::document(&mut shaper, &document, None, (595.0, 842.0), false);
        let setup = PageSetup {
            width: 0.0,
            height: 842.0,
            scale: 1.0,
            dark: false,
            private: false,
        };
        let failure = render(laid, &document.portfolio, &setup).expect_err("a page without width");
        let said = crate::export::ExportError::Pdf {
            path: "cv.pdf".into(),
            failure,
        }
        .to_string();
        assert!(
            said.starts_with("cannot write cv.pdf: a page of 0 × 842 points")
                && said.contains("please report it"),
            "{said}"
        );
        assert!(
            !said.contains("Some(") && !said.contains("Error("),
            "{said}"
        );
    }
}
