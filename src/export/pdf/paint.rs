//! Laid-out pages drawn with krilla: text as real, selectable glyph runs (fonts embedded and
//! subset), rectangles, rules, images and link annotations.

use std::collections::HashMap;
use std::sync::Arc;

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect, Size, Transform};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, Stroke};
use krilla::text::{GlyphId, KrillaGlyph};
use parley::PositionedLayoutItem;

use super::failure::PdfFailure;
use super::glyphs::{self, GlyphTexts};
use super::outline::outline;
use super::tagging::Tagger;
use crate::layout::Color;
use crate::layout::document::Laid;
use crate::layout::items::Item;
use crate::layout::text::Text;
use crate::model::{Portfolio, Rgb};
use crate::palette::colours;

fn rgb_of(rgb: Rgb) -> Color {
    (rgb.0, rgb.1, rgb.2)
}

/// How laid-out pages become PDF pages.
pub struct PageSetup {
    /// The page's width in points.
    pub width: f32,
    /// The page's height in points.
    pub height: f32,
    /// Points per layout unit: 1 for the document, ¾ for the 1280×720 slide canvas.
    pub scale: f32,
    /// Dark pages rather than white paper.
    pub dark: bool,
    /// The private view: the metadata says the file holds what is not for publication.
    pub private: bool,
}

/// Draws the laid-out pages with krilla.
pub fn render(laid: Laid, portfolio: &Portfolio, setup: &PageSetup) -> Result<Vec<u8>, PdfFailure> {
    let Laid { pages, marks } = laid;
    let c = colours(setup.dark, portfolio.accent);
    let (page_width, page_height, dark) = (setup.width, setup.height, setup.dark);
    // PDF/UA-1, checked by krilla as it writes, unless the portfolio has characters no font
    // can draw: a box is no character, so no such file conforms. Export has then said which
    // characters (the same rule as `folio check`), and writes the tagged PDF without the
    // claim; `--deny-warnings` writes nothing.
    let builder = krilla::configure::ConfigurationBuilder::new();
    let builder = if crate::layout::text::undrawable(&portfolio.all_text()).is_empty() {
        builder.with_accessibility_validator(krilla::configure::Accessibility::UA1)
    } else {
        builder
    };
    let configuration = builder.finish()?;
    let mut document = krilla::Document::new_with(krilla::SerializeSettings {
        configuration,
        ..Default::default()
    });
    let mut tagger = Tagger::default();
    let mut glyph_texts = GlyphTexts::default();
    let settings = PageSettings::from_wh(page_width, page_height)
        .ok_or(PdfFailure::page_size(page_width, page_height))?;
    for items in pages {
        let mut page = document.start_page_with(settings.clone());
        let mut links = Vec::new();
        {
            let mut surface = page.surface();
            // Light prints on white paper; dark fills the page.
            if dark
                && let Some(path) = Rect::from_xywh(0.0, 0.0, page_width, page_height)
                    .map(|r| {
                        let mut builder = PathBuilder::new();
                        builder.push_rect(r);
                        builder
                    })
                    .and_then(PathBuilder::finish)
            {
                Tagger::artifact(&mut surface, |surface| {
                    surface.set_fill(Some(fill(rgb_of(c.background), 1.0)));
                    surface.draw_path(&path);
                });
            }
            // Layout units to points: the slide canvas is drawn at three quarters.
            surface.push_transform(&Transform::from_scale(setup.scale, setup.scale));
            for item in &items {
                match item {
                    Item::Line {
                        text,
                        line,
                        x,
                        top,
                        color: colour,
                        heading,
                    } => {
                        tagger.line(&mut surface, text, *heading, |surface| {
                            draw_line(surface, &mut glyph_texts, text, *line, (*x, *top), *colour);
                        });
                    }
                    Item::Rect {
                        x,
                        y,
                        width,
                        height,
                        color: colour,
                        opacity,
                    } => {
                        let path = Rect::from_xywh(*x, *y, width.max(0.01), height.max(0.01))
                            .map(|r| {
                                let mut builder = PathBuilder::new();
                                builder.push_rect(r);
                                builder
                            })
                            .and_then(PathBuilder::finish);
                        if let Some(path) = path {
                            Tagger::artifact(&mut surface, |surface| {
                                surface.set_fill(Some(fill(*colour, *opacity)));
                                surface.draw_path(&path);
                            });
                        }
                    }
                    Item::Rule {
                        from,
                        to,
                        width,
                        color: colour,
                    } => {
                        let mut builder = PathBuilder::new();
                        builder.move_to(from.0, from.1);
                        builder.line_to(to.0, to.1);
                        if let Some(path) = builder.finish() {
                            Tagger::artifact(&mut surface, |surface| {
                                surface.set_fill(None);
                                surface.set_stroke(Some(Stroke {
                                    paint: krilla_color(*colour).into(),
                                    width: *width,
                                    ..Stroke::default()
                                }));
                                surface.draw_path(&path);
                                surface.set_stroke(None);
                            });
                        }
                    }
                    Item::Image {
                        data,
                        png,
                        x,
                        path: _,
                        alt,
                        y,
                        width,
                        height,
                        circle: round,
                    } => {
                        let placed = Placed {
                            x: *x,
                            y: *y,
                            width: *width,
                            height: *height,
                            round: *round,
                        };
                        tagger.figure(&mut surface, alt, |surface| {
                            draw_image(surface, data, *png, &placed);
                        });
                    }
                    Item::Link {
                        x,
                        y,
                        width,
                        height,
                        url,
                    } => links.push((
                        x * setup.scale,
                        y * setup.scale,
                        width * setup.scale,
                        height * setup.scale,
                        url.as_str().to_owned(),
                    )),
                    // Page furniture: a reader's tools skip it, a screen reader does not read it.
                    Item::PageNumber {
                        text,
                        x,
                        top,
                        color: colour,
                    } => {
                        Tagger::page_number(&mut surface, |surface| {
                            draw_line(surface, &mut glyph_texts, text, 0, (*x, *top), *colour);
                        });
                    }
                    // A chart: its bars are decoration, its sentence the figure's alt text.
                    Item::Alt { text, .. } => tagger.figure(&mut surface, text, |_| {}),
                    Item::Disc {
                        x,
                        y,
                        diameter,
                        color: colour,
                    } => {
                        let r = diameter / 2.0;
                        if let Some(path) = circle(x + r, y + r, r) {
                            Tagger::artifact(&mut surface, |surface| {
                                surface.set_fill(Some(fill(*colour, 1.0)));
                                surface.draw_path(&path);
                            });
                        }
                    }
                }
            }
            surface.pop();
            surface.finish();
        }
        for (x, y, width, height, url) in links {
            if let Some(rect) = Rect::from_xywh(x, y, width, height) {
                let annotation =
                    page.add_tagged_annotation(krilla::annotation::Annotation::new_link(
                        krilla::annotation::LinkAnnotation::new(
                            rect,
                            krilla::annotation::Target::Action(krilla::action::Action::Link(
                                krilla::action::LinkAction::new(url.clone()),
                            )),
                        ),
                        Some(url),
                    ));
                tagger.link(annotation);
            }
        }
        page.finish();
    }
    document.set_outline(outline(&marks));
    let language = crate::document::words::language(portfolio).to_owned();
    document.set_tag_tree(tagger.finish(&language));
    let name = portfolio.display_name().to_owned();
    let title = crate::document::words::document_title(portfolio);
    let mut metadata = krilla::metadata::Metadata::new()
        .title(title)
        .authors(vec![name])
        .creator("folio".to_owned())
        .language(language)
        .keywords(portfolio.meta.keywords.clone());
    let description = portfolio
        .meta
        .description
        .clone()
        .or_else(|| portfolio.person.tagline.clone());
    if setup.private {
        // The PDF's subject and keywords: what a reader's file properties show.
        let mut keywords = portfolio.meta.keywords.clone();
        keywords.push(crate::document::words::PRIVATE_VIEW.to_owned());
        metadata = metadata.keywords(keywords).description(match description {
            Some(text) => format!("{} {text}", crate::document::words::PRIVATE_EXPORT),
            None => crate::document::words::PRIVATE_EXPORT.to_owned(),
        });
    } else if let Some(description) = description {
        metadata = metadata.description(description);
    }
    document.set_metadata(metadata);
    Ok(document.finish()?)
}

/// Draws one line of a shaped text with its line box's top at `top`.
fn draw_line(
    surface: &mut krilla::surface::Surface<'_>,
    glyph_texts: &mut GlyphTexts,
    text: &Text,
    line: usize,
    (x, top): (f32, f32),
    colour: Color,
) {
    let Some(line) = text.layout.get(line) else {
        return;
    };
    let shift = top - line.metrics().block_min_coord;
    for item in line.items() {
        let PositionedLayoutItem::GlyphRun(glyph_run) = item else {
            continue;
        };
        let run = glyph_run.run();
        let font_data = run.font();
        let key = (font_data.data.id(), font_data.index);
        let bytes = font_data.data.as_ref();
        let file: Arc<dyn AsRef<[u8]> + Send + Sync> = Arc::new(font_data.data.clone());
        let file = krilla::Data::from(file);
        let size = run.font_size();
        // A ligature or a syllable is one cluster followed by continuations without glyphs
        // of their own ("र्मा": र carries the glyphs of म, ा and the reph). Each cluster's text,
        // continuations included, in logical order, by where its first character starts.
        let mut group_text: HashMap<usize, std::ops::Range<usize>> = HashMap::new();
        let mut base = None;
        for cluster in run.clusters() {
            let range = cluster.text_range();
            if cluster.is_ligature_continuation() {
                if let Some(whole) = base.and_then(|start| group_text.get_mut(&start)) {
                    whole.start = whole.start.min(range.start);
                    whole.end = whole.end.max(range.end);
                }
            } else {
                base = Some(range.start);
                group_text.insert(range.start, range);
            }
        }
        // A group whose glyphs are its characters, one each and in order (a Thai consonant
        // and its vowel mark, a Devanagari consonant and its matra below), maps each glyph to
        // its character. Any other group (a reph or an i-matra drawn before its consonant)
        // splits its text across its glyphs in drawing order (see `glyphs`), so reading the
        // glyphs gives the text in every extractor, with or without ActualText.
        // The font read once: its character map, and advances in font units, unscaled.
        let face = skrifa::FontRef::from_index(bytes, font_data.index).ok();
        let charmap = face.as_ref().map(skrifa::MetadataProvider::charmap);
        let metrics = face.as_ref().and_then(|font| {
            let units = f32::from(skrifa::raw::TableProvider::head(font).ok()?.units_per_em());
            let metrics = skrifa::MetadataProvider::glyph_metrics(
                font,
                skrifa::instance::Size::unscaled(),
                skrifa::instance::LocationRef::default(),
            );
            Some((metrics, units))
        });
        // Each glyph with the font copy it is drawn from and where it starts on the line.
        let mut glyphs: Vec<(usize, f32, KrillaGlyph)> = Vec::new();
        let mut pen = 0.0;
        for cluster in run.visual_clusters() {
            if cluster.is_ligature_continuation() {
                continue;
            }
            let range = cluster.text_range();
            // A direction mark (the left-to-right mark a paragraph that starts in Arabic is
            // given) draws nothing and says nothing: fonts draw it with the space's glyph,
            // and mapping that glyph to the mark made the real spaces (and in poppler the
            // letter before one) copy wrong.
            let mark = text.text.get(range.clone()).is_some_and(|t| {
                t.chars()
                    .all(|c| matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}'))
            });
            if mark {
                pen += cluster.glyphs().map(|g| g.advance).sum::<f32>();
                continue;
            }
            let whole = group_text.get(&range.start).cloned().unwrap_or(range);
            let characters: Vec<(usize, char)> = text
                .text
                .get(whole.clone())
                .unwrap_or_default()
                .char_indices()
                .map(|(offset, c)| (whole.start + offset, c))
                .collect();
            let ids: Vec<u32> = cluster.glyphs().map(|g| g.id).collect();
            let one_each = characters.len() == ids.len()
                && charmap.as_ref().is_some_and(|map| {
                    characters
                        .iter()
                        .zip(&ids)
                        .all(|((_, c), id)| map.map(*c).is_some_and(|g| g.to_u32() == *id))
                });
            let pieces = if one_each {
                None
            } else {
                glyphs::split(&characters, ids.len(), whole.end)
            };
            for (index, glyph) in cluster.glyphs().enumerate() {
                let text_range = match (characters.get(index), &pieces) {
                    (Some((start, c)), _) if one_each => *start..start + c.len_utf8(),
                    (_, Some(pieces)) => pieces.get(index).cloned().unwrap_or(whole.clone()),
                    _ => whole.clone(),
                };
                let piece = text.text.get(text_range.clone()).unwrap_or_default();
                let width = metrics.as_ref().and_then(|(metrics, units)| {
                    let own = metrics.advance_width(skrifa::GlyphId::new(glyph.id))?;
                    let scale = units / size;
                    glyphs::widened(glyph.advance * scale, glyph.x * scale, own, *units)
                });
                let Some(copy) = glyph_texts.copy_for(key, &file, glyph.id, piece, width) else {
                    return;
                };
                glyphs.push((
                    copy,
                    pen,
                    KrillaGlyph::new(
                        GlyphId::new(glyph.id),
                        glyph.advance / size,
                        glyph.x / size,
                        glyph.y / size,
                        0.0,
                        text_range,
                        None,
                    ),
                ));
                pen += glyph.advance;
            }
        }
        surface.set_stroke(None);
        surface.set_fill(Some(fill(colour, 1.0)));
        // One call for each stretch of glyphs drawn from the same copy of the font.
        let origin = (x + glyph_run.offset(), shift + glyph_run.baseline());
        let mut rest = glyphs.as_slice();
        while let Some((copy, start, _)) = rest.first() {
            let length = rest.iter().take_while(|(c, _, _)| c == copy).count();
            let (stretch, after) = rest.split_at(length);
            let Some(font) = glyph_texts.font(key, *copy) else {
                return;
            };
            let run: Vec<KrillaGlyph> = stretch.iter().map(|(_, _, g)| g.clone()).collect();
            surface.draw_glyphs(
                Point::from_xy(origin.0 + start, origin.1),
                &run,
                font,
                &text.text,
                size,
                false,
            );
            rest = after;
        }
    }
}

/// Where an image goes, in layout units, and whether it is a photo cropped to a circle.
struct Placed {
    x: f32,
    y: f32,
    width: f32,
    height: f32,
    round: bool,
}

/// A PNG or JPEG scaled into its box (a photo: the centred square, in a circle).
fn draw_image(
    surface: &mut krilla::surface::Surface<'_>,
    data: &Arc<Vec<u8>>,
    png: bool,
    at: &Placed,
) {
    let Placed {
        x,
        y,
        width,
        height,
        round,
    } = *at;
    let clip = round
        .then(|| circle(x + width / 2.0, y + height / 2.0, width / 2.0))
        .flatten();
    let bytes: krilla::Data = data.as_ref().clone().into();
    let image = if png {
        krilla::image::Image::from_png(bytes, true)
    } else {
        krilla::image::Image::from_jpeg(bytes, true)
    };
    let Ok(image) = image else {
        return;
    };
    let (iw, ih) = image.size();
    // A photo fills its circle: the centred square of the image.
    let (draw_w, draw_h, dx, dy) = if round {
        let side = iw.min(ih) as f32;
        let scale = width / side;
        let (w, h) = (iw as f32 * scale, ih as f32 * scale);
        (w, h, (width - w) / 2.0, (height - h) / 2.0)
    } else {
        (width, height, 0.0, 0.0)
    };
    if let Some(path) = &clip {
        surface.push_clip_path(path, &FillRule::NonZero);
    }
    surface.push_transform(&Transform::from_translate(x + dx, y + dy));
    if let Some(size) = Size::from_wh(draw_w, draw_h) {
        surface.draw_image(image, size);
    }
    surface.pop();
    if clip.is_some() {
        surface.pop();
    }
}

fn krilla_color(c: Color) -> rgb::Color {
    rgb::Color::new(c.0, c.1, c.2)
}

fn fill(c: Color, opacity: f32) -> Fill {
    Fill {
        paint: krilla_color(c).into(),
        opacity: NormalizedF32::new(opacity.clamp(0.0, 1.0)).unwrap_or(NormalizedF32::ONE),
        rule: FillRule::default(),
    }
}

fn circle(cx: f32, cy: f32, r: f32) -> Option<krilla::geom::Path> {
    // Four cubic arcs; 0.5523 places the control points of a quarter circle.
    let k = 0.552_284_8 * r;
    let mut path = PathBuilder::new();
    path.move_to(cx + r, cy);
    path.cubic_to(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
    path.cubic_to(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
    path.cubic_to(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
    path.cubic_to(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
    path.close();
    path.finish()
}
