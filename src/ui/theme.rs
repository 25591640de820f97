//! The one place that owns colours, sizes and fonts. UI code asks the [`Theme`] for a colour
//! or a font and takes sizes from the constants here; the slides' own scale (body 20 px,
//! nothing under 16 px) is `deck::fit`'s, since the deck model lays slides out with it.

use egui::{Color32, FontFamily, FontId, TextStyle};

use super::fonts::SEMIBOLD;
use crate::model::Rgb;

/// Width of the table of contents.
pub const TOC_WIDTH: f32 = 248.0;
/// What the sidebar's padding and the picker's label ("Track") take from its width, for the
/// Track picker.
pub const TRACK_PICKER_SLACK: f32 = 110.0;
/// The widest the reading column grows, so lines stay readable on a projector.
pub const READING_WIDTH: f32 = 880.0;
/// The least space between the reading column and the window's edges.
pub const PAGE_MARGIN: f32 = 32.0;
/// Space between sections.
pub const SECTION_GAP: f32 = 56.0;
/// Space between blocks inside a section.
pub const BLOCK_GAP: f32 = 20.0;
/// Small space between related lines.
pub const LINE_GAP: f32 = 6.0;
/// Padding inside cards.
pub const CARD_PADDING: i8 = 24;
/// Corner radius of cards.
pub const CARD_RADIUS: u8 = 12;
/// Corner radius of chips and badges.
pub const CHIP_RADIUS: u8 = 10;
/// Height of one bar in a before/after chart.
pub const BAR_HEIGHT: f32 = 22.0;
/// Width reserved for the side names ("Before", "360p") of a chart.
pub const BAR_NAME_WIDTH: f32 = 64.0;
/// Width reserved for the value printed after a bar.
pub const BAR_VALUE_WIDTH: f32 = 120.0;
/// Width of a figure tile.
pub const TILE_WIDTH: f32 = 196.0;
/// Diameter of the initials avatar.
pub const AVATAR_SIZE: f32 = 96.0;
/// How long chart bars take to grow when first shown, in seconds.
pub const BAR_GROW_SECONDS: f32 = 0.6;
/// A heading in this top fraction of the view makes its section "current" in the table of
/// contents.
pub const CURRENT_SECTION_FRACTION: f32 = 0.35;

/// How far ↑ and ↓ scroll the document.
pub const SCROLL_LINE: f32 = 60.0;
/// How much of the window Page Up and Page Down scroll: a little less than all of it, so
/// the last lines stay in view for context.
pub const SCROLL_PAGE_FRACTION: f32 = 0.85;

/// Width of the search field.
pub const SEARCH_FIELD_WIDTH: f32 = 320.0;
/// The tallest the reload banner's details grow before they scroll.
pub const BANNER_DETAILS_HEIGHT: f32 = 260.0;
/// How much of the window an enlarged image may fill.
pub const ENLARGED_FRACTION: f32 = 0.85;
/// Below this window width the table of contents hides and the document takes it all.
pub const TOC_MIN_WINDOW_WIDTH: f32 = 900.0;
/// Height of the Problems panel when it opens.
pub const PROBLEMS_HEIGHT: f32 = 200.0;

/// The widest the welcome screen's column grows.
pub const WELCOME_WIDTH: f32 = 620.0;
/// From this window width the welcome screen puts the recent files beside the actions.
pub const WELCOME_TWO_COLUMNS: f32 = 900.0;
/// The welcome screen's width with two columns.
pub const WELCOME_WIDE_WIDTH: f32 = 880.0;
/// Space above and below the text of a welcome screen card.
pub const WELCOME_CARD_PADDING: i8 = 11;
/// Space above the welcome screen's column on a tall window.
pub const WELCOME_TOP_GAP: f32 = 96.0;
/// The app icon beside the name on the welcome screen.
pub const WELCOME_ICON_SIZE: f32 = 72.0;

/// "Prepare for a job"'s window, in points.
pub const PREPARE_WINDOW_SIZE: [f32; 2] = [1000.0, 660.0];
/// From this window width the posting and its reading stand side by side.
pub const PREPARE_TWO_COLUMNS: f32 = 760.0;
/// In one column, the posting's share of the height.
pub const PREPARE_NARROW_TEXT_SHARE: f32 = 0.35;
/// The posting's text box, in rows.
pub const PREPARE_TEXT_ROWS: usize = 18;

/// The presenter window's size when it opens.
pub const PRESENTER_WINDOW_SIZE: [f32; 2] = [1100.0, 680.0];
/// Space around the presenter window's content.
pub const PRESENTER_PADDING: i8 = 20;

/// Font size of the name in the hero.
pub const HERO_SIZE: f32 = 44.0;
/// Font size of section headings.
pub const SECTION_SIZE: f32 = 28.0;
/// Font size of card titles.
pub const CARD_TITLE_SIZE: f32 = 21.0;
/// Font size of running text.
pub const BODY_SIZE: f32 = 16.0;
/// Font size of labels, chips and captions.
pub const SMALL_SIZE: f32 = 13.0;
/// Font size of big figures in tiles.
pub const FIGURE_SIZE: f32 = 28.0;
/// Font size of the tagline under the hero name.
pub const TAGLINE_SIZE: f32 = 19.0;

/// The screen present mode blanks to with `B`: the projector goes dark.
pub const BLANK_BLACK: Color32 = Color32::BLACK;
/// The screen present mode blanks to with `W`, for a whiteboard moment.
pub const BLANK_WHITE: Color32 = Color32::WHITE;

/// Title of a present-mode overlay (keys, overview).
pub const OVERLAY_TITLE_SIZE: f32 = 28.0;
/// Text of a present-mode overlay: read from a step away, smaller than a slide's.
pub const OVERLAY_TEXT_SIZE: f32 = 16.0;
/// Space between the key and its meaning in the key list.
pub const OVERLAY_COLUMN_GAP: f32 = 24.0;

/// Type sizes of the person's name block, which the hero and the title slide share.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct IdentitySizes {
    /// The name.
    pub name: f32,
    /// The headline under a name.
    pub headline: f32,
    /// The tagline.
    pub tagline: f32,
    /// "Based in ...".
    pub location: f32,
    /// Space before the tagline and the location.
    pub gap: f32,
}

/// The name block at the top of the document.
pub const HERO_IDENTITY: IdentitySizes = IdentitySizes {
    name: HERO_SIZE,
    headline: TAGLINE_SIZE,
    tagline: TAGLINE_SIZE,
    location: BODY_SIZE,
    gap: LINE_GAP,
};

/// How many cards a row of the overview holds.
pub const OVERVIEW_COLUMNS: usize = 4;
/// Space between the overview's cards.
pub const OVERVIEW_GAP: f32 = 16.0;
/// Between an overview card's thumbnail and its caption.
pub const OVERVIEW_CAPTION_GAP: f32 = 6.0;
/// The most lines an overview caption takes; a longer title ends in "…" after a whole word
/// and is read whole on hover.
pub const OVERVIEW_CAPTION_LINES: usize = 3;
/// The outline of the slide the overview's keys have selected.
pub const OVERVIEW_SELECTED_STROKE: f32 = 3.0;
/// The outline of the slide being shown, when another is selected.
pub const OVERVIEW_CURRENT_STROKE: f32 = 2.0;
/// How strongly the slide being shown is outlined in the accent, when another is selected.
pub const OVERVIEW_CURRENT_OPACITY: f32 = 0.6;
/// The outline of every other card.
pub const OVERVIEW_CARD_STROKE: f32 = 1.0;
/// The corners of a slide drawn small (the overview's cards, the presenter window's slides).
pub const THUMBNAIL_RADIUS: u8 = 8;
/// The jump palette's title.
pub const PALETTE_TITLE_SIZE: f32 = 24.0;
/// What is typed into the jump palette.
pub const PALETTE_QUERY_SIZE: f32 = 18.0;
/// A result of the jump palette.
pub const PALETTE_RESULT_SIZE: f32 = 17.0;
/// Height of a result row of the jump palette: an easy target.
pub const PALETTE_ROW_HEIGHT: f32 = 34.0;
/// The presenter window's clocks.
pub const PRESENTER_FIGURE_SIZE: f32 = 26.0;
/// The presenter window's pacing line.
pub const PRESENTER_PACING_SIZE: f32 = 20.0;
/// The presenter window's "Now", "Next" and "Notes" labels.
pub const PRESENTER_LABEL_SIZE: f32 = 15.0;
/// The speaker notes in the presenter window.
pub const PRESENTER_NOTES_SIZE: f32 = 20.0;
/// What the slide leaves for the presenter (whole story, exact figures, checks).
pub const PRESENTER_SCRIPT_SIZE: f32 = 17.0;
/// Space between the presenter window's slides and notes.
pub const PRESENTER_COLUMN_GAP: f32 = 24.0;

/// The default accent when the portfolio names none.
pub const DEFAULT_ACCENT: Rgb = crate::palette::DEFAULT_ACCENT;

/// Colours for one theme.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    /// Window background.
    pub background: Color32,
    /// Cards and panels.
    pub surface: Color32,
    /// Chips, tracks, the table of contents.
    pub surface_alt: Color32,
    /// Card borders and rules.
    pub border: Color32,
    /// Running text.
    pub text: Color32,
    /// Secondary text: dates, captions.
    pub muted: Color32,
    /// Headings.
    pub strong: Color32,
    /// The portfolio's accent.
    pub accent: Color32,
    /// A faint accent for fills.
    pub accent_soft: Color32,
    /// Text on an accent fill.
    pub on_accent: Color32,
    /// Improvements.
    pub good: Color32,
    /// Fill behind improvement badges.
    pub good_soft: Color32,
    /// Regressions.
    pub bad: Color32,
    /// Fill behind regression badges.
    pub bad_soft: Color32,
    /// Claims that disagree, warnings.
    pub warn: Color32,
    /// The "before" bar.
    pub before_bar: Color32,
    /// Search matches.
    pub highlight: Color32,
    /// The current search match.
    pub highlight_current: Color32,
}

/// What the UI draws with: a palette and whether it is dark.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Theme {
    /// The colours.
    pub palette: Palette,
    /// Dark or light.
    pub dark: bool,
    /// Whether animations run (off in tests, screenshots and with reduced motion).
    pub animate: bool,
    /// Multiplies every font size: 1 in the document, larger on slides.
    pub scale: f32,
    /// The widest a before/after chart is drawn (unbounded in the document's reading column,
    /// a column's width on slides).
    pub chart_max_width: f32,
    /// No text is drawn smaller than this many points (0 in the document; the slides' floor
    /// on slides).
    pub text_floor: f32,
}

fn color(rgb: Rgb) -> Color32 {
    Color32::from_rgb(rgb.0, rgb.1, rgb.2)
}

impl Theme {
    /// The theme for `dark` or light with the portfolio's accent.
    pub fn new(dark: bool, accent: Option<Rgb>, animate: bool) -> Self {
        let c = crate::palette::colours(dark, accent);
        let palette = Palette {
            background: color(c.background),
            surface: color(c.surface),
            surface_alt: color(c.surface_alt),
            border: color(c.border),
            text: color(c.text),
            muted: color(c.muted),
            strong: color(c.strong),
            accent: color(c.accent),
            accent_soft: color(c.accent_soft),
            on_accent: color(c.on_accent),
            good: color(c.good),
            good_soft: color(c.good_soft),
            bad: color(c.bad),
            bad_soft: color(c.bad_soft),
            warn: color(c.warn),
            before_bar: color(c.before_bar),
            highlight: color(c.highlight),
            highlight_current: color(c.highlight_current),
        };
        Self {
            palette,
            dark,
            animate,
            scale: 1.0,
            chart_max_width: f32::INFINITY,
            text_floor: 0.0,
        }
    }

    /// The same theme with fonts `factor` times larger.
    pub fn scaled(self, factor: f32) -> Self {
        Self {
            scale: self.scale * factor,
            ..self
        }
    }

    /// The same theme with no text smaller than `size` points (slides keep a type floor).
    pub fn with_text_floor(self, size: f32) -> Self {
        Self {
            text_floor: size,
            ..self
        }
    }

    /// `size` scaled, and at least the floor.
    fn size(&self, size: f32) -> f32 {
        (size * self.scale).max(self.text_floor)
    }

    /// Running text.
    pub fn body(&self) -> FontId {
        FontId::proportional(self.size(BODY_SIZE))
    }

    /// Labels and captions.
    pub fn small(&self) -> FontId {
        FontId::proportional(self.size(SMALL_SIZE))
    }

    /// Bold text of `size`.
    pub fn bold(&self, size: f32) -> FontId {
        FontId::new(self.size(size), FontFamily::Name(SEMIBOLD.into()))
    }

    /// Regular text of `size` (before scaling).
    pub fn regular(&self, size: f32) -> FontId {
        FontId::proportional(self.size(size))
    }

    /// The colour for a tone.
    pub fn tone(&self, tone: crate::metrics::Tone) -> (Color32, Color32) {
        let p = &self.palette;
        match tone {
            crate::metrics::Tone::Good => (p.good, p.good_soft),
            crate::metrics::Tone::Bad => (p.bad, p.bad_soft),
            crate::metrics::Tone::Neutral => (p.accent, p.accent_soft),
        }
    }

    /// egui's visuals for this theme, so built-in widgets match.
    pub fn visuals(&self) -> egui::Visuals {
        let p = &self.palette;
        let mut visuals = if self.dark {
            egui::Visuals::dark()
        } else {
            egui::Visuals::light()
        };
        visuals.panel_fill = p.background;
        visuals.window_fill = p.surface;
        visuals.extreme_bg_color = p.surface_alt;
        visuals.faint_bg_color = p.surface_alt;
        visuals.override_text_color = Some(p.text);
        visuals.hyperlink_color = p.accent;
        visuals.selection.bg_fill = p.accent_soft;
        visuals.selection.stroke.color = p.accent;
        visuals.widgets.noninteractive.bg_stroke.color = p.border;
        visuals.widgets.inactive.weak_bg_fill = p.surface_alt;
        visuals.widgets.hovered.weak_bg_fill = p.accent_soft;
        visuals.widgets.active.weak_bg_fill = p.accent_soft;
        visuals
    }
}

/// Installs the bundled fonts: Inter for text, Noto Naskh Arabic for Arabic and Urdu script,
/// egui's own fonts as fallback for symbols (see [`super::fonts`] for other scripts).
pub fn install_fonts(ctx: &egui::Context) {
    let fonts = super::fonts::definitions();
    ctx.set_fonts(fonts);
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Body, FontId::proportional(BODY_SIZE)),
            (TextStyle::Button, FontId::proportional(14.5)),
            (TextStyle::Small, FontId::proportional(SMALL_SIZE)),
            (
                TextStyle::Heading,
                FontId::new(SECTION_SIZE, FontFamily::Name(SEMIBOLD.into())),
            ),
            (TextStyle::Monospace, FontId::monospace(14.0)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(10.0, 5.0);
    });
}
