//! folio: a software engineer's portfolio as a native desktop app and a live presentation.
//!
//! Layers, lowest first; each uses only those before it:
//!
//! 1. [`model`]: the serde types, figures parsed into typed quantities; [`palette`] and
//!    [`fonts`]: the colours and fonts every backend draws with; [`write`]: files written
//!    whole or not at all.
//! 2. [`load`]: bytes → text → model, syntax diagnostics, and where each value is; which
//!    file to open ([`load::Source`]).
//! 3. Pure logic: [`metrics`] (changes, factors, verdicts), [`chart`] (a chart's geometry
//!    for every backend), [`document`] (sections and
//!    what they show), [`impact`], [`layout`] (where everything goes, for every output),
//!    [`deck`] (slides), [`images`] (bounded decoding), [`watch`], [`synthetic`]
//!    (generated portfolios for benchmarks), [`audience`] (the public and the private
//!    view of one file, resolved once for every output).
//! 4. [`check`]: semantic checks over the model, answered by the logic above; [`export`]:
//!    the portfolio as a web page or PDF, drawn from the same logic; [`starter`]: the
//!    commented file `folio new` writes; [`import`]: a JSON Resume or a Markdown page
//!    turned into a portfolio, read back by load and check before it is handed out;
//!    [`tailor`]: a job posting's requirements, the portfolio's evidence for each and the
//!    talk that answers them.
//! 5. `ui`: drawing only, each view a `*_ui` function returning commands.
//! 6. [`render`]: the renderer choice, and slides drawn to PNG without the app's window.
//! 7. Front ends: `app` (the window's state and wiring) and [`cli`] (the terminal commands,
//!    which ask the UI's fonts what can be drawn); `main` parses the command line and
//!    prints errors. Neither uses the other.
//!
//! Nothing below `ui` imports egui, and no two modules use each other, nor two files of one
//! module (`tests/it/layers.rs`).

pub mod app;
pub mod audience;
pub mod chart;
pub mod check;
pub mod cli;
pub mod deck;
pub mod document;
pub mod export;
pub mod fonts;
pub mod images;
pub mod impact;
pub mod import;
pub mod layout;
pub mod load;
pub mod metrics;
pub mod model;
pub mod palette;
pub mod render;
pub mod starter;
pub mod synthetic;
pub mod tailor;
pub mod ui;
pub mod watch;
pub mod write;
