//! The portfolio as one self-contained web page: inline CSS, inline SVG charts (drawn from
//! `chart`'s geometry, with the chart's sentence as their title), images as data URIs, no
//! scripts. It works from a USB stick, in light and dark, on a phone and in print.
//!
//! Every text from the file goes through [`escape`]; nothing else writes user text.

use std::fmt::Write as _;
use std::path::Path;

mod charts;
mod style;

use charts::{change_svg, relative_svg, tone_class};
use style::{STYLE, css_variables};

use super::{Theme, image_data_uri};
use crate::document::header::header;
use crate::document::words;
use crate::document::{Document, Section};
use crate::metrics::{Analysis, AnalysisKind};
use crate::model::{Link, Portfolio, Role};
use crate::palette::colours;

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
    if document.audience.is_private() {
        // Said where a browser's "view source" and any tool reading the page find it.
        page.push(&format!(
            "<meta name=\"folio-audience\" content=\"private\">\n<!-- {} -->\n",
            words::PRIVATE_EXPORT
        ));
    }
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
        let title = words::document_title(portfolio);
        let language = escape(crate::document::words::language(portfolio));
        let _ = write!(
            self.out,
            "<!doctype html>\n<html lang=\"{language}\">\n<head>\n<meta charset=\"utf-8\">\n"
        );
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
        // An icon in the page itself: a page opened from a USB stick asks for no file.
        let _ = writeln!(self.out, "<link rel=\"icon\" href=\"{}\">", favicon(&light));
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
                        self.image(
                            &image.path,
                            words::image_alt(image),
                            image.caption.as_deref(),
                        );
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
                            private: false,
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
                    self.meta(&crate::document::meta::project(project));
                    self.element("p", "", &project.text);
                    self.tags(&project.tags);
                    if let Some(analyses) = document.project_metrics.get(index) {
                        self.metrics(analyses);
                    }
                    if let Some(url) = &project.link {
                        self.links(&[Link {
                            label: words::OPEN_PROJECT.into(),
                            url: url.clone(),
                            private: false,
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
        let header = header(portfolio);
        self.push("<header id=\"overview\" class=\"hero\">\n");
        let photo = match (header.photo, self.base_dir) {
            (Some(photo), Some(base)) => image_data_uri(&base.join(photo)).ok(),
            _ => None,
        };
        match photo {
            Some(uri) => {
                let _ = writeln!(
                    self.out,
                    "<img class=\"avatar\" src=\"{uri}\" alt=\"{}\">",
                    escape(&words::photo_alt(header.name))
                );
            }
            None => {
                if let Some(initials) = &header.initials {
                    let _ = writeln!(
                        self.out,
                        "<div class=\"avatar initials\" aria-hidden=\"true\">{}</div>",
                        escape(initials)
                    );
                }
            }
        }
        self.push("<div>\n");
        self.element("h1", "", header.name);
        if let Some(headline) = header.headline {
            self.element("p", "headline", headline);
        }
        if let Some(tagline) = header.tagline {
            self.element("p", "tagline", tagline);
        }
        if let Some(place) = &header.place {
            self.element("p", "location", place);
        }
        if let Some(availability) = &header.availability {
            let _ = writeln!(
                self.out,
                "<p><a class=\"pill\" href=\"#contact\">{}</a></p>",
                escape(availability)
            );
        }
        self.links(header.links.iter().copied());
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

    fn links<'l>(&mut self, links: impl IntoIterator<Item = &'l Link>) {
        // A link folio refuses to open is not written at all (`folio check` warns about it).
        let openable: Vec<_> = links
            .into_iter()
            .filter_map(|link| link.url.openable().map(|url| (link, url)))
            .collect();
        if openable.is_empty() {
            return;
        }
        self.push("<p class=\"links\">");
        for (link, url) in openable {
            let _ = write!(
                self.out,
                "<a class=\"button\" href=\"{}\">{}</a> ",
                escape(url.as_str()),
                escape(&link.label)
            );
        }
        self.push("</p>\n");
    }

    fn image(&mut self, path: &str, alt: &str, caption: Option<&str>) {
        self.push("<figure>\n");
        let source = self.base_dir.map(|base| image_data_uri(&base.join(path)));
        match source {
            Some(Ok(uri)) => {
                let _ = writeln!(self.out, "<img src=\"{uri}\" alt=\"{}\">", escape(alt));
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
            if let Some(link) = crate::document::meta::role_link(role) {
                self.links(&[link]);
            }
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
        let axes = crate::chart::Axes::of(analyses);
        for analysis in analyses {
            match &analysis.kind {
                AnalysisKind::Change(change) => {
                    self.push(&change_svg(&analysis.label, change, &axes));
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
        for line in words::footer_lines(portfolio, words::Footer::Export) {
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

/// The page's icon as a data URI: a disc in the portfolio's accent.
fn favicon(colours: &crate::palette::Colours) -> String {
    let svg = format!(
        "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'><circle cx='8' cy='8' r='7' fill='{}'/></svg>",
        colours.accent.css()
    );
    // Only the characters a data URI may not hold as they are.
    let encoded = svg
        .replace('#', "%23")
        .replace('<', "%3C")
        .replace('>', "%3E");
    format!("data:image/svg+xml,{encoded}")
}

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
