//! One entry reader over [`Block`]s, whatever file they came from: in a section about work
//! (by its heading's words), a date range anchors a position; its role, organisation and place
//! come from the text around the date by general cues ("at", "@", commas, pipes, dashes,
//! semicolons, role words such as "Engineer" or "Intern", organisation words such as "Inc" or
//! "University"); the list items and lines that follow are its highlights.

use super::blocks::{Block, Kind};
use super::cues::{ORG_MARK, org_like, read_header, role_like};
use super::dates;
use super::draft::{Draft, DraftRole};
use super::entry_lines::{
    dates_lifted_to_their_header, lengths_apart, run_in_headers_apart, side_headings_apart,
    wrapped_headers_joined,
};
use super::section_heads::{
    Section, bulleted_header, header_like, header_shape, heading, is_label, level,
};

/// The positions in `blocks`, as a draft.
pub fn draft(blocks: &[Block], name: &str, kind: &'static str) -> Draft {
    let blocks = &dates_lifted_to_their_header(side_headings_apart(&wrapped_headers_joined(
        run_in_headers_apart(super::labelled_records::details_below_the_date(
            super::labelled_records::period_labels_dropped(super::labelled_records::dates_first(
                lengths_apart(&super::entry_lines::stints_under_their_job(
                    super::entry_lines::ranges_across_two_lines(blocks.to_vec()),
                )),
            )),
        )),
    )));
    let mut draft = Draft {
        source_kind: kind,
        source_name: name.to_owned(),
        ..Draft::default()
    };
    // A section is named once: a name repeated is a label inside each entry ("Key
    // Achievements" under every job), and the section goes on.
    // Written alike each time: "образование" under "Дополнительное", a heading wrapped in a
    // narrow column, repeats no "Образование".
    let named = |b: &Block| b.text().trim().trim_end_matches(':').to_owned();
    // Which blocks hold a date, read once for the passes below.
    let dated: Vec<bool> = blocks
        .iter()
        .map(|b| b.parts.iter().any(|p| dates::find(p).is_some()))
        .collect();
    let is_dated = |i: usize| dated.get(i).copied().unwrap_or(false);
    // A table of contents before the first date names each section once more: that repeats
    // no label.
    let first_dated = dated.iter().position(|d| *d).unwrap_or(0);
    let mut times: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for block in blocks
        .iter()
        .skip(first_dated)
        .filter(|b| heading(b) == Some(Section::Other))
    {
        *times.entry(named(block)).or_default() += 1;
    }
    // So is a job history's word under every job ("Tätigkeiten:", duties, under each entry
    // of "Berufserfahrung"), when another heading names the section itself.
    let mut position_times: std::collections::HashMap<String, usize> =
        std::collections::HashMap::new();
    for block in blocks
        .iter()
        .filter(|b| heading(b) == Some(Section::Positions) && is_label(b))
    {
        *position_times.entry(named(block)).or_default() += 1;
    }
    let other_position_heading = blocks
        .iter()
        .any(|b| heading(b) == Some(Section::Positions) && !is_label(b));
    if other_position_heading {
        times.extend(position_times.into_iter().filter(|(_, n)| *n > 1));
    }
    // Labels set as headings ("Tätigkeiten:") have a look; a section's name in that look
    // inside the job history ("Projekte:" under one job) is a label too.
    let label_levels: Vec<u8> = blocks
        .iter()
        .filter(|b| is_label(b) && times.get(&named(b)).is_some_and(|n| *n > 1))
        .filter_map(level)
        .collect();
    let heading = |b: &Block| heading(b).filter(|_| times.get(&named(b)).is_none_or(|n| *n < 2));
    // Which section each block is in; with no section headings at all, everything is read.
    let mut sections = Vec::with_capacity(blocks.len());
    // Without a heading that names a section of positions, whatever no other heading claims
    // is read ("## Introduction" over the entries, "## Awards" after them).
    let any_heading = blocks
        .iter()
        .any(|b| heading(b) == Some(Section::Positions));
    let mut current = if any_heading {
        None
    } else {
        Some(Section::Positions)
    };
    // A heading as large as the one that opened the section ends it, whatever its words
    // ("## Open Source Impact" after "## Experience"): entries under it are not positions.
    // Only where the file marks its headings' levels by their meaning: a PDF's are guessed
    // from font sizes, and a Word file's styles are often chosen for their look (the
    // organisations and roles of a job history in the section's own Heading 2).
    let levels_marked = matches!(kind, "Markdown" | "Word document");
    let mut opened_at: Option<u8> = None;
    // The levels the document sets its known section headings at ("Studium", "Sprachen").
    let section_levels: Vec<u8> = blocks
        .iter()
        .filter(|b| heading(b).is_some())
        .filter_map(level)
        .collect();
    let unknown_heading = |i: usize, b: &Block| {
        level(b).is_some_and(|l| section_levels.contains(&l))
            && heading(b).is_none()
            && b.words() <= 3
            && !is_dated(i)
    };
    let the_one_unknown = blocks
        .iter()
        .enumerate()
        .filter(|(i, b)| unknown_heading(*i, b))
        .count()
        == 1;
    // Entries set as dated headings, and no section named by a heading.
    let entry_headings = !blocks
        .iter()
        .any(|b| level(b).is_some() && heading(b).is_some())
        && blocks
            .iter()
            .enumerate()
            .any(|(i, b)| level(b).is_some() && is_dated(i));
    let mut dated_since_opened = false;
    // Whether the open section sets its entries under headings as large as its own
    // ("EXPERIENCES" / "EFFICITY" / "Ingénieur DevOps 11/2021–10/2023"): learnt from what
    // comes first after it, a heading of its size or a dated line.
    let mut entries_under_headings: Option<bool> = None;
    for (i, block) in blocks.iter().enumerate() {
        // With no heading of a job history, the one heading set like the known sections'
        // whose words folio does not know ("Tä gkeiten", its ligature lost; a language
        // without a word list) opens a section that is read: it is most likely the one
        // missing.
        if !any_heading
            && the_one_unknown
            && unknown_heading(i, block)
            && current == Some(Section::Other)
        {
            current = Some(Section::Positions);
            opened_at = level(block);
            sections.push(None);
            continue;
        }
        // A section's name in body text, where a heading opened the job history, is a label
        // inside one of its entries ("Projects" under a job, under a large "Experience"): a
        // document sets its section headings alike.
        // So is a label in body text ("Technologies:") under an entry set as a heading
        // ("* TeamLead at Automaton [Dec 2015 - Mar 2017]"), where the file sets no section
        // heading at all.
        let under_a_dated_heading =
            entry_headings && is_label(block) && level(block).is_none() && dated_since_opened;
        let inside_an_entry = current == Some(Section::Positions)
            && ((opened_at.is_some() && level(block).is_none())
                || under_a_dated_heading
                || (is_label(block) && level(block).is_some_and(|l| label_levels.contains(&l))));
        if level(block).is_some() {
            dated_since_opened = is_dated(i);
        }
        if let Some(section) = heading(block).filter(|_| !inside_an_entry) {
            current = Some(section);
            opened_at = level(block);
            entries_under_headings = None;
            sections.push(None);
            continue;
        }
        if entries_under_headings.is_none() && opened_at.is_some() {
            if is_dated(i) {
                entries_under_headings = Some(false);
            } else if level(block).is_some() && level(block) == opened_at {
                entries_under_headings = Some(true);
            }
        }
        // In a file with no heading of a job history, whatever a section ("Technical
        // Skills") does not hold is read: a heading as large as that section's ends it
        // ("LoanSnap - San Francisco" after the skills).
        if let (Some(this), Some(open)) = (level(block), opened_at)
            && !any_heading
            && levels_marked
            && current == Some(Section::Other)
            && this <= open
        {
            current = Some(Section::Positions);
            opened_at = None;
        }
        // A file whose levels are guessed from font sizes shows which its section headings
        // are where its entries are dated lines, not headings as large as the section's:
        // there the next heading of that size opens another section ("Encadrement
        // Scientifique" after "Parcours Professionnel").
        // A label inside an entry ("Tätigkeiten:" under each job) ends nothing, nor does a
        // line set large by mistake: a sentence's end ("architecturale de l'entreprise.") or
        // an employer beside its place ("MFD Moscou, Russie").
        let levels_known = levels_marked
            || (entries_under_headings == Some(false)
                && !inside_an_entry
                && super::section_heads::shaped_as_a_heading(block));
        if let (Some(this), Some(open)) = (level(block), opened_at)
            && levels_known
            && this <= open
            && !is_dated(i)
            // "## Acme Corp" over its roles is an entry, not a new section.
            && !block.parts.iter().any(|p| role_like(p) || org_like(p))
        {
            current = Some(Section::Other);
            sections.push(None);
            continue;
        }
        sections.push(current);
    }
    // A line whose words name a section, kept inside the job history as a label, may still
    // be a line of an entry's header when it is a name of two words or more ("Government
    // Digital Service" above its roles), not a label ("Projects").
    let personal: Vec<bool> = blocks
        .iter()
        .map(super::labelled_records::gives_a_personal_detail)
        .collect();
    // Nor is a labelled detail ("Industry: Antivirus", "Location: Lyon"): it names a field.
    let details: Vec<bool> = blocks
        .iter()
        .map(super::labelled_records::is_detail)
        .collect();
    // A bullet holding a name and its place over a dated line that is no bullet.
    let bulleted_name_and_place = |i: usize| {
        dated.get(i) == Some(&false)
            && dated.get(i + 1) == Some(&true)
            && blocks
                .get(i)
                .is_some_and(|b| bulleted_header(b, blocks.get(i + 1)))
    };
    let header_at = |i: usize| {
        blocks.get(i).is_some_and(|b| {
            !personal.get(i).copied().unwrap_or(false)
                && !details.get(i).copied().unwrap_or(false)
                && !super::section_words::names_an_entry_part(&b.text())
                && (header_like(b)
                    || (header_shape(b)
                        && b.words() >= 2
                        && sections.get(i).copied().flatten() == Some(Section::Positions))
                    || bulleted_name_and_place(i))
        })
    };
    let anchors: Vec<usize> = blocks
        .iter()
        .enumerate()
        .filter(|(i, b)| {
            sections.get(*i).copied().flatten() == Some(Section::Positions)
                && (b.words() <= 24 || b.parts.first().is_some_and(|p| dates::date_leads(p)))
                && b.parts.iter().any(|p| dates::find(p).is_some_and(|found| {
                    // A lone year inside a sentence ("top performer for Cyber Guard 2014") is
                    // no entry: a single date anchors one only when it stands apart.
                    found.end.is_some()
                        || dates::only_date(p)
                        || b.words() <= 8
                        || dates::set_off_at_the_end(p, &found)
                }))
                // A list item is an entry's first line only when it is short or its date
                // stands apart (a bulleted "Role @ Org (2019 – 2021)"), not a sentence that
                // mentions a year.
                && (!matches!(b.kind, Kind::Item(_))
                    || b.words() <= 12
                    || (b.parts.len() > 1 && b.parts.iter().any(|p| dates::only_date(p)))
                    || b.parts.first().is_some_and(|p| dates::date_leads(p))
                    // A cell of its own that opens with the date ("Auxiliar de Sistemas |
                    // 2013-2014 Centro Escolar (junio 2013 - agosto 2014)").
                    || b.parts.iter().skip(1).any(|p| {
                        dates::find(p).is_some_and(|found| found.span.start == 0)
                    }))
        })
        .map(|(i, _)| i)
        .collect();
    // Entries of a section share a shape: where some start with a line of their own, a dated
    // list item is a highlight of one ("Delivery driver from 2019 – current").
    let section_of_block = |i: usize| {
        (0..=i)
            .rev()
            .find(|k| sections.get(*k).copied().flatten().is_none())
            .unwrap_or(0)
    };
    let is_item = |i: usize| {
        blocks
            .get(i)
            .is_some_and(|b| matches!(b.kind, Kind::Item(_)))
    };
    // … and a labelled detail's date ("EMPLOYMENT SPAN: 2019 - 2022") dates no entry of its
    // own where other lines do.
    let detail = |i: usize| {
        blocks
            .get(i)
            .is_some_and(super::labelled_records::is_detail)
    };
    let anchors: Vec<usize> = anchors
        .iter()
        .copied()
        .filter(|&a| {
            !blocks
                .get(a)
                .is_some_and(|b| super::labelled_records::gives_a_birth_date(&b.text()))
        })
        .filter(|&a| {
            !detail(a)
                || !anchors
                    .iter()
                    .any(|&o| !detail(o) && section_of_block(o) == section_of_block(a))
        })
        .collect();
    let anchors: Vec<usize> = anchors
        .iter()
        .copied()
        .filter(|&a| {
            !is_item(a)
                || !anchors
                    .iter()
                    .any(|&o| !is_item(o) && section_of_block(o) == section_of_block(a))
        })
        .collect();
    // A date line with hardly a word but its date ("mois) | Jan. 2016 – Fev. 2016", a
    // header's wrapped end) belongs to the header line above it, whatever the section's
    // first entry looked like; a label above ("Description:") names nothing.
    let bare_date_line = |anchor: usize| {
        anchor > 0
            && header_at(anchor - 1)
            && blocks.get(anchor - 1).is_some_and(|b| !is_label(b))
            && blocks.get(anchor).is_some_and(|b| {
                let words: Vec<String> = b
                    .parts
                    .iter()
                    .flat_map(|p| {
                        dates::without_date(p)
                            .split_whitespace()
                            .filter(|w| w.chars().any(char::is_alphanumeric))
                            .map(str::to_owned)
                            .collect::<Vec<_>>()
                    })
                    .collect();
                // One capitalised word is a name in a cell of its own ("11/2016 – 04/2017 |
                // Küchenhilfe"), not a wrapped line's end.
                match words.as_slice() {
                    [] => true,
                    [word] => {
                        !(word.chars().count() >= 4
                            && word.chars().next().is_some_and(char::is_uppercase)
                            && b.parts.len() > 1)
                    }
                    _ => false,
                }
            })
    };
    // How many header lines stand above the date line: read from the first entry of each
    // section, where nothing else can stand between the heading and it.
    let mut above = 0;
    // … but one for a bare date line, whatever the first entry had.
    // Not where the section's first entry set its date alone over its header ("08/2019 -
    // 12/2019" / "Apumies" / "Auramaa Logistiikka Oy"): there the line above a bare date
    // ends the previous entry.
    let above_of = |anchor: usize, above: usize, dates_lead: bool| {
        if above == 0 && !dates_lead && bare_date_line(anchor) {
            1
        } else {
            above
        }
    };
    // Whether the line above names the organisation, whether the date line's own reading is
    // cued, and whether the organisation is on the line below it.
    let org_lines = |anchor: usize| {
        // A date line that names a role and an organisation itself ("7/2022–Present,
        // Assessment Manager, State of Oregon") is a whole header: the lines around it are
        // the previous entry's and its own highlights.
        // Unless the line right above names an organisation itself ("CommScope Inc. |
        // Horsham, PA" over "SOFTWARE ENGINEER · NETWORK SERVICES DEPARTMENT | 2019 –
        // Present"): then the date line's own "organisation" is a part of it.
        let named_above = anchor
            .checked_sub(1)
            .filter(|above| header_at(*above))
            .and_then(|above| blocks.get(above))
            .is_some_and(|b| {
                b.parts.first().is_some_and(|first| org_like(first))
                // A heading "Software Developer at Acme" over "Mexico City · Consultant ·
                // 2010": a whole header, cued.
                || (matches!(b.kind, Kind::Heading(_)) && {
                    let header = read_header(&b.parts, None);
                    header.role_first.is_some() && header.role.is_some() && header.org.is_some()
                })
                // "Harvey AI | San Francisco, CA": a name beside its place, over the
                // role and the dates.
                || matches!(b.parts.as_slice(), [name, place]
                    if super::places::is_place(place) && !role_like(name))
            });
        // Nor when the line right below names one more surely than the date line's own
        // "organisation" ("04/2014 – 04/2016 | Software-Service, Laborinformationssysteme"
        // over "MIPS Deutschland GmbH & Co. KG").
        let date_line_header = blocks.get(anchor).map(|b| read_header(&b.parts, None));
        let named_below = || {
            let org_score = |text: &str| super::cue_words::score(text, super::cue_words::ORG_WORDS);
            let own = date_line_header
                .as_ref()
                .and_then(|h| h.org.as_deref())
                .map_or(0, org_score);
            blocks
                .get(anchor + 1)
                .filter(|_| header_at(anchor + 1))
                .is_some_and(|b| {
                    b.parts.len() == 1
                        && b.words() <= 8
                        && b.parts
                            .iter()
                            .all(|p| org_like(p) && org_score(p) > own && dates::find(p).is_none())
                })
        };
        let cued = date_line_header
            .as_ref()
            .is_some_and(|h| h.role_first.is_some());
        // (A date alone on its line names nothing: what is below is the whole header.)
        let org_below = !named_above
            && blocks
                .get(anchor)
                .is_some_and(|b| !b.parts.iter().all(|p| dates::only_date(p)))
            && named_below();
        (named_above, cued, org_below)
    };
    // A file that sets each organisation on the line under the role's dated line ("Tivoli
    // Administrator | October 2002 - July 2004" / "IBM Global Services (Remote)") does so
    // under a role line that reads as two names ("Instructor / Guide") as well.
    let one_name_below = |anchor: usize| {
        header_at(anchor + 1)
            && blocks
                .get(anchor + 1)
                .is_some_and(super::entry_lines::one_name)
    };
    let below_votes = anchors.iter().filter(|&&a| one_name_below(a)).count();
    let sets_org_below = below_votes >= 2 && below_votes * 2 >= anchors.len();
    let org_below_as_elsewhere = |anchor: usize| {
        one_name_below(anchor)
            // One cell beside the date, its names split only by a slash or a bullet (not
            // "Kestrel Labs" and "Werkstudent" in cells of their own).
            && blocks.get(anchor).is_some_and(|b| {
                b.parts.iter().filter(|p| !dates::only_date(p)).count() == 1
                    && read_header(&b.parts, None)
                        .org
                        .is_none_or(|org| !org_like(&org))
            })
    };
    let mut taken_until = 0;
    let mut dates_lead = false;
    // (organisation if the entry names one, whether its header starts at the date, the rest)
    let mut read: Vec<(Option<String>, bool, DraftRole)> = Vec::new();
    // Each entry's header lines, and how many cued entries put the role [second, first].
    let mut headers: Vec<Vec<String>> = Vec::new();
    let mut votes = [0usize; 2];
    for (n, &anchor) in anchors.iter().enumerate() {
        let section_start = (0..anchor)
            .rev()
            .find(|i| sections.get(*i).copied().flatten().is_none())
            .map_or(0, |i| i + 1);
        let first_in_section = anchors
            .get(n.wrapping_sub(1))
            .is_none_or(|&prev| prev < section_start);
        let (named_above, cued, org_below) = org_lines(anchor);
        let org_below =
            org_below || (sets_org_below && !named_above && org_below_as_elsewhere(anchor));
        let contained = !named_above && cued && !org_below;
        if first_in_section && contained {
            above = 0;
            taken_until = section_start;
        } else if first_in_section {
            // Two lines name the role and the organisation; a line giving only the place
            // ("Montreuil, France") stands among them without taking the place of either.
            let mut named = 0;
            above = (section_start..anchor)
                .rev()
                .take_while(|i| header_at(*i))
                .take_while(|i| {
                    let place = blocks.get(*i).is_some_and(
                        |b| matches!(b.parts.as_slice(), [p] if super::places::is_place(p)),
                    );
                    named += usize::from(!place);
                    named <= 2
                })
                .count();
            taken_until = section_start;
        }
        if first_in_section {
            dates_lead = above == 0
                && !contained
                && blocks
                    .get(anchor)
                    .is_some_and(|b| b.parts.iter().all(|p| dates::only_date(p)))
                && header_at(anchor + 1);
        }
        let mut fragments = Vec::new();
        // A dated item nested under an undated one: the outer item names what it is under
        // ("- Acme" over "  - Engineer (2019 – 2021)").
        if let Some(Kind::Item(depth)) = blocks.get(anchor).map(|b| b.kind)
            && depth > 0
            && let Some(parent) = blocks.get(..anchor).and_then(|before| {
                before
                    .iter()
                    .rev()
                    .find(|b| matches!(b.kind, Kind::Item(d) if d < depth) || heading(b).is_some())
            })
            && matches!(parent.kind, Kind::Item(_))
            && parent.words() <= 14
            && !parent.parts.iter().any(|p| dates::find(p).is_some())
        {
            fragments.extend(super::labelled_records::outer_item_header(
                blocks.get(..anchor).unwrap_or_default(),
                parent,
            ));
        }
        let above_here = above_of(anchor, above, dates_lead);
        let top = if contained {
            anchor
        } else {
            anchor.saturating_sub(above_here).max(taken_until)
        };
        for i in top..anchor {
            if let Some(b) = blocks.get(i)
                && header_at(i)
            {
                fragments.extend(b.parts.iter().cloned());
            }
        }
        if let Some(b) = blocks.get(anchor) {
            // "Período: 2018 - 2020": the label names the date, nothing else.
            fragments.extend(
                b.parts
                    .iter()
                    .map(|p| super::labelled_records::dated_value(p).unwrap_or_else(|| p.clone())),
            );
        }
        let next_anchor = anchors.get(n + 1).copied().unwrap_or(blocks.len());
        // The next entry's header lines stand above its date line; the last entry's
        // highlights run to the end.
        let next_top = if n + 1 < anchors.len() {
            next_anchor.saturating_sub(above_of(next_anchor, above, dates_lead))
        } else {
            blocks.len()
        };
        let mut i = anchor + 1;
        // A role written under the date when the lines above named only the organisation
        // ("WTL Enterprises, Monett, Mo" / "January 2020 - present" / "Fullstack Engineer").
        if above_here > 0
            && !contained
            && !fragments.iter().any(|f| role_like(f))
            && let Some(below) = blocks.get(i).filter(|b| {
                i < next_anchor
                    && header_at(i)
                    && b.words() <= 6
                    && b.parts.iter().any(|p| role_like(p))
            })
        {
            fragments.extend(below.parts.iter().cloned());
            i += 1;
        }
        // An organisation written under the date when the lines above named only the role
        // ("Full Stack Developer" / "November 2022 - Present" / "Widgetco, Springfield").
        let only_roles_above = fragments
            .iter()
            .filter(|f| !dates::only_date(f))
            .all(|f| role_like(f));
        if above_here > 0
            && !contained
            && i == anchor + 1
            && only_roles_above
            && fragments.iter().any(|f| role_like(f))
            // "Software Engineer, Juphy, Oregon" names its organisation already: the line
            // under the date ("Key Achievements & Responsibilities") is not it.
            && read_header(&fragments, None).org.is_none()
            && let Some(below) = blocks.get(i).filter(|b| {
                i < next_anchor
                    && header_at(i)
                    && b.words() <= 8
                    && !b.parts.iter().any(|p| role_like(p))
                    // "Remoto", "Berlin": where the job was, not for whom.
                    && !b.parts.iter().all(|p| super::places::is_place(p))
                    // "Проект: …", "Stack: …": a labelled detail of the job.
                    && !super::labelled_records::is_detail(b)
            })
        {
            let mut parts = below.parts.iter();
            if let Some(first) = parts.next() {
                fragments.push(format!("{ORG_MARK}{first}"));
            }
            fragments.extend(parts.cloned());
            i += 1;
        }
        if org_below && let Some(below) = blocks.get(i) {
            fragments.extend(below.parts.iter().map(|p| format!("{ORG_MARK}{p}")));
            i += 1;
        }
        // With nothing above the date, the lines below it hold the rest of the header; a line
        // giving only the place counts for none ("YUMMLY" / "San Carlos, CA" / "Engineer").
        if above_here == 0 && !contained {
            let mut places = 0;
            while i < next_anchor
                && i < anchor + 3 + places
                && header_at(i)
                && fragments
                    .iter()
                    .map(|f| f.split_whitespace().count())
                    .sum::<usize>()
                    < 16
            {
                if let Some(b) = blocks.get(i) {
                    fragments.extend(b.parts.iter().cloned());
                    places += usize::from(b.parts.iter().all(|p| super::places::is_place(p)));
                }
                i += 1;
            }
        }
        // A date alone (a dated heading) over an item naming the organisation and an item
        // nested under it naming the role ("** 2014-Current" / "- Amstore Corp." / "  -
        // Machine programmer").
        if above_here == 0
            && !contained
            && fragments.iter().all(|f| dates::only_date(f))
            && let (Some(outer), Some(inner)) = (blocks.get(i), blocks.get(i + 1))
            && let (Kind::Item(outer_depth), Kind::Item(inner_depth)) = (outer.kind, inner.kind)
            && inner_depth > outer_depth
            && i + 1 < next_anchor
            && outer.words() <= 8
            && inner.words() <= 8
            && !super::cues::ends_sentence(&outer.text())
            && inner.parts.iter().any(|p| role_like(p))
        {
            fragments.extend(outer.parts.iter().map(|p| format!("{ORG_MARK}{p}")));
            fragments.extend(inner.parts.iter().cloned());
            i += 2;
        }
        // A dated item naming only its organisation, the role in the item nested under it
        // ("Fev 2023 / Aujourd'hui: EADN Algerie." over "o Fullstack développeur").
        if matches!(blocks.get(anchor).map(|b| b.kind), Some(Kind::Item(0)))
            && !fragments.iter().any(|f| role_like(f))
            && let Some(below) = blocks.get(i).filter(|b| {
                i < next_anchor
                    && matches!(b.kind, Kind::Item(depth) if depth > 0)
                    && b.words() <= 8
                    && b.parts.iter().any(|p| role_like(p))
            })
        {
            fragments.extend(below.parts.iter().cloned());
            i += 1;
        }
        // Fields labelled as such under the date: see [`super::labelled_records::labelled_header`].
        let named_by_a_heading = anchor.checked_sub(1).is_some_and(|above| {
            header_at(above)
                && blocks
                    .get(above)
                    .is_some_and(|b| matches!(b.kind, Kind::Heading(_)) && heading(b).is_none())
        });
        let labelled: Vec<usize> = match super::labelled_records::labelled_header(
            blocks,
            anchor,
            next_anchor,
            &fragments,
            named_by_a_heading,
        ) {
            Some((taken, header)) => {
                fragments = header;
                taken
            }
            None => Vec::new(),
        };
        // A file that marks its headings (Word, Markdown) may set the role as a heading of
        // its own under the organisation's dated line and a line about the organisation
        // ("SYMANTEC, Mountain View, CA 2005-2008" / "Veritas was acquired…" / "Software
        // Engineer, e-Business Applications"); not the heading right over the next dated
        // line, which is the next job's.
        let role_heading = (levels_marked && !fragments.iter().any(|f| role_like(f)))
            .then(|| {
                (i..next_anchor.saturating_sub(1).min(i + 3)).find(|&k| {
                    blocks.get(k).is_some_and(|b| {
                        matches!(b.kind, Kind::Heading(_))
                            && heading(b).is_none()
                            && b.words() <= 10
                            && b.parts.iter().any(|p| role_like(p))
                            && !b.parts.iter().any(|p| dates::find(p).is_some())
                    })
                })
            })
            .flatten();
        if let Some(b) = role_heading.and_then(|k| blocks.get(k)) {
            fragments.extend(b.parts.iter().cloned());
        }
        let mut highlights = Vec::new();
        // A date alone over a paragraph that opens with the header ("Squaretrade.com, web
        // developer. Built the repair app…"): its first sentence, a name and a comma and a
        // name, is the header, the rest the entry's first highlight.
        if above_here == 0
            && !contained
            && i == anchor + 1
            && i < next_anchor
            && fragments.iter().all(|f| dates::only_date(f))
            && let Some([text]) = blocks.get(i).map(|b| b.parts.as_slice())
            && let Some((head, rest)) = text.split_once(". ")
            && (2..=16).contains(&head.split_whitespace().count())
            && head.contains(", ")
        {
            fragments.push(head.to_owned());
            highlights.push(rest.to_owned());
            i += 1;
        }
        while i < next_top.max(anchor + 1) && i < blocks.len() {
            if sections.get(i).copied().flatten() != Some(Section::Positions) {
                break;
            }
            if let Some(b) = blocks
                .get(i)
                .filter(|_| Some(i) != role_heading && !labelled.contains(&i))
            {
                highlights.push(b.parts.join(" "));
            }
            i += 1;
        }
        taken_until = i.max(anchor + 1);
        let found = blocks
            .get(anchor)
            .and_then(|b| b.parts.iter().find_map(|p| dates::find(p)));
        let header = read_header(&fragments, None);
        if let Some(first) = header.role_first
            && let Some(count) = votes.get_mut(usize::from(first))
        {
            *count += 1;
        }
        let (role, org, place) = (header.role, header.org, header.place);
        // A degree is education, wherever it is listed ("Bachelor of Computer Science, Open
        // University (2008-2012)" at the end of a page of jobs).
        if (org.is_none() && role.is_none())
            || role
                .as_deref()
                .is_some_and(super::degrees::first_word_names_a_degree)
            || org
                .as_deref()
                .is_some_and(super::degrees::first_word_names_a_degree)
            // … or a line of its header on its own ("DOCTORAT DE MATHÉMATIQUES | 2016 - 2020"
            // under "LPSM, Sorbonne Université").
            || fragments.iter().any(|f| {
                let name = dates::without_date(f.trim_start_matches(ORG_MARK));
                let name = name.trim();
                name.split_whitespace().count() <= 6
                    && super::degrees::first_word_names_a_degree(name)
            })
        {
            continue;
        }
        headers.push(fragments);
        read.push((
            org,
            above_here == 0,
            DraftRole {
                role,
                organisation: String::new(),
                location: place,
                url: None,
                start: found.as_ref().map(|f| f.start.clone()),
                end: found.and_then(|f| f.end),
                summary: None,
                highlights,
                tags: Vec::new(),
            },
        ));
    }
    let (headers, mut read) = super::entry_groups::groups_apart(headers, read);
    // Entries whose header carries no cue read in the order the others are written in.
    if votes[1] > votes[0] {
        for (fragments, entry) in headers.iter().zip(read.iter_mut()) {
            let header = read_header(fragments, Some(true));
            if header.role_first.is_none() && header.role.is_some() && header.org.is_some() {
                entry.0 = header.org;
                entry.2.role = header.role;
            }
        }
    }
    super::entry_gate::placed(
        &mut draft,
        &headers,
        read,
        super::entry_gate::File {
            under_a_heading: any_heading,
            kind,
        },
    );
    draft
}

#[cfg(test)]
#[path = "entries_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "entries_layout_tests.rs"]
mod layout_tests;

#[cfg(test)]
#[path = "entries_field_tests.rs"]
mod field_tests;

#[cfg(test)]
#[path = "entries_pdf_tests.rs"]
mod pdf_tests;
