//! Font dictionaries mended before pdf-extract reads them, where what it reads differs from
//! what the PDF specification says (PDF 32000-1 9.6 and 9.7): a glyph placed by a wrong width
//! shuffles or splits the words of its line, and an encoding it cannot map stops the page.

use pdf_extract::{Document, Object};

/// A number object's value.
fn number(object: &Object) -> Option<f64> {
    match object {
        Object::Integer(i) => Some(*i as f64),
        Object::Real(r) => Some(f64::from(*r)),
        _ => None,
    }
}

/// Icon fonts' encodings are dropped before reading: their glyph names map to no character,
/// and pdf-extract stops on some of them; an icon is no text a résumé needs.
pub fn without_icon_encodings(doc: &mut Document) {
    for object in doc.objects.values_mut() {
        if let Ok(dict) = object.as_dict_mut() {
            let icon = dict
                .get(b"BaseFont")
                .ok()
                .and_then(|name| name.as_name().ok())
                .is_some_and(|name| {
                    let name = String::from_utf8_lossy(name).to_lowercase();
                    name.contains("awesome") || name.contains("icon")
                });
            if icon {
                dict.remove(b"Encoding");
            }
        }
    }
}

/// Type 3 fonts' widths rescaled to thousandths of an em, the unit pdf-extract reads every
/// font's widths in: a Type 3 font states its own unit in its FontMatrix (PDF 32000-1 9.6.5;
/// PDF24 writes widths in ems), and read in the wrong unit every glyph is placed a thousandth
/// of its width along, so a line's words come out shuffled.
pub fn type3_widths_in_thousandths(doc: &mut Document) {
    // Each Type 3 font's widths (in place, or the object they are in) and the factor.
    let mut by_reference = Vec::new();
    for object in doc.objects.values_mut() {
        let Ok(dict) = object.as_dict_mut() else {
            continue;
        };
        let type3 = dict
            .get(b"Subtype")
            .ok()
            .and_then(|s| s.as_name().ok())
            .is_some_and(|s| s == b"Type3");
        let unit = dict
            .get(b"FontMatrix")
            .ok()
            .and_then(|m| m.as_array().ok())
            .and_then(|m| m.first())
            .and_then(number);
        let Some(factor) = unit
            .map(|u| u * 1000.0)
            .filter(|f| type3 && f.is_finite() && *f > 0.0 && (f - 1.0).abs() > 1e-6)
        else {
            continue;
        };
        match dict.get_mut(b"Widths") {
            Ok(Object::Array(widths)) => scale(widths, factor),
            Ok(Object::Reference(id)) => by_reference.push((*id, factor)),
            _ => {}
        }
    }
    for (id, factor) in by_reference {
        if let Some(Object::Array(widths)) = doc.objects.get_mut(&id) {
            scale(widths, factor);
        }
    }
}

/// Each number of `widths` times `factor`.
fn scale(widths: &mut [Object], factor: f64) {
    for width in widths {
        if let Some(value) = number(width) {
            *width = Object::Real((value * factor) as f32);
        }
    }
}

/// CID fonts' width ranges (`first last width`) rewritten as lists (`first [width …]`):
/// pdf-extract reads only the list form right and gives a range's glyphs the default width
/// (often a whole em), so every such glyph is followed by a gap read as a space ("a nd",
/// "e nthusiast").
pub fn cid_width_ranges_listed(doc: &mut Document) {
    let mut by_reference = Vec::new();
    for object in doc.objects.values_mut() {
        let Ok(dict) = object.as_dict_mut() else {
            continue;
        };
        let cid = dict
            .get(b"Subtype")
            .ok()
            .and_then(|s| s.as_name().ok())
            .is_some_and(|s| s == b"CIDFontType0" || s == b"CIDFontType2");
        if !cid {
            continue;
        }
        match dict.get_mut(b"W") {
            Ok(Object::Array(widths)) => *widths = listed(widths),
            Ok(Object::Reference(id)) => by_reference.push(*id),
            _ => {}
        }
    }
    for id in by_reference {
        if let Some(Object::Array(widths)) = doc.objects.get_mut(&id) {
            *widths = listed(widths);
        }
    }
}

/// A W array with its ranges written as lists; one it cannot read is left as it was.
fn listed(widths: &[Object]) -> Vec<Object> {
    // A font has at most 65,536 glyphs: a wider range is a broken file, not a font.
    const MOST_GLYPHS: i64 = 65_536;
    let mut out = Vec::with_capacity(widths.len());
    let mut rest = widths;
    loop {
        match rest {
            [] => return out,
            [first @ Object::Integer(_), Object::Array(list), tail @ ..] => {
                out.push(first.clone());
                out.push(Object::Array(list.clone()));
                rest = tail;
            }
            [Object::Integer(first), Object::Integer(last), width, tail @ ..]
                if number(width).is_some() && (0..MOST_GLYPHS).contains(&(last - first)) =>
            {
                out.push(Object::Integer(*first));
                let count = usize::try_from(last - first + 1).unwrap_or(0);
                out.push(Object::Array(vec![width.clone(); count]));
                rest = tail;
            }
            _ => return widths.to_vec(),
        }
    }
}
