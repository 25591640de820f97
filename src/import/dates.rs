//! Dates and date ranges as résumés write them, found inside any text: month names as whole
//! words ("Oct" is October, "Marketer" is no month), seasons, numeric forms (`2019-05`,
//! `05/2019`), bare years, and "Present", "Now", "current" as the open end of a range. The
//! entry reader anchors a position on the range it finds here.

use super::date_words::{is_present, is_since, month, season};

/// One end of a range as folio writes it: `YYYY` or `YYYY-MM`, or `present`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// `YYYY` or `YYYY-MM`.
    pub start: String,
    /// `YYYY`, `YYYY-MM`, `present`, or none for a single date.
    pub end: Option<String>,
    /// Byte range of the whole date text in the searched string.
    pub span: std::ops::Range<usize>,
}

#[derive(Clone, Debug, PartialEq)]
enum Tok<'a> {
    Word(&'a str),
    Num(&'a str),
    Punct(char),
}

/// Words, numbers and single punctuation characters, each with its byte range.
fn tokens(text: &str) -> Vec<(Tok<'_>, usize, usize)> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        // Chinese, Japanese and Korean write a date's units after its numbers ("2022年3月",
        // "2022년 3월"): each unit a word of its own, glued to nothing.
        if date_unit(c) {
            out.push((
                Tok::Word(text.get(start..start + c.len_utf8()).unwrap_or_default()),
                start,
                start + c.len_utf8(),
            ));
            continue;
        }
        if c.is_alphanumeric() {
            let digit = c.is_ascii_digit();
            let mut end = start + c.len_utf8();
            while let Some(&(i, next)) = chars.peek() {
                let same = if digit {
                    next.is_ascii_digit()
                } else {
                    // "Aujourd'hui", typeset "Aujourd’hui".
                    (next.is_alphabetic() && !date_unit(next)) || next == '\'' || next == '’'
                };
                if !same {
                    break;
                }
                end = i + next.len_utf8();
                chars.next();
            }
            let word = text.get(start..end).unwrap_or_default();
            // A year run into the capitalised word after it, where a PDF or a page left out
            // the space ("2012Tester", "– 2023Parking Lot Supervisor").
            let before_glued = text
                .get(..start)
                .and_then(|t| t.chars().next_back())
                .is_some_and(char::is_alphabetic);
            if digit
                && !before_glued
                && year(word).is_some()
                && chars.peek().is_some_and(|&(_, next)| next.is_uppercase())
            {
                out.push((Tok::Num(word), start, end));
                continue;
            }
            // A number glued to letters ("DLS2000", "C6000", "2000s") is part of a name.
            let glued = digit
                && (text
                    .get(..start)
                    .and_then(|t| t.chars().next_back())
                    .is_some_and(|c| c.is_alphabetic() && !date_unit(c))
                    || chars
                        .peek()
                        .is_some_and(|&(_, next)| next.is_alphabetic() && !date_unit(next)));
            // A month glued to the word before it, where a PDF drew a right-aligned date
            // with no space ("InstructorAugust 2018"), or "Present" run into the capitalised
            // word after it ("April 2023 - CurrentParking Lot Supervisor").
            let glued_at = (!digit)
                .then(|| {
                    camel_joins(word).find(|&k| {
                        word.get(k..).and_then(month).is_some()
                            || word.get(..k).is_some_and(is_present)
                    })
                })
                .flatten();
            if let Some(k) = glued_at
                && let (Some(head), Some(tail)) = (word.get(..k), word.get(k..))
            {
                out.push((Tok::Word(head), start, start + k));
                out.push((Tok::Word(tail), start + k, end));
                continue;
            }
            out.push((
                if digit && !glued {
                    Tok::Num(word)
                } else {
                    Tok::Word(word)
                },
                start,
                end,
            ));
        } else {
            out.push((Tok::Punct(c), start, start + c.len_utf8()));
        }
    }
    out
}

/// Where a capital letter follows a small one inside `word` ("InstructorAugust": at
/// "August"), byte offsets: where two words lost the space between them.
fn camel_joins(word: &str) -> impl Iterator<Item = usize> + '_ {
    word.char_indices()
        .zip(word.chars().skip(1))
        .filter(|((_, before), after)| before.is_lowercase() && after.is_uppercase())
        .map(|((k, before), _)| k + before.len_utf8())
}

/// Words and marks between the two ends of a range.
fn is_separator(tok: &Tok<'_>) -> bool {
    match tok {
        Tok::Punct(c) => matches!(
            c,
            '-' | '–'
                | '—'
                | '−'
                | '~'
                // Japanese and Chinese ranges: the wave dash and the full-width tilde and
                // hyphen ("2024 年 1 月 〜 現在").
                | '〜'
                | '～'
                | '－'
                | '→'
                | '>'
                | '\u{ad}'
                | '\u{2010}'
                | '\u{2011}'
                | '\u{2012}'
        ),
        Tok::Word(w) => matches!(
            w.to_lowercase().as_str(),
            "to" | "until"
                | "till"
                | "through"
                | "thru"
                | "bis"
                | "au"
                | "à"
                | "a"
                | "al"
                | "hasta"
                | "até"
                | "tot"
                | "fino"
                | "do"
                | "по"
                | "до"
        ),
        Tok::Num(_) => false,
    }
}

fn year(num: &str) -> Option<u16> {
    let y: u16 = num.parse().ok()?;
    (num.len() == 4 && (1900..=2049).contains(&y)).then_some(y)
}

/// The first year a lone number stands for on its own ("1987"); earlier ones are dates only
/// with a month or in a range ("1933 – 1955", "June 1933"), since a lone "1920" is as often
/// a postcode or a street number.
const FIRST_LONE_YEAR: u16 = 1950;

/// One date at `i`: (year if written, month, tokens used).
/// A unit Chinese, Japanese and Korean write after a date's number: year, month, day.
/// Chinese and Japanese write a season after the year's unit too ("2022年春").
fn date_unit(c: char) -> bool {
    matches!(
        c,
        '年' | '月' | '日' | '년' | '월' | '일' | '春' | '夏' | '秋' | '冬'
    )
}

fn date_at(toks: &[(Tok<'_>, usize, usize)], i: usize) -> Option<(Option<u16>, Option<u8>, usize)> {
    let tok = |k: usize| toks.get(k).map(|t| &t.0);
    match tok(i)? {
        Tok::Num(n) => {
            // "2022年3月", "2022 年 3 月", "2022년 3월".
            if let Some(y) = year(n)
                && let Some(Tok::Word("年" | "년")) = tok(i + 1)
            {
                if let (Some(Tok::Num(m)), Some(Tok::Word("月" | "월"))) = (tok(i + 2), tok(i + 3))
                    && let Ok(m) = m.parse::<u8>()
                    && (1..=12).contains(&m)
                {
                    return Some((Some(y), Some(m), 4));
                }
                if let Some(Tok::Word(w)) = tok(i + 2)
                    && let Some(m) = season(w)
                {
                    return Some((Some(y), Some(m), 3));
                }
                return Some((Some(y), None, 2));
            }
            if let Some(y) = year(n) {
                // 2019-05, 2019.05, 2019/05 (a month, not a two-digit year: it is ≤ 12).
                if let (Some(Tok::Punct('-' | '.' | '/')), Some(Tok::Num(m))) =
                    (tok(i + 1), tok(i + 2))
                    && m.len() <= 2
                    && let Ok(m) = m.parse::<u8>()
                    && (1..=12).contains(&m)
                {
                    return Some((Some(y), Some(m), 3));
                }
                return Some((Some(y), None, 1));
            }
            // 01/10/2018, 01.10.2018, 1-10-2018: a day first, as most of the world writes
            // it; the month is the middle number unless only the first can be one
            // (05/31/2019).
            if let (
                Some(Tok::Punct(sep @ ('/' | '.' | '-'))),
                Some(Tok::Num(middle)),
                Some(Tok::Punct(again)),
                Some(Tok::Num(y)),
            ) = (tok(i + 1), tok(i + 2), tok(i + 3), tok(i + 4))
                && sep == again
                && n.len() <= 2
                && middle.len() <= 2
                && let Some(y) = year(y)
                && let (Ok(first), Ok(middle)) = (n.parse::<u8>(), middle.parse::<u8>())
                && let Some(m) = day_month(first, middle)
            {
                return Some((Some(y), Some(m), 5));
            }
            // 05/2019, 5.2019
            if n.len() <= 2
                && let Ok(m) = n.parse::<u8>()
                && (1..=12).contains(&m)
                && let (Some(Tok::Punct('/' | '.' | '-')), Some(Tok::Num(y))) =
                    (tok(i + 1), tok(i + 2))
                && let Some(y) = year(y)
            {
                return Some((Some(y), Some(m), 3));
            }
            None
        }
        Tok::Word(w) => {
            let m = month(w).or_else(|| season(w))?;
            let mut used = 1;
            if tok(i + used) == Some(&Tok::Punct('.')) {
                used += 1;
            }
            if tok(i + used) == Some(&Tok::Punct(',')) {
                used += 1;
            }
            // "Set/2021", "May-2022": the month joined to its year by a mark, no space.
            let touching = |a: usize, b: usize| {
                toks.get(a)
                    .zip(toks.get(b))
                    .is_some_and(|(x, y)| x.2 == y.1)
            };
            if let (Some(Tok::Punct('/' | '-')), Some(Tok::Num(n))) =
                (tok(i + used), tok(i + used + 1))
                && year(n).is_some()
                && touching(i + used - 1, i + used)
                && touching(i + used, i + used + 1)
            {
                used += 1;
            }
            // "fevereiro de 2026", "septiembre del 2019", "March of 2019".
            if let (Some(Tok::Word(joint)), Some(Tok::Num(n))) = (tok(i + used), tok(i + used + 1))
                && matches!(joint.to_lowercase().as_str(), "de" | "del" | "of")
                && year(n).is_some()
            {
                used += 1;
            }
            if let Some(Tok::Punct('\'' | '’' | '‘')) = tok(i + used)
                && let Some((Some(y), None, 2)) = date_at(toks, i + used)
            {
                return Some((Some(y), Some(m), used + 2));
            }
            match tok(i + used) {
                Some(Tok::Num(n)) if year(n).is_some() => Some((year(n), Some(m), used + 1)),
                // "July 2091": a month names the number after it a year, however unlikely.
                Some(Tok::Num(n))
                    if n.len() == 4
                        && n.parse::<u16>().is_ok_and(|y| (1900..2100).contains(&y)) =>
                {
                    Some((n.parse().ok(), Some(m), used + 1))
                }
                // A lone "May" or "March" without a year is a word, not a date, unless a
                // range goes on from it ("Jun – Aug 2019").
                _ => Some((None, Some(m), used.min(2))),
            }
        }
        // ’17, '17: a two-digit year after an apostrophe.
        Tok::Punct('\'' | '’' | '‘') => match tok(i + 1) {
            Some(Tok::Num(n)) if n.len() == 2 => {
                let two: u16 = n.parse().ok()?;
                let y = if two < 50 { 2000 + two } else { 1900 + two };
                Some((Some(y), None, 2))
            }
            _ => None,
        },
        Tok::Punct(_) => None,
    }
}

/// The month of a numeric day and month written in either order: the middle number, unless
/// only the first can be a month.
fn day_month(first: u8, middle: u8) -> Option<u8> {
    let month = |m: u8| (1..=12).contains(&m);
    let day = |d: u8| (1..=31).contains(&d);
    if month(middle) && day(first) {
        Some(middle)
    } else if month(first) && day(middle) {
        Some(first)
    } else {
        None
    }
}

/// A range of months with two-digit years ("10/15-5/16", "2/15 – present", "Sep 20 – Feb
/// 21"): read only as a range, for a lone "3/4" is a fraction and "Sep 20" a day.
fn short_year_range(toks: &[(Tok<'_>, usize, usize)], text: &str) -> Option<Found> {
    let tok = |k: usize| toks.get(k).map(|t| &t.0);
    let century = |y: u16| if y < 50 { 2000 + y } else { 1900 + y };
    // (year, month, how many tokens it took)
    let month_year = |k: usize| -> Option<(u16, u8, usize)> {
        // "01.10.18": a day, a month and a two-digit year (with slashes, "1/10/15" may be
        // January or October).
        if let (
            Some(Tok::Num(d)),
            Some(Tok::Punct(sep @ '.')),
            Some(Tok::Num(m)),
            Some(Tok::Punct(again)),
            Some(Tok::Num(y)),
        ) = (tok(k), tok(k + 1), tok(k + 2), tok(k + 3), tok(k + 4))
            && sep == again
            && d.len() <= 2
            && m.len() <= 2
            && y.len() == 2
            && let (Ok(d), Ok(m), Ok(y)) = (d.parse::<u8>(), m.parse::<u8>(), y.parse::<u16>())
            && let Some(m) = day_month(d, m)
        {
            return Some((century(y), m, 5));
        }
        match (tok(k)?, tok(k + 1)?, tok(k + 2)) {
            (Tok::Num(m), Tok::Punct('/'), Some(Tok::Num(y))) if m.len() <= 2 && y.len() == 2 => {
                let m: u8 = m.parse().ok()?;
                let y: u16 = y.parse().ok()?;
                (1..=12).contains(&m).then_some((century(y), m, 3))
            }
            (Tok::Word(w), Tok::Num(y), _) if y.len() == 2 => {
                let m = month(w)?;
                let y: u16 = y.parse().ok()?;
                Some((century(y), m, 2))
            }
            _ => None,
        }
    };
    for i in 0..toks.len() {
        let Some((y1, m1, taken)) = month_year(i) else {
            continue;
        };
        // Not the tail of a full date ("1/10/15").
        if i > 0 && tok(i - 1) == Some(&Tok::Punct('/')) {
            continue;
        }
        let mut j = i + taken;
        if !toks.get(j).is_some_and(|t| is_separator(&t.0)) {
            continue;
        }
        j += 1;
        let start_byte = toks.get(i).map_or(0, |t| t.1);
        if let Some((y2, m2, taken)) = month_year(j)
            && toks.get(j + taken).is_none_or(|t| t.0 != Tok::Punct('/'))
        {
            let end_byte = toks.get(j + taken - 1).map_or(text.len(), |t| t.2);
            return Some(Found {
                start: written(y1, Some(m1)),
                end: Some(written(y2, Some(m2))),
                span: start_byte..end_byte,
            });
        }
        if let Some(Tok::Word(w)) = tok(j)
            && is_present(w)
        {
            let end_byte = toks.get(j).map_or(text.len(), |t| t.2);
            return Some(Found {
                start: written(y1, Some(m1)),
                end: Some("present".to_owned()),
                span: start_byte..end_byte,
            });
        }
        // "04/17 - 2020": a short start, a whole year at the end.
        if let Some(Tok::Num(y)) = tok(j)
            && let Some(y2) = year(y)
            && y2 >= y1
            && toks.get(j + 1).is_none_or(|t| t.0 != Tok::Punct('/'))
        {
            let end_byte = toks.get(j).map_or(text.len(), |t| t.2);
            return Some(Found {
                start: written(y1, Some(m1)),
                end: Some(written(y2, None)),
                span: start_byte..end_byte,
            });
        }
    }
    None
}

/// Whether a bare number that could be a year counts the noun after it instead ("more than
/// 2000 meals served", "1500 users"): a year is followed by punctuation, a capitalised word or
/// a linking word, not by a lowercase noun.
fn counts_something(toks: &[(Tok<'_>, usize, usize)], i: usize, used: usize) -> bool {
    const LINKING: &[&str] = &[
        "and", "or", "at", "in", "on", "for", "with", "to", "till", "until", "onwards", "onward",
        "since", "as", "from", "by", "the", "while", "when", "where", "via", "under", "during",
    ];
    used == 1
        && matches!(toks.get(i).map(|t| &t.0), Some(Tok::Num(_)))
        && matches!(toks.get(i + 1).map(|t| &t.0), Some(Tok::Word(w))
            if w.chars().count() >= 3
                && w.chars().next().is_some_and(char::is_lowercase)
                && !LINKING.contains(&w.to_lowercase().as_str())
                && !is_present(w)
                && month(w).is_none()
                && season(w).is_none())
}

fn written(year: u16, month: Option<u8>) -> String {
    match month {
        Some(m) => format!("{year:04}-{m:02}"),
        None => format!("{year:04}"),
    }
}

/// The first date range (or single dated month or year) in `text`.
pub fn find(text: &str) -> Option<Found> {
    let toks = tokens(text);
    if let Some(found) = short_year_range(&toks, text) {
        return Some(found);
    }
    let mut i = 0;
    let mut single: Option<Found> = None;
    while i < toks.len() {
        if let Some(found) = numeric_months_of_one_year(&toks, i, text) {
            return Some(found);
        }
        let Some((y1, m1, used1)) = date_at(&toks, i) else {
            i += 1;
            continue;
        };
        // "Desde 01/07/2018 hasta hoy", "From Jan 2019 to May 2020", "von 2019 bis 2021": the
        // word that opens a range is the range's.
        let start_byte = i
            .checked_sub(1)
            .and_then(|k| toks.get(k))
            .filter(|t| {
                matches!(&t.0, Tok::Word(w)
                    if is_since(w) || matches!(w.to_lowercase().as_str(), "from" | "von" | "od" | "de" | "du" | "desde" | "dal" | "da"))
            })
            .or_else(|| toks.get(i))
            .map_or(0, |t| t.1);
        let mut j = i + used1;
        let mut seps = 0;
        // "Fev 2023 / Aujourd'hui", "2013/Août 2019": a slash after a year joins a range's
        // ends ("03/2020" is a month and its year).
        let slash_range = |k: usize| {
            matches!(toks.get(k).map(|t| &t.0), Some(Tok::Punct('/')))
                && matches!(k.checked_sub(1).and_then(|b| toks.get(b)).map(|t| &t.0),
                    Some(Tok::Num(n)) if year(n).is_some())
                && match toks.get(k + 1).map(|t| &t.0) {
                    Some(Tok::Word(_)) => true,
                    Some(Tok::Num(n)) => year(n).is_some(),
                    _ => false,
                }
        };
        // "2023/02---2024/05": a dash drawn long is one separator.
        let dash = |k: usize| matches!(toks.get(k).map(|t| &t.0), Some(Tok::Punct('-')));
        while j < toks.len()
            && (seps < 2 || (seps < 4 && dash(j)))
            && toks
                .get(j)
                .is_some_and(|t| is_separator(&t.0) || (seps == 0 && slash_range(j)))
        {
            j += 1;
            seps += 1;
        }
        // "até o Presente", "até o 07/2020", "to the present": the end after its article.
        if seps > 0
            && matches!(toks.get(j).map(|t| &t.0), Some(Tok::Word(article))
                if matches!(article.to_lowercase().as_str(), "the" | "o" | "le" | "la" | "el" | "ao"))
            && matches!(
                toks.get(j + 1).map(|t| &t.0),
                Some(Tok::Word(_) | Tok::Num(_))
            )
        {
            j += 1;
        }
        let end_of = |k: usize| toks.get(k.saturating_sub(1)).map_or(text.len(), |t| t.2);
        if seps > 0 {
            // "in corso", "en cours", "em curso": still running, in two words.
            let ongoing = match (toks.get(j).map(|t| &t.0), toks.get(j + 1).map(|t| &t.0)) {
                // "настоящее время" ("the present time"): the noun is the phrase's.
                (Some(Tok::Word(w)), Some(Tok::Word(noun)))
                    if is_present(w)
                        && matches!(noun.to_lowercase().as_str(), "время" | "времени") =>
                {
                    Some(2)
                }
                (Some(Tok::Word(w)), _) if is_present(w) => Some(1),
                // "2023/02---N": "N" for now, a capital alone after a range's dash.
                (Some(Tok::Word("N")), next)
                    if !matches!(next, Some(Tok::Word(_) | Tok::Num(_) | Tok::Punct('.'))) =>
                {
                    Some(1)
                }
                (Some(Tok::Word(a)), Some(Tok::Word(b)))
                    if matches!(a.to_lowercase().as_str(), "in" | "en" | "em")
                        && matches!(b.to_lowercase().as_str(), "corso" | "cours" | "curso") =>
                {
                    Some(2)
                }
                _ => None,
            };
            if let Some(words) = ongoing
                && let Some(y1) = y1
            {
                return Some(Found {
                    start: written(y1, m1),
                    end: Some("present".to_owned()),
                    span: start_byte..end_of(j + words),
                });
            }
            if let Some((y2, m2, used2)) = date_at(&toks, j)
                && let Some(y2) = y2
            {
                // A range that ends before it starts is still the entry's range: the import
                // keeps it as a comment to correct rather than read half of it.
                let y1 = y1.unwrap_or(y2);
                return Some(Found {
                    start: written(y1, m1),
                    end: Some(written(y2, m2)),
                    span: start_byte..end_of(j + used2),
                });
            }
        }
        if let Some(y1) = y1
            && single.is_none()
            && !counts_something(&toks, i, used1)
            && (y1 >= FIRST_LONE_YEAR || m1.is_some())
        {
            // "seit 6/2015", "since 2019", "depuis 2020": a range still running.
            let since = i
                .checked_sub(1)
                .and_then(|k| toks.get(k))
                .filter(|t| matches!(&t.0, Tok::Word(w) if is_since(w)));
            single = Some(Found {
                start: written(y1, m1),
                end: since.map(|_| "present".to_owned()),
                span: since.map_or(start_byte, |t| t.1)..end_of(i + used1),
            });
        }
        i += used1;
    }
    single
}

/// A range of months in one year, the year written once: "3 - 4/2014", "9 – 12/2002".
fn numeric_months_of_one_year(
    toks: &[(Tok<'_>, usize, usize)],
    i: usize,
    text: &str,
) -> Option<Found> {
    let (Tok::Num(first), start_byte, _) = toks.get(i)? else {
        return None;
    };
    let after_a_number = i
        .checked_sub(1)
        .and_then(|k| toks.get(k))
        .is_some_and(|t| matches!(t.0, Tok::Punct('/' | '.' | ':')) || matches!(t.0, Tok::Num(_)));
    let m1: u8 = first.parse().ok()?;
    if after_a_number || first.len() > 2 || !(1..=12).contains(&m1) {
        return None;
    }
    let j = i + 1;
    if !toks.get(j).is_some_and(|t| is_separator(&t.0)) {
        return None;
    }
    if !matches!(toks.get(j + 1).map(|t| &t.0), Some(Tok::Num(_))) {
        return None;
    }
    let (Some(y), Some(m2), used) = date_at(toks, j + 1)? else {
        return None;
    };
    if used != 3 || m1 > m2 {
        return None;
    }
    let end_byte = toks.get(j + used).map_or(text.len(), |t| t.2);
    Some(Found {
        start: written(y, Some(m1)),
        end: Some(written(y, Some(m2))),
        span: *start_byte..end_byte,
    })
}

/// `text` with its dates and ranges taken out (a space where each stood): "May 2024 - Aug.
/// 2024, May 2025 - Present" leaves nothing to be read as a name.
pub fn without_date(text: &str) -> String {
    let mut text = text.to_owned();
    // A few at most in a line; the bound keeps a pathological line cheap.
    for _ in 0..4 {
        let Some(found) = find(&text) else {
            break;
        };
        // What joined two dates ("June – August 2021 and 2022") goes with them.
        let before = text.get(..found.span.start).unwrap_or_default();
        let after = text.get(found.span.end..).unwrap_or_default();
        text = format!("{} {}", without_joining_word(before), after);
    }
    text
}

/// `text` without the brackets a date stood in ("[  ] Engineer at Acme", "Acme (  〜 )"):
/// brackets that hold nothing but spaces and dashes.
pub fn without_empty_brackets(text: &str) -> String {
    let mut out = text.to_owned();
    for (open, close) in [('(', ')'), ('[', ']'), ('（', '）'), ('【', '】')] {
        let mut from = 0;
        while let Some(start) = out
            .get(from..)
            .and_then(|rest| rest.find(open))
            .map(|at| at + from)
        {
            let inner_start = start + open.len_utf8();
            let Some(end) = out.get(inner_start..).and_then(|rest| rest.find(close)) else {
                break;
            };
            let inner_end = inner_start + end;
            let empty = out.get(inner_start..inner_end).is_some_and(|inner| {
                inner.chars().all(|c| {
                    c.is_whitespace() || matches!(c, '-' | '–' | '—' | '~' | '〜' | ',' | ':')
                })
            });
            if empty {
                out.replace_range(start..inner_end + close.len_utf8(), " ");
                from = start;
            } else {
                from = inner_start;
            }
        }
    }
    out
}

/// `text` without the word that joined it to a date after it ("Supervisor and" of
/// "Supervisor and 2022").
fn without_joining_word(text: &str) -> &str {
    let trimmed = text.trim_end();
    match trimmed.rsplit_once(char::is_whitespace) {
        Some((head, last))
            if matches!(
                last.to_lowercase().as_str(),
                "and" | "&" | "und" | "et" | "y" | "e" | "or"
            ) =>
        {
            head
        }
        _ => text,
    }
}

/// Whether every word of `text` names a month, a season or "present", and the rest is
/// digits and punctuation: a date's fragment ("01/ -31/08/2017", "Aug", "marzo
/// 2012-noviembre"), never a name.
pub fn nothing_but_dates(text: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|word| !word.is_empty())
        .all(|word| month(word).is_some() || season(word).is_some() || is_present(word))
}

/// Whether `text` is nothing but a date or range (and punctuation or a few linking words).
pub fn only_date(text: &str) -> bool {
    let Some(found) = find(text) else {
        return false;
    };
    let rest: String = text
        .get(..found.span.start)
        .unwrap_or_default()
        .chars()
        .chain(text.get(found.span.end..).unwrap_or_default().chars())
        .filter(|c| c.is_alphanumeric())
        .collect();
    rest.chars().count() <= 5
}

/// Whether a single date ends its text after a separator, set off ("Coordinator, Acme - 2014").
pub(super) fn set_off_at_the_end(text: &str, found: &Found) -> bool {
    let after = text.get(found.span.end..).unwrap_or_default();
    let before = text.get(..found.span.start).unwrap_or_default().trim_end();
    after
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .is_empty()
        && before.ends_with(['-', '–', '—', '|', ','])
}

/// Whether a line starts with its date set off by a colon, a bar, a dash or (a range) a comma
/// ("6/2011 - 9/2011: Receptionist at …", "Aug 2008 - Present, Ecologist, U.S. EPA"): an entry.
pub(super) fn date_leads(text: &str) -> bool {
    let text = text.trim_start();
    find(text).is_some_and(|found| {
        found.span.start == 0
            && text.get(found.span.end..).is_some_and(|after| {
                let after = after.trim_start();
                after.starts_with([':', '|'])
                    || (after.starts_with(',') && found.end.is_some())
                    || (after.starts_with(['-', '–', '—'])
                        && after.get(1..).is_some_and(|rest| rest.starts_with(' ')))
                    || ["– ", "— "].iter().any(|dash| after.starts_with(dash))
            })
    })
}

#[cfg(test)]
#[path = "dates_tests.rs"]
mod tests;
