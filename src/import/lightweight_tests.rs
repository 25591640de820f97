use super::*;

fn lines_of(page: &str, markup: Markup) -> Vec<String> {
    to_markdown(page, markup)
        .lines()
        .map(str::to_owned)
        .collect()
}

/// (organisation, role) of each position folio imports from `page`, written in `markup`.
fn positions_read(page: &str, markup: Markup) -> Vec<(String, String)> {
    let markdown = to_markdown(page, markup);
    let imported = crate::import::import_str(&markdown, "cv", Some("md")).expect("imports");
    crate::load::load_str(&imported.ron, "cv.ron", None)
        .expect("loads")
        .portfolio
        .experience
        .iter()
        .map(|r| (r.organisation.clone(), r.role.clone().unwrap_or_default()))
        .collect()
}

/// Each position folio imports from `page` as "organisation|role".
fn read_as_org_and_role(page: &str, markup: Markup) -> Vec<String> {
    positions_read(page, markup)
        .into_iter()
        .map(|(org, role)| format!("{org}|{role}"))
        .collect()
}

#[test]
fn asciidoc_headings_lists_links_and_emphasis_become_markdown() {
    let page = "= Ada Lovelace\n:author: Ada\nifdef::backend-pdf[]\n[discrete]\n\
        == Work experience\n\n*06/2022 - today:* Harbour Ltd - _Lisbon, Portugal_ +\n\
        * Ran the https://ferries.example[ferry timetable]\n** nested\n----\ncode\n----\n\
        Languages:: Rust, Go\n|Acme |Engineer |2019\n";
    let lines = lines_of(page, Markup::AsciiDoc);
    assert_eq!(
        lines,
        [
            "# Ada Lovelace",
            "",
            "",
            "",
            "## Work experience",
            "",
            "**06/2022 - today:** Harbour Ltd - *Lisbon, Portugal*",
            "- Ran the ferry timetable",
            "  - nested",
            "",
            "code",
            "",
            "- **Languages**: Rust, Go",
            "Acme | Engineer | 2019",
        ]
    );
}

#[test]
fn asciidoc_two_line_titles_and_anchors() {
    // The older title syntax: the title over a line of `-` (a section) or `~` (below it),
    // as long as the title give or take two; an anchor alone shows nothing.
    let page = "[[work]]\nExperience\n----------\n\nHarbour Ltd\n~~~~~~~~~~~~\n\
        Ran the ferries\n\n----\ncode\n----\n";
    let lines = lines_of(page, Markup::AsciiDoc);
    assert_eq!(
        lines,
        [
            "",
            "## Experience",
            "",
            "",
            "### Harbour Ltd",
            "",
            "Ran the ferries",
            "",
            "",
            "code",
        ]
    );
}

#[test]
fn restructured_titles_take_levels_in_the_order_the_file_uses_them() {
    let page = "=========\nAda Lovelace\n=========\n\nExperience\n----------\n\n\
        **Engineer at Harbour** (since April 2026)\n\n:2019 → today: Engineer at `Ferries \
        <https://ferries.example>`_\n\n.. image:: photo.jpg\n   :width: 100%\n\n\
        Education\n----------\n+-----+-----+\n| a   | b   |\n+-----+-----+\n";
    let markdown = to_markdown(page, Markup::ReStructuredText);
    let lines: Vec<&str> = markdown.split('\n').collect();
    assert_eq!(lines.len(), page.lines().count(), "{markdown}");
    assert_eq!(lines.get(1), Some(&"# Ada Lovelace"));
    assert_eq!(lines.get(4), Some(&"## Experience"));
    assert_eq!(
        lines.get(7),
        Some(&"**Engineer at Harbour** (since April 2026)")
    );
    assert_eq!(lines.get(9), Some(&"**2019 → today:** Engineer at Ferries"));
    assert_eq!(lines.get(11), Some(&""));
    assert_eq!(lines.get(12), Some(&""));
    assert_eq!(lines.get(14), Some(&"## Education"));
    assert_eq!(lines.get(17), Some(&"a | b"));
}

#[test]
fn org_headings_keywords_and_links_become_markdown() {
    let page = "#+TITLE: Ada Lovelace\n#+OPTIONS: toc:nil\n* Experience\n*** Harbour Ltd\n\
        :PROPERTIES:\n:ID: 1\n:END:\n- Ran the [[https://ferries.example][ferry timetable]] in /Rust/\n\
        - Languages :: Rust, Go\n";
    let lines = lines_of(page, Markup::Org);
    assert_eq!(
        lines,
        [
            "# Ada Lovelace",
            "",
            "## Experience",
            "#### Harbour Ltd",
            "",
            "",
            "",
            "- Ran the [ferry timetable](https://ferries.example) in *Rust*",
            "- **Languages**: Rust, Go",
        ]
    );
}

#[test]
fn markup_is_named_by_the_extension() {
    assert_eq!(Markup::of_extension("adoc"), Some(Markup::AsciiDoc));
    assert_eq!(Markup::of_extension("rst"), Some(Markup::ReStructuredText));
    assert_eq!(Markup::of_extension("org"), Some(Markup::Org));
    assert_eq!(Markup::of_extension("md"), None);
}

/// A reStructuredText CV of round 8's shape: dated sub-titles, the organisation as a link
/// reference, the role under it, bullets wrapped onto lines of their own. The section
/// readers take the role for the organisation; the entry reader's reading, the right way
/// round, wins.
#[test]
fn dated_titles_over_organisation_and_role_read_the_right_way_round() {
    let page = "Dana Example\n============\n\nProfessional Experience\n-----------------------\n\n\
        2011-now\n++++++++\n\n`Harbour Systems Corporation`_\n\nSenior Linux Software Engineer\n\n\
        `Kubernetes`_\n\n  * Developed a driver for\n    Harbour linux-based devices\n\n\
        2004-2011\n+++++++++\n\n`Westmarch Telecom`_\n\nSenior Design Engineer\n\n  * Designed it\n\n\
        2003-2004\n+++++++++\n\n`Quill Linux team`_\n\n\
        Package maintainer, member of the kernel committee\n\n  * Packaged kernels\n\n\
        .. _Harbour Systems Corporation: https://harbour.example\n";
    assert_eq!(
        positions_read(page, Markup::ReStructuredText),
        [
            (
                "Harbour Systems Corporation".into(),
                "Senior Linux Software Engineer".into()
            ),
            ("Westmarch Telecom".into(), "Senior Design Engineer".into()),
            ("Quill Linux team".into(), "Package maintainer".into()),
        ]
    );
}

/// An Org CV of round 8's shape: dated headings, the organisation an item, the role an item
/// nested under it (the nesting kept, as Markdown nests by indentation).
#[test]
fn dated_headings_over_an_organisation_item_and_its_nested_role() {
    let page = "#+title: Resume\n* Experience\n** 2014-Current\n- Lakeshore Corp.\n  - Machine programmer\n  - Software developer\n\
        ** 2012-2013\n- Lakeshore Corp.\n  - Team Leader\n* Education\n** 2008-2009\n- Baker College, CS Major\n";
    assert!(lines_of(page, Markup::Org).contains(&"  - Machine programmer".to_owned()));
    assert_eq!(
        positions_read(page, Markup::Org),
        [
            ("Lakeshore Corp.".into(), "Machine programmer".into()),
            ("Lakeshore Corp.".into(), "Team Leader".into()),
        ]
    );
}

/// An Org CV of "** Role at [[url][Org]]" over a "*** May - Aug, 2018" sub-heading: the
/// section readers take the dates' heading for a role ("May") at an organisation ("Aug");
/// the entry reader, whose positions read as names, is the better reading.
#[test]
fn org_role_headings_over_date_headings_are_read_by_their_dates() {
    let page = "* Experience\n\
                ** Software Developer at [[https://kestrel.example][Kestrel]]\n\
                *** Sep 2016 - Present\n\
                Full-stack developer for a Django based reporting framework for\n\
                organizations doing developmental work\n\
                - Lead back-end developer for the past year.\n\
                ** Machine Learning Engineer at [[https://harbour.example][Harbour Labs]]\n\
                *** Jul 2015 - Mar 2016\n\
                Worked on a fashion assistant leveraging deep neural networks for image based\n\
                search and retrieval\n\
                ** Mentor for [[https://zephyr.example][Zephyr]]\n\
                *** May - Aug, 2018\n\
                Mentored a student who built a terminal client.\n\
                * Education\n\
                ** BSc Computer Science, Kestrel University\n";
    let read = positions_read(page, Markup::Org);
    assert!(
        read.iter()
            .any(|(org, role)| org == "Kestrel" && role == "Software Developer"),
        "{read:?}"
    );
    assert!(
        read.iter()
            .any(|(org, role)| org == "Harbour Labs" && role == "Machine Learning Engineer"),
        "{read:?}"
    );
    assert!(
        !read.iter().any(|(org, role)| org == "Aug" || role == "May"),
        "{read:?}"
    );
}

/// A Chinese Org outline of development round 15: each job a dated heading, its employer
/// under a heading that labels it ("*** 公司"), its description under another.
#[test]
fn an_employer_under_its_label_heading_in_an_org_outline() {
    let page = "* 工作经验\n** 2009/02 -- 至今\n*** 公司\n    东海软件有限公司\n*** 工作描述\n    \
        负责报表产品的设计。\n** 2004/02 -- 2009/01\n*** 公司\n    厦门星河技术有限公司\n\
        *** 工作描述：\n    参与网管系统开发。\n* 教育经历\n";
    let read = read_as_org_and_role(page, Markup::Org);
    assert_eq!(read, ["东海软件有限公司|", "厦门星河技术有限公司|"]);
}

/// An Org CV of development round 18: each job a heading ("Role @ Org"), its stints
/// sub-headings that give only a place and dates, tags that steer the PDF export.
#[test]
fn stints_under_a_job_heading_are_positions_of_that_job() {
    let page = "* Experience\n** Software Engineer @ Etsy\n*** Mexico City, Mexico — 2022 - 2025\n\
        - Raised test coverage\n** Software Engineer @ Wizeline\n\
        *** Guadalajara, Mexico — 2019 - 2020\n- Taught a course\n\
        *** Ho Chi Minh City, Vietnam — 2018 - 2019\n- Built a payments app\n\
        ** Software Engineer @ Freelance :pdfskip:\n*** Salamanca, Mexico — 2017\n- A search page\n\
        * Education\n";
    let read = read_as_org_and_role(page, Markup::Org);
    assert_eq!(
        read,
        [
            "Etsy|Software Engineer",
            "Wizeline|Software Engineer",
            "Wizeline|Software Engineer",
            "Freelance|Software Engineer",
        ]
    );
}

/// An Org CV of development round 18 exported through AltaCV: each job a macro call
/// (`{{{cvevent(Role, Org, dates, place)}}}`) under a heading its tag hides.
#[test]
fn a_macro_call_reads_as_its_arguments() {
    let page = "#+MACRO: cvevent \\cvevent{$1}{$2}{$3}{$4}\n* Experiencia\n*** Venafi :ignore:\n\
        {{{cvevent(DevOps Engineer, Venafi, may 2022 -- actual, Remoto)}}}\n- Pipelines\n\
        *** Agave :ignore:\n{{{cvevent(Ingeniero de software, Agave Lab, oct 2018 -- nov 2019, Guadalajara\\, Jal)}}}\n\
        - Apps\n";
    let lines = lines_of(page, Markup::Org);
    assert!(lines.contains(&"DevOps Engineer, Venafi, may 2022 -- actual, Remoto".to_owned()));
    assert!(lines.contains(&"#### Venafi".to_owned()));
    let read = read_as_org_and_role(page, Markup::Org);
    assert_eq!(
        read,
        ["Venafi|DevOps Engineer", "Agave Lab|Ingeniero de software"]
    );
}

/// A reStructuredText résumé of development round 18: a section per employer, its role and
/// dates in a field list, the dates' value going on over an indented line with a note
/// beside each range.
#[test]
fn employer_titles_over_field_lists_of_role_and_dates() {
    let page = "Experience\n----------\n\nCuriosity\n^^^^^^^^^\n:Position: Senior Engineer\n\
        :Dates: June 2013 - September 2013 (Part-time Contractor),\n        \
        September 2013 - Present (Full-time Employee)\n:Location: Chicago, IL\n\n\
        * Ran the infrastructure\n\nCall One\n^^^^^^^^\n:Position: Software Engineer\n\
        :Dates: August 2012 - September 2013 (Part-time Contractor)\n:Location: Chicago, IL\n\n\
        * Rewrote the ETL\n";
    let lines = lines_of(page, Markup::ReStructuredText);
    assert!(lines.contains(
        &"**Dates:** June 2013 - September 2013 (Part-time Contractor), September 2013 - Present (Full-time Employee)"
            .to_owned()
    ));
    let read = read_as_org_and_role(page, Markup::ReStructuredText);
    assert_eq!(
        read,
        ["Curiosity|Senior Engineer", "Call One|Software Engineer"]
    );
}

/// An AsciiDoc résumé of development round 18: a two-column table whose cells hold the
/// sections, titled by styled phrases with icons, the job history a table nested in a cell
/// (`!===`, its own separator), each job a row of dates and role over the employer.
#[test]
fn jobs_in_a_table_nested_in_a_cell() {
    let page = "= Resume\n\n[cols=\"1a,2a\", frame=none]\n|===\n| [.big]*Ada Lovelace* +\n\
        Architect\n.10+|\n[.big]*Skills*\n\nJava\n\n\
        | icon:arrow[fw] [.big]*Work History*\n\n[cols=\"1a,3a\", separator=!]\n!===\n\
        ! 2002-Present ! *President & Architect* +\nFlow Logix, Inc\n\n- Built servers\n\n\
        ! 1999-2002 ! *Chief Technology Officer* +\nWarp Solutions, Inc\n\n- Led 40 people\n\
        !===\n|===\n";
    let lines = lines_of(page, Markup::AsciiDoc);
    assert!(lines.contains(&"**Work History**".to_owned()));
    assert!(lines.contains(&"2002-Present | **President & Architect**".to_owned()));
    assert!(
        !lines
            .iter()
            .any(|l| l.contains("icon:") || l.contains("[.big]"))
    );
    let read = read_as_org_and_role(page, Markup::AsciiDoc);
    assert_eq!(
        read,
        [
            "Flow Logix, Inc|President & Architect",
            "Warp Solutions, Inc|Chief Technology Officer"
        ]
    );
}

/// Round 18: a link whose address is an attribute (`{link-acme}[Acme, window="_blank"]`)
/// reads as its text, without its named attributes.
#[test]
fn asciidoc_links_to_an_attribute_read_as_their_text() {
    assert_eq!(
        linked_text(r#"{link-acme}[Acme Tecnologia, role="external", window="_blank"] +"#),
        "Acme Tecnologia +"
    );
    assert_eq!(
        linked_text("https://acme.example[Acme, Inc.^]"),
        "Acme, Inc."
    );
}

/// Round 19: AsciiDoc headings "Rôle à Org (Ville)" over "De Juin 2017 à Février 2020";
/// "à" inside a company's name ("Rames à Grande Vitesse") is no "at".
#[test]
fn a_french_role_at_its_employer() {
    let page = "= Jean\n\n== Expériences\n\n=== Tech Lead Cloud à Lectra (Cestas)\n\n\
        icon:calendar[] De Juin 2017 à Février 2020\n\n* Built the platform\n\n\
        === Société des Rames à Grande Vitesse | Tanger\n\n\
        Stagiaire en Programmation | Fév 2016 - Juil 2016\n\n* Wrote a planner\n";
    assert_eq!(
        positions_read(page, Markup::AsciiDoc),
        [
            ("Lectra (Cestas)".to_owned(), "Tech Lead Cloud".to_owned()),
            (
                "Société des Rames à Grande Vitesse".to_owned(),
                "Stagiaire en Programmation".to_owned()
            ),
        ]
    );
}

/// Development round 18: an AsciiDoc CV sets `'''` between its jobs, each job's role over its
/// dates, employer and department. The rule shows no text; a role named in Portuguese
/// ("Arquiteto de Soluções") is read as one.
#[test]
fn rules_between_jobs_show_nothing_and_a_portuguese_architect_is_a_role() {
    assert_eq!(
        lines_of("Intro\n'''\n<<<\nNext", Markup::AsciiDoc),
        ["Intro", "", "", "Next"]
    );
    let page = "== Experiências profissionais\n\n--\n**Líder Técnico** +\n\
        07/2020 até o **Presente** +\nPicPay +\nDeveloper Tools\n\n- Built tools;\n--\n\n'''\n\n\
        --\n**Arquiteto de Soluções** +\n01/2018 até o 07/2020 +\nSONDA IT +\n\
        Fábrica de Software\n\n- Wrote Terraform;\n--\n";
    assert_eq!(
        read_as_org_and_role(page, Markup::AsciiDoc),
        ["PicPay|Líder Técnico", "SONDA IT|Arquiteto de Soluções"]
    );
}

/// Development round 18: an Org CV's "- *2018/11 - Present:* Director of Engineering
/// [[https://tapclicks.com][TapClicks Inc]]" over its bullets. The link stays a run of its
/// own, the employer beside the role; a bullet read as the organisation ("Led development.")
/// is no whole position.
#[test]
fn an_org_link_after_the_role_names_the_employer() {
    let page = "* Work Experience\n\
        - *2018/11 - Present:* Director of Engineering [[https://tapclicks.example][TapClicks Inc]]\n\
        \x20 - Led development.\n\n\
        - *2017/02 - 2018/09:* Platform Engineer [[https://omnyway.example][Omnyway Inc]]\n\
        \x20 - Built the platform.\n";
    assert_eq!(
        read_as_org_and_role(page, Markup::Org),
        [
            "TapClicks Inc|Director of Engineering",
            "Omnyway Inc|Platform Engineer"
        ]
    );
    let one = "* Work Experience\n\
        - *2018/11 - Present:* Director of Engineering [[https://tapclicks.example][TapClicks Inc]]\n\
        \x20 - Led development.\n";
    assert_eq!(
        read_as_org_and_role(one, Markup::Org),
        ["TapClicks Inc|Director of Engineering"]
    );
}
