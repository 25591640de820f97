//! Present mode: one slide at a time, painted from the deck's laid-out page on the fixed
//! 1280×720 canvas (the app zooms the window so the canvas fills it), so a slide looks the
//! same from 1024×768 to 3840×2160 and the same as in the PDF. Text is never shrunk to fit:
//! the deck has put on each slide only what the layout measured to fit (`deck::fit`).
//! `overlays.rs` draws what may stand in front of the slide, `presenter.rs` the presenter
//! window.

use std::path::Path;
use std::sync::Arc;

use egui::{Align2, CornerRadius, Rect, Sense, Ui, pos2, vec2};

mod overlays;
mod presenter;

pub use presenter::{PresenterInfo, presenter_ui};

use overlays::{help_ui, overview_ui, palette_command_ui, palette_ui};

use super::Command;
use super::keys::{PresentAction, PresentMode};
use super::paint::{Interaction, Placement, page_ui};
use super::theme::{self, Theme};
use crate::deck::pages::{CANVAS as CANVAS_SIZE, Page, SlideLayouts};
use crate::deck::{Deck, Position, fit};
use crate::document::Document;

/// The logical canvas a slide is laid out in; the app zooms the window to fit it.
pub const CANVAS: egui::Vec2 = egui::vec2(CANVAS_SIZE.0, CANVAS_SIZE.1);
/// Slides use larger type than the document: body text at `deck::fit::BODY_SIZE`.
const SLIDE_SCALE: f32 = fit::BODY_SIZE / theme::BODY_SIZE;
/// How many results the jump palette lists.
pub const PALETTE_RESULTS: usize = 8;

/// What present mode shows in front of the slide: one thing at a time, and it decides what
/// keys mean ([`PresentMode`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Overlay {
    /// Nothing: the slide.
    #[default]
    None,
    /// Digits typed for "a number, then Enter".
    Number {
        /// The digits so far.
        digits: String,
    },
    /// The slide grid (`O`).
    Overview {
        /// The highlighted slide's index.
        selected: usize,
    },
    /// The jump palette (`G`, Ctrl+K).
    Palette {
        /// What was typed.
        query: String,
        /// The highlighted result.
        selected: usize,
    },
    /// A black (`B`, `.`) or white (`W`) screen.
    Blank {
        /// White rather than black.
        white: bool,
    },
    /// The key list (`?`).
    Help,
}

impl Overlay {
    /// Which key table rows apply.
    pub fn mode(&self) -> PresentMode {
        match self {
            Overlay::None => PresentMode::Slide,
            Overlay::Number { .. } => PresentMode::Number,
            Overlay::Overview { .. } => PresentMode::Overview,
            Overlay::Palette { .. } => PresentMode::Palette,
            Overlay::Blank { .. } => PresentMode::Blank,
            Overlay::Help => PresentMode::Help,
        }
    }
}

/// The talk as the slide view needs it.
pub struct Stage<'a> {
    /// The slides.
    pub deck: &'a Deck,
    /// Where the talk is.
    pub position: Position,
    /// What is in front of the slide; the palette's text field edits it.
    pub overlay: &'a mut Overlay,
    /// The elapsed time, when the timer is shown.
    pub timer: Option<String>,
    /// Where relative image paths start.
    pub base_dir: Option<&'a Path>,
    /// The slides as laid out, kept between frames.
    pub layouts: &'a mut SlideLayouts,
    /// Changes whenever the document or the deck does, so stale layouts are dropped.
    pub generation: u64,
    /// A message the counter shows for a moment instead of the slide number.
    pub flash: Option<&'a str>,
    /// The overlay was opened from the presenter window and is drawn there, not here.
    pub overlay_private: bool,
}

/// Draws the current slide with its progress bar, and the overlay.
pub fn present_ui(
    ui: &mut Ui,
    theme: &Theme,
    document: &Document,
    stage: &mut Stage,
    commands: &mut Vec<Command>,
) {
    let rect = ui.max_rect();
    let (deck, position, base_dir) = (stage.deck, stage.position, stage.base_dir);
    let response = ui.interact(rect, egui::Id::unique("slide-click"), Sense::click());
    if response.clicked() {
        match stage.overlay.mode() {
            PresentMode::Slide | PresentMode::Number => {
                commands.push(Command::Present(PresentAction::Next));
            }
            PresentMode::Blank | PresentMode::Help => {
                commands.push(Command::Present(PresentAction::Close));
            }
            // Their own items take the click.
            PresentMode::Overview | PresentMode::Palette => {}
        }
    }
    let source = SlideSource {
        document,
        deck,
        base_dir,
        generation: stage.generation,
        dark: theme.dark,
    };
    if let Some(page) = source.page(stage.layouts, position.slide, position.step) {
        let placement = Placement::fit(rect, CANVAS_SIZE);
        page_ui(ui, &page, placement, Interaction::Live, commands);
    }
    progress_ui(ui, theme, rect, stage, document.portfolio.accent);
    if document.audience.is_private() {
        // Over the slide's corner, on the screen the audience sees.
        let corner =
            Rect::from_min_max(rect.min + vec2(theme::LINE_GAP, theme::LINE_GAP), rect.max);
        let mut child = ui.new_child(egui::UiBuilder::new().max_rect(corner));
        crate::ui::text::private_view_badge(&mut child, theme);
    }
    if stage.overlay_private {
        // Opened in the presenter window and drawn there: the audience keeps the slide.
        return;
    }
    let chosen = match &mut *stage.overlay {
        Overlay::None | Overlay::Number { .. } => None,
        Overlay::Blank { white } => {
            let color = if *white {
                theme::BLANK_WHITE
            } else {
                theme::BLANK_BLACK
            };
            ui.painter().rect_filled(rect, CornerRadius::ZERO, color);
            None
        }
        Overlay::Help => {
            help_ui(ui, theme, rect);
            None
        }
        Overlay::Overview { selected } => {
            overview_ui(ui, theme, rect, &source, stage.layouts, position, *selected)
        }
        Overlay::Palette { query, selected } => {
            let chosen = palette_ui(ui, theme, rect, deck, &document.portfolio, query, selected);
            if asks_for_audience(query) {
                let target = match document.audience {
                    crate::audience::Audience::Public => "Show the private view",
                    crate::audience::Audience::Private => "Back to the public view",
                };
                if palette_command_ui(ui, theme, rect, target) {
                    commands.push(Command::ToggleAudience);
                }
            }
            chosen
        }
    };
    if let Some(index) = chosen {
        commands.push(Command::GoToSlide(index));
    }
}

/// Whether a palette query asks for the view rather than a slide ("private", "public",
/// "audience"): the palette then offers to switch, and Enter with no slide found does.
pub fn asks_for_audience(query: &str) -> bool {
    let query = query.trim().to_lowercase();
    query.len() >= 4
        && ["private view", "public view", "audience"]
            .iter()
            .any(|command| command.starts_with(&query))
}

/// What the slide counter says: "3 / 19", the number being typed ("Go to 4…"), or a
/// message flashed for a moment ("No slide 45: 1 to 19").
pub fn counter_text(
    overlay: &Overlay,
    flash: Option<&str>,
    position: Position,
    total: usize,
) -> String {
    match (overlay, flash) {
        (Overlay::Number { digits }, _) => format!("Go to {digits}…"),
        (_, Some(flash)) => flash.to_owned(),
        _ => format!("{} / {total}", position.slide + 1),
    }
}

fn progress_ui(
    ui: &mut Ui,
    theme: &Theme,
    rect: Rect,
    stage: &mut Stage,
    accent: Option<crate::model::Rgb>,
) {
    let (deck, position) = (stage.deck, stage.position);
    let total = deck.slides.len().max(1);
    let done = (position.slide + 1) as f32 / total as f32;
    let bar = Rect::from_min_size(
        pos2(rect.left(), rect.bottom() - 4.0),
        vec2(rect.width(), 4.0),
    );
    ui.painter()
        .rect_filled(bar, CornerRadius::ZERO, theme.palette.surface_alt);
    let filled = Rect::from_min_size(bar.min, vec2(bar.width() * done, bar.height()));
    ui.painter()
        .rect_filled(filled, CornerRadius::ZERO, theme.palette.accent);
    // What the presenter types in their own window is not shown to the audience.
    let counter = if stage.overlay_private {
        counter_text(&Overlay::None, None, position, total)
    } else {
        counter_text(stage.overlay, stage.flash, position, total)
    };
    // Placed by the layout, as on every slide of the PNG and PDF exports.
    let item = stage.layouts.counter(&counter, theme.dark, accent);
    let placement = Placement::fit(rect, CANVAS_SIZE);
    // A scope of its own, so its screen-reader node's id is not the slide's first line's.
    ui.scope(|ui| {
        page_ui(
            ui,
            std::slice::from_ref(&item),
            placement,
            Interaction::Live,
            &mut Vec::new(),
        );
    });
    // At the slides' type scale: a timer is read from the back of the room too.
    let slide_theme = theme.scaled(SLIDE_SCALE).with_text_floor(fit::SMALL_SIZE);
    if let Some(timer) = &stage.timer {
        ui.painter().text(
            pos2(rect.left() + 20.0, rect.bottom() - 12.0),
            Align2::LEFT_BOTTOM,
            timer,
            slide_theme.small(),
            theme.palette.muted,
        );
    }
}

/// What a slide is laid out from, for [`SlideLayouts::page`].
pub struct SlideSource<'a> {
    /// The portfolio.
    pub document: &'a Document,
    /// The slides.
    pub deck: &'a Deck,
    /// Where relative image paths start.
    pub base_dir: Option<&'a Path>,
    /// Changes whenever the document or the deck does.
    pub generation: u64,
    /// Dark slides.
    pub dark: bool,
}

impl SlideSource<'_> {
    /// Slide `index` at `step`, laid out once.
    fn page(&self, layouts: &mut SlideLayouts, index: usize, step: usize) -> Option<Arc<Page>> {
        layouts.page(
            self.generation,
            self.document,
            self.deck,
            index,
            step,
            self.base_dir,
            self.dark,
        )
    }
}
