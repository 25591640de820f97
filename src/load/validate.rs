//! Semantic checks after parsing: what serde cannot see. Each finding is located in the
//! source by the text it is about, so it too gets `path:line:column`.

use std::collections::HashSet;
use std::path::{Component, Path};

use super::diagnostic::{Diagnostic, Position, Severity, position_of_byte};
use crate::metrics::{Check, Verdict, check};
use crate::model::{Dimension, End, Metric, Portfolio, YearMonth};

/// Runs every semantic check.
pub fn validate(
    portfolio: &Portfolio,
    source: &str,
    path: &str,
    base_dir: Option<&Path>,
) -> Vec<Diagnostic> {
    let mut checker = Checker {
        source,
        path,
        out: Vec::new(),
    };
    checker.person(portfolio, base_dir);
    checker.case_studies(portfolio, base_dir);
    checker.periods(portfolio);
    checker.metrics(portfolio);
    checker.links(portfolio);
    checker.talk(portfolio);
    checker.out
}

struct Checker<'a> {
    source: &'a str,
    path: &'a str,
    out: Vec<Diagnostic>,
}

impl Checker<'_> {
    /// Finds `"value"` as a string literal at or after byte `from`, preferably right after
    /// `key:`. Returns the byte offset of the opening quote.
    fn find(&self, key: &str, value: &str, from: usize) -> Option<usize> {
        let literal = format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""));
        let haystack = self.source.get(from..)?;
        let mut fallback = None;
        for (at, _) in haystack.match_indices(&literal) {
            let before = haystack.get(..at).unwrap_or_default().trim_end();
            if before
                .strip_suffix(':')
                .is_some_and(|b| b.trim_end().ends_with(key))
            {
                return Some(from + at);
            }
            fallback.get_or_insert(from + at);
        }
        fallback
    }

    fn report(
        &mut self,
        severity: Severity,
        message: String,
        anchor: Option<(usize, usize)>,
        hint: Option<String>,
    ) {
        let mut diagnostic = Diagnostic::new(severity, self.path, message);
        if let Some((byte, width)) = anchor {
            let quote = position_of_byte(self.source, byte);
            let inside = Position {
                line: quote.line,
                column: quote.column + 1,
            };
            diagnostic = diagnostic.at(self.source, inside, width);
        }
        diagnostic.hint = hint;
        self.out.push(diagnostic);
    }

    fn anchor(&self, key: &str, value: &str, from: usize) -> Option<(usize, usize)> {
        self.find(key, value, from)
            .map(|at| (at, value.chars().count().max(1)))
    }

    fn require_text(&mut self, key: &str, value: &str, what: &str, from: usize) {
        if value.trim().is_empty() {
            let anchor = self.anchor(key, value, from);
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
        self.require_text("headline", &person.headline, "`person`", 0);
        if let Some(photo) = &person.photo {
            self.image(photo, base_dir);
        }
        for area in &portfolio.expertise {
            self.require_text("title", &area.title, "an expertise area", 0);
            self.require_text("text", &area.text, "an expertise area", 0);
        }
        for principle in &portfolio.principles {
            self.require_text("title", &principle.title, "a principle", 0);
        }
    }

    fn case_studies(&mut self, portfolio: &Portfolio, base_dir: Option<&Path>) {
        let mut seen = HashSet::new();
        let mut cursor = 0;
        for case in &portfolio.case_studies {
            let at = self.find("id", &case.id, cursor);
            cursor = at.map_or(cursor, |a| a + 1);
            let anchor = at.map(|a| (a, case.id.chars().count().max(1)));
            if !is_slug(&case.id) {
                self.report(
                    Severity::Error,
                    format!("case study id `{}` is not a valid id", case.id),
                    anchor,
                    Some("use lowercase letters, digits and dashes, e.g. `api-latency`".into()),
                );
            } else if !seen.insert(case.id.as_str()) {
                self.report(
                    Severity::Error,
                    format!("case study id `{}` is used twice", case.id),
                    anchor,
                    Some("each case study needs its own id: slides and links refer to it".into()),
                );
            }
            let what = format!("case study `{}`", case.id);
            let from = at.unwrap_or(0);
            self.require_text("title", &case.title, &what, from);
            self.require_text("problem", &case.problem, &what, from);
            self.require_text("approach", &case.approach, &what, from);
            self.require_text("outcome", &case.outcome, &what, from);
            for image in &case.images {
                self.image(&image.path, base_dir);
            }
        }
    }

    fn image(&mut self, path: &str, base_dir: Option<&Path>) {
        let anchor = self.anchor("path", path, 0);
        let relative = Path::new(path);
        let leaves = relative.is_absolute()
            || relative
                .components()
                .any(|c| matches!(c, Component::ParentDir | Component::Prefix(_)));
        if leaves {
            self.report(
                Severity::Warning,
                format!("image `{path}` is outside the portfolio's folder"),
                anchor,
                Some(
                    "it works on this machine, but copying the folder elsewhere will lose it; keep images beside portfolio.ron"
                        .into(),
                ),
            );
        }
        if let Some(base) = base_dir
            && base.join(relative).is_file()
            && let Err(reason) = crate::images::probe(&base.join(relative))
        {
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
        if let Some(base) = base_dir
            && !base.join(relative).is_file()
        {
            self.report(
                Severity::Warning,
                format!("image `{path}` does not exist"),
                anchor,
                Some(format!(
                    "paths are relative to the folder of the portfolio file ({})",
                    base.display()
                )),
            );
        }
    }

    fn periods(&mut self, portfolio: &Portfolio) {
        let mut periods: Vec<(&str, Option<YearMonth>, Option<End>)> = Vec::new();
        periods.extend(
            portfolio
                .case_studies
                .iter()
                .map(|c| (c.title.as_str(), c.start, c.end)),
        );
        for role in portfolio.experience.iter().chain(&portfolio.research) {
            periods.push((role.organisation.as_str(), role.start, role.end));
        }
        periods.extend(
            portfolio
                .education
                .iter()
                .map(|e| (e.institution.as_str(), e.start, e.end)),
        );
        for (name, start, end) in periods {
            if let (Some(start), Some(End::Date(end))) = (start, end)
                && end.year * 12 + i32::from(end.month.unwrap_or(12))
                    < start.year * 12 + i32::from(start.month.unwrap_or(1))
            {
                let anchor = self.find("", name, 0).map(|at| (at, name.chars().count()));
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
        let mut cursor = 0;
        for (owner, metric) in portfolio.all_metrics() {
            let label = metric.label();
            let at = self.find("label", label, cursor);
            cursor = at.map_or(cursor, |a| a + 1);
            let anchor = at.map(|a| (a, label.chars().count().max(1)));
            let from = at.unwrap_or(0);
            let where_ = format!("metric `{label}` of `{}`", owner.name());
            if label.trim().is_empty() {
                self.report(
                    Severity::Error,
                    format!("a metric of `{}` has an empty label", owner.name()),
                    anchor,
                    Some("say what was measured, e.g. `API response time`".into()),
                );
            }
            if let Metric::Relative(relative) = metric
                && !matches!(
                    relative.change.unit.dimension,
                    Dimension::Percent | Dimension::Points
                )
            {
                let anchor = self.anchor("change", &relative.change.source, from);
                self.report(
                    Severity::Error,
                    format!("{where_}: a relative change is written in % or pp"),
                    anchor,
                    Some(
                        "write `-30%` for a cut of 30 %, or use `Change` with before and after"
                            .into(),
                    ),
                );
                continue;
            }
            let figures: Vec<&crate::model::Quantity> = match metric {
                Metric::Change(c) => vec![&c.before, &c.after],
                Metric::Figure(f) => vec![&f.value],
                Metric::Relative(_) | Metric::Outcome(_) => Vec::new(),
            };
            for figure in figures {
                if figure.low < 0.0
                    && matches!(figure.unit.dimension, Dimension::Time | Dimension::Bytes)
                {
                    let anchor = self.anchor("", &figure.source, from);
                    self.report(
                        Severity::Error,
                        format!("{where_}: `{}` is negative; durations and sizes cannot be", figure.source),
                        anchor,
                        Some("write the amount without a sign; `better: Lower` says which way is good".into()),
                    );
                }
            }
            match check(metric) {
                Check::Incomparable(reason) => {
                    let anchor = match metric {
                        Metric::Change(c) => self.anchor("after", &c.after.source, from),
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
                Check::Verdict(verdict) => self.verdict(&verdict, &where_, from),
            }
        }
    }

    fn verdict(&mut self, verdict: &Verdict, where_: &str, from: usize) {
        match verdict {
            Verdict::Disagrees { claim, computed } => {
                let anchor = self.anchor("claim", claim, from);
                self.report(
                    Severity::Error,
                    format!("{where_}: the claim {claim} disagrees with the figures, which give {computed}"),
                    anchor,
                    Some("correct the claim or the figures; ranges compare by their midpoints unless `basis` says otherwise".into()),
                );
            }
            Verdict::Unchecked { claim, reason } => {
                let anchor = self.anchor("claim", claim, from);
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
        let mut urls: Vec<&str> = portfolio
            .person
            .links
            .iter()
            .map(|l| l.url.as_str())
            .collect();
        if let Some(contact) = &portfolio.contact {
            urls.extend(contact.links.iter().map(|l| l.url.as_str()));
            if let Some(email) = &contact.email
                && !is_plausible_email(email)
            {
                let anchor = self.anchor("email", email, 0);
                self.report(
                    Severity::Warning,
                    format!("`{email}` does not look like an e-mail address"),
                    anchor,
                    Some("write it as `name@example.com`".into()),
                );
            }
        }
        urls.extend(
            portfolio
                .publications
                .iter()
                .filter_map(|p| p.link.as_deref()),
        );
        urls.extend(portfolio.projects.iter().filter_map(|p| p.link.as_deref()));
        for url in urls {
            if !crate::model::is_openable_url(url) {
                let anchor = self.anchor("url", url, 0);
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
}

impl Checker<'_> {
    /// Tracks must name slides that exist; notes should; the duration must be a time.
    fn talk(&mut self, portfolio: &Portfolio) {
        if portfolio.tracks.is_empty() && portfolio.notes.is_empty() && portfolio.duration.is_none()
        {
            return;
        }
        let deck = crate::deck::Deck::new(portfolio);
        let ids = deck.ids();
        for track in &portfolio.tracks {
            for id in &track.slides {
                if !ids.contains(&id.as_str()) {
                    let anchor = self.anchor("", id, 0);
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
                let anchor = self.anchor("", id, 0);
                self.report(
                    Severity::Warning,
                    format!("notes for `{id}`, which is not a slide, are never shown"),
                    anchor,
                    Some(format!("slides: {}", ids.join(", "))),
                );
            }
        }
        if let Some(duration) = &portfolio.duration
            && duration.unit.dimension != Dimension::Time
        {
            let anchor = self.anchor("duration", &duration.source, 0);
            self.report(
                Severity::Error,
                format!("`duration` is `{}`, which is not a time", duration.source),
                anchor,
                Some("write it as `30 min` or `1 h`".into()),
            );
        }
    }
}

fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn is_plausible_email(email: &str) -> bool {
    email
        .split_once('@')
        .is_some_and(|(user, domain)| !user.is_empty() && domain.contains('.'))
}
