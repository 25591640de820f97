//! The last step of the entry reader ([`super::entries`]): each entry read takes an
//! organisation (its own, its employer's over several roles, or its one name), and is placed
//! in the draft as a position only when its names can be a role's and an organisation's
//! ([`super::plausible`]) and it is likely a position ([`super::confidence`]). An entry left
//! out is kept as a comment with the reason, never dropped in silence.

use super::confidence::{self, Entry};
use super::draft::Draft;
use super::entry_groups::Read;

/// What the entry reader knows of the whole file.
pub(super) struct File<'a> {
    /// A heading named a section a job history.
    pub under_a_heading: bool,
    /// What kind of document it is.
    pub kind: &'a str,
}

/// Places the entries `read` (with the header lines of each, `headers`) in `draft`.
pub(super) fn placed(draft: &mut Draft, headers: &[Vec<String>], read: Vec<Read>, file: File) {
    // Several roles under one organisation line: a role with no organisation of its own
    // takes the one written below it (when headers start at the date) or above it.
    let orgs: Vec<Option<String>> = read.iter().map(|r| r.0.clone()).collect();
    let lower_case_style = super::plausible::lower_case_style(
        read.iter()
            .flat_map(|(org, _, role)| [org.as_deref(), role.role.as_deref()])
            .flatten(),
    );
    let entries_in_file = read.len();
    for (i, (org, below, mut role)) in read.into_iter().enumerate() {
        let borrowed = || {
            if below {
                orgs.iter().skip(i + 1).flatten().next().cloned()
            } else {
                orgs.iter().take(i).rev().flatten().next().cloned()
            }
        };
        let from_neighbour = if org.is_some() { None } else { borrowed() };
        let was_borrowed = from_neighbour.is_some();
        let Some(organisation) = org.or(from_neighbour).or_else(|| role.role.take()) else {
            continue;
        };
        role.role = role.role.filter(|r| *r != organisation);
        let header = |organisation: &str| {
            [role.role.as_deref(), Some(organisation)]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" — ")
        };
        let unlikely = super::plausible::unlikely_position(
            &organisation,
            role.role.as_deref(),
            lower_case_style,
        );
        if let Some(why) = unlikely {
            draft.unplaced.push((
                "experience".to_owned(),
                format!(
                    "{} ({}): not imported as a position, a name in it reads as {}",
                    header(&organisation),
                    role.start.as_deref().unwrap_or_default(),
                    why.reason()
                ),
            ));
            continue;
        }
        let entry = Entry {
            organisation: &organisation,
            role: role.role.as_deref(),
            borrowed: was_borrowed,
            header_lines: headers.get(i).map_or(0, Vec::len),
            highlights: role.highlights.len(),
            has_end: role.end.is_some(),
            month_known: role.start.as_deref().is_some_and(|s| s.len() > 4),
            under_a_heading: file.under_a_heading,
            header_above: !below,
            entries_in_file,
            kind: file.kind,
        };
        confidence::show_if_asked(&entry, role.start.as_deref());
        let likelihood = confidence::likelihood(&entry);
        if likelihood < confidence::KEEP_AT {
            draft.unplaced.push((
                "experience".to_owned(),
                format!(
                    "{} ({}): not imported as a position, it reads like one only {:.0} % of the time",
                    header(&organisation),
                    role.start.as_deref().unwrap_or_default(),
                    likelihood * 100.0
                ),
            ));
            continue;
        }
        role.organisation = organisation;
        super::labelled_records::fields_taken_out(&mut role);
        draft.experience.push(role);
    }
}
