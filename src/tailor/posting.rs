//! A job posting as pasted from a careers page (plain text, Markdown, or HTML pasted as text)
//! read into the requirements it states: each bullet or sentence under a heading, with what
//! the heading says about it (must, nice to have, responsibilities, or nothing to match:
//! benefits, about us).

use super::heading::{self, SectionKind};
use super::lines::{
    about_us, conditions_of_hire, describes_role, fair_hiring, gives_a_duty, introduces_values,
    labelled, lead_in, names_the_company, opens_with_pay, posting_field, says_nice, sentences,
    tidy, without_lead_in, years_asked,
};
use super::paste;
use super::posting_blocks::{Block, Entry, blocks, show_if_asked};
use super::prose_asks::{
    asks_for_answers, asks_in_prose, asks_years_of_experience, pitch_question, says_it_is_required,
};
pub use super::requirement::{Requirement, RequirementKind};
use super::shape;
use super::terms;

/// The longest posting read: a long one is a few pages, 20 KB; more is not a posting.
pub const MAX_BYTES: usize = 200 * 1024;

/// Why a posting cannot be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PostingError {
    /// Nothing but whitespace.
    #[error("the posting is empty: paste the job posting's text into the file")]
    Empty,
    /// Over [`MAX_BYTES`].
    #[error(
        "the posting is {size} KB; a job posting is a few KB: save only the posting's text (at most {} KB)",
        MAX_BYTES / 1024
    )]
    TooLong {
        /// Its size in KB.
        size: usize,
    },
    /// Not text: NUL bytes or not UTF-8.
    #[error("the posting is not text (it has {what}): save the posting as plain text, or paste it")]
    NotText {
        /// What gave it away.
        what: &'static str,
    },
}

/// Reads a posting's bytes into its requirements.
pub fn read(bytes: &[u8]) -> Result<Vec<Requirement>, PostingError> {
    if bytes.len() > MAX_BYTES {
        return Err(PostingError::TooLong {
            size: bytes.len().div_ceil(1024),
        });
    }
    if bytes.contains(&0) {
        return Err(PostingError::NotText { what: "NUL bytes" });
    }
    let text = std::str::from_utf8(bytes).map_err(|_not_utf8| PostingError::NotText {
        what: "bytes that are not UTF-8",
    })?;
    if text.trim().is_empty() {
        return Err(PostingError::Empty);
    }
    let text = if paste::looks_like_html(text) {
        paste::html_to_text(text)
    } else {
        text.to_owned()
    };
    Ok(requirements(&text))
}

/// The requirements in a posting's text.
pub fn requirements(text: &str) -> Vec<Requirement> {
    let text = paste::clean(text);
    let blocks = blocks(&text);
    show_if_asked(&blocks);
    // A list whose heading says nothing of it is what its lines are; a list of perks is one
    // under any heading. Then only its bullets are read, not the lines about it.
    let overridden: Vec<Option<SectionKind>> = blocks.iter().map(by_its_lines).collect();
    let asked = blocks
        .iter()
        .zip(&overridden)
        .any(|(b, o)| o.unwrap_or(b.kind).asks() && !b.entries.is_empty());
    // The kinds of ask some block lists; prose alone under such a heading elsewhere ("Your
    // role & mission" above "Responsibilities" and its bullets) describes the job.
    let listing: Vec<SectionKind> = blocks
        .iter()
        .zip(&overridden)
        .filter(|(b, _)| b.entries.iter().any(|e| e.marked))
        .map(|(b, o)| o.unwrap_or(b.kind))
        .collect();
    let mut out: Vec<Requirement> = Vec::new();
    for (index, (block, overridden)) in blocks.iter().zip(overridden).enumerate() {
        let runs = bullet_runs(block);
        let mut unasked = unasked_runs(block, &runs);
        // The paste's first short lines are its header (title, company, place), asked of
        // nobody, even where no heading follows them to say where the header ends.
        if index == 0 && block.kind == SectionKind::Header {
            let title_lines = block
                .entries
                .iter()
                .take(5)
                .enumerate()
                .take_while(|(n, e)| {
                    // "Acme - Engineer - REMOTE (US) - Full-time": its dashes are no words.
                    let words = e
                        .text
                        .split_whitespace()
                        .filter(|w| w.chars().any(char::is_alphanumeric))
                        .count();
                    // The title may name the employer and the place in brackets ("Senior
                    // Engineer, Android (Acme LLC, Dallas, TX)").
                    let most = if *n == 0 { 16 } else { 8 };
                    !e.marked && words <= most && !e.text.trim_end().ends_with(['.', ':', ';'])
                })
                .count();
            unasked.iter_mut().take(title_lines).for_each(|u| *u = true);
        }
        // A posting without the usual headings: read its lists wherever they are, and prose
        // naming a technology or years, except under headings that ask nothing.
        let kind = match overridden.unwrap_or(block.kind) {
            kind if kind.asks() => kind,
            SectionKind::Header | SectionKind::Role if !asked => SectionKind::Requirements,
            // A list under "About the role" lists the job's duties.
            SectionKind::Role => SectionKind::Responsibilities,
            // Who may be hired is asked wherever the posting says it ("U.S. citizens and
            // those authorized to work in the U.S. will be considered" after the perks).
            kind => {
                out.extend(eligibility_in(block, &unasked));
                for (entry, run) in block.entries.iter().zip(asked_runs(block, &runs)) {
                    if let Some(run) = run {
                        out.extend(requirement(&tidy(&entry.text), run, true));
                    }
                }
                // The job's own introduction may still say what the hire must bring ("We are
                // seeking an engineer with 3+ years of Go"), not the company's or the perks'.
                if matches!(
                    kind,
                    SectionKind::Header
                        | SectionKind::Role
                        | SectionKind::Other
                        | SectionKind::Team
                ) {
                    out.extend(asked_in_prose(block, &unasked));
                }
                continue;
            }
        };
        // Prose under a heading that asks nothing: only what names a technology or years.
        let fallback = !block.kind.asks();
        let listed = block.entries.iter().any(|e| e.listed);
        // Prose about a role whose asks are listed elsewhere: only the duties it hands the
        // hire, whether its lines were broken as a list's are or not.
        let role_prose = block.kind == SectionKind::Role && asked;
        // The short items nested under a line that introduces the company's values ("• Live
        // our core values in all you do:" / "– Be Kind and Care") name the values, not asks;
        // an item marked as that line is ends them.
        let mut values_under: Option<Option<(usize, char)>> = None;
        // The bullets after a paragraph that ends introducing the values ("… Our Core Values
        // shape our work:") are the values, however long each is.
        let mut values_after_prose = false;
        // The bullets after "send a cover letter … with answers to:" are the application's
        // questions, not what the job asks.
        let mut questions_after_prose = false;
        for (entry, unasked) in block.entries.iter().zip(unasked) {
            if !entry.listed {
                let trimmed = entry.text.trim_end();
                let last = sentences(trimmed).last().cloned().unwrap_or_default();
                values_after_prose = trimmed.ends_with(':') && introduces_values(&last);
                questions_after_prose = trimmed.ends_with(':') && asks_for_answers(&last);
            }
            if questions_after_prose && entry.marked {
                continue;
            }
            if overridden.is_some() && !entry.marked || unasked || posting_field(&entry.text) {
                continue;
            }
            // Perks still among the duties read under a perks' heading ("A remote-first
            // environment…" after "Rotate through on-call…").
            if overridden.is_some_and(SectionKind::asks)
                && block.kind == SectionKind::Benefits
                && !shape::asks_or_gives_a_duty(&entry.text)
            {
                continue;
            }
            if entry.listed {
                if values_after_prose && entry.marked {
                    continue;
                }
                let text = without_lead_in(&entry.text);
                let naming_a_value = values_under.is_some_and(|intro| entry.mark != intro)
                    && text.split_whitespace().count() <= 6;
                if !naming_a_value {
                    values_under =
                        (lead_in(&text) && introduces_values(&text)).then_some(entry.mark);
                }
                if naming_a_value {
                    continue;
                }
                if lead_in(&text)
                    || about_us(&text)
                    || (role_prose
                        && !entry.marked
                        && (describes_role(&text) || !gives_a_duty(&text)))
                {
                    continue;
                }
                out.extend(requirement(&tidy(&text), kind, true));
            } else if !listed || fallback || labelled(&entry.text) {
                if fair_hiring(&entry.text) {
                    out.extend(eligibility_of(&entry.text));
                    continue;
                }
                if role_prose
                    && !sentences(&entry.text).iter().any(|sentence| {
                        gives_a_duty(sentence)
                            || says_it_is_required(sentence)
                            || asks_in_prose(sentence)
                    })
                {
                    out.extend(eligibility_of(&entry.text));
                    continue;
                }
                // Prose alone where a list elsewhere holds the asks of its kind describes the
                // job, but for what it says in so many words: a responsibility handed to the
                // hire ("As a Senior Engineer, you will be responsible for…", "You will be
                // responsible for…", not "you'll be at the forefront of…"), a skill required
                // ("… is a must").
                let described = !listed && !fallback && listing.contains(&kind);
                // Prose beside a list introduces it; prose alone under a heading that asks
                // is what it asks, sentence by sentence.
                for sentence in sentences(&entry.text) {
                    let sentence = tidy(&sentence);
                    let duty = gives_a_duty(&sentence);
                    let required = says_it_is_required(&sentence);
                    let lower = sentence.to_lowercase().replace('’', "'");
                    // "… you'll leverage your expertise in React, GraphQL and three.js to
                    // build …": the hire's own tools, named.
                    // "You'll be joining a team responsible for …" describes the team.
                    let tools_of_the_hire = !terms::technologies(&sentence).is_empty()
                        && ["you'll", "you will", "your "]
                            .iter()
                            .any(|w| lower.contains(w))
                        && !lower.contains("join");
                    let asks = asks_in_prose(&sentence);
                    let in_so_many_words = required || asks || duty || tools_of_the_hire;
                    if described && !in_so_many_words {
                        continue;
                    }
                    if lead_in(&sentence)
                        || names_the_company(&sentence)
                        || (describes_role(&sentence) && !asks)
                        || (role_prose && !duty && !required && !asks)
                    {
                        continue;
                    }
                    out.extend(requirement(&sentence, kind, !fallback || in_so_many_words));
                }
            } else if block.stated
                && sentences(&entry.text).len() == 1
                && !lead_in(&entry.text)
                && (asks_years_of_experience(&entry.text)
                    || says_it_is_required(&entry.text)
                    || asks_in_prose(&entry.text))
            {
                // A line of its own among the asks' lists that asks in so many words ("12+
                // total years of hands-on experience in…" between "7+ years in each of the
                // following:" lists): an ask, not their introduction.
                out.extend(requirement(&tidy(&entry.text), kind, true));
            } else if !fair_hiring(&entry.text) {
                // A paragraph beside a list of asks may still say who may be hired ("Work
                // must be performed from within the United States."); the employer's
                // statement of its hiring policy is boilerplate there.
                out.extend(eligibility_of(&entry.text));
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|r| seen.insert(r.text.to_lowercase()));
    out
}

/// The sentences of a block that asks nothing which say who may be hired, except its
/// `unasked` lines (a header's title and place).
fn eligibility_in(block: &Block, unasked: &[bool]) -> Vec<Requirement> {
    asked_entries(block, unasked)
        .flat_map(|entry| eligibility_of(&entry.text))
        .collect()
}

/// A block's entries but its `unasked` lines (a header's title and place).
fn asked_entries<'a>(block: &'a Block, unasked: &'a [bool]) -> impl Iterator<Item = &'a Entry> {
    block
        .entries
        .iter()
        .zip(unasked.iter().chain(std::iter::repeat(&false)))
        .filter(|(_, unasked)| !**unasked)
        .map(|(entry, _)| entry)
}

/// The sentences of a block that asks nothing which ask for a skill all the same
/// ([`asks_in_prose`]), except its `unasked` lines.
fn asked_in_prose(block: &Block, unasked: &[bool]) -> Vec<Requirement> {
    asked_entries(block, unasked)
        .filter(|entry| !entry.listed)
        .flat_map(|entry| sentences(&entry.text))
        .map(|sentence| tidy(&sentence))
        // "Would you like to build a large-scale app in Angular?": the pitch asks what the
        // reader wants, not what they bring ("Tu es à l'aise avec le C# ?" asks).
        .filter(|sentence| !pitch_question(sentence))
        .filter_map(|sentence| {
            // "You will play a key role in improving…" in the introduction: a duty handed
            // to the hire, as a list of them would.
            let kind = if asks_in_prose(&sentence) {
                SectionKind::Requirements
            } else if gives_a_duty(&sentence) {
                SectionKind::Responsibilities
            } else {
                return None;
            };
            requirement(&sentence, kind, true)
        })
        .collect()
}

/// The sentences of `text` that say who may be hired, as conditions to confirm.
fn eligibility_of(text: &str) -> Vec<Requirement> {
    conditions_of_hire(text)
        .into_iter()
        .map(Requirement::to_confirm)
        .collect()
}

/// What a block's bullets say it is when its heading does not say so ("Why Acme needs
/// you" over duties, "Get in on it:" over perks): see [`shape::list_kind`].
fn by_its_lines(block: &Block) -> Option<SectionKind> {
    // "Bonuses" over "- white salary and annual bonuses;" / "- flexible schedule;": a list
    // that opens with the pay lists what the job gives, whatever its heading says.
    if block
        .entries
        .iter()
        .find(|e| e.marked)
        .is_some_and(|first| opens_with_pay(&first.text))
    {
        return Some(SectionKind::Benefits);
    }
    let bullets = block.entries.iter().filter(|e| e.marked);
    let found = shape::list_kind(bullets.map(|e| e.text.as_str()))?;
    let overrides = match found {
        // Under a heading that says it asks ("Bonus points:"), each run of perks is judged
        // alone (`unasked_runs`): the asks before them stay asks.
        SectionKind::Benefits => !(block.stated && block.kind.asks()),
        SectionKind::Company => matches!(block.kind, SectionKind::Header | SectionKind::Role),
        // A list under a heading that says it asks nothing (a stack's, a location's: "Our
        // tech stack" / "• We use Node.js + Express…") names technologies as asks do.
        SectionKind::Requirements | SectionKind::Responsibilities
            if block.stated && block.kind == SectionKind::Other =>
        {
            false
        }
        // "What you can expect:" over "Own the design…", "Drive the development…": duties
        // under a heading that perks are often under, when nearly every line is one.
        SectionKind::Requirements | SectionKind::Responsibilities
            if block.kind == SectionKind::Benefits =>
        {
            let marked: Vec<&Entry> = block.entries.iter().filter(|e| e.marked).collect();
            let asking = marked
                .iter()
                .filter(|e| shape::asks_or_gives_a_duty(&e.text))
                .count();
            asking * 4 >= marked.len() * 3
        }
        _ => matches!(
            block.kind,
            SectionKind::Header | SectionKind::Company | SectionKind::Team | SectionKind::Other
        ),
    };
    overrides.then_some(found)
}

/// Which entries of a block are in a run of bullets that asks nothing, perks or the pieces
/// of the product: a paragraph ("Equity: we also offer…", "Some early work might include:")
/// may start such a list under the heading of the list before it, with no heading of its
/// own. Each run of bullets between paragraphs is judged alone, by [`shape::list_kind`].
fn unasked_runs(block: &Block, runs: &[BulletRun]) -> Vec<bool> {
    let mut out = vec![false; block.entries.len()];
    for run in runs {
        // "Some of the great perks we offer include:" over a list no shape names: perks, by
        // name ("you can expect that:" over what the first weeks hold is no pitch).
        let introduced_as_perks = lead_in_before(block, run.start).is_some_and(|text| {
            let lower = text.to_lowercase();
            heading::classify(text) == Some(SectionKind::Benefits)
                && ["perk", "benefit"].iter().any(|w| lower.contains(w))
        });
        if matches!(run.kind, Some(SectionKind::Benefits | SectionKind::Team))
            || (introduced_as_perks && run.kind.is_none())
        {
            out.iter_mut()
                .skip(run.start)
                .take(run.end - run.start)
                .for_each(|p| *p = true);
        }
    }
    out
}

/// The runs of bullets of a block that asks nothing which ask all the same, each entry with
/// the kind of its run: a list of asks or duties right after a line that introduces it
/// ("These are the core competencies this role calls for:"), in a block that also holds the
/// perks, so that the block as a whole is no list of asks.
fn asked_runs(block: &Block, runs: &[BulletRun]) -> Vec<Option<SectionKind>> {
    let mut out = vec![None; block.entries.len()];
    for run in runs {
        if lead_in_before(block, run.start).is_some() && run.kind.is_some_and(SectionKind::asks) {
            out.iter_mut()
                .skip(run.start)
                .take(run.end - run.start)
                .for_each(|p| *p = run.kind);
        }
    }
    out
}

/// The text of the line right before entry `start` when it introduces a list (not a bullet,
/// ending in a colon).
fn lead_in_before(block: &Block, start: usize) -> Option<&str> {
    let entry = block.entries.get(start.checked_sub(1)?)?;
    (!entry.marked && entry.text.trim_end().ends_with(':')).then_some(entry.text.as_str())
}

/// A run of bullets of a block, from its first entry to past its last, with what its lines
/// say it is ([`shape::list_kind`]).
struct BulletRun {
    start: usize,
    end: usize,
    kind: Option<SectionKind>,
}

/// Each run of bullets of a block: the bullets between two lines that are no bullets, or a
/// bullet that follows a label.
fn bullet_runs(block: &Block) -> Vec<BulletRun> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < block.entries.len() {
        let end = block
            .entries
            .iter()
            .enumerate()
            .skip(start)
            .position(|(i, e)| !e.marked || i > start && e.after_label)
            .map_or(block.entries.len(), |n| start + n);
        if end > start {
            let run = block.entries.get(start..end).unwrap_or_default();
            let kind = shape::list_kind(run.iter().map(|e| e.text.as_str()));
            out.push(BulletRun { start, end, kind });
        }
        start = match block.entries.get(end) {
            Some(e) if e.marked => end,
            _ => end + 1,
        };
    }
    out
}

/// One line or sentence as a requirement, or `None` when it asks nothing. `is_listed`: a
/// bullet or a line of a list, which counts without naming a technology.
fn requirement(text: &str, section: SectionKind, is_listed: bool) -> Option<Requirement> {
    let lower = text.to_lowercase().replace('’', "'");
    if heading::never_asked(&lower) {
        return None;
    }
    let technologies = terms::technologies(text);
    let years = years_asked(&lower);
    let leads = [
        "lead",
        "mentor",
        "manag",
        "senior",
        "staff",
        "principal",
        "ownership",
    ]
    .iter()
    .any(|w| {
        lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| word.starts_with(w))
    });
    let content = terms::stems(text).len();
    if content == 0 && technologies.is_empty() {
        return None;
    }
    // Prose outside the lists describes more than it asks: a sentence there counts when it
    // names a technology or years.
    if !is_listed && years.is_none() && technologies.is_empty() {
        return None;
    }
    // Too short to ask anything (a stray word); a listed "Startup experience" asks.
    if content < 2 - usize::from(is_listed) && technologies.is_empty() && years.is_none() {
        return None;
    }
    let must = section != SectionKind::NiceToHave && !says_nice(&lower);
    let kind = if heading::who_may_be_hired(&lower) {
        RequirementKind::Eligibility
    } else if years.is_some() || (leads && technologies.is_empty()) {
        RequirementKind::Seniority
    } else if !technologies.is_empty() {
        RequirementKind::Skill
    } else if section == SectionKind::Responsibilities {
        RequirementKind::Responsibility
    } else {
        RequirementKind::Qualification
    };
    Some(Requirement {
        text: text.to_owned(),
        kind,
        must,
        years,
    })
}

#[cfg(test)]
#[path = "posting_unasked_tests.rs"]
mod unasked_tests;

#[cfg(test)]
#[path = "posting_tests.rs"]
mod tests;
