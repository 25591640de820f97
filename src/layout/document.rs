//! The document PDF's pages: every section in order, then the footer.

use std::path::Path;

use super::flow::{DOCUMENT, Flow};
use super::items::{Item, Mark};
use super::sections::{footer, section};
use super::text::Shaper;
use crate::document::{Document, Section};

/// Pages of items and the bookmarks that point into them.
pub struct Laid {
    /// Each page's items.
    pub pages: Vec<Vec<Item>>,
    /// The outline.
    pub marks: Vec<Mark>,
}

/// The document on pages of `size` (points).
pub fn document(
    shaper: &mut Shaper,
    document: &Document,
    base_dir: Option<&Path>,
    size: (f32, f32),
    dark: bool,
) -> Laid {
    let portfolio = &document.portfolio;
    let mut flow = Flow::new(shaper, DOCUMENT, size, dark, portfolio.accent);
    for part in Section::ALL {
        if part.has_content(portfolio) {
            section(&mut flow, document, part, base_dir);
        }
    }
    footer(&mut flow, portfolio);
    let (pages, marks) = flow.finish();
    Laid { pages, marks }
}
