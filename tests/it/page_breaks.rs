//! A heading never ends a page of the document PDF (issue 30, item 4; the README's "a
//! heading stays with what follows it"): not a section's heading, not a case study's title
//! with its organisation and tags, not a position's heading. Checked on every fixture at A4
//! and Letter, and on generated portfolios whose parts have random lengths, so that page
//! breaks fall at every place a portfolio can put them.
//!
//! What counts as a heading's block is read off the laid-out page, as a reader sees it:
//!
//! - a **heading line** is a line laid out as a heading (`Item::Line` with `heading > 0`:
//!   level 2 a section's heading, level 3 a case study's or a position's title);
//! - its **block** goes on over the lines placed after it that belong to the title, not to
//!   the text: more heading lines (a section's first entry's title), small lines that are
//!   not running text (smaller than the body type and not in the text colour: a case study's
//!   organisation and dates, its tags, a story part's label such as "PROBLEM", a position's
//!   organisation and dates), and rows of links (a position's site);
//! - the block ends at the first other line: running text (a story's text, a summary, a
//!   bullet, an impact table's row) or another entry's title.
//!
//! A page whose last line (page numbers aside, being page furniture) is in a block
//! separates a heading from what it heads. One exception: a position or case study whose
//! block is all it has (a position with neither summary nor bullets) is complete, and its
//! block (with the section's heading above it, if it is the first) may end a page when the
//! next page starts with a heading of its own. A section's heading without an entry's title
//! under it never may. The last page is not checked: nothing follows it.

use std::cell::RefCell;
use std::path::Path;

use folio::document::Document;
use folio::layout::Color;
use folio::layout::document::{Laid, document};
use folio::layout::flow::DOCUMENT;
use folio::layout::items::Item;
use folio::layout::text::Shaper;
use proptest::prelude::*;

/// A4 and US Letter, in points, as `folio export --paper` lays them out.
const PAPERS: [(&str, (f32, f32)); 2] = [("A4", (595.28, 841.89)), ("Letter", (612.0, 792.0))];

thread_local! {
    /// One shaper for every layout on a thread: finding fonts takes a while.
    static SHAPER: RefCell<Shaper> = RefCell::new(Shaper::new());
}

/// A line of text on a page, as the check reads it.
struct Line {
    /// Its line box's top.
    top: f32,
    /// What it says.
    text: String,
    /// Its heading level, 0 for none.
    heading: u8,
    /// The heading block it is in, if it is in one.
    block: Option<Block>,
}

/// A heading's block, as far as it has gone.
#[derive(Clone, Copy)]
struct Block {
    /// Whether an entry's title (a level 3 heading: a case study, a position) is in it; a
    /// block without one is a section's heading alone.
    entry: bool,
}

/// The text lines of `page` in the order they were placed, each with the heading block it
/// is in, if any.
fn lines(page: &[Item], text_colour: Color) -> Vec<Line> {
    let links: Vec<(f32, f32)> = page
        .iter()
        .filter_map(|item| match item {
            Item::Link { x, y, .. } => Some((*x, *y)),
            _ => None,
        })
        .collect();
    let mut block: Option<Block> = None;
    let mut out = Vec::new();
    for item in page {
        let Item::Line {
            text,
            line,
            x,
            top,
            color,
            heading,
        } = item
        else {
            continue;
        };
        let words = text.line_text(*line).trim().to_owned();
        if words.is_empty() {
            continue;
        }
        let small_not_text = text.size < DOCUMENT.body && *color != text_colour;
        let link_row = links
            .iter()
            .any(|(lx, ly)| (lx - x).abs() < 1.0 && (ly - top).abs() < 1.0);
        if *heading > 0 {
            // A heading under a heading (a section's first entry) joins its block.
            let entry = *heading >= 3 || block.is_some_and(|b| b.entry);
            block = Some(Block { entry });
        } else if !(small_not_text || link_row) {
            block = None;
        }
        out.push(Line {
            top: *top,
            text: words,
            heading: *heading,
            block,
        });
    }
    out
}

/// The line a reader sees last on the page: the lowest (the last placed of equals).
fn last(lines: &[Line]) -> Option<&Line> {
    lines.iter().max_by(|a, b| a.top.total_cmp(&b.top))
}

/// The line a reader sees first on the page: the highest (the first placed of equals).
fn first(lines: &[Line]) -> Option<&Line> {
    lines.iter().min_by(|a, b| a.top.total_cmp(&b.top))
}

/// Every page of `laid` that ends with a heading or a title block, as a sentence.
fn headings_ending_pages(laid: &Laid, text_colour: Color) -> Vec<String> {
    let pages: Vec<Vec<Line>> = laid
        .pages
        .iter()
        .map(|page| lines(page, text_colour))
        .collect();
    let mut found = Vec::new();
    for (index, (page, next)) in pages.iter().zip(pages.iter().skip(1)).enumerate() {
        let Some(end) = last(page) else {
            continue;
        };
        let Some(block) = end.block else {
            continue;
        };
        // An entry that is nothing but its title block is whole when the next page starts
        // with a heading of its own.
        let next_is_heading = first(next).is_some_and(|line| line.heading > 0);
        if block.entry && next_is_heading {
            continue;
        }
        let heading = page
            .iter()
            .rev()
            .find(|line| line.heading > 0 && line.top <= end.top)
            .map_or("", |line| line.text.as_str());
        let what = if end.heading > 0 {
            "a heading"
        } else {
            "a title block"
        };
        found.push(format!(
            "page {} of {} ends with {what}: {:?} (under {heading:?}); page {} starts with {:?}",
            index + 1,
            pages.len(),
            end.text,
            index + 2,
            first(next).map_or("", |line| line.text.as_str()),
        ));
    }
    found
}

/// The pages of `portfolio` at `size` that end with a heading, as sentences.
fn check(
    portfolio: folio::model::Portfolio,
    base_dir: Option<&Path>,
    size: (f32, f32),
) -> Vec<String> {
    let text_colour = folio::layout::color(folio::palette::colours(false, portfolio.accent).text);
    let doc = Document::new(portfolio);
    let laid =
        SHAPER.with(|shaper| document(&mut shaper.borrow_mut(), &doc, base_dir, size, false));
    headings_ending_pages(&laid, text_colour)
}

/// Every fixture in `paths`, at A4 and Letter: no page ends with a heading.
fn check_fixtures(paths: &[&str]) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut failures = Vec::new();
    for path in paths {
        let path = root.join(path);
        crate::common::require_fonts_for(&path);
        let loaded = folio::load::load(&path).expect("fixture loads");
        for (paper, size) in PAPERS {
            for sentence in check(loaded.portfolio.clone(), loaded.base_dir.as_deref(), size) {
                failures.push(format!("{} ({paper}): {sentence}", path.display()));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn no_heading_ends_a_page_of_the_bundled_portfolios() {
    check_fixtures(&[
        "portfolio.ron",
        "examples/research-engineer.ron",
        "tests/fixtures/data-platform.ron",
        "tests/fixtures/sre-cyrillic.ron",
    ]);
}

#[test]
#[ignore = "needs fonts for the fixtures' Chinese and Devanagari text (fonts-noto-cjk, fonts-noto-core)"]
fn no_heading_ends_a_page_of_the_fixtures_in_other_scripts() {
    check_fixtures(&["tests/fixtures/mobile-ml.ron"]);
}

/// A sentence of `count` words, starting at `seed` in the list.
fn words(count: usize, seed: usize) -> String {
    format!("{}.", phrase(count, seed))
}

/// Words of varied length, for generated text: `count` of them (at least one), starting at
/// `seed` in the list.
fn phrase(count: usize, seed: usize) -> String {
    const WORDS: [&str; 24] = [
        "the",
        "service",
        "latency",
        "cut",
        "queue",
        "rebuilt",
        "observability",
        "we",
        "replicated",
        "database",
        "on",
        "every",
        "region",
        "without",
        "downtime",
        "and",
        "measured",
        "throughput",
        "a",
        "migration",
        "of",
        "infrastructure",
        "to",
        "Kubernetes",
    ];
    let mut out = String::new();
    for index in 0..count.max(1) {
        if index > 0 {
            out.push(' ');
        }
        out.push_str(WORDS[(seed * 7 + index * 5) % WORDS.len()]);
    }
    out
}

/// A generated case study: how many words its title and story parts have, its tags and
/// figures.
#[derive(Clone, Debug)]
struct CaseShape {
    title: usize,
    story: [usize; 3],
    tags: usize,
    figures: usize,
}

/// A generated position: its title's words, its summary's (0 for none), its bullets', its
/// tags, and whether it links to a site.
#[derive(Clone, Debug)]
struct RoleShape {
    title: usize,
    summary: usize,
    bullets: Vec<usize>,
    tags: usize,
    link: bool,
}

/// A generated portfolio's shape: its About paragraphs', case studies' and positions'
/// lengths, and its education entries (a section after the positions).
#[derive(Clone, Debug)]
struct Shape {
    about: Vec<usize>,
    cases: Vec<CaseShape>,
    roles: Vec<RoleShape>,
    schools: usize,
}

fn case_shape() -> impl Strategy<Value = CaseShape> {
    (
        1..25usize,
        [1..90usize, 1..90usize, 1..90usize],
        0..6usize,
        0..4usize,
    )
        .prop_map(|(title, story, tags, figures)| CaseShape {
            title,
            story,
            tags,
            figures,
        })
}

fn role_shape() -> impl Strategy<Value = RoleShape> {
    (
        1..8usize,
        prop_oneof![Just(0usize), 1..70usize],
        proptest::collection::vec(1..60usize, 0..6),
        0..5usize,
        any::<bool>(),
    )
        .prop_map(|(title, summary, bullets, tags, link)| RoleShape {
            title,
            summary,
            bullets,
            tags,
            link,
        })
}

fn shape() -> impl Strategy<Value = Shape> {
    (
        proptest::collection::vec(1..120usize, 0..4),
        proptest::collection::vec(case_shape(), 0..7),
        proptest::collection::vec(role_shape(), 0..9),
        0..3usize,
    )
        .prop_map(|(about, cases, roles, schools)| Shape {
            about,
            cases,
            roles,
            schools,
        })
}

/// `shape` as a portfolio's RON text.
fn portfolio(shape: &Shape) -> String {
    let tags = |count: usize, seed: usize| -> String {
        (0..count)
            .map(|i| format!("{:?}", phrase(1 + (seed + i) % 2, seed + i)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let quoted = |count: usize, seed: usize| format!("{:?}", words(count, seed));
    let mut out = String::from(
        "(\n  person: (name: \"Generated Person\", headline: \"Engineer\", summary: [",
    );
    for (i, words) in shape.about.iter().enumerate() {
        out.push_str(&quoted(*words, i));
        out.push_str(", ");
    }
    out.push_str("]),\n  case_studies: [\n");
    for (i, case) in shape.cases.iter().enumerate() {
        let figures: Vec<String> = (0..case.figures)
            .map(|f| {
                format!(
                    "Change(label: \"Latency {f}\", before: \"{} ms\", after: \"{} ms\")",
                    200 + 37 * (i + f),
                    20 + 3 * (i + f)
                )
            })
            .collect();
        out.push_str(&format!(
            "    (id: \"case-{i}\", title: {}, organisation: \"Company {i}\", start: \"2020-01\", \
             end: \"2021-06\", problem: {}, approach: {}, outcome: {}, tags: [{}], metrics: [{}]),\n",
            quoted(case.title, i),
            quoted(case.story[0], i + 1),
            quoted(case.story[1], i + 2),
            quoted(case.story[2], i + 3),
            tags(case.tags, i),
            figures.join(", "),
        ));
    }
    out.push_str("  ],\n  experience: [\n");
    for (j, role) in shape.roles.iter().enumerate() {
        let summary = if role.summary > 0 {
            format!("summary: {}, ", quoted(role.summary, j + 4))
        } else {
            String::new()
        };
        let link = if role.link {
            format!("url: \"https://example.com/{j}\", ")
        } else {
            String::new()
        };
        let bullets: Vec<String> = role
            .bullets
            .iter()
            .enumerate()
            .map(|(b, words)| format!("(text: {})", quoted(*words, j + b)))
            .collect();
        let title = phrase(role.title, j);
        out.push_str(&format!(
            "    (role: {title:?}, organisation: \"Organisation {j}\", location: \"City {j}\", \
             start: \"2015-01\", end: \"2016-12\", {summary}{link}highlights: [{}], tags: [{}]),\n",
            bullets.join(", "),
            tags(role.tags, j),
        ));
    }
    out.push_str("  ],\n  education: [\n");
    for s in 0..shape.schools {
        out.push_str(&format!(
            "    (institution: \"University {s}\", degree: \"MSc\", text: {}),\n",
            quoted(20, s)
        ));
    }
    out.push_str("  ],\n)\n");
    out
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 64,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn no_heading_ends_a_page_of_a_generated_portfolio(shape in shape(), letter in any::<bool>()) {
        let text = portfolio(&shape);
        let loaded = folio::load::load_str(&text, "generated.ron", None)
            .map_err(|error| TestCaseError::fail(format!("{error:?}\n{text}")))?;
        let (paper, size) = PAPERS[usize::from(letter)];
        let failures = check(loaded.portfolio, None, size);
        prop_assert!(failures.is_empty(), "{paper}:\n{}", failures.join("\n"));
    }
}
