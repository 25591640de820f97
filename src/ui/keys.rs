//! Every key folio answers to, in two tables: browsing and presenting. The handlers match
//! keys only through [`pressed`], the `?` overlay draws [`PRESENT`], and tests compare both
//! tables with the key tables of the README and docs/presenting.md, so what a key does, what
//! the overlay says and what the manual says cannot drift apart.

use egui::{InputState, Key, Modifiers};

/// A key and the modifiers it needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chord {
    /// Ctrl, Shift, ... (Ctrl is ⌘ on macOS: [`Modifiers::COMMAND`]).
    pub modifiers: Modifiers,
    /// The key, by its logical meaning (`?` whatever the keyboard layout).
    pub key: Key,
}

const fn plain(key: Key) -> Chord {
    Chord {
        modifiers: Modifiers::NONE,
        key,
    }
}

const fn shift(key: Key) -> Chord {
    Chord {
        modifiers: Modifiers::SHIFT,
        key,
    }
}

const fn command(key: Key) -> Chord {
    Chord {
        modifiers: Modifiers::COMMAND,
        key,
    }
}

/// Ctrl+Shift (⇧⌘): for what must not happen by a slip of one finger.
const fn command_shift(key: Key) -> Chord {
    Chord {
        modifiers: Modifiers {
            shift: true,
            ..Modifiers::COMMAND
        },
        key,
    }
}

/// The keys of the private view, in both tables: two modifiers, since turning it on while
/// a screen is shared must be meant.
const AUDIENCE_KEYS: &[Chord] = &[command_shift(Key::A)];

/// How the manual names [`AUDIENCE_KEYS`].
const AUDIENCE_KEYS_NAME: &str = "Ctrl+Shift+A (⇧⌘A)";

/// What [`AUDIENCE_KEYS`] do.
const AUDIENCE_HELP: &str =
    "private view on or off: the names and figures kept out of what is published (a badge says so)";

/// One row of a key table: in which modes, which keys, what the manual calls them, what they
/// do, and the action the handler receives.
#[derive(Clone, Copy, Debug)]
pub struct Binding<Mode: 'static, Action> {
    /// Where the keys work (the overlay or bar on top decides).
    pub modes: &'static [Mode],
    /// The keys; empty when egui itself handles them (zoom), listed for the manual only.
    pub chords: &'static [Chord],
    /// The keys as the manual and the `?` overlay name them.
    pub keys: &'static str,
    /// What they do.
    pub help: &'static str,
    /// What the handler is told.
    pub action: Action,
}

/// The first binding of `table` active in one of `modes` whose key was pressed this frame;
/// the key press is consumed. Chords with modifiers are tried first, since egui lets a
/// plain chord match a press with Shift held (Shift+F3 must not count as F3). Also returns
/// the key, for bindings that cover several (the digits).
pub fn pressed<Mode: PartialEq + Copy, Action: Copy>(
    input: &mut InputState,
    table: &[Binding<Mode, Action>],
    modes: &[Mode],
) -> Option<(Action, Key)> {
    let active = || {
        table
            .iter()
            .filter(|binding| binding.modes.iter().any(|mode| modes.contains(mode)))
    };
    for with_modifiers in [true, false] {
        for binding in active() {
            for chord in binding.chords {
                if (chord.modifiers != Modifiers::NONE) == with_modifiers
                    && input.consume_key(chord.modifiers, chord.key)
                {
                    return Some((binding.action, chord.key));
                }
            }
        }
    }
    None
}

/// The first key `action` has in the browsing table, as this system names it: "Ctrl+F", or
/// "⌘F" on macOS. Buttons and tooltips show it, so a label cannot name a key the handler
/// does not answer to.
pub fn browse_shortcut(ctx: &egui::Context, action: BrowseAction) -> String {
    BROWSE
        .iter()
        .filter(|binding| binding.action == action)
        .find_map(|binding| binding.chords.first())
        .map(|chord| ctx.format_shortcut(&egui::KeyboardShortcut::new(chord.modifiers, chord.key)))
        .unwrap_or_default()
}

/// The digit a number key stands for.
pub fn digit(key: Key) -> Option<char> {
    DIGITS
        .iter()
        .position(|chord| chord.key == key)
        .and_then(|value| char::from_digit(u32::try_from(value).ok()?, 10))
}

const DIGITS: &[Chord] = &[
    plain(Key::Num0),
    plain(Key::Num1),
    plain(Key::Num2),
    plain(Key::Num3),
    plain(Key::Num4),
    plain(Key::Num5),
    plain(Key::Num6),
    plain(Key::Num7),
    plain(Key::Num8),
    plain(Key::Num9),
];

/// What is in front while browsing, which decides what keys mean.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BrowseMode {
    /// The document (always, unless an image is enlarged).
    Document,
    /// The search bar is open.
    Search,
    /// An image is shown enlarged.
    Enlarged,
}

impl BrowseMode {
    /// How the manual heads this mode's keys.
    pub fn title(self) -> &'static str {
        match self {
            BrowseMode::Document => "reading",
            BrowseMode::Search => "searching",
            BrowseMode::Enlarged => "an image enlarged",
        }
    }
}

/// What a key asks of the document view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BrowseAction {
    /// Scroll by a line (positive: down).
    ScrollLines(i8),
    /// Scroll by a screen (positive: down).
    ScrollPages(i8),
    /// Scroll to the top.
    Top,
    /// Scroll to the bottom.
    Bottom,
    /// Open the search bar.
    Search,
    /// Go to the next (+1) or previous (-1) match.
    SearchStep(i8),
    /// Close the search bar.
    CloseSearch,
    /// Close the enlarged image.
    CloseImage,
    /// Start presenting, or resume the talk left with Esc where it was.
    Present,
    /// Start the talk over, from the section being read.
    PresentAnew,
    /// Read the portfolio file again now.
    Reload,
    /// Export the portfolio.
    Export,
    /// Open another portfolio.
    Open,
    /// The private view on or off.
    Audience,
    /// Zoom, which egui handles itself; listed for the manual.
    Zoom,
}

/// Browsing keys, in the order of the README's table.
pub const BROWSE: &[Binding<BrowseMode, BrowseAction>] = {
    use BrowseAction as A;
    use BrowseMode::{Document, Enlarged, Search};
    &[
        Binding {
            modes: &[Document],
            chords: &[plain(Key::ArrowDown)],
            keys: "↓",
            help: "scroll down a little",
            action: A::ScrollLines(1),
        },
        Binding {
            modes: &[Document],
            chords: &[plain(Key::ArrowUp)],
            keys: "↑",
            help: "scroll up a little",
            action: A::ScrollLines(-1),
        },
        Binding {
            modes: &[Document],
            chords: &[plain(Key::PageDown), plain(Key::Space)],
            keys: "Page Down, Space",
            help: "scroll down a screen",
            action: A::ScrollPages(1),
        },
        Binding {
            modes: &[Document],
            chords: &[plain(Key::PageUp), shift(Key::Space)],
            keys: "Page Up, Shift+Space",
            help: "scroll up a screen",
            action: A::ScrollPages(-1),
        },
        Binding {
            modes: &[Document],
            chords: &[plain(Key::Home)],
            keys: "Home",
            help: "top",
            action: A::Top,
        },
        Binding {
            modes: &[Document],
            chords: &[plain(Key::End)],
            keys: "End",
            help: "bottom",
            action: A::Bottom,
        },
        Binding {
            modes: &[Document, Search],
            chords: &[command(Key::F)],
            keys: "Ctrl+F (⌘F)",
            help: "search all text",
            action: A::Search,
        },
        Binding {
            modes: &[Document],
            chords: &[],
            keys: "Ctrl + / Ctrl − / Ctrl 0",
            help: "zoom in / out / reset (remembered)",
            action: A::Zoom,
        },
        Binding {
            modes: &[Document, Search],
            chords: &[command(Key::E)],
            keys: "Ctrl+E (⌘E)",
            help: "export: a PDF to send, or one web page that works offline",
            action: A::Export,
        },
        Binding {
            modes: &[Document, Search],
            chords: &[command(Key::O)],
            keys: "Ctrl+O (⌘O)",
            help: "open another portfolio (or drop a .ron file on the window)",
            action: A::Open,
        },
        Binding {
            modes: &[Document, Search],
            chords: &[plain(Key::F5)],
            keys: "F5",
            help: "present: slides for a live interview (after Esc, back where the talk was)",
            action: A::Present,
        },
        Binding {
            modes: &[Document, Search],
            chords: &[shift(Key::F5)],
            keys: "Shift+F5",
            help: "present from the section being read, the timer from 0:00",
            action: A::PresentAnew,
        },
        Binding {
            modes: &[Document, Search],
            chords: &[command(Key::R)],
            keys: "Ctrl+R (⌘R)",
            help: "read the portfolio file again (folio also does on every save)",
            action: A::Reload,
        },
        Binding {
            modes: &[Document, Search],
            chords: AUDIENCE_KEYS,
            keys: AUDIENCE_KEYS_NAME,
            help: AUDIENCE_HELP,
            action: A::Audience,
        },
        Binding {
            modes: &[Search],
            chords: &[plain(Key::Enter), plain(Key::F3)],
            keys: "Enter, F3",
            help: "next match",
            action: A::SearchStep(1),
        },
        Binding {
            modes: &[Search],
            chords: &[shift(Key::Enter), shift(Key::F3)],
            keys: "Shift+Enter, Shift+F3",
            help: "previous match",
            action: A::SearchStep(-1),
        },
        Binding {
            modes: &[Search],
            chords: &[plain(Key::Escape)],
            keys: "Esc",
            help: "close the search",
            action: A::CloseSearch,
        },
        Binding {
            modes: &[Enlarged],
            chords: &[plain(Key::Escape)],
            keys: "Esc",
            help: "close the enlarged image",
            action: A::CloseImage,
        },
    ]
};

/// What is in front while presenting, which decides what keys mean.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PresentMode {
    /// The slide, nothing over it.
    Slide,
    /// Digits typed for "a number, then Enter".
    Number,
    /// The slide grid.
    Overview,
    /// The jump palette.
    Palette,
    /// A black or white screen.
    Blank,
    /// The key list.
    Help,
}

impl PresentMode {
    /// How the manual and the key list head this mode's keys.
    pub fn title(self) -> &'static str {
        match self {
            PresentMode::Slide => "on a slide",
            PresentMode::Number => "typing a number",
            PresentMode::Overview => "overview",
            PresentMode::Palette => "jump palette",
            PresentMode::Blank => "black or white screen",
            PresentMode::Help => "key list",
        }
    }
}

/// What a key asks of present mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PresentAction {
    /// The next step or slide.
    Next,
    /// The previous step or slide.
    Previous,
    /// The first slide.
    First,
    /// The last slide.
    Last,
    /// A digit of a slide number.
    Digit,
    /// Go to the typed number.
    GoToNumber,
    /// Delete the last typed digit.
    EraseDigit,
    /// Open the jump palette.
    Palette,
    /// Open the overview.
    Overview,
    /// Black screen.
    Black,
    /// White screen.
    White,
    /// Full screen on or off.
    Fullscreen,
    /// Timer on or off.
    Timer,
    /// Pause the timer, or let it run again.
    PauseTimer,
    /// The timer back to 0:00.
    ResetTimer,
    /// Read the portfolio file again now.
    Reload,
    /// The private view on or off.
    Audience,
    /// Presenter window on or off.
    Presenter,
    /// Show the key list.
    Help,
    /// In a list, select the next entry.
    SelectNext,
    /// In a list, select the previous entry.
    SelectPrevious,
    /// In a list, go to the selected slide.
    Choose,
    /// Close what is in front.
    Close,
    /// Leave present mode.
    Leave,
}

/// Present-mode keys, in the order of docs/presenting.md's table. Those of PowerPoint,
/// Keynote and reveal.js; a clicker sends Page Up / Page Down.
pub const PRESENT: &[Binding<PresentMode, PresentAction>] = {
    use PresentAction as A;
    use PresentMode::{Blank, Help, Number, Overview, Palette, Slide};
    &[
        Binding {
            modes: &[Slide],
            chords: &[
                plain(Key::ArrowRight),
                plain(Key::ArrowDown),
                plain(Key::Space),
                plain(Key::PageDown),
                plain(Key::Enter),
            ],
            keys: "→ ↓ Space Page Down Enter, click",
            help: "next step or slide",
            action: A::Next,
        },
        Binding {
            modes: &[Slide],
            chords: &[
                plain(Key::ArrowLeft),
                plain(Key::ArrowUp),
                plain(Key::PageUp),
                plain(Key::Backspace),
            ],
            keys: "← ↑ Page Up Backspace",
            help: "previous step or slide",
            action: A::Previous,
        },
        Binding {
            modes: &[Slide],
            chords: &[plain(Key::Home)],
            keys: "Home",
            help: "first slide",
            action: A::First,
        },
        Binding {
            modes: &[Slide],
            chords: &[plain(Key::End)],
            keys: "End",
            help: "last slide",
            action: A::Last,
        },
        Binding {
            modes: &[Slide, Number],
            chords: DIGITS,
            keys: "0 to 9",
            help: "type a slide number",
            action: A::Digit,
        },
        Binding {
            modes: &[Slide],
            chords: &[plain(Key::G), command(Key::K)],
            keys: "G or Ctrl+K",
            help: "jump palette: type a title, tag, figure label or word",
            action: A::Palette,
        },
        Binding {
            modes: &[Slide],
            chords: &[plain(Key::O)],
            keys: "O",
            help: "overview of all slides (click one to go there)",
            action: A::Overview,
        },
        Binding {
            modes: &[Slide],
            chords: &[plain(Key::B), plain(Key::Period)],
            keys: "B or .",
            help: "black screen",
            action: A::Black,
        },
        Binding {
            modes: &[Slide],
            chords: &[plain(Key::W)],
            keys: "W",
            help: "white screen",
            action: A::White,
        },
        Binding {
            modes: &[Slide],
            chords: &[plain(Key::F), plain(Key::F11)],
            keys: "F or F11",
            help: "full screen",
            action: A::Fullscreen,
        },
        Binding {
            modes: &[Slide],
            chords: &[plain(Key::T)],
            keys: "T",
            help: "show or hide the timer",
            action: A::Timer,
        },
        Binding {
            modes: &[Slide],
            chords: &[plain(Key::P)],
            keys: "P",
            help: "pause or resume the timer",
            action: A::PauseTimer,
        },
        Binding {
            modes: &[Slide],
            chords: &[shift(Key::R)],
            keys: "Shift+R",
            help: "timer back to 0:00",
            action: A::ResetTimer,
        },
        Binding {
            modes: &[Slide],
            chords: &[plain(Key::S)],
            keys: "S",
            help: "presenter window: notes, next slide, time",
            action: A::Presenter,
        },
        Binding {
            modes: &[Slide],
            chords: &[command(Key::R)],
            keys: "Ctrl+R (⌘R)",
            help: "read the file again",
            action: A::Reload,
        },
        Binding {
            modes: &[Slide],
            chords: AUDIENCE_KEYS,
            keys: AUDIENCE_KEYS_NAME,
            help: AUDIENCE_HELP,
            action: A::Audience,
        },
        Binding {
            modes: &[Slide],
            chords: &[
                shift(Key::Questionmark),
                shift(Key::Slash),
                plain(Key::Questionmark),
            ],
            keys: "?",
            help: "this list of keys",
            action: A::Help,
        },
        Binding {
            modes: &[Slide],
            chords: &[plain(Key::Escape)],
            keys: "Esc",
            help: "back to the document (F5 returns here)",
            action: A::Leave,
        },
        Binding {
            modes: &[Number],
            chords: &[plain(Key::Enter)],
            keys: "Enter",
            help: "go to that slide",
            action: A::GoToNumber,
        },
        Binding {
            modes: &[Number],
            chords: &[plain(Key::Backspace)],
            keys: "Backspace",
            help: "delete the last digit",
            action: A::EraseDigit,
        },
        Binding {
            modes: &[Number],
            chords: &[plain(Key::Escape)],
            keys: "Esc",
            help: "cancel",
            action: A::Close,
        },
        Binding {
            modes: &[Number],
            chords: &[
                plain(Key::ArrowRight),
                plain(Key::ArrowDown),
                plain(Key::Space),
                plain(Key::PageDown),
            ],
            keys: "→ ↓ Space Page Down",
            help: "forget it: next step or slide",
            action: A::Next,
        },
        Binding {
            modes: &[Number],
            chords: &[
                plain(Key::ArrowLeft),
                plain(Key::ArrowUp),
                plain(Key::PageUp),
            ],
            keys: "← ↑ Page Up",
            help: "forget it: previous step or slide",
            action: A::Previous,
        },
        Binding {
            modes: &[Overview],
            chords: &[plain(Key::ArrowRight), plain(Key::ArrowDown)],
            keys: "→ ↓",
            help: "select the next slide",
            action: A::SelectNext,
        },
        Binding {
            modes: &[Overview],
            chords: &[plain(Key::ArrowLeft), plain(Key::ArrowUp)],
            keys: "← ↑",
            help: "select the previous slide",
            action: A::SelectPrevious,
        },
        Binding {
            modes: &[Overview],
            chords: &[plain(Key::Enter)],
            keys: "Enter",
            help: "go to the selected slide",
            action: A::Choose,
        },
        Binding {
            modes: &[Overview],
            chords: &[plain(Key::Escape), plain(Key::O)],
            keys: "Esc or O",
            help: "close the overview",
            action: A::Close,
        },
        Binding {
            modes: &[Palette],
            chords: &[plain(Key::ArrowDown)],
            keys: "↓",
            help: "select the next result",
            action: A::SelectNext,
        },
        Binding {
            modes: &[Palette],
            chords: &[plain(Key::ArrowUp)],
            keys: "↑",
            help: "select the previous result",
            action: A::SelectPrevious,
        },
        Binding {
            modes: &[Palette],
            chords: &[plain(Key::Enter)],
            keys: "Enter",
            help: "go to the selected result",
            action: A::Choose,
        },
        Binding {
            modes: &[Palette],
            chords: &[plain(Key::Escape)],
            keys: "Esc",
            help: "close the palette",
            action: A::Close,
        },
        Binding {
            modes: &[Blank],
            chords: &[
                plain(Key::B),
                plain(Key::Period),
                plain(Key::W),
                plain(Key::Escape),
                plain(Key::Space),
                plain(Key::ArrowRight),
                plain(Key::ArrowLeft),
                plain(Key::ArrowDown),
                plain(Key::ArrowUp),
                plain(Key::PageDown),
                plain(Key::PageUp),
            ],
            keys: "B . W Space Esc → ← ↓ ↑ Page Up Page Down",
            help: "back to the slide",
            action: A::Close,
        },
        Binding {
            modes: &[Help],
            chords: &[
                plain(Key::Escape),
                shift(Key::Questionmark),
                shift(Key::Slash),
                plain(Key::Questionmark),
            ],
            keys: "? or Esc",
            help: "close this list",
            action: A::Close,
        },
    ]
};

/// A key table as the Markdown table the manual shows: `| where | key | what it does |`
/// rows when the table has several modes, else `| key | what it does |`.
pub fn markdown_rows<Mode: Copy + PartialEq, Action>(
    table: &[Binding<Mode, Action>],
    title: impl Fn(Mode) -> Option<&'static str>,
) -> Vec<String> {
    table
        .iter()
        .map(|binding| {
            let keys = binding.keys;
            let help = binding.help;
            match binding.modes.first().and_then(|mode| title(*mode)) {
                Some(mode) => format!("| {mode} | {keys} | {help} |"),
                None => format!("| {keys} | {help} |"),
            }
        })
        .collect()
}

#[cfg(test)]
#[path = "keys_tests.rs"]
mod tests;
