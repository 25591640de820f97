//! Problems that are not the portfolio's, shown in the Problems panel beside its diagnostics:
//! none of them stops the app, and none may pass in silence.

use std::fmt;

use crate::deck::SelectionError;
use crate::watch::WatchError;

use crate::render::RendererChoice;

/// Something the user should know that is not a mistake in their file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The remembered settings could not be read and were reset.
    SettingsReset(String),
    /// Changes on disk may go unnoticed.
    Watch(WatchError),
    /// The talk's track or tags do not select anything.
    Selection(SelectionError),
    /// The preferred renderer failed and another drew the window.
    RendererFallback {
        /// The renderer that failed.
        failed: RendererChoice,
        /// Why.
        reason: String,
    },
    /// Characters of the portfolio that neither folio's fonts nor the system's can draw.
    MissingGlyphs(Vec<char>),
    /// An export was written.
    Exported(std::path::PathBuf),
    /// An export failed; nothing was written.
    ExportFailed(String),
    /// Recent files that no longer exist, dropped from the list.
    RecentMissing(Vec<std::path::PathBuf>),
    /// A file could not be opened; what was on screen stays.
    OpenFailed {
        /// The file.
        path: std::path::PathBuf,
        /// Why.
        reason: String,
    },
    /// A new portfolio was written and opened.
    Created {
        /// The new file.
        path: std::path::PathBuf,
        /// Whether an editor was started on it.
        in_editor: bool,
    },
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Notice::SettingsReset(reason) => write!(
                f,
                "The saved settings could not be read ({reason}) and were reset to the defaults."
            ),
            Notice::Watch(error) => {
                write!(
                    f,
                    "{error}. folio will not reload by itself; reopen the file to see changes."
                )
            }
            Notice::Selection(error) => write!(f, "Cannot present: {error}."),
            Notice::RendererFallback { failed, reason } => write!(
                f,
                "The {} renderer could not start ({reason}); falling back to wgpu.",
                failed.name()
            ),
            Notice::MissingGlyphs(missing) => glyphs(f, missing),
            Notice::Exported(path) => write!(f, "Saved {}", path.display()),
            Notice::ExportFailed(error) => write!(f, "The export failed: {error}"),
            Notice::RecentMissing(paths) => {
                let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
                write!(
                    f,
                    "No longer found, so removed from the recent files: {}",
                    names.join(", ")
                )
            }
            Notice::OpenFailed { path, reason } => {
                write!(f, "Cannot open {}: {reason}", path.display())
            }
            Notice::Created { path, in_editor } => {
                write!(f, "Created {}", path.display())?;
                if *in_editor {
                    write!(f, " and opened it in your editor: folio shows every save")
                } else {
                    write!(f, "; open it in a text editor, and folio shows every save")
                }
            }
        }
    }
}

/// Characters are named by code point: the panel could not draw them either.
fn glyphs(f: &mut fmt::Formatter<'_>, missing: &[char]) -> fmt::Result {
    const SHOWN: usize = 8;
    let mut examples: Vec<String> = missing
        .iter()
        .take(SHOWN)
        .map(|c| format!("U+{:04X}", u32::from(*c)))
        .collect();
    if missing.len() > SHOWN {
        examples.push("…".to_owned());
    }
    let count = missing.len();
    let characters = if count == 1 {
        "character"
    } else {
        "characters"
    };
    let mut fonts: Vec<String> = Vec::new();
    for c in missing {
        let (font, package) = crate::load::text::font_for(*c);
        let font = format!("{font} (Debian and Ubuntu: {package})");
        if !fonts.contains(&font) {
            fonts.push(font);
        }
    }
    write!(
        f,
        "{count} {characters} of the portfolio show as boxes, since neither folio's fonts nor \
         any font installed on this computer can draw them: {}. Install {} (notofonts.github.io) \
         to make them appear.",
        examples.join(", "),
        fonts.join(" and ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_characters_are_named_by_code_point_and_capped() {
        let one = Notice::MissingGlyphs(vec!['\u{0F40}']).to_string();
        assert!(one.starts_with("1 character of"), "{one}");
        assert!(one.contains("U+0F40"), "{one}");
        let many: Vec<char> = ('\u{0F40}'..='\u{0F4A}').collect();
        let text = Notice::MissingGlyphs(many).to_string();
        assert!(text.contains("11 characters"), "{text}");
        assert!(text.contains("U+0F47, …"), "{text}");
    }
}
