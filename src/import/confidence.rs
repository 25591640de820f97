//! How likely an entry the entry reader ([`super::entries`]) found is a position a reader of
//! the file sees. The reader's cues each decide a little (a date, a role word, a line above);
//! their failures are many small ones that no one cue catches: a project's title with a year,
//! a course, a sentence broken at a date. One score over all of them, fitted on the positions
//! written down by hand for the development rounds of the résumé corpus
//! (`bench/corpus/fit_confidence.py`), keeps an entry only when it is more likely a position
//! than not; one left out is kept as a comment, not dropped.

use super::cues::{org_like, role_like};

/// What the entry reader knows of one entry, to be scored.
#[derive(Clone, Debug, Default)]
pub struct Entry<'a> {
    /// The organisation read, borrowed or taken from the role.
    pub organisation: &'a str,
    /// The role read, if any.
    pub role: Option<&'a str>,
    /// The organisation was another entry's, an employer over several roles.
    pub borrowed: bool,
    /// Lines of its header.
    pub header_lines: usize,
    /// Lines after its header.
    pub highlights: usize,
    /// Its date range has an end ("present" included).
    pub has_end: bool,
    /// Its start names a month.
    pub month_known: bool,
    /// A heading named the section a job history.
    pub under_a_heading: bool,
    /// Its header stands above its date line.
    pub header_above: bool,
    /// How many entries the reader found in the file.
    pub entries_in_file: usize,
    /// What kind of document it came from ("PDF", "Word document", "Markdown", …).
    pub kind: &'a str,
}

/// How many numbers describe an entry.
pub const FEATURES: usize = 23;

/// The names of [`features`]' numbers, in order, as the fitting script prints them.
pub const FEATURE_NAMES: [&str; FEATURES] = [
    "bias",
    "org_like(org)",
    "role named",
    "role_like(role)",
    "role_like(org)",
    "org_like(role)",
    "borrowed",
    "ln org words",
    "ln role words",
    "org has digit",
    "org separator left",
    "org starts lower",
    "org all caps",
    "org ends with period",
    "ln header lines",
    "ln highlights",
    "has end",
    "month known",
    "under a heading",
    "header above",
    "ln entries in file",
    "pdf or word",
    "markdown",
];

fn flag(b: bool) -> f32 {
    if b { 1.0 } else { 0.0 }
}

fn ln_count(n: usize) -> f32 {
    // Counts are small; f32 holds them exactly.
    #[allow(clippy::cast_precision_loss)]
    (1.0 + n as f32).ln()
}

/// The numbers that describe `entry`, in the order of [`FEATURE_NAMES`].
pub fn features(entry: &Entry) -> [f32; FEATURES] {
    let org = entry.organisation.trim();
    let role = entry.role.map(str::trim).filter(|r| !r.is_empty());
    let letters: Vec<char> = org.chars().filter(|c| c.is_alphabetic()).collect();
    let all_caps = letters.len() >= 2 && letters.iter().all(|c| !c.is_lowercase());
    [
        1.0,
        flag(org_like(org)),
        flag(role.is_some()),
        flag(role.is_some_and(role_like)),
        flag(role_like(org)),
        flag(role.is_some_and(org_like)),
        flag(entry.borrowed),
        ln_count(org.split_whitespace().count()),
        ln_count(role.map_or(0, |r| r.split_whitespace().count())),
        flag(org.chars().any(|c| c.is_ascii_digit())),
        flag(org.contains([',', ';', '|', '(', ')', ':'])),
        flag(
            org.chars()
                .next()
                .is_some_and(|c| c.is_lowercase() || !c.is_alphanumeric()),
        ),
        flag(all_caps),
        flag(org.ends_with('.')),
        ln_count(entry.header_lines),
        ln_count(entry.highlights),
        flag(entry.has_end),
        flag(entry.month_known),
        flag(entry.under_a_heading),
        flag(entry.header_above),
        ln_count(entry.entries_in_file),
        flag(matches!(entry.kind, "PDF" | "Word document")),
        flag(entry.kind == "Markdown"),
    ]
}

/// Weights of [`features`], fitted by `bench/corpus/fit_confidence.py` (logistic regression
/// on the development rounds' positions: 1 for an entry that is a position as written down,
/// 0 for one that is not).
const WEIGHTS: [f32; FEATURES] = [
    -2.251, 1.123, 1.067, 2.384, -1.302, -0.184, -1.512, -0.370, -0.556, 0.271, 0.251, -0.343,
    0.171, 0.257, -0.078, 0.257, 0.700, 0.181, 0.981, -0.435, 0.284, -0.993, -0.035,
];

/// An entry is kept when its likelihood is at least this, chosen on the development rounds.
pub const KEEP_AT: f32 = 0.3;

/// How likely `entry` is a position, from 0 to 1.
pub fn likelihood(entry: &Entry) -> f32 {
    let z: f32 = features(entry)
        .iter()
        .zip(WEIGHTS.iter())
        .map(|(x, w)| x * w)
        .sum();
    1.0 / (1.0 + (-z).exp())
}

/// On standard error when `FOLIO_IMPORT_FEATURES` is set: each entry's numbers, for the
/// fitting script.
pub fn show_if_asked(entry: &Entry, start: Option<&str>) {
    if std::env::var_os("FOLIO_IMPORT_FEATURES").is_some() {
        let numbers: Vec<String> = FEATURE_NAMES
            .iter()
            .zip(features(entry))
            .map(|(name, x)| format!("{name}={x}"))
            .collect();
        eprintln!(
            "folio-entry\t{}\t{}\t{}\t{}",
            entry.organisation.replace('\t', " "),
            entry.role.unwrap_or_default().replace('\t', " "),
            start.unwrap_or_default(),
            numbers.join(";")
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry<'a>(organisation: &'a str, role: Option<&'a str>) -> Entry<'a> {
        Entry {
            organisation,
            role,
            header_lines: 1,
            has_end: true,
            month_known: true,
            under_a_heading: true,
            entries_in_file: 4,
            kind: "PDF",
            ..Entry::default()
        }
    }

    #[test]
    fn a_role_at_an_organisation_under_a_job_history_is_kept() {
        let job = entry("Northwind Traders Inc", Some("Senior Software Engineer"));
        assert!(likelihood(&job) >= KEEP_AT, "{}", likelihood(&job));
    }

    #[test]
    fn a_language_and_a_sentence_with_a_year_outside_any_job_history_are_left_out() {
        // A skills column read beside a date: "Anglais" over "Développement d'une application
        // de création de quiz" (2016), in a PDF with no job-history heading.
        let mut skills = entry(
            "Anglais",
            Some("Développement d’une application de création de quiz en ligne"),
        );
        skills.under_a_heading = false;
        skills.has_end = false;
        skills.month_known = false;
        assert!(likelihood(&skills) < KEEP_AT, "{}", likelihood(&skills));
    }

    #[test]
    fn each_cue_moves_the_score_the_way_its_weight_says() {
        let job = entry("Contoso", Some("Developer"));
        let mut borrowed = job.clone();
        borrowed.borrowed = true;
        assert!(likelihood(&borrowed) < likelihood(&job));
        let mut no_role = job.clone();
        no_role.role = None;
        assert!(likelihood(&no_role) < likelihood(&job));
        assert_eq!(features(&job).len(), FEATURE_NAMES.len());
    }
}
