//! The app icon's art, drawn once here: a rounded accent square with three rising bars, the
//! shape of a before/after chart. Plain Rust with no dependencies, so the build script can
//! include it too (the Windows `.ico` in folio.exe); `ui::icon` draws it with egui, and
//! `folio icons DIR` writes every file the packages need from it.

/// The design grid the geometry is written in: a square of this many units.
pub const GRID: f32 = 64.0;
/// Corner radius of the square, in grid units.
pub const RADIUS: f32 = 14.0;
/// The bars: left edge and top, in grid units; each is [`BAR_WIDTH`] wide and ends at
/// [`BAR_BOTTOM`].
pub const BARS: [(f32, f32); 3] = [(16.0, 38.0), (28.0, 28.0), (40.0, 16.0)];
/// Width of a bar, in grid units.
pub const BAR_WIDTH: f32 = 9.0;
/// Where the bars end, in grid units.
pub const BAR_BOTTOM: f32 = 50.0;
/// The square's colour: folio's default accent (`palette::DEFAULT_ACCENT`, which a test
/// keeps equal).
pub const ACCENT: [u8; 3] = [0x2f, 0x6f, 0xde];
/// The bars' colour.
pub const BAR_COLOUR: [u8; 3] = [0xff, 0xff, 0xff];
/// The sizes a Windows `.ico` holds: the small ones for lists and the title bar, 256 for
/// Explorer's large icons.
pub const ICO_SIZES: [u32; 6] = [16, 24, 32, 48, 64, 256];

/// The icon at `size` × `size` pixels as RGBA (not premultiplied), anti-aliased by
/// coverage sampling.
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
            let coverage = square as f32 / (SAMPLES * SAMPLES) as f32;
            // Within the square, the share of bar decides the mix of white and accent.
            let mix = if square == 0 {
                0.0
            } else {
                bar as f32 / square as f32
            };
            let channel = |accent: u8, white: u8| {
                let (accent, white) = (f32::from(accent), f32::from(white));
                (accent + (white - accent) * mix).round() as u8
            };
            pixels.extend_from_slice(&[
                channel(ACCENT[0], BAR_COLOUR[0]),
                channel(ACCENT[1], BAR_COLOUR[1]),
                channel(ACCENT[2], BAR_COLOUR[2]),
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

/// A Windows icon file with every size of [`ICO_SIZES`], each a 32-bit bitmap with alpha
/// (the format every Windows version reads; no image codec needed).
pub fn ico() -> Vec<u8> {
    const HEADER: usize = 6;
    const ENTRY: usize = 16;
    let images: Vec<Vec<u8>> = ICO_SIZES.iter().map(|&size| ico_bitmap(size)).collect();
    let mut file = Vec::new();
    file.extend_from_slice(&[0, 0, 1, 0]);
    file.extend_from_slice(&(ICO_SIZES.len() as u16).to_le_bytes());
    let mut offset = HEADER + ENTRY * ICO_SIZES.len();
    for (size, image) in ICO_SIZES.iter().zip(&images) {
        // 256 is written as 0 in the one-byte fields.
        let side = if *size >= 256 { 0 } else { *size as u8 };
        file.extend_from_slice(&[side, side, 0, 0]);
        file.extend_from_slice(&1u16.to_le_bytes());
        file.extend_from_slice(&32u16.to_le_bytes());
        file.extend_from_slice(&(image.len() as u32).to_le_bytes());
        file.extend_from_slice(&(offset as u32).to_le_bytes());
        offset += image.len();
    }
    for image in images {
        file.extend(image);
    }
    file
}

/// One `.ico` entry: a BITMAPINFOHEADER (height doubled, as icons want), BGRA rows from
/// the bottom up, then an all-zero AND mask (the alpha channel decides transparency).
fn ico_bitmap(size: u32) -> Vec<u8> {
    let pixels = rgba(size);
    let row = size as usize * 4;
    let mask_row = (size as usize).div_ceil(32) * 4;
    let mut bitmap = Vec::with_capacity(40 + row * size as usize + mask_row * size as usize);
    bitmap.extend_from_slice(&40u32.to_le_bytes());
    bitmap.extend_from_slice(&(size as i32).to_le_bytes());
    bitmap.extend_from_slice(&(2 * size as i32).to_le_bytes());
    bitmap.extend_from_slice(&1u16.to_le_bytes());
    bitmap.extend_from_slice(&32u16.to_le_bytes());
    bitmap.extend_from_slice(&0u32.to_le_bytes());
    bitmap.extend_from_slice(&((row + mask_row) as u32 * size).to_le_bytes());
    bitmap.extend_from_slice(&[0; 16]);
    for line in pixels.chunks_exact(row).rev() {
        for pixel in line.chunks_exact(4) {
            if let [r, g, b, a] = pixel {
                bitmap.extend_from_slice(&[*b, *g, *r, *a]);
            }
        }
    }
    bitmap.resize(bitmap.len() + mask_row * size as usize, 0);
    bitmap
}
