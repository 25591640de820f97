//! Accents a PDF draws as glyphs of their own: TeX's `\accent` (and fonts without the
//! composed letter) set "¨" over "o" as two glyphs, and reading them in x order gives
//! "H¨ochst" or "Perso¨nlich", depending on which was placed a hair to the left. The accent
//! belongs to the letter it is drawn over, told by position rather than by spelling.

use unicode_normalization::UnicodeNormalization;

/// The combining mark a spacing accent stands for, if `text` is one.
fn combining(text: &str) -> Option<char> {
    let mut chars = text.chars();
    let accent = chars.next()?;
    if chars.next().is_some() {
        return None;
    }
    Some(match accent {
        '¨' => '\u{308}',
        '´' => '\u{301}',
        '`' => '\u{300}',
        'ˆ' | '^' => '\u{302}',
        '˜' => '\u{303}',
        'ˇ' => '\u{30C}',
        '˘' => '\u{306}',
        '˚' => '\u{30A}',
        '¸' => '\u{327}',
        '˛' => '\u{328}',
        '˙' => '\u{307}',
        '˝' => '\u{30B}',
        '¯' => '\u{304}',
        _ => return None,
    })
}

/// `letter` with `mark` as one character, if Unicode has it composed.
fn composed(letter: &str, mark: char) -> Option<String> {
    let mut chars = letter.chars();
    let base = chars.next()?;
    if chars.next().is_some() || !base.is_alphabetic() {
        return None;
    }
    // TeX accents a dotless i or j (`\'{\i}`): the accented letter has no dot of its own.
    let base = match base {
        'ı' => 'i',
        'ȷ' => 'j',
        other => other,
    };
    let mut out = [base, mark].into_iter().nfc();
    let one = out.next()?;
    out.next().is_none().then(|| one.to_string())
}

/// The glyphs of one line, in x order, with each spacing accent drawn over a neighbouring
/// letter merged into it. `span` gives a glyph's left and right edges, `text` its text.
pub(super) fn onto_their_letters<G>(
    glyphs: Vec<G>,
    span: impl Fn(&G) -> (f64, f64),
    text: impl Fn(&mut G) -> &mut String,
) -> Vec<G> {
    let mut out: Vec<G> = Vec::with_capacity(glyphs.len());
    let mut glyphs = glyphs.into_iter().peekable();
    while let Some(mut glyph) = glyphs.next() {
        let Some(mark) = combining(text(&mut glyph)) else {
            out.push(glyph);
            continue;
        };
        let (left, right) = span(&glyph);
        let centre = (left + right) / 2.0;
        // How far the accent's centre lies from a letter's box: 0 inside it.
        let off = |g: &G| {
            let (l, r) = span(g);
            if centre < l {
                l - centre
            } else if centre > r {
                centre - r
            } else {
                0.0
            }
        };
        // Drawn over the letter: its centre inside the letter's box, give or take a
        // hair. A ligature mis-read as an accent ("di˙erent") stands beside its letters.
        let slack = 0.2 * (right - left);
        let before = out
            .last_mut()
            .filter(|g| off(g) <= slack)
            .map(|g| (off(g), g));
        let after = glyphs
            .peek_mut()
            .filter(|g| off(g) <= slack)
            .map(|g| (off(g), g));
        // The nearer letter that takes the accent; the one after on a tie, as TeX sets
        // the accent before its letter.
        let mut choices: Vec<(f64, &mut G)> = after.into_iter().chain(before).collect();
        choices.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut merged = false;
        for (_, letter) in choices {
            let slot = text(letter);
            if let Some(with_accent) = composed(slot, mark) {
                *slot = with_accent;
                merged = true;
                break;
            }
        }
        if !merged {
            out.push(glyph);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::onto_their_letters;

    fn read(glyphs: &[(f64, f64, &str)]) -> String {
        let owned: Vec<(f64, f64, String)> = glyphs
            .iter()
            .map(|(l, r, t)| (*l, *r, (*t).to_owned()))
            .collect();
        onto_their_letters(owned, |g| (g.0, g.1), |g| &mut g.2)
            .into_iter()
            .map(|g| g.2)
            .collect()
    }

    #[test]
    fn an_accent_joins_the_letter_it_is_drawn_over_on_either_side() {
        // "H¨ochst": the diaeresis a hair left of the o it sits over.
        assert_eq!(
            read(&[
                (0.0, 7.0, "H"),
                (7.4, 12.0, "¨"),
                (7.5, 12.5, "o"),
                (12.5, 17.0, "c")
            ]),
            "Höc"
        );
        // "Perso¨nlich": a hair right of it.
        assert_eq!(
            read(&[
                (0.0, 5.0, "s"),
                (5.0, 10.0, "o"),
                (5.3, 9.8, "¨"),
                (10.0, 15.0, "n")
            ]),
            "sön"
        );
        // "Mar´ın": an acute over a dotless i.
        assert_eq!(
            read(&[
                (0.0, 5.0, "r"),
                (5.2, 7.8, "´"),
                (5.0, 8.0, "ı"),
                (8.0, 13.0, "n")
            ]),
            "rín"
        );
        // "Ko¸c": the cedilla under the c.
        assert_eq!(
            read(&[
                (0.0, 7.0, "K"),
                (7.0, 12.0, "o"),
                (12.2, 16.0, "¸"),
                (12.0, 16.5, "c")
            ]),
            "Koç"
        );
    }

    #[test]
    fn an_accent_over_no_letter_stays_as_it_is() {
        // A diaeresis standing apart ("a ¨ b"), or over a letter Unicode has no
        // composition for, is text of its own.
        assert_eq!(
            read(&[(0.0, 5.0, "a"), (20.0, 25.0, "¨"), (40.0, 45.0, "b")]),
            "a¨b"
        );
        assert_eq!(read(&[(0.0, 5.0, "q"), (0.5, 4.5, "¸")]), "q¸");
    }
}
