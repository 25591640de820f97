//! The app icon, drawn in code so no binary asset is needed: a rounded accent square with
//! three rising bars, the shape of a before/after chart.

/// Side length of the icon in pixels.
const SIZE: u32 = 64;

/// The icon as RGBA pixels.
pub fn app_icon() -> egui::IconData {
    let accent = [0x2f_u8, 0x6f, 0xde];
    let mut rgba = Vec::with_capacity((SIZE * SIZE * 4) as usize);
    let radius = 14.0_f32;
    let size = SIZE as f32;
    let bars: [(f32, f32); 3] = [(16.0, 38.0), (28.0, 28.0), (40.0, 16.0)];
    for y in 0..SIZE {
        for x in 0..SIZE {
            let (px, py) = (x as f32 + 0.5, y as f32 + 0.5);
            // Distance outside the rounded square, for a soft edge.
            let dx = (radius - px).max(px - (size - radius)).max(0.0);
            let dy = (radius - py).max(py - (size - radius)).max(0.0);
            let outside = (dx * dx + dy * dy).sqrt() - radius;
            let alpha = (0.5 - outside).clamp(0.0, 1.0);
            let in_bar = bars
                .iter()
                .any(|(left, top)| px >= *left && px < left + 9.0 && py >= *top && py < 50.0);
            let [r, g, b] = if in_bar { [255, 255, 255] } else { accent };
            rgba.extend_from_slice(&[r, g, b, (alpha * 255.0) as u8]);
        }
    }
    egui::IconData {
        rgba,
        width: SIZE,
        height: SIZE,
    }
}
