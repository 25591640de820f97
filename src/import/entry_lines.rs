//! Lines put back where they belong before entries are read: a side heading beside a
//! section's first line ("EXPERIENCE | Engineer | 2018 – Present"), and a date set in the
//! right-hand column of the line under the header it dates.

use super::blocks::{Block, Kind};
use super::cues::ends_sentence;
use super::dates;
use super::lengths;
use super::section_heads::{header_shape_within, heading, level, reads_as_prose, section_of};
use super::section_words::section_word;

/// Blocks without the lengths of time beside their dates ("(2 anos 4 meses)"), and without
/// the lines that hold only one (LinkedIn's "2 anos 5 meses" under a grouped employer): a
/// length names nothing, and the employer above it heads the roles below.
pub(super) fn lengths_apart(blocks: &[Block]) -> Vec<Block> {
    blocks
        .iter()
        .filter(|b| !lengths::only_length(&b.text()))
        .map(|b| Block {
            kind: b.kind,
            parts: b
                .parts
                .iter()
                .map(|p| {
                    // Only a length right after a date is the date's.
                    let cut = lengths::without_length(p);
                    if dates::find(cut).is_some_and(|found| found.span.end == cut.len()) {
                        cut.to_owned()
                    } else {
                        p.clone()
                    }
                })
                .collect(),
            at: b.at,
        })
        .collect()
}

/// Blocks with a header run into its description taken apart ("Freelancer – Pactera
/// (07.2019 – 02.2021): Proofreading of catalogues…"): a paragraph whose date closes its
/// first dozen words, right before a colon, is a header line and a paragraph.
pub(super) fn run_in_headers_apart(blocks: Vec<Block>) -> Vec<Block> {
    let mut out = Vec::with_capacity(blocks.len());
    for block in blocks {
        let split = match (block.kind, block.parts.as_slice()) {
            (Kind::Paragraph, [text]) if text.split_whitespace().count() > 16 => dates::find(text)
                .and_then(|found| {
                    let after = text.get(found.span.end..)?;
                    let colon = after
                        .trim_start_matches([')', ']', ' '])
                        .strip_prefix(':')?;
                    let header_len = text.len() - colon.len() - 1;
                    let header = text.get(..header_len)?.trim();
                    let words = header.split_whitespace().count();
                    (words <= 14 && !colon.trim().is_empty())
                        .then(|| (header.to_owned(), colon.trim().to_owned()))
                }),
            _ => None,
        };
        match split {
            Some((header, rest)) => {
                out.push(Block::new(Kind::Paragraph, header, block.at));
                out.push(Block::new(Kind::Paragraph, rest, block.at));
            }
            None => out.push(block),
        }
    }
    out
}

/// Blocks with a dated header line's wrapped end joined back to it: a header cut after a
/// comma or a word that cannot end it ("03.2017-10.2020 | Gesund und Krankenpflegerin im
/// UKE," over "Dermatologie Station"; "… Notfallsanitäter am" over "Notfalldienst, Kiew")
/// goes on on the next line, when that line is short and undated.
pub(super) fn wrapped_headers_joined(blocks: Vec<Block>) -> Vec<Block> {
    const CANNOT_END: &[&str] = &[
        "at", "of", "for", "and", "the", "in", "am", "im", "bei", "beim", "für", "und", "der",
        "die", "das", "de", "du", "des", "la", "le", "el", "del", "da", "do", "en", "et", "y", "e",
        "w", "na", "в", "и", "&",
    ];
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    let mut blocks = blocks.into_iter().peekable();
    while let Some(mut block) = blocks.next() {
        // A date column's range wrapped after its dash ("11/2020 -" over "06/2021"): the
        // end joins the start, and what stands beside the end stays a line of its own.
        let dangling = block.parts.first().is_some_and(|first| {
            let first = first.trim_end();
            ["-", "–", "—", "bis", "to"]
                .iter()
                .any(|dash| first.ends_with(dash))
                && dates::find(first).is_some_and(|found| found.end.is_none())
        });
        if dangling
            && let Some(next) = blocks.peek_mut()
            && next
                .parts
                .first()
                .is_some_and(|first| dates::only_date(first))
            && let (Some(first), Some(end)) = (block.parts.first_mut(), next.parts.first())
        {
            first.push(' ');
            first.push_str(end.trim());
            next.parts.remove(0);
            if next.parts.is_empty() {
                blocks.next();
            }
        }
        let cut = matches!(block.kind, Kind::Paragraph)
            && block.parts.iter().any(|p| dates::find(p).is_some())
            && block.parts.last().is_some_and(|last| {
                let last = last.trim_end();
                dates::find(last).is_none()
                    && (last.ends_with(',')
                        || last
                            .rsplit(' ')
                            .next()
                            .is_some_and(|w| CANNOT_END.contains(&w.to_lowercase().as_str())))
            });
        let continues = blocks.peek().is_some_and(|next| {
            matches!(next.kind, Kind::Paragraph)
                && next.parts.len() == 1
                && next.words() <= 8
                && next.parts.iter().all(|p| dates::find(p).is_none())
                && heading(next).is_none()
        });
        if cut
            && continues
            && let Some(next) = blocks.next()
            && let Some(last) = block.parts.last_mut()
        {
            last.push(' ');
            last.push_str(next.text().trim());
        }
        out.push(block);
    }
    out
}

/// Blocks whose first part is a section's name beside the section's first line (a side
/// heading in a table cell or the margin: "EXPERIENCE | Software Engineer | 2018 – Present")
/// taken apart into the heading and the rest.
pub(super) fn side_headings_apart(blocks: &[Block]) -> Vec<Block> {
    let mut out = Vec::with_capacity(blocks.len());
    for block in blocks {
        let side = block.parts.len() > 1
            && block.parts.first().is_some_and(|first| {
                first.split_whitespace().count() <= 3
                    // Set apart as a label is: in capitals ("EXPERIENCE"), not "Scheduler
                    // (volunteer)".
                    && first.chars().any(char::is_alphabetic)
                    && !first.chars().any(char::is_lowercase)
                    && dates::find(first).is_none()
                    && section_of(first.trim_end_matches(':')).is_some()
                    // Every word a section's ("WORK EXPERIENCE"), not an employer's name
                    // that holds one ("OCTOPUS TOOLS, York").
                    && first
                        .to_lowercase()
                        .split(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .all(section_word)
            });
        match block.parts.split_first() {
            Some((first, rest)) if side => {
                out.push(Block::new(Kind::Heading(3), first.clone(), block.at));
                out.push(Block {
                    kind: block.kind,
                    parts: rest.to_vec(),
                    at: block.at,
                });
            }
            _ => out.push(block.clone()),
        }
    }
    out
}

/// Dates set in the right-hand column of the line under an undated header, beside a
/// description or the first highlight ("Acme, Engineer | Paris" over "• Kept the stock |
/// Jan. 2024 – Sep. 2024"), moved up to the header they date: the layout puts them there
/// only for lack of room.
pub(super) fn dates_lifted_to_their_header(blocks: Vec<Block>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    // Whether each line's next one carries on a sentence ("While not a" / "professor at
    // Princeton, I…"): a wrapped description, not a header.
    let carried_on: Vec<bool> = blocks
        .iter()
        .skip(1)
        .map(|next| {
            next.parts
                .first()
                .and_then(|p| p.trim_start().chars().next())
                .is_some_and(char::is_lowercase)
        })
        .chain([false])
        .collect();
    for (mut block, carried_on) in blocks.into_iter().zip(carried_on) {
        if let Some((k, date)) = right_column_date(&block.parts)
            && out.last().is_some_and(undated_header)
            && let Some(above) = out.last_mut()
        {
            let mut parts = block.parts.clone();
            let cell = parts.remove(k);
            // The left column's wrapped line read into the date's cell ("Nov. 2021 – Oct.
            // 2023 de l’infrastructure"): its words go back to the text they continue.
            let wrapped = cell.get(date.len()..).unwrap_or_default().trim();
            if !wrapped.is_empty()
                && let Some(before) = parts.get_mut(k - 1)
            {
                before.push(' ');
                before.push_str(wrapped);
            }
            let text = parts.join(" ");
            let text = text.trim_end();
            let describes = parts
                .iter()
                .map(|p| p.split_whitespace().count())
                .sum::<usize>()
                > 14
                || reads_as_prose(text)
                || ends_sentence(text)
                || text.ends_with([';', ':', ','])
                || carried_on;
            if describes && !parts.iter().any(|p| dates::find(p).is_some()) {
                above.parts.push(date);
                block.parts = parts;
            }
        }
        out.push(block);
    }
    out
}

/// The one cell after the first that starts with a date range and holds nothing else but
/// words in lower case after it, with the date's text.
fn right_column_date(parts: &[String]) -> Option<(usize, String)> {
    let mut found = parts.iter().enumerate().skip(1).filter_map(|(k, p)| {
        let p = p.trim();
        let date = dates::find(p)?;
        let after = p.get(date.span.end..)?.trim_start();
        let continues_in_lower_case =
            after.chars().next().is_some_and(|c| c.is_lowercase()) && date.end.is_some();
        (date.span.start == 0 && (after.is_empty() || continues_in_lower_case))
            .then(|| (k, p.get(..date.span.end).unwrap_or_default().to_owned()))
    });
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// A line that could head an entry and has no date of its own.
fn undated_header(block: &Block) -> bool {
    header_shape_within(block, 20)
        && heading(block).is_none()
        && !block.parts.iter().any(|p| dates::find(p).is_some())
}

/// Headings that give only a place and dates ("#### Guadalajara, Mexico — 2019 - 2020") under
/// an undated heading that names the job ("### Software Engineer @ Wizeline"): each is a stint
/// of that job, so each takes the job's words and the job's own heading goes.
pub(super) fn stints_under_their_job(blocks: Vec<Block>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    let mut job: Option<(u8, Vec<String>)> = None;
    let mut i = 0;
    while let Some(block) = blocks.get(i) {
        i += 1;
        let Some(this) = level(block) else {
            out.push(block.clone());
            continue;
        };
        if let Some((job_level, words)) = &job {
            if this > *job_level && dated_place(block) {
                let mut parts = words.clone();
                parts.extend(block.parts.iter().cloned());
                out.push(Block {
                    parts,
                    ..block.clone()
                });
                continue;
            }
            if this <= *job_level {
                job = None;
            }
        }
        // An undated heading whose every sub-heading, up to the next heading of its size,
        // gives a place and dates.
        let mut subheadings = blocks
            .iter()
            .skip(i)
            .take_while(|b| level(b).is_none_or(|l| l > this))
            .filter(|b| level(b).is_some())
            .peekable();
        if undated_header(block) && subheadings.peek().is_some() && subheadings.all(dated_place) {
            job = Some((this, block.parts.clone()));
            continue;
        }
        out.push(block.clone());
    }
    out
}

/// Whether a block gives only dates and, beside them, a place or nothing.
fn dated_place(block: &Block) -> bool {
    let dated = block.parts.iter().any(|part| dates::find(part).is_some());
    dated
        && block.parts.iter().all(|part| {
            let rest = dates::without_date(part);
            let rest = rest.trim_matches(|c: char| c.is_whitespace() || "—–-|,·()".contains(c));
            rest.is_empty() || super::places::is_place(rest)
        })
}

/// A date range set in a column of its own with the start above the end ("May 2025" beside
/// "Banco de España, Madrid", "Present" beside "Senior Economist | Financial Stability"):
/// the end goes up beside the start, so that the upper line holds the range.
pub(super) fn ranges_across_two_lines(mut blocks: Vec<Block>) -> Vec<Block> {
    for i in 1..blocks.len() {
        let (above, below) = blocks.split_at_mut(i);
        let (Some(a), Some(b)) = (above.last_mut(), below.first_mut()) else {
            continue;
        };
        let (Some(first), Some(end)) = (a.parts.first_mut(), b.parts.first()) else {
            continue;
        };
        let Some(start) = dates::find(first).filter(|f| f.span.start == 0 && f.end.is_none())
        else {
            continue;
        };
        let (Some(start_text), Some(rest)) =
            (first.get(..start.span.end), first.get(start.span.end..))
        else {
            continue;
        };
        let joined = format!("{start_text} – {}", end.trim());
        let is_range = dates::find(&joined).is_some_and(|range| {
            range.span == (0..joined.len())
                && range
                    .end
                    .as_deref()
                    .is_some_and(|end| end == "present" || end >= range.start.as_str())
        });
        // The end stands alone in its cell, beside more of the entry.
        if !is_range || b.parts.len() < 2 {
            continue;
        }
        *first = format!("{joined}{rest}");
        b.parts.remove(0);
    }
    blocks
}

/// Whether a line holds one name and nothing else: no date, no role, not only a place, not a
/// labelled detail ("IBM Global Services (Remote)" under a role's dated line).
pub(super) fn one_name(block: &Block) -> bool {
    matches!(block.parts.as_slice(), [line]
        if dates::find(line).is_none()
            && !super::cues::role_like(line)
            && !super::places::is_place(line))
        && block.words() <= 12
        && !super::labelled_records::is_detail(block)
}
