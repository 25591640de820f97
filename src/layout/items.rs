//! What a layout places: lines of shaped text, rectangles, rules, images, link areas and
//! discs, in layout units from the page's or canvas's top left. Backends paint these and
//! decide nothing.

use std::path::PathBuf;
use std::sync::Arc;

use super::Color;
use super::text::Text;

/// Something to draw, in layout units from the top left of the page or slide canvas.
#[derive(Clone)]
pub enum Item {
    /// Line `line` of `text`, its line box's top at `top`, in `color`.
    Line {
        /// The shaped paragraph.
        text: Arc<Text>,
        /// Which of its lines.
        line: usize,
        /// Left edge.
        x: f32,
        /// Top of the line box.
        top: f32,
        /// Its colour.
        color: Color,
        /// The level of the heading it is a line of, or 0 for running text.
        heading: u8,
    },
    /// A filled rectangle.
    Rect {
        /// Left edge.
        x: f32,
        /// Top edge.
        y: f32,
        /// Width.
        width: f32,
        /// Height.
        height: f32,
        /// Fill colour.
        color: Color,
        /// 1 opaque, 0 invisible.
        opacity: f32,
    },
    /// A straight line.
    Rule {
        /// Start.
        from: (f32, f32),
        /// End.
        to: (f32, f32),
        /// Stroke width.
        width: f32,
        /// Stroke colour.
        color: Color,
    },
    /// A raster image, scaled to its box (a photo: cropped to the circle in it).
    Image {
        /// The file's bytes (PNG or JPEG).
        data: Arc<Vec<u8>>,
        /// PNG rather than JPEG.
        png: bool,
        /// The file, for backends that load it themselves.
        path: PathBuf,
        /// What it shows, for screen readers.
        alt: String,
        /// Left edge.
        x: f32,
        /// Top edge.
        y: f32,
        /// Width.
        width: f32,
        /// Height.
        height: f32,
        /// Cropped to a circle (a photo).
        circle: bool,
    },
    /// A clickable area that opens `url`.
    Link {
        /// Left edge.
        x: f32,
        /// Top edge.
        y: f32,
        /// Width.
        width: f32,
        /// Height.
        height: f32,
        /// An address folio opens (http, https, mailto).
        url: crate::model::OpenableUrl,
    },
    /// What a drawn figure says, for screen readers and text extraction: a chart's sentence.
    Alt {
        /// Left edge.
        x: f32,
        /// Top edge.
        y: f32,
        /// Width.
        width: f32,
        /// Height.
        height: f32,
        /// The sentence.
        text: String,
    },
    /// A page's number or a slide's counter ("3 / 19"): drawn like a line of text, and in a
    /// PDF marked as page furniture rather than content.
    PageNumber {
        /// The shaped label (one line).
        text: Arc<Text>,
        /// Left edge.
        x: f32,
        /// Top of the line box.
        top: f32,
        /// Its colour.
        color: Color,
    },
    /// A filled circle (the initials' disc when there is no photo).
    Disc {
        /// Left edge of its square.
        x: f32,
        /// Top edge of its square.
        y: f32,
        /// Diameter.
        diameter: f32,
        /// Fill colour.
        color: Color,
    },
}

impl Item {
    /// The line of text the item draws (a line of a paragraph, a page number), for backends
    /// that paint both alike: the text, which of its lines, left, top and colour.
    pub fn text_line(&self) -> Option<(&Arc<Text>, usize, f32, f32, Color)> {
        match self {
            Item::Line {
                text,
                line,
                x,
                top,
                color,
                ..
            } => Some((text, *line, *x, *top, *color)),
            Item::PageNumber {
                text,
                x,
                top,
                color,
            } => Some((text, 0, *x, *top, *color)),
            _ => None,
        }
    }

    /// Moves the item down by `dy`: a slide's content, balanced on its canvas after it was
    /// placed from the top.
    pub fn shift_down(&mut self, dy: f32) {
        match self {
            Item::Line { top, .. } | Item::PageNumber { top, .. } => *top += dy,
            Item::Rect { y, .. }
            | Item::Image { y, .. }
            | Item::Link { y, .. }
            | Item::Alt { y, .. }
            | Item::Disc { y, .. } => *y += dy,
            Item::Rule { from, to, .. } => {
                from.1 += dy;
                to.1 += dy;
            }
        }
    }

    /// How far down the item reaches.
    pub fn bottom(&self) -> f32 {
        match self {
            Item::Line {
                text, line, top, ..
            } => {
                top + text
                    .layout
                    .get(*line)
                    .map_or(0.0, |l| l.metrics().line_height)
            }
            Item::Rect { y, height, .. }
            | Item::Image { y, height, .. }
            | Item::Link { y, height, .. }
            | Item::Alt { y, height, .. } => y + height,
            Item::Disc { y, diameter, .. } => y + diameter,
            Item::PageNumber { text, top, .. } => top + text.layout.height(),
            Item::Rule {
                from, to, width, ..
            } => from.1.max(to.1) + width / 2.0,
        }
    }
}

/// A bookmark: its depth, title and where it points.
pub struct Mark {
    /// 0 a section, 1 an entry in it.
    pub depth: u8,
    /// What the outline says.
    pub title: String,
    /// The page, from 0.
    pub page: usize,
    /// How far down the page.
    pub y: f32,
}
