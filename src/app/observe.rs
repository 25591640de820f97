//! What the app shows, as plain values: for tests (which assert what a person sees), the
//! window's title, and start-up measurements. Reading only; nothing here changes state.

use crate::audience::Audience;
use crate::document::Anchor;

use super::screenshot::{self, ScreenshotOutcome};
use super::{FolioApp, GlyphCheck, presenting};

impl FolioApp {
    /// How many times content has loaded successfully (1 after the first load).
    pub fn generation(&self) -> u64 {
        self.disk.generation
    }

    /// How many times the file was read again after it first loaded, whether or not the
    /// read loaded: an idle app's count stands still.
    pub fn rereads(&self) -> u64 {
        self.disk.rereads
    }

    /// How many times images the document shows changed on disk and were decoded again.
    pub fn image_changes(&self) -> u64 {
        self.disk.image_changes
    }

    /// The name shown for the person, when content is loaded.
    pub fn display_name(&self) -> Option<&str> {
        self.content
            .as_ref()
            .ok()
            .map(|c| c.document.portfolio.display_name())
    }

    /// The window's title: the name as the view on screen shows it, and the view when it is
    /// the private one (a screen-sharing picker lists windows by title).
    pub fn window_title(&self) -> String {
        super::window_title(self.display_name(), self.audience)
    }

    /// The view on screen.
    pub fn audience(&self) -> Audience {
        self.audience
    }

    /// The title of the slide on screen, in present mode.
    pub fn current_slide_title(&self) -> Option<&str> {
        let talk = self.presenting.as_ref()?;
        talk.deck
            .slide(talk.navigator.position.slide)
            .map(|s| s.title.as_str())
    }

    /// Whether the check for characters no font can draw has answered.
    pub fn glyphs_checked(&self) -> bool {
        self.content
            .as_ref()
            .is_ok_and(|content| matches!(content.glyphs, GlyphCheck::Done(_)))
    }

    /// The id of the slide on screen, in present mode.
    pub fn current_slide_id(&self) -> Option<&str> {
        let talk = self.presenting.as_ref()?;
        talk.deck
            .slide(talk.navigator.position.slide)
            .map(|s| s.id.as_str())
    }

    /// What the presenter window has for the slide on screen and the audience does not
    /// see: its notes, then what the slide leaves for the presenter to say.
    pub fn current_presenter_text(&self) -> Vec<String> {
        let (Some(talk), Ok(content)) = (self.presenting.as_ref(), &self.content) else {
            return Vec::new();
        };
        talk.deck
            .slide(talk.navigator.position.slide)
            .map(|s| {
                s.speaker_notes(&content.document.portfolio)
                    .map(str::to_owned)
                    .into_iter()
                    .chain(s.script.iter().cloned())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The talk's elapsed time as the presenter window shows it ("3:05", "3:05 (paused)").
    pub fn talk_time(&self) -> Option<String> {
        self.presenting
            .as_ref()
            .map(presenting::Presenting::elapsed_text)
    }

    /// The time on the current slide as the presenter window shows it.
    pub fn talk_slide_time(&self) -> Option<String> {
        self.presenting
            .as_ref()
            .map(|talk| presenting::clock(talk.current_slide_time()))
    }

    /// The pacing line of the presenter window, when the talk has a target length.
    pub fn talk_pacing(&self) -> Option<String> {
        self.presenting
            .as_ref()
            .and_then(presenting::Presenting::pacing)
    }

    /// What the slide counter says: "3 / 19", "Go to 4…", or a passing message.
    pub fn slide_counter(&self) -> Option<String> {
        let talk = self.presenting.as_ref()?;
        Some(crate::ui::present::counter_text(
            &talk.overlay,
            talk.flash_text(),
            talk.navigator.position,
            talk.deck.slides.len(),
        ))
    }

    /// Whether a talk left with Esc is waiting for F5.
    pub fn has_left_talk(&self) -> bool {
        self.left_talk.is_some()
    }

    /// The reveal step on the current slide, in present mode.
    pub fn current_step(&self) -> Option<usize> {
        self.presenting
            .as_ref()
            .map(|talk| talk.navigator.position.step)
    }

    /// The section or case study the table of contents shows as current, by id.
    pub fn current_anchor_id(&self) -> Option<String> {
        let portfolio = &self.content.as_ref().ok()?.document.portfolio;
        match self.reading.current? {
            Anchor::Section(section) => Some(section.id().to_owned()),
            Anchor::CaseStudy(index) => portfolio.case_studies.get(index).map(|c| c.id.to_string()),
        }
    }

    /// Whether a jump to a section (`--at`, a table-of-contents click) is still on its way.
    pub fn is_jumping(&self) -> bool {
        self.reading.jump.target().is_some()
    }

    /// Whether present mode is on.
    pub fn is_presenting(&self) -> bool {
        self.presenting.is_some()
    }

    /// Whether the last reload failed and its error is shown over the last good content.
    pub fn has_reload_error(&self) -> bool {
        self.disk.reload_error.is_some()
    }

    /// The outcome of a screenshot run, once the app has closed.
    pub fn screenshot_outcome(&self) -> Option<ScreenshotOutcome> {
        self.window
            .screenshot
            .as_ref()
            .map(screenshot::Job::outcome)
    }

    /// The last export's outcome, as the status line shows it.
    pub fn status(&self) -> Option<&str> {
        self.status.as_deref()
    }
}
