//! Issue 22: CV pages of the common site generators, twenty of them from nineteen authors,
//! three in AsciiDoc, reStructuredText and Org-mode and one of labelled lines (issue 31)
//! (tests/fixtures/import/pages/, sources and licences in its README; people's own pages
//! rewritten with invented names and details): each gives the positions a reader sees, in
//! order, with the organisation the reader would name. Also which column a two-column PDF's
//! job history goes on from onto the next page (issue 31).

/// Every page and the organisations of the positions a reader sees on it (counted by eye on
/// the original pages; the names are those of the rewritten ones).
const PAGES: &[(&str, &[&str])] = &[
    ("al-folio-about.md", &[]),
    (
        "asciidoc-dated-bold.adoc",
        &[
            "Saltmarsh Media GmbH",
            "Kestrel Robotics AG",
            "Tidewater Health",
        ],
    ),
    (
        "org-nested-headings.org",
        &[
            "Granite Peak Labs (industrial sensors)",
            "Amberline co., Ltd. (payment terminals)",
        ],
    ),
    (
        "labelled-records.txt",
        &["Lanternfish", "Meridian Freight", "Tidewater Health"],
    ),
    (
        "restructured-bold-titles.rst",
        &["Norrland Data", "Quillfeather", "Harbor & Pine"],
    ),
    ("jekyll-theme-resume.yml", &["Larchwood Campus Apps"]),
    (
        "academicpages-cv.md",
        &["Github University", "Github University"],
    ),
    (
        "academicpages-list.md",
        &[
            "Corvid Labs",
            "Harbor & Pine (Remote)",
            "Quillfeather",
            "Norrland Data",
        ],
    ),
    (
        "al-folio-cv.yml",
        &[
            "Institute for Advanced Study, Princeton University",
            "California Institute of Technology, Pasadena, California, US",
            "Kaiser Wilhelm Institute for Physics, Berlin, Germany",
            "Karl-Ferdinand University, Prague, Czechoslovakia",
            "University of Zurich, Zurich, Switzerland",
        ],
    ),
    (
        "hugo-dated-headings.md",
        &["Ironbark Software", "Meridian Freight", "Lanternfish"],
    ),
    ("hugo-experience.md", &["Quayside Freight", "Dijkstra Data"]),
    (
        "jekyll-employer-headings.md",
        &["Cobalt Ledger", "Fernhill Studio", "Pebblestone"],
    ),
    (
        "markdown-dated-headings.md",
        &[
            "Brightcard",
            "Brightcard",
            "Owlet Games",
            "Cobalt Ledger",
            "Fernhill Studio",
            "Pebblestone",
        ],
    ),
    (
        "markdown-list-nbsp.md",
        &[
            "Tidewater Health",
            "Ironbark Software (Contract)",
            "Meridian Freight",
            "Lanternfish",
        ],
    ),
    (
        "readme-dates-below.md",
        &[
            "Pebblestone",
            "Granite Peak Labs",
            "Willowmere",
            "Seabright Telecom",
        ],
    ),
    (
        "readme-pipes.md",
        &[
            "Granite Peak Labs",
            "Willowmere",
            "Seabright Telecom",
            "Amberline",
            "Northwind Games",
            "Foxglove Analytics",
            "Driftwood Labs",
            "Larchwood Systems (Roonlabs)",
            "Bluefin Analytics",
            "Corvid Labs",
            "Harbor & Pine",
        ],
    ),
    (
        "rendercv-md-linked.md",
        &[
            "Cobalt Ledger",
            "Fernhill Studio",
            "Pebblestone",
            "Granite Peak Labs",
            "Willowmere",
            "Seabright Telecom",
            "Amberline",
            "Northwind Games",
            "Foxglove Analytics",
            "Driftwood Labs",
        ],
    ),
    (
        "rendercv-md-org-first.md",
        &["Willowmere", "Seabright Telecom"],
    ),
    (
        "rendercv-md-places.md",
        &[
            "Northwind Games",
            "Foxglove Analytics",
            "Driftwood Labs (Allen & Overy, Mizuho, Vanquis Bank)",
            "Larchwood Systems",
            "Bluefin Analytics",
            "Corvid Labs",
            "Harbor & Pine (Various)",
        ],
    ),
    (
        "rendercv-md-role-first.md",
        &["Foxglove Analytics", "Driftwood Labs", "Larchwood Systems"],
    ),
    ("rendercv-md-sample.md", &["Owlet Games", "Cobalt Ledger"]),
    (
        "setext-employment.md",
        &[
            "Harbor & Pine",
            "Quillfeather",
            "Norrland Data",
            "Saltmarsh Media",
            "Kestrel Robotics",
            "Kestrel Robotics",
            "Tidewater Health",
        ],
    ),
    (
        "wowchemy-toml-a.md",
        &[
            "Quillfeather",
            "Quillfeather",
            "Quillfeather",
            "Norrland Data",
            "Saltmarsh Media",
            "Kestrel Robotics",
        ],
    ),
    (
        "wowchemy-toml-b.md",
        &[
            "Norrland Data",
            "Saltmarsh Media",
            "Kestrel Robotics",
            "Tidewater Health",
        ],
    ),
    (
        "wowchemy-yaml-a.md",
        &["Corvid Labs", "Harbor & Pine", "Quillfeather"],
    ),
    (
        "wowchemy-yaml-b.md",
        &[
            "Harbor & Pine",
            "Quillfeather",
            "Norrland Data",
            "Saltmarsh Media",
            "Saltmarsh Media",
            "Kestrel Robotics",
            "Tidewater Health (now aquired by Mastercard)",
            "Ironbark Software",
        ],
    ),
];

/// The schools of the degrees each page lists (pages without degrees are left out).
const SCHOOLS: &[(&str, &[&str])] = &[
    ("asciidoc-dated-bold.adoc", &["University of Westmarch"]),
    ("org-nested-headings.org", &["University of Westmarch"]),
    ("restructured-bold-titles.rst", &["University of Westmarch"]),
    (
        "academicpages-cv.md",
        &[
            "Github University",
            "Github University",
            "Github University",
        ],
    ),
    // A reader names "Eastbrook Institute of Technology": the page leaves out the comma
    // between the field and the school ("M.S. in Cyberspace Security Eastbrook Institute
    // of Technology, Eastbrook, 2023"), and the town is taken for the school.
    (
        "academicpages-list.md",
        &["University of Westmarch", "Eastbrook"],
    ),
    (
        "al-folio-cv.yml",
        &[
            "University of Zurich, Zurich, Switzerland",
            "Eidgenössische Technische Hochschule, Zurich, Switzerland",
        ],
    ),
    (
        "hugo-dated-headings.md",
        &[
            "University of Westmarch",
            "Eastbrook Institute of Technology",
            "Lakeshore College",
        ],
    ),
    (
        "jekyll-theme-resume.yml",
        &["Eastbrook Polytechnic University"],
    ),
    ("markdown-dated-headings.md", &["Saint Aldric University"]),
    (
        "markdown-list-nbsp.md",
        &[
            "Northvale University, Eastbrook",
            "Lakeshore College of Engineering",
        ],
    ),
    ("readme-dates-below.md", &["Lakeshore College"]),
    ("readme-pipes.md", &["University at Buffalo"]),
    ("rendercv-md-linked.md", &["University of Saltmarsh"]),
    ("rendercv-md-org-first.md", &["Lakeshore College"]),
    (
        "rendercv-md-places.md",
        &["Moscow Institute of Chemical Engineering"],
    ),
    (
        "rendercv-md-role-first.md",
        &["Eastbrook Institute of Technology"],
    ),
    ("rendercv-md-sample.md", &["University of Pennsylvania"]),
    ("setext-employment.md", &["University of Manchester"]),
];

#[test]
fn every_cv_page_gives_the_degrees_a_reader_sees() {
    let mut wrong = Vec::new();
    let mut total = 0;
    for (page, expected) in PAGES.iter().map(|(page, _)| {
        let schools = SCHOOLS
            .iter()
            .find(|(name, _)| name == page)
            .map_or(&[][..], |(_, schools)| *schools);
        (*page, schools)
    }) {
        let path = std::path::Path::new("tests/fixtures/import/pages").join(page);
        let imported = folio::import::import_file(&path).unwrap_or_else(|e| panic!("{page}: {e}"));
        let loaded = folio::load::load_str(&imported.ron, page, None).unwrap();
        let found: Vec<&str> = loaded
            .portfolio
            .education
            .iter()
            .map(|degree| degree.institution.as_str())
            .collect();
        total += expected.len();
        if found != expected {
            wrong.push(format!("{page}: {found:?}"));
        }
    }
    eprintln!("{total} degrees expected");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_cv_page_gives_the_positions_a_reader_sees() {
    let mut files: Vec<String> = std::fs::read_dir("tests/fixtures/import/pages")
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name != "README.md")
        .collect();
    files.sort();
    let mut listed: Vec<&str> = PAGES.iter().map(|(page, _)| *page).collect();
    listed.sort();
    assert_eq!(
        files, listed,
        "every page in the folder has its expectation here"
    );
    assert!(PAGES.iter().filter(|(_, jobs)| !jobs.is_empty()).count() >= 20);
    let (mut expected, mut found_right, mut wrong) = (0, 0, Vec::new());
    for (page, organisations) in PAGES {
        let path = std::path::Path::new("tests/fixtures/import/pages").join(page);
        let imported = folio::import::import_file(&path).unwrap_or_else(|e| panic!("{page}: {e}"));
        let loaded = folio::check::checked(folio::load::load_str(&imported.ron, page, None))
            .unwrap_or_else(|e| panic!("{page}: {e}"));
        let found: Vec<String> = loaded
            .portfolio
            .experience
            .iter()
            .chain(&loaded.portfolio.research)
            .map(|role| role.organisation.clone())
            .collect();
        expected += organisations.len();
        if found == *organisations {
            found_right += found.len();
        } else {
            wrong.push(format!("{page}: {found:?}"));
        }
    }
    eprintln!(
        "{} pages, {expected} positions expected, {found_right} found as a reader sees them",
        PAGES.len()
    );
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// An "about" page (al-folio's home page, in its shape, with invented content) has no
/// positions: its opening paragraphs are the person's summary and its description their
/// headline, links kept as "text (address)"; it was refused ("found no positions").
#[test]
fn an_about_page_gives_the_summary_and_headline() {
    let path = std::path::Path::new("tests/fixtures/import/pages/al-folio-about.md");
    let imported = folio::import::import_file(path).unwrap();
    let loaded = folio::load::load_str(&imported.ron, "about", None).unwrap();
    let person = &loaded.portfolio.person;
    assert_eq!(
        person.headline,
        "Research engineer at Corvid Labs, working on human-aware robots"
    );
    assert_eq!(person.summary.len(), 3, "{:?}", person.summary);
    assert!(person.summary[1].contains("home robots (https://example.org/a)"));
}

/// (role, organisation) of each position imported from `page`, saved as `resume.md`.
fn roles_and_organisations(page: &str) -> Vec<(String, String)> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("resume.md");
    std::fs::write(&path, page).unwrap();
    let imported = folio::import::import_file(&path).unwrap();
    let loaded =
        folio::check::checked(folio::load::load_str(&imported.ron, "resume.md", None)).unwrap();
    loaded
        .portfolio
        .experience
        .iter()
        .map(|r| (r.role.clone().unwrap_or_default(), r.organisation.clone()))
        .collect()
}

/// Where the Markdown section readers and the entry reader find as many positions, the
/// reading whose roles read as roles wins: bold "Organisation, dates" with the role after
/// it was read with the two swapped ("Diamond Parking" as the role).
#[test]
fn a_bold_organisation_line_with_the_role_after_it_keeps_role_and_organisation_apart() {
    let page = "# Sam Example\n\n## Experience\n\n\
        __Harbor Parking, April 2023 - Current__ Parking Lot Supervisor\n\n\
        - Supervised the lot\n\n\
        __Juniper Catering, December 2016 - Current__ Event Staff Member\n\n\
        - Served at events\n";
    let read = roles_and_organisations(page);
    assert_eq!(
        read,
        vec![
            (
                "Parking Lot Supervisor".to_owned(),
                "Harbor Parking".to_owned()
            ),
            (
                "Event Staff Member".to_owned(),
                "Juniper Catering".to_owned()
            ),
        ]
    );
}

/// A sidebar left of the job history on page one, one of its lines (a long link) run across
/// the gutter; page two goes on in one column. The main column is the one with more text,
/// however wide that one line makes the sidebar look: the history goes on from it.
#[test]
fn a_long_line_in_the_sidebar_does_not_make_it_the_main_column() {
    use crate::import_documents::{pdf_pages, positions, text_page};
    let mut first = vec![
        (40, 760, "Dana Example"),
        (
            40,
            746,
            "github.com/dana-example/projects-and-talks-and-everything-else",
        ),
        (230, 720, "Experience"),
        (230, 704, "Platform Engineer at Widgetco"),
        (230, 690, "January 2021 - August 2023"),
    ];
    let sidebar = [
        "Skills",
        "Rust",
        "Go",
        "Kubernetes",
        "Terraform",
        "Languages",
    ];
    for (i, y) in (0..16).map(|i| (i, 676 - 14 * i)) {
        first.push((230, y, "Moved the build farm onto spot instances."));
        if let Some(line) = sidebar.get(i as usize) {
            first.push((40, y, line));
        }
    }
    let second = vec![
        (40, 740, "Youth Mentor at Gadget Labs"),
        (40, 726, "March 2018 - December 2020"),
        (40, 712, "Ran weekly workshops for thirty teenagers."),
    ];
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("sidebar-link.pdf");
    std::fs::write(&input, pdf_pages(&[text_page(&first), text_page(&second)])).unwrap();
    let orgs: Vec<String> = positions(&input).into_iter().map(|p| p.0).collect();
    assert_eq!(orgs, ["Widgetco", "Gadget Labs"]);
}

/// Each job an `###` organisation over a bold role and its dates, then a bold label that
/// every job repeats: the label names no employer.
#[test]
fn a_label_under_every_job_is_no_organisation() {
    let page = "## Professional Experience\n\n\
        ### Lumen Systems\n**Software Engineer** — Jun 2023 – Present\n\n\
        Developed and integrated C++ components for hardware simulation and platform workflows, focusing on build and validation tooling and codebase modernisation.\n\n**Core Stack:** C++, Python\n\n**Key Achievements**\n\n\
        - Cut build times by half across the platform.\n\n\
        ### Harbor Analytics\n**Data Engineer** — Mar 2020 – May 2023\n\n\
        Contributed to the data platform of a live web product, with a focus on ingestion, access control, data handling and reliability across internal workflows.\n\n**Key Achievements**\n\n\
        - Moved the nightly jobs to streaming, resolving compiler, dependency, and\n  environment issues.\n";
    let read = roles_and_organisations(page);
    assert_eq!(
        read,
        vec![
            ("Software Engineer".to_owned(), "Lumen Systems".to_owned()),
            ("Data Engineer".to_owned(), "Harbor Analytics".to_owned()),
        ]
    );
}
