//! Present mode's state and what its keys and clicks do: the deck, where the talk is, the
//! overlay, the timer. Which key means what is `ui::keys::PRESENT`'s business.

use std::time::{Duration, Instant};

use crate::deck::pace::{self, Pace};
use crate::deck::{Deck, Navigator, Selection};
use crate::document::Document;
use crate::ui::Command;
use crate::ui::keys::{self, PresentAction};
use crate::ui::present::{CANVAS, Overlay, PALETTE_RESULTS};

/// Which slides the next talk uses, and its target length.
#[derive(Clone, Debug, Default)]
pub struct TalkOptions {
    /// Present only this track's slides (`--track` or the picker).
    pub track: Option<String>,
    /// Present only case studies with one of these tags.
    pub tags: Vec<String>,
    /// The talk's target length, overriding the portfolio's `duration`.
    pub duration: Option<std::time::Duration>,
    /// Present the talk suggested for this job posting (`--for`), instead of a track.
    pub posting: Option<crate::tailor::Posting>,
}

/// A talk in progress.
pub struct Presenting {
    /// The slides.
    pub deck: Deck,
    /// Where the talk is.
    pub navigator: Navigator,
    /// What is shown in front of the slide.
    pub overlay: Overlay,
    /// The talk's clock: the timer, pacing and the presenter window's "Elapsed".
    pub clock: TalkClock,
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
    /// When the current slide was entered, on the talk's clock (so a pause stops it too).
    pub slide_entered: Duration,
    /// The slide whose time is being counted.
    pub counted_slide: usize,
    /// The slides as laid out, kept between frames.
    pub layouts: crate::deck::pages::SlideLayouts,
    /// The job posting the talk was made for: what each slide answers.
    pub posting: Option<crate::tailor::Tailored>,
    /// A short message the counter shows for a moment ("No slide 45: 1 to 19") without
    /// standing in front of the slide: the next key acts as usual.
    pub flash: Option<(String, Instant)>,
    /// The flashed message answers what was typed in the presenter window: shown there.
    pub flash_private: bool,
    /// Which slides have been on screen, for pacing.
    pub shown: Vec<bool>,
    /// The keys being read were pressed in the presenter window.
    keys_from_presenter: bool,
    /// The overlay in front was opened from the presenter window and is drawn there: the
    /// audience keeps seeing the slide while the presenter looks something up.
    pub overlay_private: bool,
    /// Where the presenter window was and how large, so that it opens there again.
    pub presenter_rect: Option<egui::Rect>,
    /// When the audience's window last got the keyboard's focus: the click that gave it
    /// (switching back from the call) is not a click to advance.
    focused_at: Option<Instant>,
    /// Whether the audience's window had the focus last frame.
    was_focused: bool,
}

/// A click this soon after the window got the focus was the click that focused it.
const FOCUS_CLICK: Duration = Duration::from_millis(500);

/// How long a flashed message stays.
const FLASH: Duration = Duration::from_millis(2500);

/// A talk's clock: runs from the start; can be paused (a question that is not part of the
/// talk) and set back to 0:00.
#[derive(Clone, Copy, Debug)]
pub struct TalkClock {
    started: Instant,
    paused_at: Option<Instant>,
    paused_for: Duration,
}

impl TalkClock {
    /// A clock running from now.
    pub fn new() -> Self {
        Self {
            started: Instant::now(),
            paused_at: None,
            paused_for: Duration::ZERO,
        }
    }

    /// The talk's time, pauses left out.
    pub fn elapsed(&self) -> Duration {
        let until = self.paused_at.unwrap_or_else(Instant::now);
        until
            .saturating_duration_since(self.started)
            .saturating_sub(self.paused_for)
    }

    /// Whether the clock is paused.
    pub fn is_paused(&self) -> bool {
        self.paused_at.is_some()
    }

    /// Pauses a running clock, or lets a paused one run again.
    pub fn toggle_pause(&mut self) {
        match self.paused_at.take() {
            Some(since) => self.paused_for += since.elapsed(),
            None => self.paused_at = Some(Instant::now()),
        }
    }

    /// Back to 0:00, still paused if it was.
    pub fn reset(&mut self) {
        let now = Instant::now();
        self.started = now;
        self.paused_for = Duration::ZERO;
        if self.paused_at.is_some() {
            self.paused_at = Some(now);
        }
    }
}

impl Default for TalkClock {
    fn default() -> Self {
        Self::new()
    }
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
                .map(crate::model::TalkDuration::as_duration)
        });
        let slides = deck.slides.len();
        let mut shown = vec![false; slides];
        if let Some(first) = shown.get_mut(navigator.position.slide) {
            *first = true;
        }
        Self {
            deck,
            counted_slide: navigator.position.slide,
            layouts: crate::deck::pages::SlideLayouts::new(),
            navigator,
            overlay: Overlay::None,
            clock: TalkClock::new(),
            timer: false,
            presenter: false,
            browse_zoom,
            selection,
            duration,
            slide_times: vec![Duration::ZERO; slides],
            slide_entered: Duration::ZERO,
            posting: None,
            flash: None,
            flash_private: false,
            shown,
            keys_from_presenter: false,
            overlay_private: false,
            presenter_rect: None,
            focused_at: None,
            was_focused: true,
        }
    }

    /// The posting's requirements the current slide answers, "must: …" or "nice: …"; `None`
    /// when the talk was not made for a posting.
    pub fn posting_answers(&self) -> Option<Vec<String>> {
        let tailored = self.posting.as_ref()?;
        let slide = self.deck.slide(self.navigator.position.slide)?;
        Some(
            crate::tailor::answered_by(tailored, &slide.id)
                .into_iter()
                .filter_map(|i| tailored.requirements.get(i))
                .map(|m| {
                    let level = if m.requirement.must { "must" } else { "nice" };
                    format!("{level}: {}", m.requirement.text)
                })
                .collect(),
        )
    }

    /// Adds the time on the slide just left to its total.
    pub fn count_slide_time(&mut self) {
        let slide = self.navigator.position.slide;
        if slide != self.counted_slide {
            let now = self.clock.elapsed();
            if let Some(total) = self.slide_times.get_mut(self.counted_slide) {
                *total += now.saturating_sub(self.slide_entered);
            }
            self.counted_slide = slide;
            self.slide_entered = now;
        }
        if let Some(shown) = self.shown.get_mut(slide) {
            *shown = true;
        }
    }

    /// Time on the current slide, including earlier visits.
    pub fn current_slide_time(&self) -> Duration {
        self.slide_times
            .get(self.navigator.position.slide)
            .copied()
            .unwrap_or_default()
            + self.clock.elapsed().saturating_sub(self.slide_entered)
    }

    /// Where the talk stands against its planned length, counting the slides shown at
    /// their planned times (`deck::pace`); `None` without a target duration.
    pub fn pace(&self) -> Option<Pace> {
        let duration = self.duration?;
        let budgets = pace::budgets(&self.deck, duration);
        Some(pace::pace(
            &budgets,
            &self.shown,
            self.navigator.position.slide,
            self.clock.elapsed(),
        ))
    }

    /// The pace in words: "0:40 left on this slide", "2:10 ahead", "1:05 behind", with the
    /// target.
    pub fn pacing(&self) -> Option<String> {
        let target = clock(self.duration?);
        Some(match self.pace()? {
            Pace::OnTime(left) => format!("on time, {} left here · target {target}", clock(left)),
            Pace::Ahead(by) => format!("{} ahead · target {target}", clock(by)),
            Pace::Behind(by) => format!("{} behind · target {target}", clock(by)),
        })
    }

    /// Rebuilds the deck after a reload, staying on the same slide by id.
    pub fn reload(&mut self, document: &Document) {
        let deck = Deck::select(&document.portfolio, &self.selection);
        self.navigator.position = deck.carry_over(&self.deck, self.navigator.position);
        self.slide_times.resize(deck.slides.len(), Duration::ZERO);
        self.shown.resize(deck.slides.len(), false);
        self.counted_slide = self.navigator.position.slide;
        self.deck = deck;
    }

    /// The timer, the time on each slide and pacing from 0:00 here: after a rehearsal, for
    /// the real talk.
    fn start_over_timing(&mut self) {
        self.clock.reset();
        self.slide_times
            .iter_mut()
            .for_each(|t| *t = Duration::ZERO);
        self.slide_entered = Duration::ZERO;
        let current = self.navigator.position.slide;
        for (index, shown) in self.shown.iter_mut().enumerate() {
            *shown = index == current;
        }
    }

    /// The elapsed time as "12:34", "12:34 (paused)" while paused.
    pub fn elapsed_text(&self) -> String {
        let time = clock(self.clock.elapsed());
        if self.clock.is_paused() {
            format!("{time} (paused)")
        } else {
            time
        }
    }

    /// The timer's text, when it is shown.
    pub fn timer_text(&self) -> Option<String> {
        self.timer.then(|| self.elapsed_text())
    }

    /// What the presenter window tells the presenter now: the number typed there, its
    /// answer, or what the audience sees instead of the slide.
    pub fn presenter_message(&self) -> Option<String> {
        match &self.overlay {
            Overlay::Number { digits } if self.overlay_private => {
                return Some(format!("Go to {digits}…"));
            }
            Overlay::Blank { white } => {
                let colour = if *white { "white" } else { "black" };
                return Some(format!(
                    "The audience sees a {colour} screen: B, W or a clicker key shows the slide again"
                ));
            }
            _ => {}
        }
        self.flash_text()
            .filter(|_| self.flash_private)
            .map(str::to_owned)
    }

    /// Notes whether the audience's window has the focus; true when it has just got it, so
    /// that the click that gave it is not taken for "next slide".
    pub fn just_focused(&mut self, ctx: &egui::Context) -> bool {
        let focused = ctx.input(|i| i.viewport().focused).unwrap_or(true);
        if focused && !self.was_focused {
            self.focused_at = Some(Instant::now());
        }
        self.was_focused = focused;
        self.focused_at
            .is_some_and(|since| since.elapsed() < FOCUS_CLICK)
    }

    /// The flashed message, while it lasts.
    pub fn flash_text(&self) -> Option<&str> {
        self.flash
            .as_ref()
            .filter(|(_, since)| since.elapsed() < FLASH)
            .map(|(text, _)| text.as_str())
    }

    /// Asks for one repaint a second, only while a clock is shown, and one when a flashed
    /// message is due to go.
    pub fn tick(&mut self, ctx: &egui::Context) {
        // Clocks move once a second; nothing else repaints an idle talk.
        if (self.timer || self.presenter) && !self.clock.is_paused() {
            ctx.request_repaint_after(Duration::from_secs(1));
        }
        if let Some((_, since)) = &self.flash {
            match FLASH.checked_sub(since.elapsed()) {
                Some(left) => ctx.request_repaint_after(left),
                None => self.flash = None,
            }
        }
    }

    /// The zoom that makes the slide canvas fill a window of `size` points at `zoom`.
    pub fn fitting_zoom(size: egui::Vec2, zoom: f32) -> f32 {
        let factor = (size.x / CANVAS.x).min(size.y / CANVAS.y);
        (zoom * factor).clamp(0.3, 6.0)
    }

    /// Carries out this frame's present-mode keys, pressed in either window (`ctx` is that
    /// window's; `in_presenter` says which). Returns what the app must do (leave, full
    /// screen).
    pub fn keys(
        &mut self,
        ctx: &egui::Context,
        in_presenter: bool,
        portfolio: &crate::model::Portfolio,
    ) -> Vec<Command> {
        self.keys_from_presenter = in_presenter;
        let mut commands = Vec::new();
        // One key at a time: each may change the overlay, and so what the next one means.
        while let Some((action, key)) =
            ctx.input_mut(|input| keys::pressed(input, keys::PRESENT, &[self.overlay.mode()]))
        {
            if action == PresentAction::Digit {
                if let Some(digit) = keys::digit(key) {
                    self.type_digit(digit);
                }
            } else if let Some(command) = self.act(action, portfolio) {
                commands.push(command);
            }
        }
        self.keys_from_presenter = false;
        commands
    }

    fn type_digit(&mut self, digit: char) {
        self.flash = None;
        match &mut self.overlay {
            Overlay::Number { digits } => {
                // Four digits cover any talk; more would only overflow the counter.
                if digits.len() < 4 {
                    digits.push(digit);
                }
            }
            _ => {
                self.overlay = Overlay::Number {
                    digits: digit.to_string(),
                };
                self.overlay_private = self.keys_from_presenter;
            }
        }
    }

    /// Carries out a key's or a click's action in the current overlay (the palette searches
    /// `portfolio`). Returns what the app must do.
    pub fn act(
        &mut self,
        action: PresentAction,
        portfolio: &crate::model::Portfolio,
    ) -> Option<Command> {
        use PresentAction as A;
        let deck = &self.deck;
        let slides = deck.slides.len().max(1);
        if matches!(action, A::Next | A::Previous | A::First | A::Last) {
            // A number half typed is forgotten: a clicker's next press must always move.
            if matches!(self.overlay, Overlay::Number { .. }) {
                self.overlay = Overlay::None;
            }
            self.flash = None;
        }
        let moved = match (action, &mut self.overlay) {
            (A::Next, _) => self.navigator.next(deck),
            (A::Previous, _) => self.navigator.previous(deck),
            (A::First, _) => self.navigator.first(),
            (A::Last, _) => self.navigator.last(deck),
            (A::GoToNumber, Overlay::Number { digits }) => {
                let number = digits.parse().unwrap_or(0);
                let moved = self.navigator.go_to_number(deck, number);
                if !(1..=deck.slides.len()).contains(&number) {
                    self.flash_private = self.overlay_private;
                    // Said for a moment under the slide, not in front of it: the next key
                    // (a clicker's, an arrow) acts as usual.
                    self.flash = Some((
                        format!("No slide {digits}: 1 to {}", deck.slides.len()),
                        Instant::now(),
                    ));
                }
                self.overlay = Overlay::None;
                moved
            }
            (A::EraseDigit, Overlay::Number { digits }) => {
                digits.pop();
                if digits.is_empty() {
                    self.overlay = Overlay::None;
                }
                false
            }
            (A::SelectNext, Overlay::Overview { selected }) => {
                *selected = (*selected + 1) % slides;
                false
            }
            (A::SelectPrevious, Overlay::Overview { selected }) => {
                *selected = (*selected + slides - 1) % slides;
                false
            }
            (
                A::SelectNext | A::SelectPrevious,
                Overlay::Palette {
                    query, selected, ..
                },
            ) => {
                let shown = deck.palette(portfolio, query).len().min(PALETTE_RESULTS);
                if shown > 0 {
                    *selected = if action == A::SelectNext {
                        (*selected + 1) % shown
                    } else {
                        (*selected + shown - 1) % shown
                    };
                }
                false
            }
            (A::Choose, Overlay::Overview { selected }) => {
                let index = *selected;
                self.go_to(index);
                return None;
            }
            (
                A::Choose,
                Overlay::Palette {
                    query, selected, ..
                },
            ) => {
                match deck.search(portfolio, query).get(*selected).copied() {
                    Some(index) => self.go_to(index),
                    // "private view" finds no slide: it is the command to switch.
                    None if crate::ui::present::asks_for_audience(query) => {
                        self.overlay = Overlay::None;
                        return Some(Command::ToggleAudience);
                    }
                    None => {}
                }
                return None;
            }
            (A::Palette, _) => {
                self.overlay = Overlay::Palette {
                    query: String::new(),
                    selected: 0,
                };
                self.overlay_private = self.keys_from_presenter;
                false
            }
            (A::Overview, _) => {
                self.overlay = Overlay::Overview {
                    selected: self.navigator.position.slide,
                };
                self.overlay_private = self.keys_from_presenter;
                false
            }
            (A::Black | A::White, _) => {
                // The audience's screen, wherever the key was pressed.
                self.overlay = Overlay::Blank {
                    white: action == A::White,
                };
                self.overlay_private = false;
                false
            }
            (A::Help, _) => {
                self.overlay = Overlay::Help;
                self.overlay_private = self.keys_from_presenter;
                false
            }
            (A::Close, _) => {
                self.overlay = Overlay::None;
                false
            }
            (A::Timer, _) => {
                self.timer = !self.timer;
                false
            }
            (A::PauseTimer, _) => {
                self.clock.toggle_pause();
                false
            }
            (A::ResetTimer, _) => {
                self.start_over_timing();
                false
            }
            (A::Reload, _) => return Some(Command::Reload),
            (A::Audience, _) => return Some(Command::ToggleAudience),
            (A::Presenter, _) => {
                self.presenter = !self.presenter;
                false
            }
            (A::Fullscreen, _) => return Some(Command::ToggleFullscreen),
            (A::Leave, _) => return Some(Command::StopPresenting),
            // Keys of an overlay that is no longer in front.
            (A::Digit | A::GoToNumber | A::EraseDigit | A::SelectNext | A::SelectPrevious, _)
            | (A::Choose, _) => false,
        };
        if moved {
            self.count_slide_time();
        }
        None
    }

    /// Goes to the slide at `index` (a chosen card or result) and closes the overlay.
    pub fn go_to(&mut self, index: usize) {
        if self.navigator.go_to_index(&self.deck, index) {
            self.count_slide_time();
        }
        self.overlay = Overlay::None;
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

use super::FolioApp;
use super::notice::Notice;
use crate::document::{Anchor, Section};

impl FolioApp {
    /// F5: back to the talk left with Esc, where it was; with `anew` (Shift+F5), or when
    /// there is none, a new talk from where the reader is.
    pub(super) fn start_presenting(&mut self, ctx: &egui::Context, anew: bool) {
        self.reading.search.open = false;
        if let Some(mut talk) = self.left_talk.take()
            && !anew
        {
            talk.browse_zoom = ctx.zoom_factor();
            self.presenting = Some(talk);
            return;
        }
        let Ok(content) = &self.content else {
            return;
        };
        // Present from where the reader is: the case study in view, else the beginning.
        let start = match self.reading.current {
            Some(Anchor::CaseStudy(index)) => content
                .document
                .portfolio
                .case_studies
                .get(index)
                .map(|c| c.id.to_string()),
            Some(Anchor::Section(section)) if section != Section::Hero => {
                Some(section.id().to_owned())
            }
            _ => None,
        };
        self.begin_talk(ctx, start);
    }

    pub(super) fn begin_talk(&mut self, ctx: &egui::Context, start: Option<String>) {
        let Ok(content) = &self.content else {
            return;
        };
        let talk = &self.talk_options;
        match crate::tailor::talk_selection(
            &content.document,
            talk.posting.as_ref(),
            talk.track.as_deref(),
            &talk.tags,
        ) {
            Ok((selection, posting)) => {
                let mut presenting = Presenting::new(
                    &content.document,
                    start.as_deref(),
                    ctx.zoom_factor(),
                    selection,
                    talk.duration,
                );
                presenting.posting = posting;
                if let Some(rect) = self.presenter_was {
                    presenting.presenter = true;
                    presenting.presenter_rect = rect;
                }
                self.presenting = Some(presenting);
            }
            Err(error) => self.notices.push(Notice::Selection(error)),
        }
    }

    /// Esc: back to the document, keeping the talk as it is for F5.
    pub(super) fn stop_presenting(&mut self, ctx: &egui::Context) {
        if let Some(mut talk) = self.presenting.take() {
            ctx.set_zoom_factor(talk.browse_zoom);
            self.presenter_was = talk.presenter.then_some(talk.presenter_rect);
            talk.overlay = Overlay::None;
            talk.flash = None;
            self.left_talk = Some(talk);
        }
        if self.fullscreen {
            self.fullscreen = false;
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
        }
    }
}
