//! Drawing: each view is a small `*_ui(ui, ...)` function over plain data. The UI never
//! changes the app directly; it returns [`Command`]s that the app applies after the frame.

pub mod browse;
pub mod chart;
pub mod chrome;
pub mod fonts;
pub mod icon;
pub mod icon_art;
pub mod image_loader;
pub mod impact;
pub mod keys;
pub mod paint;
pub mod picture;
pub mod prepare;
pub mod present;
pub mod sections;
pub mod text;
pub mod theme;
pub mod toc;
pub mod welcome;

use crate::document::Anchor;

/// Something the user asked for during a frame, applied by the app after drawing.
#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Scroll the document so that this place is at the top.
    ScrollTo(Anchor),
    /// Open a link in the system browser or mail client; only an [`OpenableUrl`] can be.
    OpenUrl(crate::model::OpenableUrl),
    /// Switch between light, dark and the system's choice.
    SetTheme(ThemeChoice),
    /// Show the search bar and focus it.
    OpenSearch,
    /// Hide the search bar.
    CloseSearch,
    /// Go to the next (+1) or previous (-1) search match.
    SearchStep(i32),
    /// Show an image large.
    Enlarge {
        /// The image's `file://` URI.
        uri: String,
        /// Its alternative text, for screen readers.
        alt: String,
    },
    /// Close the enlarged image.
    CloseEnlarged,
    /// Show or hide the full text of a reload error.
    ToggleBanner,
    /// Show or hide the warnings panel.
    ToggleWarnings,
    /// Turn the portfolio into slides (F5), or resume the talk left with Esc.
    StartPresenting,
    /// Start the talk over from the section being read (Shift+F5).
    PresentAnew,
    /// Read the portfolio file again now (Ctrl+R).
    Reload,
    /// Switch between the public and the private view (Ctrl+Shift+A).
    ToggleAudience,
    /// Present only this track next time (`None`: everything).
    SetTrack(Option<String>),
    /// Something for present mode: a key's action, or a click on a slide (advance) or
    /// on the key list or blank screen (close it).
    Present(keys::PresentAction),
    /// Go to the slide at this index (a card of the overview, a result of the palette).
    GoToSlide(usize),
    /// Full screen on or off.
    ToggleFullscreen,
    /// Leave present mode.
    StopPresenting,
    /// Ask where to save an export (the system's save or folder dialog), then write it.
    Export(ExportKind),
    /// Hide the status line.
    DismissStatus,
    /// Ask which portfolio to open (the system's open dialog, Ctrl+O).
    OpenDialog,
    /// Open this portfolio (a recent file, a dropped file, a typed path).
    Open(std::path::PathBuf),
    /// Close the bar where a path is typed when no file dialog opened.
    ClosePathEntry,
    /// Ask for a folder, write a starter portfolio there, open it here and in an editor.
    NewPortfolio,
    /// Leave the welcome screen for the bundled example.
    ShowExample,
    /// Ask for a JSON Resume or Markdown page and where to save the portfolio made from it.
    ImportDialog,
    /// Show or hide "Prepare for a job": a posting, what the portfolio shows of it, a talk.
    TogglePrepare,
    /// Ask for a job posting's file and read it into "Prepare for a job".
    OpenPosting,
    /// Read this remembered posting again (an index into the recent postings).
    UseRecentPosting(usize),
    /// Move a slide of the prepared talk one place up (-1) or down (+1).
    MoveTalkSlide {
        /// Its place in the talk.
        index: usize,
        /// -1 or +1.
        by: i32,
    },
    /// Take a slide out of the prepared talk.
    DropTalkSlide(usize),
    /// Back to the suggested talk.
    ResetTalk,
    /// Present the prepared talk.
    PresentPrepared,
    /// Export the prepared talk as a slides PDF.
    ExportPrepared,
}

/// What the Export menu offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    /// The document, as a PDF or one web page (the file name's extension decides).
    Document,
    /// One 16:9 PDF page per slide, every step shown.
    Slides,
    /// The slides with a page of speaker notes after each.
    Handout,
    /// One PNG per slide in a folder.
    SlideImages,
}

/// The theme the user picked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ThemeChoice {
    /// Follow the operating system.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}
