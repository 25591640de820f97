//! What an import found, in the shape of a portfolio but as plain text, and the commented RON
//! written from it. The RON is read back with `load` and `check` before it is handed out, so
//! an import never writes a file folio would refuse.

use super::figures::{metrics_in, quoted};

/// A portfolio as found in another format.
#[derive(Clone, Debug, Default)]
pub struct Draft {
    /// Where it came from, for the header comment ("JSON Resume", "Markdown").
    pub source_kind: &'static str,
    /// The source file's name.
    pub source_name: String,
    /// Page metadata (front matter).
    pub meta: Option<DraftMeta>,
    /// The page's own section headings: (folio's section field, the heading).
    pub titles: Vec<(&'static str, String)>,
    /// The person's name.
    pub name: Option<String>,
    /// One line under the name (required by folio; a placeholder is written if none).
    pub headline: Option<String>,
    /// A short line under the headline.
    pub tagline: Option<String>,
    /// Where the person is.
    pub location: Option<String>,
    /// Paragraphs about the person.
    pub summary: Vec<String>,
    /// Links beside the name: (label, url).
    pub links: Vec<(String, String)>,
    /// Email for the contact section.
    pub email: Option<String>,
    /// A telephone number for the contact section.
    pub phone: Option<String>,
    /// Expertise cards: (title, text, tags).
    pub expertise: Vec<(String, String, Vec<String>)>,
    /// Jobs.
    pub experience: Vec<DraftRole>,
    /// Research positions.
    pub research: Vec<DraftRole>,
    /// Teaching positions.
    pub teaching: Vec<DraftTeaching>,
    /// Degrees.
    pub education: Vec<DraftEducation>,
    /// Publications with a venue and year.
    pub publications: Vec<DraftPublication>,
    /// Projects.
    pub projects: Vec<DraftProject>,
    /// What folio has no place for, kept as comments at the end of the file and listed on
    /// standard error: (where it came from, the text).
    pub unplaced: Vec<(String, String)>,
    /// What a Markdown section reader left over in a job history: dropped when the entry
    /// reader's reading of the page replaces its positions (it read those lines too), else
    /// kept with [`Self::unplaced`].
    pub unplaced_positions: Vec<(String, String)>,
}

/// Front matter.
#[derive(Clone, Debug, Default)]
pub struct DraftMeta {
    /// `title`.
    pub title: String,
    /// `heading`.
    pub heading: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `keywords`.
    pub keywords: Vec<String>,
    /// `permalink`.
    pub permalink: Option<String>,
}

/// A job or research position.
#[derive(Clone, Debug, Default)]
pub struct DraftRole {
    /// The title held.
    pub role: Option<String>,
    /// Where (required by folio).
    pub organisation: String,
    /// The place.
    pub location: Option<String>,
    /// The organisation's or position's page.
    pub url: Option<String>,
    /// `YYYY` or `YYYY-MM`.
    pub start: Option<String>,
    /// `YYYY`, `YYYY-MM` or `present`.
    pub end: Option<String>,
    /// A sentence about the role.
    pub summary: Option<String>,
    /// Bullets, each as written.
    pub highlights: Vec<String>,
    /// Technologies.
    pub tags: Vec<String>,
}

/// A teaching position.
#[derive(Clone, Debug, Default)]
pub struct DraftTeaching {
    /// The role ("Teaching Assistant").
    pub role: String,
    /// Where.
    pub organisation: String,
    /// The place.
    pub location: Option<String>,
    /// Terms as written ("Spring 2025").
    pub terms: Vec<String>,
    /// Courses: (code, title, terms).
    pub courses: Vec<(Option<String>, String, Vec<String>)>,
}

/// A degree.
#[derive(Clone, Debug, Default)]
pub struct DraftEducation {
    /// The institution (required).
    pub institution: String,
    /// "BSc".
    pub degree: Option<String>,
    /// "Computer Science".
    pub field: Option<String>,
    /// The place.
    pub location: Option<String>,
    /// `YYYY` or `YYYY-MM`.
    pub start: Option<String>,
    /// `YYYY`, `YYYY-MM` or `present`.
    pub end: Option<String>,
    /// Anything else (grade, courses).
    pub text: Option<String>,
}

/// A publication.
#[derive(Clone, Debug, Default)]
pub struct DraftPublication {
    /// The title.
    pub title: Option<String>,
    /// Where it appeared.
    pub venue: String,
    /// The year.
    pub year: i32,
    /// A link.
    pub link: Option<String>,
}

/// A project.
#[derive(Clone, Debug, Default)]
pub struct DraftProject {
    /// Its name.
    pub title: String,
    /// What it is.
    pub text: String,
    /// A link.
    pub link: Option<String>,
    /// What the person did in it.
    pub roles: Vec<String>,
    /// `YYYY` or `YYYY-MM`.
    pub start: Option<String>,
    /// `YYYY`, `YYYY-MM` or `present`.
    pub end: Option<String>,
    /// Technologies, keywords.
    pub tags: Vec<String>,
}

impl Draft {
    /// Makes the draft one folio accepts, moving what it would refuse into `unplaced` (so it
    /// is still kept, as a comment): a period that ends before it starts, an entry whose
    /// required text is empty, a text longer than folio takes.
    pub fn tidy(&mut self) {
        // Leftovers of a job history no other reading replaced are leftovers like any.
        let left = std::mem::take(&mut self.unplaced_positions);
        self.unplaced.extend(left);
        let mut moved = Vec::new();
        for (section, roles) in [
            ("experience", &mut self.experience),
            ("research", &mut self.research),
        ] {
            roles.retain(|role| {
                let keep = !role.organisation.trim().is_empty();
                if !keep {
                    moved.push((section.to_owned(), role.highlights.join("\n")));
                }
                keep
            });
            for role in roles.iter_mut() {
                if backwards(role.start.as_deref(), role.end.as_deref()) {
                    moved.push((
                        format!("{} ({section})", role.organisation),
                        period_note(role.start.take(), role.end.take()),
                    ));
                }
            }
        }
        self.education.retain(|degree| {
            let keep = !degree.institution.trim().is_empty();
            if !keep {
                moved.push((
                    "education".to_owned(),
                    degree.text.clone().unwrap_or_default(),
                ));
            }
            keep
        });
        for degree in &mut self.education {
            if backwards(degree.start.as_deref(), degree.end.as_deref()) {
                moved.push((
                    format!("{} (education)", degree.institution),
                    period_note(degree.start.take(), degree.end.take()),
                ));
            }
        }
        self.teaching
            .retain(|t| !t.role.trim().is_empty() && !t.organisation.trim().is_empty());
        self.projects
            .retain(|p| !p.title.trim().is_empty() && !p.text.trim().is_empty());
        for project in &mut self.projects {
            if backwards(project.start.as_deref(), project.end.as_deref()) {
                moved.push((
                    format!("{} (projects)", project.title),
                    period_note(project.start.take(), project.end.take()),
                ));
            }
        }
        self.expertise
            .retain(|(title, text, _)| !title.trim().is_empty() && !text.trim().is_empty());
        self.publications.retain(|p| !p.venue.trim().is_empty());
        self.unplaced.extend(moved);
        self.plain_texts();
        self.shorten_long_texts();
        self.blank_texts_absent();
    }

    /// A field the source gave as blank (`"label": ""`) is written as absent, so it gets the
    /// placeholder or is left out, never the empty text folio refuses.
    fn blank_texts_absent(&mut self) {
        let people_fields = [
            &mut self.name,
            &mut self.headline,
            &mut self.tagline,
            &mut self.location,
            &mut self.email,
            &mut self.phone,
        ];
        let role_fields = self
            .experience
            .iter_mut()
            .chain(self.research.iter_mut())
            .flat_map(|role| [&mut role.role, &mut role.location]);
        for field in people_fields.into_iter().chain(role_fields) {
            if field.as_deref().is_some_and(|text| text.trim().is_empty()) {
                *field = None;
            }
        }
    }

    /// Texts as a reader saw them: Markdown's bold markers and HTML line breaks and entities
    /// that sources leave in bullets ("Developed **C** firmware", "Clients include:<br />")
    /// would be shown as written.
    fn plain_texts(&mut self) {
        for paragraph in &mut self.summary {
            *paragraph = plain(paragraph);
        }
        for role in self.experience.iter_mut().chain(self.research.iter_mut()) {
            for highlight in &mut role.highlights {
                *highlight = plain(highlight);
            }
            if let Some(summary) = &mut role.summary {
                *summary = plain(summary);
            }
        }
        for project in &mut self.projects {
            project.text = plain(&project.text);
        }
        for degree in &mut self.education {
            if let Some(text) = &mut degree.text {
                *text = plain(text);
            }
        }
    }

    /// Texts longer than folio takes (a pasted file rather than a paragraph) are kept as
    /// comments and replaced by a note.
    fn shorten_long_texts(&mut self) {
        let limit = crate::load::MAX_TEXT_CHARS;
        let mut moved = Vec::new();
        let mut fix = |place: &str, text: &mut String| {
            if text.chars().count() > limit {
                moved.push((place.to_owned(), std::mem::take(text)));
                *text = "(too long for folio: kept as a comment at the end of the file)".to_owned();
            }
        };
        for paragraph in &mut self.summary {
            fix("summary", paragraph);
        }
        for role in self.experience.iter_mut().chain(self.research.iter_mut()) {
            for highlight in &mut role.highlights {
                fix(&role.organisation.clone(), highlight);
            }
            if let Some(summary) = &mut role.summary {
                fix(&role.organisation.clone(), summary);
            }
        }
        for project in &mut self.projects {
            fix(&project.title.clone(), &mut project.text);
        }
        for (title, text, _) in &mut self.expertise {
            fix(&title.clone(), text);
        }
        for degree in &mut self.education {
            if let Some(text) = &mut degree.text {
                fix(&degree.institution.clone(), text);
            }
        }
        self.unplaced.extend(moved);
    }
}

/// `text` without `**` bold markers, with `<br>` as a space and `&nbsp;`, `&amp;` decoded;
/// a lone separator line ("---") at its end goes too.
pub fn plain(text: &str) -> String {
    let out = super::page_text::html_spaces(&text.replace("**", ""));
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    out.strip_suffix(" ---").unwrap_or(&out).to_owned()
}

/// Whether a period ends before it starts, as `folio check` would find.
fn backwards(start: Option<&str>, end: Option<&str>) -> bool {
    use crate::model::date::parse_year_month;
    let (Some(start), Some(end)) = (start, end) else {
        return false;
    };
    match (parse_year_month(start), parse_year_month(end)) {
        (Ok(start), Ok(end)) => {
            end.year * 12 + i32::from(end.month.unwrap_or(12))
                < start.year * 12 + i32::from(start.month.unwrap_or(1))
        }
        _ => false,
    }
}

fn period_note(start: Option<String>, end: Option<String>) -> String {
    format!(
        "dates {} to {} (the end is before the start; correct them and add them back)",
        start.unwrap_or_default(),
        end.unwrap_or_default()
    )
}

/// The placeholder headline written when the source has none, which folio requires.
pub const MISSING_HEADLINE: &str = "Your headline: what you do, in one line";

/// Writes `draft` as commented RON that folio reads.
pub fn emit(draft: &Draft) -> String {
    let mut out = Writer::default();
    out.line(&format!(
        "// Imported by `folio import` from {} ({}). Check it with `folio check`, then make",
        draft.source_name, draft.source_kind
    ));
    out.line("// it yours: case studies (problem, approach, outcome, figures) are what a");
    out.line("// portfolio has that a résumé does not. The format: `folio help format`.");
    out.line("// Figures found in the bullets are typed metrics beside each sentence, which is");
    out.line("// kept as written; `folio metrics` shows what folio computes from them.");
    out.open("(");
    if let Some(meta) = &draft.meta {
        out.open("meta: (");
        out.field("title", &quoted(&meta.title));
        opt(&mut out, "heading", meta.heading.as_deref());
        opt(&mut out, "description", meta.description.as_deref());
        if !meta.keywords.is_empty() {
            out.field("keywords", &list(&meta.keywords));
        }
        opt(&mut out, "permalink", meta.permalink.as_deref());
        out.close("),");
    }
    if !draft.titles.is_empty() {
        let fields: Vec<String> = draft
            .titles
            .iter()
            .map(|(field, title)| format!("{field}: {}", quoted(title)))
            .collect();
        out.line(&format!("titles: ({}),", fields.join(", ")));
    }
    person(&mut out, draft);
    if !draft.expertise.is_empty() {
        out.open("expertise: [");
        for (title, text, tags) in &draft.expertise {
            let tags = if tags.is_empty() {
                String::new()
            } else {
                format!(", tags: {}", list(tags))
            };
            out.line(&format!(
                "(title: {}, text: {}{tags}),",
                quoted(title),
                quoted(text)
            ));
        }
        out.close("],");
    }
    roles(&mut out, "experience", &draft.experience);
    roles(&mut out, "research", &draft.research);
    teaching(&mut out, &draft.teaching);
    education(&mut out, &draft.education);
    if !draft.publications.is_empty() {
        out.open("publications: [");
        for publication in &draft.publications {
            let mut fields = Vec::new();
            if let Some(title) = &publication.title {
                fields.push(format!("title: {}", quoted(title)));
            }
            fields.push(format!("venue: {}", quoted(&publication.venue)));
            fields.push(format!("year: {}", publication.year));
            if let Some(link) = &publication.link {
                fields.push(format!("link: {}", quoted(link)));
            }
            out.line(&format!("({}),", fields.join(", ")));
        }
        out.close("],");
    }
    if !draft.projects.is_empty() {
        out.open("projects: [");
        for project in &draft.projects {
            out.open("(");
            out.field("title", &quoted(&project.title));
            out.field("text", &quoted(&project.text));
            opt(&mut out, "link", project.link.as_deref());
            if !project.roles.is_empty() {
                out.field("roles", &list(&project.roles));
            }
            opt(&mut out, "start", project.start.as_deref());
            opt(&mut out, "end", project.end.as_deref());
            if !project.tags.is_empty() {
                out.field("tags", &list(&project.tags));
            }
            metrics(&mut out, &project.text);
            out.close("),");
        }
        out.close("],");
    }
    if draft.email.is_some() || draft.phone.is_some() || !draft.links.is_empty() {
        out.open("contact: (");
        opt(&mut out, "email", draft.email.as_deref());
        opt(&mut out, "phone", draft.phone.as_deref());
        if !draft.links.is_empty() {
            out.field("links", &links(&draft.links));
        }
        out.close("),");
    }
    if !draft.unplaced.is_empty() {
        out.line("");
        out.line("// Not imported: folio has no place for these yet. Move what matters into");
        out.line("// a section above (a principle, a project, a line of the summary).");
        for (place, text) in &draft.unplaced {
            for (index, line) in text.lines().enumerate() {
                let prefix = if index == 0 {
                    format!("{place}: ")
                } else {
                    "    ".to_owned()
                };
                out.line(&format!("// {prefix}{line}"));
            }
        }
    }
    out.close(")");
    out.text
}

fn person(out: &mut Writer, draft: &Draft) {
    out.open("person: (");
    opt(out, "name", draft.name.as_deref());
    match &draft.headline {
        Some(headline) => out.field("headline", &quoted(headline)),
        None => {
            out.line("// The source had no headline; folio needs one. Write your own.");
            out.field("headline", &quoted(MISSING_HEADLINE));
        }
    }
    opt(out, "tagline", draft.tagline.as_deref());
    opt(out, "location", draft.location.as_deref());
    if !draft.summary.is_empty() {
        out.open("summary: [");
        for paragraph in &draft.summary {
            out.line(&format!("{},", quoted(paragraph)));
        }
        out.close("],");
    }
    if !draft.links.is_empty() {
        out.field("links", &links(&draft.links));
    }
    out.close("),");
}

fn roles(out: &mut Writer, section: &str, roles: &[DraftRole]) {
    if roles.is_empty() {
        return;
    }
    out.open(&format!("{section}: ["));
    for role in roles {
        out.open("(");
        opt(out, "role", role.role.as_deref());
        out.field("organisation", &quoted(&role.organisation));
        opt(out, "location", role.location.as_deref());
        opt(out, "url", role.url.as_deref());
        opt(out, "start", role.start.as_deref());
        opt(out, "end", role.end.as_deref());
        opt(out, "summary", role.summary.as_deref());
        if !role.highlights.is_empty() {
            out.open("highlights: [");
            for highlight in &role.highlights {
                let found = metrics_in(highlight);
                if found.is_empty() {
                    out.line(&format!("(text: {}),", quoted(highlight)));
                } else {
                    out.open("(");
                    out.field("text", &quoted(highlight));
                    out.open("metrics: [");
                    for metric in found {
                        out.line(&format!("{},", metric.ron));
                    }
                    out.close("],");
                    out.close("),");
                }
            }
            out.close("],");
        }
        if !role.tags.is_empty() {
            out.field("tags", &list(&role.tags));
        }
        out.close("),");
    }
    out.close("],");
}

fn teaching(out: &mut Writer, teaching: &[DraftTeaching]) {
    if teaching.is_empty() {
        return;
    }
    out.open("teaching: [");
    for position in teaching {
        out.open("(");
        out.field("role", &quoted(&position.role));
        out.field("organisation", &quoted(&position.organisation));
        opt(out, "location", position.location.as_deref());
        if !position.terms.is_empty() {
            out.field("terms", &list(&position.terms));
        }
        if !position.courses.is_empty() {
            out.open("courses: [");
            for (code, title, terms) in &position.courses {
                let mut fields = Vec::new();
                if let Some(code) = code {
                    fields.push(format!("code: {}", quoted(code)));
                }
                fields.push(format!("title: {}", quoted(title)));
                if !terms.is_empty() {
                    fields.push(format!("terms: {}", list(terms)));
                }
                out.line(&format!("({}),", fields.join(", ")));
            }
            out.close("],");
        }
        out.close("),");
    }
    out.close("],");
}

fn education(out: &mut Writer, education: &[DraftEducation]) {
    if education.is_empty() {
        return;
    }
    out.open("education: [");
    for degree in education {
        out.open("(");
        out.field("institution", &quoted(&degree.institution));
        opt(out, "degree", degree.degree.as_deref());
        opt(out, "field", degree.field.as_deref());
        opt(out, "location", degree.location.as_deref());
        opt(out, "start", degree.start.as_deref());
        opt(out, "end", degree.end.as_deref());
        opt(out, "text", degree.text.as_deref());
        out.close("),");
    }
    out.close("],");
}

/// A project's or a bullet's figures, when its text has any.
fn metrics(out: &mut Writer, text: &str) {
    let found = metrics_in(text);
    if found.is_empty() {
        return;
    }
    out.open("metrics: [");
    for metric in found {
        out.line(&format!("{},", metric.ron));
    }
    out.close("],");
}

fn opt(out: &mut Writer, name: &str, value: Option<&str>) {
    if let Some(value) = value.filter(|v| !v.trim().is_empty()) {
        out.field(name, &quoted(value));
    }
}

fn list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|i| quoted(i)).collect();
    format!("[{}]", quoted.join(", "))
}

fn links(links: &[(String, String)]) -> String {
    let items: Vec<String> = links
        .iter()
        .map(|(label, url)| format!("(label: {}, url: {})", quoted(label), quoted(url)))
        .collect();
    format!("[{}]", items.join(", "))
}

/// Indented lines.
#[derive(Default)]
struct Writer {
    text: String,
    depth: usize,
}

impl Writer {
    fn line(&mut self, line: &str) {
        if !line.is_empty() {
            self.text.push_str(&"    ".repeat(self.depth));
            self.text.push_str(line);
        }
        self.text.push('\n');
    }

    fn open(&mut self, line: &str) {
        self.line(line);
        self.depth += 1;
    }

    fn close(&mut self, line: &str) {
        self.depth = self.depth.saturating_sub(1);
        self.line(line);
    }

    fn field(&mut self, name: &str, value: &str) {
        self.line(&format!("{name}: {value},"));
    }
}
