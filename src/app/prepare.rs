//! "Prepare for a job": the posting being read, its report, and the talk as the user edits
//! it; reading again when the text changes, remembering postings, presenting and exporting
//! the talk made for one.

use crate::tailor::{Posting, Tailored, posting};
use crate::ui::Command;
use crate::ui::theme::{self, Theme};

use super::FolioApp;

/// The state of "Prepare for a job".
#[derive(Default)]
pub struct Prepare {
    /// The window is open.
    pub open: bool,
    /// The posting's text as pasted or read from a file.
    pub text: String,
    /// Where it came from.
    pub name: String,
    /// The text the reading below is of.
    read_text: String,
    /// The version of the portfolio it was read against (a reload reads it again).
    read_generation: u64,
    /// The reading: the report, or why the text cannot be read; `None` while empty.
    reading: Option<Result<Tailored, String>>,
    /// The talk as the user has it (slide ids), starting as the suggested one.
    pub talk: Vec<String>,
}

impl Prepare {
    /// The posting as `--for` would give it: its requirements and the talk as edited.
    fn posting(&self) -> Option<Posting> {
        let Some(Ok(tailored)) = &self.reading else {
            return None;
        };
        Some(Posting {
            name: self.name.clone(),
            requirements: tailored
                .requirements
                .iter()
                .map(|m| m.requirement.clone())
                .collect(),
            talk: Some(self.talk.clone()),
        })
    }

    fn suggested(&self) -> &[String] {
        match &self.reading {
            Some(Ok(tailored)) => &tailored.talk,
            _ => &[],
        }
    }
}

impl FolioApp {
    /// Reads the posting again when its text changed, then draws the window.
    pub(super) fn prepare_frame(
        &mut self,
        ctx: &egui::Context,
        theme: &Theme,
        commands: &mut Vec<Command>,
    ) {
        if !self.prepare.open {
            return;
        }
        self.read_posting_text();
        let Ok(content) = &self.content else {
            return;
        };
        let portfolio = &content.document.portfolio;
        let prepare = &mut self.prepare;
        let talk: Vec<(String, String)> = prepare
            .talk
            .iter()
            .map(|id| {
                (
                    id.clone(),
                    crate::tailor::report::slide_title(portfolio, id),
                )
            })
            .collect();
        let edited = prepare.talk.as_slice() != prepare.suggested();
        let recent: Vec<String> = self
            .settings
            .recent_postings
            .iter()
            .map(|p| p.name.clone())
            .collect();
        let mut open = true;
        // Opened in the middle of the page, not over the table of contents in a corner: on a
        // projector the corner is where nobody looks.
        egui::Window::new("Prepare for a job")
            .open(&mut open)
            .collapsible(false)
            .pivot(egui::Align2::CENTER_CENTER)
            .default_pos(ctx.content_rect().center())
            .default_size(theme::PREPARE_WINDOW_SIZE)
            .show(ctx, |ui| {
                let mut view = crate::ui::prepare::PrepareView {
                    text: &mut prepare.text,
                    name: &prepare.name,
                    reading: prepare.reading.as_ref(),
                    talk: &talk,
                    edited,
                    recent: &recent,
                    wide: ui.available_width() >= theme::PREPARE_TWO_COLUMNS,
                };
                crate::ui::prepare::prepare_ui(ui, theme, &mut view, commands);
            });
        if !open {
            self.prepare.open = false;
        }
    }

    /// Reads the posting's text against the portfolio when it changed since the last reading.
    fn read_posting_text(&mut self) {
        let prepare = &mut self.prepare;
        let generation = self.disk.generation;
        if prepare.text == prepare.read_text && prepare.read_generation == generation {
            return;
        }
        let text_changed = prepare.text != prepare.read_text;
        prepare.read_text = prepare.text.clone();
        prepare.read_generation = generation;
        let Ok(content) = &self.content else {
            return;
        };
        if prepare.text.trim().is_empty() {
            prepare.reading = None;
            prepare.talk.clear();
            return;
        }
        if prepare.name.is_empty() {
            prepare.name = "Pasted posting".to_owned();
        }
        prepare.reading = Some(
            posting::read(prepare.text.as_bytes())
                .map(|requirements| {
                    crate::tailor::tailor(&content.document, requirements, crate::tailor::today())
                })
                .map_err(|error| error.to_string()),
        );
        // A reload keeps the user's talk, less the slides that are gone; new text starts over.
        let suggested = prepare.suggested().to_vec();
        if text_changed || prepare.talk.is_empty() {
            prepare.talk = suggested;
        } else if matches!(prepare.reading, Some(Ok(_))) {
            let deck = crate::deck::Deck::new(&content.document.portfolio);
            prepare.talk.retain(|id| deck.find(id).is_some());
        }
    }

    /// Applies one of "Prepare for a job"'s commands.
    pub(super) fn apply_prepare(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::TogglePrepare => self.prepare.open = !self.prepare.open,
            Command::OpenPosting => self.open_posting(),
            Command::UseRecentPosting(index) => {
                if let Some(recent) = self.settings.recent_postings.get(index) {
                    self.prepare.text = recent.text.clone();
                    self.prepare.name = recent.name.clone();
                }
            }
            Command::MoveTalkSlide { index, by } => {
                let talk = &mut self.prepare.talk;
                let target = index.checked_add_signed(by as isize);
                if let Some(target) = target.filter(|t| *t < talk.len())
                    && index < talk.len()
                {
                    talk.swap(index, target);
                }
            }
            Command::DropTalkSlide(index) if index < self.prepare.talk.len() => {
                self.prepare.talk.remove(index);
            }
            Command::ResetTalk => self.prepare.talk = self.prepare.suggested().to_vec(),
            Command::PresentPrepared | Command::ExportPrepared => {
                let Some(posting) = self.prepare.posting() else {
                    return;
                };
                let (name, text) = (self.prepare.name.clone(), self.prepare.text.clone());
                self.settings.remember_posting(&name, &text);
                self.talk_options.posting = Some(posting);
                self.talk_options.track = None;
                self.talk_options.tags.clear();
                if command == Command::PresentPrepared {
                    self.prepare.open = false;
                    // A talk for a posting is a new talk.
                    self.start_presenting(ctx, true);
                } else {
                    self.export(ctx, crate::ui::ExportKind::Slides);
                }
            }
            _ => {}
        }
    }

    /// Asks for a posting's file and reads it into the text box.
    fn open_posting(&mut self) {
        if self.window.screenshot.is_some() {
            return;
        }
        let Some(path) = rfd::FileDialog::new()
            .set_title("Open a job posting")
            .add_filter(
                "Text, Markdown or HTML",
                &["txt", "md", "markdown", "html", "htm"],
            )
            .pick_file()
        else {
            return;
        };
        self.load_posting_file(&path);
    }

    /// Reads a posting's file into "Prepare for a job" (the open dialog, a test).
    pub fn load_posting_file(&mut self, path: &std::path::Path) {
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        match std::fs::read(path) {
            Ok(bytes) if bytes.len() <= posting::MAX_BYTES => {
                self.prepare.text = String::from_utf8_lossy(&bytes).into_owned();
                self.prepare.name = name;
                self.prepare.open = true;
            }
            Ok(bytes) => {
                self.prepare.reading = Some(Err(posting::PostingError::TooLong {
                    size: bytes.len().div_ceil(1024),
                }
                .to_string()));
            }
            Err(error) => {
                self.prepare.reading = Some(Err(format!("cannot read {name}: {error}")));
            }
        }
    }
}
