//! Tests of the entry reader, on small invented résumés.

use super::super::blocks::from_text;

/// (organisation, role, start) of every position read from `text`.
pub(super) fn read(text: &str) -> Vec<(String, String, String)> {
    read_blocks(&from_text(text), "cv.txt", "plain text")
}

/// (organisation, role, start) of every position read from the blocks of a file of `kind`.
pub(super) fn read_blocks(
    blocks: &[super::super::blocks::Block],
    name: &str,
    kind: &'static str,
) -> Vec<(String, String, String)> {
    super::draft(blocks, name, kind)
        .experience
        .into_iter()
        .map(|r| {
            (
                r.organisation,
                r.role.unwrap_or_default(),
                r.start.unwrap_or_default(),
            )
        })
        .collect()
}

pub(super) fn one(org: &str, role: &str, start: &str) -> (String, String, String) {
    (org.into(), role.into(), start.into())
}

#[test]
fn icon_headings_and_an_organisation_at_a_place() {
    let text = "\u{f0b1} Experience\n\
                Widgetco @Springfield, Turkey   May 2019 – Present\n\
                Data Engineer\n\
                Built pipelines.\n\
                \u{f19d} Education\n\
                State Institute of Technology, Springfield   2014 – 2019\n\
                B.S. in Computer Engineering\n";
    assert_eq!(
        read(text),
        vec![one("Widgetco", "Data Engineer", "2019-05")]
    );
}

#[test]
fn a_label_under_every_job_is_no_section_and_the_organisation_may_stand_under_the_date() {
    let text = "Work Experience\n\
                Backend Developer\n\
                November 2022 - Present\n\
                Widgetco\n\
                • Built the billing service.\n\
                Key Achievements\n\
                • Cut costs.\n\
                Frontend Developer\n\
                March 2019 - October 2022\n\
                Gadget Labs\n\
                Key Achievements\n\
                • Shipped the app.\n";
    assert_eq!(
        read(text),
        vec![
            one("Widgetco", "Backend Developer", "2022-11"),
            one("Gadget Labs", "Frontend Developer", "2019-03"),
        ]
    );
}

#[test]
fn a_singular_section_name_is_a_heading_too() {
    let text = "Dana Example\n\
                Academic Qualification :\n\
                Springfield Public School   (2018 - 2019)\n\
                Technical Skills :\n\
                Rust, SQL\n";
    assert_eq!(read(text), Vec::new());
}

#[test]
fn a_degree_is_no_position_even_among_jobs() {
    let page = "# Engineer at Widgetco (2019 - Present)\nBuilt things.\n\n\
                # Bachelor of Science, State University (2012-2016)\n";
    assert_eq!(
        read_markdown(page),
        vec![("Widgetco".into(), "Engineer".into())]
    );
}

#[test]
fn a_discipline_after_the_role_is_part_of_it() {
    let text = "Experience\n\
                WIDGET BANK & CO.\n\
                Associate, Software Engineering\n\
                Jan 2021 - Aug 2021   Berlin, Germany\n\
                • Built a chatbot.\n\
                Analyst, Software Engineering\n\
                Jan 2020 - Jan 2021   Berlin, Germany\n\
                • Built alerts.\n";
    let read = read(text);
    assert_eq!(read.len(), 2, "{read:?}");
    for (org, role, _) in &read {
        assert_eq!(org, "WIDGET BANK & CO.");
        assert!(role.ends_with(", Software Engineering"), "{role}");
    }
}

/// Positions read from a Markdown page: its headings' levels are its own.
fn read_markdown(page: &str) -> Vec<(String, String)> {
    let blocks = super::super::markdown_blocks::from_markdown(page);
    super::draft(&blocks, "cv.md", "Markdown")
        .experience
        .into_iter()
        .map(|r| (r.organisation, r.role.unwrap_or_default()))
        .collect()
}

#[test]
fn a_heading_as_large_as_the_sections_ends_it_in_a_page_that_marks_levels() {
    let page = "## Experience\n\n### Engineer | Acme\n*2019 - 2021*\n\n\
                ## Open Source Impact\n\n### Maintainer | Widgets\n*2018 - Present*\n";
    assert_eq!(
        read_markdown(page),
        vec![("Acme".into(), "Engineer".into())]
    );
    // Chinese headings name their sections too ("工作经历": work history).
    let page = "### 关于我\n本科 2013.9 - 2017.6\n\n### 工作经历\n#### 某某网络科技有限公司 2017.10 - 2019.3\n";
    assert_eq!(
        read_markdown(page),
        vec![("某某网络科技有限公司".into(), String::new())]
    );
}

#[test]
fn a_date_line_naming_role_and_organisation_takes_nothing_around_it() {
    let text = "Dana Example\nhome 555 0100 | dana@example.org\n\n\
                7/2022-Present, Assessment Manager, State of Ohio\n\
                Led a team of five\n\
                11/2018-7/2022, Hacker, The Internet\n\
                Selected by the agency as team top performer for exercise Cyber Guard 2014\n";
    assert_eq!(
        read(text),
        vec![
            one("State of Ohio", "Assessment Manager", "2022-07"),
            one("The Internet", "Hacker", "2018-11"),
        ]
    );
}

#[test]
fn a_side_heading_in_a_cell_opens_its_section() {
    let text = "EDUCATION\tState University\tJune 2018\n\
                EXPERIENCE\tSoftware Engineer\tAugust 2018 - Present\n\
                Hudson Trading | New York, NY\n\
                - Ran the checkout\n";
    assert_eq!(
        read(text),
        vec![one("Hudson Trading", "Software Engineer", "2018-08")]
    );
}

#[test]
fn a_role_under_the_date_completes_an_organisation_line_above_it() {
    let text = "EMPLOYMENT\nWTL Enterprises, Monett, Mo\nJanuary 2020 - present\n\
                Fullstack Engineer\n- Built a store\n\
                MEA Financial, Monett, Mo\nMay 2017 - January 2020\nSecurity Analyst\n";
    assert_eq!(
        read(text),
        vec![
            one("WTL Enterprises", "Fullstack Engineer", "2020-01"),
            one("MEA Financial", "Security Analyst", "2017-05"),
        ]
    );
}

#[test]
fn an_outer_item_names_the_organisation_of_the_dated_items_under_it() {
    let text = "## Work experience\n- Ministry of Maps\n  - Data Engineer (July 2025 - Present)\n\
                \x20   - Modelled the warehouse\n- Acme Bank\n  - Data Engineer (November 2023 - July 2025)\n\
                \x20 - Junior Analyst (September 2022 - October 2023)\n";
    assert_eq!(
        read(text),
        vec![
            one("Ministry of Maps", "Data Engineer", "2025-07"),
            one("Acme Bank", "Data Engineer", "2023-11"),
            one("Acme Bank", "Junior Analyst", "2022-09"),
        ]
    );
}

#[test]
fn a_field_word_in_an_organisations_name_makes_it_no_role() {
    let text = "EXPERIENCE\n\
                Gadget Limited, Dhaka   Feb 2020 - Present\n\
                Software Engineer, Platform\n\
                • Built an API.\n\
                Widget rockin’ software, Dhaka   Nov 2018 - Jan 2020\n\
                Software Engineer\n\
                • Built pages.\n";
    assert_eq!(
        read(text),
        vec![
            one("Gadget Limited", "Software Engineer, Platform", "2020-02"),
            one("Widget rockin’ software", "Software Engineer", "2018-11"),
        ]
    );
}

#[test]
fn an_academic_cvs_sentences_are_its_fields() {
    let text = "Relevant Employment\n\
                2015 - 2018. Research Fellow in Modelling. School of Mathematics, Springfield University, Australia.\n\
                2011 - 2014. Statistics Advisor. Department of Zoology, University of Shelbyville, New Zealand.\n";
    let read = read(text);
    assert_eq!(read.len(), 2, "{read:?}");
    assert_eq!(
        read.iter().map(|r| r.1.as_str()).collect::<Vec<_>>(),
        vec!["Research Fellow in Modelling", "Statistics Advisor"]
    );
    assert!(read.iter().all(|r| !r.0.contains("Advisor")), "{read:?}");
}

#[test]
fn an_organisation_beside_remote_and_a_description_with_at() {
    let text = "EXPERIENCE\n\
                Lead Engineer, Data Engineering   June 2021 - December 2021\n\
                Widgetco   Remote\n\
                Centralized data engineering at late-stage fintech\n\
                ‹ Rewrote the reporting pipelines.\n";
    assert_eq!(
        read(text),
        vec![one(
            "Widgetco",
            "Lead Engineer, Data Engineering",
            "2021-06"
        )]
    );
}

#[test]
fn an_organisation_before_at_is_no_role() {
    let text = "Experience\n\
                Widget Inc., at Gadgetco — Technical Lead   February 2016 — August 2018\n\
                • Built models.\n";
    assert_eq!(
        read(text),
        vec![one("Widget Inc.", "Technical Lead", "2016-02")]
    );
}

#[test]
fn a_city_and_its_states_postal_code_are_a_place() {
    let text = "Experience\n\
                Software Engineer   Denver, CO\n\
                Widget Labs   2013 - 2015\n\
                • Built tests.\n";
    assert_eq!(
        read(text),
        vec![one("Widget Labs", "Software Engineer", "2013")]
    );
}

#[test]
fn a_year_set_off_at_the_end_and_a_bracketed_organisation() {
    let text = "Experience\n\
                Construction Hub Project Coordinator, City of Springfield, Department of Transportation - 2014\n\
                • Permitted the use of right-of-ways.\n\
                Project Hydrologist [Widget Environmental Company] - 2013 - 2014\n\
                • Modelled historic data.\n";
    let read = read(text);
    assert_eq!(read.len(), 2, "{read:?}");
    assert_eq!(read.first().map(|r| r.2.as_str()), Some("2014"));
    assert_eq!(
        read.get(1),
        Some(&one(
            "Widget Environmental Company",
            "Project Hydrologist",
            "2013"
        ))
    );
}

#[test]
fn a_heading_naming_an_organisation_does_not_end_the_section() {
    let page = "## Employment History\n\n## Widget Community College, Springfield\n\n\
                ## Professor | 2019 - Present\n\n## Instructor | 2003 - 2007\n\n\
                ## Open Source Impact\n\n### Maintainer | Gadgets\n*2018 - Present*\n";
    assert_eq!(read_markdown(page).len(), 2, "{:?}", read_markdown(page));
}

#[test]
fn an_employer_dated_across_the_roles_under_it_is_their_organisation() {
    let text = "Experience\n\n\
                Harbor Logistics - Harbor Group ~ 7 years (2015 - Present)\n\n\
                Junior Linux Engineer (2022 - Present)\n\
                Kept the servers patched.\n\n\
                Datacentre Engineer (2018 - 2022)\n\
                Ran the datacentre.\n\n\
                Warehouse IT (2015 - 2018)\n\
                Supported two thousand users.\n\n\
                Quayside Mobile (2012 - 2015)\n\
                Sold phones.\n";
    assert_eq!(
        read(text),
        vec![
            one(
                "Harbor Logistics - Harbor Group",
                "Junior Linux Engineer",
                "2022"
            ),
            one(
                "Harbor Logistics - Harbor Group",
                "Datacentre Engineer",
                "2018"
            ),
            one("Harbor Logistics - Harbor Group", "Warehouse IT", "2015"),
            one("Quayside Mobile", "", "2012"),
        ]
    );
}

#[test]
fn a_second_employer_within_the_first_ones_dates_is_no_group() {
    let text = "Experience\n\n\
                Corner Pizza, Springfield. 09/2017 - Current.\n\
                - Delivery driver\n\n\
                Superette, Shelbyville. 02/2018 - 08/2019.\n\
                - Shift Supervisor.\n";
    let read = read(text);
    assert_eq!(read.len(), 2, "{read:?}");
    assert!(
        read.iter()
            .all(|(org, _, _)| !org.contains("Corner") || !org.contains("Superette"))
    );
    assert!(read[1].0.starts_with("Superette"), "{read:?}");
}

#[test]
fn an_organisation_whose_name_ends_in_a_section_word_heads_its_roles() {
    use super::super::blocks::{Block, Kind};
    // "Service" names a section in an academic CV; "Government Digital Service" over its
    // roles is an organisation (a PDF's large heading opened the job history).
    let b = |kind, text: &str| Block::new(kind, text, 1);
    let blocks = vec![
        b(Kind::Heading(1), "EXPERIENCE"),
        b(Kind::Paragraph, "Civic Digital Service"),
        b(Kind::Heading(2), "Lead Developer"),
        b(Kind::Item(0), "July 2023 – Present"),
        b(Kind::Item(0), "Led the platform team."),
        b(Kind::Heading(2), "Senior Developer"),
        b(Kind::Item(0), "June 2021 – July 2023"),
        b(Kind::Item(0), "Technical lead on the security team."),
    ];
    let read: Vec<(String, Option<String>)> = super::draft(&blocks, "cv.pdf", "PDF")
        .experience
        .into_iter()
        .map(|r| (r.organisation, r.role))
        .collect();
    assert_eq!(
        read,
        vec![
            (
                "Civic Digital Service".to_owned(),
                Some("Lead Developer".to_owned())
            ),
            (
                "Civic Digital Service".to_owned(),
                Some("Senior Developer".to_owned())
            ),
        ]
    );
}

#[test]
fn a_date_line_naming_a_department_takes_the_organisation_above_it() {
    let text = "Experience\n\
                Harbor Networks Inc.   Springfield, PA\n\
                SOFTWARE ENGINEER · CLOUD SERVICES DEPARTMENT   October 2019 - Present\n\
                - Improved the support gateway.\n\
                Quayside Cable PLC   Springfield, PA\n\
                SOFTWARE INTERN · CLOUD SERVICES DEPARTMENT   May 2018 - August 2018\n\
                - Built a switch manager.\n";
    let read = read(text);
    let orgs: Vec<&str> = read.iter().map(|r| r.0.as_str()).collect();
    assert_eq!(
        orgs,
        ["Harbor Networks Inc.", "Quayside Cable PLC"],
        "{read:?}"
    );
}

#[test]
fn a_heading_in_capitals_naming_several_sections_ends_the_job_history() {
    let text = "EMPLOYMENT HISTORY\n\
                Widgetco, Springfield, IN   2019 - Present\n\
                Programmer Analyst\n\
                COMMUNITY SERVICE / INTERESTS / ASSOCIATIONS / HONORS / AWARDS\n\
                Springfield Food Bank   2015 - Present\n\
                Volunteer Driver\n";
    let read = read(text);
    assert_eq!(read.len(), 1, "{read:?}");
    assert_eq!(read[0].0, "Widgetco");
}
#[test]
fn an_employer_named_like_a_section_is_an_employer() {
    // "Technologies" heads a skills section; "Acme Technologies" over its dates and role is
    // an employer.
    let text = "Work History\n\
                Acme Technologies\n\
                Singapore\n\
                Mar 2020- Present\n\
                Solution Consultant\n\
                - Captured requirements.\n\
                Technologies\n\
                Rust, Kotlin\n";
    assert_eq!(
        read(text),
        vec![one("Acme Technologies", "Solution Consultant", "2020-03")]
    );
}

#[test]
fn without_a_job_history_heading_a_larger_heading_ends_the_skills_section() {
    use super::super::blocks::{Block, Kind};
    let b = |kind, text: &str| Block::new(kind, text, 1);
    let blocks = vec![
        b(Kind::Heading(1), "Robin Example"),
        b(Kind::Heading(4), "Technical Skills"),
        b(Kind::Item(0), "Javascript (React, Node)"),
        b(Kind::Item(0), "Docker"),
        b(Kind::Heading(3), "Loanfield - San Francisco (Remote)"),
        b(Kind::Paragraph, "Online lender"),
        b(
            Kind::Heading(4),
            "Fullstack Developer - Aug 2019 - Feb 2020",
        ),
        b(Kind::Item(0), "Built loan flows."),
    ];
    let read: Vec<(String, Option<String>)> = super::draft(&blocks, "cv.docx", "Word document")
        .experience
        .into_iter()
        .map(|r| (r.organisation, r.role))
        .collect();
    assert_eq!(read.len(), 1, "{read:?}");
    assert_eq!(
        read[0].1.as_deref(),
        Some("Fullstack Developer"),
        "{read:?}"
    );
}

#[test]
fn a_branch_named_by_its_country_and_the_terms_of_a_job() {
    let text = "Experience\n\
                Siemens France - Solution Engineer · Apprenticeship · 01/09/2023 – 28/08/2026\n\
                Built the maintenance-contract application.\n\
                Globex - Robotics Technician · Internship · 04/04/2022 – 10/06/2022\n\
                Built a test rig.\n";
    assert_eq!(
        read(text),
        vec![
            one("Siemens France", "Solution Engineer", "2023-09"),
            one("Globex", "Robotics Technician", "2022-04"),
        ]
    );
}

#[test]
fn german_section_headings_and_day_first_dates() {
    let text = "Studium\n\
                01/10/2018–andauernd Masterstudium Mechatronik\n\
                Leibniz Universität Hannover\n\
                Praxiserfahrung\n\
                01/02/2021-30/04/2021 Praktikant\n\
                Continental AG\n\
                Mitwirkung an Algorithmen.\n";
    assert_eq!(
        read(text),
        vec![one("Continental AG", "Praktikant", "2021-02")]
    );
}

#[test]
fn months_sharing_one_year_a_city_after_the_employer_and_a_compound_role() {
    let text = "Beruflicher Werdegang\n\
                seit 6/2015 Bengard Personal-Service e.K., Dresden\n\
                Helfer Lagerlogistik\n\
                5 - 11/2012 TechniSat Digital GmbH, Dresden\n\
                Entwicklungsingenieur\n\
                5 - 6/2005 FernUniversität in Hagen/NRW\n\
                HiWi\n";
    assert_eq!(
        read(text),
        vec![
            one(
                "Bengard Personal-Service e.K.",
                "Helfer Lagerlogistik",
                "2015-06"
            ),
            one("TechniSat Digital GmbH", "Entwicklungsingenieur", "2012-05"),
            // A capitalised word on the line under the organisation, not after its comma,
            // is the role, not the city.
            one("FernUniversität in Hagen/NRW", "HiWi", "2005-05"),
        ]
    );
}

#[test]
fn fields_labelled_under_the_date_are_the_header() {
    let text = "Relevant employment\n\
                April 2021 - ongoing (contract)\n\
                Position: Data Scientist, Department of Agriculture\n\
                Synopsis:\n\
                Modernised the department's data systems.\n\
                September 2015 – June 2017\n\
                Position:\n\
                Deputy Chief Economist\n\
                Office of the Chief Economist\n\
                Synopsis:\n\
                Managed economic analysis.\n";
    assert_eq!(
        read(text),
        vec![
            one("Department of Agriculture", "Data Scientist", "2021-04"),
            one(
                "Office of the Chief Economist",
                "Deputy Chief Economist",
                "2015-09"
            ),
        ]
    );
}

#[test]
fn at_in_french_german_and_italian() {
    let text = "Expérience professionnelle\n\
                - Novembre 2017 - Novembre 2019 : Alternant développeur iOS chez Accengage\n\
                - 2015 - 2016: Entwickler bei Globex GmbH\n\
                - Avril - Juillet 2014 : Stage à l’ENSG\n";
    assert_eq!(
        read(text),
        vec![
            one("Accengage", "Alternant développeur iOS", "2017-11"),
            one("Globex GmbH", "Entwickler", "2015"),
            one("ENSG", "Stage", "2014-04"),
        ]
    );
}

#[test]
fn italian_months_an_ongoing_range_in_two_words_and_an_address_as_the_place() {
    let text = "Esperienza professionale\n\
                Developer, Servizio Internet\n\
                Giugno 2023 – in corso | Via Pietro Bembo 36a, 00168 Roma\n\
                Gestione degli applicativi.\n";
    assert_eq!(
        read(text),
        vec![one("Servizio Internet", "Developer", "2023-06")]
    );
}

#[test]
fn an_organisation_ending_in_a_dotted_legal_form_is_a_header_line() {
    let text = "Esperienza professionale\n\
                Developer\n\
                Servizio Internet\n\
                Giugno 2023 – in corso\n\
                Gestione degli applicativi.\n\
                Full stack web developer\n\
                TwoBeeSolution S.r.l.\n\
                Dicembre 2015 – Maggio 2023\n\
                Sviluppo web.\n";
    assert_eq!(
        read(text),
        vec![
            one("Servizio Internet", "Developer", "2023-06"),
            one(
                "TwoBeeSolution S.r.l.",
                "Full stack web developer",
                "2015-12"
            ),
        ]
    );
}

/// German trades are roles ("Elektroniker", "Krankenpflegerin"): the name beside one is the
/// employer, even a person's ("Michael Korn", an electrician's business).
#[test]
fn german_trades_are_roles() {
    let text = "Praktika\n\
                Elektroniker,   Jonas Beispiel, 25548 Kellinghusen – 09.2021\n\
                - Kabel verlegt\n\
                Krankenpflegerin, Hafenklinikum, Hamburg – 05.2023\n\
                - Station 4\n";
    assert_eq!(
        read(text),
        vec![
            one("Jonas Beispiel", "Elektroniker", "2021-09"),
            one("Hafenklinikum", "Krankenpflegerin", "2023-05"),
        ]
    );
}

/// A role with an organisation's words in its brackets is still the role:
/// "Onboarding Engineer (Security Operations Centre)" under its employer's heading.
#[test]
fn what_a_role_adds_in_brackets_does_not_make_it_an_employer() {
    let text = "# Work experience\n\
                ## Harbour Pharma\n\
                ### Onboarding Engineer (Security Operations Centre) - 06/2020 - Present\n\
                - Onboarded the applications\n\
                ## Kestrel Software GmbH\n\
                ### Splunk Developer - 01/2019 - 05/2020\n\
                - Built dashboards\n";
    assert_eq!(
        read(text),
        vec![
            one(
                "Harbour Pharma",
                "Onboarding Engineer (Security Operations Centre)",
                "2020-06"
            ),
            one("Kestrel Software GmbH", "Splunk Developer", "2019-01"),
        ]
    );
}

/// A Taiwanese page (round 8): "經歷" heads the jobs, "學歷" the degrees, each job one bullet
/// "Org Role _dates_" parted by a space only, "迄今" leaving the last one running.
#[test]
fn a_space_parts_organisation_and_role_in_chinese() {
    let page = "## 經歷\n* 青松數位科技 IT&SRE 經理 _2021.02 - 迄今_\n\t* 主導基礎建設\n\
                * Lumenfold 技術長 _2014 - 2018_\n\
                * 開源人年會 總召 _2015 - 2017_\n\
                * 國立東港大學計算機中心 網頁工程師 _2012 - 2013_\n\n\
                ## 學歷\n* 國立東港大學資訊工程研究所 碩士 _2009.09 - 2012.01_\n";
    assert_eq!(
        read_markdown(page),
        vec![
            ("青松數位科技".into(), "IT&SRE 經理".into()),
            ("Lumenfold".into(), "技術長".into()),
            ("開源人年會".into(), "總召".into()),
            ("國立東港大學計算機中心".into(), "網頁工程師".into()),
        ]
    );
    let blocks = crate::import::markdown_blocks::from_markdown(page);
    let draft = crate::import::entries::draft(&blocks, "p.md", "Markdown");
    assert_eq!(
        draft.experience.first().and_then(|r| r.end.as_deref()),
        Some("present")
    );
}

/// A plain-text layout of development corpus d8: section titles in boxes drawn with
/// characters, each employer "[ Name ]" over labelled details, its roles as "# Role ~ dates"
/// lines after a rule, the record closed by a short rule.
#[test]
fn boxed_titles_bracketed_employers_and_labelled_details() {
    let text = "+----------------------+\n| EMPLOYMENT HISTORY   |\n+----------------------+\n\n\
        [ Lanternfish ]\nLOCATION:        Porto (remote)\nEMPLOYMENT SPAN: 2019 - 2022\n\
        WEBSITE:         https://lanternfish.example\n\n---------\n\
        # Senior Developer ~ Jan 2021 to Apr 2022\n* Built the ledger\n\n---------\n\
        # Systems Administrator III ~ Mar 2019 to Dec 2020\n\n\n\
        [ Meridian Freight ]\nLOCATION:        Lisbon\nWEBSITE:         https://meridian.example\n---------\n\
        # Network Technician II ~ May 2016 to Feb 2019\n";
    assert_eq!(
        read(text),
        vec![
            one("Lanternfish", "Senior Developer", "2021-01"),
            one("Lanternfish", "Systems Administrator III", "2019-03"),
            one("Meridian Freight", "Network Technician II", "2016-05"),
        ]
    );
}

/// "Role, Org, Place" over the date names its organisation: the label under the date
/// ("Key Achievements & Responsibilities") is no organisation (round 8).
#[test]
fn a_label_under_the_date_is_no_organisation_when_the_header_names_one() {
    let text = "WORK EXPERIENCE\n\nSoftware Engineer, Lanternfish, Oregon United States\n\
        September 2023 – January 2025\nKey Achievements & Responsibilities\n- Built the search\n\n\
        Business Analyst, Meridian Freight, Istanbul\nJanuary 2019 – March 2022\n\
        Key Achievements & Responsibilities\n- Ran reports\n";
    let read = read(text);
    assert_eq!(read.len(), 2, "{read:?}");
    assert_eq!(read[0].1, "Software Engineer");
    assert!(read[0].0.starts_with("Lanternfish"), "{read:?}");
    assert!(read[1].0.starts_with("Meridian Freight"), "{read:?}");
}

/// A Chinese Typst résumé of round 8's shape: the team and "远程" (remote) beside the dates,
/// "Organisation，Role" under them with a full-width comma, "至今" for a running job; a birth
/// date dates no entry.
#[test]
fn chinese_dates_full_width_commas_and_a_birth_date() {
    let text = "出生年月：1998 年 6 月\n\n工作经历\n\
        开源小队，远程   2022 年 3 月 – 2023 年 5 月\n青松软件研究所，操作系统开发工程师\n• 提交补丁\n\n\
        芯片仿真，远程   2025 年 1 月 – 至今\n东港集成电路研究所，初级硬件工程师\n• 设计硬件\n";
    assert_eq!(
        read(text),
        vec![
            one("青松软件研究所", "操作系统开发工程师", "2022-03"),
            one("东港集成电路研究所", "初级硬件工程师", "2025-01"),
        ]
    );
}

#[test]
fn a_table_of_contents_repeats_no_section_name_as_a_label() {
    // The contents list every section once before the sections themselves: "Education" is
    // named twice, yet it is a heading, and the school under it is no job.
    let text = "Contents\n\
                Experience\n\
                Northwind Traders\n\
                Education\n\
                Skills\n\
                Experience\n\
                Northwind Traders\n\
                Copywriter   2016 - 2019\n\
                Wrote the shop's texts.\n\
                Education\n\
                Springfield Grammar School\n\
                (2003 - 2012) Graduated.\n\
                Skills\n\
                Agile\n";
    assert_eq!(
        read(text),
        vec![one("Northwind Traders", "Copywriter", "2016")]
    );
}

#[test]
fn a_label_under_a_dated_heading_ends_no_job_history() {
    // An Org file (read as Markdown) whose entries are its headings: "Technologies:" and "My
    // achievements:" are labels inside one, and the entries after them are jobs still.
    let page = "## Engineer at Northwind [Jan 2020 - Jan 2021]\n\n\
                Built the shop.\n\n\
                Technologies:\n\n\
                - Rust\n\n\
                My achievements:\n\n\
                - Shipped it.\n\n\
                ## Developer at Contoso [Mar 2017 - Dec 2019]\n\n\
                Wrote the tools.\n";
    assert_eq!(
        read_markdown(page),
        vec![
            ("Northwind".to_owned(), "Engineer".to_owned()),
            ("Contoso".to_owned(), "Developer".to_owned())
        ]
    );
}

#[test]
fn an_item_naming_the_role_over_items_labelled_as_employer_and_period() {
    // A Google Docs list: the role as an outer item ending in a colon, its employer, work
    // and period as labelled items under it.
    let page = "## Experiencia laboral\n\n\
                - Soporte técnico:\n    \
                - Institución: Northwind SA, La Plata\n    \
                - Labor realizada: Monitoreo de red.\n    \
                - Período: 23/10/2023 - presente\n\
                - Ayudante alumno:\n    \
                - Institución: Facultad de Ingeniería\n    \
                - Período: 18/03/2018 - 28/02/2020\n";
    assert_eq!(
        read_markdown(page),
        vec![
            (
                "Northwind SA, La Plata".to_owned(),
                "Soporte técnico".to_owned()
            ),
            (
                "Facultad de Ingeniería".to_owned(),
                "Ayudante alumno".to_owned()
            )
        ]
    );
}

#[test]
fn dates_alone_over_their_headers_each_head_their_own_entry() {
    let text = "Aino Esimerkki\n\nExperience\n\n08/2019 - 12/2019\nApumies\nAuramaa Logistiikka Oy\n\n\
                01/2020 - 08/2020\nKuljettaja\nKivistö Linjat Oy\n";
    assert_eq!(
        read(text),
        vec![
            one("Auramaa Logistiikka Oy", "Apumies", "2019-08"),
            one("Kivistö Linjat Oy", "Kuljettaja", "2020-01")
        ]
    );
}
