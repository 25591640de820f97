//! Records written as labelled lines ("Company: Acme" / "Job Title: Engineer" / "From:
//! 07/2024" / "To: 01/2024"), as résumés "for automated parsers" and forms are: the dates are
//! put first, as one date line, and the labelled fields under it, where the entry reader
//! ([`super::entries`]) reads a dated entry's labelled fields.

use super::blocks::{Block, Kind};
use super::cues::role_like;
use super::data_fields::{END, END_WORDS, RANGE_WORDS, START, START_WORDS, norm, words};
use super::dates;
use super::draft::DraftRole;
use super::field_labels::{ORG_MARK, labelled_field, labelled_role};
use super::section_heads::header_shape;

/// What a labelled line holds, by its label.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Start,
    End,
    /// A role or an organisation ("Job Title:", "Company:").
    Named,
    Other,
}

/// The label and value of a line "Label: value" whose label is a short name, not a sentence.
fn labelled(block: &Block) -> Option<(String, String)> {
    if block.kind != Kind::Paragraph {
        return None;
    }
    // "LOCATION:   Richmond, VA": the value may stand apart, in a column of its own.
    let text = match block.parts.as_slice() {
        [text] => text.clone(),
        [label, rest @ ..] if label.trim_end().ends_with(':') => {
            format!("{label} {}", rest.join(" "))
        }
        _ => return None,
    };
    let (label, value) = text.split_once(':')?;
    let label = label.trim();
    let short = (1..=3).contains(&label.split_whitespace().count())
        && label
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '_');
    short.then(|| (label.to_owned(), value.trim().to_owned()))
}

/// The header fragments an outer item gives the dated item nested under it (`before` runs
/// up to that item): its organisation ("- Acme" over "  - Engineer (2019 – 2021)"), or its
/// role when its items label the organisation ("- Ayudante alumno:" over "  - Institución:
/// UNLP" and "  - Período: 2018 - 2020").
pub(super) fn outer_item_header(before: &[Block], parent: &Block) -> Vec<String> {
    let org_mark = super::cues::ORG_MARK;
    let named = before
        .iter()
        .rev()
        .take_while(|b| !std::ptr::eq(*b, parent))
        .filter_map(|b| labelled_field(&b.parts))
        .flatten()
        .filter(|f| f.starts_with(org_mark))
        .last();
    match named {
        Some(org) if parent.text().trim_end().ends_with(':') => {
            let mut header = vec![org];
            header.extend(
                parent
                    .parts
                    .iter()
                    .map(|p| p.trim().trim_end_matches(':').to_owned()),
            );
            header
        }
        _ => parent
            .parts
            .iter()
            .map(|p| format!("{org_mark}{p}"))
            .collect(),
    }
}

/// The date of a line that labels it as a start or an end ("Período: 2018 - 2020" is "2018 -
/// 2020"), if it is one.
pub(super) fn dated_value(text: &str) -> Option<String> {
    let block = Block::new(Kind::Paragraph, text.to_owned(), 0);
    let (label, value) = labelled(&block)?;
    matches!(field(&block, &label, &value), Field::Start | Field::End).then_some(value)
}

/// What a labelled line's label says it holds.
fn field(block: &Block, label: &str, value: &str) -> Field {
    let key = norm(label);
    let key_words = words(label);
    let has = |list: &[&str]| key_words.iter().any(|w| list.contains(&w.as_str()));
    let dated = dates::find(value).is_some();
    if dated && (END.contains(&key.as_str()) || (has(END_WORDS) && !has(START_WORDS))) {
        Field::End
    } else if dated && (START.contains(&key.as_str()) || has(START_WORDS)) {
        Field::Start
    } else if labelled_field(&block.parts).is_some_and(|fields| !fields.is_empty()) {
        Field::Named
    } else {
        Field::Other
    }
}

/// `blocks` with each record of labelled lines that names a role or an organisation and its
/// start dated first: one date line ("07/2024 – 01/2024") where its first line stood, then
/// its other lines in their order.
pub(super) fn dates_first(blocks: Vec<Block>) -> Vec<Block> {
    let mut out = Vec::with_capacity(blocks.len());
    let mut rest = blocks.into_iter().peekable();
    while let Some(first) = rest.next() {
        let Some((label, value)) = labelled(&first) else {
            out.push(first);
            continue;
        };
        let mut record = vec![(field(&first, &label, &value), value, first)];
        // A label alone ("Ayudante alumno:") heads the next record.
        while let Some((label, value)) = rest
            .peek()
            .and_then(labelled)
            .filter(|(_, value)| !value.is_empty())
        {
            let Some(block) = rest.next() else { break };
            record.push((field(&block, &label, &value), value, block));
        }
        // Only the date of a dated value: what a note beside it says ("(Part-time
        // Contractor)", a second range) would be read as the entry's name.
        let value_of = |wanted: Field| {
            record
                .iter()
                .find(|(field, _, _)| *field == wanted)
                .map(|(_, value, block)| {
                    let date = dates::find(value)
                        .and_then(|found| value.get(found.span))
                        .unwrap_or(value);
                    (date.to_owned(), block.at)
                })
        };
        let named = record.iter().any(|(field, _, _)| *field == Field::Named);
        match value_of(Field::Start) {
            Some((start, at)) if named => {
                let range = match value_of(Field::End) {
                    Some((end, _)) => format!("{start} – {end}"),
                    None => start,
                };
                out.push(Block::new(Kind::Paragraph, range, at));
                out.extend(
                    record
                        .into_iter()
                        .filter(|(field, _, _)| !matches!(field, Field::Start | Field::End))
                        .map(|(_, _, block)| block),
                );
            }
            _ => out.extend(record.into_iter().map(|(_, _, block)| block)),
        }
    }
    out
}

/// Whether a block is a labelled detail of an entry ("LOCATION: Richmond, VA", "WEBSITE:
/// https://…", "EMPLOYMENT SPAN: 2019 - 2022"): a label that names neither a role nor an
/// organisation, and no start or end of its own.
pub(super) fn is_detail(block: &Block) -> bool {
    labelled(block).is_some_and(|(label, value)| {
        field(block, &label, &value) == Field::Other
            && !(value.is_empty() && block.words() <= 3 && label.chars().any(char::is_lowercase))
    })
}

/// Whether a line gives a birth date ("Date of birth: 19.07.2000", "出生年月：1998年6月",
/// "Geburtsdatum:"): a date that dates no entry.
pub(super) fn gives_a_birth_date(text: &str) -> bool {
    const BIRTH: &[&str] = &[
        "birth",
        "born",
        "geburt",
        "geboren",
        "né le",
        "née le",
        "nacimiento",
        "nascimento",
        "nascita",
        "urodzenia",
        "рождения",
        "народження",
        "narození",
        "narodenia",
        "doğum",
        "születési",
        "nașterii",
        "naşterii",
        "syntymä",
        "fødselsdato",
        "fødd",
        "född",
        "geboortedatum",
        "出生",
        "出⽣",
        "生年月日",
        "生日",
        "생년월일",
    ];
    let lower = text.to_lowercase();
    // A Latin word starts a word of the line ("Geburtsdatum"), so that "Osborne Clarke"
    // holds no "born"; a word in Chinese or Japanese stands anywhere.
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != ' ')
        .flat_map(str::split_whitespace)
        .collect();
    BIRTH.iter().any(|w| {
        if w.chars().any(super::cue_words::is_cjk) || w.contains(' ') {
            lower.contains(w)
        } else if *w == "born" {
            words.contains(w)
        } else {
            words.iter().any(|word| word.starts_with(w))
        }
    })
}

/// Whether a line gives one of the person's details beside its label ("Familienstand |
/// ledig", "Nationality: French", "Geburtsort  Plovdiv"): theirs, never a line of an
/// entry's header, however it is set.
pub(super) fn gives_a_personal_detail(block: &Block) -> bool {
    const PERSONAL: &[&str] = &[
        "nationality",
        "citizenship",
        "marital",
        "familienstand",
        "staatsangehörigkeit",
        "staatsbürgerschaft",
        "nationalität",
        "nationalité",
        "situation familiale",
        "état civil",
        "nacionalidad",
        "nacionalidade",
        "estado civil",
        "nazionalità",
        "stato civile",
        "obywatelstwo",
        "stan cywilny",
        "гражданство",
        "семейное положение",
        "национальность",
        "uyruk",
        "medeni hal",
        "国籍",
        "婚姻",
        "民族",
        "籍贯",
    ];
    let label = match block.parts.as_slice() {
        [label, _, ..] => label.clone(),
        _ => match block.text().split_once([':', '：']) {
            Some((label, _)) => label.to_owned(),
            None => return false,
        },
    };
    let label = label.trim().to_lowercase();
    label.split_whitespace().count() <= 3
        && !label.is_empty()
        && (PERSONAL.iter().any(|w| label.starts_with(w)) || gives_a_birth_date(&label))
}

/// `blocks` with the labelled details between an organisation's line and its first dated
/// line moved under that dated line ("[ Acme ]" / "LOCATION: …" / "WEBSITE: …" / "# Engineer
/// ~ 2019 to 2022"): the name and the date stand together, as the entry reader reads a
/// header, and the details are the entry's.
pub(super) fn details_below_the_date(blocks: Vec<Block>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    let mut rest = blocks.into_iter().peekable();
    while let Some(block) = rest.next() {
        let after_a_name = out
            .last()
            .is_some_and(|b| !is_detail(b) && b.words() <= 8 && dates::find(&b.text()).is_none());
        if !(after_a_name && is_detail(&block)) {
            out.push(block);
            continue;
        }
        let mut details = vec![block];
        while rest.peek().is_some_and(is_detail) {
            details.extend(rest.next());
        }
        let dated_next = rest
            .peek()
            .is_some_and(|b| b.words() <= 24 && b.parts.iter().any(|p| dates::find(p).is_some()));
        if dated_next {
            out.extend(rest.next());
        }
        out.extend(details);
    }
    out
}

/// `blocks` with the label taken off each line that labels a whole period ("- **Duration:**
/// May 2024 - Present", "Zeitraum: 2018 - 2020"): the label names a field, not the
/// organisation or role of the entry the period dates. Records whose labels tell the start
/// from the end ("From:" / "To:") were put together by [`dates_first`] before.
pub(super) fn period_labels_dropped(blocks: Vec<Block>) -> Vec<Block> {
    blocks
        .into_iter()
        .map(|block| {
            // The label may be a span of its own ("**Duration:**").
            let relabelled = match block.parts.as_slice() {
                _ if matches!(block.kind, Kind::Heading(_)) => None,
                [text] => period_of(text),
                [label, value] if label.trim_end().ends_with(':') => {
                    period_of(&format!("{label} {value}"))
                }
                _ => None,
            };
            match relabelled {
                Some(period) => Block::new(block.kind, period, block.at),
                None => block,
            }
        })
        .collect()
}

/// The period a line "Label: period" gives, when its label names a date field and its value
/// is a range and nothing more.
fn period_of(text: &str) -> Option<String> {
    let (label, value) = text.split_once(':')?;
    let key = norm(label);
    let label_words = words(label);
    let names_a_date = START.contains(&key.as_str())
        || label_words
            .iter()
            .any(|w| START_WORDS.contains(&w.as_str()) || RANGE_WORDS.contains(&w.as_str()));
    let value = value.trim();
    let found = dates::find(value)?;
    (names_a_date && (1..=2).contains(&label_words.len()) && found.end.is_some())
        .then(|| value.to_owned())
}

/// The header of an entry whose fields are labelled under its date line (`blocks[anchor]`),
/// with the blocks it took, or `None` when no field is labelled there.
///
/// Fields labelled as such under the date ("Position: | Data Scientist, Department
/// of Agriculture", "Employer: Acme"): the document says what they are, so they are
/// the header, whatever stood above.
/// A label alone on its line ("Position:") labels the one or two header lines under
/// it.
/// `above` is the header read so far (the lines above the date); `named_by_a_heading`, that
/// the line right above is a heading naming the entry.
pub(super) fn labelled_header(
    blocks: &[Block],
    anchor: usize,
    next_anchor: usize,
    above: &[String],
    named_by_a_heading: bool,
) -> Option<(Vec<usize>, Vec<String>)> {
    let fragments = above;
    let mut labelled: Vec<(usize, Vec<String>)> = Vec::new();
    for k in anchor + 1..next_anchor.min(anchor + 6) {
        // A label alone that names no field ("Ayudante alumno:") heads the next entry.
        if blocks.get(k).is_some_and(|b| {
            b.text().trim_end().ends_with(':') && labelled_field(&b.parts).is_none()
        }) {
            break;
        }
        let Some(fields) = blocks.get(k).and_then(|b| labelled_field(&b.parts)) else {
            continue;
        };
        labelled.push((k, fields.clone()));
        if fields.is_empty() {
            // The lines under an organisation's label alone ("Employer:" / "Acme") name it.
            let label = blocks.get(k);
            let names_the_org =
                label.is_some_and(|b| super::field_labels::labels_an_org(&b.text()));
            // A heading under a label set as a heading is the next label ("*** 公司" /
            // "华为" / "*** 工作描述"), not a value.
            let label_is_a_heading = label.is_some_and(|b| matches!(b.kind, Kind::Heading(_)));
            for under in k + 1..(k + 3).min(next_anchor) {
                match blocks.get(under) {
                    Some(b)
                        if header_shape(b)
                            && labelled_field(&b.parts).is_none()
                            && !(label_is_a_heading && matches!(b.kind, Kind::Heading(_))) =>
                    {
                        let parts = if names_the_org {
                            vec![format!("{ORG_MARK}{}", b.text().trim())]
                        } else {
                            b.parts.clone()
                        };
                        labelled.push((under, parts));
                    }
                    _ => break,
                }
            }
        }
    }
    if labelled.iter().any(|(_, fields)| !fields.is_empty()) {
        // Only roles labelled ("Stanowisko: Web Developer") under a date line that names
        // the organisation by itself ("05.2019 - ∞ CONNECTIS"): the date line's name is
        // the organisation, the label's text the role.
        let roles_only: Vec<String> = labelled
            .iter()
            .filter_map(|(k, _)| blocks.get(*k))
            .filter_map(|b| labelled_role(&b.parts))
            .collect();
        let named_on_the_date_line = blocks
            .get(anchor)
            .map(|b| {
                b.parts
                    .iter()
                    .map(|p| dates::without_date(p))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .map(|t| {
                t.trim_matches(|c: char| !c.is_alphanumeric())
                    .trim()
                    .to_owned()
            })
            .filter(|name| {
                let words: Vec<&str> = name.split_whitespace().collect();
                (1..=5).contains(&words.len())
                    && !role_like(name)
                    && words.iter().all(|w| w.starts_with(char::is_uppercase))
            });
        // The header read so far but its dates and the labelled lines themselves.
        let label_texts: Vec<String> = labelled
            .iter()
            .filter_map(|(k, _)| blocks.get(*k))
            .flat_map(|b| b.parts.iter().cloned().chain([b.text()]))
            .collect();
        let above_the_labels = fragments
            .iter()
            .filter(|f| !dates::only_date(f) && !label_texts.contains(f));
        let header = match named_on_the_date_line {
            Some(org) if !roles_only.is_empty() && roles_only.len() == labelled.len() => {
                let mut header = vec![format!("{ORG_MARK}{org}")];
                header.extend(roles_only);
                header
            }
            // Only roles labelled under a date line that names nothing ("### Acme" over
            // "- Duration: May 2024 - Present" / "- Role: Engineer"): the header above
            // names the organisation.
            None if !roles_only.is_empty()
                && roles_only.len() == labelled.len()
                && named_by_a_heading
                && above_the_labels.clone().next().is_some()
                && !above_the_labels.clone().any(|f| role_like(f)) =>
            {
                let mut header: Vec<String> = above_the_labels
                    .map(|f| format!("{ORG_MARK}{}", f.trim_start_matches(ORG_MARK)))
                    .collect();
                header.extend(roles_only);
                header
            }
            _ => labelled
                .iter()
                .flat_map(|(_, f)| f.iter().cloned())
                .collect(),
        };
        Some((labelled.into_iter().map(|(k, _)| k).collect(), header))
    } else {
        None
    }
}

/// Labels of an entry's place, in the languages résumés are written in.
const PLACE_LABELS: &[&str] = &[
    "location",
    "address",
    "place",
    "city",
    "ort",
    "standort",
    "lieu",
    "ville",
    "ubicación",
    "ubicacion",
    "localização",
    "localizacao",
    "sede",
    "miejsce",
    "plaats",
];
/// Labels of an entry's technologies.
const TECH_LABELS: &[&str] = &[
    "skills",
    "technologies",
    "technology",
    "tech",
    "tech stack",
    "stack",
    "tools",
    "environment",
    "technologies used",
    "tools used",
    "technologien",
    "technologies utilisées",
    "tecnologias",
    "tecnologías",
];

/// An entry's labelled lines taken for what their labels say: the place ("Location:
/// Remote"), the technologies ("Skills: rust, sql"); a label over the lines it introduces
/// ("Description:") is no highlight of its own.
pub(super) fn fields_taken_out(role: &mut DraftRole) {
    let mut highlights = Vec::with_capacity(role.highlights.len());
    for text in std::mem::take(&mut role.highlights) {
        let Some((label, value)) = text.split_once(':') else {
            highlights.push(text);
            continue;
        };
        let label = label.trim().to_lowercase();
        let value = value.trim();
        if value.is_empty() && label.split_whitespace().count() <= 3 {
            continue;
        }
        if PLACE_LABELS.contains(&label.as_str()) && role.location.is_none() {
            role.location = Some(value.to_owned());
        } else if TECH_LABELS.contains(&label.as_str()) && role.tags.is_empty() {
            role.tags = value
                .split([',', ';'])
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_owned)
                .collect();
        } else {
            highlights.push(text);
        }
    }
    role.highlights = highlights;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(texts: &[&str]) -> Vec<Block> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Block::new(Kind::Paragraph, *t, i + 1))
            .collect()
    }

    fn texts(blocks: &[Block]) -> Vec<String> {
        blocks.iter().map(Block::text).collect()
    }

    #[test]
    fn a_labelled_record_is_dated_first() {
        let blocks = lines(&[
            "Company: Northwind Traders",
            "Job Title: Platform Engineer",
            "Location: Remote",
            "From: 10/2023",
            "To: 01/2024",
            "Skills: rust, sql",
        ]);
        assert_eq!(
            texts(&dates_first(blocks)),
            [
                "10/2023 – 01/2024",
                "Company: Northwind Traders",
                "Job Title: Platform Engineer",
                "Location: Remote",
                "Skills: rust, sql",
            ]
        );
    }

    #[test]
    fn a_current_job_has_its_start_alone() {
        let blocks = lines(&["Employer: Contoso", "Position: Analyst", "Start date: 2021"]);
        assert_eq!(
            texts(&dates_first(blocks)),
            ["2021", "Employer: Contoso", "Position: Analyst"]
        );
    }

    #[test]
    fn contact_lines_and_undated_records_stay_as_they_are() {
        let contact = lines(&["Name: Ada Example", "Title: Engineer", "City: Springfield"]);
        assert_eq!(dates_first(contact.clone()), contact);
        // A date in a sentence is not a label's.
        let prose = lines(&["In 2019 we shipped: a new engine", "Company: Contoso"]);
        assert_eq!(dates_first(prose.clone()), prose);
    }

    #[test]
    fn a_birth_date_is_named_as_one_and_no_name_holds_it() {
        for line in [
            "Date of birth: 19.07.2000",
            "Geburtsdatum: 1.2.1990",
            "出生年月：1998年6月",
            "Datum narození: 7. 2. 1992",
            "Doğum Tarihi: 01.02.1995",
        ] {
            assert!(gives_a_birth_date(line), "{line}");
        }
        for line in ["Osborne Clarke  2019 – 2021", "Reborn Studio, 2018"] {
            assert!(!gives_a_birth_date(line), "{line}");
        }
    }

    #[test]
    fn labelled_place_and_technologies_are_fields() {
        let mut role = DraftRole {
            highlights: vec![
                "Location: Remote".into(),
                "Skills: rust, sql".into(),
                "Description:".into(),
                "Cut build times by half: from 20 to 10 minutes.".into(),
            ],
            ..DraftRole::default()
        };
        fields_taken_out(&mut role);
        assert_eq!(role.location.as_deref(), Some("Remote"));
        assert_eq!(role.tags, ["rust", "sql"]);
        assert_eq!(
            role.highlights,
            ["Cut build times by half: from 20 to 10 minutes."]
        );
    }
}
