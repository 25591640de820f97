//! The document outline and text search: what the browse view shows, in what order, as plain
//! data ("compute first, draw second"). No egui here.

pub mod header;
pub mod meta;
pub mod words;

use crate::model::Portfolio;

/// A section of the document, in display order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    /// Name, headline, location, availability, links.
    Hero,
    /// The summary paragraphs.
    About,
    /// Expertise cards.
    Expertise,
    /// Every figure of every case study in one table, biggest change first.
    Impact,
    /// Case studies with their charts.
    CaseStudies,
    /// Professional experience.
    Experience,
    /// Research positions.
    Research,
    /// Teaching positions.
    Teaching,
    /// Degrees.
    Education,
    /// Papers.
    Publications,
    /// Datasets and projects.
    Projects,
    /// Principles.
    Principles,
    /// Availability and contact.
    Contact,
}

impl Section {
    /// Every section in display order.
    pub const ALL: [Section; 13] = [
        Section::Hero,
        Section::About,
        Section::Expertise,
        Section::Impact,
        Section::CaseStudies,
        Section::Experience,
        Section::Research,
        Section::Teaching,
        Section::Education,
        Section::Publications,
        Section::Projects,
        Section::Principles,
        Section::Contact,
    ];

    /// A stable id for slides, links and `--slide`.
    pub fn id(self) -> &'static str {
        match self {
            Section::Hero => "overview",
            Section::About => "about",
            Section::Expertise => "expertise",
            Section::Impact => "impact",
            Section::CaseStudies => "case-studies",
            Section::Experience => "experience",
            Section::Research => "research",
            Section::Teaching => "teaching",
            Section::Education => "education",
            Section::Publications => "publications",
            Section::Projects => "projects",
            Section::Principles => "principles",
            Section::Contact => "contact",
        }
    }

    fn default_title(self) -> &'static str {
        match self {
            Section::Hero => "Overview",
            Section::About => "About",
            Section::Expertise => "Expertise",
            Section::Impact => "Impact at a glance",
            Section::CaseStudies => "Case studies",
            Section::Experience => "Experience",
            Section::Research => "Research",
            Section::Teaching => "Teaching",
            Section::Education => "Education",
            Section::Publications => "Publications",
            Section::Projects => "Projects & datasets",
            Section::Principles => "Principles",
            Section::Contact => "Contact",
        }
    }

    /// The heading, as the portfolio's `titles` override it.
    pub fn title(self, portfolio: &Portfolio) -> String {
        let titles = &portfolio.titles;
        let custom = match self {
            Section::Hero => None,
            Section::About => titles.about.as_ref(),
            Section::Expertise => titles.expertise.as_ref(),
            Section::Impact => titles.impact.as_ref(),
            Section::CaseStudies => titles.case_studies.as_ref(),
            Section::Experience => titles.experience.as_ref(),
            Section::Research => titles.research.as_ref(),
            Section::Teaching => titles.teaching.as_ref(),
            Section::Education => titles.education.as_ref(),
            Section::Publications => titles.publications.as_ref(),
            Section::Projects => titles.projects.as_ref(),
            Section::Principles => titles.principles.as_ref(),
            Section::Contact => titles.contact.as_ref(),
        };
        custom.map_or_else(|| self.default_title().to_owned(), Clone::clone)
    }

    /// Whether the portfolio has anything to show in this section.
    pub fn has_content(self, portfolio: &Portfolio) -> bool {
        match self {
            Section::Hero => true,
            Section::About => !portfolio.person.summary.is_empty(),
            Section::Expertise => !portfolio.expertise.is_empty(),
            Section::Impact => portfolio.case_studies.iter().any(|c| !c.metrics.is_empty()),
            Section::CaseStudies => !portfolio.case_studies.is_empty(),
            Section::Experience => !portfolio.experience.is_empty(),
            Section::Research => !portfolio.research.is_empty(),
            Section::Teaching => !portfolio.teaching.is_empty(),
            Section::Education => !portfolio.education.is_empty(),
            Section::Publications => !portfolio.publications.is_empty(),
            Section::Projects => !portfolio.projects.is_empty(),
            Section::Principles => !portfolio.principles.is_empty(),
            Section::Contact => portfolio.contact.is_some() || !portfolio.person.links.is_empty(),
        }
    }
}

/// A place in the document that the table of contents and search can scroll to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Anchor {
    /// A section heading.
    Section(Section),
    /// A case study, by index.
    CaseStudy(usize),
}

/// One entry of the table of contents.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutlineEntry {
    /// Where it scrolls to.
    pub anchor: Anchor,
    /// The text shown.
    pub title: String,
    /// 0 for sections, 1 for case studies under "Case studies".
    pub depth: u8,
}

/// The table of contents: every section with content, and each case study under its section.
pub fn outline(portfolio: &Portfolio) -> Vec<OutlineEntry> {
    let mut entries = Vec::new();
    for section in Section::ALL {
        if !section.has_content(portfolio) {
            continue;
        }
        entries.push(OutlineEntry {
            anchor: Anchor::Section(section),
            title: section.title(portfolio),
            depth: 0,
        });
        if section == Section::CaseStudies {
            entries.extend(portfolio.case_studies.iter().enumerate().map(|(i, case)| {
                OutlineEntry {
                    anchor: Anchor::CaseStudy(i),
                    title: case.title.clone(),
                    depth: 1,
                }
            }));
        }
    }
    entries
}

/// Byte ranges of every case-insensitive occurrence of `query` in `text`. Empty for an empty
/// query. Ranges always fall on character boundaries of `text`.
pub fn find_matches(text: &str, query: &str) -> Vec<std::ops::Range<usize>> {
    let query = query.trim();
    if query.is_empty() {
        return Vec::new();
    }
    let needle: Vec<char> = query.chars().flat_map(char::to_lowercase).collect();
    let haystack: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < haystack.len() {
        if let Some(end) = match_at(&haystack, i, &needle) {
            let start_byte = haystack.get(i).map_or(text.len(), |(b, _)| *b);
            let end_byte = haystack.get(end).map_or(text.len(), |(b, _)| *b);
            out.push(start_byte..end_byte);
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

/// If `needle` (lowercase) matches at char index `start`, the char index just past the match.
fn match_at(haystack: &[(usize, char)], start: usize, needle: &[char]) -> Option<usize> {
    let mut pending = needle.iter();
    let mut index = start;
    let mut expected = pending.next();
    while let Some(want) = expected {
        let (_, c) = haystack.get(index)?;
        let mut lower = c.to_lowercase();
        let mut matched = true;
        let mut want = Some(want);
        for l in lower.by_ref() {
            match want {
                Some(w) if *w == l => want = pending.next(),
                _ => {
                    matched = false;
                    break;
                }
            }
        }
        if !matched {
            return None;
        }
        index += 1;
        expected = want;
    }
    Some(index)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_case_insensitive_matches() {
        let text = "Cosmos DB for reads; cosmos db again";
        assert_eq!(find_matches(text, "cosmos db"), vec![0..9, 21..30]);
        assert!(find_matches(text, "  ").is_empty());
        assert!(find_matches(text, "postgres").is_empty());
    }

    #[test]
    fn match_ranges_respect_multibyte_text() {
        let text = "8–10 s → 3–10 ms";
        let ranges = find_matches(text, "10 ms");
        assert_eq!(ranges.len(), 1);
        assert_eq!(&text[ranges[0].clone()], "10 ms");
        assert_eq!(find_matches("ÉCOLE école", "école").len(), 2);
    }

    #[test]
    fn outline_skips_empty_sections() {
        let portfolio = crate::load::load_bundled().expect("bundled").portfolio;
        let entries = outline(&portfolio);
        let titles: Vec<&str> = entries.iter().map(|e| e.title.as_str()).collect();
        assert!(titles.contains(&"Case studies"));
        assert!(titles.contains(&"API latency: from seconds to milliseconds"));
        assert!(!titles.contains(&"Teaching"), "{titles:?}");
        assert!(!titles.contains(&"Publications"));
    }
}

/// The portfolio with everything the browse view derives from it, computed once per load.
#[derive(Clone, Debug)]
pub struct Document {
    /// The content.
    pub portfolio: Portfolio,
    /// The table of contents.
    pub outline: Vec<OutlineEntry>,
    /// Each case study's analysed metrics, by case study index.
    pub case_metrics: Vec<Vec<crate::metrics::Analysis>>,
    /// Each experience position's bullets' metrics: `[role][highlight]`.
    pub experience_metrics: Vec<Vec<Vec<crate::metrics::Analysis>>>,
    /// The same for research positions.
    pub research_metrics: Vec<Vec<Vec<crate::metrics::Analysis>>>,
    /// Each project's metrics.
    pub project_metrics: Vec<Vec<crate::metrics::Analysis>>,
    /// The month the document is shown in: a position held to the present runs to it on a
    /// timeline. Read once here rather than by the layout, so that every painter of a slide
    /// (the app, the PDF, the PNGs) draws the same axis and a test can fix the date.
    pub today: crate::model::YearMonth,
    /// Whom the portfolio was resolved for ([`crate::audience::view`]): every output of a
    /// private view says so (a badge on screen, the metadata of a file).
    pub audience: crate::audience::Audience,
}

impl Document {
    /// The document of `written` (the portfolio with its audience markup, as read) as
    /// `audience` sees it: where the app, the exports and `folio tailor` build theirs.
    pub fn for_audience(written: &Portfolio, audience: crate::audience::Audience) -> Self {
        let mut document = Self::new(crate::audience::view(written, audience));
        document.audience = audience;
        document
    }

    /// Whether the portfolio is long enough that drawing only what is in view pays off
    /// (below this, everything is drawn, which keeps every item in the accessibility tree).
    pub fn is_long(&self) -> bool {
        let portfolio = &self.portfolio;
        portfolio.case_studies.len() + portfolio.experience.len() + portfolio.research.len() > 40
    }

    /// Derives the outline and every metric's analysis.
    pub fn new(portfolio: Portfolio) -> Self {
        use crate::metrics::analyse;
        let analyse_all = |metrics: &[crate::model::Metric]| metrics.iter().map(analyse).collect();
        let roles = |roles: &[crate::model::Role]| {
            roles
                .iter()
                .map(|role| {
                    role.highlights
                        .iter()
                        .map(|h| analyse_all(&h.metrics))
                        .collect()
                })
                .collect()
        };
        Self {
            outline: outline(&portfolio),
            case_metrics: portfolio
                .case_studies
                .iter()
                .map(|c| analyse_all(&c.metrics))
                .collect(),
            experience_metrics: roles(&portfolio.experience),
            research_metrics: roles(&portfolio.research),
            project_metrics: portfolio
                .projects
                .iter()
                .map(|p| analyse_all(&p.metrics))
                .collect(),
            portfolio,
            today: crate::model::YearMonth::this_month(),
            audience: crate::audience::Audience::Public,
        }
    }
}

/// "Jan 2025 – Present", "Jul 2024 – Dec 2024", "2021", or `None` when no date is known.
pub fn period_text(
    start: Option<crate::model::YearMonth>,
    end: Option<crate::model::End>,
) -> Option<String> {
    use crate::model::End;
    match (start, end) {
        (Some(start), Some(End::Date(end))) if start == end => Some(start.to_string()),
        (Some(start), Some(end)) => Some(format!("{start} – {end}")),
        (Some(start), None) => Some(start.to_string()),
        (None, Some(End::Present)) => Some("Current".to_owned()),
        (None, Some(End::Date(end))) => Some(format!("until {end}")),
        (None, None) => None,
    }
}

/// Up to two initials for an avatar: "Ada Lovelace" → "AL", "Distributed Systems" → "DS".
pub fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|word| word.chars().find(|c| c.is_alphanumeric()))
        .take(2)
        .flat_map(char::to_uppercase)
        .collect()
}

#[cfg(test)]
mod period_tests {
    use super::*;
    use crate::model::{End, YearMonth};

    #[test]
    fn periods_and_initials() {
        let jan = YearMonth {
            year: 2025,
            month: Some(1),
        };
        assert_eq!(
            period_text(Some(jan), Some(End::Present)).as_deref(),
            Some("Jan 2025 – Present")
        );
        assert_eq!(
            period_text(None, Some(End::Present)).as_deref(),
            Some("Current")
        );
        assert_eq!(period_text(None, None), None);
        assert_eq!(initials("Distributed Systems"), "DS");
        assert_eq!(initials("ada"), "A");
    }
}

/// Finds a section (`experience`) or case study (`api-latency`) by id.
pub fn anchor_by_id(portfolio: &Portfolio, id: &str) -> Option<Anchor> {
    Section::ALL
        .into_iter()
        .find(|s| s.id() == id && s.has_content(portfolio))
        .map(Anchor::Section)
        .or_else(|| {
            portfolio
                .case_studies
                .iter()
                .position(|c| c.id == id)
                .map(Anchor::CaseStudy)
        })
}

/// Every id that [`anchor_by_id`] accepts, for error messages.
pub fn anchor_ids(portfolio: &Portfolio) -> Vec<String> {
    Section::ALL
        .into_iter()
        .filter(|s| s.has_content(portfolio))
        .map(|s| s.id().to_owned())
        .chain(portfolio.case_studies.iter().map(|c| c.id.to_string()))
        .collect()
}

#[cfg(test)]
mod anchor_tests {
    use super::*;

    #[test]
    fn ids_find_sections_and_case_studies() {
        let portfolio = crate::load::load_bundled().expect("bundled").portfolio;
        assert_eq!(anchor_by_id(&portfolio, "nope"), None);
        assert_eq!(
            anchor_by_id(&portfolio, "experience"),
            Some(Anchor::Section(Section::Experience))
        );
        assert_eq!(
            anchor_by_id(&portfolio, "api-latency"),
            Some(Anchor::CaseStudy(0))
        );
        assert_eq!(
            anchor_by_id(&portfolio, "teaching"),
            None,
            "no content, no anchor"
        );
    }
}
