//! A pasted posting's lines grouped under its headings: which line is a heading and what
//! kind of section it opens, which lines are bullets, a list without bullets, a paragraph,
//! or a line wrapped from the one before. [`super::posting`] reads requirements from them.

use std::collections::HashMap;

use super::heading::{self, SectionKind};
use super::lines::{bullet, group_title, sentences, sub_heading, years_asked};
use super::shape;
use super::terms;

/// One entry of a posting's text: a bullet (with its wrapped lines), a line of a list
/// without bullets, or a paragraph.
pub(super) struct Entry {
    pub(super) text: String,
    /// A bullet or a line of a list, rather than a paragraph of prose.
    pub(super) listed: bool,
    /// A bullet, with its mark: not a title line above a list.
    pub(super) marked: bool,
    /// The bullet's indentation and mark ("•", "–"): a nested list's differ.
    pub(super) mark: Option<(usize, char)>,
    /// A line of its own that the reading skips ("Equity: we also offer…") stands before
    /// it: a new list starts here.
    pub(super) after_label: bool,
}

/// The entries under one heading.
pub(super) struct Block {
    pub(super) kind: SectionKind,
    pub(super) entries: Vec<Entry>,
    /// Its heading's words say what it is ("Our tech stack"), rather than its place.
    pub(super) stated: bool,
}

/// What the reader saw, on standard error when `FOLIO_TAILOR_BLOCKS` is set: for a bug report
/// on a misread posting.
pub(super) fn show_if_asked(blocks: &[Block]) {
    if std::env::var_os("FOLIO_TAILOR_BLOCKS").is_some() {
        for block in blocks {
            eprintln!("== {:?} (stated: {})", block.kind, block.stated);
            for entry in &block.entries {
                let how = match (entry.marked, entry.listed) {
                    (true, _) => "bullet",
                    (false, true) => "line",
                    (false, false) => "prose",
                };
                eprintln!("  {how:>6}: {}", entry.text);
            }
        }
    }
}

/// The text cut at its headings into blocks of entries, each block with what its heading
/// announces. Text before the first heading is the header.
pub(super) fn blocks(text: &str) -> Vec<Block> {
    // Kramdown's attribute lists ("{:.no_toc}", "{: #id}") are markup no reader sees.
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| {
            let l = l.trim();
            !(l.starts_with("{:") && l.ends_with('}'))
        })
        .collect();
    let line = |i: usize| lines.get(i).map_or("", |l| l.trim());
    let blank = |i: usize| i >= lines.len() || line(i).is_empty();
    let mut blocks = vec![Block {
        kind: SectionKind::Header,
        entries: Vec::new(),
        stated: false,
    }];
    // A paste without a blank line between its paragraphs (a page copied line by line):
    // any line may start one, so any may be a heading.
    let no_blank_lines = lines.iter().all(|l| !l.trim().is_empty());
    // How many lines open with each label ("KPIs: …"), for the notes below.
    let mut label_counts: HashMap<&str, usize> = HashMap::new();
    for l in &lines {
        if let Some((label, _)) = l.trim_start().split_once(':') {
            *label_counts.entry(label).or_default() += 1;
        }
    }
    let mut previous_heading = false;
    let mut after_label = false;
    for (i, raw) in lines.iter().enumerate() {
        let text = raw.trim();
        // A recruiter's tag ("LI-AB2") is neither a heading nor a line of the posting.
        if text.is_empty() || heading::recruiter_tag(text) {
            continue;
        }
        let prev_blank = i == 0 || blank(i - 1);
        let next_bullet = !blank(i + 1) && bullet(line(i + 1)).is_some();
        let heading_text = heading::marked(text).or_else(|| {
            // A heading starts a paragraph, but "Preferred:" may follow a list at once.
            // A line after a bullet or a finished sentence, itself no bullet, may start a
            // paragraph of its own ("• Kotlin" / "Annual Salary:", "… listed below." /
            // "Annual Salary:"): a paste breaks lines only between paragraphs.
            let after_a_paragraph = i > 0
                && !blank(i - 1)
                && (bullet(line(i - 1)).is_some()
                    || line(i - 1).trim_end().ends_with(['.', '!', '?', ':']));
            let starts = prev_blank
                || previous_heading
                || no_blank_lines
                || after_a_paragraph
                || (text.ends_with(':') && next_bullet);
            let next = (i + 1..lines.len()).find(|j| !blank(*j));
            // "⭐️ Profil recherché" alone over "• Tu as…": a pictograph that leads a line
            // over bullets of another mark heads them rather than being one.
            let mark = |l: &str| l.trim_start().chars().next();
            let titled_by_pictograph = heading::pictograph_led(text)
                && prev_blank
                && blank(i + 1)
                && next.is_some_and(|j| bullet(line(j)).is_some() && mark(line(j)) != mark(text));
            if bullet(text).is_some() && !titled_by_pictograph || !starts {
                return None;
            }
            let next_listed = next.is_some_and(|j| bullet(line(j)).is_some())
                || !blank(i + 1) && bullet(line(i + 1)).is_none();
            let alone = prev_blank && blank(i + 1);
            let plain = heading::plain(text);
            // A line naming a technology or years is a requirement, whatever it starts with.
            let asks = !terms::technologies(&plain).is_empty()
                || years_asked(&plain.to_lowercase()).is_some();
            // Above a list without bullets, only a heading's own words ("Required"), so
            // that the list's first line ("Startup experience") stays in it.
            let other = heading_words(&plain);
            // A paragraph right under the line is prose it heads, not the next line of a
            // list ("Acme's Interview process" over "Our process aims to…").
            let in_list = !blank(i + 1)
                && !next_bullet
                && !text.ends_with(':')
                && !shape::reads_as_prose(line(i + 1));
            let current = blocks.last().map_or(SectionKind::Header, |b| b.kind);
            // "Other info" over bullets, after a list of asks: a few words, all of them
            // headings' words, naming what does not ask.
            // Or a line standing alone over bullets, whatever its words ("Our tech stack").
            let over_bullets = prev_blank
                && (next_bullet && other == 0 || alone && next_listed)
                && plain.split_whitespace().count() <= 4
                && heading::classify(&plain).is_some_and(|k| !k.asks());
            (!(asks || in_list && other > 0)
                && (over_bullets
                    || heading::plain_heading(text, next_listed, alone, other, current)))
            .then_some(plain)
        });
        let after_heading = previous_heading;
        previous_heading = heading_text.is_some();
        if let Some(heading_text) = heading_text {
            let current = blocks.last().map_or(SectionKind::Header, |b| b.kind);
            let classified = heading::classify(&heading_text);
            let kind = match classified {
                // "You will:" right under "Why you should be excited about this role"
                // introduces the pitch's list, not a list of duties.
                Some(_)
                    if after_heading
                        && heading_text.ends_with(':')
                        && matches!(current, SectionKind::Benefits | SectionKind::Company) =>
                {
                    current
                }
                Some(kind) => kind,
                // A short unknown heading inside a list of duties or requirements is a
                // sub-heading ("Technical:", "Backend"); after prose it says nothing known.
                // Right under a heading, a line of its own ("You'll be a great fit if you:")
                // introduces that heading's list.
                // A heading framed by pictographs ("⭐️ The Engineering team ⭐️") is the
                // page's own, no sub-heading.
                None if current.asks()
                    && !heading::pictograph_framed(text)
                    && (heading_text.split_whitespace().count() <= 4 || after_heading) =>
                {
                    current
                }
                None if current == SectionKind::Header => SectionKind::Header,
                None => SectionKind::Other,
            };
            blocks.push(Block {
                kind,
                entries: Vec::new(),
                stated: classified == Some(kind),
            });
            after_label = false;
            continue;
        }
        let Some(block) = blocks.last_mut() else {
            continue;
        };
        // "Perks: free bread." and "Location: Remote" carry their heading inline.
        // So does "Why join us? You will be part of…", its heading a question.
        let question = text
            .split_once('?')
            .map(|(label, rest)| (heading::plain(label), rest.trim_start_matches(['*', '_'])))
            .filter(|(label, rest)| {
                label.split_whitespace().count() <= 5 && rest.starts_with(char::is_whitespace)
            })
            .map(|(label, rest)| (format!("{label}?"), rest));
        if let Some((label, rest)) = text
            .split_once(':')
            .map(|(label, rest)| (label.to_owned(), rest))
            .or(question)
            && !rest.trim().is_empty()
            && label.split_whitespace().count() <= 4
            && let Some(kind) = heading::classify(&label).filter(|k| !k.asks())
        {
            // "What we offer: …" over paragraphs labelled alike ("Ownership: share
            // options…", "Growth: …"): a heading run into its paragraph, over the run.
            let next = (i + 1..lines.len()).find(|j| !blank(*j)).map_or("", line);
            if bullet(text).is_none()
                && kind == SectionKind::Benefits
                && bullet(next).is_none()
                && next.split_once(':').is_some_and(|(label, rest)| {
                    (1..=4).contains(&label.split_whitespace().count())
                        && rest.split_whitespace().count() >= 3
                })
            {
                blocks.push(Block {
                    kind,
                    entries: Vec::new(),
                    stated: true,
                });
                after_label = false;
                continue;
            }
            after_label |= bullet(text).is_none();
            continue;
        }
        let in_run = !prev_blank && !after_heading;
        let previous = (0..i).rev().find(|j| !blank(*j)).map_or("", line);
        let next = (i + 1..lines.len()).find(|j| !blank(*j)).map_or("", line);
        // "KPIs: Model accuracy" between two bulleted duties, its label again under others: a
        // note on the one above (a line of the list that lost its bullet is labelled once).
        let note = bullet(text).is_none()
            && bullet(previous).is_some()
            && bullet(next).is_some()
            && text.split_once(':').is_some_and(|(label, rest)| {
                (1..=3).contains(&label.split_whitespace().count())
                    && !rest.trim().is_empty()
                    && label_counts.get(label).is_some_and(|n| *n >= 2)
            });
        if note
            || sub_heading(text, line(i + 1))
            || (block.kind.asks() && group_title(text, previous, next, after_heading))
        {
            continue;
        }
        match bullet(text) {
            Some(body) => block.entries.push(Entry {
                text: body.to_owned(),
                listed: true,
                marked: true,
                mark: text
                    .chars()
                    .next()
                    .map(|c| (raw.len() - raw.trim_start().len(), c)),
                after_label: std::mem::take(&mut after_label),
            }),
            None => {
                // A wrapped line: indented under its bullet or starting in lower case, or
                // a long line's continuation in a paragraph wrapped by hand.
                let wrapped = in_run
                    && block.entries.last().is_some_and(|last| {
                        let lower = text
                            .chars()
                            .next()
                            .is_some_and(|c| c.is_lowercase() || c == '(');
                        let previous = lines.get(i - 1).map_or("", |l| l.trim());
                        (raw.starts_with(' ') && bullet(previous).is_some())
                            || (lower && bullet(previous).is_some())
                            || (lower
                                && previous.chars().count() >= 60
                                && !previous.ends_with(['.', ';', ':', '!', '?']))
                            || last.text.ends_with(',')
                            || last.text.rsplit(' ').next().is_some_and(|w| {
                                ["and", "or", "of", "to", "with", "the", "a", "in", "for"]
                                    .contains(&w)
                            })
                    });
                match block.entries.last_mut() {
                    Some(last) if wrapped => {
                        last.text.push(' ');
                        last.text.push_str(text);
                    }
                    // Lines one under another without bullets are a list, but paragraphs
                    // pasted without the blank line between them stay paragraphs.
                    Some(last) if in_run && !paragraph(&last.text) && !paragraph(text) => {
                        last.listed = true;
                        block.entries.push(Entry {
                            text: text.to_owned(),
                            listed: true,
                            marked: false,
                            mark: None,
                            after_label: false,
                        });
                    }
                    _ => block.entries.push(Entry {
                        text: text.to_owned(),
                        listed: false,
                        marked: false,
                        mark: None,
                        after_label: false,
                    }),
                }
            }
        }
    }
    blocks
}

/// A paragraph of prose, never one item of a list: three sentences or more, or sixty words.
fn paragraph(text: &str) -> bool {
    text.split_whitespace().count() >= 60 || sentences(text).len() >= 3
}

/// How many words of a would-be heading are not heading words ("WHAT YOU BRING TO ACME":
/// one, the company; "Extensive experience with Java": two).
fn heading_words(text: &str) -> usize {
    const COMMON: &[&str] = &[
        "what",
        "you",
        "you'll",
        "your",
        "we",
        "we're",
        "we'll",
        "our",
        "will",
        "the",
        "a",
        "an",
        "to",
        "with",
        "for",
        "about",
        "who",
        "are",
        "do",
        "need",
        "from",
        "bring",
        "have",
        "and",
        "of",
        "in",
        "is",
        "it",
        "us",
        "how",
        "why",
        "get",
        "be",
        "this",
        "that",
        "few",
        "more",
        "can",
        "at",
        "on",
        "key",
        "my",
        "i",
        "some",
        "job",
        "role",
        "team",
        "work",
        "working",
        "love",
        "offer",
        "skills",
        "nice",
        "must",
        "plus",
        "points",
        "bonus",
        "preferred",
        "required",
        "requirements",
        "qualifications",
        "responsibilities",
        "benefits",
        "perks",
        "experience",
        "expertise",
        "background",
        "looking",
        "for",
        "day",
        "life",
        "make",
        "impact",
        "process",
        "interview",
        "apply",
        "here",
        "information",
        "additional",
        "summary",
        "description",
        "company",
        "opportunity",
        "equal",
        "do",
        "ll",
        "it's",
        "about",
        "support",
        "health",
        "culture",
        "values",
        "mission",
        "growing",
        "grow",
        "qualities",
        "personality",
        "responsibility",
        "reasons",
        "rewards",
        "total",
        "time",
        "off",
        "compensation",
        "salary",
        "equity",
        "minimum",
        "basic",
        "what's",
        "you're",
        "who",
        "day-to-day",
        "duties",
        "person",
        "profile",
        "tech",
        "stack",
        "location",
        "other",
        "info",
    ];
    let lower = text.to_lowercase().replace('’', "'");
    let of_a_phrase = super::section_kind::phrase_words(&lower);
    lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty() && !COMMON.contains(w) && !of_a_phrase.contains(w))
        .count()
}
