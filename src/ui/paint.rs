//! Paints a laid-out slide ([`crate::deck::pages::Page`]) with egui: each line of text
//! where the layout put it (egui shapes the line again with the same font files, so it
//! breaks nowhere the layout did not), rectangles, rules, discs and images. Decides nothing
//! about what goes where. Text and figures get accessibility nodes, so screen readers and
//! tests read a slide as they read the document.

use std::sync::Arc;

use egui::{Color32, CornerRadius, FontFamily, FontId, Pos2, Rect, Sense, Ui, pos2, vec2};

use super::Command;
use super::fonts::SEMIBOLD;
use super::picture::centred_square;
use crate::layout::Color;
use crate::layout::items::Item;
use crate::layout::text::Text;

/// Where a page's layout units land on the screen: `origin` plus `scale` points a unit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placement {
    /// Where the canvas's top left lands.
    pub origin: Pos2,
    /// Points per layout unit.
    pub scale: f32,
}

impl Placement {
    /// The canvas of `size` units scaled to fit `rect`, centred in it.
    pub fn fit(rect: Rect, size: (f32, f32)) -> Self {
        let scale = (rect.width() / size.0).min(rect.height() / size.1).max(0.0);
        let used = vec2(size.0 * scale, size.1 * scale);
        Self {
            origin: rect.center() - used / 2.0,
            scale,
        }
    }

    fn pos(&self, x: f32, y: f32) -> Pos2 {
        self.origin + vec2(x * self.scale, y * self.scale)
    }

    fn rect(&self, x: f32, y: f32, width: f32, height: f32) -> Rect {
        Rect::from_min_size(
            self.pos(x, y),
            vec2(width * self.scale, height * self.scale),
        )
    }
}

fn color32((r, g, b): Color) -> Color32 {
    Color32::from_rgb(r, g, b)
}

/// Whether a painted page reacts: links open and nodes are announced (the slide), or it is
/// a picture (a thumbnail).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Interaction {
    /// Links open; every text and figure has an accessibility node.
    Live,
    /// Nothing reacts and nothing is announced.
    Picture,
}

/// Paints `items` at `placement`. A click on a link pushes [`Command::OpenUrl`].
pub fn page_ui(
    ui: &mut Ui,
    items: &[Item],
    placement: Placement,
    interaction: Interaction,
    commands: &mut Vec<Command>,
) {
    let painter = ui.painter().clone();
    // A paragraph is announced once, with all its lines, at its first line.
    let mut announced: Vec<*const Text> = Vec::new();
    for (index, item) in items.iter().enumerate() {
        match item {
            Item::Line { .. } | Item::PageNumber { .. } => {
                let Some((text, line, x, top, color)) = item.text_line() else {
                    continue;
                };
                let content = text.line_text(line);
                if content.trim().is_empty() {
                    continue;
                }
                let family = if text.bold {
                    FontFamily::Name(SEMIBOLD.into())
                } else {
                    FontFamily::Proportional
                };
                let font = FontId::new(text.size * placement.scale, family);
                let galley = painter.layout_no_wrap(
                    content.trim_start_matches('\u{200E}').to_owned(),
                    font,
                    color32(color),
                );
                // Baselines meet: the layout's baseline, less how far below its top egui
                // puts the row's baseline. That is the main font's: egui centres a fallback
                // font's glyphs (a Chinese name) in the row, a few pixels lower.
                let egui_baseline = galley.rows.first().map_or(0.0, |row| {
                    let main = row
                        .glyphs
                        .iter()
                        .find(|g| (g.font_face_ascent - g.font_ascent).abs() < 0.01);
                    match (main, row.glyphs.first()) {
                        (Some(glyph), _) => row.pos.y + glyph.pos.y,
                        (None, Some(glyph)) => row.pos.y + glyph.font_ascent.round(),
                        (None, None) => 0.0,
                    }
                });
                let baseline = placement.pos(x, top + text.baseline_in_box(line));
                let at = pos2(baseline.x, baseline.y - egui_baseline);
                let rect = Rect::from_min_size(at, galley.size());
                painter.galley(at, galley, color32(color));
                let key = Arc::as_ptr(text);
                if interaction == Interaction::Live && !announced.contains(&key) {
                    announced.push(key);
                    let label = text.plain().to_owned();
                    ui.interact(
                        rect,
                        ui.scope_id().with(("slide-text", index)),
                        Sense::hover(),
                    )
                    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &label));
                }
            }
            Item::Rect {
                x,
                y,
                width,
                height,
                color,
                opacity,
            } => {
                painter.rect_filled(
                    placement.rect(*x, *y, *width, *height),
                    CornerRadius::ZERO,
                    color32(*color).gamma_multiply(*opacity),
                );
            }
            Item::Rule {
                from,
                to,
                width,
                color,
            } => {
                painter.line_segment(
                    [placement.pos(from.0, from.1), placement.pos(to.0, to.1)],
                    egui::Stroke::new(width * placement.scale, color32(*color)),
                );
            }
            Item::Disc {
                x,
                y,
                diameter,
                color,
            } => {
                let r = diameter / 2.0;
                painter.circle_filled(
                    placement.pos(x + r, y + r),
                    r * placement.scale,
                    color32(*color),
                );
            }
            Item::Image {
                path,
                alt,
                x,
                y,
                width,
                height,
                circle,
                ..
            } => {
                let rect = placement.rect(*x, *y, *width, *height);
                image_ui(ui, path, alt, rect, *circle);
            }
            Item::Link {
                x,
                y,
                width,
                height,
                url,
            } => {
                if interaction == Interaction::Live {
                    let rect = placement.rect(*x, *y, *width, *height);
                    let response = ui
                        .interact(
                            rect,
                            ui.scope_id().with(("slide-link", index)),
                            Sense::click(),
                        )
                        .on_hover_cursor(egui::CursorIcon::PointingHand);
                    if response.clicked() {
                        commands.push(Command::OpenUrl(url.clone()));
                    }
                }
            }
            Item::Alt {
                x,
                y,
                width,
                height,
                text,
            } => {
                if interaction == Interaction::Live {
                    let rect = placement.rect(*x, *y, *width, *height);
                    ui.interact(
                        rect,
                        ui.scope_id().with(("slide-alt", index)),
                        Sense::hover(),
                    )
                    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, text));
                }
            }
        }
    }
}

/// An image file in `rect`; a photo (`circle`) cropped to the centred square of its pixels
/// and rounded. Drawn by egui's loaders, as the document draws it.
fn image_ui(ui: &mut Ui, path: &std::path::Path, alt: &str, rect: Rect, circle: bool) {
    let uri = format!("file://{}", path.display());
    let image = egui::Image::new(uri).alt_text(alt);
    let image = if circle {
        let crop = match image.load_for_size(ui.ctx(), rect.size()) {
            Ok(egui::load::TexturePoll::Ready { texture }) => centred_square(texture.size),
            _ => Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0)),
        };
        image.uv(crop).corner_radius(CornerRadius::same(u8::MAX))
    } else {
        image
    };
    image.paint_at(ui, rect);
    ui.interact(
        rect,
        ui.scope_id().with(("slide-image", path)),
        Sense::hover(),
    )
    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, alt));
}
