//! folio's colours, light and dark, as plain sRGB values: the app's theme, the PDF and the
//! web page all take them from here, so an export looks like the app.

use crate::model::Rgb;

/// The accent when the portfolio names none.
pub const DEFAULT_ACCENT: Rgb = Rgb(0x2f, 0x6f, 0xde);

/// Colours for one theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Colours {
    /// Window or page background.
    pub background: Rgb,
    /// Cards and panels.
    pub surface: Rgb,
    /// Chips, tracks, the table of contents.
    pub surface_alt: Rgb,
    /// Card borders and rules.
    pub border: Rgb,
    /// Running text.
    pub text: Rgb,
    /// Secondary text: dates, captions.
    pub muted: Rgb,
    /// Headings.
    pub strong: Rgb,
    /// The portfolio's accent.
    pub accent: Rgb,
    /// A faint accent for fills.
    pub accent_soft: Rgb,
    /// Text on an accent fill.
    pub on_accent: Rgb,
    /// Improvements.
    pub good: Rgb,
    /// Fill behind improvement badges.
    pub good_soft: Rgb,
    /// Regressions.
    pub bad: Rgb,
    /// Fill behind regression badges.
    pub bad_soft: Rgb,
    /// Claims that disagree, warnings.
    pub warn: Rgb,
    /// The "before" bar.
    pub before_bar: Rgb,
    /// Search matches.
    pub highlight: Rgb,
    /// The current search match.
    pub highlight_current: Rgb,
}

const fn hex(value: u32) -> Rgb {
    let [_, r, g, b] = value.to_be_bytes();
    Rgb(r, g, b)
}

const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);
const BLACK: Rgb = Rgb(0, 0, 0);

/// WCAG 2 relative luminance of an sRGB colour, 0 (black) to 1 (white).
pub fn luminance(colour: Rgb) -> f64 {
    let linear = |channel: u8| {
        let c = f64::from(channel) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(colour.0) + 0.7152 * linear(colour.1) + 0.0722 * linear(colour.2)
}

/// WCAG 2 contrast ratio of two colours, 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// WCAG AA for body text.
pub const AA_TEXT: f64 = 4.5;

/// `colour` as text that reads on every one of `backgrounds` with at least `ratio` of
/// contrast: the same hue, darkened on light backgrounds or lightened on dark ones as far as
/// needed, and no further. An author's accent of #5aa0ff stays theirs in a rule or a bar and
/// becomes a deeper blue where it is a link.
pub fn readable(colour: Rgb, backgrounds: &[Rgb], ratio: f64) -> Rgb {
    let dark_backgrounds = backgrounds.iter().map(|b| luminance(*b)).sum::<f64>()
        < 0.5 * backgrounds.len() as f64 * 0.18;
    let toward = if dark_backgrounds { WHITE } else { BLACK };
    (0..=50)
        .map(|step| mix(colour, toward, step as f32 / 50.0))
        .find(|c| backgrounds.iter().all(|b| contrast(*c, *b) >= ratio))
        .unwrap_or(toward)
}

/// `a` moved a fraction `t` of the way to `b`.
pub fn mix(a: Rgb, b: Rgb, t: f32) -> Rgb {
    let lerp = |x: u8, y: u8| {
        let value = f32::from(x) + (f32::from(y) - f32::from(x)) * t;
        value.round().clamp(0.0, 255.0) as u8
    };
    Rgb(lerp(a.0, b.0), lerp(a.1, b.1), lerp(a.2, b.2))
}

impl Rgb {
    /// `#2f6fde`, as CSS and SVG write it.
    pub fn css(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// The colours of the dark or the light theme with the portfolio's accent.
pub fn colours(dark: bool, accent: Option<Rgb>) -> Colours {
    let accent = accent.unwrap_or(DEFAULT_ACCENT);
    if dark {
        let background = hex(0x0f1115);
        // A little lighter on dark, so it keeps its contrast.
        let accent = mix(accent, WHITE, 0.25);
        Colours {
            background,
            surface: hex(0x171a21),
            surface_alt: hex(0x1f232c),
            border: hex(0x2b303b),
            text: hex(0xd5d9e2),
            muted: hex(0x98a0b0),
            strong: hex(0xf4f6fa),
            accent,
            accent_soft: mix(background, accent, 0.18),
            on_accent: hex(0x0b0d11),
            good: hex(0x3ecb8c),
            good_soft: hex(0x173528),
            bad: hex(0xf27474),
            bad_soft: hex(0x3d1c1f),
            warn: hex(0xe8b04f),
            before_bar: hex(0x4a5160),
            highlight: hex(0x5c4d12),
            highlight_current: hex(0xb7791f),
        }
    } else {
        Colours {
            background: hex(0xf5f6f8),
            surface: WHITE,
            surface_alt: hex(0xeef0f4),
            border: hex(0xe0e4ea),
            text: hex(0x2a303c),
            muted: hex(0x626b7a),
            strong: hex(0x0f131a),
            accent,
            accent_soft: mix(WHITE, accent, 0.10),
            on_accent: WHITE,
            good: hex(0x168a55),
            good_soft: hex(0xe3f4ec),
            bad: hex(0xc43a3a),
            bad_soft: hex(0xfbe7e7),
            warn: hex(0xa86a12),
            before_bar: hex(0xc3c9d3),
            highlight: hex(0xffe68a),
            highlight_current: hex(0xffb347),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_readable_shade_keeps_the_hue_and_reaches_aa_on_every_ground() {
        // An author's light blue: 2.6:1 on white, too faint for a link.
        let sky = Rgb(0x5a, 0xa0, 0xff);
        let grounds = [WHITE, hex(0xf5f6f8), hex(0xeef0f4)];
        assert!(contrast(sky, WHITE) < AA_TEXT);
        let shade = readable(sky, &grounds, AA_TEXT);
        assert!(
            grounds.iter().all(|g| contrast(shade, *g) >= AA_TEXT),
            "{shade:?}"
        );
        // Still blue: darker, not grey.
        assert!(shade.2 > shade.0 && shade.2 > shade.1, "{shade:?}");
        // On dark grounds it lightens instead.
        let navy = Rgb(0x1a, 0x2b, 0x6d);
        let dark = [hex(0x0f1115), hex(0x171a21)];
        let light = readable(navy, &dark, AA_TEXT);
        assert!(dark.iter().all(|g| contrast(light, *g) >= AA_TEXT));
        assert!(luminance(light) > luminance(navy));
        // A colour that already reads is left alone.
        assert_eq!(readable(hex(0x2a303c), &grounds, AA_TEXT), hex(0x2a303c));
        assert!((contrast(WHITE, BLACK) - 21.0).abs() < 0.01);
    }
}
