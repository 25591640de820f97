//! The app icon as egui draws it: the window icon and the welcome screen's, from the one
//! geometry in [`super::icon_art`].

use super::icon_art::{ACCENT, BAR_BOTTOM, BAR_COLOUR, BAR_WIDTH, BARS, GRID, RADIUS, rgba};

/// The window icon.
pub fn app_icon() -> egui::IconData {
    const WINDOW_ICON: u32 = 128;
    egui::IconData {
        rgba: rgba(WINDOW_ICON),
        width: WINDOW_ICON,
        height: WINDOW_ICON,
    }
}

/// Paints the icon into `rect` (a square), for the welcome screen.
pub fn paint(painter: &egui::Painter, rect: egui::Rect) {
    let unit = rect.width() / GRID;
    let colour = |c: [u8; 3]| egui::Color32::from_rgb(c[0], c[1], c[2]);
    painter.rect_filled(rect, RADIUS * unit, colour(ACCENT));
    for (left, top) in BARS {
        let bar = egui::Rect::from_min_max(
            rect.min + egui::vec2(left, top) * unit,
            rect.min + egui::vec2(left + BAR_WIDTH, BAR_BOTTOM) * unit,
        );
        painter.rect_filled(bar, 0.0, colour(BAR_COLOUR));
    }
}

#[cfg(test)]
mod tests {
    use super::super::icon_art::{ICO_SIZES, ico, svg};
    use super::*;

    #[test]
    fn the_icon_is_the_default_accent() {
        let crate::model::Rgb(r, g, b) = crate::palette::DEFAULT_ACCENT;
        assert_eq!(ACCENT, [r, g, b]);
    }

    #[test]
    fn every_size_has_transparent_corners_an_accent_edge_and_white_bars() {
        for size in [16, 32, 256] {
            let pixels = rgba(size);
            assert_eq!(pixels.len(), (size * size * 4) as usize);
            let at = |x: u32, y: u32| {
                let i = ((y * size + x) * 4) as usize;
                [pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]]
            };
            assert_eq!(
                at(0, 0)[3],
                0,
                "{size}: the corner is outside the rounded square"
            );
            let middle_left = at(size / 16, size / 2);
            assert_eq!(
                middle_left,
                [ACCENT[0], ACCENT[1], ACCENT[2], 255],
                "{size}"
            );
            // Inside the tallest bar.
            let bar = at(size * 44 / 64, size * 40 / 64);
            assert_eq!(bar, [255, 255, 255, 255], "{size}");
        }
    }

    #[test]
    fn the_svg_has_the_same_geometry() {
        let svg = svg();
        assert!(
            svg.starts_with("<svg") && svg.contains(r##"rx="14" fill="#2f6fde""##),
            "{svg}"
        );
        assert_eq!(svg.matches("<rect").count(), 4);
    }

    #[test]
    fn the_ico_lists_every_size_each_a_bitmap_of_the_art() {
        let file = ico();
        let u32_at =
            |i: usize| u32::from_le_bytes([file[i], file[i + 1], file[i + 2], file[i + 3]]);
        assert_eq!(&file[..4], &[0, 0, 1, 0]);
        assert_eq!(usize::from(file[4]), ICO_SIZES.len());
        for (index, size) in ICO_SIZES.iter().enumerate() {
            let entry = 6 + 16 * index;
            let side = if *size == 256 { 0 } else { *size as u8 };
            assert_eq!((file[entry], file[entry + 1]), (side, side));
            let (length, offset) = (u32_at(entry + 8) as usize, u32_at(entry + 12) as usize);
            assert!(offset + length <= file.len());
            // A BITMAPINFOHEADER of this size, 32 bits, twice as high (colour, then mask).
            assert_eq!(u32_at(offset), 40);
            assert_eq!(u32_at(offset + 4), *size);
            assert_eq!(u32_at(offset + 8), 2 * size);
            // The bottom-left pixel is the art's, in BGRA: outside the rounded corner.
            assert_eq!(file[offset + 40 + 3], 0);
        }
    }
}
