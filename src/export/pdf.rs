//! The portfolio as a PDF document to send and print: real, selectable text (parley shapes
//! and breaks it, krilla embeds and subsets the fonts), charts as vectors from
//! `chart`'s geometry, bookmarks from the table of contents, clickable links, metadata and
//! page numbers. Headings stay with what follows them; a chart, a figure tile or a position
//! is never split across pages.
//!
//! Layout happens first, into pages of plain items; drawing them with krilla comes second.

use std::collections::HashMap;
use std::path::Path;
use std::rc::Rc;
use std::sync::Arc;

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect, Size, Transform};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, Stroke};
use krilla::text::{Font, GlyphId, KrillaGlyph};
use parley::{
    Alignment, AlignmentOptions, FontContext, FontWeight, Layout, LayoutContext, LineHeight,
    PositionedLayoutItem, StyleProperty,
};

use super::ExportError;
use crate::chart::{ChangeChart, VerdictTone, relative_fraction, verdict_line};
use crate::document::{Document, Section, initials};
use crate::metrics::{Analysis, AnalysisKind, Tone};
use crate::model::{Link, Portfolio, ProjectKind, Rgb, Role, Url};
use crate::palette::{Colours, colours};

/// Paper sizes, in points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paper {
    /// 210 × 297 mm.
    A4,
    /// 8.5 × 11 in.
    Letter,
}

impl Paper {
    fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

/// Type sizes and measures of one kind of PDF, in points.
#[derive(Clone, Copy, Debug)]
struct Measures {
    margin_x: f32,
    margin_top: f32,
    margin_bottom: f32,
    name: f32,
    headline: f32,
    tagline: f32,
    section: f32,
    title: f32,
    body: f32,
    small: f32,
    eyebrow: f32,
    figure: f32,
    bar_height: f32,
    bar_gap: f32,
    bar_name: f32,
    bar_value: f32,
    chart_width: f32,
    photo: f32,
    tile_width: f32,
}

/// The document: a book page's type.
const DOCUMENT: Measures = Measures {
    margin_x: 56.0,
    margin_top: 56.0,
    margin_bottom: 64.0,
    name: 26.0,
    headline: 13.0,
    tagline: 12.0,
    section: 17.0,
    title: 12.5,
    body: 10.5,
    small: 8.5,
    eyebrow: 7.5,
    figure: 16.0,
    bar_height: 11.0,
    bar_gap: 4.0,
    bar_name: 52.0,
    bar_value: 96.0,
    chart_width: 400.0,
    photo: 60.0,
    tile_width: 150.0,
};

/// Slides: the app's 1280×720 canvas at three quarters, so a 960×540 pt page (PowerPoint's
/// 16:9) holds exactly what a slide holds; body text 15 pt, nothing under 12 pt.
const SLIDES: Measures = Measures {
    margin_x: (1280.0 - crate::deck::fit::CONTENT_WIDTH) / 2.0 * 0.75,
    margin_top: 30.0,
    margin_bottom: 36.0,
    name: 39.0,
    headline: 17.0,
    tagline: 15.0,
    section: 27.0,
    title: 16.5,
    body: 15.0,
    small: 12.0,
    eyebrow: 12.0,
    figure: 21.0,
    bar_height: 16.0,
    bar_gap: 5.0,
    bar_name: 70.0,
    bar_value: 110.0,
    chart_width: 420.0,
    photo: 84.0,
    tile_width: 150.0,
};

const LINE: f32 = 1.45;

type Color = (u8, u8, u8);

fn color(rgb: Rgb) -> Color {
    (rgb.0, rgb.1, rgb.2)
}

/// A shaped, broken paragraph and the text its glyphs came from.
struct Text {
    layout: Layout<Color>,
    text: String,
}

/// Something to draw on a page, in page coordinates (points from the top left).
enum Item {
    /// Line `line` of `text`, its line box's top at `top`, in `color`.
    Line {
        text: Rc<Text>,
        line: usize,
        x: f32,
        top: f32,
        color: Color,
    },
    Rect {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        color: Color,
        opacity: f32,
    },
    Rule {
        from: (f32, f32),
        to: (f32, f32),
        width: f32,
        color: Color,
    },
    Image {
        data: Rc<Vec<u8>>,
        png: bool,
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        circle: bool,
    },
    Link {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        url: String,
    },
    /// A filled circle (the initials' disc when there is no photo).
    Disc {
        x: f32,
        y: f32,
        diameter: f32,
        color: Color,
    },
}

/// A bookmark: its depth, title and where it points.
struct Mark {
    depth: u8,
    title: String,
    page: usize,
    y: f32,
}

/// Pages being filled from the top, with the text machinery.
struct Flow {
    /// Pages already full.
    pages: Vec<Vec<Item>>,
    current: Vec<Item>,
    marks: Vec<Mark>,
    y: f32,
    width: f32,
    page_height: f32,
    fonts: FontContext,
    layouts: LayoutContext<Color>,
    c: Colours,
    dark: bool,
    /// Type sizes and measures.
    t: Measures,
    /// Where text starts on the left; columns move it.
    left: f32,
    /// Texts shaped so far, by text, size, weight and width (colour is the placement's).
    shaped: HashMap<ShapeKey, Rc<Text>>,
}

type ShapeKey = (String, u32, bool, u32);

impl Flow {
    fn bottom(&self) -> f32 {
        self.page_height - self.t.margin_bottom
    }

    fn new_page(&mut self) {
        let full = std::mem::take(&mut self.current);
        self.pages.push(full);
        self.y = self.t.margin_top;
    }

    /// Starts a new page unless `height` fits on this one (and this one has content).
    fn keep(&mut self, height: f32) {
        if self.y + height > self.bottom() && self.y > self.t.margin_top + 1.0 {
            self.new_page();
        }
    }

    fn space(&mut self, height: f32) {
        self.y += height;
    }

    /// Shapes a text, once: measuring a paragraph before placing it, or a badge before
    /// drawing it, reuses the layout.
    fn shape(&mut self, text: &str, size: f32, bold: bool, width: f32) -> Rc<Text> {
        let key = (text.to_owned(), size.to_bits(), bold, width.to_bits());
        if let Some(shaped) = self.shaped.get(&key) {
            return Rc::clone(shaped);
        }
        let shaped = self.shape_new(text, size, bold, width);
        self.shaped.insert(key, Rc::clone(&shaped));
        shaped
    }

    fn shape_new(&mut self, text: &str, size: f32, bold: bool, width: f32) -> Rc<Text> {
        // A line that starts with an Arabic name but goes on in English ("كريم (Careem) ·
        // Sep 2019") reads left to right in a left-to-right document; bidi would take its
        // direction from the first letter. A left-to-right mark settles it.
        let marked;
        let text = if starts_right_to_left(text) && text.chars().any(|c| c.is_ascii_alphabetic()) {
            marked = format!("\u{200E}{text}");
            marked.as_str()
        } else {
            text
        };
        let mut builder = self
            .layouts
            .ranged_builder(&mut self.fonts, text, 1.0, true);
        builder.push_default(StyleProperty::FontFamily(parley::FontFamily::Source(
            "Inter, Noto Naskh Arabic, sans-serif".into(),
        )));
        builder.push_default(StyleProperty::FontSize(size));
        builder.push_default(StyleProperty::LineHeight(LineHeight::FontSizeRelative(
            LINE,
        )));
        if bold {
            builder.push_default(StyleProperty::FontWeight(FontWeight::SEMI_BOLD));
        }
        let mut layout = builder.build(text);
        layout.break_all_lines(Some(width.max(1.0)));
        layout.align(Alignment::Start, AlignmentOptions::default());
        Rc::new(Text {
            layout,
            text: text.to_owned(),
        })
    }

    /// Places a paragraph at `x` with `width`, continuing on the next page between lines.
    fn paragraph(&mut self, text: &str, size: f32, bold: bool, color: Color, x: f32, width: f32) {
        if text.trim().is_empty() {
            return;
        }
        let shaped = self.shape(text, size, bold, width);
        for index in 0..shaped.layout.len() {
            let Some(line) = shaped.layout.get(index) else {
                continue;
            };
            let height = line.metrics().line_height;
            if self.y + height > self.bottom() {
                self.new_page();
            }
            let top = self.y;
            self.current.push(Item::Line {
                text: Rc::clone(&shaped),
                line: index,
                x,
                top,
                color,
            });
            self.y += height;
        }
    }

    /// The height a paragraph would take.
    fn height_of(&mut self, text: &str, size: f32, bold: bool, width: f32) -> f32 {
        if text.trim().is_empty() {
            return 0.0;
        }
        self.shape(text, size, bold, width).layout.height()
    }

    /// Places a one-line text at `(x, top)` without moving the flow; returns its width.
    fn label(&mut self, text: &str, size: f32, bold: bool, color: Color, x: f32, top: f32) -> f32 {
        let shaped = self.shape(text, size, bold, 10_000.0);
        self.place(&shaped, x, top, color);
        shaped.layout.width()
    }

    /// Places shaped text at `(x, top)` without moving the flow.
    fn place(&mut self, shaped: &Rc<Text>, x: f32, top: f32, color: Color) {
        for index in 0..shaped.layout.len() {
            let line_top = top
                + shaped
                    .layout
                    .get(index)
                    .map_or(0.0, |l| l.metrics().block_min_coord);
            self.current.push(Item::Line {
                text: Rc::clone(shaped),
                line: index,
                x,
                top: line_top,
                color,
            });
        }
    }

    fn rect(&mut self, x: f32, y: f32, width: f32, height: f32, color: Color) {
        self.current.push(Item::Rect {
            x,
            y,
            width,
            height,
            color,
            opacity: 1.0,
        });
    }

    fn link(&mut self, x: f32, y: f32, width: f32, height: f32, url: &Url) {
        if let Some(url) = url.openable() {
            self.current.push(Item::Link {
                x,
                y,
                width,
                height,
                url: url.as_str().to_owned(),
            });
        }
    }

    fn mark(&mut self, depth: u8, title: &str) {
        let page = self.pages.len();
        let y = self.y;
        self.marks.push(Mark {
            depth,
            title: title.to_owned(),
            page,
            y,
        });
    }
}

/// The document PDF.
pub fn document(
    document: &Document,
    base_dir: Option<&Path>,
    paper: Paper,
    dark: bool,
) -> Result<Vec<u8>, ExportError> {
    let portfolio = &document.portfolio;
    let (page_width, page_height) = paper.size();
    let fonts = font_context();
    let mut flow = Flow {
        pages: Vec::new(),
        current: Vec::new(),
        marks: Vec::new(),
        y: DOCUMENT.margin_top,
        width: page_width - 2.0 * DOCUMENT.margin_x,
        page_height,
        fonts,
        layouts: LayoutContext::new(),
        c: colours(dark, portfolio.accent),
        dark,
        t: DOCUMENT,
        left: DOCUMENT.margin_x,
        shaped: HashMap::new(),
    };
    for section in Section::ALL {
        if section.has_content(portfolio) {
            section_pdf(&mut flow, document, section, base_dir);
        }
    }
    footer(&mut flow, portfolio);
    render(flow, portfolio, page_width, page_height)
}

/// The slides PDF: one 16:9 page per slide of `deck` (the app's slides, continuations and
/// selection), every reveal step shown; with `notes`, a page of speaker notes after each.
pub fn slides(
    document: &Document,
    deck: &crate::deck::Deck,
    base_dir: Option<&Path>,
    dark: bool,
    notes: bool,
) -> Result<Vec<u8>, ExportError> {
    let portfolio = &document.portfolio;
    let (page_width, page_height) = (960.0, 540.0);
    let mut flow = Flow {
        pages: Vec::new(),
        current: Vec::new(),
        marks: Vec::new(),
        y: SLIDES.margin_top,
        width: page_width - 2.0 * SLIDES.margin_x,
        page_height,
        fonts: font_context(),
        layouts: LayoutContext::new(),
        c: colours(dark, portfolio.accent),
        dark,
        t: SLIDES,
        left: SLIDES.margin_x,
        shaped: HashMap::new(),
    };
    for (number, slide) in deck.slides.iter().enumerate() {
        if number > 0 {
            flow.new_page();
        }
        flow.mark(0, &slide.title);
        slide_pdf(&mut flow, document, slide, base_dir);
        if notes {
            flow.new_page();
            let c = flow.c;
            let width = flow.width;
            heading(&mut flow, &format!("Notes: {}", slide.title));
            let text = slide.notes.as_deref().unwrap_or("No notes for this slide.");
            flow.paragraph(text, flow.t.body, false, color(c.text), flow.left, width);
        }
    }
    render(flow, portfolio, page_width, page_height)
}

/// One slide, fully revealed.
fn slide_pdf(
    flow: &mut Flow,
    document: &Document,
    slide: &crate::deck::Slide,
    base_dir: Option<&Path>,
) {
    use crate::deck::{CasePart, SlideKind};
    let portfolio = &document.portfolio;
    let c = flow.c;
    let width = flow.width;
    if slide.kind == SlideKind::Title {
        flow.y = flow.page_height * 0.26;
        hero(flow, portfolio, base_dir);
        return;
    }
    heading(flow, &slide.title);
    match &slide.kind {
        SlideKind::Title => {}
        SlideKind::About(pieces) => {
            for piece in pieces {
                let text = portfolio
                    .person
                    .summary
                    .get(piece.block)
                    .and_then(|p| p.get(piece.range.clone()))
                    .unwrap_or_default();
                flow.paragraph(text, flow.t.body, false, color(c.text), flow.left, width);
                flow.space(flow.t.body * 0.6);
            }
        }
        SlideKind::Expertise(range) => {
            expertise(
                flow,
                portfolio.expertise.get(range.clone()).unwrap_or_default(),
            );
        }
        SlideKind::Impact { cases, rows } => {
            let all = crate::impact::rows(
                document,
                |index| cases.contains(&index),
                crate::impact::ImpactOrder::default(),
            );
            impact(flow, document, all.get(rows.clone()).unwrap_or_default());
        }
        SlideKind::CaseStudy { index, part } => {
            let Some(case) = portfolio.case_studies.get(*index) else {
                return;
            };
            let analyses = document
                .case_metrics
                .get(*index)
                .map_or(&[][..], Vec::as_slice);
            let mut meta = crate::document::meta::case_study(case);
            meta.extend(case.tags.iter().take(6).cloned());
            meta_line(flow, &meta);
            flow.space(flow.t.body * 0.5);
            match part {
                CasePart::Story {
                    pieces,
                    figures_beside,
                } => {
                    let blocks = [&case.problem, &case.approach, &case.outcome];
                    let story = |flow: &mut Flow| {
                        for piece in pieces {
                            let label = ["PROBLEM", "APPROACH", "OUTCOME"]
                                .get(piece.block)
                                .copied()
                                .unwrap_or_default();
                            let label = if piece.range.start > 0 {
                                format!("{label} (CONTINUED)")
                            } else {
                                label.to_owned()
                            };
                            let text = blocks
                                .get(piece.block)
                                .and_then(|b| b.get(piece.range.clone()))
                                .unwrap_or_default();
                            let width = flow.width;
                            flow.paragraph(
                                &label,
                                flow.t.eyebrow,
                                true,
                                color(c.muted),
                                flow.left,
                                width,
                            );
                            flow.paragraph(
                                text,
                                flow.t.body,
                                false,
                                color(c.text),
                                flow.left,
                                width,
                            );
                            flow.space(flow.t.body * 0.6);
                        }
                    };
                    if *figures_beside {
                        columns(flow, story, |flow| {
                            let width = flow.width;
                            flow.paragraph(
                                "RESULTS",
                                flow.t.eyebrow,
                                true,
                                color(c.muted),
                                flow.left,
                                width,
                            );
                            metrics(flow, analyses);
                        });
                    } else {
                        story(flow);
                    }
                }
                CasePart::Results { left, right } => {
                    flow.paragraph(
                        "RESULTS",
                        flow.t.eyebrow,
                        true,
                        color(c.muted),
                        flow.left,
                        width,
                    );
                    let left = analyses.get(left.clone()).unwrap_or_default();
                    let right = analyses.get(right.clone()).unwrap_or_default();
                    columns(
                        flow,
                        |flow| metrics(flow, left),
                        |flow| metrics(flow, right),
                    );
                }
                CasePart::Image(number) => {
                    if let Some(image) = case.images.get(*number) {
                        let room = flow.bottom() - flow.y - flow.t.small * LINE * 2.0;
                        image_pdf(flow, image, base_dir, room);
                    }
                }
            }
        }
        SlideKind::Experience(slices) => {
            role_slices(
                flow,
                &portfolio.experience,
                &document.experience_metrics,
                slices,
            );
        }
        SlideKind::Research(slices) => {
            role_slices(
                flow,
                &portfolio.research,
                &document.research_metrics,
                slices,
            );
        }
        SlideKind::Teaching => section_body(flow, document, Section::Teaching, base_dir),
        SlideKind::Education => section_body(flow, document, Section::Education, base_dir),
        SlideKind::Publications => {
            section_body(flow, document, Section::Publications, base_dir);
            section_body(flow, document, Section::Projects, base_dir);
        }
        SlideKind::Principles => section_body(flow, document, Section::Principles, base_dir),
        SlideKind::Contact => section_body(flow, document, Section::Contact, base_dir),
    }
}

/// Two columns side by side from the flow's position; the flow continues below the taller.
fn columns(flow: &mut Flow, left: impl FnOnce(&mut Flow), right: impl FnOnce(&mut Flow)) {
    let (x, width, top) = (flow.left, flow.width, flow.y);
    let gap = crate::deck::fit::COLUMN_GAP * 0.75;
    let column = (width - gap) / 2.0;
    flow.width = column;
    left(flow);
    let left_bottom = flow.y;
    flow.y = top;
    flow.left = x + column + gap;
    right(flow);
    let right_bottom = flow.y;
    flow.left = x;
    flow.width = width;
    flow.y = left_bottom.max(right_bottom);
}

fn font_context() -> FontContext {
    let mut fonts = FontContext::new();
    for bytes in [
        crate::fonts::INTER_REGULAR,
        crate::fonts::INTER_SEMIBOLD,
        crate::fonts::NOTO_NASKH_ARABIC,
    ] {
        let blob = parley::fontique::Blob::new(Arc::new(bytes));
        fonts.collection.register_fonts(blob, None);
    }
    fonts
}

fn section_pdf(flow: &mut Flow, document: &Document, section: Section, base_dir: Option<&Path>) {
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
        flow.t.body * LINE * 3.0
    };
    flow.keep(flow.t.section * LINE + 18.0 + following);
    flow.space(if flow.y > flow.t.margin_top + 1.0 {
        22.0
    } else {
        0.0
    });
    flow.mark(0, &title);
    heading(flow, &title);
    section_body(flow, document, section, base_dir);
}

/// A section's or a slide's title with the accent bar under it.
fn heading(flow: &mut Flow, title: &str) {
    let c = flow.c;
    let width = flow.width;
    flow.paragraph(
        title,
        flow.t.section,
        true,
        color(c.strong),
        flow.left,
        width,
    );
    let y = flow.y + flow.t.section * 0.12;
    flow.rect(
        flow.left,
        y,
        flow.t.section * 1.6,
        flow.t.section * 0.15,
        color(c.accent),
    );
    flow.space(flow.t.section * 0.8);
}

/// What a section holds, under its heading.
fn section_body(flow: &mut Flow, document: &Document, section: Section, base_dir: Option<&Path>) {
    let portfolio = &document.portfolio;
    let c = flow.c;
    let width = flow.width;
    match section {
        Section::Hero => {}
        Section::About => {
            for paragraph in &portfolio.person.summary {
                flow.paragraph(
                    paragraph,
                    flow.t.body,
                    false,
                    color(c.text),
                    flow.left,
                    width,
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
                flow.paragraph(note, flow.t.small, false, color(c.muted), flow.left, width);
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
                flow.keep(flow.t.title * LINE + flow.t.small * LINE + flow.t.body * LINE * 2.0);
                flow.paragraph(
                    &teaching.role,
                    flow.t.title,
                    true,
                    color(c.strong),
                    flow.left,
                    width,
                );
                let meta = crate::document::meta::teaching(teaching);
                meta_line(flow, &meta);
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
                    flow.paragraph(
                        &line,
                        flow.t.body,
                        false,
                        color(c.text),
                        flow.left + 10.0,
                        width - 10.0,
                    );
                }
                flow.space(10.0);
            }
        }
        Section::Education => {
            for school in &portfolio.education {
                flow.keep(flow.t.title * LINE + flow.t.small * LINE * 2.0);
                flow.paragraph(
                    &school.institution,
                    flow.t.title,
                    true,
                    color(c.strong),
                    flow.left,
                    width,
                );
                let meta = crate::document::meta::education(school);
                meta_line(flow, &meta);
                if let Some(text) = &school.text {
                    flow.paragraph(text, flow.t.body, false, color(c.text), flow.left, width);
                }
                flow.space(10.0);
            }
        }
        Section::Publications => {
            for paper in &portfolio.publications {
                flow.keep(flow.t.title * LINE * 2.0 + flow.t.small * LINE);
                let title = paper.title.as_deref().unwrap_or(&paper.venue);
                flow.paragraph(
                    title,
                    flow.t.body + 0.5,
                    true,
                    color(c.strong),
                    flow.left,
                    width,
                );
                let meta = crate::document::meta::publication(paper);
                meta_line(flow, &meta);
                if let Some(url) = &paper.link {
                    links(
                        flow,
                        &[Link {
                            label: "Read the paper".into(),
                            url: url.clone(),
                        }],
                    );
                }
                flow.space(8.0);
            }
        }
        Section::Projects => {
            for (index, project) in portfolio.projects.iter().enumerate() {
                flow.keep(flow.t.title * LINE + flow.t.body * LINE * 3.0);
                let kind = match project.kind {
                    ProjectKind::Dataset => "Dataset",
                    ProjectKind::Project => "Project",
                };
                flow.paragraph(
                    &format!("{}  ·  {kind}", project.title),
                    flow.t.title,
                    true,
                    color(c.strong),
                    flow.left,
                    width,
                );
                flow.paragraph(
                    &project.text,
                    flow.t.body,
                    false,
                    color(c.text),
                    flow.left,
                    width,
                );
                tags(flow, &project.tags);
                if let Some(analyses) = document.project_metrics.get(index) {
                    metrics(flow, analyses);
                }
                if let Some(url) = &project.link {
                    links(
                        flow,
                        &[Link {
                            label: "Open".into(),
                            url: url.clone(),
                        }],
                    );
                }
                flow.space(10.0);
            }
        }
        Section::Principles => {
            for (index, principle) in portfolio.principles.iter().enumerate() {
                let text_height = principle
                    .text
                    .as_deref()
                    .map_or(0.0, |t| flow.height_of(t, flow.t.body, false, width - 24.0));
                flow.keep(flow.t.body * LINE + text_height);
                let top = flow.y;
                flow.label(
                    &format!("{:02}", index + 1),
                    flow.t.small,
                    true,
                    color(c.accent),
                    flow.left,
                    top + 1.5,
                );
                flow.paragraph(
                    &principle.title,
                    flow.t.body + 0.5,
                    true,
                    color(c.strong),
                    flow.left + 24.0,
                    width - 24.0,
                );
                if let Some(text) = &principle.text {
                    flow.paragraph(
                        text,
                        flow.t.body,
                        false,
                        color(c.text),
                        flow.left + 24.0,
                        width - 24.0,
                    );
                }
                flow.space(6.0);
            }
        }
        Section::Contact => contact(flow, portfolio),
    }
}

fn hero(flow: &mut Flow, portfolio: &Portfolio, base_dir: Option<&Path>) {
    let c = flow.c;
    let person = &portfolio.person;
    let top = flow.y;
    let photo = match (&person.photo, base_dir) {
        (Some(photo), Some(base)) => read_image(&base.join(photo)),
        _ => None,
    };
    match photo {
        Some((data, png)) => flow.current.push(Item::Image {
            data,
            png,
            x: flow.left,
            y: top,
            width: flow.t.photo,
            height: flow.t.photo,
            circle: true,
        }),
        None => {
            flow.current.push(Item::Disc {
                x: flow.left,
                y: top,
                diameter: flow.t.photo,
                color: color(c.accent),
            });
            let letters = initials(portfolio.display_name());
            let size = flow.t.photo / 3.0;
            let shaped = flow.shape(&letters, size, true, flow.t.photo);
            let (w, h) = (shaped.layout.width(), shaped.layout.height());
            let (x, y) = (
                flow.left + (flow.t.photo - w) / 2.0,
                top + (flow.t.photo - h) / 2.0,
            );
            flow.place(&shaped, x, y, color(c.on_accent));
        }
    }
    let x = flow.left + flow.t.photo + 18.0;
    let width = flow.width - flow.t.photo - 18.0;
    flow.paragraph(
        portfolio.display_name(),
        flow.t.name,
        true,
        color(c.strong),
        x,
        width,
    );
    if person.name.is_some() {
        flow.paragraph(
            &person.headline,
            flow.t.headline,
            true,
            color(c.accent),
            x,
            width,
        );
    }
    if let Some(tagline) = person
        .tagline
        .as_deref()
        .or(portfolio.meta.description.as_deref())
    {
        flow.space(3.0);
        flow.paragraph(tagline, flow.t.tagline, false, color(c.muted), x, width);
    }
    if let Some(location) = &person.location {
        flow.space(4.0);
        flow.paragraph(
            &format!("Based in {location}"),
            flow.t.body,
            false,
            color(c.text),
            x,
            width,
        );
    }
    if let Some(availability) = portfolio
        .contact
        .as_ref()
        .and_then(|c| c.availability.as_ref())
    {
        flow.space(2.0);
        flow.paragraph(
            &format!("● {availability}"),
            flow.t.small,
            false,
            color(c.good),
            x,
            width,
        );
    }
    if !person.links.is_empty() {
        flow.space(4.0);
        links_at(flow, &person.links, x);
    }
    flow.y = flow.y.max(top + flow.t.photo) + 8.0;
}

fn meta_line(flow: &mut Flow, parts: &[String]) {
    let accent = color(flow.c.accent);
    small_line(flow, parts, accent);
}

fn tags(flow: &mut Flow, tags: &[String]) {
    let muted = color(flow.c.muted);
    small_line(flow, tags, muted);
}

/// Short facts in one small line, "a  ·  b  ·  c".
fn small_line(flow: &mut Flow, parts: &[String], colour: Color) {
    let line = crate::document::meta::line(parts);
    if line.is_empty() {
        return;
    }
    let width = flow.width;
    flow.paragraph(&line, flow.t.small, false, colour, flow.left, width);
}

fn links(flow: &mut Flow, links: &[Link]) {
    links_at(flow, links, flow.left);
}

/// Links in a row, each its label underlined and clickable; a link folio would not open is
/// shown with its address, not made clickable.
fn links_at(flow: &mut Flow, links: &[Link], left: f32) {
    let c = flow.c;
    let mut x = left;
    let height = flow.t.body * LINE;
    flow.keep(height);
    let top = flow.y;
    for link in links {
        let (text, colour) = match link.url.openable() {
            Some(_) => (format!("{} ↗", link.label), color(c.accent)),
            None => (
                format!("{} ({})", link.label, link.url.as_str()),
                color(c.muted),
            ),
        };
        let shaped = flow.shape(&text, flow.t.body, false, 10_000.0);
        let width = shaped.layout.width();
        if x + width > flow.left + flow.width && x > left {
            x = left;
            flow.y += height;
        }
        let y = flow.y;
        flow.label(&text, flow.t.body, false, colour, x, y);
        flow.link(x, y, width, height, &link.url);
        x += width + 16.0;
    }
    flow.y = flow.y.max(top) + height;
}

fn case_study(flow: &mut Flow, document: &Document, index: usize, base_dir: Option<&Path>) {
    let portfolio = &document.portfolio;
    let Some(case) = portfolio.case_studies.get(index) else {
        return;
    };
    let c = flow.c;
    let width = flow.width;
    let title_height = flow.height_of(&case.title, flow.t.title + 1.5, true, width);
    flow.keep(title_height + flow.t.small * LINE + flow.t.eyebrow * 2.0 + flow.t.body * LINE * 3.0);
    flow.space(8.0);
    flow.mark(1, &case.title);
    flow.paragraph(
        &case.title,
        flow.t.title + 1.5,
        true,
        color(c.strong),
        flow.left,
        width,
    );
    let meta = crate::document::meta::case_study(case);
    meta_line(flow, &meta);
    tags(flow, &case.tags);
    for (label, text) in [
        ("PROBLEM", &case.problem),
        ("APPROACH", &case.approach),
        ("OUTCOME", &case.outcome),
    ] {
        flow.keep(flow.t.eyebrow * LINE + 6.0 + flow.t.body * LINE * 2.0);
        flow.space(6.0);
        flow.paragraph(
            label,
            flow.t.eyebrow,
            true,
            color(c.muted),
            flow.left,
            width,
        );
        flow.paragraph(text, flow.t.body, false, color(c.text), flow.left, width);
    }
    for image in &case.images {
        image_pdf(flow, image, base_dir, 260.0);
    }
    if let Some(analyses) = document.case_metrics.get(index)
        && !analyses.is_empty()
    {
        flow.keep(flow.t.eyebrow * LINE + 60.0);
        flow.space(8.0);
        flow.paragraph(
            "RESULTS",
            flow.t.eyebrow,
            true,
            color(c.muted),
            flow.left,
            width,
        );
        flow.space(2.0);
        metrics(flow, analyses);
    }
    flow.space(6.0);
    let y = flow.y;
    flow.current.push(Item::Rule {
        from: (flow.left, y),
        to: (flow.left + width, y),
        width: 0.5,
        color: color(c.border),
    });
    flow.space(6.0);
}

/// A case-study image at most `max_height` tall, with its caption; a placeholder naming the
/// file when it cannot be shown.
fn image_pdf(
    flow: &mut Flow,
    image: &crate::model::Image,
    base_dir: Option<&Path>,
    max_height: f32,
) {
    let c = flow.c;
    let width = flow.width;
    let Some((data, png, (w, h))) = base_dir.and_then(|b| read_image_sized(&b.join(&image.path)))
    else {
        flow.space(6.0);
        flow.paragraph(
            &format!("Image not available: {}", image.path),
            flow.t.small,
            false,
            color(c.muted),
            flow.left,
            width,
        );
        return;
    };
    let scale = (width / w as f32)
        .min(max_height.max(24.0) / h as f32)
        .min(1.0);
    let (dw, dh) = (w as f32 * scale, h as f32 * scale);
    let caption = image.caption.clone().unwrap_or_default();
    let caption_height = flow.height_of(&caption, flow.t.small, false, width);
    flow.keep(dh + caption_height + 12.0);
    flow.space(8.0);
    let y = flow.y;
    flow.current.push(Item::Image {
        data,
        png,
        x: flow.left,
        y,
        width: dw,
        height: dh,
        circle: false,
    });
    flow.y += dh + 3.0;
    flow.paragraph(
        &caption,
        flow.t.small,
        false,
        color(c.muted),
        flow.left,
        width,
    );
}

fn tone_color(c: &Colours, tone: Tone) -> Color {
    match tone {
        Tone::Good => color(c.good),
        Tone::Bad => color(c.bad),
        Tone::Neutral => color(c.accent),
    }
}

/// Charts first, then single figures as tiles, as in the app.
fn metrics(flow: &mut Flow, analyses: &[Analysis]) {
    let c = flow.c;
    let mut tiles = Vec::new();
    for analysis in analyses {
        match &analysis.kind {
            AnalysisKind::Change(change) => {
                let chart = ChangeChart::new(change);
                let verdict = verdict_line(&change.verdict);
                let height = flow.t.body * LINE
                    + 2.0 * flow.t.bar_height
                    + flow.t.bar_gap
                    + 4.0
                    + if verdict.is_some() || chart.log_scale {
                        flow.t.small * LINE
                    } else {
                        0.0
                    };
                flow.keep(height + 6.0);
                flow.space(4.0);
                chart_head(
                    flow,
                    &analysis.label,
                    &[(change.change_text(), tone_color(&c, change.tone))],
                    change.factor_text(),
                );
                let track = flow.t.chart_width.min(flow.width) - flow.t.bar_name - flow.t.bar_value;
                let colours = [color(c.before_bar), tone_color(&c, change.tone)];
                for (index, (bar, fill)) in chart.bars.iter().zip(colours).enumerate() {
                    let y = flow.y + index as f32 * (flow.t.bar_height + flow.t.bar_gap);
                    flow.label(
                        &bar.name,
                        flow.t.small,
                        false,
                        color(c.muted),
                        flow.left,
                        y - 0.5,
                    );
                    let left = flow.left + flow.t.bar_name;
                    flow.rect(left, y, track, flow.t.bar_height, color(c.surface_alt));
                    let solid = (track * bar.solid_end).max(1.5);
                    flow.rect(left, y, solid, flow.t.bar_height, fill);
                    let mut end = left + solid;
                    if let (Some(range_end), Some(mark)) = (bar.range_end, bar.mark) {
                        let start = left + track * bar.solid_end;
                        let width = track * (range_end - bar.solid_end);
                        flow.current.push(Item::Rect {
                            x: start,
                            y,
                            width,
                            height: flow.t.bar_height,
                            color: fill,
                            opacity: 0.45,
                        });
                        let mark_x = left + track * mark;
                        flow.current.push(Item::Rule {
                            from: (mark_x, y + 1.5),
                            to: (mark_x, y + flow.t.bar_height - 1.5),
                            width: 1.2,
                            color: fill,
                        });
                        end = end.max(left + track * range_end);
                    }
                    flow.label(
                        &bar.text,
                        flow.t.small + 0.5,
                        true,
                        color(c.strong),
                        end + 5.0,
                        y - 1.0,
                    );
                }
                flow.y += 2.0 * flow.t.bar_height + flow.t.bar_gap + 4.0;
                verdict_pdf(flow, verdict, chart.log_scale);
            }
            AnalysisKind::Relative(relative) => {
                flow.keep(flow.t.body * LINE + flow.t.bar_height + flow.t.small * LINE + 8.0);
                flow.space(4.0);
                chart_head(
                    flow,
                    &analysis.label,
                    &[(relative.text.clone(), tone_color(&c, relative.tone))],
                    None,
                );
                let track = flow.t.chart_width.min(flow.width) - flow.t.bar_name - flow.t.bar_value;
                let y = flow.y;
                flow.label(
                    "change",
                    flow.t.small,
                    false,
                    color(c.muted),
                    flow.left,
                    y - 2.0,
                );
                let left = flow.left + flow.t.bar_name;
                flow.rect(
                    left,
                    y,
                    track,
                    flow.t.bar_height * 0.6,
                    color(c.surface_alt),
                );
                flow.rect(
                    left,
                    y,
                    track * relative_fraction(relative),
                    flow.t.bar_height * 0.6,
                    tone_color(&c, relative.tone),
                );
                flow.y += flow.t.bar_height * 0.6 + 4.0;
                verdict_pdf(flow, verdict_line(&relative.verdict), false);
            }
            AnalysisKind::Incomparable {
                before,
                after,
                reason,
            } => {
                let width = flow.width;
                flow.paragraph(
                    &format!("⚠ {}: {before} → {after} ({reason})", analysis.label),
                    flow.t.small,
                    false,
                    color(c.warn),
                    flow.left,
                    width,
                );
            }
            AnalysisKind::Figure(_) | AnalysisKind::Outcome { .. } => tiles.push(analysis),
        }
    }
    if tiles.is_empty() {
        return;
    }
    // Tiles in rows; a row is never split.
    let tile_width = flow.t.tile_width;
    let gap = 10.0;
    let per_row = (((flow.width + gap) / (tile_width + gap)).floor() as usize).max(1);
    for row in tiles.chunks(per_row) {
        let heights: Vec<f32> = row
            .iter()
            .map(|analysis| tile_height(flow, analysis, tile_width - 16.0))
            .collect();
        let height = heights.iter().copied().fold(0.0, f32::max) + 16.0;
        flow.keep(height + gap);
        flow.space(6.0);
        let top = flow.y;
        for (i, analysis) in row.iter().enumerate() {
            let x = flow.left + i as f32 * (tile_width + gap);
            flow.rect(x, top, tile_width, height, color(c.surface_alt));
            let saved = flow.y;
            flow.y = top + 8.0;
            match &analysis.kind {
                AnalysisKind::Figure(figure) => {
                    if let Some(was) = &figure.was {
                        flow.paragraph(
                            &format!("{was} →"),
                            flow.t.small,
                            false,
                            color(c.muted),
                            x + 8.0,
                            tile_width - 16.0,
                        );
                    }
                    let tone = match figure.tone {
                        Tone::Good => color(c.good),
                        Tone::Bad => color(c.bad),
                        Tone::Neutral => color(c.strong),
                    };
                    flow.paragraph(
                        &figure.text,
                        flow.t.figure,
                        true,
                        tone,
                        x + 8.0,
                        tile_width - 16.0,
                    );
                }
                AnalysisKind::Outcome { text } => {
                    flow.paragraph(
                        &format!("✓ {text}"),
                        flow.t.body + 0.5,
                        true,
                        color(c.good),
                        x + 8.0,
                        tile_width - 16.0,
                    );
                }
                _ => {}
            }
            flow.paragraph(
                &analysis.label,
                flow.t.small,
                false,
                color(c.muted),
                x + 8.0,
                tile_width - 16.0,
            );
            flow.y = saved;
        }
        flow.y = top + height + 4.0;
    }
}

fn tile_height(flow: &mut Flow, analysis: &Analysis, width: f32) -> f32 {
    let label = flow.height_of(&analysis.label, flow.t.small, false, width);
    match &analysis.kind {
        AnalysisKind::Figure(figure) => {
            let was = figure.was.as_ref().map_or(0.0, |w| {
                flow.height_of(&format!("{w} →"), flow.t.small, false, width)
            });
            was + flow.height_of(&figure.text, flow.t.figure, true, width) + label
        }
        AnalysisKind::Outcome { text } => {
            flow.height_of(&format!("✓ {text}"), flow.t.body + 0.5, true, width) + label
        }
        _ => label,
    }
}

/// A chart's label with its badges at the right.
fn chart_head(flow: &mut Flow, label: &str, badges: &[(String, Color)], factor: Option<String>) {
    let c = flow.c;
    let chart_width = flow.t.chart_width.min(flow.width);
    let mut right = flow.left + chart_width;
    let top = flow.y;
    let mut all: Vec<(String, Color)> = badges.to_vec();
    if let Some(factor) = factor {
        all.push((factor, color(c.muted)));
    }
    for (text, colour) in all.iter().rev() {
        let shaped = flow.shape(text, flow.t.small, true, 10_000.0);
        let width = shaped.layout.width();
        right -= width + 10.0;
        flow.rect(
            right - 1.0,
            top + 1.0,
            width + 8.0,
            flow.t.small * LINE,
            color(c.surface_alt),
        );
        flow.label(text, flow.t.small, true, *colour, right + 3.0, top + 1.0);
    }
    let label_width = (right - flow.left - 8.0).max(chart_width * 0.4);
    flow.paragraph(
        label,
        flow.t.body - 0.5,
        true,
        color(c.strong),
        flow.left,
        label_width,
    );
    flow.y = flow.y.max(top + flow.t.small * LINE + 2.0) + 2.0;
}

fn verdict_pdf(flow: &mut Flow, verdict: Option<(String, VerdictTone)>, log_scale: bool) {
    let c = flow.c;
    let mut text = String::new();
    let mut colour = color(c.muted);
    if let Some((line, tone)) = verdict {
        colour = match tone {
            VerdictTone::Agrees => color(c.good),
            VerdictTone::Disagrees => color(c.warn),
            VerdictTone::Unchecked => color(c.muted),
        };
        text.push_str(&line);
    }
    if log_scale {
        if !text.is_empty() {
            text.push_str("  ");
        }
        text.push_str("· log scale (each step ×10)");
    }
    if !text.is_empty() {
        let width = flow.width - flow.t.bar_name;
        flow.paragraph(
            &text,
            flow.t.small,
            false,
            colour,
            flow.left + flow.t.bar_name,
            width,
        );
    }
}

fn roles(flow: &mut Flow, roles: &[Role], metrics_of: &[Vec<Vec<Analysis>>]) {
    let slices: Vec<crate::deck::RoleSlice> = roles
        .iter()
        .enumerate()
        .map(|(role, r)| crate::deck::RoleSlice {
            role,
            highlights: 0..r.highlights.len(),
        })
        .collect();
    role_slices(flow, roles, metrics_of, &slices);
}

/// Positions, or the given highlights of them, as a slide shows them: a position whose first
/// highlights were on an earlier slide is headed "(continued)".
fn role_slices(
    flow: &mut Flow,
    roles: &[Role],
    metrics_of: &[Vec<Vec<Analysis>>],
    slices: &[crate::deck::RoleSlice],
) {
    let c = flow.c;
    for slice in slices {
        let index = slice.role;
        let Some(role) = roles.get(index) else {
            continue;
        };
        let continued = slice.highlights.start > 0;
        let width = flow.width - 16.0;
        let x = flow.left + 16.0;
        let title = role.role.as_deref().unwrap_or(&role.organisation);
        let title = if continued {
            format!("{title} (continued)")
        } else {
            title.to_owned()
        };
        flow.keep(flow.t.title * LINE + flow.t.small * LINE + flow.t.body * LINE * 2.0);
        let top = flow.y;
        flow.current.push(Item::Rect {
            x: flow.left + 1.0,
            y: top + 4.0,
            width: 6.0,
            height: 6.0,
            color: color(c.accent),
            opacity: 1.0,
        });
        flow.paragraph(&title, flow.t.title, true, color(c.strong), x, width);
        let meta = crate::document::meta::line(&crate::document::meta::role(role));
        if !meta.is_empty() {
            flow.paragraph(&meta, flow.t.small, false, color(c.accent), x, width);
        }
        if let Some(summary) = role.summary.as_ref().filter(|_| !continued) {
            flow.paragraph(summary, flow.t.body, false, color(c.text), x, width);
        }
        let shown = role
            .highlights
            .get(slice.highlights.clone())
            .unwrap_or_default();
        for (h, highlight) in slice.highlights.clone().zip(shown) {
            let analyses = metrics_of
                .get(index)
                .and_then(|m| m.get(h))
                .map_or(&[][..], Vec::as_slice);
            let height = flow.height_of(&highlight.text, flow.t.body, false, width - 10.0);
            flow.keep(height);
            let y = flow.y;
            flow.label("•", flow.t.body, false, color(c.accent), x, y);
            flow.paragraph(
                &highlight.text,
                flow.t.body,
                false,
                color(c.text),
                x + 10.0,
                width - 10.0,
            );
            if !analyses.is_empty() {
                metrics(flow, analyses);
            }
        }
        if slice.highlights.end >= role.highlights.len() {
            tags(flow, &role.tags);
        }
        flow.space(10.0);
    }
}

fn contact(flow: &mut Flow, portfolio: &Portfolio) {
    let c = flow.c;
    let width = flow.width;
    if let Some(availability) = portfolio
        .contact
        .as_ref()
        .and_then(|c| c.availability.as_ref())
    {
        flow.paragraph(
            availability,
            flow.t.body + 1.0,
            false,
            color(c.text),
            flow.left,
            width,
        );
        flow.space(4.0);
    }
    let (first, more) = crate::document::meta::contact_links(portfolio);
    for list in [first, more] {
        if !list.is_empty() {
            links(flow, &list);
        }
    }
}

fn expertise(flow: &mut Flow, areas: &[crate::model::Expertise]) {
    let c = flow.c;
    let width = flow.width;
    for area in areas {
        let height =
            flow.height_of(&area.text, flow.t.body, false, width) + flow.t.title * LINE + 10.0;
        flow.keep(height);
        flow.paragraph(
            &area.title,
            flow.t.title,
            true,
            color(c.strong),
            flow.left,
            width,
        );
        flow.paragraph(
            &area.text,
            flow.t.body,
            false,
            color(c.text),
            flow.left,
            width,
        );
        tags(flow, &area.tags);
        flow.space(flow.t.body * 0.6);
    }
}

fn impact(flow: &mut Flow, document: &Document, rows: &[crate::impact::ImpactRow]) {
    let c = flow.c;
    let _ = document;
    let columns: [(&str, f32); 5] = [
        ("Figure", 0.36),
        ("Before", 0.15),
        ("After", 0.15),
        ("Change", 0.19),
        ("Factor", 0.15),
    ];
    let width = flow.width;
    let header = |flow: &mut Flow| {
        let y = flow.y;
        let mut x = flow.left;
        for (name, share) in columns {
            flow.label(name, flow.t.small, true, color(c.muted), x, y);
            x += width * share;
        }
        flow.y += flow.t.small * LINE + 2.0;
        let y = flow.y;
        flow.current.push(Item::Rule {
            from: (flow.left, y),
            to: (flow.left + width, y),
            width: 0.5,
            color: color(c.border),
        });
        flow.y += 3.0;
    };
    header(flow);
    // A slide has room for one line a row, as the deck model counted; the page has room to
    // say which case study each figure is from.
    let one_line = flow.t.body > DOCUMENT.body;
    for row in rows {
        let figure = if one_line {
            row.metric.clone()
        } else {
            format!("{}\n{}", row.metric, row.case_study)
        };
        let cells = [
            (figure, color(c.text), false),
            (row.before.clone(), color(c.text), false),
            (row.after.clone(), color(c.text), false),
            (row.change.clone(), tone_color(&c, row.tone), true),
            (row.factor.clone(), color(c.text), false),
        ];
        let height = cells
            .iter()
            .zip(columns)
            .map(|((text, _, bold), (_, share))| {
                flow.height_of(text, flow.t.small, *bold, width * share - 6.0)
            })
            .fold(0.0, f32::max);
        if flow.y + height + 4.0 > flow.bottom() {
            flow.new_page();
            header(flow);
        }
        let top = flow.y;
        let mut x = flow.left;
        for ((text, colour, bold), (_, share)) in cells.iter().zip(columns) {
            flow.y = top;
            flow.paragraph(text, flow.t.small, *bold, *colour, x, width * share - 6.0);
            x += width * share;
        }
        flow.y = top + height + 2.0;
        let y = flow.y;
        flow.current.push(Item::Rule {
            from: (flow.left, y),
            to: (flow.left + width, y),
            width: 0.3,
            color: color(c.border),
        });
        flow.y += 3.0;
    }
}

fn footer(flow: &mut Flow, portfolio: &Portfolio) {
    let c = flow.c;
    let meta = &portfolio.meta;
    let mut lines = Vec::new();
    if let Some(heading) = &meta.heading {
        lines.push(format!("Page: {heading}"));
    }
    if !meta.title.is_empty() {
        lines.push(format!("Title: {}", meta.title));
    }
    if portfolio.person.tagline.is_some()
        && let Some(description) = &meta.description
    {
        lines.push(description.clone());
    }
    if !meta.keywords.is_empty() {
        lines.push(format!("Keywords: {}", meta.keywords.join(", ")));
    }
    if let Some(permalink) = &meta.permalink {
        lines.push(format!("Web address: {permalink}"));
    }
    if lines.is_empty() {
        return;
    }
    flow.space(20.0);
    let width = flow.width;
    for line in lines {
        flow.paragraph(&line, flow.t.small, false, color(c.muted), flow.left, width);
    }
}

/// Whether the first letter of `text` is Hebrew or Arabic.
fn starts_right_to_left(text: &str) -> bool {
    text.chars().find(|c| c.is_alphabetic()).is_some_and(
        |c| matches!(u32::from(c), 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF),
    )
}

fn read_image(path: &Path) -> Option<(Rc<Vec<u8>>, bool)> {
    read_image_sized(path).map(|(data, png, _)| (data, png))
}

/// An image's bytes, whether it is a PNG, and its size in pixels.
type ImageFile = (Rc<Vec<u8>>, bool, (u32, u32));

/// An image file folio can show, its bytes, whether it is a PNG, and its size in pixels.
fn read_image_sized(path: &Path) -> Option<ImageFile> {
    let size = crate::images::probe(path).ok()?;
    let bytes = std::fs::read(path).ok()?;
    let png = bytes.starts_with(b"\x89PNG");
    Some((Rc::new(bytes), png, size))
}

fn krilla_color(c: Color) -> rgb::Color {
    rgb::Color::new(c.0, c.1, c.2)
}

fn fill(c: Color, opacity: f32) -> Fill {
    Fill {
        paint: krilla_color(c).into(),
        opacity: NormalizedF32::new(opacity.clamp(0.0, 1.0)).unwrap_or(NormalizedF32::ONE),
        rule: FillRule::default(),
    }
}

fn circle(cx: f32, cy: f32, r: f32) -> Option<krilla::geom::Path> {
    // Four cubic arcs; 0.5523 places the control points of a quarter circle.
    let k = 0.552_284_8 * r;
    let mut path = PathBuilder::new();
    path.move_to(cx + r, cy);
    path.cubic_to(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
    path.cubic_to(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
    path.cubic_to(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
    path.cubic_to(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
    path.close();
    path.finish()
}

/// Draws the laid-out pages with krilla.
fn render(
    flow: Flow,
    portfolio: &Portfolio,
    page_width: f32,
    page_height: f32,
) -> Result<Vec<u8>, ExportError> {
    let Flow {
        mut pages,
        current,
        marks,
        c,
        mut fonts,
        mut layouts,
        dark,
        ..
    } = flow;
    pages.push(current);
    let mut document = krilla::Document::new();
    let mut font_cache: HashMap<(u64, u32), Font> = HashMap::new();
    let total = pages.len();
    let settings = PageSettings::from_wh(page_width, page_height)
        .ok_or(ExportError::Pdf("the page size is not valid".into()))?;
    for (number, items) in pages.into_iter().enumerate() {
        // The page number, laid out like any text.
        let label = format!("{} / {total}", number + 1);
        let page_number = {
            let mut builder = layouts.ranged_builder(&mut fonts, &label, 1.0, true);
            builder.push_default(StyleProperty::FontFamily(parley::FontFamily::Source(
                "Inter, sans-serif".into(),
            )));
            builder.push_default(StyleProperty::FontSize(flow.t.small));
            let mut layout = builder.build(&label);
            layout.break_all_lines(None);
            Rc::new(Text {
                layout,
                text: label.clone(),
            })
        };
        let mut page = document.start_page_with(settings.clone());
        let mut links = Vec::new();
        {
            let mut surface = page.surface();
            // Light prints on white paper; dark fills the page.
            if dark
                && let Some(path) = Rect::from_xywh(0.0, 0.0, page_width, page_height)
                    .map(|r| {
                        let mut builder = PathBuilder::new();
                        builder.push_rect(r);
                        builder
                    })
                    .and_then(PathBuilder::finish)
            {
                surface.set_fill(Some(fill(color(c.background), 1.0)));
                surface.draw_path(&path);
            }
            let number_width = page_number.layout.width();
            let footer = Item::Line {
                text: page_number,
                line: 0,
                x: (page_width - number_width) / 2.0,
                top: page_height - flow.t.margin_bottom + 24.0,
                color: color(c.muted),
            };
            for item in items.iter().chain(std::iter::once(&footer)) {
                match item {
                    Item::Line {
                        text,
                        line,
                        x,
                        top,
                        color: colour,
                    } => {
                        draw_line(
                            &mut surface,
                            &mut font_cache,
                            text,
                            *line,
                            (*x, *top),
                            *colour,
                        );
                    }
                    Item::Rect {
                        x,
                        y,
                        width,
                        height,
                        color: colour,
                        opacity,
                    } => {
                        let path = Rect::from_xywh(*x, *y, width.max(0.01), height.max(0.01))
                            .map(|r| {
                                let mut builder = PathBuilder::new();
                                builder.push_rect(r);
                                builder
                            })
                            .and_then(PathBuilder::finish);
                        if let Some(path) = path {
                            surface.set_fill(Some(fill(*colour, *opacity)));
                            surface.draw_path(&path);
                        }
                    }
                    Item::Rule {
                        from,
                        to,
                        width,
                        color: colour,
                    } => {
                        let mut builder = PathBuilder::new();
                        builder.move_to(from.0, from.1);
                        builder.line_to(to.0, to.1);
                        if let Some(path) = builder.finish() {
                            surface.set_fill(None);
                            surface.set_stroke(Some(Stroke {
                                paint: krilla_color(*colour).into(),
                                width: *width,
                                ..Stroke::default()
                            }));
                            surface.draw_path(&path);
                            surface.set_stroke(None);
                        }
                    }
                    Item::Image {
                        data,
                        png,
                        x,
                        y,
                        width,
                        height,
                        circle: round,
                    } => {
                        let clip = round
                            .then(|| circle(x + width / 2.0, y + height / 2.0, width / 2.0))
                            .flatten();
                        let bytes: krilla::Data = data.as_ref().clone().into();
                        let image = if *png {
                            krilla::image::Image::from_png(bytes, true)
                        } else {
                            krilla::image::Image::from_jpeg(bytes, true)
                        };
                        let Ok(image) = image else {
                            continue;
                        };
                        let (iw, ih) = image.size();
                        // A photo fills its circle: the centred square of the image.
                        let (draw_w, draw_h, dx, dy) = if *round {
                            let side = iw.min(ih) as f32;
                            let scale = width / side;
                            let (w, h) = (iw as f32 * scale, ih as f32 * scale);
                            (w, h, (width - w) / 2.0, (height - h) / 2.0)
                        } else {
                            (*width, *height, 0.0, 0.0)
                        };
                        if let Some(path) = &clip {
                            surface.push_clip_path(path, &FillRule::NonZero);
                        }
                        surface.push_transform(&Transform::from_translate(x + dx, y + dy));
                        if let Some(size) = Size::from_wh(draw_w, draw_h) {
                            surface.draw_image(image, size);
                        }
                        surface.pop();
                        if clip.is_some() {
                            surface.pop();
                        }
                    }
                    Item::Link {
                        x,
                        y,
                        width,
                        height,
                        url,
                    } => links.push((*x, *y, *width, *height, url.clone())),
                    Item::Disc {
                        x,
                        y,
                        diameter,
                        color: colour,
                    } => {
                        let r = diameter / 2.0;
                        if let Some(path) = circle(x + r, y + r, r) {
                            surface.set_fill(Some(fill(*colour, 1.0)));
                            surface.draw_path(&path);
                        }
                    }
                }
            }
            surface.finish();
        }
        for (x, y, width, height, url) in links {
            if let Some(rect) = Rect::from_xywh(x, y, width, height) {
                page.add_annotation(krilla::annotation::Annotation::new_link(
                    krilla::annotation::LinkAnnotation::new(
                        rect,
                        krilla::annotation::Target::Action(krilla::action::Action::Link(
                            krilla::action::LinkAction::new(url.clone()),
                        )),
                    ),
                    Some(url),
                ));
            }
        }
        page.finish();
    }
    document.set_outline(outline(&marks));
    let name = portfolio.display_name().to_owned();
    let title = if portfolio.meta.title.is_empty() {
        format!("{name} — {}", portfolio.person.headline)
    } else {
        portfolio.meta.title.clone()
    };
    let mut metadata = krilla::metadata::Metadata::new()
        .title(title)
        .authors(vec![name])
        .creator("folio".to_owned())
        .keywords(portfolio.meta.keywords.clone());
    if let Some(description) = portfolio
        .meta
        .description
        .clone()
        .or_else(|| portfolio.person.tagline.clone())
    {
        metadata = metadata.description(description);
    }
    document.set_metadata(metadata);
    document
        .finish()
        .map_err(|error| ExportError::Pdf(format!("{error:?}")))
}

fn outline(marks: &[Mark]) -> krilla::outline::Outline {
    use krilla::destination::XyzDestination;
    use krilla::outline::{Outline, OutlineNode};
    let mut outline = Outline::new();
    let mut open: Option<OutlineNode> = None;
    for mark in marks {
        let node = OutlineNode::new(
            mark.title.clone(),
            XyzDestination::new(mark.page, Point::from_xy(0.0, mark.y)),
        );
        if mark.depth == 0 {
            if let Some(parent) = open.take() {
                outline.push_child(parent);
            }
            open = Some(node);
        } else if let Some(parent) = open.as_mut() {
            parent.push_child(node);
        } else {
            outline.push_child(node);
        }
    }
    if let Some(parent) = open {
        outline.push_child(parent);
    }
    outline
}

/// Draws one line of a shaped text with its line box's top at `top`.
fn draw_line(
    surface: &mut krilla::surface::Surface<'_>,
    font_cache: &mut HashMap<(u64, u32), Font>,
    text: &Text,
    line: usize,
    (x, top): (f32, f32),
    colour: Color,
) {
    let Some(line) = text.layout.get(line) else {
        return;
    };
    let shift = top - line.metrics().block_min_coord;
    for item in line.items() {
        let PositionedLayoutItem::GlyphRun(glyph_run) = item else {
            continue;
        };
        let run = glyph_run.run();
        let font_data = run.font();
        let key = (font_data.data.id(), font_data.index);
        let font = match font_cache.get(&key) {
            Some(font) => font.clone(),
            None => {
                let bytes: Arc<dyn AsRef<[u8]> + Send + Sync> = Arc::new(font_data.data.clone());
                let Some(font) = Font::new(bytes.into(), font_data.index) else {
                    continue;
                };
                font_cache.insert(key, font.clone());
                font
            }
        };
        let size = run.font_size();
        let mut glyphs: Vec<KrillaGlyph> = Vec::new();
        for cluster in run.visual_clusters() {
            if cluster.is_ligature_continuation() {
                if let Some(last) = glyphs.last_mut() {
                    last.text_range.end = last.text_range.end.max(cluster.text_range().end);
                    last.text_range.start = last.text_range.start.min(cluster.text_range().start);
                }
                continue;
            }
            // The cluster's text belongs to its first glyph: a Devanagari syllable drawn
            // with three glyphs must copy as one syllable, not three times over.
            let range = cluster.text_range();
            for (n, glyph) in cluster.glyphs().enumerate() {
                let text_range = if n == 0 {
                    range.clone()
                } else {
                    range.end..range.end
                };
                glyphs.push(KrillaGlyph::new(
                    GlyphId::new(glyph.id),
                    glyph.advance / size,
                    glyph.x / size,
                    glyph.y / size,
                    0.0,
                    text_range,
                    None,
                ));
            }
        }
        surface.set_stroke(None);
        surface.set_fill(Some(fill(colour, 1.0)));
        surface.draw_glyphs(
            Point::from_xy(x + glyph_run.offset(), shift + glyph_run.baseline()),
            &glyphs,
            font,
            &text.text,
            size,
            false,
        );
    }
}
