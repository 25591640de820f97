//! Which fonts draw a portfolio's text: the bundled ones (Inter, Noto Naskh Arabic and
//! egui's own) for Latin, Greek, Cyrillic and Arabic script, and the system's installed fonts,
//! found on demand, for every other script (Chinese, Japanese, Korean, Devanagari, Thai...).
//!
//! Looking through the system's fonts takes a noticeable part of a second, so it happens only
//! for a portfolio whose text the bundled fonts cannot draw.

use std::collections::HashSet;
use std::ops::Not as _;
use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};
use egui_system_font_provider::SystemFontProvider;
use skrifa::MetadataProvider as _;

use crate::layout::text::is_invisible;

/// The family name of the semibold face (headings, names).
pub const SEMIBOLD: &str = "semibold";

/// The fonts folio ships, by the name egui knows them by.
const BUNDLED: [(&str, &[u8]); 3] = [
    ("inter", crate::fonts::INTER_REGULAR),
    ("inter-semibold", crate::fonts::INTER_SEMIBOLD),
    ("noto-naskh-arabic", crate::fonts::NOTO_NASKH_ARABIC),
];

/// The bundled fonts in egui's families: Inter first, then Noto Naskh Arabic, then egui's own
/// fonts for symbols.
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    for (name, bytes) in BUNDLED {
        fonts
            .font_data
            .insert(name.to_owned(), Arc::new(FontData::from_static(bytes)));
    }
    let fallbacks: Vec<String> = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    let family = |first: &str| {
        let mut list = vec![first.to_owned(), "noto-naskh-arabic".to_owned()];
        list.extend(fallbacks.iter().cloned());
        list
    };
    fonts
        .families
        .insert(FontFamily::Proportional, family("inter"));
    fonts
        .families
        .insert(FontFamily::Name(SEMIBOLD.into()), family("inter-semibold"));
    fonts
}

/// The distinct visible characters of `texts`, in order of first appearance.
fn distinct_chars(texts: &[&str]) -> Vec<char> {
    let mut seen = HashSet::new();
    texts
        .iter()
        .flat_map(|text| text.chars())
        .filter(|c| !is_invisible(*c) && seen.insert(*c))
        .collect()
}

/// The characters of `texts` that no bundled font has, in order of first appearance.
pub fn beyond_bundled(texts: &[&str]) -> Vec<char> {
    let definitions = definitions();
    let faces: Vec<skrifa::FontRef<'_>> = definitions
        .font_data
        .values()
        .filter_map(|data| skrifa::FontRef::from_index(data.bytes(), data.index).ok())
        .collect();
    let charmaps: Vec<skrifa::charmap::Charmap<'_>> =
        faces.iter().map(|face| face.charmap()).collect();
    distinct_chars(texts)
        .into_iter()
        .filter(|c| !charmaps.iter().any(|charmap| charmap.map(*c).is_some()))
        .collect()
}

/// The system's fonts for every script, and for the semibold family a bold face of the
/// same font where one is installed: egui's provider finds one face per script, the
/// regular, so a Chinese name on the title slide was drawn regular while the PDF, which
/// parley shapes with the installed bold, drew it bold.
struct WeightedSystemFonts {
    regular: Arc<SystemFontProvider>,
    /// Found when the first semibold fallback is asked for.
    collection:
        std::sync::Mutex<Option<(parley::fontique::Collection, parley::fontique::SourceCache)>>,
}

impl WeightedSystemFonts {
    fn new(regular: Arc<SystemFontProvider>) -> Self {
        Self {
            regular,
            collection: std::sync::Mutex::new(None),
        }
    }

    /// The semibold (or bolder) face of `family` that draws `c`, if one is installed.
    fn semibold(&self, family: &str, c: char) -> Option<(parley::fontique::Blob<u8>, u32)> {
        use parley::fontique::{
            Attributes, Collection, CollectionOptions, FontStyle, FontWeight, FontWidth,
            QueryFamily, QueryStatus, SourceCache,
        };
        let mut guard = self.collection.lock().ok()?;
        let (collection, cache) = guard.get_or_insert_with(|| {
            (
                Collection::new(CollectionOptions {
                    shared: false,
                    system_fonts: true,
                }),
                SourceCache::default(),
            )
        });
        let mut query = collection.query(cache);
        query.set_families([QueryFamily::Named(family)]);
        query.set_attributes(Attributes::new(
            FontWidth::NORMAL,
            FontStyle::Normal,
            FontWeight::SEMI_BOLD,
        ));
        let mut found = None;
        query.matches_with(|font| {
            let draws = font.charmap().is_some_and(|map| map.map(c).is_some());
            // Only a real bold face: a regular one would be egui's answer already.
            let bold = font.synthesis.embolden().not();
            if draws && bold {
                found = Some((font.blob.clone(), font.index));
                QueryStatus::Stop
            } else {
                QueryStatus::Continue
            }
        });
        found
    }
}

impl egui::FontProvider for WeightedSystemFonts {
    fn font_for(&self, request: &egui::FallbackRequest<'_>) -> Option<egui::FontInsert> {
        let regular = egui::FontProvider::font_for(self.regular.as_ref(), request)?;
        if *request.family != FontFamily::Name(SEMIBOLD.into()) {
            return Some(regular);
        }
        // egui_system_font_provider names its fonts "system:FAMILY:ID:INDEX".
        let family = regular
            .name
            .strip_prefix("system:")
            .and_then(|rest| rest.split(':').next());
        let c = request.cluster.chars().next();
        match family
            .zip(c)
            .and_then(|(family, c)| self.semibold(family, c))
        {
            Some((blob, index)) => Some(egui::FontInsert {
                name: format!("{}:semibold", regular.name),
                data: FontData::from_blob(blob.into_raw_parts().0, index),
                families: regular.families,
            }),
            None => Some(regular),
        }
    }
}

/// A system font provider started before the window exists, so that looking through the
/// system's fonts overlaps the window's and the renderer's set-up instead of following it.
static PREPARED: std::sync::Mutex<Option<Arc<SystemFontProvider>>> = std::sync::Mutex::new(None);

/// Starts looking through the system's fonts on a background thread if `texts` need them.
/// Call it before opening the window; [`draw_every_script`] then takes what it found.
pub fn prepare_system_fonts(texts: &[&str]) {
    if beyond_bundled(texts).is_empty() {
        return;
    }
    if let Ok(mut prepared) = PREPARED.lock() {
        prepared.get_or_insert_with(|| Arc::new(SystemFontProvider::new()));
    }
}

/// Lets `ctx` draw `texts` with the system's fonts where the bundled ones lack a character.
/// Does nothing when the bundled fonts suffice (the system's fonts are then never looked
/// through) or when it was done before for this context. Returns whether it was needed.
pub fn draw_every_script(ctx: &egui::Context, texts: &[&str]) -> bool {
    let installed_id = egui::Id::unique("folio-system-fonts");
    if ctx
        .data(|d| d.get_temp::<bool>(installed_id))
        .unwrap_or(false)
    {
        return true;
    }
    // A provider prepared before the window means the text was checked then: not again.
    let prepared = PREPARED
        .lock()
        .ok()
        .and_then(|mut prepared| prepared.take());
    let provider = match prepared {
        Some(provider) => provider,
        None if beyond_bundled(texts).is_empty() => return false,
        None => Arc::new(SystemFontProvider::new()),
    };
    ctx.add_font_provider(Arc::new(WeightedSystemFonts::new(provider)));
    ctx.data_mut(|d| d.insert_temp(installed_id, true));
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_fonts_cover_latin_greek_cyrillic_and_arabic() {
        assert!(
            beyond_bundled(&["Ada Lovelace, Ωμέγα, Жуков, محمد علی, 1,385× faster — ok"])
                .is_empty()
        );
    }

    #[test]
    fn other_scripts_are_beyond_the_bundled_fonts() {
        assert_eq!(beyond_bundled(&["林晓明 林", "प्रिया"]).first(), Some(&'林'));
        assert_eq!(beyond_bundled(&["林晓明"]), vec!['林', '晓', '明']);
        assert!(beyond_bundled(&["प्रिया"]).contains(&'प'));
    }
}
