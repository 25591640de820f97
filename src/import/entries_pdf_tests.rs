//! PDF layouts of development round 15. Where a job history ends, where heading levels are
//! guessed from font sizes: a heading as large as the job history's ends it when the
//! history's entries are dated lines, not when they are headings of that size themselves.
//! Entries set inside list items, as LaTeX one-pagers do.

use super::super::blocks::Kind;
use super::layout_tests::{blocks, read_pdf};

/// An academic CV of development round 15: the appointments are dated lines under
/// "Parcours Professionnel", then sections folio has no words for (supervision, grants)
/// list dated lines of their own, which are no jobs.
#[test]
fn a_heading_as_large_as_the_history_ends_it_where_its_entries_are_dated_lines() {
    let cv = blocks(&[
        (Kind::Heading(1), "Camille Laurent"),
        (Kind::Heading(2), "Parcours Professionnel"),
        (
            Kind::Paragraph,
            "2023 - présent   Maître de Conférences | Université de Lorraine",
        ),
        (
            Kind::Paragraph,
            "2019 - 2023   Chercheuse Postdoctorale | Institut Ardent",
        ),
        (Kind::Heading(2), "Encadrement Scientifique"),
        (
            Kind::Paragraph,
            "avr. 2019 - juin 2019   Co-encadrement stage de M1",
        ),
        (Kind::Heading(2), "Bourses et Financements"),
        (
            Kind::Paragraph,
            "2023 - présent   Financement | Fonds Interne Ardent",
        ),
        (Kind::Heading(2), "Compétences"),
        (Kind::Paragraph, "R, Python"),
    ]);
    assert_eq!(
        read_pdf(&cv),
        vec![
            (
                "Université de Lorraine".to_owned(),
                "Maître de Conférences".to_owned()
            ),
            (
                "Institut Ardent".to_owned(),
                "Chercheuse Postdoctorale".to_owned()
            ),
        ]
    );
}

/// The employers set as large as the section's own heading ("EXPERIENCES" / "EFFICITY"),
/// as a two-column builder of development corpus d14 does: they are the entries.
#[test]
fn employers_as_large_as_the_history_heading_stay_inside_it() {
    let cv = blocks(&[
        (Kind::Heading(3), "EXPERIENCES"),
        (Kind::Heading(3), "EFFICITY"),
        (Kind::Paragraph, "Ingénieur DevOps"),
        (Kind::Paragraph, "11/2021–10/2023"),
        (Kind::Heading(3), "NORTHWIND TRADERS"),
        (Kind::Paragraph, "Technicien Support"),
        (Kind::Paragraph, "04/2019–09/2020"),
        (Kind::Heading(3), "FORMATIONS"),
        (Kind::Paragraph, "Master Cloud, 2019 – 2021"),
    ]);
    let read: Vec<String> = read_pdf(&cv).into_iter().map(|(org, _)| org).collect();
    assert_eq!(read, vec!["EFFICITY", "NORTHWIND TRADERS"]);
}

/// A Jake's-style one-pager: each entry a bullet "Org | Place" over "Role - terms | dates",
/// its highlights sub-bullets that the text reads as bullets alike.
#[test]
fn a_bulleted_name_and_place_over_the_dated_role_line() {
    let cv = blocks(&[
        (Kind::Heading(2), "EXPÉRIENCE PROFESSIONNELLE"),
        (Kind::Item(0), "Northwind Traders   Rennes, France"),
        (
            Kind::Paragraph,
            "Ingénieur logiciel - Alternance   Avril 2023 – Présent",
        ),
        (
            Kind::Item(0),
            "Cockpit: microservices d’alerting en Golang.",
        ),
        (Kind::Item(0), "Contoso Innov   Lyon, France"),
        (
            Kind::Paragraph,
            "Ingénieur DevOps - Stage   Juin 2025 – Septembre 2025",
        ),
        (
            Kind::Item(0),
            "Cloud Console: application Java Spring Boot.",
        ),
        (Kind::Item(0), "Northwind Traders   Rennes, France"),
        (
            Kind::Paragraph,
            "Développeur Full-Stack - Stage   Avril 2022 – Juillet 2022",
        ),
        (Kind::Heading(2), "FORMATION"),
    ]);
    assert_eq!(
        read_pdf(&cv),
        vec![
            (
                "Northwind Traders".to_owned(),
                "Ingénieur logiciel".to_owned()
            ),
            ("Contoso Innov".to_owned(), "Ingénieur DevOps".to_owned()),
            (
                "Northwind Traders".to_owned(),
                "Développeur Full-Stack".to_owned()
            ),
        ]
    );
}

/// A JSON Resume theme printed from a browser: the dates in a column of their own, the
/// role and the organisation in cells with "at" in a cell between them.
#[test]
fn at_in_a_cell_of_its_own_between_the_role_and_the_organisation() {
    let cv = blocks(&[
        (Kind::Heading(3), "WORK EXPERIENCE"),
        (
            Kind::Paragraph,
            "6/2019 TILL 1/2022   Machine Learning Specialist   at   Pixtunes",
        ),
        (Kind::Paragraph, "Led the development of an orchestra."),
        (
            Kind::Paragraph,
            "9/2018 TILL 5/2019   Foresight Researcher   at   Envisioning",
        ),
        (Kind::Heading(3), "EDUCATION"),
    ]);
    assert_eq!(
        read_pdf(&cv),
        vec![
            (
                "Pixtunes".to_owned(),
                "Machine Learning Specialist".to_owned()
            ),
            ("Envisioning".to_owned(), "Foresight Researcher".to_owned()),
        ]
    );
}

/// A Canva export of development round 16: a wrapped line's end and an employer's line set as
/// large as the job history's heading, by the font sizes, end nothing.
#[test]
fn a_sentence_end_or_an_employer_set_large_ends_no_history() {
    let cv = blocks(&[
        (Kind::Heading(1), "EXPÉRIENCE PROFESSIONNELLE"),
        (
            Kind::Heading(2),
            "Architecte et chef de produit   2018 - 2024",
        ),
        (Kind::Paragraph, "Northwind Traders   Lyon, France"),
        (
            Kind::Paragraph,
            "Conception de l'architecture et intégration de plus de 40 produits",
        ),
        (Kind::Heading(1), "architecturale de l'entreprise."),
        (Kind::Heading(2), "Directeur technique   2004 - 2008"),
        (Kind::Heading(1), "Contoso Paris, France   Transport"),
        (Kind::Heading(1), "ÉDUCATION"),
    ]);
    let roles: Vec<String> = read_pdf(&cv).into_iter().map(|(_, role)| role).collect();
    assert_eq!(
        roles,
        ["Architecte et chef de produit", "Directeur technique"]
    );
}

/// An academic CV of round 20 sets each range in a column of its own, the start above the
/// end ("May 2025" beside "Harbour Bank, Madrid (Spain)", "Present" beside the role): the
/// end goes up beside the start. A year under a later one is no end.
#[test]
fn a_range_with_its_end_under_its_start() {
    use super::super::blocks::Block;
    let block = |parts: &[&str]| Block {
        kind: Kind::Paragraph,
        parts: parts.iter().map(|p| (*p).to_owned()).collect(),
        at: 1,
    };
    let joined = super::super::entry_lines::ranges_across_two_lines(vec![
        block(&["May 2025 Harbour Bank, Madrid (Spain)"]),
        block(&["Present", "Senior Economist", "Department of Economics"]),
        block(&["September 2019 Kestrel Consulting, Madrid (Spain)"]),
        block(&["March 2021", "Research Economist"]),
        block(&["2021 Best paper award, Harbour Bank"]),
        block(&["2019", "Kestrel prize"]),
    ]);
    let read: Vec<Vec<String>> = joined.into_iter().map(|b| b.parts).collect();
    assert_eq!(
        read,
        [
            vec!["May 2025 – Present Harbour Bank, Madrid (Spain)"],
            vec!["Senior Economist", "Department of Economics"],
            vec!["September 2019 – March 2021 Kestrel Consulting, Madrid (Spain)"],
            vec!["Research Economist"],
            vec!["2021 Best paper award, Harbour Bank"],
            vec!["2019", "Kestrel prize"],
        ]
    );
}

/// A page printed from a browser (development round 21): the section heading is set in a
/// font whose glyphs map to no character ("E���������"), each role and its dates on one line,
/// the organisation on the next, the highlights without bullets. The unreadable heading is
/// no line of the first entry's header, so no entry takes the previous one's last highlight
/// for its organisation; a role line that reads as two names ("Instructor / Guide") still
/// has its organisation below, as every other entry of the file does.
#[test]
fn organisations_under_each_role_line_below_an_unreadable_heading() {
    let cv = blocks(&[
        (Kind::Heading(1), "Dana Whitfield"),
        (Kind::Paragraph, "Building things that help people learn."),
        (
            Kind::Heading(1),
            "E\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}",
        ),
        (
            Kind::Paragraph,
            "Senior Software Developer   July 2009 - February 2014",
        ),
        (Kind::Paragraph, "Northwind Software Division (Remote, USA)"),
        (
            Kind::Paragraph,
            "Performed root cause analysis of core dumps",
        ),
        (
            Kind::Paragraph,
            "Created numerous administrative tools and commands",
        ),
        (
            Kind::Paragraph,
            "Instructor / Guide   June 2011 - August 2011",
        ),
        (
            Kind::Paragraph,
            "Lakeside Paddle Club (Lake Norman, North Carolina)",
        ),
        (
            Kind::Paragraph,
            "Instructed clients in basic paddle boarding",
        ),
        (
            Kind::Paragraph,
            "Cofounder / Developer   July 2009 - May 2010",
        ),
        (Kind::Paragraph, "Retreat Labs, LLC (Remote)"),
        (
            Kind::Paragraph,
            "Lead several school district skills workshops",
        ),
    ]);
    assert_eq!(
        read_pdf(&cv),
        vec![
            (
                "Northwind Software Division (Remote, USA)".to_owned(),
                "Senior Software Developer".to_owned()
            ),
            (
                "Lakeside Paddle Club (Lake Norman, North Carolina)".to_owned(),
                "Instructor / Guide".to_owned()
            ),
            (
                "Retreat Labs, LLC (Remote)".to_owned(),
                "Cofounder / Developer".to_owned()
            ),
        ]
    );
}
