//! The fonts folio ships, as bytes: Inter (regular and semibold) for Latin, Greek and
//! Cyrillic, Noto Naskh Arabic for Arabic. The app installs them in egui; the PDF export
//! embeds them. Other scripts come from the system's fonts.

/// Inter Regular.
pub const INTER_REGULAR: &[u8] = include_bytes!("../assets/fonts/Inter-Regular.otf");
/// Inter SemiBold, for headings and names.
pub const INTER_SEMIBOLD: &[u8] = include_bytes!("../assets/fonts/Inter-SemiBold.otf");
/// Noto Naskh Arabic Regular.
pub const NOTO_NASKH_ARABIC: &[u8] = include_bytes!("../assets/fonts/NotoNaskhArabic-Regular.ttf");
