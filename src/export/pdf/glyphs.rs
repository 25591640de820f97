//! Which text each drawn glyph stands for, so that a PDF's text copies out as written in every
//! extractor, including those that ignore `ActualText` (pypdf, most applicant-tracking systems).
//!
//! A PDF maps each glyph of an embedded font to one text, once for the whole file. Complex
//! scripts break that: a Devanagari i-matra is drawn before its consonant ("प्रि" is the glyphs
//! ि and प्र), and the same matra glyph belongs to "प्रि" here and to "सि" there. krilla then
//! maps the glyph to the first text it saw and wraps later uses in `ActualText`, which only some
//! readers honour; PDF/UA also wants every glyph mapped, so the others copied the whole
//! syllable once per glyph ("इन्फ़ोफ़ोसिसिसि").
//!
//! Instead, a syllable's text is split across its glyphs in drawing order, each glyph a
//! non-empty piece ("प" and "्रि"), so reading the glyphs left to right gives the text; and
//! where a glyph already stands for another piece, it is drawn from another copy of the font,
//! whose glyphs have mappings of their own. A copy is the same font file made distinct to
//! krilla by trailing padding; each copy is subset to the few glyphs it draws.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use krilla::Data;
use krilla::text::Font;

/// A font file in a shaped run: parley's blob id and the face index in it.
pub type FontKey = (u64, u32);

/// One copy of a font file: the font, the one glyph whose advance it changes (if any), and
/// the text each of its glyphs has been given.
struct FontCopy {
    font: Font,
    widened: Option<(u32, u16)>,
    given: HashMap<u32, String>,
}

/// The fonts glyphs are drawn from, and what text each glyph of each copy stands for.
#[derive(Default)]
pub struct GlyphTexts {
    /// Copy 0 is the font itself; copy k is padded with 4·k bytes.
    copies: HashMap<FontKey, Vec<FontCopy>>,
}

impl GlyphTexts {
    /// The copy of the font to draw `glyph` from so that it stands for `text` (and, when
    /// `width` is given, advances by that many font units): the first copy where the glyph
    /// stands for nothing yet or for the same text. `None` if the font cannot be read.
    pub fn copy_for(
        &mut self,
        key: FontKey,
        file: &Data,
        glyph: u32,
        text: &str,
        width: Option<u16>,
    ) -> Option<usize> {
        let copies = self.copies.entry(key).or_default();
        let fits = |copy: &FontCopy| {
            let widened = match (width, copy.widened) {
                (None, None) => true,
                (None, Some((other, _))) => other != glyph,
                (Some(width), widened) => widened == Some((glyph, width)),
            };
            widened && copy.given.get(&glyph).is_none_or(|given| given == text)
        };
        let index = match copies.iter().position(fits) {
            Some(index) => index,
            None => {
                let widened = width.map(|width| (glyph, width));
                let font = copy_of(file, key.1, copies.len(), widened)?;
                copies.push(FontCopy {
                    font,
                    widened,
                    given: HashMap::new(),
                });
                copies.len() - 1
            }
        };
        copies.get_mut(index)?.given.insert(glyph, text.to_owned());
        Some(index)
    }

    /// Copy `copy` of the font, as made by [`GlyphTexts::copy_for`].
    pub fn font(&self, key: FontKey, copy: usize) -> Option<Font> {
        self.copies.get(&key)?.get(copy).map(|c| c.font.clone())
    }
}

/// The font file made distinct to krilla: padding changes the file's length, which is part of
/// krilla's identity for a font, while the tables, found through the file's directory, are
/// untouched; `widened` gives one glyph another advance in `hmtx`. Copy 0 is the file itself,
/// shared, not copied (a CJK collection is tens of megabytes).
fn copy_of(file: &Data, index: u32, copy: usize, widened: Option<(u32, u16)>) -> Option<Font> {
    if copy == 0 && widened.is_none() {
        return Font::new(file.clone(), index);
    }
    let bytes = file.as_ref();
    let mut data = bytes.to_vec();
    data.resize(bytes.len() + 4 * copy, 0);
    if let Some((glyph, width)) = widened {
        let at = advance_offset(bytes, index, glyph)?;
        data.get_mut(at..at + 2)?
            .copy_from_slice(&width.to_be_bytes());
    }
    let data: Arc<dyn AsRef<[u8]> + Send + Sync> = Arc::new(data);
    Font::new(data.into(), index)
}

/// Where in the file `glyph`'s advance is stored, if it has one of its own (glyphs past
/// `numberOfHMetrics` share the last one, and are not widened).
fn advance_offset(bytes: &[u8], index: u32, glyph: u32) -> Option<usize> {
    use skrifa::raw::{TableProvider, types::Tag};
    let font = skrifa::FontRef::from_index(bytes, index).ok()?;
    if glyph >= u32::from(font.hhea().ok()?.number_of_h_metrics()) {
        return None;
    }
    let record = font
        .table_directory()
        .table_records()
        .iter()
        .find(|record| record.tag() == Tag::new(b"hmtx"))?;
    usize::try_from(record.offset())
        .ok()?
        .checked_add(4 * usize::try_from(glyph).ok()?)
}

/// The advance, in font units, that lets a glyph drawn left of the pen (a mark over the
/// letter before it) end where the next glyph starts. Extractors that look for word gaps in
/// how far the pen jumps (pypdf) otherwise read the jump back as a space inside the word
/// ("ข้ อมู ล"). `advance` and `offset` are the shaped glyph's, `font_advance` its own, all
/// in font units; `None` when the glyph needs no other advance.
pub fn widened(advance: f32, offset: f32, font_advance: f32, units_per_em: f32) -> Option<u16> {
    let jump = advance - font_advance - offset;
    if jump <= 0.1 * units_per_em {
        return None;
    }
    let width = (advance - offset).round();
    (0.0..f32::from(u16::MAX))
        .contains(&width)
        .then_some(width as u16)
}

/// Splits a syllable's text (`characters`: each character's byte offset in the line's text and
/// the character) across `glyphs` glyphs in drawing order: one character each, the last glyph
/// the rest. `None` when there are more glyphs than characters (a vowel drawn in two parts),
/// which then share the whole text.
pub fn split(characters: &[(usize, char)], glyphs: usize, end: usize) -> Option<Vec<Range<usize>>> {
    if glyphs == 0 || glyphs > characters.len() {
        return None;
    }
    let mut pieces: Vec<Range<usize>> = characters
        .iter()
        .take(glyphs - 1)
        .map(|(start, c)| *start..start + c.len_utf8())
        .collect();
    let rest = characters.get(glyphs - 1).map(|(start, _)| *start)?;
    pieces.push(rest..end);
    Some(pieces)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn characters(text: &str) -> Vec<(usize, char)> {
        text.char_indices().collect()
    }

    #[test]
    fn a_syllable_reads_back_in_drawing_order() {
        let text = "प्रि";
        let pieces = split(&characters(text), 2, text.len()).unwrap();
        let read: Vec<&str> = pieces.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(read, ["प", "्रि"]);
        assert_eq!(read.concat(), text);
        assert!(split(&characters("को"), 3, "को".len()).is_none());
    }

    #[test]
    fn a_glyph_with_another_text_or_advance_is_drawn_from_another_copy() {
        let bytes: Arc<dyn AsRef<[u8]> + Send + Sync> = Arc::new(crate::fonts::NOTO_NASKH_ARABIC);
        let (key, bytes) = ((1, 0), Data::from(bytes));
        let mut texts = GlyphTexts::default();
        assert_eq!(texts.copy_for(key, &bytes, 5, "a", None), Some(0));
        assert_eq!(texts.copy_for(key, &bytes, 5, "a", None), Some(0));
        assert_eq!(texts.copy_for(key, &bytes, 6, "b", None), Some(0));
        assert_eq!(texts.copy_for(key, &bytes, 5, "ab", None), Some(1));
        assert_eq!(texts.copy_for(key, &bytes, 5, "a", Some(300)), Some(2));
        assert_eq!(texts.copy_for(key, &bytes, 5, "a", Some(300)), Some(2));
        // Another glyph needs no other advance: any copy that has not widened it will do.
        assert_eq!(texts.copy_for(key, &bytes, 7, "c", None), Some(0));
        let fonts: Vec<Font> = (0..3).filter_map(|copy| texts.font(key, copy)).collect();
        assert_eq!(fonts.len(), 3);
        assert!(
            fonts[0] != fonts[1] && fonts[1] != fonts[2],
            "krilla must see three fonts"
        );
    }

    #[test]
    fn a_mark_drawn_left_of_the_pen_gets_the_advance_that_ends_at_the_next_glyph() {
        // A mark with no advance drawn 331 units left: it advances 331, and the pen ends where
        // it would have.
        assert_eq!(widened(0.0, -331.0, 0.0, 1000.0), Some(331));
        // Kerning and marks drawn where they stand need nothing.
        assert_eq!(widened(480.0, 0.0, 500.0, 1000.0), None);
        assert_eq!(widened(0.0, -20.0, 0.0, 1000.0), None);
    }
}
