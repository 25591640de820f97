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

/// Whether a font dictionary's Subtype is one of `subtypes`.
fn subtype_is(font: &pdf_extract::Dictionary, subtypes: &[&[u8]]) -> bool {
    font.get(b"Subtype")
        .ok()
        .and_then(|s| s.as_name().ok())
        .is_some_and(|s| subtypes.contains(&s))
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
        let type3 = subtype_is(dict, &[b"Type3"]);
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
        let cid = subtype_is(dict, &[b"CIDFontType0", b"CIDFontType2"]);
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
            [
                Object::Integer(first),
                Object::Integer(last),
                width,
                tail @ ..,
            ] if number(width).is_some() && (0..MOST_GLYPHS).contains(&(last - first)) => {
                out.push(Object::Integer(*first));
                let count = usize::try_from(last - first + 1).unwrap_or(0);
                out.push(Object::Array(vec![width.clone(); count]));
                rest = tail;
            }
            _ => return widths.to_vec(),
        }
    }
}

/// Embedded Type 1 fonts' own encodings written out as Differences: an encoding dictionary
/// without a base encoding starts from the font's built-in one (PDF 32000-1 9.6.6.1), which
/// pdf-extract replaces by PDFDocEncoding, so TeX's ligatures and dashes came out as
/// accents ("In˝nnovation" for "Infinnovation").
pub fn type1_builtin_encodings(doc: &mut Document) {
    let mut mended = Vec::new();
    for (id, object) in &doc.objects {
        let Ok(font) = object.as_dict() else {
            continue;
        };
        if !subtype_is(font, &[b"Type1"]) {
            continue;
        }
        let Some(encoding) = font
            .get(b"Encoding")
            .ok()
            .and_then(|e| resolve(doc, e).as_dict().ok())
        else {
            continue;
        };
        if encoding.has(b"BaseEncoding") {
            continue;
        }
        let written: Vec<Object> = encoding
            .get(b"Differences")
            .ok()
            .and_then(|d| resolve(doc, d).as_array().ok())
            .cloned()
            .unwrap_or_default();
        let Some(builtin) = font
            .get(b"FontDescriptor")
            .ok()
            .and_then(|d| resolve(doc, d).as_dict().ok())
            .and_then(|d| d.get(b"FontFile").ok())
            .and_then(|f| resolve(doc, f).as_stream().ok())
            .map(builtin_encoding)
        else {
            continue;
        };
        let mut named = std::collections::BTreeSet::new();
        let mut code = 0;
        for entry in &written {
            match entry {
                Object::Integer(i) => code = *i,
                Object::Name(_) => {
                    named.insert(code);
                    code += 1;
                }
                _ => {}
            }
        }
        let mut differences = Vec::new();
        for (code, name) in builtin {
            if !named.contains(&code) {
                differences.push(Object::Integer(code));
                differences.push(Object::Name(name));
            }
        }
        if !differences.is_empty() {
            differences.extend(written);
            mended.push((*id, differences));
        }
    }
    for (id, differences) in mended {
        if let Some(Ok(font)) = doc.objects.get_mut(&id).map(Object::as_dict_mut) {
            font.set(
                "Encoding",
                Object::Dictionary(encoding_dictionary(differences)),
            );
        }
    }
}

/// `object`, or the object it refers to.
fn resolve<'a>(doc: &'a Document, object: &'a Object) -> &'a Object {
    match object {
        Object::Reference(id) => doc.objects.get(id).unwrap_or(object),
        _ => object,
    }
}

/// The codes and glyph names a Type 1 font program's clear-text part assigns
/// (`dup 28 /fi put`).
fn builtin_encoding(file: &pdf_extract::Stream) -> Vec<(i64, Vec<u8>)> {
    let content = file
        .decompressed_content()
        .unwrap_or_else(|_| file.content.clone());
    let clear = file
        .dict
        .get(b"Length1")
        .ok()
        .and_then(|n| n.as_i64().ok())
        .and_then(|n| usize::try_from(n).ok())
        .map_or(content.len(), |n| n.min(content.len()));
    let text = String::from_utf8_lossy(content.get(..clear).unwrap_or_default());
    let words: Vec<&str> = text.split_ascii_whitespace().collect();
    words
        .windows(4)
        .filter_map(|w| match w {
            ["dup", code, name, "put"] => {
                let code = code.parse::<i64>().ok().filter(|c| (0..256).contains(c))?;
                let name = name.strip_prefix('/')?;
                (name != ".notdef").then(|| (code, name.as_bytes().to_vec()))
            }
            _ => None,
        })
        .collect()
}

/// Icon fonts (Font Awesome, academicons…) read as private-use characters, which the reader
/// drops: their glyphs otherwise decode through a standard encoding as stray letters ("ó
/// Developed…", "½ Culham").
pub fn icons_as_private_use(doc: &mut Document) {
    let icon_fonts: Vec<(pdf_extract::ObjectId, bool)> = doc
        .objects
        .iter()
        .filter_map(|(id, object)| {
            let font = object.as_dict().ok()?;
            let name = font.get(b"BaseFont").ok()?.as_name().ok()?;
            let name = String::from_utf8_lossy(name).to_lowercase();
            let icon = ["awesome", "icon", "fontello", "octicons"]
                .iter()
                .any(|n| name.contains(n));
            let subtype = font.get(b"Subtype").ok()?.as_name().ok()?;
            (icon && subtype != b"CIDFontType0" && subtype != b"CIDFontType2")
                .then_some((*id, subtype == b"Type0"))
        })
        .collect();
    for (id, two_bytes) in icon_fonts {
        let cmap = if two_bytes {
            "1 begincodespacerange <0000> <FFFF> endcodespacerange \
             1 beginbfrange <0000> <18FF> <E000> endbfrange"
        } else {
            "1 begincodespacerange <00> <FF> endcodespacerange \
             1 beginbfrange <00> <FF> <E000> endbfrange"
        };
        let program = format!(
            "/CIDInit /ProcSet findresource begin 12 dict begin begincmap \
             /CMapName /FolioIcons def {cmap} endcmap CMapName currentdict /CMap defineresource pop end end"
        );
        let stream = pdf_extract::Stream::new(pdf_extract::Dictionary::new(), program.into_bytes());
        let cmap_id = doc.add_object(stream);
        if let Some(Ok(font)) = doc.objects.get_mut(&id).map(Object::as_dict_mut) {
            font.set("ToUnicode", Object::Reference(cmap_id));
            // A simple icon font's glyph names ("envelope_alt") name no character, and
            // pdf-extract stops on a Font Awesome font that maps them anyway: its codes
            // are read through the map alone.
            if !two_bytes {
                font.set(
                    "Encoding",
                    Object::Dictionary(encoding_dictionary(Vec::new())),
                );
            }
        }
    }
}

/// An encoding dictionary with these differences from PDFDocEncoding.
fn encoding_dictionary(differences: Vec<Object>) -> pdf_extract::Dictionary {
    let mut encoding = pdf_extract::Dictionary::new();
    encoding.set("Type", Object::Name(b"Encoding".to_vec()));
    if !differences.is_empty() {
        encoding.set("Differences", Object::Array(differences));
    }
    encoding
}

/// Simple Type 1 fonts without an encoding or a Type 1 program to take one from (a compact
/// font, MarVoSym in moderncv) given an empty one: pdf-extract stops a whole page on a
/// code such a font's own map does not cover, where a reader loses one symbol.
pub fn unencoded_fonts_encoded(doc: &mut Document) {
    let unencoded: Vec<pdf_extract::ObjectId> = doc
        .objects
        .iter()
        .filter_map(|(id, object)| {
            let font = object.as_dict().ok()?;
            let subtype = font.get(b"Subtype").ok()?.as_name().ok()?;
            let has_program = font
                .get(b"FontDescriptor")
                .ok()
                .and_then(|d| resolve(doc, d).as_dict().ok())
                .is_some_and(|d| d.has(b"FontFile"));
            (matches!(subtype, b"Type1" | b"MMType1") && !font.has(b"Encoding") && !has_program)
                .then_some(*id)
        })
        .collect();
    for id in unencoded {
        if let Some(Ok(font)) = doc.objects.get_mut(&id).map(Object::as_dict_mut) {
            font.set(
                "Encoding",
                Object::Dictionary(encoding_dictionary(Vec::new())),
            );
        }
    }
}

/// Compact (CFF) fonts whose font dictionary names its encoding (Apple Pages' MacRoman) read
/// by that encoding, not by the program's own: pdf-extract maps codes through the program's
/// built-in encoding first, so a MacRoman bullet came out as "¥" and "ß" as "§"
/// ("splei§en"). The font dictionary's encoding is the one that counts (PDF 32000-1 9.6.6);
/// the program is left out of the descriptor pdf-extract reads.
pub fn named_encodings_over_compact_programs(doc: &mut Document) {
    let descriptors: Vec<pdf_extract::ObjectId> = doc
        .objects
        .values()
        .filter_map(|object| {
            let font = object.as_dict().ok()?;
            if !subtype_is(font, &[b"Type1", b"MMType1"]) || font.has(b"ToUnicode") {
                return None;
            }
            let named = match font.get(b"Encoding").ok().map(|e| resolve(doc, e)) {
                Some(Object::Name(_)) => true,
                Some(Object::Dictionary(encoding)) => encoding.has(b"BaseEncoding"),
                _ => false,
            };
            let descriptor = font.get(b"FontDescriptor").ok()?.as_reference().ok()?;
            let compact = doc
                .get_object(descriptor)
                .ok()?
                .as_dict()
                .ok()?
                .has(b"FontFile3");
            (named && compact).then_some(descriptor)
        })
        .collect();
    for id in descriptors {
        if let Some(Ok(descriptor)) = doc.objects.get_mut(&id).map(Object::as_dict_mut) {
            descriptor.remove(b"FontFile3");
        }
    }
}

/// ToUnicode maps with a hex string of an odd number of digits dropped, so the font is read
/// through its encoding: the CMap parser pdf-extract uses stops on one (a LaTeX résumé's
/// math font), and with it the whole page.
pub fn broken_unicode_maps_dropped(doc: &mut Document) {
    let broken: Vec<pdf_extract::ObjectId> = doc
        .objects
        .iter()
        .filter_map(|(id, object)| {
            let font = object.as_dict().ok()?;
            let map = resolve(doc, font.get(b"ToUnicode").ok()?)
                .as_stream()
                .ok()?;
            let content = map
                .decompressed_content()
                .unwrap_or_else(|_| map.content.clone());
            (odd_hex_string(&content) || long_range_target(&content)).then_some(*id)
        })
        .collect();
    for id in broken {
        if let Some(Ok(font)) = doc.objects.get_mut(&id).map(Object::as_dict_mut) {
            font.remove(b"ToUnicode");
        }
    }
}

/// Whether a CMap program has a hex string (`<0A1>`, not a dictionary's `<<`) with an odd
/// number of digits.
fn odd_hex_string(program: &[u8]) -> bool {
    let mut rest = program;
    while let Some(open) = rest.iter().position(|b| *b == b'<') {
        let after = rest.get(open + 1..).unwrap_or_default();
        if after.first() == Some(&b'<') {
            rest = after.get(1..).unwrap_or_default();
            continue;
        }
        let Some(close) = after.iter().position(|b| *b == b'>') else {
            return false;
        };
        let digits = after
            .get(..close)
            .unwrap_or_default()
            .iter()
            .filter(|b| !b.is_ascii_whitespace())
            .count();
        if digits % 2 == 1 {
            return true;
        }
        rest = after.get(close + 1..).unwrap_or_default();
    }
    false
}

/// Whether a CMap program has a `bfrange` whose target is a hex string of other than two or
/// four bytes (a ligature's three characters), which the CMap parser cannot read.
fn long_range_target(program: &[u8]) -> bool {
    let text = String::from_utf8_lossy(program);
    text.split("beginbfrange").skip(1).any(|section| {
        let section = section.split("endbfrange").next().unwrap_or_default();
        let mut tokens = Vec::new();
        let mut chars = section.char_indices().peekable();
        // Hex strings, and arrays as one token each.
        while let Some((_, c)) = chars.next() {
            match c {
                '<' => {
                    let hex: String = chars
                        .by_ref()
                        .map(|(_, c)| c)
                        .take_while(|c| *c != '>')
                        .filter(|c| !c.is_whitespace())
                        .collect();
                    tokens.push(Some(hex.len()));
                }
                '[' => {
                    chars.by_ref().find(|(_, c)| *c == ']');
                    tokens.push(None);
                }
                _ => {}
            }
        }
        tokens
            .chunks(3)
            .any(|t| matches!(t.get(2), Some(Some(digits)) if *digits != 4 && *digits != 8))
    })
}

/// Glyph names that spell their character (`/uniFB01`, `/u1F600`, PDF 32000-1 9.10.2 and
/// the Adobe Glyph List's rules) given to simple fonts without a ToUnicode map as one:
/// pdf-extract knows only the list's named glyphs, and a TeX font's `uniFB01` ligature
/// came out as the character PDFDocEncoding has at its code.
pub fn unicode_glyph_names_mapped(doc: &mut Document) {
    let mut mapped = Vec::new();
    for (id, object) in &doc.objects {
        let Ok(font) = object.as_dict() else {
            continue;
        };
        let simple = subtype_is(font, &[b"Type1", b"TrueType", b"Type3", b"MMType1"]);
        if !simple || font.has(b"ToUnicode") {
            continue;
        }
        let Some(differences) = font
            .get(b"Encoding")
            .ok()
            .and_then(|e| resolve(doc, e).as_dict().ok())
            .and_then(|e| e.get(b"Differences").ok())
            .and_then(|d| resolve(doc, d).as_array().ok())
        else {
            continue;
        };
        let mut pairs = Vec::new();
        let mut code = 0i64;
        for entry in differences {
            match entry {
                Object::Integer(i) => code = *i,
                Object::Name(name) => {
                    if let Some(text) = spelled(name)
                        && (0..256).contains(&code)
                    {
                        pairs.push((code, text));
                    }
                    code += 1;
                }
                _ => {}
            }
        }
        if !pairs.is_empty() {
            mapped.push((*id, pairs));
        }
    }
    for (id, pairs) in mapped {
        let entries: String = pairs
            .iter()
            .map(|(code, text)| {
                let utf16: String = text.encode_utf16().map(|u| format!("{u:04X}")).collect();
                format!("<{code:02X}> <{utf16}>\n")
            })
            .collect();
        let program = format!(
            "/CIDInit /ProcSet findresource begin 12 dict begin begincmap \
             /CMapName /FolioNames def 1 begincodespacerange <00> <FF> endcodespacerange\n\
             {} beginbfchar\n{entries}endbfchar endcmap CMapName currentdict /CMap \
             defineresource pop end end",
            pairs.len()
        );
        let stream = pdf_extract::Stream::new(pdf_extract::Dictionary::new(), program.into_bytes());
        let cmap_id = doc.add_object(stream);
        if let Some(Ok(font)) = doc.objects.get_mut(&id).map(Object::as_dict_mut) {
            font.set("ToUnicode", Object::Reference(cmap_id));
        }
    }
}

/// The text a glyph name spells by the Adobe Glyph List's rules: `uniXXXX` (one or more
/// groups of four hex digits) or `uXXXX` to `uXXXXXX`, a suffix after a period ignored.
fn spelled(name: &[u8]) -> Option<String> {
    let name = std::str::from_utf8(name).ok()?;
    let name = name.split('.').next()?;
    let hex = |s: &str| u32::from_str_radix(s, 16).ok().and_then(char::from_u32);
    if let Some(groups) = name.strip_prefix("uni")
        && !groups.is_empty()
        && groups.len() % 4 == 0
        && groups.chars().all(|c| c.is_ascii_hexdigit())
    {
        return (0..groups.len() / 4)
            .map(|i| groups.get(i * 4..i * 4 + 4).and_then(hex))
            .collect();
    }
    let digits = name.strip_prefix('u')?;
    ((4..=6).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_hexdigit()))
        .then(|| hex(digits).map(String::from))
        .flatten()
}

/// How a font sets its text, as far as a reader of a résumé cares: bold and italic tell an
/// organisation from a role on one line ("**Acme Corp** *Engineer*").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Style {
    /// Bold, semibold, black or heavy.
    pub bold: bool,
    /// Italic, oblique or slanted.
    pub italic: bool,
}

/// How many sixteenths of a width unit a tag adds (below: the widths carry their font's style).
const TAG_STEPS: f64 = 16.0;

impl Style {
    /// The tag written into a width's fraction: 1 to 4, so an untagged width (a whole number
    /// or a font left alone) reads as no style known.
    fn tag(self) -> f64 {
        1.0 + f64::from(u8::from(self.bold)) + 2.0 * f64::from(u8::from(self.italic))
    }

    /// The style a glyph's width (in ems, as pdf-extract reports it) was tagged with, if any.
    pub fn of_width(width: f64) -> Option<Self> {
        let thousandths = width * 1000.0;
        let steps = ((thousandths - thousandths.floor()) * TAG_STEPS).round();
        match steps as u8 {
            1 => Some(Self::default()),
            2 => Some(Self {
                bold: true,
                italic: false,
            }),
            3 => Some(Self {
                bold: false,
                italic: true,
            }),
            4 => Some(Self {
                bold: true,
                italic: true,
            }),
            _ => None,
        }
    }
}

/// Every font's widths tagged with its style: pdf-extract hands each glyph over with its
/// width but not its font, so the style rides in the width's fraction (a sixteenth of a
/// thousandth of an em at most, nothing a position notices) and [`Style::of_width`] reads
/// it back. Zero widths stay zero: a glyph without a width is placed another way.
pub fn styles_in_widths(doc: &mut Document) {
    let mut tagged = Vec::new();
    for (id, object) in &doc.objects {
        let Ok(font) = object.as_dict() else {
            continue;
        };
        let subtype = font.get(b"Subtype").ok().and_then(|s| s.as_name().ok());
        let key: &[u8] = match subtype {
            Some(b"Type1" | b"TrueType" | b"Type3" | b"MMType1") => b"Widths",
            Some(b"CIDFontType0" | b"CIDFontType2") => b"W",
            _ => continue,
        };
        let style = style_of(doc, font);
        match font.get(key) {
            Ok(Object::Array(_)) => tagged.push((*id, None, style, key == b"W")),
            Ok(Object::Reference(widths)) => tagged.push((*id, Some(*widths), style, key == b"W")),
            _ => {}
        }
    }
    for (font, widths, style, nested) in tagged {
        let array = match widths {
            Some(widths) => doc.objects.get_mut(&widths),
            None => doc
                .objects
                .get_mut(&font)
                .and_then(|f| f.as_dict_mut().ok())
                .and_then(|f| f.get_mut(if nested { b"W" } else { b"Widths" }).ok()),
        };
        if let Some(Object::Array(array)) = array {
            tag(array, style, nested);
        }
    }
}

/// The widths of `array` tagged with `style`; in a CID font's W array (`nested`) only the
/// lists of widths, not the glyph numbers between them.
fn tag(array: &mut [Object], style: Style, nested: bool) {
    for object in array.iter_mut() {
        match object {
            Object::Array(list) if nested => tag(list, style, false),
            _ if nested => {}
            _ => {
                if let Some(width) = number(object).filter(|w| *w > 0.0) {
                    *object = Object::Real((width.floor() + style.tag() / TAG_STEPS) as f32);
                }
            }
        }
    }
}

/// A font's style, from its PostScript name and its descriptor.
fn style_of(doc: &Document, font: &pdf_extract::Dictionary) -> Style {
    let name = font
        .get(b"BaseFont")
        .ok()
        .and_then(|n| n.as_name().ok())
        .map(|n| String::from_utf8_lossy(n).to_lowercase())
        .unwrap_or_default();
    // "ABCDEF+Lato-Bold": the subset prefix is no part of the name.
    let name = name.split_once('+').map_or(name.as_str(), |(_, n)| n);
    let descriptor = font
        .get(b"FontDescriptor")
        .ok()
        .and_then(|d| resolve(doc, d).as_dict().ok());
    let value = |key: &[u8]| {
        descriptor
            .and_then(|d| d.get(key).ok())
            .and_then(number)
            .unwrap_or(0.0)
    };
    let flags = value(b"Flags") as i64;
    let last = name.rsplit(['-', ',', '_']).next().unwrap_or_default();
    let bold = ["bold", "black", "heavy", "demi", "semibd", "bd"]
        .iter()
        .any(|w| last.contains(w))
        || ["cmbx", "cmb10", "ecbx", "lmbx"]
            .iter()
            .any(|w| name.starts_with(w))
        || value(b"FontWeight") >= 600.0
        || flags & (1 << 18) != 0;
    let italic = ["ital", "oblique", "slant", "kursiv"]
        .iter()
        .any(|w| name.contains(w))
        || matches!(
            last,
            "it" | "i" | "bi" | "boldit" | "semiboldit" | "lightit" | "mediumit"
        )
        || ["cmti", "cmsl", "ecti", "ecsl", "cmbxti", "cmbxsl"]
            .iter()
            .any(|w| name.starts_with(w))
        || value(b"ItalicAngle").abs() > 1.0
        || flags & (1 << 6) != 0;
    Style { bold, italic }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_width_range_becomes_a_list_and_a_list_stays() {
        let w = vec![
            Object::Integer(3),
            Object::Integer(5),
            Object::Integer(600),
            Object::Integer(10),
            Object::Array(vec![Object::Integer(250), Object::Integer(300)]),
        ];
        assert_eq!(
            listed(&w),
            vec![
                Object::Integer(3),
                Object::Array(vec![Object::Integer(600); 3]),
                Object::Integer(10),
                Object::Array(vec![Object::Integer(250), Object::Integer(300)]),
            ]
        );
        // A range wider than a font is left as it was, not expanded into memory.
        let broken = vec![
            Object::Integer(0),
            Object::Integer(i64::MAX),
            Object::Integer(500),
        ];
        assert_eq!(listed(&broken), broken);
    }

    #[test]
    fn a_unicode_map_with_an_odd_hex_string_is_found() {
        assert!(odd_hex_string(
            b"<< /A 1 >> beginbfchar <01> <0041> <02> <041> endbfchar"
        ));
        assert!(!odd_hex_string(
            b"<< /A 1 >> beginbfchar <01> <00 41> endbfchar >>"
        ));
        assert!(long_range_target(
            b"1 beginbfrange <1B> <1B> <006600660069> endbfrange"
        ));
        assert!(!long_range_target(
            b"2 beginbfrange <20> <7E> <0020> <80> <81> [<2022> <2013>] endbfrange"
        ));
    }

    #[test]
    fn glyph_names_that_spell_a_character_are_read() {
        assert_eq!(spelled(b"uniFB01").as_deref(), Some("\u{fb01}"));
        assert_eq!(spelled(b"uni00660069").as_deref(), Some("fi"));
        assert_eq!(spelled(b"u1F600").as_deref(), Some("😀"));
        assert_eq!(spelled(b"uniFB01.alt").as_deref(), Some("\u{fb01}"));
        assert_eq!(spelled(b"fi"), None);
        assert_eq!(spelled(b"union"), None);
        assert_eq!(spelled(b"uniD800"), None);
    }

    #[test]
    fn a_type1_programs_clear_text_encoding_is_read() {
        let program = b"%!PS-AdobeFont-1.0\n/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\n\
            dup 28 /fi put\ndup 65 /A put\ndup 300 /B put\nreadonly def\ncurrentfile eexec\n\x80\x81dup 66 /B put"
            .to_vec();
        let clear = program.len() - 14;
        let mut dict = pdf_extract::Dictionary::new();
        dict.set("Length1", Object::Integer(clear as i64));
        let stream = pdf_extract::Stream::new(dict, program);
        assert_eq!(
            builtin_encoding(&stream),
            vec![(28, b"fi".to_vec()), (65, b"A".to_vec())]
        );
    }
}
