//! Entries grouped under an employer: a line dated across the roles under it names their
//! organisation (LinkedIn's layout, and many résumés'), read after the entry reader
//! ([`super::entries`]) has read each dated line.

use super::cues::role_like;
use super::dates;
use super::draft::DraftRole;

/// An entry read so far: its organisation if it names one, whether its header starts at the
/// date, and the rest.
pub(super) type Read = (Option<String>, bool, DraftRole);

/// Organisation lines dated across the roles under them ("THG - The Hut Group ~ 7 years
/// (2015 – Present)" over "Junior Linux Engineer (2022 – Present)" and "Warehouse IT (2015 –
/// 2018)"), as LinkedIn and many résumés group a career at one employer: not a position of
/// their own, but the organisation of each entry whose dates lie within theirs. A role-less
/// entry in the group is named by its role ("Warehouse IT").
pub(super) fn groups_apart(
    headers: Vec<Vec<String>>,
    read: Vec<Read>,
) -> (Vec<Vec<String>>, Vec<Read>) {
    let span = |role: &DraftRole| {
        let at = |text: &str, last: bool| {
            let mut numbers = text.split('-').map(|n| n.parse::<u32>().ok());
            let year = numbers.next().flatten()?;
            let month = numbers
                .next()
                .flatten()
                .unwrap_or(if last { 12 } else { 1 });
            Some(year * 12 + month)
        };
        let start = at(role.start.as_deref()?, false)?;
        let end = match role.end.as_deref() {
            Some("present") => u32::MAX,
            Some(end) => at(end, true)?,
            None => return None,
        };
        Some((start, end))
    };
    let mut out_headers = Vec::with_capacity(headers.len());
    let mut out = Vec::with_capacity(read.len());
    // (the group's organisation, its dates, whether its line named no role: then its
    // roles' own names are departments of it, "Software Engineer, Network Management
    // Services" under "HEWLETT PACKARD, Palo Alto, CA 2008-2016")
    let mut group: Option<(String, (u32, u32), bool)> = None;
    let mut entries = headers.into_iter().zip(read).peekable();
    while let Some((fragments, (org, below, mut role))) = entries.next() {
        let this = span(&role);
        let within = |outer: (u32, u32), inner: Option<(u32, u32)>| {
            inner.is_some_and(|(s, e)| s >= outer.0 && e <= outer.1 && (s, e) != outer)
        };
        // An entry naming its own organisation and role is no role of a group.
        let one_name =
            |org: &Option<String>, role: &DraftRole| org.is_none() || role.role.is_none();
        if let Some((name, outer, roleless)) = &group
            && within(*outer, this)
            && (one_name(&org, &role) || *roleless)
        {
            // Named by what it is, not by whom: its one name is its role.
            role.role = match (role.role.take(), org) {
                (None, org) => org,
                (Some(title), Some(department)) => Some(format!("{title}, {department}")),
                (title, None) => title,
            };
            out_headers.push(fragments);
            out.push((Some(name.clone()), below, role));
            continue;
        }
        group = None;
        let uncued =
            !role.role.as_deref().is_some_and(role_like) && !org.as_deref().is_some_and(role_like);
        let roleless = role.role.is_none() && org.is_some();
        let opens = this.is_some_and(|outer| {
            // The first role under it names no organisation of its own: two employers
            // whose dates overlap (a second job held alongside) are no group. A line naming
            // only an organisation holds no job of its own, so what is under it is its.
            entries.peek().is_some_and(|(_, next)| {
                within(outer, span(&next.2))
                    && (next.0.is_none() || roleless)
                    && next.2.role.is_some()
            })
        });
        if uncued
            && opens
            && let Some(outer) = this
        {
            // The organisation as the header read it (without its place), if that is all
            // the line named.
            let name = match &org {
                Some(name) if roleless => name.clone(),
                _ => group_name(&fragments),
            };
            if !name.is_empty() {
                group = Some((name, outer, roleless));
                continue;
            }
        }
        out_headers.push(fragments);
        out.push((org, below, role));
    }
    (out_headers, out)
}

/// A group line's organisation: its text without the dates and the length of time
/// ("~ 7 years", "3 yrs 2 mos").
fn group_name(fragments: &[String]) -> String {
    let text = dates::without_date(&fragments.join(" "));
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut kept: Vec<&str> = Vec::with_capacity(words.len());
    let mut i = 0;
    while let Some(word) = words.get(i) {
        let unit = words
            .get(i + 1)
            .map(|u| u.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase());
        let is_number = word.trim_start_matches(['~', '(']).parse::<u32>().is_ok();
        if is_number && unit.as_deref().is_some_and(super::lengths::unit) {
            i += 2;
            continue;
        }
        // What the date and length stood in ("( )", "~") goes with them.
        if !word
            .chars()
            .all(|c| matches!(c, '~' | '(' | ')' | '[' | ']' | ','))
        {
            kept.push(word);
        }
        i += 1;
    }
    kept.join(" ")
        .trim_matches(|c: char| !c.is_alphanumeric() && c != ')' && c != '.')
        .to_owned()
}
