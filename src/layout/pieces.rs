//! The small parts sections share: the person's name block (hero), meta lines and tags,
//! rows of links, and images with their captions.

use std::path::Path;
use std::sync::Arc;

use super::flow::{Flow, TextStyle};
use super::items::Item;
use super::text::LINE;
use super::{Color, color};
use crate::document::header::header;
use crate::document::words;
use crate::model::{Link, Portfolio};

/// The person: photo (or initials), name, headline, tagline, place, availability, links,
/// as [`header`] decides them. On a title slide the photo is as tall as the name block
/// beside it (up to [`PHOTO_GROWTH`] times its usual size): a face is what an interviewer
/// remembers, and a small disc beside a tall block of text looks like an afterthought.
pub fn hero(flow: &mut Flow, portfolio: &Portfolio, base_dir: Option<&Path>) {
    let header = header(portfolio);
    if header.photo.is_none() && header.initials.is_none() {
        // Neither photo nor name: the name block alone, from the left edge.
        hero_text(flow, portfolio, 0.0);
        return;
    }
    let usual = flow.measures.photo;
    let photo = if flow.measures.body > super::flow::DOCUMENT.body {
        // Laid out once to measure the text, then again beside the photo that size.
        let (mark, top) = (flow.current.len(), flow.y);
        hero_text(flow, portfolio, usual);
        let tall = flow.y - top - 8.0;
        flow.current.truncate(mark);
        flow.y = top;
        let grown = tall.clamp(usual, usual * PHOTO_GROWTH);
        // The text beside a larger photo is narrower and may be taller again: measure once
        // more so that the two stay level.
        hero_text(flow, portfolio, grown);
        let tall = flow.y - top - 8.0;
        flow.current.truncate(mark);
        flow.y = top;
        tall.clamp(usual, usual * PHOTO_GROWTH)
    } else {
        usual
    };
    hero_photo(flow, portfolio, base_dir, photo);
    hero_text(flow, portfolio, photo);
}

/// How much larger than usual a title slide's photo may grow.
pub const PHOTO_GROWTH: f32 = 1.6;

/// The photo (or initials) `diameter` across at the flow's position.
fn hero_photo(flow: &mut Flow, portfolio: &Portfolio, base_dir: Option<&Path>, diameter: f32) {
    let c = flow.colours;
    let header = header(portfolio);
    let top = flow.y;
    let photo = match (header.photo, base_dir) {
        (Some(photo), Some(base)) => {
            let path = base.join(photo);
            read_image(&path).map(|(data, png)| (data, png, path))
        }
        _ => None,
    };
    match photo {
        Some((data, png, path)) => flow.current.push(Item::Image {
            data,
            png,
            path,
            alt: words::photo_alt(header.name),
            x: flow.left,
            y: top,
            width: diameter,
            height: diameter,
            circle: true,
        }),
        None => {
            flow.current.push(Item::Disc {
                x: flow.left,
                y: top,
                diameter,
                color: color(c.accent),
            });
            let size = diameter / 3.0;
            let initials = header.initials.as_deref().unwrap_or_default();
            let shaped = flow.shape(initials, size, true, diameter);
            let (w, h) = (shaped.layout.width(), shaped.layout.height());
            let (x, y) = (flow.left + (diameter - w) / 2.0, top + (diameter - h) / 2.0);
            flow.place(&shaped, x, y, color(c.on_accent));
        }
    }
}

/// The name block beside a photo `photo` across, from the flow's position; the flow goes on
/// under the taller of the two.
fn hero_text(flow: &mut Flow, portfolio: &Portfolio, photo: f32) {
    let c = flow.colours;
    let header = header(portfolio);
    let top = flow.y;
    let gap = if photo > 0.0 { 18.0 } else { 0.0 };
    let x = flow.left + photo + gap;
    let width = flow.width - photo - gap;
    flow.paragraph_at(
        header.name,
        TextStyle::new(flow.measures.name, true, color(c.strong)).heading(1),
        x,
        width,
    );
    if let Some(headline) = header.headline {
        flow.paragraph_at(
            headline,
            TextStyle::new(flow.measures.headline, true, color(c.accent)),
            x,
            width,
        );
    }
    if let Some(tagline) = header.tagline {
        flow.space(3.0);
        flow.paragraph_at(
            tagline,
            TextStyle::new(flow.measures.tagline, false, color(c.muted)),
            x,
            width,
        );
    }
    if let Some(place) = &header.place {
        flow.space(4.0);
        flow.paragraph_at(
            place,
            TextStyle::new(flow.measures.body, false, color(c.text)),
            x,
            width,
        );
    }
    if let Some(availability) = &header.availability {
        flow.space(2.0);
        flow.paragraph_at(
            availability,
            TextStyle::new(flow.measures.small, false, color(c.good)),
            x,
            width,
        );
    }
    if !header.links.is_empty() {
        flow.space(4.0);
        links_at(flow, &header.links, x);
    }
    flow.y = flow.y.max(top + photo) + 8.0;
}

/// Short facts in the accent colour: "Acme · Berlin · 2021 – present".
pub fn meta_line(flow: &mut Flow, parts: &[String]) {
    let accent = color(flow.colours.accent);
    small_line(flow, parts, accent);
}

pub(super) fn tags(flow: &mut Flow, tags: &[String]) {
    let muted = color(flow.colours.muted);
    small_line(flow, tags, muted);
}

/// Short facts in one small line, "a  ·  b  ·  c".
pub(super) fn small_line(flow: &mut Flow, parts: &[String], colour: Color) {
    let line = crate::document::meta::line(parts);
    if line.is_empty() {
        return;
    }
    flow.paragraph(&line, TextStyle::new(flow.measures.small, false, colour));
}

pub(super) fn links(flow: &mut Flow, links: &[Link]) {
    let links: Vec<&Link> = links.iter().collect();
    links_at(flow, &links, flow.left);
}

/// Links in a row, each its label underlined and clickable; a link folio would not open is
/// shown with its address, not made clickable.
pub(super) fn links_at(flow: &mut Flow, links: &[&Link], left: f32) {
    // A link folio refuses to open (`javascript:`, `file:`) is not written at all: as
    // text it would invite the reader to type it in (`folio check` warns about it).
    let links: Vec<&Link> = links
        .iter()
        .copied()
        .filter(|link| link.url.openable().is_some())
        .collect();
    if links.is_empty() {
        return;
    }
    let colour = color(flow.colours.accent);
    let mut x = left;
    let height = flow.measures.body * LINE;
    flow.keep(height);
    let top = flow.y;
    for link in links {
        let text = words::link_text(link);
        let shaped = flow.shape(&text, flow.measures.body, false, 10_000.0);
        let width = shaped.layout.width();
        if x + width > flow.left + flow.width && x > left {
            x = left;
            flow.y += height;
        }
        let y = flow.y;
        flow.label(
            &text,
            TextStyle::new(flow.measures.body, false, colour),
            x,
            y,
        );
        flow.link(x, y, width, height, &link.url);
        x += width + 16.0;
    }
    flow.y = flow.y.max(top) + height;
}

/// A case-study image at most `max_height` tall, with its caption; a placeholder naming the
/// file when it cannot be shown.
pub fn image_block(
    flow: &mut Flow,
    image: &crate::model::Image,
    base_dir: Option<&Path>,
    max_height: f32,
) {
    let c = flow.colours;
    let width = flow.width;
    let Some((data, png, (w, h))) = base_dir.and_then(|b| read_image_sized(&b.join(&image.path)))
    else {
        flow.space(6.0);
        flow.paragraph(
            &words::image_unavailable(&image.path),
            TextStyle::new(flow.measures.small, false, color(c.muted)),
        );
        return;
    };
    let scale = (width / w as f32)
        .min(max_height.max(24.0) / h as f32)
        .min(1.0);
    let (dw, dh) = (w as f32 * scale, h as f32 * scale);
    let caption = image.caption.clone().unwrap_or_default();
    let caption_height = flow.height_of(&caption, flow.measures.small, false, width);
    flow.keep(dh + caption_height + 12.0);
    flow.space(8.0);
    let y = flow.y;
    flow.current.push(Item::Image {
        data,
        png,
        path: base_dir.map(|b| b.join(&image.path)).unwrap_or_default(),
        alt: words::image_alt(image).to_owned(),
        x: flow.left,
        y,
        width: dw,
        height: dh,
        circle: false,
    });
    flow.y += dh + 3.0;
    flow.paragraph(
        &caption,
        TextStyle::new(flow.measures.small, false, color(c.muted)),
    );
}

fn read_image(path: &Path) -> Option<(Arc<Vec<u8>>, bool)> {
    read_image_sized(path).map(|(data, png, _)| (data, png))
}

/// An image's bytes, whether it is a PNG, and its size in pixels.
type ImageFile = (Arc<Vec<u8>>, bool, (u32, u32));

/// An image file folio can show, its bytes, whether it is a PNG, and its size in pixels.
fn read_image_sized(path: &Path) -> Option<ImageFile> {
    let size = crate::images::probe(path).ok()?;
    let bytes = std::fs::read(path).ok()?;
    let png = image::guess_format(&bytes).ok() == Some(image::ImageFormat::Png);
    Some((Arc::new(bytes), png, size))
}
