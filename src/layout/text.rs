//! Text shaped and broken into lines by parley, with the fonts egui draws with: the bundled
//! Inter and Noto Naskh Arabic first, then the system's fonts for every other script. Every
//! backend paints these lines where the layout put them, so a line breaks at the same word
//! in the app, the PNG slides and the PDF.

use std::collections::HashMap;
use std::sync::Arc;

use parley::{
    Alignment, AlignmentOptions, FontContext, FontWeight, Layout, LayoutContext, LineHeight,
    StyleProperty,
};

use super::Color;

/// Line height as a multiple of the type size, for every text.
pub const LINE: f32 = 1.45;

/// A shaped, broken paragraph and the text its glyphs came from.
pub struct Text {
    /// parley's lines and glyph runs.
    pub layout: Layout<Color>,
    /// The text shaped (with a left-to-right mark in front where one was needed).
    pub text: String,
    /// The type size, in layout units.
    pub size: f32,
    /// Semibold rather than regular.
    pub bold: bool,
}

impl Text {
    /// The characters of line `line`, as a backend that shapes again draws them.
    pub fn line_text(&self, line: usize) -> &str {
        self.layout
            .get(line)
            .and_then(|l| self.text.get(l.text_range()))
            .unwrap_or_default()
    }

    /// The width of line `line` as laid out.
    pub fn line_width(&self, line: usize) -> f32 {
        self.layout.get(line).map_or(0.0, |l| l.metrics().advance)
    }

    /// Where line `line`'s baseline lies below the top of its line box.
    pub fn baseline_in_box(&self, line: usize) -> f32 {
        self.layout.get(line).map_or(self.size, |l| {
            let metrics = l.metrics();
            metrics.baseline - metrics.block_min_coord
        })
    }

    /// The text without the direction mark added for shaping.
    pub fn plain(&self) -> &str {
        self.text.trim_start_matches('\u{200E}')
    }
}

/// The fonts and parley's caches, and every text shaped so far.
pub struct Shaper {
    /// The fonts: bundled, then the system's once a text needs them.
    pub fonts: FontContext,
    /// Whether the system's fonts have been looked through: only for a text the bundled
    /// fonts cannot draw, since finding them takes a noticeable part of a second.
    system_fonts: bool,
    /// What the bundled fonts draw.
    bundled: Vec<skrifa::charmap::Charmap<'static>>,
    /// parley's layout scratch space.
    pub layouts: LayoutContext<Color>,
    /// Texts shaped so far, by text, size, weight and width (colour is the placement's).
    shaped: HashMap<ShapeKey, Arc<Text>>,
}

type ShapeKey = (String, u32, bool, u32);

impl Default for Shaper {
    fn default() -> Self {
        Self::new()
    }
}

impl Shaper {
    /// The bundled fonts registered, the system's found on demand.
    pub fn new() -> Self {
        Self {
            fonts: font_context(false),
            system_fonts: false,
            bundled: bundled_charmaps(),
            layouts: LayoutContext::new(),
            shaped: HashMap::new(),
        }
    }

    /// Brings in the system's fonts the first time a text has a character the bundled
    /// fonts lack (a Chinese or Devanagari name). Texts shaped before keep their layout:
    /// the bundled fonts drew them.
    fn find_system_fonts_for(&mut self, text: &str) {
        if self.system_fonts {
            return;
        }
        let drawable =
            |c: char| is_invisible(c) || self.bundled.iter().any(|map| map.map(c).is_some());
        if !text.chars().all(drawable) {
            self.fonts = font_context(true);
            self.system_fonts = true;
        }
    }

    /// Shapes a text, once: measuring a paragraph before placing it, or a badge before
    /// drawing it, reuses the layout.
    pub fn shape(&mut self, text: &str, size: f32, bold: bool, width: f32) -> Arc<Text> {
        let key = (text.to_owned(), size.to_bits(), bold, width.to_bits());
        if let Some(shaped) = self.shaped.get(&key) {
            return Arc::clone(shaped);
        }
        let shaped = Arc::new(self.shape_new(text, size, bold, width));
        self.shaped.insert(key, Arc::clone(&shaped));
        shaped
    }

    fn shape_new(&mut self, text: &str, size: f32, bold: bool, width: f32) -> Text {
        self.find_system_fonts_for(text);
        // A line that starts with an Arabic name but goes on in English ("كريم (Careem) ·
        // Sep 2019") reads left to right in a left-to-right document; bidi would take its
        // direction from the first letter. A left-to-right mark settles it.
        let marked;
        let text = if starts_right_to_left(text) && text.chars().any(|c| c.is_ascii_alphabetic()) {
            marked = format!("\u{200E}{text}");
            marked.as_str()
        } else {
            text
        };
        let mut builder = self
            .layouts
            .ranged_builder(&mut self.fonts, text, 1.0, true);
        builder.push_default(StyleProperty::FontFamily(parley::FontFamily::Source(
            "Inter, Noto Naskh Arabic, sans-serif".into(),
        )));
        builder.push_default(StyleProperty::FontSize(size));
        builder.push_default(StyleProperty::LineHeight(LineHeight::FontSizeRelative(
            LINE,
        )));
        if bold {
            builder.push_default(StyleProperty::FontWeight(FontWeight::SEMI_BOLD));
        }
        let mut layout = builder.build(text);
        layout.break_all_lines(Some(width.max(1.0)));
        layout.align(Alignment::Start, AlignmentOptions::default());
        Text {
            layout,
            text: text.to_owned(),
            size,
            bold,
        }
    }
}

/// The characters of `texts` that neither a bundled font nor any font installed on this
/// machine can draw, in order of first appearance: a slide, the PDF and the PNG would show a
/// box for each. The system's fonts are looked through only when the bundled ones lack a
/// character, as parley finds them when it lays the text out.
pub fn undrawable(texts: &[&str]) -> Vec<char> {
    let bundled = bundled_charmaps();
    let mut seen = std::collections::HashSet::new();
    let beyond: Vec<char> = texts
        .iter()
        .flat_map(|text| text.chars())
        .filter(|c| !is_invisible(*c) && seen.insert(*c))
        .filter(|c| !bundled.iter().any(|map| map.map(*c).is_some()))
        .collect();
    if beyond.is_empty() {
        return beyond;
    }
    let mut shaper = Shaper::new();
    beyond
        .into_iter()
        .filter(|c| {
            let shaped = shaper.shape(&c.to_string(), 16.0, false, 10_000.0);
            // Glyph 0 is a font's "no such character" box.
            shaped.layout.lines().all(|line| {
                line.items().all(|item| match item {
                    parley::PositionedLayoutItem::GlyphRun(run) => {
                        run.glyphs().all(|glyph| glyph.id == 0)
                    }
                    parley::PositionedLayoutItem::InlineBox(_) => true,
                })
            })
        })
        .collect()
}

/// Whether a character needs no glyph at all (spaces, line breaks, joiners, variation
/// selectors).
pub fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}')
}

/// The character maps of the bundled fonts.
fn bundled_charmaps() -> Vec<skrifa::charmap::Charmap<'static>> {
    use skrifa::MetadataProvider as _;
    [
        crate::fonts::INTER_REGULAR,
        crate::fonts::INTER_SEMIBOLD,
        crate::fonts::NOTO_NASKH_ARABIC,
    ]
    .into_iter()
    .filter_map(|bytes| skrifa::FontRef::new(bytes).ok())
    .map(|font| font.charmap())
    .collect()
}

/// The bundled fonts, registered ahead of the system's (looked through only with
/// `system_fonts`).
fn font_context(system_fonts: bool) -> FontContext {
    let mut fonts = FontContext {
        collection: parley::fontique::Collection::new(parley::fontique::CollectionOptions {
            shared: false,
            system_fonts,
        }),
        source_cache: parley::fontique::SourceCache::default(),
    };
    for bytes in [
        crate::fonts::INTER_REGULAR,
        crate::fonts::INTER_SEMIBOLD,
        crate::fonts::NOTO_NASKH_ARABIC,
    ] {
        let blob = parley::fontique::Blob::new(Arc::new(bytes));
        fonts.collection.register_fonts(blob, None);
    }
    fonts
}

/// Whether the first letter of `text` is Hebrew or Arabic.
fn starts_right_to_left(text: &str) -> bool {
    text.chars().find(|c| c.is_alphabetic()).is_some_and(
        |c| matches!(u32::from(c), 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_and_installed_fonts_decide_what_is_undrawable() {
        assert!(undrawable(&["Ada Lovelace, Жуков, محمد علی — 1,385× faster"]).is_empty());
        // A private-use character of plane 16: no font means anything by it.
        assert_eq!(undrawable(&["private: \u{10FFFD}"]), vec!['\u{10FFFD}']);
    }
}
