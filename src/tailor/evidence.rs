//! What in the portfolio evidences a requirement: its case studies, positions and expertise
//! areas, each read as fields of different weight (tags, titles and figure labels say what a
//! piece of work is about more surely than a word in its running text).

use std::collections::HashSet;

use super::degree;
use super::posting::Requirement;
use super::query::{CONCEPTS, Query, core_of, generic};
use super::terms;
use crate::document::Document;
use crate::model::{End, Role, YearMonth};

/// What kind of part of the portfolio a piece of evidence is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ItemKind {
    /// A case study; its id is the case study's.
    CaseStudy,
    /// A position under experience; its id is `position-N`, from 1 in the file's order.
    Position,
    /// An expertise area; its id is `expertise-N`.
    Expertise,
    /// The positions together (years of experience); its id is `experience`.
    Experience,
    /// A degree or school; its id is `education-N`.
    Education,
}

/// A part of the portfolio, as the matcher reads it.
pub struct Item {
    /// Its id (see [`ItemKind`]).
    pub id: String,
    /// What it is.
    pub kind: ItemKind,
    /// Its title as a reader knows it.
    pub title: String,
    /// Its text by field: (weight, text).
    fields: Vec<(f32, String)>,
    /// The stems of each field, with the field's weight.
    stems: Vec<(f32, Vec<String>)>,
    /// The technologies it names, and those they are kinds of (SwiftUI names Swift too):
    /// (canonical name, as written, weight of the field, whether a field that shows work).
    technologies: Vec<(&'static str, String, f32, bool)>,
    /// The stems of the fields that show work done (a case study's story, a position's
    /// bullets), as against tags and expertise areas that only claim it.
    shown: HashSet<String>,
    /// A position's months, first and past the last (year × 12 + month − 1), when dated.
    span: Option<(i32, i32)>,
}

/// Tags, titles and figure labels: what the work is about.
const STRONG: f32 = 3.0;
/// Role titles and a case study's title.
const TITLE: f32 = 2.0;
/// Running text: problem, approach, outcome, bullets.
const TEXT: f32 = 1.0;

/// A field of an item: its weight, its text, and whether it shows work done.
type Field = (f32, String, bool);

impl Item {
    fn new(id: String, kind: ItemKind, title: String, fields: Vec<Field>) -> Self {
        let stems = fields
            .iter()
            .map(|(weight, text, _)| (*weight, terms::stems(text)))
            .collect();
        let shown = fields
            .iter()
            .filter(|(_, _, shows)| *shows)
            .flat_map(|(_, text, _)| terms::stems(text))
            .collect();
        let mut technologies: Vec<(&'static str, String, f32, bool)> = Vec::new();
        for (weight, text, shows) in &fields {
            for found in terms::technologies(text) {
                for name in terms::broader(found.name) {
                    match technologies.iter_mut().find(|t| t.0 == name) {
                        Some(known) => {
                            known.2 = known.2.max(*weight);
                            known.3 |= *shows;
                        }
                        None => technologies.push((name, found.written.clone(), *weight, *shows)),
                    }
                }
            }
        }
        Self {
            id,
            kind,
            title,
            fields: fields.into_iter().map(|(w, t, _)| (w, t)).collect(),
            stems,
            technologies,
            shown,
            span: None,
        }
    }

    /// The text of the field at `index`.
    fn has_text(&self) -> bool {
        self.fields.iter().any(|(_, t)| !t.trim().is_empty())
    }
}

/// Every case study, position and expertise area of the portfolio, as items to match;
/// `today` ends the positions still held.
pub fn items(document: &Document, today: YearMonth) -> Vec<Item> {
    let portfolio = &document.portfolio;
    let mut items = Vec::new();
    for (index, case) in portfolio.case_studies.iter().enumerate() {
        let labels: Vec<String> = document
            .case_metrics
            .get(index)
            .map(|analyses| analyses.iter().map(|a| a.label.clone()).collect())
            .unwrap_or_default();
        let fields = vec![
            (STRONG, case.tags.join(", "), false),
            (STRONG, labels.join(". "), true),
            (TITLE, case.title.clone(), true),
            (
                TEXT,
                format!("{}\n{}\n{}", case.problem, case.approach, case.outcome),
                true,
            ),
        ];
        items.push(Item::new(
            case.id.to_string(),
            ItemKind::CaseStudy,
            case.title.clone(),
            fields,
        ));
    }
    for (index, role) in portfolio.experience.iter().enumerate() {
        let title = match &role.role {
            Some(name) => format!("{name}, {}", role.organisation),
            None => role.organisation.clone(),
        };
        let bullets: Vec<&str> = role.highlights.iter().map(|h| h.text.as_str()).collect();
        let labels: Vec<String> = role
            .highlights
            .iter()
            .flat_map(|h| h.metrics.iter().map(|m| m.label().to_owned()))
            .collect();
        let fields = vec![
            (STRONG, role.tags.join(", "), false),
            (STRONG, labels.join(". "), true),
            (TITLE, role.role.clone().unwrap_or_default(), true),
            (
                TEXT,
                format!(
                    "{}\n{}",
                    role.summary.as_deref().unwrap_or_default(),
                    bullets.join("\n")
                ),
                true,
            ),
        ];
        let mut item = Item::new(
            format!("position-{}", index + 1),
            ItemKind::Position,
            title,
            fields,
        );
        item.span = span(role, today);
        items.push(item);
    }
    for (index, area) in portfolio.expertise.iter().enumerate() {
        // An expertise area claims what it names; nothing in it shows the work.
        let fields = vec![
            (STRONG, area.tags.join(", "), false),
            (STRONG, area.title.clone(), false),
            (TEXT, area.text.clone(), false),
        ];
        items.push(Item::new(
            format!("expertise-{}", index + 1),
            ItemKind::Expertise,
            area.title.clone(),
            fields,
        ));
    }
    for (index, school) in portfolio.education.iter().enumerate() {
        // A degree shows itself; "MSc" is a master's, "BComp" a bachelor's.
        let degree = school.degree.clone().unwrap_or_default();
        let field = school.field.clone().unwrap_or_default();
        let title = [degree.as_str(), field.as_str(), school.institution.as_str()]
            .iter()
            .filter(|t| !t.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(", ");
        let fields = vec![
            (
                STRONG,
                format!("{} {}", degree::words(&degree), field),
                true,
            ),
            (
                TEXT,
                format!(
                    "{}\n{}",
                    school.institution,
                    school.text.as_deref().unwrap_or_default()
                ),
                true,
            ),
        ];
        items.push(Item::new(
            format!("education-{}", index + 1),
            ItemKind::Education,
            title,
            fields,
        ));
    }
    items.retain(Item::has_text);
    items
}

/// How strongly a piece of evidence answers a requirement, as a hiring manager reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Strength {
    /// Only claimed: an expertise area, or a tag without a story that shows it.
    Claimed,
    /// Shown: a case study or position that did it, or years counted from dated positions.
    Shown,
}

impl Strength {
    /// How the report says it.
    pub fn word(self) -> &'static str {
        match self {
            Self::Shown => "shown",
            Self::Claimed => "claimed",
        }
    }
}

/// One piece of evidence for a requirement.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Evidence {
    /// The item's id.
    pub id: String,
    /// What the item is.
    pub kind: ItemKind,
    /// Its title.
    pub title: String,
    /// The words that matched, as the portfolio writes them or as stems.
    pub words: Vec<String>,
    /// Whether it shows the work or only claims it.
    pub strength: Strength,
    /// How strongly: the matched words' weights, rarer words and stronger fields counting more.
    #[serde(skip)]
    pub score: f32,
}

/// One item's evidence for a query, if it has enough of it, and whether it names one of the
/// query's tools or examples (which answers the requirement's kind of work too).
fn evidence_of(
    query: &Query,
    item: &Item,
    rarity: &dyn Fn(&str) -> f32,
) -> Option<(Evidence, bool)> {
    let mut words: Vec<String> = Vec::new();
    let mut score = 0.0;
    let mut shows = false;
    for technology in &query.technologies {
        if let Some((_, written, weight, shown)) =
            item.technologies.iter().find(|t| t.0 == technology.name)
        {
            if !words.contains(written) {
                words.push(written.clone());
            }
            score += 2.0 * weight;
            shows |= *shown;
        }
    }
    let distinct = query.distinct();
    // A shared phrase counts when it holds a word of the requirement's own.
    let mut phrase = false;
    for (a, b) in &query.pairs {
        let found = item.stems.iter().filter(|(_, s)| {
            s.windows(2)
                .any(|w| matches!(w, [x, y] if x == a && y == b))
        });
        if let Some(weight) = found.map(|(w, _)| *w).reduce(f32::max) {
            phrase |= distinct.is_empty() || !generic(a) || !generic(b);
            shows |= item.shown.contains(a) && item.shown.contains(b);
            score += weight * (rarity(a) + rarity(b));
        }
    }
    let mut matched_words = 0;
    let mut strong_word = false;
    let mut strong_words = 0;
    // Of the requirement's own words (not the generic ones).
    let mut own_matched = 0;
    for stem in &query.wanted {
        let weight = item
            .stems
            .iter()
            .filter(|(_, s)| s.contains(stem))
            .map(|(w, _)| *w)
            .reduce(f32::max);
        if let Some(weight) = weight {
            matched_words += 1;
            own_matched += usize::from(!generic(stem));
            shows |= item.shown.contains(stem);
            strong_word |= weight >= STRONG;
            strong_words += usize::from(weight >= STRONG);
            score += weight * rarity(stem);
            if !words.iter().any(|w| terms::stem(w) == *stem) {
                words.push(original_word(item, stem).unwrap_or_else(|| stem.clone()));
            }
        }
    }
    // Half of an example's own words in a tag or a title ("monolith" of "monolith to
    // services"; not "sessions" alone of "crash-free sessions").
    let topic_named = query.topic.iter().any(|example| {
        let own: Vec<&String> = example.iter().filter(|s| !generic(s)).collect();
        let named = own
            .iter()
            .filter(|stem| {
                item.stems
                    .iter()
                    .any(|(weight, stems)| *weight >= TITLE && stems.contains(stem))
            })
            .count();
        named * 2 > own.len()
    });
    let share = matched_words as f32 / query.wanted.len().max(1) as f32;
    // Generic words alone ("systems", "data") evidence nothing: some of the requirement's
    // own words must be there too, a quarter of them or two.
    let own_share = own_matched as f32 / distinct.len().max(1) as f32;
    let own = distinct.is_empty() || own_matched >= 2 || own_share >= 0.25 || phrase;
    let by_words = (phrase
        || topic_named
        || (matched_words >= 2 && share >= 0.3)
        || strong_words >= 2
        || (strong_word && share >= 0.5))
        && (own || topic_named);
    let names_technology = item
        .technologies
        .iter()
        .any(|t| query.technologies.iter().any(|w| w.name == t.0));
    // A technology asked for is the point of the requirement: other words alone do not
    // evidence "Kafka or Pulsar". A kind of work ("APIs", "monitoring") beside words of the
    // requirement's own needs them too.
    let concepts_only = query
        .technologies
        .iter()
        .all(|t| CONCEPTS.contains(&t.name));
    let enough = if query.technologies.is_empty() {
        by_words
    } else if concepts_only && !distinct.is_empty() {
        // Without the kind of work named ("machine learning"), two of the requirement's
        // own words at least: "shipping to production" is not an ML system.
        names_technology && (own || distinct.len() <= 2) || by_words && own_matched >= 2
    } else {
        names_technology
    };
    let names_tool = item
        .technologies
        .iter()
        .any(|t| !CONCEPTS.contains(&t.0) && query.technologies.iter().any(|w| w.name == t.0));
    (enough && score > 0.0).then(|| {
        let evidence = Evidence {
            id: item.id.clone(),
            kind: item.kind,
            title: item.title.clone(),
            words,
            strength: if shows && item.kind != ItemKind::Expertise {
                Strength::Shown
            } else {
                Strength::Claimed
            },
            score,
        };
        (evidence, topic_named || names_tool)
    })
}

/// The evidence for `requirement` among `items`, strongest first. `years` is the portfolio's
/// experience in years, for a requirement that asks for some.
pub fn evidence(requirement: &Requirement, items: &[Item], years: Option<f32>) -> Vec<Evidence> {
    // Where one lives or may work is no case study's subject: whatever words they share
    // ("the United States"), nothing in a portfolio shows it.
    if requirement.kind == super::posting::RequirementKind::Eligibility {
        return Vec::new();
    }
    let query = Query::new(&requirement.text);
    // What it asks before its examples, when that says something of its own.
    let core = core_of(&requirement.text)
        .map(|core| Query::new(&core))
        .filter(Query::has_substance);
    let count = items.len().max(1) as f32;
    // How rare each of the requirement's words is among the items, counted once.
    let rarities: std::collections::HashMap<&str, f32> = query
        .wanted
        .iter()
        .chain(query.pairs.iter().flat_map(|(a, b)| [a, b]))
        .map(|stem| {
            let with = items
                .iter()
                .filter(|item| item.stems.iter().any(|(_, s)| s.contains(stem)))
                .count() as f32;
            (stem.as_str(), (1.0 + count / (1.0 + with)).ln())
        })
        .collect();
    let rarity = |stem: &str| rarities.get(stem).copied().unwrap_or(0.0);
    let mut out: Vec<Evidence> = Vec::new();
    let graduate = degree::asks_graduate(&requirement.text);
    for item in items {
        // An advanced degree is a master's or a doctorate; a bachelor's does not show it.
        if graduate
            && item.kind == ItemKind::Education
            && !item
                .stems
                .iter()
                .any(|(_, s)| s.iter().any(|w| w == "master"))
        {
            continue;
        }
        let Some((found, by_example)) = evidence_of(&query, item, &rarity) else {
            continue;
        };
        if let Some(core) = &core
            && !by_example
            && evidence_of(core, item, &rarity).is_none()
        {
            continue;
        }
        out.push(found);
    }
    // Years of experience are counted from the positions' dates; when they are known and
    // short of what is asked, nothing else makes up for them. Years of something in
    // particular ("3+ years of Python") need that shown too; a case study's words show the
    // skill, not the years.
    if let Some(asked) = requirement.years {
        let particular = core.as_ref().unwrap_or(&query).has_substance();
        let shown = !out.is_empty() || !particular;
        out.retain(|e| e.kind != ItemKind::CaseStudy);
        // "5+ years of Android" where positions name Android: the years of those positions.
        let tools: Vec<&str> = query
            .technologies
            .iter()
            .map(|t| t.name)
            .filter(|name| !CONCEPTS.contains(name))
            .collect();
        let doing: Vec<(i32, i32)> = out
            .iter()
            .filter(|e| e.kind == ItemKind::Position)
            .filter_map(|e| items.iter().find(|item| item.id == e.id))
            .filter(|item| item.technologies.iter().any(|t| tools.contains(&t.0)))
            .filter_map(|item| item.span)
            .collect();
        let years = if particular && !doing.is_empty() {
            Some(merged_years(doing))
        } else {
            years
        };
        match years {
            Some(have) if have + 0.5 >= asked as f32 && shown => out.insert(
                0,
                Evidence {
                    id: "experience".to_owned(),
                    kind: ItemKind::Experience,
                    title: format!("{have:.0} years across the positions listed"),
                    words: vec![format!("{asked}+ years")],
                    strength: Strength::Shown,
                    score: 2.0 * STRONG,
                },
            ),
            Some(_) => return Vec::new(),
            None => {}
        }
    }
    // What shows the work comes before what only claims it.
    out.sort_by(|a, b| {
        b.strength
            .cmp(&a.strength)
            .then(b.score.total_cmp(&a.score))
    });
    out
}

/// The technologies a requirement asks for together ("TypeScript, React and CSS", not "Go or
/// Java", not "such as Kafka") that none of its evidence names, when they are half of them
/// or more: a requirement so partly shown is still a gap to prepare for.
pub fn missing(
    requirement: &Requirement,
    items: &[Item],
    evidence: &[Evidence],
) -> Vec<&'static str> {
    let shown = |name: &str| {
        evidence.iter().any(|e| {
            items
                .iter()
                .any(|item| item.id == e.id && item.technologies.iter().any(|t| t.0 == name))
        })
    };
    let lower = format!(" {} ", requirement.text.to_lowercase());
    let either = [
        " or ", "/or ", "such as", "e.g", "like ", "similar", "one of", "any of", "either", " ou ",
        "etc",
    ];
    let offers_a_choice = either.iter().any(|w| lower.contains(w));
    // A language or a cloud asked for, none of those named shown: Java is not Go, Azure is
    // not AWS, whatever else the requirement shares ("Python, Scala, or similar"). A
    // front-end framework or a database only when asked as such ("React / TypeScript", "MS
    // SQL"), not as one choice among others ("React and/or TypeScript", "e.g. PostgreSQL").
    let asked = terms::technologies(&without_wishes(&requirement.text));
    let mut missing: Vec<&'static str> = Vec::new();
    let families: &[&[&str]] = if offers_a_choice {
        &[LANGUAGES, CLOUDS]
    } else {
        &[LANGUAGES, CLOUDS, UI_FRAMEWORKS, RELATIONAL_DATABASES]
    };
    for family in families {
        let named: Vec<&'static str> = asked
            .iter()
            .map(|t| t.name)
            .filter(|name| family.contains(name))
            .collect();
        if !named.iter().any(|name| shown(name)) {
            missing.extend(named);
        }
    }
    if !missing.is_empty() {
        return missing;
    }
    // "Android frameworks such as Jetpack, Retrofit and Dagger": a family of tools asked
    // by its examples; Android alone does not show its frameworks.
    if let Some(core) = core_of(&requirement.text) {
        let family = terms::stems(&core).iter().any(|w| {
            ["framework", "librari", "pattern", "tool"]
                .iter()
                .any(|f| w.starts_with(f))
        });
        let named: Vec<&'static str> = terms::technologies(&requirement.text)
            .into_iter()
            .map(|t| t.name)
            .filter(|name| !terms::technologies(&core).iter().any(|c| c.name == *name))
            .collect();
        if family && named.len() >= 2 && !named.iter().any(|name| shown(name)) {
            return named;
        }
    }
    if offers_a_choice {
        return Vec::new();
    }
    // "Python/Scala/Java" is one ask, answered by any of them.
    let groups: Vec<Vec<&'static str>> = requirement
        .text
        .split([',', ';', '(', ')', '&'])
        .flat_map(|part| part.split(" and "))
        .map(|part| {
            terms::technologies(part)
                .into_iter()
                .map(|t| t.name)
                .collect()
        })
        .filter(|group: &Vec<&'static str>| !group.is_empty())
        .collect();
    if groups.len() < 2 {
        return Vec::new();
    }
    let unmet: Vec<&Vec<&'static str>> = groups
        .iter()
        .filter(|group| !group.iter().any(|name| shown(name)))
        .collect();
    if unmet.len() * 2 >= groups.len() {
        unmet.into_iter().flatten().copied().collect()
    } else {
        Vec::new()
    }
}

/// Programming languages: one does not stand for another.
const LANGUAGES: &[&str] = &[
    "Go",
    "JavaScript",
    "TypeScript",
    "C#",
    "C++",
    "Python",
    "Java",
    "Kotlin",
    "Scala",
    "Rust",
    "Swift",
    "Objective-C",
    "Ruby",
    "PHP",
    "Elixir",
    "PowerShell",
];

/// Cloud providers: one does not stand for another.
const CLOUDS: &[&str] = &["AWS", "GCP", "Azure"];

/// Front-end frameworks: Angular work does not show React, though both are TypeScript.
const UI_FRAMEWORKS: &[&str] = &["React", "Vue", "Angular"];

/// Relational databases a team runs: administering SQL Server is not running PostgreSQL.
const RELATIONAL_DATABASES: &[&str] = &["PostgreSQL", "MySQL", "SQL Server"];

/// The text without its asides that only wish ("cloud platforms (ideally GCP)").
fn without_wishes(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        out.push_str(rest.get(..open).unwrap_or_default());
        let after = rest.get(open..).unwrap_or_default();
        let close = after.find(')').map_or(after.len(), |c| c + 1);
        let aside = after.get(..close).unwrap_or_default();
        let lower = aside.to_lowercase();
        let wish = ["ideally", "prefer", "plus", "bonus", "nice"]
            .iter()
            .any(|w| lower.contains(w));
        if !wish {
            out.push_str(aside);
        }
        rest = after.get(close..).unwrap_or_default();
    }
    out.push_str(rest);
    out
}

/// The word of the item's text whose stem is `stem`, as written there.
fn original_word(item: &Item, stem: &str) -> Option<String> {
    item.fields.iter().find_map(|(_, text)| {
        text.split(|c: char| !(c.is_alphanumeric() || c == '\''))
            .map(|w| w.trim_matches('\''))
            .map(|w| w.strip_suffix("'s").unwrap_or(w))
            .find(|w| !w.is_empty() && terms::stem(&w.to_lowercase()) == stem)
            .map(str::to_owned)
    })
}

/// A position's months: its first and the one past its last (year × 12 + month − 1);
/// `today` ends the current one.
fn span(role: &Role, today: YearMonth) -> Option<(i32, i32)> {
    let month = |ym: &YearMonth| ym.year * 12 + i32::from(ym.month.unwrap_or(1)) - 1;
    let start = month(role.start.as_ref()?);
    let end = match role.end.as_ref() {
        Some(End::Date(date)) => month(date) + 1,
        Some(End::Present) | None => month(&today) + 1,
    };
    (end > start).then_some((start, end))
}

/// Years of experience over the positions with dates, overlaps counted once; `today` ends
/// the current position.
pub fn years_of_experience(document: &Document, today: YearMonth) -> Option<f32> {
    let spans: Vec<(i32, i32)> = document
        .portfolio
        .experience
        .iter()
        .filter_map(|role| span(role, today))
        .collect();
    (!spans.is_empty()).then(|| merged_years(spans))
}

/// The years `spans` cover, overlaps counted once.
fn merged_years(mut spans: Vec<(i32, i32)>) -> f32 {
    spans.sort_unstable();
    let mut total = 0;
    let mut covered_to = i32::MIN;
    for (start, end) in spans {
        let from = start.max(covered_to);
        if end > from {
            total += end - from;
        }
        covered_to = covered_to.max(end);
    }
    total as f32 / 12.0
}

#[cfg(test)]
#[path = "evidence_tests.rs"]
mod tests;
