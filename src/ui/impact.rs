//! The impact table: every figure of every case study, biggest change first, sortable by a
//! click on a column's heading. One table for the document and for slides.

use egui::{Align, Layout, RichText, Ui};
use egui_extras::{Column, TableBuilder};

use super::theme::{self, Theme};
use crate::impact::{ImpactColumn, ImpactOrder, ImpactRow};
use crate::metrics::Tone;

/// How wide each column is, as a share of the table's width; the rest goes to the metric.
const SHARES: [f32; 7] = [0.2, 0.22, 0.1, 0.12, 0.14, 0.12, 0.1];

/// Draws `rows` as a table `width` wide. With `order`, the headings are buttons that sort
/// (and the new order is written back); without, the table is fixed (on a slide).
pub fn impact_table_ui(
    ui: &mut Ui,
    theme: &Theme,
    id_salt: &str,
    rows: &[ImpactRow],
    mut order: Option<&mut ImpactOrder>,
) {
    let width = ui.available_width();
    let row_height = theme.small().size.max(theme.body().size) * 1.6;
    let mut builder = TableBuilder::new(ui)
        .id_salt(id_salt)
        .striped(true)
        .resizable(false)
        .vscroll(false)
        .cell_layout(Layout::left_to_right(Align::Center));
    for (index, share) in SHARES.iter().enumerate() {
        let column = if index + 1 == SHARES.len() {
            Column::remainder().clip(true)
        } else {
            Column::exact((width * share - 8.0).max(24.0)).clip(true)
        };
        builder = builder.column(column);
    }
    builder
        .header(row_height, |mut header| {
            for column in ImpactColumn::ALL {
                header.col(|ui| {
                    let arrow = match &order {
                        Some(order) if order.column == column && order.descending => " ↓",
                        Some(order) if order.column == column => " ↑",
                        _ => "",
                    };
                    let text = RichText::new(format!("{}{arrow}", column.title()))
                        .font(theme.bold(theme::SMALL_SIZE))
                        .color(theme.palette.muted);
                    match order.as_deref_mut() {
                        Some(order) => {
                            let response =
                                ui.add(egui::Button::new(text).frame(false)).on_hover_text(
                                    format!("Sort by {}", column.title().to_lowercase()),
                                );
                            if response.clicked() {
                                *order = order.clicked(column);
                            }
                        }
                        None => {
                            ui.label(text);
                        }
                    }
                });
            }
        })
        .body(|body| {
            body.rows(row_height, rows.len(), |mut table_row| {
                let Some(row) = rows.get(table_row.index()) else {
                    return;
                };
                for column in ImpactColumn::ALL {
                    table_row.col(|ui| cell_ui(ui, theme, row, column));
                }
            });
        });
}

fn cell_ui(ui: &mut Ui, theme: &Theme, row: &ImpactRow, column: ImpactColumn) {
    let text = column.cell(row);
    let (font, color) = match column {
        ImpactColumn::CaseStudy => (theme.small(), theme.palette.muted),
        ImpactColumn::Metric => (theme.bold(theme::SMALL_SIZE + 1.0), theme.palette.strong),
        ImpactColumn::Change => {
            let color = match row.tone {
                Tone::Good => theme.palette.good,
                Tone::Bad => theme.palette.bad,
                Tone::Neutral => theme.palette.text,
            };
            (theme.bold(theme::SMALL_SIZE + 1.0), color)
        }
        ImpactColumn::Verdict if text == "disagrees" => (theme.small(), theme.palette.warn),
        _ => (theme.regular(theme::SMALL_SIZE + 1.0), theme.palette.text),
    };
    let response = ui.add(egui::Label::new(RichText::new(text).font(font).color(color)).truncate());
    if response.hovered() && !text.is_empty() {
        response.on_hover_text(text);
    }
}
