//! Present mode's state and keys: the deck, where the talk is, the overlays, the timer.

use std::time::{Duration, Instant};

use egui::{Key, Modifiers};

use crate::deck::{Deck, Navigator, Selection};
use crate::document::Document;
use crate::ui::present::{CANVAS, Overlays, PresentAction};

/// A talk in progress.
pub struct Presenting {
    /// The slides.
    pub deck: Deck,
    /// Where the talk is.
    pub navigator: Navigator,
    /// What is shown above the slide.
    pub overlays: Overlays,
    /// When the talk started, for the timer.
    pub started: Instant,
    /// Whether the timer is shown.
    pub timer: bool,
    /// Whether the presenter window is open.
    pub presenter: bool,
    /// The zoom the document had, restored when the talk ends.
    pub browse_zoom: f32,
    /// Which slides the talk uses.
    pub selection: Selection,
    /// How long the talk should take, for pacing.
    pub duration: Option<Duration>,
    /// Time spent on each slide so far.
    pub slide_times: Vec<Duration>,
    /// When the current slide was entered.
    pub slide_entered: Instant,
    /// The slide whose time is being counted.
    pub counted_slide: usize,
}

/// What a key asked present mode to do that the app must carry out.
#[must_use]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PresentOutcome {
    /// Nothing beyond present mode itself.
    Stay,
    /// Leave present mode.
    Exit,
    /// Toggle full screen.
    ToggleFullscreen,
}

impl Presenting {
    /// Starts a talk at `start`: a slide id or a number from 1.
    pub fn new(
        document: &Document,
        start: Option<&str>,
        browse_zoom: f32,
        selection: Selection,
        duration: Option<Duration>,
    ) -> Self {
        let deck = Deck::select(&document.portfolio, &selection);
        let mut navigator = Navigator::default();
        if let Some(start) = start {
            let _ = match start.parse::<usize>() {
                Ok(number) => navigator.go_to_number(&deck, number),
                Err(_) => navigator.go_to_id(&deck, start),
            };
            // Starting on a slide shows it from its first step.
            navigator.position.step = 0;
        }
        let duration = duration.or_else(|| {
            document
                .portfolio
                .duration
                .as_ref()
                .map(|d| d.midpoint_base())
                .filter(|seconds| seconds.is_finite() && *seconds > 0.0)
                .map(Duration::from_secs_f64)
        });
        let slides = deck.slides.len();
        Self {
            deck,
            counted_slide: navigator.position.slide,
            navigator,
            overlays: Overlays::default(),
            started: Instant::now(),
            timer: false,
            presenter: false,
            browse_zoom,
            selection,
            duration,
            slide_times: vec![Duration::ZERO; slides],
            slide_entered: Instant::now(),
        }
    }

    /// Adds the time on the slide just left to its total.
    pub fn count_slide_time(&mut self) {
        let slide = self.navigator.position.slide;
        if slide != self.counted_slide {
            if let Some(total) = self.slide_times.get_mut(self.counted_slide) {
                *total += self.slide_entered.elapsed();
            }
            self.counted_slide = slide;
            self.slide_entered = Instant::now();
        }
    }

    /// Time on the current slide, including earlier visits.
    pub fn current_slide_time(&self) -> Duration {
        self.slide_times
            .get(self.navigator.position.slide)
            .copied()
            .unwrap_or_default()
            + self.slide_entered.elapsed()
    }

    /// "2:10 ahead" or "1:05 behind" against the target duration, taking slides as equal
    /// shares of it.
    pub fn pacing(&self) -> Option<String> {
        let duration = self.duration?;
        let total = self.deck.slides.len().max(1) as f64;
        let expected = duration.as_secs_f64() * self.navigator.position.slide as f64 / total;
        let elapsed = self.started.elapsed().as_secs_f64();
        let difference = elapsed - expected;
        let text = clock(Duration::from_secs_f64(difference.abs()));
        Some(if difference > 0.0 {
            format!("{text} behind · target {}", clock(duration))
        } else {
            format!("{text} ahead · target {}", clock(duration))
        })
    }

    /// Rebuilds the deck after a reload, staying on the same slide by id.
    pub fn reload(&mut self, document: &Document) {
        let deck = Deck::select(&document.portfolio, &self.selection);
        self.navigator.position = deck.carry_over(&self.deck, self.navigator.position);
        self.slide_times.resize(deck.slides.len(), Duration::ZERO);
        self.counted_slide = self.navigator.position.slide;
        self.deck = deck;
    }

    /// The elapsed time as "12:34".
    pub fn elapsed_text(&self) -> String {
        clock(self.started.elapsed())
    }

    /// Refreshes the timer text; asks for one repaint a second only while it is shown.
    pub fn tick(&mut self, ctx: &egui::Context) {
        self.count_slide_time();
        self.overlays.timer = self.timer.then(|| self.elapsed_text());
        // Clocks move once a second; nothing else repaints an idle talk.
        if self.timer || self.presenter {
            ctx.request_repaint_after(Duration::from_secs(1));
        }
    }

    /// The zoom that makes the slide canvas fill a window of `size` points at `zoom`.
    pub fn fitting_zoom(size: egui::Vec2, zoom: f32) -> f32 {
        let factor = (size.x / CANVAS.x).min(size.y / CANVAS.y);
        (zoom * factor).clamp(0.3, 6.0)
    }

    /// Applies a click on the slide or in an overlay.
    pub fn act(&mut self, action: PresentAction) {
        match action {
            PresentAction::Next => {
                let _ = self.navigator.next(&self.deck);
            }
            PresentAction::GoTo(index) => {
                let _ = self.navigator.go_to_index(&self.deck, index);
                self.overlays.overview = None;
                self.overlays.palette = None;
            }
        }
    }

    /// Handles this frame's keys.
    pub fn keys(&mut self, ctx: &egui::Context) -> PresentOutcome {
        let mut outcome = PresentOutcome::Stay;
        ctx.input_mut(|input| {
            let mut pressed = |key: Key| input.consume_key(Modifiers::NONE, key);
            if self.overlays.palette.is_some() {
                // The palette's own text field, arrows and Enter are handled where it is drawn.
                if pressed(Key::Escape) {
                    self.overlays.palette = None;
                }
                return;
            }
            if let Some(selected) = self.overlays.overview {
                let count = self.deck.slides.len().max(1);
                if pressed(Key::Escape) || pressed(Key::O) {
                    self.overlays.overview = None;
                } else if pressed(Key::ArrowRight) || pressed(Key::ArrowDown) {
                    self.overlays.overview = Some((selected + 1) % count);
                } else if pressed(Key::ArrowLeft) || pressed(Key::ArrowUp) {
                    self.overlays.overview = Some((selected + count - 1) % count);
                } else if pressed(Key::Enter) {
                    let _ = self.navigator.go_to_index(&self.deck, selected);
                    self.overlays.overview = None;
                }
                return;
            }
            if self.overlays.help {
                if pressed(Key::Escape) || pressed(Key::Questionmark) || pressed(Key::Slash) {
                    self.overlays.help = false;
                }
                return;
            }
            if self.overlays.blank.is_some() {
                if pressed(Key::B)
                    || pressed(Key::Period)
                    || pressed(Key::W)
                    || pressed(Key::Escape)
                    || pressed(Key::Space)
                {
                    self.overlays.blank = None;
                }
                return;
            }
            const DIGITS: [(Key, char); 10] = [
                (Key::Num0, '0'),
                (Key::Num1, '1'),
                (Key::Num2, '2'),
                (Key::Num3, '3'),
                (Key::Num4, '4'),
                (Key::Num5, '5'),
                (Key::Num6, '6'),
                (Key::Num7, '7'),
                (Key::Num8, '8'),
                (Key::Num9, '9'),
            ];
            for (key, digit) in DIGITS {
                if pressed(key) && self.overlays.number.len() < 4 {
                    self.overlays.number.push(digit);
                }
            }
            let deck = &self.deck;
            let navigator = &mut self.navigator;
            if !self.overlays.number.is_empty() {
                if pressed(Key::Enter) {
                    if let Ok(number) = self.overlays.number.parse() {
                        let _ = navigator.go_to_number(deck, number);
                    }
                    self.overlays.number.clear();
                } else if pressed(Key::Backspace) {
                    self.overlays.number.pop();
                } else if pressed(Key::Escape) {
                    self.overlays.number.clear();
                }
                return;
            }
            if pressed(Key::ArrowRight)
                || pressed(Key::ArrowDown)
                || pressed(Key::Space)
                || pressed(Key::PageDown)
                || pressed(Key::Enter)
            {
                let _ = navigator.next(deck);
            } else if pressed(Key::ArrowLeft)
                || pressed(Key::ArrowUp)
                || pressed(Key::PageUp)
                || pressed(Key::Backspace)
            {
                let _ = navigator.previous(deck);
            } else if pressed(Key::Home) {
                let _ = navigator.first();
            } else if pressed(Key::End) {
                let _ = navigator.last(deck);
            } else if pressed(Key::G) || input.consume_key(Modifiers::COMMAND, Key::K) {
                self.overlays.palette = Some((String::new(), 0));
            } else if input.consume_key(Modifiers::NONE, Key::O) {
                self.overlays.overview = Some(self.navigator.position.slide);
            } else if input.consume_key(Modifiers::NONE, Key::B)
                || input.consume_key(Modifiers::NONE, Key::Period)
            {
                self.overlays.blank = Some(false);
            } else if input.consume_key(Modifiers::NONE, Key::W) {
                self.overlays.blank = Some(true);
            } else if input.consume_key(Modifiers::NONE, Key::F)
                || input.consume_key(Modifiers::NONE, Key::F11)
            {
                outcome = PresentOutcome::ToggleFullscreen;
            } else if input.consume_key(Modifiers::NONE, Key::T) {
                self.timer = !self.timer;
            } else if input.consume_key(Modifiers::NONE, Key::S) {
                self.presenter = !self.presenter;
            } else if input.consume_key(Modifiers::NONE, Key::Questionmark)
                || input.consume_key(Modifiers::SHIFT, Key::Slash)
                || input.consume_key(Modifiers::SHIFT, Key::Questionmark)
            {
                self.overlays.help = true;
            } else if input.consume_key(Modifiers::NONE, Key::Escape) {
                outcome = PresentOutcome::Exit;
            }
        });
        outcome
    }
}

/// "12:34", or "1:02:03" past an hour.
pub fn clock(duration: Duration) -> String {
    let seconds = duration.as_secs();
    if seconds >= 3600 {
        format!(
            "{}:{:02}:{:02}",
            seconds / 3600,
            seconds / 60 % 60,
            seconds % 60
        )
    } else {
        format!("{}:{:02}", seconds / 60, seconds % 60)
    }
}
