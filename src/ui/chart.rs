//! Charts of metrics, drawn with egui's painter: before/after bars (log scale when one side
//! would vanish), relative changes, figure tiles and outcomes. egui_plot is a scientific
//! plot with axes and no log scale; a portfolio needs two labelled bars and a verdict.

use egui::{
    Align, Align2, CornerRadius, Layout, Rect, Response, RichText, Sense, Ui, WidgetInfo, pos2,
    vec2,
};

use super::text::{Highlighter, badge};
use super::theme::{self, Theme};
use crate::metrics::{
    Analysis, AnalysisKind, ChangeAnalysis, FigureAnalysis, RelativeAnalysis, Tone, Verdict,
    format_base,
};

/// Draws every metric of a case study: charts first, then the single figures as tiles.
pub fn metrics_panel(ui: &mut Ui, theme: &Theme, analyses: &[Analysis]) {
    // A case study's charts of one kind share one scale: equal bars, equal values.
    let axes = crate::chart::Axes::of(analyses);
    for analysis in analyses {
        match &analysis.kind {
            AnalysisKind::Change(change) => {
                change_chart(ui, theme, &analysis.label, change, &axes);
                ui.add_space((theme::BLOCK_GAP * theme.scale) * 0.6);
            }
            AnalysisKind::Relative(relative) => {
                relative_chart(ui, theme, &analysis.label, relative);
                ui.add_space((theme::BLOCK_GAP * theme.scale) * 0.6);
            }
            AnalysisKind::Incomparable {
                before,
                after,
                reason,
            } => {
                ui.label(
                    RichText::new(format!(
                        "⚠ {}: {before} → {after} ({reason})",
                        analysis.label
                    ))
                    .color(theme.palette.warn),
                );
            }
            AnalysisKind::Figure(_) | AnalysisKind::Outcome { .. } => {}
        }
    }
    let tiles: Vec<&Analysis> = analyses.iter().filter(|a| a.is_tile()).collect();
    if !tiles.is_empty() {
        // Rows of as many tiles as fit: a frame's size is known only once drawn, so a
        // wrapping layout cannot wrap tiles and would push them past the edge.
        let gap = 12.0;
        let tile_width = (theme::TILE_WIDTH - 28.0) * theme.scale + 28.0;
        let per_row = (((ui.available_width() + gap) / (tile_width + gap)).floor() as usize).max(1);
        for row in tiles.chunks(per_row) {
            ui.horizontal_top(|ui| {
                ui.spacing_mut().item_spacing = vec2(gap, gap);
                for analysis in row {
                    match &analysis.kind {
                        AnalysisKind::Figure(figure) => {
                            figure_tile(ui, theme, &analysis.label, figure);
                        }
                        AnalysisKind::Outcome { text } => {
                            outcome_tile(ui, theme, &analysis.label, text);
                        }
                        _ => {}
                    }
                }
            });
            ui.add_space(gap);
        }
    }
}

/// How far the bars have grown, 0 to 1, starting when the chart is first drawn.
fn growth(ui: &Ui, id: egui::Id, theme: &Theme) -> f32 {
    if !theme.animate {
        return 1.0;
    }
    let now = ui.input(|i| i.time);
    let started = ui.data_mut(|d| *d.get_temp_mut_or_insert_with(id, || now));
    let t = ((now - started) as f32 / theme::BAR_GROW_SECONDS).clamp(0.0, 1.0);
    if t < 1.0 {
        ui.ctx().request_repaint();
    }
    // Ease out: fast start, gentle landing.
    1.0 - (1.0 - t).powi(3)
}

/// A chart's label with its badges at the right. The label wraps in the room the badges
/// leave (`badges_width`, measured by the caller), so a badge is never pushed past the edge.
fn header(
    ui: &mut Ui,
    theme: &Theme,
    label: &str,
    badges_width: f32,
    badges: impl FnOnce(&mut Ui),
) {
    let width = ui.available_width().min(theme.chart_max_width);
    let label_width = (width - badges_width - theme::LINE_GAP * 2.0).max(width * 0.35);
    ui.horizontal_top(|ui| {
        ui.set_max_width(width);
        ui.allocate_ui_with_layout(vec2(label_width, 0.0), Layout::top_down(Align::Min), |ui| {
            ui.set_max_width(label_width);
            ui.add(
                egui::Label::new(
                    RichText::new(label)
                        .font(theme.bold(theme::BODY_SIZE - 1.0))
                        .color(theme.palette.strong),
                )
                .wrap(),
            );
        });
        ui.with_layout(Layout::right_to_left(Align::Min), badges);
    });
}

/// The width badges with these texts take in a row.
fn badges_width(ui: &Ui, theme: &Theme, texts: &[&str]) -> f32 {
    texts
        .iter()
        .map(|text| super::text::badge_width(ui, theme, text) + ui.spacing().item_spacing.x)
        .sum()
}

/// A before/after chart: two bars, a badge for the change and one for the factor, the scale,
/// and the claim's verdict. Exact values are in the tooltip.
pub fn change_chart(
    ui: &mut Ui,
    theme: &Theme,
    label: &str,
    change: &ChangeAnalysis,
    axes: &crate::chart::Axes,
) -> Response {
    let (tone_color, tone_fill) = theme.tone(change.tone);
    let factor_text = change.factor_text();
    let change_text = change.change_text();
    let mut texts = vec![change_text.as_str()];
    texts.extend(factor_text.as_deref());
    let reserved = badges_width(ui, theme, &texts);
    header(ui, theme, label, reserved, |ui| {
        if let Some(factor) = factor_text {
            badge(
                ui,
                theme,
                &factor,
                theme.palette.muted,
                theme.palette.surface_alt,
            );
        }
        badge(ui, theme, &change_text, tone_color, tone_fill);
    });
    let width = ui.available_width().min(theme.chart_max_width);
    let height = (theme::BAR_HEIGHT * theme.scale) * 2.0 + (theme::LINE_GAP * theme.scale) * 2.0;
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
    let grow = growth(ui, response.id, theme);
    let bars = Rect::from_min_max(
        pos2(
            rect.left() + (theme::BAR_NAME_WIDTH * theme.scale),
            rect.top(),
        ),
        pos2(
            rect.right() - (theme::BAR_VALUE_WIDTH * theme.scale),
            rect.bottom(),
        ),
    );
    let chart = axes.chart(change);
    let colors = [theme.palette.before_bar, tone_color];
    let painter = ui.painter_at(rect.expand(2.0));
    for (index, (bar, color)) in chart.bars.iter().zip(colors).enumerate() {
        let top = rect.top()
            + index as f32 * ((theme::BAR_HEIGHT * theme.scale) + (theme::LINE_GAP * theme.scale));
        let row = Rect::from_min_size(
            pos2(bars.left(), top),
            vec2(bars.width(), theme::BAR_HEIGHT * theme.scale),
        );
        painter.text(
            pos2(rect.left(), row.center().y),
            Align2::LEFT_CENTER,
            &bar.name,
            theme.small(),
            theme.palette.muted,
        );
        painter.rect_filled(row, CornerRadius::same(4), theme.palette.surface_alt);
        let at = |fraction: f32| row.left() + row.width() * fraction * grow;
        let end_low = at(bar.solid_end);
        let solid = Rect::from_min_max(row.min, pos2(end_low.max(row.left() + 3.0), row.bottom()));
        painter.rect_filled(solid, CornerRadius::same(4), color);
        let mut text_left = solid.right();
        if let (Some(range_end), Some(mark)) = (bar.range_end, bar.mark) {
            let end_high = at(range_end);
            let range = Rect::from_min_max(pos2(end_low, row.top()), pos2(end_high, row.bottom()));
            painter.rect_filled(range, CornerRadius::same(4), color.gamma_multiply(0.45));
            let mid = at(mark);
            painter.line_segment(
                [pos2(mid, row.top() + 3.0), pos2(mid, row.bottom() - 3.0)],
                egui::Stroke::new(2.0, color),
            );
            text_left = text_left.max(end_high);
        }
        painter.text(
            pos2(text_left + 8.0, row.center().y),
            Align2::LEFT_CENTER,
            &bar.text,
            theme.bold(theme::SMALL_SIZE + 1.0),
            theme.palette.strong,
        );
    }
    let sentence = change.sentence(label);
    let tooltip = format!(
        "{sentence}\n{}: {} (compared: {})\n{}: {} (compared: {})",
        change.before.name,
        change.before.text,
        format_base(&change.dimension, change.before.value),
        change.after.name,
        change.after.text,
        format_base(&change.dimension, change.after.value),
    );
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Label, true, &sentence));
    let response = response.on_hover_text(tooltip);
    footer(ui, theme, chart.log_scale, &change.verdict);
    response
}

fn footer(ui: &mut Ui, theme: &Theme, log_scale: bool, verdict: &Verdict) {
    let verdict_text = crate::chart::verdict_line(verdict).map(|(text, tone)| {
        let color = match tone {
            crate::chart::VerdictTone::Agrees => theme.palette.good,
            crate::chart::VerdictTone::Disagrees => theme.palette.warn,
            crate::chart::VerdictTone::Unchecked => theme.palette.muted,
        };
        (text, color)
    });
    if verdict_text.is_none() && !log_scale {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.add_space(theme::BAR_NAME_WIDTH * theme.scale);
        if let Some((text, color)) = verdict_text {
            ui.label(RichText::new(text).font(theme.small()).color(color));
        }
        if log_scale {
            ui.label(
                RichText::new(format!("· {}", crate::document::words::LOG_SCALE))
                    .font(theme.small())
                    .color(theme.palette.muted),
            )
            .on_hover_text(crate::chart::LOG_SCALE_EXPLANATION);
        }
    });
}

/// A relative change: a badge and a bar from zero, a full bar being 100 %.
pub fn relative_chart(
    ui: &mut Ui,
    theme: &Theme,
    label: &str,
    relative: &RelativeAnalysis,
) -> Response {
    let (color, fill) = theme.tone(relative.tone);
    let reserved = badges_width(ui, theme, &[relative.text.as_str()]);
    header(ui, theme, label, reserved, |ui| {
        badge(ui, theme, &relative.text, color, fill);
    });
    let width = ui.available_width().min(theme.chart_max_width);
    // Tall enough for the row's name at any text scale; the track is centred in it.
    let height = (theme.small().size + 4.0).max((theme::BAR_HEIGHT * theme.scale) * 0.5);
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
    let grow = growth(ui, response.id, theme);
    let track = Rect::from_min_max(
        pos2(
            rect.left() + (theme::BAR_NAME_WIDTH * theme.scale),
            rect.center().y - (theme::BAR_HEIGHT * theme.scale) * 0.25,
        ),
        pos2(
            rect.right() - (theme::BAR_VALUE_WIDTH * theme.scale),
            rect.center().y + (theme::BAR_HEIGHT * theme.scale) * 0.25,
        ),
    );
    let painter = ui.painter_at(rect.expand(2.0));
    painter.rect_filled(track, CornerRadius::same(4), theme.palette.surface_alt);
    let fraction = crate::chart::relative_fraction(relative) * grow;
    let fill_rect = Rect::from_min_size(track.min, vec2(track.width() * fraction, track.height()));
    painter.rect_filled(fill_rect, CornerRadius::same(4), color);
    painter.text(
        pos2(rect.left(), track.center().y),
        Align2::LEFT_CENTER,
        "change",
        theme.small(),
        theme.palette.muted,
    );
    let sentence = format!("{label}: {}", relative.text);
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Label, true, &sentence));
    let response = response.on_hover_text(format!(
        "{sentence} ({} is better)",
        match relative.better {
            crate::model::Better::Lower => "lower",
            crate::model::Better::Higher => "higher",
        }
    ));
    footer(ui, theme, false, &relative.verdict);
    response
}

fn tile_frame(ui: &mut Ui, theme: &Theme, add: impl FnOnce(&mut Ui)) -> Response {
    egui::Frame::new()
        .fill(theme.palette.surface_alt)
        .corner_radius(CornerRadius::same(theme::CARD_RADIUS))
        .inner_margin(egui::Margin::same(14))
        .show(ui, |ui| {
            ui.set_width(((theme::TILE_WIDTH - 28.0) * theme.scale).max(1.0));
            ui.vertical(add);
        })
        .response
}

/// A single figure as a tile: the number large, its label small.
pub fn figure_tile(ui: &mut Ui, theme: &Theme, label: &str, figure: &FigureAnalysis) -> Response {
    let color = match figure.tone {
        Tone::Good => theme.palette.good,
        Tone::Bad => theme.palette.bad,
        Tone::Neutral => theme.palette.strong,
    };
    let response = tile_frame(ui, theme, |ui| {
        if let Some(was) = &figure.was {
            ui.label(
                RichText::new(format!("{was} →"))
                    .font(theme.small())
                    .color(theme.palette.muted),
            );
        }
        ui.label(
            RichText::new(&figure.text)
                .font(theme.bold(theme::FIGURE_SIZE))
                .color(color),
        );
        ui.label(
            RichText::new(label)
                .font(theme.small())
                .color(theme.palette.muted),
        );
    });
    let sentence = match &figure.was {
        Some(was) => format!("{label}: {was} to {}", figure.text),
        None => format!("{label}: {}", figure.text),
    };
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Label, true, &sentence));
    response
}

/// A result in words, as a tile.
pub fn outcome_tile(ui: &mut Ui, theme: &Theme, label: &str, text: &str) -> Response {
    let response = tile_frame(ui, theme, |ui| {
        ui.label(
            RichText::new(format!("✓ {text}"))
                .font(theme.bold(theme::BODY_SIZE + 2.0))
                .color(theme.palette.good),
        );
        ui.label(
            RichText::new(label)
                .font(theme.small())
                .color(theme.palette.muted),
        );
    });
    let sentence = format!("{label}: {text}");
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Label, true, &sentence));
    response
}

/// A one-line summary of a metric for a bullet: "5 s → 500 ms (−90 %)", its words found by
/// the document's search like the bullet's.
pub fn metric_chip(ui: &mut Ui, theme: &Theme, analysis: &Analysis, highlighter: &mut Highlighter) {
    let (text, color) = match &analysis.kind {
        AnalysisKind::Change(c) => (
            format!(
                "{}: {} → {} ({})",
                analysis.label,
                c.before.text,
                c.after.text,
                c.change_text()
            ),
            theme.tone(c.tone).0,
        ),
        AnalysisKind::Relative(r) => (
            format!("{}: {}", analysis.label, r.text),
            theme.tone(r.tone).0,
        ),
        AnalysisKind::Figure(f) => (
            format!("{}: {}", analysis.label, f.text),
            theme.palette.strong,
        ),
        AnalysisKind::Outcome { text } => {
            (format!("{}: {text}", analysis.label), theme.palette.good)
        }
        AnalysisKind::Incomparable { reason, .. } => {
            (format!("{}: {reason}", analysis.label), theme.palette.warn)
        }
    };
    highlighter.badge(ui, theme, &text, color, theme.palette.surface_alt);
}
