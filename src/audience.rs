//! Two audiences from one file: what may be said in the interview room (the private view)
//! and what may be published (the public view).
//!
//! A portfolio is read with its markup as written (`{{private|public}}`, `private: true`, a
//! figure's `public` wording; [`crate::model::markup`]). [`view`] resolves it for one
//! audience, once, and every output takes the resolved portfolio: the app's document,
//! search and talk, every export, `folio tailor`, the window's title. Nothing downstream
//! knows markup exists, so nothing downstream can leak it.
//!
//! Speaker notes follow the view like every other text. The presenter window is what a
//! speaker reads aloud from, often on a shared screen in a remote interview, and the
//! handout (`--slides --notes`) leaves the machine: in the public view they must hold what
//! may be said in public. A speaker who wants the private names turns the private view on,
//! and the badge says so on every screen.

use std::ops::Range;

use crate::load::spans::{Spans, field, item};
use crate::model::markup;
use crate::model::metric::Outcome;
use crate::model::{Metric, Portfolio};

/// Who a view of the portfolio is for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Audience {
    /// Everyone: the web page, a forwarded PDF, a shared screen. Every output's default.
    #[default]
    Public,
    /// The interview room: the names, systems and exact figures the public view hides.
    Private,
}

impl Audience {
    /// Whether this is the private view.
    pub fn is_private(self) -> bool {
        self == Audience::Private
    }

    /// The view's name as the command line writes it (`--audience private`).
    pub fn name(self) -> &'static str {
        match self {
            Audience::Public => "public",
            Audience::Private => "private",
        }
    }

    /// The other view.
    pub fn toggled(self) -> Self {
        match self {
            Audience::Public => Audience::Private,
            Audience::Private => Audience::Public,
        }
    }
}

/// `portfolio` as `audience` sees it: every text resolved, and in the public view the
/// private case studies, positions, images, links and figures left out and a figure with a
/// `public` wording shown as that wording (an outcome in words: no bars, no claim, since
/// either would give the exact figure away). Optional texts that resolve to nothing become
/// absent, and list entries that do (a tag, a paragraph) are dropped.
pub fn view(portfolio: &Portfolio, audience: Audience) -> Portfolio {
    let private = audience.is_private();
    let mut p = portfolio.clone();
    if !private {
        drop_private(&mut p);
    }
    resolve_all(&mut p, private);
    p
}

fn drop_private(p: &mut Portfolio) {
    let hidden_cases: Vec<String> = p
        .case_studies
        .iter()
        .filter(|c| c.private)
        .map(|c| c.id.as_str().to_owned())
        .collect();
    p.case_studies.retain(|c| !c.private);
    for case in &mut p.case_studies {
        case.images.retain(|i| !i.private);
        public_metrics(&mut case.metrics);
    }
    for roles in [&mut p.experience, &mut p.research] {
        roles.retain(|r| !r.private);
        for role in roles.iter_mut() {
            for highlight in &mut role.highlights {
                public_metrics(&mut highlight.metrics);
            }
        }
    }
    p.teaching.retain(|t| !t.private);
    for project in &mut p.projects {
        public_metrics(&mut project.metrics);
    }
    p.person.links.retain(|l| !l.private);
    if let Some(contact) = &mut p.contact {
        contact.links.retain(|l| !l.private);
    }
    // A track names slides by id; a private case study's id would still say it exists.
    for track in &mut p.tracks {
        track.slides.retain(|id| !hidden_cases.contains(id));
    }
}

/// The public form of a list of figures.
fn public_metrics(metrics: &mut Vec<Metric>) {
    metrics.retain(|m| !m.is_private());
    for metric in metrics.iter_mut() {
        if let Some(wording) = metric.public_wording() {
            *metric = Metric::Outcome(Outcome {
                label: metric.label().to_owned(),
                text: wording.to_owned(),
                public: None,
                private: false,
            });
        }
    }
}

fn text(s: &mut String, private: bool) {
    if markup::has_markup(s) {
        *s = markup::resolve(s, private);
    }
}

fn optional(s: &mut Option<String>, private: bool) {
    if let Some(inner) = s {
        text(inner, private);
        if inner.trim().is_empty() {
            *s = None;
        }
    }
}

fn list(v: &mut Vec<String>, private: bool) {
    for s in v.iter_mut() {
        text(s, private);
    }
    v.retain(|s| !s.trim().is_empty());
}

fn metrics(v: &mut [Metric], private: bool) {
    for metric in v {
        match metric {
            Metric::Change(c) => {
                text(&mut c.label, private);
                optional(&mut c.before_label, private);
                optional(&mut c.after_label, private);
                optional(&mut c.public, private);
            }
            Metric::Relative(r) => {
                text(&mut r.label, private);
                optional(&mut r.public, private);
            }
            Metric::Figure(f) => {
                text(&mut f.label, private);
                optional(&mut f.was, private);
                optional(&mut f.public, private);
            }
            Metric::Outcome(o) => {
                text(&mut o.label, private);
                text(&mut o.text, private);
                optional(&mut o.public, private);
            }
        }
    }
}

/// Every text of the portfolio resolved for one view. Identifiers (case-study ids, track
/// names, slide ids), paths, dates, figures and addresses are not texts: markup there is
/// refused when the file is read, or was never markup.
fn resolve_all(p: &mut Portfolio, private: bool) {
    let meta = &mut p.meta;
    text(&mut meta.title, private);
    optional(&mut meta.heading, private);
    optional(&mut meta.description, private);
    list(&mut meta.keywords, private);
    let titles = &mut p.titles;
    for title in [
        &mut titles.about,
        &mut titles.expertise,
        &mut titles.impact,
        &mut titles.case_studies,
        &mut titles.experience,
        &mut titles.research,
        &mut titles.teaching,
        &mut titles.education,
        &mut titles.publications,
        &mut titles.projects,
        &mut titles.principles,
        &mut titles.contact,
    ] {
        optional(title, private);
    }
    let person = &mut p.person;
    optional(&mut person.name, private);
    text(&mut person.headline, private);
    optional(&mut person.tagline, private);
    optional(&mut person.location, private);
    list(&mut person.summary, private);
    optional(&mut person.on_slide, private);
    for link in &mut person.links {
        text(&mut link.label, private);
    }
    for area in &mut p.expertise {
        text(&mut area.title, private);
        text(&mut area.text, private);
        list(&mut area.tags, private);
    }
    optional(&mut p.confidentiality, private);
    for case in &mut p.case_studies {
        text(&mut case.title, private);
        optional(&mut case.organisation, private);
        text(&mut case.problem, private);
        text(&mut case.approach, private);
        text(&mut case.outcome, private);
        optional(&mut case.on_slide.problem, private);
        optional(&mut case.on_slide.approach, private);
        optional(&mut case.on_slide.outcome, private);
        list(&mut case.tags, private);
        optional(&mut case.notes, private);
        for image in &mut case.images {
            optional(&mut image.caption, private);
            optional(&mut image.alt, private);
        }
        metrics(&mut case.metrics, private);
    }
    for role in p.experience.iter_mut().chain(p.research.iter_mut()) {
        optional(&mut role.role, private);
        text(&mut role.organisation, private);
        optional(&mut role.location, private);
        optional(&mut role.summary, private);
        for highlight in &mut role.highlights {
            text(&mut highlight.text, private);
            metrics(&mut highlight.metrics, private);
        }
        role.highlights.retain(|h| !h.text.trim().is_empty());
        list(&mut role.tags, private);
    }
    for teaching in &mut p.teaching {
        text(&mut teaching.role, private);
        text(&mut teaching.organisation, private);
        optional(&mut teaching.location, private);
        for course in &mut teaching.courses {
            optional(&mut course.code, private);
            text(&mut course.title, private);
        }
    }
    for school in &mut p.education {
        text(&mut school.institution, private);
        optional(&mut school.degree, private);
        optional(&mut school.field, private);
        optional(&mut school.location, private);
        optional(&mut school.text, private);
    }
    for paper in &mut p.publications {
        optional(&mut paper.title, private);
        text(&mut paper.venue, private);
        list(&mut paper.authors, private);
    }
    for project in &mut p.projects {
        text(&mut project.title, private);
        text(&mut project.text, private);
        list(&mut project.roles, private);
        list(&mut project.tags, private);
        metrics(&mut project.metrics, private);
    }
    for principle in &mut p.principles {
        text(&mut principle.title, private);
        optional(&mut principle.text, private);
    }
    if let Some(contact) = &mut p.contact {
        optional(&mut contact.availability, private);
        optional(&mut contact.phone, private);
        optional(&mut contact.email, private);
        for link in &mut contact.links {
            text(&mut link.label, private);
        }
    }
    for note in p.notes.values_mut() {
        text(note, private);
    }
}

/// Every link of the person and the contact section with its path in the file
/// (`person.links[0]`), for whatever reports or edits links by their place.
pub fn links_by_path(portfolio: &Portfolio) -> Vec<(String, &crate::model::Link)> {
    let person = portfolio.person.links.iter().enumerate();
    let person = person.map(|(i, link)| (item("person.links", i), link));
    let contact = portfolio
        .contact
        .iter()
        .flat_map(|c| c.links.iter().enumerate());
    let contact = contact.map(|(i, link)| (item("contact.links", i), link));
    person.chain(contact).collect()
}

/// `source`, the RON `portfolio` was read from, as the public view has it: what is private
/// taken out, a figure with a public wording written as that wording, every text resolved
/// (plain braces escaped again, so the result reads back as the same text). What a public
/// export carries as the portfolio itself (the JSON Resume's `x-folio`): not one private
/// word, and comments are the caller's to remove.
pub fn public_source(source: &str, spans: &Spans, portfolio: &Portfolio) -> String {
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    let remove = |path: &str, edits: &mut Vec<(Range<usize>, String)>| {
        if let Some(range) = spans.get(path) {
            edits.push((with_comma(source, range), String::new()));
        }
    };
    let mut hidden_cases = Vec::new();
    for (i, case) in portfolio.case_studies.iter().enumerate() {
        let path = item("case_studies", i);
        if case.private {
            hidden_cases.push(case.id.as_str());
            remove(&path, &mut edits);
            continue;
        }
        for (j, image) in case.images.iter().enumerate() {
            if image.private {
                remove(&item(&field(&path, "images"), j), &mut edits);
            }
        }
        metric_edits(
            spans,
            source,
            &field(&path, "metrics"),
            &case.metrics,
            &mut edits,
        );
    }
    for (list, roles) in [
        ("experience", &portfolio.experience),
        ("research", &portfolio.research),
    ] {
        for (i, role) in roles.iter().enumerate() {
            let path = item(list, i);
            if role.private {
                remove(&path, &mut edits);
                continue;
            }
            for (h, highlight) in role.highlights.iter().enumerate() {
                let at = field(&item(&field(&path, "highlights"), h), "metrics");
                metric_edits(spans, source, &at, &highlight.metrics, &mut edits);
            }
        }
    }
    for (i, teaching) in portfolio.teaching.iter().enumerate() {
        if teaching.private {
            remove(&item("teaching", i), &mut edits);
        }
    }
    for (i, project) in portfolio.projects.iter().enumerate() {
        let at = field(&item("projects", i), "metrics");
        metric_edits(spans, source, &at, &project.metrics, &mut edits);
    }
    for (path, link) in links_by_path(portfolio) {
        if link.private {
            remove(&path, &mut edits);
        }
    }
    for (t, track) in portfolio.tracks.iter().enumerate() {
        for (k, id) in track.slides.iter().enumerate() {
            if hidden_cases.contains(&id.as_str()) {
                remove(&item(&field(&item("tracks", t), "slides"), k), &mut edits);
            }
        }
    }
    // What lies inside a part already taken out needs no edit of its own.
    edits.sort_by_key(|(range, _)| (range.start, std::cmp::Reverse(range.end)));
    let mut kept: Vec<(Range<usize>, String)> = Vec::new();
    for edit in edits {
        if kept.last().is_none_or(|(last, _)| edit.0.start >= last.end) {
            kept.push(edit);
        }
    }
    let mut out = String::with_capacity(source.len());
    let mut from = 0;
    for (range, with) in kept {
        out.push_str(&resolved_literals(
            source.get(from..range.start).unwrap_or_default(),
        ));
        out.push_str(&with);
        from = range.end;
    }
    out.push_str(&resolved_literals(source.get(from..).unwrap_or_default()));
    out
}

/// `range` with the comma after it (and the space before that comma), so that a list
/// stays a list when an entry leaves it.
fn with_comma(source: &str, range: Range<usize>) -> Range<usize> {
    let rest = source.get(range.end..).unwrap_or_default();
    let space = rest.len() - rest.trim_start().len();
    let comma = usize::from(rest.trim_start().starts_with(','));
    range.start..range.end + space + comma
}

/// Edits for a list of figures at `path`: a private one goes, one with a public wording
/// becomes that wording.
fn metric_edits(
    spans: &Spans,
    source: &str,
    path: &str,
    metrics: &[Metric],
    edits: &mut Vec<(Range<usize>, String)>,
) {
    for (i, metric) in metrics.iter().enumerate() {
        let Some(range) = spans.get(&item(path, i)) else {
            continue;
        };
        let start = variant_start(source, range.start);
        if metric.is_private() {
            edits.push((with_comma(source, start..range.end), String::new()));
        } else if let Some(wording) = metric.public_wording() {
            let label = markup::escape(&markup::resolve(metric.label(), false));
            let wording = markup::escape(&markup::resolve(wording, false));
            edits.push((
                start..range.end,
                format!("Outcome(label: {label:?}, text: {wording:?})"),
            ));
        }
    }
}

/// Where a figure's kind (`Change`) begins, when the span recorded starts at its
/// parenthesis.
fn variant_start(source: &str, at: usize) -> usize {
    let before = source.get(..at).unwrap_or_default();
    let name = before.trim_end_matches(|c: char| c.is_ascii_alphanumeric() || c == '_');
    if name.len() < before.len() && before.len() - name.len() <= "Relative".len() {
        name.len()
    } else {
        at
    }
}

/// `text` (a stretch of RON) with the markup of every string literal resolved for the
/// public, each literal written again with RON's escapes.
fn resolved_literals(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for range in crate::load::string_literals(text, text.len()) {
        let Some(literal) = text.get(range.clone()) else {
            continue;
        };
        out.push_str(text.get(from..range.start).unwrap_or_default());
        if markup::has_markup(literal) {
            let written = ron::from_str::<String>(literal).unwrap_or_else(|_| {
                literal
                    .trim_start_matches('"')
                    .trim_end_matches('"')
                    .to_owned()
            });
            let public = markup::escape(&markup::resolve(&written, false));
            out.push_str(&format!("{public:?}"));
        } else {
            out.push_str(literal);
        }
        from = range.end;
    }
    out.push_str(text.get(from..).unwrap_or_default());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"(
    person: (headline: "Engineer at {{Acme|a retailer}}", links: [
        (label: "Site", url: "https://example.com"),
        (label: "{{Acme wiki}}", url: "https://wiki.acme.example", private: true),
    ]),
    case_studies: [
        (id: "open", title: "Open", problem: "P {{Acme}}.", approach: "A \\{{x\\}}", outcome: "O",
         metrics: [
            Figure(label: "Clients", value: "2", public: "a few"),
            Change(label: "Latency", before: "8 s", after: "3 ms", private: true),
            Outcome(label: "Timeouts", text: "gone"),
         ]),
        (id: "secret", title: "{{Acme}} migration", problem: "p", approach: "a", outcome: "o", private: true),
    ],
    tracks: [(name: "t", slides: ["secret", "open"])],
)"#;

    fn loaded() -> crate::load::Loaded {
        crate::load::load_str(FILE, "t.ron", None).expect("the test file loads")
    }

    #[test]
    fn the_public_view_hides_what_is_private() {
        let portfolio = view(&loaded().portfolio, Audience::Public);
        assert_eq!(portfolio.person.headline, "Engineer at a retailer");
        assert_eq!(portfolio.person.links.len(), 1);
        assert_eq!(portfolio.case_studies.len(), 1);
        let case = &portfolio.case_studies[0];
        assert_eq!(case.problem, "P .");
        assert_eq!(case.approach, "A {{x}}");
        assert_eq!(case.metrics.len(), 2);
        assert!(
            matches!(&case.metrics[0], Metric::Outcome(o) if o.text == "a few" && o.label == "Clients")
        );
        assert_eq!(portfolio.tracks[0].slides, vec!["open".to_owned()]);
        let joined = portfolio.all_text().join(" ");
        assert!(!joined.contains("Acme"), "{joined}");
    }

    #[test]
    fn the_private_view_shows_everything() {
        let portfolio = view(&loaded().portfolio, Audience::Private);
        assert_eq!(portfolio.person.headline, "Engineer at Acme");
        assert_eq!(portfolio.person.links.len(), 2);
        assert_eq!(portfolio.case_studies.len(), 2);
        assert_eq!(portfolio.case_studies[1].title, "Acme migration");
        assert_eq!(portfolio.case_studies[0].metrics.len(), 3);
    }

    #[test]
    fn the_public_source_reads_back_as_the_public_view() {
        let loaded = loaded();
        let public = public_source(&loaded.source, &loaded.spans, &loaded.portfolio);
        assert!(!public.contains("Acme"), "{public}");
        let again = crate::load::load_str(&public, "public.ron", None).expect("it loads");
        let expected = view(&loaded.portfolio, Audience::Public);
        assert_eq!(
            view(&again.portfolio, Audience::Public).all_text(),
            expected.all_text()
        );
        assert_eq!(again.portfolio.case_studies[0].approach, r"A \{{x\}}");
    }
}
