//! folio: a software engineer's portfolio as a native desktop app and a live presentation.
//!
//! Layers, lowest first: [`model`] (serde types) → [`load`] (read, parse, check) →
//! [`metrics`] (pure derivations) → `ui` (drawing) → `app` (wiring). Nothing below the UI
//! imports egui.

pub mod app;
pub mod cli;
pub mod deck;
pub mod document;
pub mod images;
pub mod impact;
pub mod load;
pub mod metrics;
pub mod model;
pub mod synthetic;
pub mod ui;
pub mod watch;
