//! Tests of `cv_page`: dates, and the CV page layouts it reads.
use super::*;

/// Each position as (organisation, start, end).
fn spans(draft: &Draft) -> Vec<(&str, Option<&str>, Option<&str>)> {
    draft
        .experience
        .iter()
        .map(|r| {
            (
                r.organisation.as_str(),
                r.start.as_deref(),
                r.end.as_deref(),
            )
        })
        .collect()
}

#[test]
fn dates_and_ranges_are_read_as_written() {
    assert_eq!(date("2021-01-01").as_deref(), Some("2021-01"));
    assert_eq!(date("January 2020").as_deref(), Some("2020-01"));
    assert_eq!(date("Summer 2015").as_deref(), Some("2015"));
    // Four digits are not always a year (found by the import property test).
    assert_eq!(date("0000"), None);
    assert_eq!(date("1024 dimensions"), None);
    let (start, end, rest) = date_range("Backend Engineer, Acme (2019–2021)").unwrap();
    assert_eq!(
        (start.as_deref(), end.as_deref(), rest.as_str()),
        (Some("2019"), Some("2021"), "Backend Engineer, Acme")
    );
    let (start, end, rest) = date_range("Summer 2015: Research Assistant").unwrap();
    assert_eq!(
        (start.as_deref(), end.as_deref(), rest.as_str()),
        (Some("2015"), None, "Research Assistant")
    );
    let (start, end, _) = date_range("Jan 2020 - Present").unwrap();
    assert_eq!(
        (start.as_deref(), end.as_deref()),
        (Some("2020-01"), Some("present"))
    );
}

#[test]
fn an_academicpages_cv_gives_its_positions_and_degrees() {
    let body = "Education\n======\n* B.S. in Github, Github University, 2012\n\
        * Ph.D in Version Control Theory, Github University, 2017 (expected)\n\n\
        Work experience\n======\n* Summer 2015: Research Assistant\n  * Github University\n\
        \x20 * Duties included: Rejecting pull requests\n\n* Fall 2015: Research Assistant\n\
        \x20 * Github University\n  * Supervisor: Professor Hub\n";
    let mut draft = Draft::default();
    body_into(body, &mut draft);
    let positions: Vec<(Option<&str>, &str, Option<&str>)> = draft
        .experience
        .iter()
        .map(|r| {
            (
                r.role.as_deref(),
                r.organisation.as_str(),
                r.start.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        positions,
        [
            (
                Some("Research Assistant"),
                "Github University",
                Some("2015")
            ),
            (
                Some("Research Assistant"),
                "Github University",
                Some("2015")
            ),
        ]
    );
    assert_eq!(
        draft.experience[0].highlights,
        ["Duties included: Rejecting pull requests"]
    );
    let degrees: Vec<(&str, Option<&str>, Option<&str>)> = draft
        .education
        .iter()
        .map(|e| {
            (
                e.institution.as_str(),
                e.degree.as_deref(),
                e.end.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        degrees,
        [
            ("Github University", Some("B.S."), Some("2012")),
            ("Github University", Some("Ph.D"), Some("2017"))
        ]
    );
}

#[test]
fn markdown_cv_headings_with_dates_are_positions() {
    let body = "## Experience\n\n### Staff Engineer, Northwind (2021 – Present)\n\
        - Led the storage team.\n\n### Engineer at Contoso (2017–2021)\n- Built the API.\n";
    let mut draft = Draft::default();
    body_into(body, &mut draft);
    let positions = spans(&draft);
    assert_eq!(
        positions,
        [
            ("Northwind", Some("2021"), Some("present")),
            ("Contoso", Some("2017"), Some("2021"))
        ]
    );
    assert_eq!(draft.experience[1].highlights, ["Built the API."]);
}

#[test]
fn hugo_front_matter_experience_is_read() {
    let yaml = "experience:\n  - title: CEO\n    company: GenCoin\n    date_start: '2021-01-01'\n    description: |-\n      Responsibilities include:\n      - Leading teams\n  - role: Engineer\n    org: X\n    start: 2016-01-01\n    end: 2020-12-31\n";
    let value: Value = serde_saphyr::from_str(yaml).unwrap();
    let mut draft = Draft::default();
    front_matter_into(&value, &mut draft);
    let positions = spans(&draft);
    assert_eq!(
        positions,
        [
            ("GenCoin", Some("2021-01"), Some("present")),
            ("X", Some("2016-01"), Some("2020-12"))
        ]
    );
    assert_eq!(draft.experience[0].highlights, ["Leading teams"]);
}

#[test]
fn the_common_markdown_cv_layouts_give_positions_and_degrees() {
    // (layout, page): each names Northwind from 2021 and Contoso 2018–2020, and one degree.
    let pages = [
        (
            "heading, italic dates",
            "## Experience\n### Staff Engineer | Northwind\n*March 2021 - Present*\n- Led the move.\n\
             ### Engineer | Contoso\n*2018 - 2020*\n\n## Education\n\
             ### Master of Science in Physics\n*Ghent University | 2014 - 2016*\n",
        ),
        (
            "bold line with pipes",
            "## Experience\n**Staff Engineer** | Northwind | 2021 - Present\n- Led the move.\n\n\
             **Engineer** | Contoso | 2018 - 2020\n\n## Education\n\
             **M.S. Physics** | Ghent University | 2016\n",
        ),
        (
            "organisation first, dates as the first item",
            "# Experience\n## Northwind, Staff Engineer\n- Mar 2021 – present\n- Led the move.\n\
             ## Contoso, Engineer\n- 2018 – 2020\n# Education\n\
             ## Ghent University, Master of Science in Physics\n- 2014 – 2016\n",
        ),
        (
            "list of bold roles",
            "## Work Experience\n- **Staff Engineer** - Northwind (March 2021 - Present)\n\
             \x20 Led the move.\n- **Engineer** - Contoso (2018 - 2020)\n\n## Education\n\
             - **Master of Science in Physics** - Ghent University (2014 - 2016)\n",
        ),
    ];
    for (layout, page) in pages {
        let mut draft = Draft::default();
        body_into(page, &mut draft);
        let found: Vec<(&str, Option<&str>)> = draft
            .experience
            .iter()
            .map(|r| (r.organisation.as_str(), r.start.as_deref()))
            .collect();
        assert_eq!(found.len(), 2, "{layout}: {found:?}");
        assert_eq!(found[0].0, "Northwind", "{layout}");
        assert!(
            found[0].1.is_some_and(|d| d.starts_with("2021")),
            "{layout}"
        );
        assert_eq!(found[1], ("Contoso", Some("2018")), "{layout}");
        assert_eq!(
            draft.experience[0].role.as_deref(),
            Some("Staff Engineer"),
            "{layout}"
        );
        let schools: Vec<&str> = draft
            .education
            .iter()
            .map(|e| e.institution.as_str())
            .collect();
        assert_eq!(schools, ["Ghent University"], "{layout}");
    }
}

#[test]
fn a_table_of_positions_gives_one_position_a_row() {
    let mut draft = Draft::default();
    body_into(
        "## Experience\n\n| Company | Role | Dates |\n|---|---|---|\n| **Quayside Freight** | Staff Engineer | 2021 – present |\n| [Dijkstra Data](https://example.org) | Backend Developer | Mar 2017 - Jan 2021 |\n\n## Education\n",
        &mut draft,
    );
    assert_eq!(
        spans(&draft),
        [
            ("Quayside Freight", Some("2021"), Some("present")),
            ("Dijkstra Data", Some("2017-03"), Some("2021-01")),
        ]
    );
    assert_eq!(
        draft.experience[1].role.as_deref(),
        Some("Backend Developer")
    );
}

#[test]
fn cited_publications_with_venue_and_year_are_imported() {
    let mut draft = Draft::default();
    body_into(
        "Publications\n======\n* Paper Title Number 1. *Journal 1*, 2009.\n* A talk at a meetup, 2019.\n",
        &mut draft,
    );
    let read: Vec<(Option<&str>, &str, i32)> = draft
        .publications
        .iter()
        .map(|p| (p.title.as_deref(), p.venue.as_str(), p.year))
        .collect();
    assert_eq!(read, [(Some("Paper Title Number 1"), "Journal 1", 2009)]);
}
