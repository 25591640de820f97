//! Whether a name read from a document's entry can be an organisation or a role. The entry
//! reader finds a position by its date and takes the lines around it; where the lines are
//! not a header (contact details beside a birth date, a sentence broken across lines, a
//! date's leftovers) the "names" show it, and a position is better left out, kept as a
//! comment, than invented.

use super::cues::{org_like, role_like};
use super::dates;

/// Why a name cannot be an organisation or a role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unlikely {
    /// An email address or a telephone number.
    ContactDetails,
    /// Nothing but a date, its pieces or a number.
    DateOrNumber,
    /// It starts with a word that continues a sentence ("and web technologies").
    SentenceMiddle,
    /// It ends on a word that needs more after it: a sentence cut at a line's end
    /// ("Communicated internal software issues to the").
    SentenceCut,
    /// The entry names no role, and its one name does not read as an organisation (a
    /// course, a hackathon, a project: "Software Engineering Class", "DEF CON CTF").
    NoRoleNoOrganisation,
    /// A whole sentence, ending on a full stop ("Ran the nightly pipelines.").
    SentenceEnd,
    /// Only a field's label: a table's column heading ("Position", "Zeitraum").
    FieldLabel,
    /// A degree or a school-leaving certificate and no job ("Abitur" at a Gymnasium,
    /// "Maîtrise en sciences" at a university): education, not a position.
    Degree,
}

impl Unlikely {
    /// The reason, for the note kept with the left-out position.
    pub fn reason(self) -> &'static str {
        match self {
            Self::ContactDetails => "contact details",
            Self::DateOrNumber => "a date or a number",
            Self::SentenceMiddle => "the middle of a sentence",
            Self::SentenceCut => "a sentence cut off",
            Self::NoRoleNoOrganisation => "neither a role nor an organisation",
            Self::Degree => "a degree, not a job",
            Self::FieldLabel => "a column's heading",
            Self::SentenceEnd => "a sentence",
        }
    }
}

/// Words a name may start with in lower case: articles and the particles of names
/// ("the Information Technology HelpDesk", "von Ardenne", "de Vries").
const LOWER_CASE_STARTS: &[&str] = &[
    "the", "von", "van", "de", "der", "den", "la", "le", "el", "di", "du", "da", "des", "del",
    "dos", "das", "al",
];

/// Words after which a phrase goes on: a name does not end on them.
const CONTINUING_ENDS: &[&str] = &[
    "to", "the", "of", "and", "for", "with", "in", "a", "an", "on", "by", "or", "from", "as",
    "that", "which", "into", "using",
];

/// Why `name` cannot be an organisation or a role, if it cannot. `lower_case_style` says the
/// document writes its names in lower case, so a lower-case start proves nothing.
pub fn unlikely(name: &str, lower_case_style: bool) -> Option<Unlikely> {
    let name = name.trim();
    if dates::nothing_but_dates(name) {
        return Some(Unlikely::DateOrNumber);
    }
    if has_contact_details(name) {
        return Some(Unlikely::ContactDetails);
    }
    if super::field_labels::names_a_field(name) {
        return Some(Unlikely::FieldLabel);
    }
    // Chinese and Japanese: a sentence ends in "。", a label stands in "【】" ("【役割】
    // iOSプログラマ"), and a name runs to a score of characters at most, where a sentence
    // goes on.
    let cjk = name
        .chars()
        .filter(|c| super::cue_words::is_cjk(*c))
        .count();
    if name.contains(['。', '【', '】']) || cjk > 24 {
        return Some(Unlikely::SentenceMiddle);
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    if !lower_case_style
        && words
            .first()
            .is_some_and(|first| continues_a_sentence(first))
    {
        return Some(Unlikely::SentenceMiddle);
    }
    let last = words
        .last()
        .map(|w| w.trim_end_matches([',', ';']).to_lowercase());
    if words.len() >= 3 && last.is_some_and(|w| CONTINUING_ENDS.contains(&w.as_str())) {
        return Some(Unlikely::SentenceCut);
    }
    // "Built simulation tooling.": a sentence ends on a word in lower case and a full stop,
    // where a name ends on an abbreviation ("Acme Co.", "Widgets Inc.").
    let sentence_end = words.last().is_some_and(|w| {
        w.strip_suffix('.').is_some_and(|word| {
            word.chars().count() >= 4 && word.chars().all(|c| c.is_lowercase() || c == '-')
        })
    });
    if words.len() >= 3 && sentence_end && !lower_case_style {
        return Some(Unlikely::SentenceEnd);
    }
    None
}

/// Why an entry read from a document is no position, if it is not: one of its names cannot
/// be a role's or an organisation's, or it names no role and its one name reads as no
/// organisation but as a role alone, an activity or no proper name.
pub fn unlikely_position(
    organisation: &str,
    role: Option<&str>,
    lower_case_style: bool,
) -> Option<Unlikely> {
    [Some(organisation), role]
        .into_iter()
        .flatten()
        .find_map(|name| unlikely(name, lower_case_style))
        .or_else(|| {
            (role.is_none()
                && !org_like(organisation)
                && (role_like(organisation) || not_a_proper_name(organisation)))
            .then_some(Unlikely::NoRoleNoOrganisation)
        })
        .or_else(|| {
            let names = || [Some(organisation), role].into_iter().flatten();
            let degree = |name: &str| super::degrees::names_degree(&name.to_lowercase());
            // "Associate Software Engineer", "Doctoral Researcher": a job that says a degree.
            (names().any(degree) && !names().any(role_like)).then_some(Unlikely::Degree)
        })
}

/// Whether most of `names` start in lower case: a document styled so ("software engineer,
/// acme"), where a lower-case start is no sign of a sentence.
pub fn lower_case_style<'a>(names: impl Iterator<Item = &'a str>) -> bool {
    let (mut lower, mut all) = (0usize, 0usize);
    for name in names {
        all += 1;
        if name
            .split_whitespace()
            .next()
            .is_some_and(starts_lower_case)
        {
            lower += 1;
        }
    }
    lower * 2 > all
}

/// Words that name what a student or a hobbyist takes part in, not an employer.
const ACTIVITY_WORDS: &[&str] = &[
    "class",
    "course",
    "courses",
    "hackathon",
    "ctf",
    "olympiad",
    "program",
    "programme",
    "project",
    "bootcamp",
    "boot",
    "competition",
    "challenge",
    "workshop",
    "conference",
    "summit",
    "scholarship",
    "award",
    "certification",
    "certificate",
];

/// Whether `name` reads as no proper name: it holds a word in lower case other than a
/// particle ("Developing HTML5 game"), or a word of an activity ("Caltech Hackathon").
fn not_a_proper_name(name: &str) -> bool {
    name.split_whitespace().any(|word| {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        let lower = bare.to_lowercase();
        (starts_lower_case(bare) && !CONTINUING_ENDS.contains(&lower.as_str()))
            || ACTIVITY_WORDS.contains(&lower.as_str())
    })
}

/// Words that start a sentence's continuation, not a name.
const CONTINUING_STARTS: &[&str] = &[
    "and",
    "or",
    "but",
    "to",
    "of",
    "with",
    "which",
    "that",
    "who",
    "for",
    "in",
    "on",
    "by",
    "as",
    "using",
    "including",
    "where",
    "while",
];

/// Whether `word`, in lower case, continues a sentence: a joining word, or a verb's past or
/// present participle ("developed", "building"). A company may write its name in lower case
/// ("laiblitz. Inc"), so a lower-case start alone proves nothing.
fn continues_a_sentence(word: &str) -> bool {
    let word = word.trim_end_matches([',', ':', ';', '.']);
    starts_lower_case(word)
        && (CONTINUING_STARTS.contains(&word)
            || (word.chars().count() >= 5 && (word.ends_with("ed") || word.ends_with("ing"))))
}

/// A word of lower-case letters only (not "eBay", "iOS", "3D"), other than a name particle.
pub fn starts_lower_case(word: &str) -> bool {
    let word = word.trim_end_matches([',', ':', ';', '.']);
    word.chars().count() >= 2
        && word.chars().all(char::is_lowercase)
        && !LOWER_CASE_STARTS.contains(&word)
}

fn has_contact_details(name: &str) -> bool {
    let email = name.split_whitespace().any(|word| {
        word.split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
    });
    // A telephone number: seven digits or more, spaces and dashes between them allowed.
    let mut digits = 0;
    let mut phone = false;
    for c in name.chars() {
        if c.is_ascii_digit() {
            digits += 1;
            phone |= digits >= 7;
        } else if !matches!(c, ' ' | '-' | '(' | ')') {
            digits = 0;
        }
    }
    email || phone
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A Japanese career history's project table (round 9): its labels and sentences are
    /// no names.
    #[test]
    fn chinese_and_japanese_labels_and_sentences_are_no_names() {
        for name in [
            "【役割】 iOSプログラマ",
            "自社アプリにFirebase DynamicLinksを使ったQR読み込みによるテーブルチェックイン機能を実装しました。",
            "頃から開発・運用されている自社サービスのiOSアプリプログラマとして新機能の開発を担当",
        ] {
            assert!(unlikely(name, false).is_some(), "{name}");
        }
    }

    #[test]
    fn names_of_real_positions_are_likely() {
        for name in [
            "Acme Corp",
            "Senior Software Engineer",
            "eBay",
            "iOS Developer",
            "the Information Technology Services HelpDesk at W&L",
            "Octi",
            "laiblitz. Inc (part time job)",
            "Marketing Lead for Europe",
            "Google Summer of Code 2024",
            "Charles Perkins Centre and School of Life and Environmental Sciences",
            "Université de Montréal",
            "3M",
            "株式会社ワクワク旅館",
            "河南省科学院集成电路研究所",
        ] {
            assert_eq!(unlikely(name, false), None, "{name}");
        }
    }

    #[test]
    fn what_is_not_a_header_is_unlikely() {
        for (name, why) in [
            ("a.person@example.com", Unlikely::ContactDetails),
            ("mobil 0176 37 52 33 78", Unlikely::ContactDetails),
            ("0176 37 52 33 78", Unlikely::DateOrNumber),
            ("May 2025", Unlikely::DateOrNumber),
            ("01/ -31/08/2017", Unlikely::DateOrNumber),
            ("Aug", Unlikely::DateOrNumber),
            ("marzo 2012-noviembre 2012", Unlikely::DateOrNumber),
            ("5", Unlikely::DateOrNumber),
            (
                "and web technologies (HTML, CSS, JS)",
                Unlikely::SentenceMiddle,
            ),
            ("developed", Unlikely::SentenceMiddle),
            (
                "Communicated internal software issues to the",
                Unlikely::SentenceCut,
            ),
            ("Built simulation tooling.", Unlikely::SentenceEnd),
            // Column headings of a table of jobs (development rounds 14–16).
            ("Position", Unlikely::FieldLabel),
            ("Zeitraum", Unlikely::FieldLabel),
            ("期間", Unlikely::FieldLabel),
            ("役割", Unlikely::FieldLabel),
        ] {
            assert_eq!(unlikely(name, false), Some(why), "{name}");
        }
        for name in ["Widgets Holding Co.", "Bank of Foo Inc.", "Acme, St. Louis"] {
            assert_eq!(unlikely(name, false), None, "{name}");
        }
    }

    #[test]
    fn a_degree_with_no_job_in_it_is_no_position() {
        for (org, role) in [
            ("Goethe-Gymnasium Chemnitz", "Abitur"),
            (
                "Université de Namur",
                "Maîtrise en sciences de l'environnement",
            ),
            (
                "Technical College Entrance Qualification (Fachhochschulreife)",
                "State Technical High School in Munich",
            ),
            ("IPW Leipzig", "Weiterbildung Projektmanagement"),
        ] {
            assert_eq!(
                unlikely_position(org, Some(role), false),
                Some(Unlikely::Degree),
                "{role} at {org}"
            );
        }
        for (org, role) in [
            ("Northwind", "Associate Software Engineer"),
            ("Max-Planck-Institut", "Doktorandin"),
            ("State University", "PhD Student"),
            ("Globex", "Master Data Analyst"),
        ] {
            assert_eq!(
                unlikely_position(org, Some(role), false),
                None,
                "{role} at {org}"
            );
        }
    }

    #[test]
    fn proper_names_and_activities() {
        for name in ["Quayside Mobile", "Eccom HK", "Bank of Widgets"] {
            assert!(!not_a_proper_name(name), "{name}");
        }
        for name in [
            "Caltech Hackathon",
            "Developing HTML5 game",
            "Software Engineering Class",
        ] {
            assert!(not_a_proper_name(name), "{name}");
        }
    }

    #[test]
    fn a_document_in_lower_case_may_start_names_so() {
        assert!(lower_case_style(
            ["software engineer", "acme", "Globex"].into_iter()
        ));
        assert!(!lower_case_style(
            ["Software Engineer", "acme", "Globex"].into_iter()
        ));
        assert_eq!(
            unlikely("leading the team", false),
            Some(Unlikely::SentenceMiddle)
        );
        assert_eq!(unlikely("leading the team", true), None);
    }
}
