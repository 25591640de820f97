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

/// A bar's track in the SVG's own units; it stretches to the room between the side's name
/// and its value, which are HTML text of a fixed size.
const TRACK: f32 = 1000.0;
const BAR_HEIGHT: f32 = 22.0;

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
    // The figures are HTML text beside bars that stretch: on a 390 px phone they keep their
    // size, where text inside a scaled SVG shrank to 7 px.
    let _ = write!(
        out,
        "<div class=\"bars\" role=\"img\" aria-label=\"{}\">",
        escape(&sentence)
    );
    for (index, bar) in chart.bars.iter().enumerate() {
        let class = if index == 0 { "before" } else { tone };
        let solid = (TRACK * bar.solid_end).max(3.0);
        let _ = write!(
            out,
            "<div class=\"bar-row\" aria-hidden=\"true\"><span class=\"side\">{}</span>\
             <svg viewBox=\"0 0 {TRACK} {BAR_HEIGHT}\" preserveAspectRatio=\"none\">\
             <rect width=\"{TRACK}\" height=\"{BAR_HEIGHT}\" class=\"track\"/>\
             <rect width=\"{solid:.1}\" height=\"{BAR_HEIGHT}\" class=\"bar {class}\"/>",
            escape(&bar.name)
        );
        if let (Some(range_end), Some(mark)) = (bar.range_end, bar.mark) {
            let start = TRACK * bar.solid_end;
            let width = TRACK * (range_end - bar.solid_end);
            let mark_x = TRACK * mark;
            let _ = write!(
                out,
                "<rect x=\"{start:.1}\" width=\"{width:.1}\" height=\"{BAR_HEIGHT}\" class=\"bar range {class}\"/>\
                 <line x1=\"{mark_x:.1}\" x2=\"{mark_x:.1}\" y1=\"3\" y2=\"{}\" class=\"mark {class}\" vector-effect=\"non-scaling-stroke\"/>",
                BAR_HEIGHT - 3.0
            );
        }
        let _ = write!(
            out,
            "</svg><span class=\"value\">{}</span></div>",
            escape(&bar.text)
        );
    }
    out.push_str("</div>\n");
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
    let fill = TRACK * relative_fraction(relative);
    let _ = write!(
        out,
        "<div class=\"bars\" role=\"img\" aria-label=\"{}\">\
         <div class=\"bar-row\" aria-hidden=\"true\"><span class=\"side\">change</span>\
         <svg viewBox=\"0 0 {TRACK} {height}\" preserveAspectRatio=\"none\" class=\"thin\">\
         <rect width=\"{TRACK}\" height=\"{height}\" class=\"track\"/>\
         <rect width=\"{fill:.1}\" height=\"{height}\" class=\"bar {tone}\"/></svg>\
         <span class=\"value\"></span></div></div>",
        escape(&format!("{label}: {}", relative.text)),
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
