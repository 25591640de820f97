//! Pages filled from the top: paragraphs placed line by line, kept together where they
//! must, in the type sizes of one kind of output ([`Measures`]).

use std::sync::Arc;

use super::Color;
use super::items::{Item, Mark};
use super::text::{Shaper, Text};
use crate::model::Url;
use crate::palette::{Colours, colours};

/// Type sizes and measures of one kind of PDF, in points.
#[derive(Clone, Copy, Debug)]
pub struct Measures {
    /// Left and right margin.
    pub margin_x: f32,
    /// Top margin.
    pub margin_top: f32,
    /// Bottom margin.
    pub margin_bottom: f32,
    /// The person's name.
    pub name: f32,
    /// The headline under it.
    pub headline: f32,
    /// The tagline.
    pub tagline: f32,
    /// Section headings.
    pub section: f32,
    /// Entry titles: a case study, a position.
    pub title: f32,
    /// Running text.
    pub body: f32,
    /// Meta lines, labels, tags.
    pub small: f32,
    /// The small capitals over a part ("PROBLEM").
    pub eyebrow: f32,
    /// A single figure in its tile.
    pub figure: f32,
    /// A chart bar's thickness.
    pub bar_height: f32,
    /// Between the before and after bars.
    pub bar_gap: f32,
    /// Room for "before"/"after" left of the bars.
    pub bar_name: f32,
    /// Room for the value right of the bars.
    pub bar_value: f32,
    /// A chart's width at most.
    pub chart_width: f32,
    /// The photo's diameter.
    pub photo: f32,
    /// A figure tile's width.
    pub tile_width: f32,
}

/// The document: a book page's type.
pub const DOCUMENT: Measures = Measures {
    margin_x: 56.0,
    margin_top: 56.0,
    margin_bottom: 64.0,
    name: 26.0,
    headline: 13.0,
    tagline: 12.0,
    section: 17.0,
    title: 12.5,
    body: 10.5,
    small: 8.5,
    eyebrow: 7.5,
    figure: 16.0,
    bar_height: 11.0,
    bar_gap: 4.0,
    bar_name: 52.0,
    bar_value: 96.0,
    chart_width: 400.0,
    photo: 60.0,
    tile_width: 150.0,
};

/// The canvas every slide is laid out on, in layout units; backends scale it to their
/// window, image or page.
pub const CANVAS: (f32, f32) = (1280.0, 720.0);
/// Width of a slide's content: the canvas less its side margins.
pub const SLIDE_CONTENT_WIDTH: f32 = 1168.0;
/// Running text on slides; never smaller. 26 of 720 is 3.6 % of the slide's height: read
/// from the back of a room, and still 13 px when a video call shows the slide at half size.
pub const SLIDE_BODY: f32 = 26.0;
/// The few lines a slide is about (a story's short form, the About text): larger than
/// running text, since there is little of it.
pub const SLIDE_LEAD: f32 = 32.0;
/// Labels, chips, chart text and meta lines on slides; never smaller. 24 of 720 is 18 pt on
/// a 540 pt slide, the usual floor for slides, and 12 px when a call shows it at half size.
pub const SLIDE_SMALL: f32 = 24.0;
/// Space between the two columns of a slide or page.
pub const COLUMN_GAP: f32 = 30.0;

/// Slides, on the 1280×720 canvas every backend shares (the PDF draws it at three
/// quarters, a 960×540 pt page, PowerPoint's 16:9): body text 26 px, nothing under 24 px.
pub const SLIDES: Measures = Measures {
    margin_x: (CANVAS.0 - SLIDE_CONTENT_WIDTH) / 2.0,
    margin_top: 40.0,
    margin_bottom: 52.0,
    name: 68.0,
    headline: 34.0,
    tagline: 26.0,
    section: 44.0,
    title: 28.0,
    body: SLIDE_BODY,
    small: SLIDE_SMALL,
    eyebrow: SLIDE_SMALL,
    figure: 40.0,
    bar_height: 26.0,
    bar_gap: 8.0,
    bar_name: 110.0,
    bar_value: 180.0,
    chart_width: 640.0,
    photo: 180.0,
    tile_width: 260.0,
};

/// How a text is set: its size, weight and colour.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TextStyle {
    /// The type size, in layout units.
    pub size: f32,
    /// Semibold rather than regular.
    pub bold: bool,
    /// Its colour.
    pub color: Color,
    /// A heading's level (1 a section, 2 an entry, 3 a part of one), or 0 for running text:
    /// what a tagged PDF says the text is.
    pub heading: u8,
}

impl TextStyle {
    /// A style of `size`, weight and colour.
    pub const fn new(size: f32, bold: bool, color: Color) -> Self {
        Self {
            size,
            bold,
            color,
            heading: 0,
        }
    }

    /// The same style for a heading of `level`.
    pub const fn heading(mut self, level: u8) -> Self {
        self.heading = level;
        self
    }
}

/// Pages being filled from the top, with the text machinery.
pub struct Flow<'s> {
    /// Pages already full.
    pub pages: Vec<Vec<Item>>,
    /// The page being filled.
    pub current: Vec<Item>,
    /// Bookmarks.
    pub marks: Vec<Mark>,
    /// Where the next item goes.
    pub y: f32,
    /// The width text may take.
    pub width: f32,
    /// The page's height.
    pub page_height: f32,
    /// Shapes text.
    pub shaper: &'s mut Shaper,
    /// The colours.
    pub colours: Colours,
    /// Dark rather than light.
    pub dark: bool,
    /// Type sizes and measures.
    pub measures: Measures,
    /// Where text starts on the left; columns move it.
    pub left: f32,
    /// The block being placed that must not end a page, if any (see [`Flow::hold`]).
    held: Option<Held>,
}

/// A heading and what must follow it, while it is being placed: if the page ends before
/// the block does, the block moves to the next page rather than leave its heading last on
/// this one. Measuring the block beforehand ([`Flow::keep`]) is only an estimate; this is
/// the guarantee.
#[derive(Clone, Copy, Debug)]
struct Held {
    /// Where the block starts among the page's items.
    item: usize,
    /// Where it starts among the bookmarks.
    mark: usize,
    /// How far down the page it starts.
    y: f32,
    /// Once counting, how many more lines of text end it.
    lines: Option<usize>,
}

impl<'s> Flow<'s> {
    /// An empty page of `width` × `height` in `measures`, coloured for `accent`.
    pub fn new(
        shaper: &'s mut Shaper,
        measures: Measures,
        (width, height): (f32, f32),
        dark: bool,
        accent: Option<crate::model::Rgb>,
    ) -> Self {
        Flow {
            pages: Vec::new(),
            current: Vec::new(),
            marks: Vec::new(),
            y: measures.margin_top,
            width: width - 2.0 * measures.margin_x,
            page_height: height,
            shaper,
            colours: colours(dark, accent),
            dark,
            measures,
            left: measures.margin_x,
            held: None,
        }
    }

    /// Every page, the last one included, and the bookmarks.
    pub fn finish(mut self) -> (Vec<Vec<Item>>, Vec<Mark>) {
        let last = std::mem::take(&mut self.current);
        self.pages.push(last);
        (self.pages, self.marks)
    }

    /// Where content must end on a page.
    pub fn bottom(&self) -> f32 {
        self.page_height - self.measures.margin_bottom
    }

    /// Ends the page; what follows starts at the top of the next. A held block (see
    /// [`Flow::hold`]) goes with it, unless it started at the top of this page, where moving
    /// it would gain nothing. Says whether a held block moved: a caller that repeats
    /// something at the top of a new page (a table's header) need not when it moved along.
    pub fn new_page(&mut self) -> bool {
        let top = self.measures.margin_top;
        let mut full = std::mem::take(&mut self.current);
        let movable = self
            .held
            .take()
            .filter(|held| held.item > 0 && held.item <= full.len() && held.y > top + 1.0);
        let Some(held) = movable else {
            self.pages.push(full);
            self.y = top;
            return false;
        };
        let dy = top - held.y;
        let mut moved = full.split_off(held.item);
        for item in &mut moved {
            item.shift_down(dy);
        }
        self.pages.push(full);
        let page = self.pages.len();
        for mark in self.marks.iter_mut().skip(held.mark) {
            mark.page = page;
            mark.y += dy;
        }
        self.current = moved;
        self.y += dy;
        // Still held on the new page, until the lines it waits for are placed.
        self.held = Some(Held {
            item: 0,
            y: top,
            ..held
        });
        true
    }

    /// Starts a block that must not end a page: a heading, and the first lines of what it
    /// heads. Within a held block it extends that block instead (a section's heading and
    /// its first entry's title go together). The block ends with [`Flow::release_after`]
    /// or [`Flow::release`].
    pub fn hold(&mut self) {
        match &mut self.held {
            Some(held) => held.lines = None,
            None => {
                self.held = Some(Held {
                    item: self.current.len(),
                    mark: self.marks.len(),
                    y: self.y,
                    lines: None,
                });
            }
        }
    }

    /// Ends the held block once `lines` more lines of text are placed by
    /// [`Flow::paragraph_at`]: the first lines of what the heading heads.
    pub fn release_after(&mut self, lines: usize) {
        if lines == 0 {
            self.held = None;
        } else if let Some(held) = &mut self.held {
            held.lines = Some(lines);
        }
    }

    /// Ends the held block: what follows may start a new page.
    pub fn release(&mut self) {
        self.held = None;
    }

    /// Counts a line of text placed against the lines a held block waits for.
    fn line_placed(&mut self) {
        let done = match self.held.as_mut().and_then(|held| held.lines.as_mut()) {
            Some(left) => {
                *left = left.saturating_sub(1);
                *left == 0
            }
            None => false,
        };
        if done {
            self.held = None;
        }
    }

    /// Starts a new page unless `height` fits on this one (and this one has content).
    pub fn keep(&mut self, height: f32) {
        if self.y + height > self.bottom() && self.y > self.measures.margin_top + 1.0 {
            self.new_page();
        }
    }

    /// Moves down by `height`.
    pub fn space(&mut self, height: f32) {
        self.y += height;
    }

    /// Shapes a text, once (see [`Shaper::shape`]).
    pub fn shape(&mut self, text: &str, size: f32, bold: bool, width: f32) -> Arc<Text> {
        self.shaper.shape(text, size, bold, width)
    }

    /// Places a paragraph in the flow's column, continuing on the next page between lines.
    pub fn paragraph(&mut self, text: &str, style: TextStyle) {
        let (x, width) = (self.left, self.width);
        self.paragraph_at(text, style, x, width);
    }

    /// Places a paragraph at `x` with `width`, continuing on the next page between lines.
    pub fn paragraph_at(&mut self, text: &str, style: TextStyle, x: f32, width: f32) {
        if text.trim().is_empty() {
            return;
        }
        let shaped = self.shape(text, style.size, style.bold, width);
        for index in 0..shaped.layout.len() {
            let Some(line) = shaped.layout.get(index) else {
                continue;
            };
            let height = line.metrics().line_height;
            if self.y + height > self.bottom() {
                self.new_page();
            }
            let top = self.y;
            self.current.push(Item::Line {
                text: Arc::clone(&shaped),
                line: index,
                x,
                top,
                color: style.color,
                heading: style.heading,
            });
            self.y += height;
            self.line_placed();
        }
    }

    /// The height a paragraph would take.
    pub fn height_of(&mut self, text: &str, size: f32, bold: bool, width: f32) -> f32 {
        if text.trim().is_empty() {
            return 0.0;
        }
        self.shape(text, size, bold, width).layout.height()
    }

    /// Places a one-line text at `(x, top)` without moving the flow; returns its width.
    pub fn label(&mut self, text: &str, style: TextStyle, x: f32, top: f32) -> f32 {
        let shaped = self.shape(text, style.size, style.bold, 10_000.0);
        self.place(&shaped, x, top, style.color);
        shaped.layout.width()
    }

    /// Places shaped text at `(x, top)` without moving the flow.
    pub fn place(&mut self, shaped: &Arc<Text>, x: f32, top: f32, color: Color) {
        for index in 0..shaped.layout.len() {
            let line_top = top
                + shaped
                    .layout
                    .get(index)
                    .map_or(0.0, |l| l.metrics().block_min_coord);
            self.current.push(Item::Line {
                text: Arc::clone(shaped),
                line: index,
                x,
                top: line_top,
                color,
                heading: 0,
            });
        }
    }

    /// Places a filled rectangle.
    pub fn rect(&mut self, x: f32, y: f32, width: f32, height: f32, color: Color) {
        self.current.push(Item::Rect {
            x,
            y,
            width,
            height,
            color,
            opacity: 1.0,
        });
    }

    /// A thin rule in the border colour at the flow's position, `width` long from the
    /// column's left: between rows of a table, after an entry.
    pub fn rule_across(&mut self, width: f32, thickness: f32) {
        let (y, left) = (self.y, self.left);
        self.current.push(Item::Rule {
            from: (left, y),
            to: (left + width, y),
            width: thickness,
            color: (
                self.colours.border.0,
                self.colours.border.1,
                self.colours.border.2,
            ),
        });
    }

    /// Makes an area open `url`, if folio opens such addresses.
    pub fn link(&mut self, x: f32, y: f32, width: f32, height: f32, url: &Url) {
        if let Some(url) = url.openable() {
            self.current.push(Item::Link {
                x,
                y,
                width,
                height,
                url,
            });
        }
    }

    /// A bookmark to here.
    pub fn mark(&mut self, depth: u8, title: &str) {
        let page = self.pages.len();
        let y = self.y;
        self.marks.push(Mark {
            depth,
            title: title.to_owned(),
            page,
            y,
        });
    }
}

/// Two columns side by side from the flow's position; the flow continues below the taller.
pub fn columns(flow: &mut Flow, left: impl FnOnce(&mut Flow), right: impl FnOnce(&mut Flow)) {
    let (x, width, top) = (flow.left, flow.width, flow.y);
    let gap = COLUMN_GAP;
    let column = (width - gap) / 2.0;
    flow.width = column;
    left(flow);
    let left_bottom = flow.y;
    flow.y = top;
    flow.left = x + column + gap;
    right(flow);
    let right_bottom = flow.y;
    flow.left = x;
    flow.width = width;
    flow.y = left_bottom.max(right_bottom);
}

/// Where a page number goes on a page of `size`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum NumberAt {
    /// Centred, its line box's top at this height: a document's page.
    Centre(f32),
    /// At the bottom right, this far from the right and the bottom edge: a slide's counter.
    BottomRight(f32, f32),
}

/// `label` ("3 / 19") shaped at `size` and placed on a page of `page` size as `at` says.
pub fn page_number(
    shaper: &mut super::text::Shaper,
    label: &str,
    size: f32,
    page: (f32, f32),
    at: NumberAt,
    colour: Color,
) -> Item {
    let text = shaper.shape(label, size, false, 10_000.0);
    let (width, height) = (text.layout.width(), text.layout.height());
    let (x, top) = match at {
        NumberAt::Centre(top) => ((page.0 - width) / 2.0, top),
        NumberAt::BottomRight(right, bottom) => (page.0 - right - width, page.1 - bottom - height),
    };
    Item::PageNumber {
        text,
        x,
        top,
        color: colour,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text of each page's lines, in the order they were placed.
    fn texts(pages: &[Vec<Item>]) -> Vec<Vec<String>> {
        pages
            .iter()
            .map(|page| {
                page.iter()
                    .filter_map(|item| match item {
                        Item::Line { text, line, .. } => Some(text.line_text(*line).to_owned()),
                        _ => None,
                    })
                    .collect()
            })
            .collect()
    }

    const BODY: TextStyle = TextStyle::new(10.0, false, (0, 0, 0));

    #[test]
    fn a_held_heading_moves_to_the_next_page_with_its_first_lines() {
        let mut shaper = Shaper::new();
        // Room for five lines of 10 pt a page: 200 less the margins is 80, a line 14.5.
        let mut flow = Flow::new(&mut shaper, DOCUMENT, (400.0, 200.0), false, None);
        flow.paragraph("Before", BODY);
        flow.paragraph("Before", BODY);
        flow.paragraph("Before", BODY);
        flow.hold();
        flow.mark(0, "Heading");
        flow.paragraph("Heading", BODY.heading(2));
        flow.release_after(2);
        flow.paragraph("One", BODY);
        flow.paragraph("Two", BODY);
        flow.paragraph("Three", BODY);
        let (pages, marks) = flow.finish();
        assert_eq!(
            texts(&pages),
            [
                vec!["Before", "Before", "Before"],
                vec!["Heading", "One", "Two", "Three"]
            ]
        );
        // The bookmark went along, to the top of the new page.
        let mark = marks.first().expect("a mark");
        assert_eq!(mark.page, 1);
        assert!((mark.y - DOCUMENT.margin_top).abs() < 0.01, "{}", mark.y);
    }

    #[test]
    fn a_released_block_breaks_as_any_text_does() {
        // Still held, "Heading" to "Three" would move to the second page with "Four".
        let mut shaper = Shaper::new();
        let mut flow = Flow::new(&mut shaper, DOCUMENT, (400.0, 200.0), false, None);
        flow.paragraph("Before", BODY);
        flow.hold();
        flow.paragraph("Heading", BODY.heading(2));
        flow.release_after(1);
        flow.paragraph("One", BODY);
        flow.paragraph("Two", BODY);
        flow.paragraph("Three", BODY);
        flow.paragraph("Four", BODY);
        let (pages, _) = flow.finish();
        assert_eq!(
            texts(&pages),
            [
                vec!["Before", "Heading", "One", "Two", "Three"],
                vec!["Four"]
            ]
        );
    }

    #[test]
    fn a_block_from_the_top_of_a_page_stays_rather_than_leave_it_empty() {
        let mut shaper = Shaper::new();
        let mut flow = Flow::new(&mut shaper, DOCUMENT, (400.0, 200.0), false, None);
        flow.hold();
        for line in ["Heading", "One", "Two", "Three", "Four", "Five"] {
            flow.paragraph(line, BODY);
        }
        let (pages, _) = flow.finish();
        assert_eq!(
            texts(&pages),
            [vec!["Heading", "One", "Two", "Three", "Four"], vec!["Five"]]
        );
    }
}
