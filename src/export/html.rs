//! The portfolio as one self-contained web page: inline CSS, inline SVG charts (drawn from
//! `chart`'s geometry, with the chart's sentence as their title), images as data URIs, no
//! scripts. It works from a USB stick, in light and dark, on a phone and in print.
//!
//! Every text from the file goes through [`escape`]; nothing else writes user text.

use std::fmt::Write as _;
use std::path::Path;

use super::{Theme, image_data_uri};
use crate::chart::{ChangeChart, VerdictTone, relative_fraction, verdict_line};
use crate::document::words;
use crate::document::{Document, Section, initials};
use crate::metrics::{Analysis, AnalysisKind, ChangeAnalysis, RelativeAnalysis, Tone};
use crate::model::{Link, Portfolio, Role};
use crate::palette::{Colours, colours};

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

/// The page. `theme` forces light or dark; without it the reader's system decides.
pub fn page(document: &Document, base_dir: Option<&Path>, theme: Option<Theme>) -> String {
    let portfolio = &document.portfolio;
    let mut page = Page {
        out: String::with_capacity(64 * 1024),
        base_dir,
    };
    page.head(portfolio, theme);
    page.push("<body>\n<div class=\"page\">\n");
    page.toc(document);
    page.push("<main>\n");
    for section in Section::ALL {
        if section.has_content(portfolio) {
            page.section(document, section);
        }
    }
    page.footer(portfolio);
    page.push("</main>\n</div>\n</body>\n</html>\n");
    page.out
}

struct Page<'a> {
    out: String,
    base_dir: Option<&'a Path>,
}

impl Page<'_> {
    fn push(&mut self, text: &str) {
        self.out.push_str(text);
    }

    /// An element with escaped text: `<tag class="class">text</tag>`.
    fn element(&mut self, tag: &str, class: &str, text: &str) {
        let text = escape(text);
        let _ = if class.is_empty() {
            writeln!(self.out, "<{tag}>{text}</{tag}>")
        } else {
            writeln!(self.out, "<{tag} class=\"{class}\">{text}</{tag}>")
        };
    }

    fn head(&mut self, portfolio: &Portfolio, theme: Option<Theme>) {
        let name = portfolio.display_name();
        let title = if portfolio.meta.title.is_empty() {
            format!("{name} — {}", portfolio.person.headline)
        } else {
            portfolio.meta.title.clone()
        };
        self.push("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        self.push("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        let _ = writeln!(self.out, "<title>{}</title>", escape(&title));
        let _ = writeln!(
            self.out,
            "<meta name=\"author\" content=\"{}\">",
            escape(name)
        );
        if let Some(description) = portfolio
            .meta
            .description
            .as_deref()
            .or(portfolio.person.tagline.as_deref())
        {
            let _ = writeln!(
                self.out,
                "<meta name=\"description\" content=\"{}\">",
                escape(description)
            );
        }
        if !portfolio.meta.keywords.is_empty() {
            let _ = writeln!(
                self.out,
                "<meta name=\"keywords\" content=\"{}\">",
                escape(&portfolio.meta.keywords.join(", "))
            );
        }
        let light = colours(false, portfolio.accent);
        let dark = colours(true, portfolio.accent);
        let schemes = match theme {
            Some(Theme::Light) => "light",
            Some(Theme::Dark) => "dark",
            None => "light dark",
        };
        let _ = writeln!(
            self.out,
            "<meta name=\"color-scheme\" content=\"{schemes}\">"
        );
        self.push("<style>\n");
        let variables = match theme {
            Some(Theme::Light) => format!(":root {{ {} }}\n", css_variables(&light)),
            Some(Theme::Dark) => format!(":root {{ {} }}\n", css_variables(&dark)),
            None => format!(
                ":root {{ {} }}\n@media (prefers-color-scheme: dark) {{ :root {{ {} }} }}\n",
                css_variables(&light),
                css_variables(&dark)
            ),
        };
        self.push(&variables);
        self.push(STYLE);
        // Print is always light: ink on paper.
        let _ = writeln!(
            self.out,
            "@media print {{ :root {{ {} }} }}",
            css_variables(&light)
        );
        self.push("</style>\n</head>\n");
    }

    fn toc(&mut self, document: &Document) {
        self.push("<nav class=\"toc\" aria-label=\"Contents\">\n<ol>\n");
        let portfolio = &document.portfolio;
        for entry in &document.outline {
            let id = match entry.anchor {
                crate::document::Anchor::Section(section) => section.id().to_owned(),
                crate::document::Anchor::CaseStudy(index) => portfolio
                    .case_studies
                    .get(index)
                    .map(|c| c.id.to_string())
                    .unwrap_or_default(),
            };
            let class = if entry.depth > 0 {
                " class=\"sub\""
            } else {
                ""
            };
            let _ = writeln!(
                self.out,
                "<li{class}><a href=\"#{}\">{}</a></li>",
                escape(&id),
                escape(&entry.title)
            );
        }
        self.push("</ol>\n</nav>\n");
    }

    fn section(&mut self, document: &Document, section: Section) {
        let portfolio = &document.portfolio;
        if section == Section::Hero {
            self.hero(portfolio);
            return;
        }
        let _ = writeln!(self.out, "<section id=\"{}\">", section.id());
        self.element("h2", "", &section.title(portfolio));
        match section {
            Section::Hero => {}
            Section::About => {
                for paragraph in &portfolio.person.summary {
                    self.element("p", "", paragraph);
                }
            }
            Section::Expertise => {
                self.push("<div class=\"grid\">\n");
                for area in &portfolio.expertise {
                    self.push("<article class=\"card\">\n");
                    self.element("h3", "", &area.title);
                    self.element("p", "", &area.text);
                    self.tags(&area.tags);
                    self.push("</article>\n");
                }
                self.push("</div>\n");
            }
            Section::Impact => self.impact(document),
            Section::CaseStudies => {
                if let Some(note) = &portfolio.confidentiality {
                    self.element("p", "note", note);
                }
                for (index, case) in portfolio.case_studies.iter().enumerate() {
                    let _ = writeln!(
                        self.out,
                        "<article class=\"card case\" id=\"{}\">",
                        escape(&case.id)
                    );
                    self.element("h3", "", &case.title);
                    let meta = crate::document::meta::case_study(case);
                    self.meta(&meta);
                    self.tags(&case.tags);
                    for (label, text) in words::story(case) {
                        self.element("h4", "", label);
                        self.element("p", "", text);
                    }
                    for image in &case.images {
                        self.image(&image.path, image.alt.as_deref(), image.caption.as_deref());
                    }
                    let analyses = document
                        .case_metrics
                        .get(index)
                        .map_or(&[][..], Vec::as_slice);
                    if !analyses.is_empty() {
                        self.element("h4", "", words::RESULTS);
                        self.metrics(analyses);
                    }
                    self.push("</article>\n");
                }
            }
            Section::Experience => self.roles(&portfolio.experience, &document.experience_metrics),
            Section::Research => self.roles(&portfolio.research, &document.research_metrics),
            Section::Teaching => {
                for teaching in &portfolio.teaching {
                    self.push("<article class=\"card\">\n");
                    self.element("h3", "", &teaching.role);
                    let meta = crate::document::meta::teaching(teaching);
                    self.meta(&meta);
                    self.push("<ul class=\"courses\">\n");
                    for course in &teaching.courses {
                        self.push("<li>");
                        if let Some(code) = &course.code {
                            let _ = write!(self.out, "<b>{}</b> ", escape(code));
                        }
                        self.push(&escape(&course.title));
                        if !course.terms.is_empty() {
                            let _ = write!(
                                self.out,
                                " <span class=\"muted\">({})</span>",
                                escape(&crate::document::meta::terms(&course.terms))
                            );
                        }
                        self.push("</li>\n");
                    }
                    self.push("</ul>\n</article>\n");
                }
            }
            Section::Education => {
                for school in &portfolio.education {
                    self.push("<article class=\"card\">\n");
                    self.element("h3", "", &school.institution);
                    let meta = crate::document::meta::education(school);
                    self.meta(&meta);
                    if let Some(text) = &school.text {
                        self.element("p", "", text);
                    }
                    self.push("</article>\n");
                }
            }
            Section::Publications => {
                for paper in &portfolio.publications {
                    self.push("<article class=\"card\">\n");
                    self.element("h3", "", paper.title.as_deref().unwrap_or(&paper.venue));
                    let meta = crate::document::meta::publication(paper);
                    self.meta(&meta);
                    if let Some(url) = &paper.link {
                        self.links(&[Link {
                            label: words::READ_THE_PAPER.into(),
                            url: url.clone(),
                        }]);
                    }
                    self.push("</article>\n");
                }
            }
            Section::Projects => {
                for (index, project) in portfolio.projects.iter().enumerate() {
                    self.push("<article class=\"card\">\n");
                    let kind = words::project_kind(project.kind);
                    let _ = writeln!(
                        self.out,
                        "<h3>{} <span class=\"chip\">{kind}</span></h3>",
                        escape(&project.title)
                    );
                    self.element("p", "", &project.text);
                    self.tags(&project.tags);
                    if let Some(analyses) = document.project_metrics.get(index) {
                        self.metrics(analyses);
                    }
                    if let Some(url) = &project.link {
                        self.links(&[Link {
                            label: words::OPEN_PROJECT.into(),
                            url: url.clone(),
                        }]);
                    }
                    self.push("</article>\n");
                }
            }
            Section::Principles => {
                self.push("<ol class=\"grid principles\">\n");
                for principle in &portfolio.principles {
                    self.push("<li class=\"card\">\n");
                    self.element("h3", "", &principle.title);
                    if let Some(text) = &principle.text {
                        self.element("p", "", text);
                    }
                    self.push("</li>\n");
                }
                self.push("</ol>\n");
            }
            Section::Contact => self.contact(portfolio),
        }
        self.push("</section>\n");
    }

    fn hero(&mut self, portfolio: &Portfolio) {
        let person = &portfolio.person;
        self.push("<header id=\"overview\" class=\"hero\">\n");
        let name = portfolio.display_name();
        let photo = match (&person.photo, self.base_dir) {
            (Some(photo), Some(base)) => image_data_uri(&base.join(photo)).ok(),
            _ => None,
        };
        match photo {
            Some(uri) => {
                let _ = writeln!(
                    self.out,
                    "<img class=\"avatar\" src=\"{uri}\" alt=\"Photo of {}\">",
                    escape(name)
                );
            }
            None => {
                let _ = writeln!(
                    self.out,
                    "<div class=\"avatar initials\" aria-hidden=\"true\">{}</div>",
                    escape(&initials(name))
                );
            }
        }
        self.push("<div>\n");
        self.element("h1", "", name);
        if person.name.is_some() {
            self.element("p", "headline", &person.headline);
        }
        if let Some(tagline) = person
            .tagline
            .as_deref()
            .or(portfolio.meta.description.as_deref())
        {
            self.element("p", "tagline", tagline);
        }
        if let Some(location) = &person.location {
            self.element("p", "location", &words::based_in(location));
        }
        if portfolio
            .contact
            .as_ref()
            .is_some_and(|c| c.availability.is_some())
        {
            self.push("<p><a class=\"pill\" href=\"#contact\">● Open to opportunities</a></p>\n");
        }
        self.links(&person.links);
        self.push("</div>\n</header>\n");
    }

    fn meta(&mut self, parts: &[String]) {
        let line = crate::document::meta::line(parts);
        if !line.is_empty() {
            self.element("p", "meta", &line);
        }
    }

    fn tags(&mut self, tags: &[String]) {
        if tags.is_empty() {
            return;
        }
        self.push("<ul class=\"tags\">");
        for tag in tags {
            let _ = write!(self.out, "<li class=\"chip\">{}</li>", escape(tag));
        }
        self.push("</ul>\n");
    }

    fn links(&mut self, links: &[Link]) {
        if links.is_empty() {
            return;
        }
        self.push("<p class=\"links\">");
        for link in links {
            match link.url.openable() {
                Some(url) => {
                    let _ = write!(
                        self.out,
                        "<a class=\"button\" href=\"{}\">{}</a> ",
                        escape(url.as_str()),
                        escape(&link.label)
                    );
                }
                // Not a link anyone should follow: shown, never made clickable.
                None => {
                    let _ = write!(
                        self.out,
                        "<span class=\"button disabled\" title=\"{}\">{}</span> ",
                        escape(link.url.as_str()),
                        escape(&link.label)
                    );
                }
            }
        }
        self.push("</p>\n");
    }

    fn image(&mut self, path: &str, alt: Option<&str>, caption: Option<&str>) {
        self.push("<figure>\n");
        let source = self.base_dir.map(|base| image_data_uri(&base.join(path)));
        match source {
            Some(Ok(uri)) => {
                let _ = writeln!(
                    self.out,
                    "<img src=\"{uri}\" alt=\"{}\">",
                    escape(alt.or(caption).unwrap_or(path))
                );
            }
            // As the app does: the page still tells the reader what is missing.
            Some(Err(_)) | None => {
                self.element("p", "placeholder", &words::image_unavailable(path));
            }
        }
        if let Some(caption) = caption {
            self.element("figcaption", "", caption);
        }
        self.push("</figure>\n");
    }

    fn roles(&mut self, roles: &[Role], metrics: &[Vec<Vec<Analysis>>]) {
        self.push("<ol class=\"timeline\">\n");
        for (index, role) in roles.iter().enumerate() {
            self.push("<li>\n");
            self.element("h3", "", role.role.as_deref().unwrap_or(&role.organisation));
            let meta = crate::document::meta::role(role);
            self.meta(&meta);
            if let Some(summary) = &role.summary {
                self.element("p", "", summary);
            }
            if !role.highlights.is_empty() {
                self.push("<ul class=\"highlights\">\n");
                for (h, highlight) in role.highlights.iter().enumerate() {
                    self.push("<li>");
                    self.push(&escape(&highlight.text));
                    let analyses = metrics
                        .get(index)
                        .and_then(|m| m.get(h))
                        .map_or(&[][..], Vec::as_slice);
                    if !analyses.is_empty() {
                        self.push("\n");
                        self.metrics(analyses);
                    }
                    self.push("</li>\n");
                }
                self.push("</ul>\n");
            }
            self.tags(&role.tags);
            self.push("</li>\n");
        }
        self.push("</ol>\n");
    }

    fn contact(&mut self, portfolio: &Portfolio) {
        if let Some(availability) = portfolio
            .contact
            .as_ref()
            .and_then(|c| c.availability.as_ref())
        {
            self.element("p", "lead", availability);
        }
        let (first, more) = crate::document::meta::contact_links(portfolio);
        self.links(&first);
        self.links(&more);
    }

    fn impact(&mut self, document: &Document) {
        let rows = crate::impact::rows(document, |_| true, crate::impact::ImpactOrder::default());
        self.push("<div class=\"scroll\"><table class=\"impact\">\n<thead><tr>");
        for heading in [
            "Case study",
            "Figure",
            "Before",
            "After",
            "Change",
            "Factor",
            "Claim",
        ] {
            let _ = write!(self.out, "<th scope=\"col\">{heading}</th>");
        }
        self.push("</tr></thead>\n<tbody>\n");
        for row in rows {
            let tone = tone_class(row.tone);
            let anchor = document
                .portfolio
                .case_studies
                .get(row.case_index)
                .map(|c| c.id.to_string())
                .unwrap_or_default();
            let _ = writeln!(
                self.out,
                "<tr><td><a href=\"#{}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td>\
                 <td class=\"{tone}\">{}</td><td>{}</td><td>{}</td></tr>",
                escape(&anchor),
                escape(&row.case_study),
                escape(&row.metric),
                escape(&row.before),
                escape(&row.after),
                escape(&row.change),
                escape(&row.factor),
                escape(&row.verdict),
            );
        }
        self.push("</tbody>\n</table></div>\n");
    }

    fn metrics(&mut self, analyses: &[Analysis]) {
        let mut tiles = Vec::new();
        for analysis in analyses {
            match &analysis.kind {
                AnalysisKind::Change(change) => {
                    self.push(&change_svg(&analysis.label, change));
                }
                AnalysisKind::Relative(relative) => {
                    self.push(&relative_svg(&analysis.label, relative));
                }
                AnalysisKind::Incomparable {
                    before,
                    after,
                    reason,
                } => {
                    self.element(
                        "p",
                        "warn",
                        &format!("⚠ {}: {before} → {after} ({reason})", analysis.label),
                    );
                }
                AnalysisKind::Figure(_) | AnalysisKind::Outcome { .. } => tiles.push(analysis),
            }
        }
        if tiles.is_empty() {
            return;
        }
        self.push("<div class=\"tiles\">\n");
        for analysis in tiles {
            self.push("<div class=\"tile\">");
            match &analysis.kind {
                AnalysisKind::Figure(figure) => {
                    if let Some(was) = &figure.was {
                        let _ = write!(self.out, "<span class=\"muted\">{} →</span>", escape(was));
                    }
                    let _ = write!(
                        self.out,
                        "<span class=\"figure {}\">{}</span>",
                        tone_class(figure.tone),
                        escape(&figure.text)
                    );
                }
                AnalysisKind::Outcome { text } => {
                    let _ = write!(
                        self.out,
                        "<span class=\"outcome\">✓ {}</span>",
                        escape(text)
                    );
                }
                _ => {}
            }
            let _ = write!(
                self.out,
                "<span class=\"muted\">{}</span>",
                escape(&analysis.label)
            );
            self.push("</div>\n");
        }
        self.push("</div>\n");
    }

    fn footer(&mut self, portfolio: &Portfolio) {
        self.push("<footer>\n");
        for line in words::footer_lines(portfolio) {
            self.element("p", "", &line);
        }
        self.element(
            "p",
            "",
            "Made with folio from portfolio.ron; readable offline, no scripts.",
        );
        self.push("</footer>\n");
    }
}

fn tone_class(tone: Tone) -> &'static str {
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
fn change_svg(label: &str, change: &ChangeAnalysis) -> String {
    let chart = ChangeChart::new(change);
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

fn relative_svg(label: &str, relative: &RelativeAnalysis) -> String {
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

fn verdict_html(out: &mut String, verdict: &crate::metrics::Verdict, log_scale: bool) {
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

fn css_variables(c: &Colours) -> String {
    [
        ("bg", c.background),
        ("surface", c.surface),
        ("surface-alt", c.surface_alt),
        ("border", c.border),
        ("text", c.text),
        ("muted", c.muted),
        ("strong", c.strong),
        ("accent", c.accent),
        ("accent-soft", c.accent_soft),
        ("on-accent", c.on_accent),
        ("good", c.good),
        ("good-soft", c.good_soft),
        ("bad", c.bad),
        ("bad-soft", c.bad_soft),
        ("warn", c.warn),
        ("before", c.before_bar),
    ]
    .iter()
    .map(|(name, rgb)| format!("--{name}: {};", rgb.css()))
    .collect::<Vec<_>>()
    .join(" ")
}

/// The page's look: the app's reading column, cards and type scale, readable from 390 px.
const STYLE: &str = r#"
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
a { color: var(--accent); }
.hero { display: flex; gap: 24px; align-items: flex-start; padding-top: 16px; }
.avatar { width: 96px; height: 96px; border-radius: 50%; object-fit: cover; flex: none; }
.initials { background: var(--accent); color: var(--on-accent); display: flex;
  align-items: center; justify-content: center; font-weight: 700; font-size: 34px; }
.headline { font-size: 19px; font-weight: 700; color: var(--accent); margin: 0; }
.tagline { font-size: 19px; color: var(--muted); margin: 6px 0 0; }
.location { margin-top: 12px; }
.pill { display: inline-block; padding: 2px 10px; border-radius: 10px; background: var(--good-soft);
  color: var(--good); text-decoration: none; font-size: 14px; }
.links { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; }
.button { display: inline-block; padding: 4px 12px; border-radius: 6px; background: var(--surface-alt);
  color: var(--text); text-decoration: none; border: 1px solid var(--border); }
.button.disabled { opacity: .6; }
.meta { color: var(--accent); font-size: 13px; }
.muted, .note { color: var(--muted); }
.note { font-size: 13px; }
.card { background: var(--surface); border: 1px solid var(--border); border-radius: 12px;
  padding: 24px; margin: 0 0 16px; break-inside: avoid; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(250px, 1fr)); gap: 16px;
  list-style: none; padding: 0; margin: 0; }
.grid .card { margin: 0; }
.principles { counter-reset: principle; }
.principles li::before { counter-increment: principle; content: counter(principle, decimal-leading-zero);
  color: var(--accent); font-weight: 700; font-size: 13px; }
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
svg.bars { width: 100%; height: auto; display: block; margin-top: 6px; overflow: visible; }
svg .side { font-size: 13px; fill: var(--muted); dominant-baseline: central; }
svg .value { font-size: 14px; font-weight: 700; fill: var(--strong); dominant-baseline: central; }
svg .track { fill: var(--surface-alt); }
svg .bar.before { fill: var(--before); }
svg .bar.good { fill: var(--good); } svg .bar.bad { fill: var(--bad); } svg .bar.neutral { fill: var(--accent); }
svg .bar.range { opacity: .45; }
svg .mark { stroke-width: 2; } svg .mark.before { stroke: var(--before); }
svg .mark.good { stroke: var(--good); } svg .mark.bad { stroke: var(--bad); } svg .mark.neutral { stroke: var(--accent); }
.verdict { font-size: 13px; margin: 4px 0 0 72px; }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_markup_character_is_escaped() {
        assert_eq!(
            escape("<script>alert('x') & \"y\"</script>"),
            "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"
        );
    }

    #[test]
    fn a_script_in_a_summary_is_shown_as_text() {
        let source = r#"(person: (headline: "Engineer", summary: ["<script>alert(1)</script>"],
            links: [(label: "x", url: "javascript:alert(1)")]))"#;
        let loaded = crate::load::load_str(source, "p.ron", None).expect("loads");
        let html = page(&Document::new(loaded.portfolio), None, None);
        assert!(!html.contains("<script>"), "no script element");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(
            !html.contains("href=\"javascript:"),
            "a refused link is not a link"
        );
    }
}
