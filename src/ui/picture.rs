//! Images in the document: the person's photo (or their initials on an accent disc), a case
//! study's images with captions, and the placeholder that names a file that cannot be shown.

use std::path::Path;

use egui::{CornerRadius, Rect, RichText, Sense, Ui, pos2, vec2};

use super::Command;
use super::theme::{self, Theme};
use crate::document::initials;
use crate::document::words;
use crate::model::Portfolio;

/// The person's photo in a circle of `diameter`, or their initials when there is no photo or
/// it cannot be shown; nothing (and `false`) for a portfolio with neither photo nor name.
/// Shared by the browse hero and the title slide.
pub fn avatar_ui(
    ui: &mut Ui,
    theme: &Theme,
    portfolio: &Portfolio,
    base_dir: Option<&Path>,
    diameter: f32,
    commands: &mut Vec<Command>,
) -> bool {
    let size = vec2(diameter, diameter);
    if let (Some(photo), Some(base)) = (&portfolio.person.photo, base_dir)
        && image_ui(
            ui,
            &base.join(photo),
            &words::photo_alt(portfolio.display_name()),
            size,
            true,
            commands,
        )
    {
        return true;
    }
    let Some(letters) = portfolio.person.name.as_deref().map(initials) else {
        return false;
    };
    let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
    ui.painter()
        .circle_filled(rect.center(), rect.width() / 2.0, theme.palette.accent);
    ui.painter().text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        letters,
        theme.bold(diameter / theme.scale * 0.36),
        theme.palette.on_accent,
    );
    true
}

/// A case study's image within `max`, or a placeholder naming the file when it cannot be
/// shown, with its caption below. Shared by the document and the slides.
pub fn case_image_ui(
    ui: &mut Ui,
    theme: &Theme,
    image: &crate::model::Image,
    base_dir: Option<&Path>,
    max: egui::Vec2,
    commands: &mut Vec<Command>,
) {
    let alt = words::image_alt(image);
    let shown = base_dir
        .is_some_and(|base| image_ui(ui, &base.join(&image.path), alt, max, false, commands));
    if !shown {
        placeholder_ui(ui, theme, &image.path);
    }
    if let Some(caption) = &image.caption {
        ui.add_space(theme::LINE_GAP);
        ui.label(
            RichText::new(caption)
                .font(theme.small())
                .color(theme.palette.muted),
        );
    }
}

/// Shows an image file, or returns `false` when it cannot be loaded so the caller can show a
/// placeholder.
fn image_ui(
    ui: &mut Ui,
    path: &Path,
    alt: &str,
    max: egui::Vec2,
    round: bool,
    commands: &mut Vec<Command>,
) -> bool {
    let uri = format!("file://{}", path.display());
    // Sized from `max` and the image alone, never from the space the layout offers: inside
    // a horizontal row that space can be zero, and the image was then drawn 0×0.
    let image = egui::Image::new(uri.clone())
        .maintain_aspect_ratio(true)
        .alt_text(alt);
    let image = if round {
        // A photo fills its circle whatever its resolution and shape: a portrait or landscape
        // photo is cropped to its centred square, never squeezed into an oval.
        let crop = match image.load_for_size(ui.ctx(), max) {
            Ok(egui::load::TexturePoll::Ready { texture }) => centred_square(texture.size),
            _ => Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0)),
        };
        image
            .uv(crop)
            .maintain_aspect_ratio(false)
            .fit_to_exact_size(max)
            .corner_radius(CornerRadius::same(u8::MAX))
    } else {
        // A diagram is never blown up past its own pixels, only scaled down to fit.
        image
            .fit_to_original_size(1.0)
            .max_size(max)
            .corner_radius(CornerRadius::same(theme::CARD_RADIUS / 2))
    };
    if image.load_for_size(ui.ctx(), max).is_err() {
        return false;
    }
    let response = ui
        .add(image.sense(Sense::click()))
        .on_hover_cursor(egui::CursorIcon::ZoomIn)
        .on_hover_text("Click to enlarge");
    if response.clicked() {
        commands.push(Command::Enlarge {
            uri,
            alt: alt.to_owned(),
        });
    }
    true
}

/// The texture coordinates of the largest centred square of an image of `size`.
pub(super) fn centred_square(size: egui::Vec2) -> Rect {
    if size.x <= 0.0 || size.y <= 0.0 {
        return Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0));
    }
    let side = size.x.min(size.y);
    let (u, v) = (side / size.x, side / size.y);
    Rect::from_min_max(
        pos2((1.0 - u) / 2.0, (1.0 - v) / 2.0),
        pos2((1.0 + u) / 2.0, (1.0 + v) / 2.0),
    )
}

fn placeholder_ui(ui: &mut Ui, theme: &Theme, path: &str) {
    egui::Frame::new()
        .fill(theme.palette.surface_alt)
        .corner_radius(CornerRadius::same(theme::CARD_RADIUS / 2))
        .inner_margin(egui::Margin::same(18))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(words::image_unavailable(path))
                    .font(theme.small())
                    .color(theme.palette.muted),
            );
        });
}
