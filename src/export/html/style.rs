//! The page's one stylesheet: folio's colours as CSS variables, light and dark.

use crate::palette::{AA_TEXT, Colours, readable};

/// The page's colours as CSS variables. Every colour text is set in is made to read at WCAG
/// AA (4.5:1) on every surface it can sit on, the author's accent included: `--accent` stays
/// the author's for rules and bars, `--accent-text` is its readable shade for links and
/// headings.
pub(super) fn css_variables(c: &Colours) -> String {
    let grounds = [
        c.background,
        c.surface,
        c.surface_alt,
        c.accent_soft,
        c.good_soft,
        c.bad_soft,
    ];
    let text = |colour| readable(colour, &grounds, AA_TEXT);
    [
        ("bg", c.background),
        ("surface", c.surface),
        ("surface-alt", c.surface_alt),
        ("border", c.border),
        ("text", text(c.text)),
        ("muted", text(c.muted)),
        ("strong", text(c.strong)),
        ("accent", c.accent),
        ("accent-text", text(c.accent)),
        ("accent-soft", c.accent_soft),
        ("on-accent", readable(c.on_accent, &[c.accent], AA_TEXT)),
        ("good", text(c.good)),
        ("good-soft", c.good_soft),
        ("bad", text(c.bad)),
        ("bad-soft", c.bad_soft),
        ("warn", text(c.warn)),
        ("before", c.before_bar),
    ]
    .iter()
    .map(|(name, rgb)| format!("--{name}: {};", rgb.css()))
    .collect::<Vec<_>>()
    .join(" ")
}

/// The page's look: the app's reading column, cards and type scale, readable from 390 px.
pub(super) const STYLE: &str = r#"
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--text);
  font: 16px/1.55 Inter, "Segoe UI", system-ui, -apple-system, "Noto Sans", sans-serif; }
.page { display: flex; max-width: 1240px; margin: 0 auto; }
.toc { position: sticky; top: 0; align-self: flex-start; width: 248px; flex: none;
  max-height: 100vh; overflow-y: auto; padding: 32px 16px; }
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc li { margin: 2px 0; }
.toc li.sub { padding-left: 14px; font-size: 13px; }
.toc a { color: var(--text); text-decoration: none; display: block; padding: 4px 8px; border-radius: 6px; }
.toc a:hover { background: var(--surface-alt); }
main { flex: 1; min-width: 0; max-width: 880px; padding: 32px; }
h1 { font-size: 44px; line-height: 1.15; margin: 0 0 4px; color: var(--strong); }
h2 { font-size: 28px; margin: 56px 0 20px; color: var(--strong); }
h2::after { content: ""; display: block; width: 40px; height: 3px; margin-top: 6px;
  background: var(--accent); border-radius: 2px; }
h3 { font-size: 18px; margin: 0 0 4px; color: var(--strong); }
h4 { font-size: 12px; letter-spacing: .08em; text-transform: uppercase; color: var(--muted);
  margin: 18px 0 4px; }
p { margin: 0 0 10px; }
a { color: var(--accent-text); }
.hero { display: flex; gap: 24px; align-items: flex-start; padding-top: 16px; }
.avatar { width: 96px; height: 96px; border-radius: 50%; object-fit: cover; flex: none; }
.initials { background: var(--accent); color: var(--on-accent); display: flex;
  align-items: center; justify-content: center; font-weight: 700; font-size: 34px; }
.headline { font-size: 19px; font-weight: 700; color: var(--accent-text); margin: 0; }
.tagline { font-size: 19px; color: var(--muted); margin: 6px 0 0; }
.location { margin-top: 12px; }
.pill { display: inline-block; padding: 2px 10px; border-radius: 10px; background: var(--good-soft);
  color: var(--good); text-decoration: none; font-size: 14px; }
.links { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; }
.button { display: inline-block; padding: 4px 12px; border-radius: 6px; background: var(--surface-alt);
  color: var(--text); text-decoration: none; border: 1px solid var(--border); }
.button.disabled { opacity: .6; }
.meta { color: var(--accent-text); font-size: 13px; }
.muted, .note { color: var(--muted); }
.note { font-size: 13px; }
.card { background: var(--surface); border: 1px solid var(--border); border-radius: 12px;
  padding: 24px; margin: 0 0 16px; break-inside: avoid; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(250px, 1fr)); gap: 16px;
  list-style: none; padding: 0; margin: 0; }
.grid .card { margin: 0; }
.principles { counter-reset: principle; }
.principles li::before { counter-increment: principle; content: counter(principle, decimal-leading-zero);
  color: var(--accent-text); font-weight: 700; font-size: 13px; }
.tags { list-style: none; padding: 0; margin: 8px 0 0; display: flex; flex-wrap: wrap; gap: 6px; }
.chip { display: inline-block; padding: 1px 9px; border-radius: 10px; background: var(--surface-alt);
  color: var(--text); font-size: 13px; font-weight: 400; }
figure { margin: 16px 0; }
figure img { max-width: 100%; max-height: 420px; border-radius: 6px; display: block; }
figcaption { color: var(--muted); font-size: 13px; margin-top: 4px; }
.placeholder { background: var(--surface-alt); padding: 18px; border-radius: 6px; color: var(--muted); }
.timeline { list-style: none; padding: 0; margin: 0; }
.timeline > li { position: relative; padding: 0 0 24px 30px; border-left: 2px solid var(--border);
  margin-left: 7px; break-inside: avoid; }
.timeline > li:last-child { border-left-color: transparent; }
.timeline > li::before { content: ""; position: absolute; left: -8px; top: 4px; width: 8px; height: 8px;
  border: 3px solid var(--accent); background: var(--bg); border-radius: 50%; }
.highlights { padding-left: 18px; list-style: disc; }
.highlights li { margin: 6px 0; }
.courses { padding-left: 18px; }
.chart { margin: 12px 0 16px; max-width: 640px; break-inside: avoid; }
.chart-head { display: flex; flex-wrap: wrap; gap: 6px; align-items: baseline; }
.chart-head .label { font-weight: 700; color: var(--strong); margin-right: auto; font-size: 15px; }
.badge { padding: 1px 8px; border-radius: 10px; font-size: 13px; font-weight: 700;
  background: var(--surface-alt); color: var(--muted); }
.badge.good { background: var(--good-soft); color: var(--good); }
.badge.bad { background: var(--bad-soft); color: var(--bad); }
.bars { margin-top: 6px; }
.bar-row { display: grid; grid-template-columns: 4.5em 1fr 8em; align-items: center;
  column-gap: 8px; margin: 4px 0; }
.bar-row svg { width: 100%; height: 22px; display: block; }
.bar-row svg.thin { height: 11px; }
.bar-row .side { font-size: 13px; color: var(--muted); }
.bar-row .value { font-size: 14px; font-weight: 700; color: var(--strong); white-space: nowrap; }
svg .track { fill: var(--surface-alt); }
svg .bar.before { fill: var(--before); }
svg .bar.good { fill: var(--good); } svg .bar.bad { fill: var(--bad); } svg .bar.neutral { fill: var(--accent); }
svg .bar.range { opacity: .45; }
svg .mark { stroke-width: 2; } svg .mark.before { stroke: var(--before); }
svg .mark.good { stroke: var(--good); } svg .mark.bad { stroke: var(--bad); } svg .mark.neutral { stroke: var(--accent); }
.verdict { font-size: 13px; margin: 4px 0 0 calc(4.5em + 8px); }
.good { color: var(--good); } .bad { color: var(--bad); } .warn { color: var(--warn); }
td.neutral { color: var(--text); }
.tiles { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 8px; }
.tile { background: var(--surface-alt); border-radius: 12px; padding: 14px; width: 196px;
  display: flex; flex-direction: column; break-inside: avoid; }
.figure { font-size: 28px; font-weight: 700; color: var(--strong); }
.figure.good { color: var(--good); } .figure.bad { color: var(--bad); }
.outcome { font-size: 18px; font-weight: 700; color: var(--good); }
.tile .muted { font-size: 13px; }
.scroll { overflow-x: auto; }
table.impact { border-collapse: collapse; width: 100%; font-size: 14px; }
.impact th { text-align: left; color: var(--muted); font-weight: 600; border-bottom: 1px solid var(--border);
  padding: 6px 8px; white-space: nowrap; }
.impact td { padding: 6px 8px; border-bottom: 1px solid var(--border); vertical-align: top; }
.impact td:nth-child(5) { font-weight: 700; white-space: nowrap; }
.impact td:nth-child(6) { white-space: nowrap; }
.lead { font-size: 18px; }
footer { margin-top: 56px; padding-top: 8px; border-top: 1px solid var(--border); color: var(--muted);
  font-size: 13px; }
@media (max-width: 900px) {
  .page { display: block; }
  .toc { position: static; width: auto; max-height: none; padding: 16px 16px 0; }
  .toc ol { display: flex; flex-wrap: wrap; gap: 4px; }
  .toc li.sub { display: none; }
  main { padding: 16px; }
}
@media (max-width: 520px) {
  h1 { font-size: 32px; }
  .hero { flex-direction: column; gap: 12px; }
  .avatar { width: 72px; height: 72px; }
  .card { padding: 16px; }
  .verdict { margin-left: 0; }
}
@media print {
  .toc { display: none; }
  .page { display: block; max-width: none; }
  main { max-width: none; padding: 0; }
  body { font-size: 11pt; }
  a { color: inherit; }
  h2, h3, h4 { break-after: avoid; }
  .card, .chart, .tile, .timeline > li, tr { break-inside: avoid; }
}
"#;
