//! folio's integration tests, in one crate so that the egui, wgpu and krilla stack is linked
//! once rather than once per file. Each module is one concern: the views as a person uses
//! them (egui_kittest), the terminal commands as a person runs them, the exports as a reader
//! receives them, and the layering of the source tree.
//!
//! Tests that need a tool or font this crate cannot bring (poppler's `pdftotext`, the Noto
//! fonts for the fixtures' Chinese and Devanagari text) are `#[ignore]`d with the reason, so
//! a plain `cargo test` lists them as ignored instead of passing them unseen; CI installs the
//! tools and runs them with `--include-ignored`, where a missing tool fails.

// Tests fail by panicking; the crate-wide ban on unwrap/expect is for app code.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

mod audience;
mod browse_ui;
mod check_cli;
mod export_html;
mod export_pdf;
mod export_slides;
mod figures_written;
mod fixtures_ui;
mod header;
mod hot_reload;
mod import_bullets;
mod import_cli;
mod import_documents;
mod import_leaves;
mod import_pages;
mod key_docs;
mod layers;
mod mistakes;
mod page_breaks;
mod prepare_ui;
mod present_extras;
mod present_ui;
mod properties;
mod seed_facts;
mod slides_fit;
mod slides_pdf;
mod tailor_cli;
mod welcome_ui;
