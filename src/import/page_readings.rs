//! A Markdown page read twice: by the section readers ([`super::markdown`]) and by the one
//! entry reader over the page's blocks ([`super::entries`]), which reads every page. Its
//! positions replace the section readers' where it finds more whole ones (role,
//! organisation and start). The section readers stay on a tie, and where the entry reader,
//! anchored on dates, sees none (undated "## Organisation / ### Role" entries).

use super::draft::{Draft, DraftRole};
use super::{blocks, confidence, cues, dates, entries, markdown_blocks, plausible};

/// `draft` (the section readers' reading of the page whose Markdown `body` is named
/// `name`) with the entry reader's positions where they are the better reading.
pub(super) fn with_entry_reading(draft: &mut Draft, body: &str, name: &str) {
    let page_blocks = markdown_blocks::from_markdown(body);
    blocks::show_if_asked(&page_blocks);
    let found = entries::draft(&page_blocks, name, "Markdown");
    // Named in words, with no markup left in them (a reader that took a line's HTML
    // or link syntax for its text has not read it).
    let named = |t: &str| {
        t.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !["<", ">", "](", "**", "__"].iter().any(|m| t.contains(m))
    };
    // A position whose organisation reads as a role and whose role does not ("Senior
    // Design Engineer" at "Nokia Corporation") has them the wrong way round: not whole.
    // Nor is one the entry reader's score doubts ("May" at "Aug", a heading "May - Aug,
    // 2018" read as a role and an organisation).
    let likely = |r: &DraftRole, of: usize| {
        plausible::unlikely_position(&r.organisation, r.role.as_deref(), false).is_none()
            && confidence::likelihood(&confidence::Entry {
                organisation: &r.organisation,
                role: r.role.as_deref(),
                header_lines: 1,
                highlights: r.highlights.len() + usize::from(r.summary.is_some()),
                has_end: r.end.is_some(),
                month_known: r.start.as_deref().is_some_and(|s| s.len() > 4),
                under_a_heading: true,
                entries_in_file: of,
                kind: "Markdown",
                ..confidence::Entry::default()
            }) >= confidence::KEEP_AT
    };
    let whole = |roles: &[DraftRole]| {
        roles
            .iter()
            .filter(|r| {
                r.role.as_deref().is_some_and(named)
                    && named(&r.organisation)
                    // "Key Achievements", a label under each job, names no employer.
                    && super::section_heads::section_of(&r.organisation).is_none()
                    // Nor does a place ("Mexico" for a stint's "Mexico City, Mexico"), or a
                    // sentence ("Led development.", a bullet read as the organisation; not
                    // "IBM, Yorktown Heights USA.").
                    && !super::places::is_place(&r.organisation)
                    && !ends_in_a_word(&r.organisation)
                    && r.start.is_some()
                    && likely(r, roles.len())
            })
            .filter(|r| {
                !cues::role_like(&r.organisation) || r.role.as_deref().is_some_and(cues::role_like)
            })
            .count()
    };
    // Where no entry names its role ("*06/2022 - today:* Acme GmbH - _Berlin_"), the
    // dated organisations with no markup left in role or organisation.
    let dated = |roles: &[DraftRole]| {
        roles
            .iter()
            .filter(|r| {
                named(&r.organisation) && r.start.is_some() && r.role.as_deref().is_none_or(named)
            })
            .count()
    };
    // A position the section readers placed under research or teaching stays there.
    let mut found = found;
    found.experience.retain(|role| {
        let start =
            |s: &Option<String>| s.as_deref().and_then(dates::find).map(|found| found.start);
        !draft.research.iter().any(|placed| {
            start(&placed.start) == start(&role.start)
                && (role.organisation.contains(&placed.organisation)
                    || placed.organisation.contains(&role.organisation))
        })
    });
    // On a tie, the reading whose roles read as roles and organisations as names:
    // a section reader that took "Diamond Parking" for the role and "Parking Lot
    // Supervisor" for the organisation has them the wrong way round.
    let agreeing = |roles: &[DraftRole]| {
        roles
            .iter()
            .map(|r| {
                let role = r.role.as_deref().is_some_and(cues::role_like);
                let org = cues::role_like(&r.organisation);
                i64::from(role && !org) - i64::from(org && !role)
            })
            .sum::<i64>()
    };
    let better = (
        whole(&found.experience),
        dated(&found.experience),
        agreeing(&found.experience),
    ) > (
        whole(&draft.experience),
        dated(&draft.experience),
        agreeing(&draft.experience),
    );
    if !found.experience.is_empty() && better {
        // The entry reader read the job history's lines the section readers left,
        // and those of headings they took for sections of their own (an Org
        // outline's "****** Engineer" over its bullets): what it placed is placed.
        let placed: std::collections::HashSet<String> = found
            .experience
            .iter()
            .flat_map(|r| r.highlights.iter().chain(&r.summary))
            .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        draft.unplaced.retain(|(_, text)| {
            !placed.contains(&text.split_whitespace().collect::<Vec<_>>().join(" "))
        });
        draft.experience = found.experience;
        draft.unplaced_positions = found.unplaced;
    }
}

/// Whether a text ends a sentence on a common word ("Led development.", "deliver great
/// products."), as a bullet does and a name with its place ("Acme, Aurora USA.") does not.
fn ends_in_a_word(text: &str) -> bool {
    cues::ends_sentence(text)
        && text
            .split_whitespace()
            .next_back()
            .is_some_and(|last| last.starts_with(char::is_lowercase))
}
