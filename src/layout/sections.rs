//! The portfolio's sections as placed items: the hero, headings, case studies, positions,
//! expertise, the impact table, teaching, education, publications, projects, principles,
//! contact and the footer. The document and the slides both place them.

use std::path::Path;

use super::color;
use super::figures::{first_height, metrics, tone_color};
use super::flow::{DOCUMENT, Flow, SLIDE_LEAD, TextStyle};
use super::items::Item;
use super::pieces::{hero, image_block, links, links_at, meta_line, tags};
use super::text::LINE;
use crate::document::words;
use crate::document::{Document, Section};
use crate::metrics::Analysis;
use crate::model::{Link, Portfolio, Role};

/// A section of the document: a bookmark, its heading kept with what follows, its body.
pub fn section(flow: &mut Flow, document: &Document, section: Section, base_dir: Option<&Path>) {
    let portfolio = &document.portfolio;
    if section == Section::Hero {
        flow.mark(0, portfolio.display_name());
        hero(flow, portfolio, base_dir);
        return;
    }
    let title = section.title(portfolio);
    // A heading never ends a page: it keeps a few lines of what follows (a table, its
    // header and first rows).
    let following = if section == Section::Impact {
        90.0
    } else {
        flow.measures.body * LINE * 3.0
    };
    flow.keep(flow.measures.section * LINE + 18.0 + following);
    flow.space(if flow.y > flow.measures.margin_top + 1.0 {
        22.0
    } else {
        0.0
    });
    // The estimate above can fall short (a first entry taller than it guessed): held, the
    // heading moves to the next page with its first entry rather than end this one. Each
    // section's body says where its first entry's block ends.
    flow.hold();
    flow.mark(0, &title);
    heading(flow, &title);
    section_body(flow, document, section, base_dir);
    flow.release();
}

/// A section's or a slide's title with the accent bar under it.
pub fn heading(flow: &mut Flow, title: &str) {
    let c = flow.colours;
    flow.paragraph(
        title,
        TextStyle::new(flow.measures.section, true, color(c.strong)).heading(2),
    );
    let y = flow.y + flow.measures.section * 0.12;
    flow.rect(
        flow.left,
        y,
        flow.measures.section * 1.6,
        flow.measures.section * 0.15,
        color(c.accent),
    );
    flow.space(flow.measures.section * 0.8);
}

/// What a section holds, under its heading.
pub fn section_body(
    flow: &mut Flow,
    document: &Document,
    section: Section,
    base_dir: Option<&Path>,
) {
    let portfolio = &document.portfolio;
    let c = flow.colours;
    let width = flow.width;
    match section {
        Section::Hero => {}
        Section::About => {
            flow.release_after(2);
            for paragraph in &portfolio.person.summary {
                flow.paragraph(
                    paragraph,
                    TextStyle::new(flow.measures.body, false, color(c.text)),
                );
                flow.space(6.0);
            }
        }
        Section::Expertise => expertise(flow, &portfolio.expertise),
        Section::Impact => {
            let rows =
                crate::impact::rows(document, |_| true, crate::impact::ImpactOrder::default());
            impact(flow, document, &rows);
        }
        Section::CaseStudies => {
            if let Some(note) = &portfolio.confidentiality {
                flow.paragraph(
                    note,
                    TextStyle::new(flow.measures.small, false, color(c.muted)),
                );
                flow.space(6.0);
            }
            for index in 0..portfolio.case_studies.len() {
                case_study(flow, document, index, base_dir);
            }
        }
        Section::Experience => roles(flow, &portfolio.experience, &document.experience_metrics),
        Section::Research => roles(flow, &portfolio.research, &document.research_metrics),
        Section::Teaching => {
            for teaching in &portfolio.teaching {
                flow.keep(
                    flow.measures.title * LINE
                        + flow.measures.small * LINE
                        + flow.measures.body * LINE * 2.0,
                );
                flow.hold();
                flow.paragraph(
                    &teaching.role,
                    TextStyle::new(flow.measures.title, true, color(c.strong)),
                );
                let meta = crate::document::meta::teaching(teaching);
                meta_line(flow, &meta);
                flow.release_after(1);
                for course in &teaching.courses {
                    let mut line = String::new();
                    if let Some(code) = &course.code {
                        line.push_str(code);
                        line.push_str("  ");
                    }
                    line.push_str(&course.title);
                    if !course.terms.is_empty() {
                        line.push_str(&format!(
                            " ({})",
                            crate::document::meta::terms(&course.terms)
                        ));
                    }
                    flow.paragraph_at(
                        &line,
                        TextStyle::new(flow.measures.body, false, color(c.text)),
                        flow.left + 10.0,
                        width - 10.0,
                    );
                }
                flow.release();
                flow.space(10.0);
            }
        }
        Section::Education => {
            for school in &portfolio.education {
                flow.keep(flow.measures.title * LINE + flow.measures.small * LINE * 2.0);
                flow.hold();
                flow.paragraph(
                    &school.institution,
                    TextStyle::new(flow.measures.title, true, color(c.strong)),
                );
                let meta = crate::document::meta::education(school);
                meta_line(flow, &meta);
                flow.release_after(2);
                if let Some(text) = &school.text {
                    flow.paragraph(
                        text,
                        TextStyle::new(flow.measures.body, false, color(c.text)),
                    );
                }
                flow.release();
                flow.space(10.0);
            }
        }
        Section::Publications => {
            for paper in &portfolio.publications {
                flow.keep(flow.measures.title * LINE * 2.0 + flow.measures.small * LINE);
                let title = paper.title.as_deref().unwrap_or(&paper.venue);
                // A paper's title, venue and link are short: kept whole.
                flow.hold();
                flow.paragraph(
                    title,
                    TextStyle::new(flow.measures.body + 0.5, true, color(c.strong)),
                );
                let meta = crate::document::meta::publication(paper);
                meta_line(flow, &meta);
                if let Some(url) = &paper.link {
                    links(
                        flow,
                        &[Link {
                            label: words::READ_THE_PAPER.into(),
                            url: url.clone(),
                            private: false,
                        }],
                    );
                }
                flow.release();
                flow.space(8.0);
            }
        }
        Section::Projects => {
            for (index, project) in portfolio.projects.iter().enumerate() {
                flow.keep(flow.measures.title * LINE + flow.measures.body * LINE * 3.0);
                let kind = words::project_kind(project.kind);
                flow.hold();
                flow.paragraph(
                    &format!("{}  ·  {kind}", project.title),
                    TextStyle::new(flow.measures.title, true, color(c.strong)),
                );
                let meta = crate::document::meta::line(&crate::document::meta::project(project));
                if !meta.is_empty() {
                    flow.paragraph(
                        &meta,
                        TextStyle::new(flow.measures.small, false, color(c.accent)),
                    );
                }
                flow.release_after(2);
                flow.paragraph(
                    &project.text,
                    TextStyle::new(flow.measures.body, false, color(c.text)),
                );
                flow.release();
                tags(flow, &project.tags);
                if let Some(analyses) = document.project_metrics.get(index) {
                    metrics(flow, analyses);
                }
                if let Some(url) = &project.link {
                    links(
                        flow,
                        &[Link {
                            label: words::OPEN_PROJECT.into(),
                            url: url.clone(),
                            private: false,
                        }],
                    );
                }
                flow.space(10.0);
            }
        }
        Section::Principles => {
            // Room for the number beside the title, "04" clear of the text.
            let indent = flow.measures.body * 2.2;
            for (index, principle) in portfolio.principles.iter().enumerate() {
                let text_height = principle.text.as_deref().map_or(0.0, |t| {
                    flow.height_of(t, flow.measures.body, false, width - indent)
                });
                flow.keep(flow.measures.body * LINE + text_height);
                flow.hold();
                let top = flow.y;
                flow.label(
                    &format!("{:02}", index + 1),
                    TextStyle::new(flow.measures.small, true, color(c.accent)),
                    flow.left,
                    top + 1.5,
                );
                // On a slide a principle is the slide's point: set large.
                let size = if on_slide(flow) {
                    SLIDE_LEAD
                } else {
                    flow.measures.body + 0.5
                };
                flow.paragraph_at(
                    &principle.title,
                    TextStyle::new(size, true, color(c.strong)),
                    flow.left + indent,
                    width - indent,
                );
                flow.release_after(2);
                if let Some(text) = &principle.text {
                    flow.paragraph_at(
                        text,
                        TextStyle::new(flow.measures.body, false, color(c.text)),
                        flow.left + indent,
                        width - indent,
                    );
                }
                flow.release();
                flow.space(6.0);
            }
        }
        Section::Contact => contact(flow, portfolio),
    }
}

fn case_study(flow: &mut Flow, document: &Document, index: usize, base_dir: Option<&Path>) {
    let portfolio = &document.portfolio;
    let Some(case) = portfolio.case_studies.get(index) else {
        return;
    };
    let c = flow.colours;
    let width = flow.width;
    let title_height = flow.height_of(&case.title, flow.measures.title + 1.5, true, width);
    flow.keep(
        title_height
            + flow.measures.small * LINE
            + flow.measures.eyebrow * 2.0
            + flow.measures.body * LINE * 3.0,
    );
    flow.space(8.0);
    // The title, organisation and tags go with the first lines of the story: held, they
    // move to the next page together if the estimate above fell short.
    flow.hold();
    flow.mark(1, &case.title);
    flow.paragraph(
        &case.title,
        TextStyle::new(flow.measures.title + 1.5, true, color(c.strong)).heading(3),
    );
    let meta = crate::document::meta::case_study(case);
    meta_line(flow, &meta);
    tags(flow, &case.tags);
    for (label, text) in words::story(case) {
        let label = label.to_uppercase();
        flow.keep(flow.measures.eyebrow * LINE + 6.0 + flow.measures.body * LINE * 2.0);
        flow.space(6.0);
        // A part's label ("PROBLEM") goes with its text's first lines; the first part's
        // block also holds the case study's title block.
        flow.hold();
        flow.paragraph(
            &label,
            TextStyle::new(flow.measures.eyebrow, true, color(c.muted)),
        );
        flow.release_after(2);
        flow.paragraph(
            text,
            TextStyle::new(flow.measures.body, false, color(c.text)),
        );
        flow.release();
    }
    for image in &case.images {
        image_block(flow, image, base_dir, 260.0);
    }
    if let Some(analyses) = document.case_metrics.get(index)
        && !analyses.is_empty()
    {
        // "RESULTS" never ends a page: it goes with the first figure.
        let first = first_height(flow, analyses);
        flow.keep(8.0 + flow.measures.eyebrow * LINE + 2.0 + first);
        flow.space(8.0);
        flow.paragraph(
            &words::RESULTS.to_uppercase(),
            TextStyle::new(flow.measures.eyebrow, true, color(c.muted)),
        );
        flow.space(2.0);
        metrics(flow, analyses);
    }
    flow.space(6.0);
    flow.rule_across(width, 0.5);
    flow.space(6.0);
}

fn roles(flow: &mut Flow, roles: &[Role], metrics_of: &[Vec<Vec<Analysis>>]) {
    let slices: Vec<(usize, std::ops::Range<usize>)> = roles
        .iter()
        .enumerate()
        .map(|(role, r)| (role, 0..r.highlights.len()))
        .collect();
    role_slices(flow, roles, metrics_of, &slices);
}

/// Positions, or the given highlights of them, as a slide shows them: a position whose first
/// highlights were on an earlier slide is headed "(continued)".
pub fn role_slices(
    flow: &mut Flow,
    roles: &[Role],
    metrics_of: &[Vec<Vec<Analysis>>],
    slices: &[(usize, std::ops::Range<usize>)],
) {
    let c = flow.colours;
    for (index, highlights) in slices {
        let index = *index;
        let Some(role) = roles.get(index) else {
            continue;
        };
        let continued = highlights.start > 0;
        let width = flow.width - 16.0;
        let x = flow.left + 16.0;
        let title = role.role.as_deref().unwrap_or(&role.organisation);
        let title = if continued {
            words::continued(title)
        } else {
            title.to_owned()
        };
        // The heading keeps its first bullet, and that bullet's first chart, on its page.
        let first_bullet = highlights.clone().next().map_or(0.0, |h| {
            let text = role.highlights.get(h).map_or("", |h| h.text.as_str());
            let analyses = metrics_of
                .get(index)
                .and_then(|m| m.get(h))
                .map_or(&[][..], Vec::as_slice);
            flow.height_of(
                text,
                flow.measures.body,
                false,
                width - flow.measures.body * 0.9,
            ) + first_height(flow, analyses)
        });
        let summary = role
            .summary
            .as_deref()
            .filter(|_| !continued)
            .map_or(0.0, |s| flow.height_of(s, flow.measures.body, false, width));
        flow.keep(
            flow.measures.title * LINE + flow.measures.small * LINE * 2.0 + summary + first_bullet,
        );
        // Held until the first lines of what it heads (a summary, the first bullet) are
        // placed: the estimate above can fall short.
        flow.hold();
        let top = flow.y;
        flow.current.push(Item::Rect {
            x: flow.left + 1.0,
            y: top + 4.0,
            width: 6.0,
            height: 6.0,
            color: color(c.accent),
            opacity: 1.0,
        });
        flow.paragraph_at(
            &title,
            TextStyle::new(flow.measures.title, true, color(c.strong)).heading(3),
            x,
            width,
        );
        let meta = crate::document::meta::line(&crate::document::meta::role(role));
        if !meta.is_empty() {
            flow.paragraph_at(
                &meta,
                TextStyle::new(flow.measures.small, false, color(c.accent)),
                x,
                width,
            );
        }
        if let Some(link) = crate::document::meta::role_link(role).filter(|_| !continued) {
            links_at(flow, &[&link], x);
        }
        flow.release_after(2);
        if let Some(summary) = role.summary.as_ref().filter(|_| !continued) {
            flow.paragraph_at(
                summary,
                TextStyle::new(flow.measures.body, false, color(c.text)),
                x,
                width,
            );
        }
        let shown = role.highlights.get(highlights.clone()).unwrap_or_default();
        for (h, highlight) in highlights.clone().zip(shown) {
            let analyses = metrics_of
                .get(index)
                .and_then(|m| m.get(h))
                .map_or(&[][..], Vec::as_slice);
            let height = flow.height_of(
                &highlight.text,
                flow.measures.body,
                false,
                width - flow.measures.body * 0.9,
            );
            // A bullet and its first chart share a page.
            let first = first_height(flow, analyses);
            flow.keep(height + first);
            let y = flow.y;
            // The bullet in a column of its own, clear of the text.
            let indent = flow.measures.body * 0.9;
            flow.label(
                "•",
                TextStyle::new(flow.measures.body, false, color(c.accent)),
                x,
                y,
            );
            flow.paragraph_at(
                &highlight.text,
                TextStyle::new(flow.measures.body, false, color(c.text)),
                x + indent,
                width - indent,
            );
            if !analyses.is_empty() {
                // Under the bullet's text, not at the page's edge left of it.
                let (left, full) = (flow.left, flow.width);
                flow.left = x + indent;
                flow.width = width - indent;
                metrics(flow, analyses);
                flow.left = left;
                flow.width = full;
            }
        }
        // A position without a summary or bullets holds its tags too: it is all title block.
        if highlights.end >= role.highlights.len() {
            tags(flow, &role.tags);
        }
        flow.release();
        flow.space(10.0);
    }
}

fn contact(flow: &mut Flow, portfolio: &Portfolio) {
    let c = flow.colours;
    if let Some(availability) = portfolio
        .contact
        .as_ref()
        .and_then(|c| c.availability.as_ref())
    {
        // The closing slide's one sentence, large.
        let size = if on_slide(flow) {
            SLIDE_LEAD
        } else {
            flow.measures.body + 1.0
        };
        flow.paragraph(availability, TextStyle::new(size, false, color(c.text)));
        flow.space(4.0);
    }
    let (first, more) = crate::document::meta::contact_links(portfolio);
    for list in [first, more] {
        if !list.is_empty() {
            links(flow, &list);
        }
    }
}

/// Expertise areas: title, text and tags each.
pub fn expertise(flow: &mut Flow, areas: &[crate::model::Expertise]) {
    let areas: Vec<(&crate::model::Expertise, &str)> = areas
        .iter()
        .map(|area| (area, area.text.as_str()))
        .collect();
    expertise_areas(flow, &areas);
}

/// Expertise areas, each with the text given beside it: its whole text in the document, a
/// line of it on a slide.
pub fn expertise_areas(flow: &mut Flow, areas: &[(&crate::model::Expertise, &str)]) {
    let c = flow.colours;
    let width = flow.width;
    for (area, text) in areas {
        // A slide that names the areas without their text sets the names large.
        let title_size = if text.is_empty() && on_slide(flow) {
            flow.measures.headline
        } else {
            flow.measures.title
        };
        let height =
            flow.height_of(text, flow.measures.body, false, width) + title_size * LINE + 10.0;
        flow.keep(height);
        flow.hold();
        flow.paragraph(
            &area.title,
            TextStyle::new(title_size, true, color(c.strong)),
        );
        flow.release_after(2);
        flow.paragraph(
            text,
            TextStyle::new(flow.measures.body, false, color(c.text)),
        );
        flow.release();
        tags(flow, &area.tags);
        flow.space(flow.measures.body * if text.is_empty() { 1.2 } else { 0.6 });
    }
}

/// Whether `flow` lays out a slide rather than a page of the document.
fn on_slide(flow: &Flow) -> bool {
    flow.measures.body > DOCUMENT.body
}

/// The impact table: figure, before, after, change and factor, a row each.
pub fn impact(flow: &mut Flow, document: &Document, rows: &[crate::impact::ImpactRow]) {
    let c = flow.colours;
    let _ = document;
    // A slide shows a few rows large, each figure with its case study under it in small
    // type, in a wider first column; the page has room for both at the table's size.
    let on_slide = on_slide(flow);
    let columns: [(&str, f32); 5] = if on_slide {
        [
            ("Figure", 0.42),
            ("Before", 0.14),
            ("After", 0.14),
            ("Change", 0.17),
            ("Factor", 0.13),
        ]
    } else {
        [
            ("Figure", 0.36),
            ("Before", 0.15),
            ("After", 0.15),
            ("Change", 0.19),
            ("Factor", 0.15),
        ]
    };
    let width = flow.width;
    let header = |flow: &mut Flow| {
        let y = flow.y;
        let mut x = flow.left;
        for (name, share) in columns {
            flow.label(
                name,
                TextStyle::new(flow.measures.small, true, color(c.muted)),
                x,
                y,
            );
            x += width * share;
        }
        flow.y += flow.measures.small * LINE + 2.0;
        flow.rule_across(width, 0.5);
        flow.y += 3.0;
    };
    header(flow);
    let size = if on_slide {
        flow.measures.body
    } else {
        flow.measures.small
    };
    // A slide writes bounds as they are said ("under 300 ms"), as its results slides do.
    let said = |text: &str| {
        if on_slide {
            crate::metrics::spoken_text(text)
        } else {
            text.to_owned()
        }
    };
    let mut previous_case: Option<usize> = None;
    for row in rows {
        let same_case = previous_case == Some(row.case_index);
        previous_case = Some(row.case_index);
        let figure = if on_slide {
            row.metric.clone()
        } else {
            format!("{}\n{}", row.metric, row.case_study)
        };
        let cells = [
            (figure, color(c.text), false),
            (said(&row.before), color(c.text), false),
            (said(&row.after), color(c.text), false),
            // "−100 %" never breaks before its sign of unit.
            (
                row.change
                    .replace(" %", "\u{a0}%")
                    .replace(" pp", "\u{a0}pp"),
                tone_color(&c, row.tone),
                true,
            ),
            // A slide's factor is the one its results slide says aloud ("~1,400×").
            (
                if on_slide {
                    row.factor_said.clone()
                } else {
                    row.factor.clone()
                },
                color(c.text),
                false,
            ),
        ];
        let first_width = width * columns[0].1 - 6.0;
        let case_height = if on_slide && !same_case {
            flow.height_of(&row.case_study, flow.measures.small, false, first_width)
        } else {
            0.0
        };
        let height = cells
            .iter()
            .zip(columns)
            .map(|((text, _, bold), (_, share))| {
                flow.height_of(text, size, *bold, width * share - 6.0)
            })
            .enumerate()
            .map(|(i, h)| if i == 0 { h + case_height } else { h })
            .fold(0.0, f32::max);
        // The header repeats on a new page, unless it moved there with the section's
        // heading (held until the first row is placed).
        if flow.y + height + 4.0 > flow.bottom() && !flow.new_page() {
            header(flow);
        }
        let top = flow.y;
        let mut x = flow.left;
        for (index, ((text, colour, bold), (_, share))) in cells.iter().zip(columns).enumerate() {
            flow.y = top;
            flow.paragraph_at(
                text,
                TextStyle::new(size, *bold, *colour),
                x,
                width * share - 6.0,
            );
            // Rows of one case study in a row name it once.
            if index == 0 && on_slide && !same_case {
                flow.paragraph_at(
                    &row.case_study,
                    TextStyle::new(flow.measures.small, false, color(c.muted)),
                    x,
                    first_width,
                );
            }
            x += width * share;
        }
        flow.y = top + height + 4.0;
        flow.rule_across(width, 0.3);
        flow.y += 6.0;
        flow.release();
    }
}

/// The page facts after the last section.
pub fn footer(flow: &mut Flow, portfolio: &Portfolio) {
    let c = flow.colours;
    let lines = words::footer_lines(portfolio, words::Footer::Export);
    if lines.is_empty() {
        return;
    }
    flow.space(20.0);
    for line in lines {
        flow.paragraph(
            &line,
            TextStyle::new(flow.measures.small, false, color(c.muted)),
        );
    }
}
