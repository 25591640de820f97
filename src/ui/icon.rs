//! The app icon, drawn once here and nowhere else: a rounded accent square with three rising
//! bars, the shape of a before/after chart. The window icon, the welcome screen, and every
//! file the packages need (`folio icons DIR`: PNGs from 16 to 1024 px, an SVG, a Windows
//! `.ico`) are rendered from this geometry.

/// The design grid the geometry is written in: a square of this many units.
const GRID: f32 = 64.0;
/// Corner radius of the square, in grid units.
const RADIUS: f32 = 14.0;
/// The bars: left edge and top, in grid units; each is `BAR_WIDTH` wide and ends at
/// `BAR_BOTTOM`.
const BARS: [(f32, f32); 3] = [(16.0, 38.0), (28.0, 28.0), (40.0, 16.0)];
const BAR_WIDTH: f32 = 9.0;
const BAR_BOTTOM: f32 = 50.0;
/// The square's colour: folio's default accent.
const ACCENT: [u8; 3] = {
    let crate::model::Rgb(r, g, b) = crate::palette::DEFAULT_ACCENT;
    [r, g, b]
};
const BAR_COLOUR: [u8; 3] = [0xff, 0xff, 0xff];

/// The icon at `size` × `size` pixels as RGBA, anti-aliased by coverage sampling.
pub fn rgba(size: u32) -> Vec<u8> {
    const SAMPLES: u32 = 4;
    let scale = GRID / size as f32;
    let mut pixels = Vec::with_capacity((size * size * 4) as usize);
    for y in 0..size {
        for x in 0..size {
            let (mut square, mut bar) = (0u32, 0u32);
            for sy in 0..SAMPLES {
                for sx in 0..SAMPLES {
                    let gx = (x as f32 + (sx as f32 + 0.5) / SAMPLES as f32) * scale;
                    let gy = (y as f32 + (sy as f32 + 0.5) / SAMPLES as f32) * scale;
                    if in_square(gx, gy) {
                        square += 1;
                        if in_bar(gx, gy) {
                            bar += 1;
                        }
                    }
                }
            }
            let total = (SAMPLES * SAMPLES) as f32;
            let coverage = square as f32 / total;
            // Within the square, the share of bar decides the mix of white and accent.
            let mix = if square == 0 {
                0.0
            } else {
                bar as f32 / square as f32
            };
            let channel = |i: usize| {
                let accent = f32::from(ACCENT.get(i).copied().unwrap_or(0));
                let white = f32::from(BAR_COLOUR.get(i).copied().unwrap_or(0));
                (accent + (white - accent) * mix).round() as u8
            };
            pixels.extend_from_slice(&[
                channel(0),
                channel(1),
                channel(2),
                (coverage * 255.0).round() as u8,
            ]);
        }
    }
    pixels
}

fn in_square(x: f32, y: f32) -> bool {
    let dx = (RADIUS - x).max(x - (GRID - RADIUS)).max(0.0);
    let dy = (RADIUS - y).max(y - (GRID - RADIUS)).max(0.0);
    (0.0..=GRID).contains(&x) && (0.0..=GRID).contains(&y) && dx * dx + dy * dy <= RADIUS * RADIUS
}

fn in_bar(x: f32, y: f32) -> bool {
    BARS.iter()
        .any(|(left, top)| x >= *left && x < left + BAR_WIDTH && y >= *top && y < BAR_BOTTOM)
}

/// The icon as an SVG document, for packages that scale it themselves (Linux's hicolor
/// `scalable` size).
pub fn svg() -> String {
    let hex = |c: [u8; 3]| format!("#{:02x}{:02x}{:02x}", c[0], c[1], c[2]);
    let bars: String = BARS
        .iter()
        .map(|(left, top)| {
            format!(
                r#"<rect x="{left}" y="{top}" width="{BAR_WIDTH}" height="{}" fill="{}"/>"#,
                BAR_BOTTOM - top,
                hex(BAR_COLOUR)
            )
        })
        .collect();
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {GRID} {GRID}" width="{GRID}" height="{GRID}"><rect width="{GRID}" height="{GRID}" rx="{RADIUS}" fill="{}"/>{bars}</svg>
"#,
        hex(ACCENT)
    )
}

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
    use super::*;

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
}
