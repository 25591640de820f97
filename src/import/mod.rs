//! `folio import`: a JSON Resume or a Markdown page (with YAML front matter) → a commented
//! `portfolio.ron` that passes `folio check` with no errors. Figures in the bullets become
//! typed metrics where they are unambiguous ([`figures`]); what folio has no place for is
//! kept as comments at the end of the file and listed, never dropped in silence.
//!
//! Bad input is a [`Diagnostic`] with its line and column, as `folio check` prints them.

mod al_folio;
mod blocks;
mod citation;
mod confidence;
mod counts;
mod cue_words;
mod cues;
mod cv_page;
mod data;
mod data_education;
mod data_employers;
mod data_fields;
mod data_person;
mod data_text;
mod date_words;
mod dates;
mod degrees;
mod document_education;
mod documents;
mod docx;
pub mod draft;
mod entries;
mod entry_gate;
mod entry_groups;
mod entry_lines;
mod field_labels;
pub mod figures;
mod found;
mod json_resume;
mod json_text;
mod labelled_records;
mod lengths;
mod lightweight;
mod linkedin;
mod markdown;
mod markdown_blocks;
mod page_readings;
mod page_text;
mod pdf;
mod pdf_accents;
mod pdf_columns;
mod pdf_fonts;
mod places;
mod plausible;
mod prose;
mod records;
mod rendercv;
mod section_heads;
mod section_words;
mod sentences;
mod theme_data;
mod tokens;

use std::path::Path;

use crate::load::{Diagnostic, Position, Severity};

use draft::{Draft, DraftMeta};

/// The extensions `folio import` reads, for the app's import dialog and dropped files.
pub const IMPORTED_EXTENSIONS: &[&str] = &[
    "pdf", "docx", "json", "yaml", "yml", "toml", "csv", "md", "markdown", "txt", "zip", "adoc",
    "asciidoc", "rst", "org",
];

/// What an import produced.
#[derive(Clone, Debug)]
pub struct Imported {
    /// The portfolio, as commented RON that loads and checks without errors.
    pub ron: String,
    /// Warnings about the input (mojibake, with its line and column).
    pub warnings: Vec<Diagnostic>,
    /// What folio has no place for, one line each ("awards[0]: …"): kept as comments in the
    /// RON too.
    pub unplaced: Vec<String>,
    /// How many positions, metrics and sections were imported, for the summary line.
    pub summary: String,
}

/// Why nothing was imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file could not be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: String,
        /// What the system said.
        source: std::io::Error,
    },
    /// The input is not JSON Resume or Markdown, or has a syntax error there.
    #[error("{0}")]
    Invalid(Box<Diagnostic>),
    /// The input is larger than anything a portfolio made from it could hold.
    #[error(
        "{path} is {size} MB; a résumé is a few hundred KB at most, and the portfolio made from it must stay under folio's {limit} MB: import the résumé itself, not a collection of them"
    )]
    TooLarge {
        /// The file.
        path: String,
        /// Its size in MB.
        size: u64,
        /// folio's limit for a portfolio, in MB.
        limit: u64,
    },
    /// A PDF or Word file with no text folio can read: why, and what to do.
    #[error("{0}")]
    Unreadable(String),
    /// The RON written does not load: a defect in folio, reported rather than written.
    #[error("the imported portfolio does not load, which is a bug in folio import:\n{0}")]
    Output(String),
}

impl ImportError {
    /// An input of `bytes` (or one that would make a portfolio over folio's limit).
    fn too_large(path: &str, bytes: u64) -> Self {
        Self::TooLarge {
            path: path.to_owned(),
            size: bytes.div_ceil(1024 * 1024),
            limit: crate::load::MAX_FILE_BYTES / (1024 * 1024),
        }
    }
}

/// Which format a file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum InputFormat {
    JsonResume,
    Markdown,
    /// RenderCV's cv.yaml, or a JSON Resume written in YAML.
    Yaml,
    /// Records in CSV (LinkedIn's Positions.csv, a spreadsheet of jobs).
    Csv,
    /// Records in TOML (a site's data file).
    Toml,
}

/// Imports the file at `path`.
pub fn import_file(path: &Path) -> Result<Imported, ImportError> {
    let name = path.display().to_string();
    // LinkedIn's data export, unzipped: a folder of CSV files.
    let zipped = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("zip"));
    if path.is_dir() || zipped {
        let export = if zipped {
            linkedin::Export::archive(path)?
        } else {
            linkedin::Export::folder(path)?
        };
        if !export.is_linkedin() {
            return Err(ImportError::Output(format!(
                "{name} is not a LinkedIn export (it has no Positions.csv or Profile.csv): name a resume.json, a page.md, LinkedIn's archive or its unzipped folder"
            )));
        }
        let draft = linkedin::draft(&export)?;
        return finish(draft, &name, 0, Vec::new());
    }
    if let Some(kind) = documents::kind(path) {
        let draft = documents::draft(path, kind)?;
        // Plain text with no dated position may still be a JSON Resume or a Markdown page
        // saved as .txt: read on as before, which says what was expected.
        if !draft.experience.is_empty() || !draft.education.is_empty() || kind != "plain text" {
            return finish(draft, &name, 0, Vec::new());
        }
    }
    // The RON written is larger than its input (comments, quoting): an input of a quarter of
    // folio's limit already risks a portfolio folio refuses.
    let limit = crate::load::MAX_FILE_BYTES / 4;
    if let Ok(meta) = std::fs::metadata(path)
        && meta.len() > limit
    {
        return Err(ImportError::too_large(&name, meta.len()));
    }
    let bytes = std::fs::read(path).map_err(|source| ImportError::Read {
        path: name.clone(),
        source,
    })?;
    let text = String::from_utf8(bytes).map_err(|error| {
        let valid = error.utf8_error().valid_up_to();
        let source = String::from_utf8_lossy(error.as_bytes()).into_owned();
        let position = crate::load::position_of_byte(&source, valid);
        invalid(
            Diagnostic::new(Severity::Error, &name, "the file is not UTF-8 text")
                .at(&source, position, 1)
                .with_hint("save it as UTF-8 and import it again"),
        )
    })?;
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    // AsciiDoc, reStructuredText, Org: read as the Markdown they mean, line for line.
    if let Some(markup) = extension
        .as_deref()
        .and_then(lightweight::Markup::of_extension)
    {
        let markdown = lightweight::to_markdown(&text, markup);
        return import_str(&markdown, &name, Some("md"));
    }
    import_str(&text, &name, extension.as_deref())
}

/// Imports `text`, named `name` in messages; `extension` (lowercase, no dot) decides the
/// format when given, else the text itself does.
pub fn import_str(
    text: &str,
    name: &str,
    extension: Option<&str>,
) -> Result<Imported, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let kind = match extension {
        Some("json") => InputFormat::JsonResume,
        Some("md" | "markdown" | "mdown" | "mkd") => InputFormat::Markdown,
        Some("yaml" | "yml") => InputFormat::Yaml,
        Some("csv") => InputFormat::Csv,
        Some("toml") => InputFormat::Toml,
        _ => sniff(text).ok_or_else(|| {
            invalid(
                Diagnostic::new(
                    Severity::Error,
                    name,
                    "this is neither a JSON Resume nor a Markdown page",
                )
                .at(text, Position { line: 1, column: 1 }, 1)
                .with_hint(
                    "folio imports a JSON Resume (resume.json) or a Markdown page with YAML \
                     front matter (page.md)",
                ),
            )
        })?,
    };
    let mut warnings = mojibake(text, name);
    let draft = match kind {
        InputFormat::JsonResume => {
            let value = json_text::parse(text, name, &mut warnings)?;
            // A résumé folio exported carries the portfolio itself: read back as it was.
            match crate::export::x_folio::carried(&value) {
                Some(Ok(ron)) => return carried(ron, name, warnings),
                Some(Err(why)) => {
                    warnings.push(Diagnostic::whole_file(Severity::Warning, name, why));
                }
                None => {}
            }
            json(&value, text, name)?
        }
        InputFormat::Markdown => {
            let mut draft = markdown_page(text, name)?;
            let body = split_front_matter(text).1;
            page_readings::with_entry_reading(&mut draft, body, name);
            page_read(draft, text, name)?
        }
        InputFormat::Yaml => yaml(text, name, &mut warnings)?,
        InputFormat::Csv => data::csv(text, name)?,
        InputFormat::Toml => data::toml(text, name)?,
    };
    finish(draft, name, text.len(), warnings)
}

/// The portfolio an exported résumé carried, checked as any import is.
fn carried(ron: String, name: &str, warnings: Vec<Diagnostic>) -> Result<Imported, ImportError> {
    let summary = checked_summary(&ron, 0)?;
    Ok(Imported {
        ron,
        warnings,
        unplaced: Vec::new(),
        summary: format!(
            "{summary}; read back from the {} property folio wrote into {name}",
            crate::export::x_folio::KEY
        ),
    })
}

/// The draft as checked RON: tidied, bounded, loaded and checked as folio would, summarised.
fn finish(
    mut draft: Draft,
    name: &str,
    input_len: usize,
    warnings: Vec<Diagnostic>,
) -> Result<Imported, ImportError> {
    draft.tidy();
    let ron = draft::emit(&draft);
    // Never write what `folio check` would refuse for its size.
    if ron.len() as u64 > crate::load::MAX_FILE_BYTES {
        return Err(ImportError::too_large(name, input_len as u64));
    }
    let summary = checked_summary(&ron, draft.unplaced.len())?;
    Ok(Imported {
        ron,
        warnings,
        unplaced: draft
            .unplaced
            .iter()
            .map(|(place, text)| {
                let first = text.lines().next().unwrap_or_default();
                format!("{place}: {first}")
            })
            .collect(),
        summary,
    })
}

/// Loads and checks `ron` as folio would; what it holds, for the summary line.
fn checked_summary(ron: &str, kept_as_comments: usize) -> Result<String, ImportError> {
    let loaded = crate::check::checked(crate::load::load_str(ron, "imported.ron", None))
        .map_err(|error| ImportError::Output(error.to_string()))?;
    if loaded.error_count() > 0 {
        let errors: Vec<String> = loaded
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .map(ToString::to_string)
            .collect();
        return Err(ImportError::Output(errors.join("\n")));
    }
    let portfolio = &loaded.portfolio;
    let metrics = portfolio.all_metrics().len();
    let positions = portfolio.experience.len() + portfolio.research.len();
    Ok(format!(
        "{positions} positions, {metrics} typed metrics, {} education, {} publications, {} \
         projects, {} expertise areas; {kept_as_comments} items kept as comments",
        portfolio.education.len(),
        portfolio.publications.len(),
        portfolio.projects.len(),
        portfolio.expertise.len(),
    ))
}

fn invalid(diagnostic: Diagnostic) -> ImportError {
    ImportError::Invalid(Box::new(diagnostic))
}

fn sniff(text: &str) -> Option<InputFormat> {
    let start = text.trim_start();
    if start.starts_with('{') {
        Some(InputFormat::JsonResume)
    } else if start.starts_with("---") || start.starts_with("+++") || start.starts_with('#') {
        Some(InputFormat::Markdown)
    } else {
        None
    }
}

/// A YAML error at its line and column in the file (`first_line`: where the YAML starts).
fn yaml_error(
    error: &serde_saphyr::Error,
    text: &str,
    name: &str,
    where_: &str,
    first_line: usize,
) -> ImportError {
    let (line, column) = error
        .location()
        .map(|l| (l.line() as usize, l.column() as usize))
        .unwrap_or((1, 1));
    let message = error.to_string();
    let message = message.lines().next().unwrap_or_default().to_owned();
    invalid(
        Diagnostic::new(
            Severity::Error,
            name,
            format!("invalid YAML{where_}: {message}"),
        )
        .at(
            text,
            Position {
                line: line.max(1) + first_line - 1,
                column: column.max(1),
            },
            1,
        ),
    )
}

/// A YAML data file (RenderCV, al-folio, JSON Resume in YAML, any list of records).
fn yaml(text: &str, name: &str, warnings: &mut Vec<Diagnostic>) -> Result<Draft, ImportError> {
    let value = data::yaml_value(text, name, warnings)?;
    data::structured(&value, text, name, "YAML")
}

fn json(value: &serde_json::Value, text: &str, name: &str) -> Result<Draft, ImportError> {
    data::structured(value, text, name, "JSON")
}

/// Front matter folio reads; other keys are listed, not imported.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
struct FrontMatter {
    title: Option<String>,
    heading: Option<String>,
    description: Option<String>,
    keywords: Option<Keywords>,
    permalink: Option<String>,
    #[serde(flatten)]
    other: std::collections::BTreeMap<String, serde::de::IgnoredAny>,
}

/// Keywords as one comma-separated string or a list.
#[derive(Debug, serde::Deserialize)]
#[serde(untagged)]
enum Keywords {
    One(String),
    Many(Vec<String>),
}

fn markdown_page(text: &str, name: &str) -> Result<Draft, ImportError> {
    let mut draft = Draft {
        source_kind: "Markdown",
        source_name: name.to_owned(),
        ..Draft::default()
    };
    let (front, body) = split_front_matter(text);
    let front_value = match front {
        Some(front) => Some(front_matter_value(&front, text, name)?),
        None => None,
    };
    if let Some(value) = &front_value {
        let matter: FrontMatter = data::front_matter(value, &mut draft.unplaced);
        for key in matter.other.keys() {
            if key != "layout" {
                draft
                    .unplaced
                    .push(("front matter".to_owned(), format!("{key} (not imported)")));
            }
        }
        draft.meta = Some(DraftMeta {
            title: matter.title.unwrap_or_default(),
            heading: matter.heading,
            description: matter.description,
            keywords: match matter.keywords {
                Some(Keywords::One(list)) => list
                    .split(',')
                    .map(|k| k.trim().to_owned())
                    .filter(|k| !k.is_empty())
                    .collect(),
                Some(Keywords::Many(list)) => list,
                None => Vec::new(),
            },
            permalink: matter.permalink,
        });
    }
    markdown::body_into(body, &mut draft);
    // A page the seed reader took positions from may still be laid out as a CV page
    // ("### Role | Company | Place" over "**Responsibilities:**" lines, which the seed reader
    // takes for organisations): the reader that finds more whole positions wins.
    let mut as_cv_page =
        draft.experience.is_empty() && draft.research.is_empty() && draft.education.is_empty();
    if !as_cv_page {
        let mut cv = Draft::default();
        cv_page::body_into(body, &mut cv);
        if whole_positions(&cv) > whole_positions(&draft) {
            draft.experience.clear();
            draft.research.clear();
            draft.teaching.clear();
            draft.education.clear();
            as_cv_page = true;
        }
    }
    // Not the seed page's layout: a Hugo page's front-matter lists, or a CV page's sections
    // of dated list items or headings.
    if as_cv_page {
        if let Some(matter) = &front_value {
            cv_page::front_matter_into(matter, &mut draft);
            let read = ["experience", "work", "positions", "employment", "education"];
            draft.unplaced.retain(|(place, text)| {
                place != "front matter"
                    || !read.iter().any(|key| text.starts_with(&format!("{key} (")))
            });
        }
        let count = |d: &Draft| (d.experience.len(), d.education.len(), d.publications.len());
        let before = count(&draft);
        cv_page::body_into(body, &mut draft);
        if count(&draft) != before {
            // The seed reader kept these lines as comments; what the CV reader took from them
            // is imported now, and a comment repeating it is noise.
            let taken: Vec<String> = draft
                .experience
                .iter()
                .flat_map(|r| {
                    r.highlights
                        .iter()
                        .cloned()
                        .chain(r.role.clone())
                        .chain(Some(r.organisation.clone()))
                })
                .chain(draft.education.iter().map(|e| e.institution.clone()))
                .chain(draft.publications.iter().filter_map(|p| p.title.clone()))
                .filter(|t| t.len() > 3)
                .collect();
            draft.unplaced.retain(|(place, text)| {
                let of_taken = |s: &str| taken.iter().any(|t| s.contains(t.as_str()));
                let dates_of_taken = of_taken(place)
                    && cv_page::date_range(text)
                        .is_some_and(|(_, _, rest)| rest.split_whitespace().count() <= 3);
                place == "front matter" || !(of_taken(text) || dates_of_taken)
            });
        }
    }
    let nothing_else = draft.experience.is_empty()
        && draft.research.is_empty()
        && draft.teaching.is_empty()
        && draft.education.is_empty()
        && draft.projects.is_empty()
        && draft.expertise.is_empty();
    // An "about" page (al-folio's, a Jekyll or Hugo home page): its opening paragraphs are
    // the person's summary, and its description their headline.
    if nothing_else && draft.summary.is_empty() {
        let opening = cv_page::opening_paragraphs(body);
        if !opening.is_empty() {
            // What the seed reader kept as comments of these paragraphs is imported now.
            let joined = opening.join(" ");
            draft.unplaced.retain(|(place, text)| {
                let head: String = text.chars().take(30).collect();
                place != "page" || !joined.contains(&head)
            });
            draft.summary = opening;
            if draft.headline.is_none() {
                draft.headline = draft
                    .meta
                    .as_ref()
                    .and_then(|m| m.description.as_deref())
                    .map(cv_page::without_tags)
                    .filter(|d| !d.is_empty());
            }
        }
    }
    Ok(draft)
}

/// A page's draft is refused when nothing was read from it; its headline is the first role when
/// the page names none.
fn page_read(mut draft: Draft, text: &str, name: &str) -> Result<Draft, ImportError> {
    let empty = draft.experience.is_empty()
        && draft.research.is_empty()
        && draft.teaching.is_empty()
        && draft.education.is_empty()
        && draft.projects.is_empty()
        && draft.expertise.is_empty()
        && draft.summary.is_empty();
    if empty {
        return Err(invalid(
            Diagnostic::new(
                Severity::Error,
                name,
                "found no positions, education, projects, skills or summary in this page",
            )
            .at(text, Position { line: 1, column: 1 }, 1)
            .with_hint(
                "folio reads dated entries (`### Engineer at Acme (2019 - 2021)`, \
                 `**Acme** · Engineer · Jan 2019 – Present`) under a heading such as \
                 Experience or Work, followed by their bullets; see docs/import.md",
            ),
        ));
    }
    if draft.headline.is_none() {
        draft.headline = draft
            .experience
            .first()
            .or(draft.research.first())
            .and_then(|role| role.role.clone());
    }
    Ok(draft)
}

/// Positions with a role and an organisation that is not a label ("Responsibilities:").
fn whole_positions(draft: &Draft) -> usize {
    draft.teaching.len()
        + draft
            .experience
            .iter()
            .chain(&draft.research)
            .filter(|r| {
                r.role.as_deref().is_some_and(|t| !t.trim().is_empty())
                    && !r.organisation.trim().is_empty()
                    && !r.organisation.trim_end_matches(['*', '_']).ends_with(':')
            })
            .count()
}

/// A page's front matter: YAML between `---` lines (Jekyll, Hugo) or TOML between `+++`
/// lines (Hugo).
struct Front<'a> {
    text: &'a str,
    toml: bool,
}

/// The front matter and the rest of the page.
fn split_front_matter(text: &str) -> (Option<Front<'_>>, &str) {
    for (fence, toml) in [("---", false), ("+++", true)] {
        let Some(rest) = text
            .strip_prefix(fence)
            .and_then(|r| r.strip_prefix('\n').or_else(|| r.strip_prefix("\r\n")))
        else {
            continue;
        };
        let mut offset = 0;
        for line in rest.split_inclusive('\n') {
            if line.trim_end() == fence {
                let front = rest.get(..offset).unwrap_or_default();
                let body = rest.get(offset + line.len()..).unwrap_or_default();
                return (Some(Front { text: front, toml }), body);
            }
            offset += line.len();
        }
    }
    (None, text)
}

/// The front matter as a value, or the error at its line and column in the page (which
/// starts on the page's second line).
fn front_matter_value(
    front: &Front<'_>,
    page: &str,
    name: &str,
) -> Result<serde_json::Value, ImportError> {
    if front.text.trim().is_empty() {
        return Ok(serde_json::Value::Object(serde_json::Map::new()));
    }
    if !front.toml {
        return serde_saphyr::from_str(front.text)
            .map_err(|error| yaml_error(&error, page, name, " in the front matter", 2));
    }
    toml::from_str::<serde_json::Value>(front.text).map_err(|error| {
        let at = error.span().map_or(0, |span| span.start);
        let mut position = crate::load::position_of_byte(front.text, at);
        position.line += 1;
        let message = error.message().to_owned();
        invalid(
            Diagnostic::new(
                Severity::Error,
                name,
                format!("invalid TOML in the front matter: {message}"),
            )
            .at(page, position, 1),
        )
    })
}

/// Mojibake in the input, with its line and column, as `folio check` reports it.
fn mojibake(text: &str, name: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (index, line) in text.lines().enumerate() {
        for found in crate::load::text::find_mojibake(line) {
            let column = found.offset + 1;
            out.push(
                Diagnostic::new(
                    Severity::Warning,
                    name,
                    format!(
                        "`{}` looks like mojibake of `{}`; imported as written",
                        found.garbled, found.repaired
                    ),
                )
                .at(
                    text,
                    Position {
                        line: index + 1,
                        column,
                    },
                    found.garbled.chars().count(),
                )
                .with_hint(format!(
                    "the text was decoded with the wrong encoding; replace `{}` with `{}`",
                    found.garbled, found.repaired
                )),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(entry_dates: &str, bullet: &str) -> String {
        format!(
            "## Professional Experience\n\n**Engineer** <br />\n**Acme - Oslo** <br />\n_{entry_dates}_\n\n- {bullet}\n"
        )
    }

    #[test]
    fn a_period_that_ends_before_it_starts_is_kept_as_a_comment() {
        // Found by the fuzzer: the check refuses such a period, so the import must not write it.
        let imported = import_str(
            &page("July 2091 to December 2024", "Did things."),
            "p.md",
            Some("md"),
        )
        .expect("imports");
        assert!(imported.ron.contains("organisation: \"Acme\""));
        assert!(!imported.ron.contains("start: \"July 2091\""));
        assert!(
            imported.unplaced.iter().any(|u| u.contains("2091")),
            "{:?}",
            imported.unplaced
        );
    }

    #[test]
    fn a_text_longer_than_folio_takes_is_kept_as_a_comment() {
        let long = "word ".repeat(5_000);
        let imported =
            import_str(&page("2020 to 2021", &long), "p.md", Some("md")).expect("imports");
        assert!(imported.ron.contains("too long for folio"));
        assert!(
            imported
                .unplaced
                .iter()
                .any(|u| u.starts_with("Acme: word word"))
        );
    }
}
