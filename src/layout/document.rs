//! The document PDF's pages: every section in order, then the footer.

use std::path::Path;

use super::flow::{DOCUMENT, Flow, NumberAt, page_number};
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
    let (mut pages, marks) = flow.finish();
    // Numbered once every page is known: "2 / 5" under each page's text.
    let total = pages.len();
    let muted = super::color(crate::palette::colours(dark, portfolio.accent).muted);
    let at = NumberAt::Centre(size.1 - DOCUMENT.margin_bottom + 24.0);
    for (index, page) in pages.iter_mut().enumerate() {
        let label = format!("{} / {total}", index + 1);
        page.push(page_number(shaper, &label, DOCUMENT.small, size, at, muted));
    }
    Laid { pages, marks }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lines of a page, top to bottom, as text.
    fn lines(page: &[Item]) -> Vec<(f32, String)> {
        let mut out: Vec<(f32, String)> = page
            .iter()
            .filter_map(|item| match item {
                Item::Line {
                    text, line, top, ..
                } => Some((*top, text.line_text(*line).trim().to_owned())),
                _ => None,
            })
            .filter(|(_, text)| !text.is_empty())
            .collect();
        out.sort_by(|a, b| a.0.total_cmp(&b.0));
        out
    }

    #[test]
    fn labels_stay_with_what_they_label_across_pages() {
        for path in [
            "tests/fixtures/mobile-ml.ron",
            "tests/fixtures/data-platform.ron",
            "examples/research-engineer.ron",
            "portfolio.ron",
        ] {
            let loaded = crate::load::load(Path::new(path)).expect("portfolio");
            let doc = Document::new(loaded.portfolio.clone());
            let mut shaper = Shaper::new();
            let laid = document(&mut shaper, &doc, None, (595.0, 842.0), false);
            assert!(laid.pages.len() > 2, "{path}");
            let labels: Vec<String> = crate::document::words::STORY_PARTS
                .iter()
                .chain(&[crate::document::words::RESULTS])
                .map(|l| l.to_uppercase())
                .collect();
            for (number, page) in laid.pages.iter().enumerate() {
                let lines = lines(page);
                let last = lines.last().map(|l| l.1.clone()).unwrap_or_default();
                // "RESULTS" or "PROBLEM" as the last line of a page labels nothing.
                assert!(
                    !labels.contains(&last),
                    "{path}: page {} ends with {last:?}",
                    number + 1
                );
            }
            // Every position's first bullet is on the page of its heading.
            for role in loaded
                .portfolio
                .experience
                .iter()
                .chain(&loaded.portfolio.research)
            {
                let (Some(title), Some(first)) = (role.role.as_deref(), role.highlights.first())
                else {
                    continue;
                };
                let has = |page: &Vec<Item>, needle: &str| {
                    lines(page).iter().any(|(_, line)| line.starts_with(needle))
                };
                let first_words: String = first
                    .text
                    .split_whitespace()
                    .take(3)
                    .collect::<Vec<_>>()
                    .join(" ");
                // The heading's page: the line is the title, the organisation beside it.
                let Some(heading) = laid.pages.iter().position(|p| {
                    let lines = lines(p);
                    lines.iter().any(|(_, line)| line == title)
                        && lines
                            .iter()
                            .any(|(_, line)| line.contains(&role.organisation))
                }) else {
                    continue;
                };
                // The bullet's page: the first at or after its heading's that has it.
                let bullet = (heading..laid.pages.len())
                    .find(|i| laid.pages.get(*i).is_some_and(|p| has(p, &first_words)));
                assert_eq!(
                    bullet,
                    Some(heading),
                    "{path}: {title:?} on page {heading}, its first bullet on {bullet:?}"
                );
            }
        }
    }
}
