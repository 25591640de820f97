//! Where everything goes, decided once for every output: text shaped and broken by parley
//! with the fonts the app draws with, placed as plain items ([`items::Item`]) on pages of the
//! document or on the 1280×720 slide canvas. The app (present mode, thumbnails, the
//! presenter window, PNG slides) and the PDF paint these items and decide nothing; what a
//! slide shows, where and in which size is said here.
//!
//! `text` shapes, `flow` fills pages, `sections`, `pieces` and `figures` place the
//! portfolio's parts (`big_figures` and `timeline` as slides show them), `document` lays out the document PDF. A slide's page is built from
//! these parts by the deck (`deck::pages`), which also measures with them what fits.

pub mod big_figures;
pub mod document;
pub mod figures;
pub mod flow;
pub mod items;
pub mod pieces;
pub mod sections;
pub mod text;
pub mod timeline;

/// A colour as sRGB bytes, resolved from [`crate::palette`] for the theme laid out.
pub type Color = (u8, u8, u8);

/// The layout colour of a palette colour.
pub fn color(rgb: crate::model::Rgb) -> Color {
    (rgb.0, rgb.1, rgb.2)
}
