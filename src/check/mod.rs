//! Semantic checks: what serde cannot see (empty texts, duplicate ids, claims that disagree
//! with their figures, images that cannot be shown, tracks naming no slide). This layer sits
//! above `metrics`, `deck` and `images`, whose answers it checks, and below the UI. Each
//! finding points at the value it is about through the spans `load` recorded, so it gets
//! `path:line:column` even when the same text appears twice.

pub mod views;

use std::collections::HashSet;
use std::ops::Range;
use std::path::{Component, Path};

use crate::load::spans::{Spans, field, item};
use crate::load::{Diagnostic, LoadError, Loaded, Position, Severity, position_of_byte};
use crate::metrics::{Check, Verdict, check as check_metric};
use crate::model::{Dimension, End, Metric, Portfolio, YearMonth};

/// Every semantic finding about a loaded portfolio, in no particular order.
pub fn check(loaded: &Loaded) -> Vec<Diagnostic> {
    let mut checker = Checker {
        source: &loaded.source,
        path: &loaded.path,
        spans: &loaded.spans,
        out: Vec::new(),
    };
    let portfolio = &loaded.portfolio;
    let base_dir = loaded.base_dir.as_deref();
    checker.person(portfolio, base_dir);
    checker.case_studies(portfolio, base_dir);
    checker.periods(portfolio);
    checker.metrics(portfolio);
    checker.links(portfolio);
    checker.talk(portfolio);
    checker.out.extend(views::warnings(loaded));
    checker.out
}

/// The one rule for characters no font can draw, which `folio check` and every export apply
/// (the app asks `layout::text::undrawable` the same question, after its first frame): each
/// named by code point with the font to install. Which characters those are depends on this
/// machine's fonts, not on the file, so it is not part of [`check`], which the app runs on
/// every load before it shows anything.
pub fn undrawable(loaded: &Loaded) -> Vec<Diagnostic> {
    let missing = crate::layout::text::undrawable(&loaded.portfolio.all_text());
    if missing.is_empty() {
        return Vec::new();
    }
    crate::load::text::undrawable_warnings(&loaded.source, &loaded.path, &missing)
}

/// The portfolio `source` names, read and checked: what every front end opens.
pub fn open(source: &crate::load::Source) -> Result<Loaded, LoadError> {
    checked(source.read())
}

/// [`open`], for showing: a file with errors is refused as a whole, its diagnostics the
/// error, so that no view draws a figure from text the portfolio does not say (a relative
/// change of "7x" read as "+7 %"). The app then keeps the last good content, or shows the
/// errors.
pub fn open_valid(source: &crate::load::Source) -> Result<Loaded, LoadError> {
    let loaded = open(source)?;
    if loaded.error_count() > 0 {
        return Err(LoadError {
            diagnostics: loaded.diagnostics,
        });
    }
    Ok(loaded)
}

/// A load with the semantic findings added to its diagnostics, in file order: what
/// `folio check` prints and the Problems panel shows.
pub fn checked(loaded: Result<Loaded, LoadError>) -> Result<Loaded, LoadError> {
    let mut loaded = loaded?;
    let findings = check(&loaded);
    loaded.diagnostics.extend(findings);
    loaded
        .diagnostics
        .sort_by_key(|d| d.position.map(|p| (p.line, p.column)));
    Ok(loaded)
}

struct Checker<'a> {
    source: &'a str,
    path: &'a str,
    spans: &'a Spans,
    out: Vec<Diagnostic>,
}

/// Where a finding points: the byte range of a value, if its span is known.
type Anchor = Option<Range<usize>>;

impl Checker<'_> {
    /// The value at `path`.
    fn at(&self, path: &str) -> Anchor {
        self.spans.get(path)
    }

    fn report(
        &mut self,
        severity: Severity,
        message: String,
        anchor: Anchor,
        hint: Option<String>,
    ) {
        let mut diagnostic = Diagnostic::new(severity, self.path, message);
        if let Some(range) = anchor {
            let (position, width) = self.locate(range);
            diagnostic = diagnostic.at(self.source, position, width);
        }
        diagnostic.hint = hint;
        self.out.push(diagnostic);
    }

    /// The caret for a value: inside the quotes of a text, under all of anything else.
    fn locate(&self, range: Range<usize>) -> (Position, usize) {
        let text = self.source.get(range.clone()).unwrap_or_default();
        let (start, inner) = match text.find('"') {
            // `"..."` or a raw `r#"..."#`: the caret starts after the opening quote.
            Some(quote) if text.starts_with('"') || text.starts_with('r') => {
                let body = text.get(quote + 1..).unwrap_or_default();
                let closing = body.rfind('"').unwrap_or(body.len());
                (
                    range.start + quote + 1,
                    body.get(..closing).unwrap_or_default(),
                )
            }
            _ => (range.start, text),
        };
        (
            position_of_byte(self.source, start),
            inner.chars().count().max(1),
        )
    }

    fn require_text(&mut self, path: &str, value: &str, what: &str) {
        if value.trim().is_empty() {
            let key = path.rsplit('.').next().unwrap_or(path);
            let anchor = self.at(path);
            self.report(
                Severity::Error,
                format!("`{key}` of {what} is empty"),
                anchor,
                Some("write the text, or remove the entry".into()),
            );
        }
    }

    fn person(&mut self, portfolio: &Portfolio, base_dir: Option<&Path>) {
        let person = &portfolio.person;
        self.require_text("person.headline", &person.headline, "`person`");
        if let Some(photo) = &person.photo {
            self.image("person.photo", photo, base_dir);
        }
        for (index, area) in portfolio.expertise.iter().enumerate() {
            let at = item("expertise", index);
            self.require_text(&field(&at, "title"), &area.title, "an expertise area");
            self.require_text(&field(&at, "text"), &area.text, "an expertise area");
        }
        for (index, principle) in portfolio.principles.iter().enumerate() {
            let at = field(&item("principles", index), "title");
            self.require_text(&at, &principle.title, "a principle");
        }
    }

    fn case_studies(&mut self, portfolio: &Portfolio, base_dir: Option<&Path>) {
        let mut seen = HashSet::new();
        for (index, case) in portfolio.case_studies.iter().enumerate() {
            let at = item("case_studies", index);
            let anchor = self.at(&field(&at, "id"));
            // Each id is a valid slug by its type; only uniqueness is left to see.
            if !seen.insert(case.id.as_str()) {
                self.report(
                    Severity::Error,
                    format!("case study id `{}` is used twice", case.id),
                    anchor,
                    Some("each case study needs its own id: slides and links refer to it".into()),
                );
            }
            let what = format!("case study `{}`", case.id);
            self.require_text(&field(&at, "title"), &case.title, &what);
            self.require_text(&field(&at, "problem"), &case.problem, &what);
            self.require_text(&field(&at, "approach"), &case.approach, &what);
            self.require_text(&field(&at, "outcome"), &case.outcome, &what);
            for (number, image) in case.images.iter().enumerate() {
                let path = field(&item(&field(&at, "images"), number), "path");
                self.image(&path, &image.path, base_dir);
            }
        }
    }

    fn image(&mut self, at: &str, path: &str, base_dir: Option<&Path>) {
        let anchor = self.at(at);
        let relative = Path::new(path);
        let leaves = relative.is_absolute()
            || relative
                .components()
                .any(|c| matches!(c, Component::ParentDir | Component::Prefix(_)));
        if leaves {
            self.report(
                Severity::Warning,
                format!("image `{path}` is outside the portfolio's folder"),
                anchor.clone(),
                Some(
                    "it works on this machine, but copying the folder elsewhere will lose it; keep images beside portfolio.ron"
                        .into(),
                ),
            );
        }
        let Some(base) = base_dir else {
            return;
        };
        let file = base.join(relative);
        if !file.is_file() {
            self.report(
                Severity::Warning,
                format!("image `{path}` does not exist"),
                anchor,
                Some(format!(
                    "paths are relative to the folder of the portfolio file ({})",
                    base.display()
                )),
            );
        } else if let Err(reason) = crate::images::probe(&file) {
            self.report(
                Severity::Warning,
                format!("image `{path}` cannot be shown: {reason}"),
                anchor,
                Some(
                    "use a PNG or JPEG of at most 64 megapixels; folio shows a placeholder instead"
                        .into(),
                ),
            );
        }
    }

    fn periods(&mut self, portfolio: &Portfolio) {
        // Each period with the value that names it, which the message quotes.
        let mut periods: Vec<(String, &str, Option<YearMonth>, Option<End>)> = Vec::new();
        for (index, case) in portfolio.case_studies.iter().enumerate() {
            let at = field(&item("case_studies", index), "title");
            periods.push((at, &case.title, case.start, case.end));
        }
        for (list, roles) in [
            ("experience", &portfolio.experience),
            ("research", &portfolio.research),
        ] {
            for (index, role) in roles.iter().enumerate() {
                let at = field(&item(list, index), "organisation");
                periods.push((at, &role.organisation, role.start, role.end));
            }
        }
        for (index, degree) in portfolio.education.iter().enumerate() {
            let at = field(&item("education", index), "institution");
            periods.push((at, &degree.institution, degree.start, degree.end));
        }
        for (index, project) in portfolio.projects.iter().enumerate() {
            let at = field(&item("projects", index), "title");
            periods.push((at, &project.title, project.start, project.end));
        }
        for (at, name, start, end) in periods {
            if let (Some(start), Some(End::Date(end))) = (start, end)
                && end.year * 12 + i32::from(end.month.unwrap_or(12))
                    < start.year * 12 + i32::from(start.month.unwrap_or(1))
            {
                let anchor = self.at(&at);
                self.report(
                    Severity::Error,
                    format!("`{name}` ends ({end}) before it starts ({start})"),
                    anchor,
                    Some("swap `start` and `end`, or correct the year".into()),
                );
            }
        }
    }

    fn metrics(&mut self, portfolio: &Portfolio) {
        for (at, owner, metric) in metric_paths(portfolio) {
            let label = metric.label();
            let anchor = self.at(&field(&at, "label"));
            let where_ = format!("metric `{label}` of `{owner}`");
            if label.trim().is_empty() {
                self.report(
                    Severity::Error,
                    format!("a metric of `{owner}` has an empty label"),
                    anchor.clone(),
                    Some("say what was measured, e.g. `API response time`".into()),
                );
            }
            if let Metric::Relative(relative) = metric
                && !matches!(
                    relative.change.unit.dimension,
                    Dimension::Percent | Dimension::Points
                )
            {
                let anchor = self.at(&field(&at, "change"));
                self.report(
                    Severity::Error,
                    format!("{where_}: a relative change is written in %, pp or as a multiple"),
                    anchor,
                    Some(
                        "write `-30%` for a cut of 30 %, `7x faster` or `halved` for a multiple, \
                         or use `Change` with before and after"
                            .into(),
                    ),
                );
                continue;
            }
            let figures: Vec<(&str, &crate::model::Quantity)> = match metric {
                Metric::Change(c) => vec![("before", &c.before), ("after", &c.after)],
                Metric::Figure(f) => vec![("value", &f.value)],
                Metric::Relative(_) | Metric::Outcome(_) => Vec::new(),
            };
            for (name, figure) in figures {
                if figure.low < 0.0
                    && matches!(figure.unit.dimension, Dimension::Time | Dimension::Bytes)
                {
                    let anchor = self.at(&field(&at, name));
                    self.report(
                        Severity::Error,
                        format!("{where_}: `{}` is negative; durations and sizes cannot be", figure.source),
                        anchor,
                        Some("write the amount without a sign; `better: Lower` says which way is good".into()),
                    );
                }
            }
            match check_metric(metric) {
                Check::Incomparable(reason) => {
                    let anchor = match metric {
                        Metric::Change(_) => self.at(&field(&at, "after")),
                        _ => anchor,
                    };
                    self.report(
                        Severity::Error,
                        format!("{where_}: units cannot be compared: {reason}"),
                        anchor,
                        Some(
                            "write both sides in units of the same kind (ms and s, MB and GB)"
                                .into(),
                        ),
                    );
                }
                Check::Verdict(verdict) => {
                    let anchor = self.at(&field(&at, "claim"));
                    self.verdict(&verdict, &where_, anchor);
                }
            }
        }
    }

    fn verdict(&mut self, verdict: &Verdict, where_: &str, anchor: Anchor) {
        match verdict {
            Verdict::Disagrees { claim, computed } => {
                self.report(
                    Severity::Error,
                    format!("{where_}: the claim {claim} disagrees with the figures, which give {computed}"),
                    anchor,
                    Some("correct the claim or the figures; ranges compare by their midpoints unless `basis` says otherwise".into()),
                );
            }
            Verdict::Unchecked { claim, reason } => {
                self.report(
                    Severity::Warning,
                    format!("{where_}: the claim {claim} cannot be checked: {reason}"),
                    anchor,
                    None,
                );
            }
            Verdict::NoClaim | Verdict::Agrees { .. } => {}
        }
    }

    fn links(&mut self, portfolio: &Portfolio) {
        let mut urls: Vec<(String, &crate::model::Url)> = Vec::new();
        for (index, link) in portfolio.person.links.iter().enumerate() {
            urls.push((field(&item("person.links", index), "url"), &link.url));
        }
        if let Some(contact) = &portfolio.contact {
            for (index, link) in contact.links.iter().enumerate() {
                urls.push((field(&item("contact.links", index), "url"), &link.url));
            }
            if let Some(email) = &contact.email
                && !is_plausible_email(email)
            {
                let anchor = self.at("contact.email");
                self.report(
                    Severity::Warning,
                    format!("`{email}` does not look like an e-mail address"),
                    anchor,
                    Some("write it as `name@example.com`".into()),
                );
            }
            if let Some(phone) = &contact.phone
                && !crate::model::url::is_phone_number(phone)
            {
                let anchor = self.at("contact.phone");
                self.report(
                    Severity::Warning,
                    format!("`{phone}` does not look like a telephone number"),
                    anchor,
                    Some(
                        "write its digits with the country code: `phone: \"+44 20 7946 0958\"`"
                            .into(),
                    ),
                );
            }
        }
        for (index, publication) in portfolio.publications.iter().enumerate() {
            if let Some(link) = &publication.link {
                urls.push((field(&item("publications", index), "link"), link));
            }
        }
        for (index, project) in portfolio.projects.iter().enumerate() {
            if let Some(link) = &project.link {
                urls.push((field(&item("projects", index), "link"), link));
            }
        }
        for (list, roles) in [
            ("experience", &portfolio.experience),
            ("research", &portfolio.research),
        ] {
            for (index, role) in roles.iter().enumerate() {
                if let Some(url) = &role.url {
                    urls.push((field(&item(list, index), "url"), url));
                }
            }
        }
        for (at, url) in urls {
            if url.openable().is_none() {
                let url = url.as_str();
                let anchor = self.at(&at);
                self.report(
                    Severity::Warning,
                    format!(
                        "link `{url}` will not be opened: folio opens only http, https and mailto links"
                    ),
                    anchor,
                    Some("write the full address, e.g. `https://github.com/you`".into()),
                );
            }
        }
    }

    /// Tracks must name slides that exist; notes should.
    fn talk(&mut self, portfolio: &Portfolio) {
        if portfolio.tracks.is_empty() && portfolio.notes.is_empty() {
            return;
        }
        // Most tracks and notes name a section or case study by its id; only a continuation
        // slide ("experience-2") needs the talk laid out to know it exists.
        let first = crate::deck::Deck::first_ids(portfolio);
        let named = portfolio
            .tracks
            .iter()
            .flat_map(|track| track.slides.iter())
            .chain(portfolio.notes.keys());
        let all_first = named.clone().all(|id| first.contains(id));
        let deck;
        let ids: Vec<&str> = if all_first {
            first.iter().map(String::as_str).collect()
        } else {
            deck = crate::deck::Deck::new(portfolio);
            deck.ids()
        };
        for (number, track) in portfolio.tracks.iter().enumerate() {
            for (index, id) in track.slides.iter().enumerate() {
                if !ids.contains(&id.as_str()) {
                    let anchor = self.at(&item(&field(&item("tracks", number), "slides"), index));
                    let nearest = crate::load::suggest_id(id, &ids);
                    self.report(
                        Severity::Error,
                        format!("track `{}` names `{id}`, which is not a slide", track.name),
                        anchor,
                        Some(match nearest {
                            Some(best) => {
                                format!("did you mean `{best}`? slides: {}", ids.join(", "))
                            }
                            None => format!("slides: {}", ids.join(", ")),
                        }),
                    );
                }
            }
        }
        for id in portfolio.notes.keys() {
            if !ids.contains(&id.as_str()) {
                let anchor = self.at(&format!("notes{{{id:?}}}"));
                self.report(
                    Severity::Warning,
                    format!("notes for `{id}`, which is not a slide, are never shown"),
                    anchor,
                    Some(format!("slides: {}", ids.join(", "))),
                );
            }
        }
    }
}

/// Every metric with its path in the file and the name of what it belongs to, in document
/// order (as [`Portfolio::all_metrics`], which has no paths).
fn metric_paths(portfolio: &Portfolio) -> Vec<(String, &str, &Metric)> {
    let mut out = Vec::new();
    for (index, case) in portfolio.case_studies.iter().enumerate() {
        let at = field(&item("case_studies", index), "metrics");
        for (number, metric) in case.metrics.iter().enumerate() {
            out.push((item(&at, number), case.title.as_str(), metric));
        }
    }
    for (list, roles) in [
        ("experience", &portfolio.experience),
        ("research", &portfolio.research),
    ] {
        for (index, role) in roles.iter().enumerate() {
            for (bullet, highlight) in role.highlights.iter().enumerate() {
                let at = field(
                    &item(&field(&item(list, index), "highlights"), bullet),
                    "metrics",
                );
                for (number, metric) in highlight.metrics.iter().enumerate() {
                    out.push((item(&at, number), role.organisation.as_str(), metric));
                }
            }
        }
    }
    for (index, project) in portfolio.projects.iter().enumerate() {
        let at = field(&item("projects", index), "metrics");
        for (number, metric) in project.metrics.iter().enumerate() {
            out.push((item(&at, number), project.title.as_str(), metric));
        }
    }
    out
}

fn is_plausible_email(email: &str) -> bool {
    email
        .split_once('@')
        .is_some_and(|(user, domain)| !user.is_empty() && domain.contains('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn findings(source: &str) -> Vec<Diagnostic> {
        let loaded = crate::load::load_str(source, "p.ron", None).expect("parses");
        check(&loaded)
    }

    #[test]
    fn a_finding_points_at_its_own_entry_when_the_text_repeats() {
        // Two positions at one organisation; only the second ends before it starts.
        let source = r#"(
    person: (headline: "Engineer"),
    experience: [
        (role: "Engineer", organisation: "Acme", start: "2018-01", end: "2019-01"),
        (role: "Lead", organisation: "Acme", start: "2021-01", end: "2020-01"),
    ],
)"#;
        let found = findings(source);
        assert_eq!(found.len(), 1, "{found:?}");
        let position = found[0].position.expect("a position");
        assert_eq!((position.line, position.column), (5, 39), "{}", found[0]);
    }

    #[test]
    fn every_finding_of_a_bad_file_has_a_position() {
        let source = r#"(
    person: (headline: " ", links: [(label: "x", url: "ftp://x")]),
    case_studies: [
        (id: "a", title: "A", problem: "p", approach: "a", outcome: "o",
         metrics: [Change(label: "", before: "1 s", after: "2 MB")]),
        (id: "a", title: "B", problem: "", approach: "a", outcome: "o"),
    ],
    notes: {"nowhere": "x"},
    tracks: [(name: "t", slides: ["missing"])],
)"#;
        let found = findings(source);
        assert!(found.len() >= 7, "{found:#?}");
        for diagnostic in &found {
            assert!(diagnostic.position.is_some(), "{diagnostic}");
        }
    }
}
