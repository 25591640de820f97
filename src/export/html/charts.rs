//! A case study's figures as inline SVG charts with their sentence for screen readers,
//! on the scales of `crate::chart`.

use std::fmt::Write as _;

use super::escape;
use crate::chart::{Axes, VerdictTone, relative_fraction, verdict_line};
use crate::document::words;
use crate::metrics::{ChangeAnalysis, RelativeAnalysis, Tone};

pub(super) fn tone_class(tone: Tone) -> &'static str {
    match tone {
        Tone::Good => "good",
        Tone::Bad => "bad",
        Tone::Neutral => "neutral",
    }
}

/// The chart's geometry in the SVG's own units: a 640-wide box, bars between the side names
/// and the printed values, as in the app.
const SVG_WIDTH: f32 = 640.0;
const NAME_WIDTH: f32 = 72.0;
const VALUE_WIDTH: f32 = 130.0;
const BAR_HEIGHT: f32 = 22.0;
const BAR_GAP: f32 = 8.0;

/// A before/after chart as inline SVG, titled with its sentence, with its badges and verdict
/// in HTML around it.
pub(super) fn change_svg(label: &str, change: &ChangeAnalysis, axes: &Axes) -> String {
    let chart = axes.chart(change);
    let sentence = change.sentence(label);
    let tone = tone_class(change.tone);
    let mut out = String::new();
    let _ = write!(
        out,
        "<div class=\"chart\">\n<div class=\"chart-head\"><span class=\"label\">{}</span>\
         <span class=\"badge {tone}\">{}</span>",
        escape(label),
        escape(&change.change_text())
    );
    if let Some(factor) = change.factor_text() {
        let _ = write!(out, "<span class=\"badge\">{}</span>", escape(&factor));
    }
    out.push_str("</div>\n");
    let height = BAR_HEIGHT * 2.0 + BAR_GAP;
    let track = SVG_WIDTH - NAME_WIDTH - VALUE_WIDTH;
    let _ = write!(
        out,
        "<svg viewBox=\"0 0 {SVG_WIDTH} {height}\" role=\"img\" class=\"bars\">\
         <title>{}</title><desc>{}</desc>",
        escape(&sentence),
        escape(&format!(
            "{}: {}. {}: {}.",
            change.before.name, change.before.text, change.after.name, change.after.text
        ))
    );
    for (index, bar) in chart.bars.iter().enumerate() {
        let y = index as f32 * (BAR_HEIGHT + BAR_GAP);
        let class = if index == 0 { "before" } else { tone };
        let middle = y + BAR_HEIGHT / 2.0;
        let _ = write!(
            out,
            "<text x=\"0\" y=\"{middle}\" class=\"side\">{}</text>\
             <rect x=\"{NAME_WIDTH}\" y=\"{y}\" width=\"{track}\" height=\"{BAR_HEIGHT}\" rx=\"4\" class=\"track\"/>",
            escape(&bar.name)
        );
        let solid = (track * bar.solid_end).max(3.0);
        let _ = write!(
            out,
            "<rect x=\"{NAME_WIDTH}\" y=\"{y}\" width=\"{solid:.1}\" height=\"{BAR_HEIGHT}\" rx=\"4\" class=\"bar {class}\"/>"
        );
        let mut text_x = NAME_WIDTH + solid;
        if let (Some(range_end), Some(mark)) = (bar.range_end, bar.mark) {
            let start = NAME_WIDTH + track * bar.solid_end;
            let width = track * (range_end - bar.solid_end);
            let mark_x = NAME_WIDTH + track * mark;
            let _ = write!(
                out,
                "<rect x=\"{start:.1}\" y=\"{y}\" width=\"{width:.1}\" height=\"{BAR_HEIGHT}\" rx=\"4\" class=\"bar range {class}\"/>\
                 <line x1=\"{mark_x:.1}\" x2=\"{mark_x:.1}\" y1=\"{}\" y2=\"{}\" class=\"mark {class}\"/>",
                y + 3.0,
                y + BAR_HEIGHT - 3.0
            );
            text_x = text_x.max(NAME_WIDTH + track * range_end);
        }
        let _ = write!(
            out,
            "<text x=\"{:.1}\" y=\"{middle}\" class=\"value\">{}</text>",
            text_x + 8.0,
            escape(&bar.text)
        );
    }
    out.push_str("</svg>\n");
    verdict_html(&mut out, &change.verdict, chart.log_scale);
    out.push_str("</div>\n");
    out
}

pub(super) fn relative_svg(label: &str, relative: &RelativeAnalysis) -> String {
    let tone = tone_class(relative.tone);
    let mut out = String::new();
    let _ = write!(
        out,
        "<div class=\"chart\">\n<div class=\"chart-head\"><span class=\"label\">{}</span>\
         <span class=\"badge {tone}\">{}</span></div>\n",
        escape(label),
        escape(&relative.text)
    );
    let height = BAR_HEIGHT * 0.5;
    let track = SVG_WIDTH - NAME_WIDTH - VALUE_WIDTH;
    let fill = track * relative_fraction(relative);
    let _ = write!(
        out,
        "<svg viewBox=\"0 0 {SVG_WIDTH} {height}\" role=\"img\" class=\"bars\">\
         <title>{}</title>\
         <text x=\"0\" y=\"{}\" class=\"side\">change</text>\
         <rect x=\"{NAME_WIDTH}\" y=\"0\" width=\"{track}\" height=\"{height}\" rx=\"4\" class=\"track\"/>\
         <rect x=\"{NAME_WIDTH}\" y=\"0\" width=\"{fill:.1}\" height=\"{height}\" rx=\"4\" class=\"bar {tone}\"/></svg>",
        escape(&format!("{label}: {}", relative.text)),
        height / 2.0
    );
    out.push('\n');
    verdict_html(&mut out, &relative.verdict, false);
    out.push_str("</div>\n");
    out
}

pub(super) fn verdict_html(out: &mut String, verdict: &crate::metrics::Verdict, log_scale: bool) {
    let line = verdict_line(verdict);
    if line.is_none() && !log_scale {
        return;
    }
    out.push_str("<p class=\"verdict\">");
    if let Some((text, tone)) = line {
        let class = match tone {
            VerdictTone::Agrees => "good",
            VerdictTone::Disagrees => "warn",
            VerdictTone::Unchecked => "muted",
        };
        let _ = write!(out, "<span class=\"{class}\">{}</span> ", escape(&text));
    }
    if log_scale {
        let _ = write!(
            out,
            "<span class=\"muted\" title=\"{}\">· {}</span>",
            escape(crate::chart::LOG_SCALE_EXPLANATION),
            words::LOG_SCALE
        );
    }
    out.push_str("</p>\n");
}
