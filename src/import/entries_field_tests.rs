//! Entries of pages that set each entry's name as a heading: their lines labelling what they
//! hold ("Duration:", "Role:"), their organisation and role parted by a pipe.

use super::tests::{one, read, read_blocks};

/// (organisation, role, start) of each position the entry reader finds in a Markdown page.
fn read_markdown(page: &str) -> Vec<(String, String, String)> {
    read_blocks(
        &super::super::markdown_blocks::from_markdown(page),
        "cv.md",
        "Markdown",
    )
}

/// A README CV of development corpus d14: each employer a heading, its period and role
/// labelled list items under it. "Duration" names a field, not the organisation.
#[test]
fn a_labelled_period_and_role_under_the_employers_heading() {
    let page = "# Experience\n\n## Lanternfish\n\n\
                - **Duration:** May 2024 - Present\n\
                - **Role:** Research Engineer (Full-time)\n\
                - **Location:** Porto, Portugal\n\n\
                Lanternfish builds ledgers.\n\n\
                ## Meridian Freight\n\n\
                - **Duration:** Sep 2016 - May 2024\n\
                - **Role:** Lead Engineer\n";
    assert_eq!(
        read_markdown(page),
        vec![
            one("Lanternfish", "Research Engineer (Full-time)", "2024-05"),
            one("Meridian Freight", "Lead Engineer", "2016-09"),
        ]
    );
}

/// A Korean résumé of development corpus d14 ("### ㈜Org | 정보보안 운영 엔지니어"): Korean
/// parts its words by spaces, so a role of several words stays whole, and the company's
/// legal form written as one sign (㈜) marks its name.
#[test]
fn a_korean_role_of_several_words_beside_the_company() {
    let page = "# 이재철\n\n## 경력사항\n\n\
                ### ㈜아이티센 CTS | 정보보안 운영 엔지니어\n\n\
                2025.03 ~ 현재 (10개월) | 넥스트레이드 보안운영SM\n\n\
                - 15종 보안 솔루션 통합 운영\n\n\
                ### ㈜가온누리정보시스템 | 보안 인프라 엔지니어\n\n\
                2024.03 ~ 2025.02 (1년)\n\n\
                - 금융위원회 본인가 심사 대응\n";
    let found = read_markdown(page);
    let roles: Vec<(&str, &str)> = found
        .iter()
        .map(|(org, role, _)| (org.trim_start_matches('㈜'), role.as_str()))
        .collect();
    assert_eq!(
        roles,
        vec![
            ("아이티센 CTS", "정보보안 운영 엔지니어"),
            ("가온누리정보시스템", "보안 인프라 엔지니어"),
        ]
    );
}

/// (role, organisation, place) of a header read from its fragments.
fn header(fragments: &[&str]) -> (Option<String>, Option<String>, Option<String>) {
    let fragments: Vec<String> = fragments.iter().map(|f| (*f).to_owned()).collect();
    let found = super::read_header(&fragments, None);
    (found.role, found.org, found.place)
}

fn some(text: &str) -> Option<String> {
    Some(text.to_owned())
}

/// Development rounds 14 and 16: a city is known as a place wherever the header sets it
/// (GeoNames' "Skövde", "Lyon"), with the country after its comma in any language
/// ("Suecia"); TeX's em dash ("---") parts the role from the organisation.
#[test]
fn a_city_the_country_after_it_and_tex_dashes() {
    assert_eq!(
        header(&[
            "Ingeniero de Automatización",
            "Nordvolt \u{e032}",
            "Skövde, Suecia",
            "Abril 2024 – Junio 2026"
        ]),
        (
            some("Ingeniero de Automatización"),
            some("Nordvolt"),
            some("Skövde, Suecia")
        )
    );
    assert_eq!(
        header(&[
            "Sep.--Dec. 2017",
            "Assistant Business Analyst --- Quillwork, Lyon"
        ]),
        (
            some("Assistant Business Analyst"),
            some("Quillwork"),
            some("Lyon")
        )
    );
}

/// Development rounds 14 and 16: a name in a cell of its own before "City, Country" is the
/// organisation, not a city; a word in lower case after the dates ("(consultant)") names
/// no organisation where the header capitalises its names (the next line may).
#[test]
fn a_name_before_its_city_and_a_lower_case_word_after_the_dates() {
    assert_eq!(
        header(&[
            "Architecte principal",
            "2008 - 2018",
            "KestrelCom",
            "Moscou, Russie",
            "Opérateur mobile,",
            "TOP 3"
        ])
        .1,
        some("KestrelCom")
    );
    assert_eq!(
        header(&[
            "Engineering Manager-",
            "Brooklyn, NY",
            "Jan 2023-Present (consultant)"
        ]),
        (some("Engineering Manager"), None, some("Brooklyn, NY"))
    );
}

/// Development round 16 (an XSL-FO CV): two roles dashed together are one role, and leave
/// the organisation to the line that names it.
#[test]
fn two_roles_dashed_together_are_one() {
    assert_eq!(
        header(&["Stagiaire - Développeur", "Mars 2006 - Août 2006"]),
        (some("Stagiaire - Développeur"), None, None)
    );
}

/// Development rounds 15 and 16: how a job was held in French ("Apprentissage", "Mission")
/// beside the role names neither role nor organisation.
#[test]
fn an_apprenticeship_or_an_assignment_is_no_organisation() {
    for term in ["Apprentissage", "Mission"] {
        let role = format!("{term} · Site Reliability Engineer");
        assert_eq!(
            header(&[&role, "Kestrel Défense", "Septembre 2023 - Aujourd'hui"]).1,
            some("Kestrel Défense"),
            "{term}"
        );
    }
}

/// Development round 15 (reStructuredText field lists in a text file): the sentences after
/// the header describe the job, a legal form's period ends no name, and a link's markup
/// (`` `Name`_ ``) is no part of it; an initial ends no sentence.
#[test]
fn the_sentences_after_a_header_and_rst_links() {
    assert_eq!(
        header(&[
            "2014-present:",
            "Software Developer, Rackspace, Inc. Writing Ansible playbooks and roles."
        ])
        .1,
        some("Rackspace, Inc.")
    );
    assert_eq!(
        header(&[
            "2006-2010:",
            "Network Administrator - `MapleTronics Computers`_. Managed internal network, as well as servers."
        ]),
        (
            some("Network Administrator"),
            some("MapleTronics Computers"),
            None
        )
    );
    assert_eq!(
        header(&["03/2025", "E. Weber & Cie AG"]).1,
        some("E. Weber & Cie AG")
    );
}

/// Round 17 (development since session 27: an AsciiDoc table per job, "date | *ORG* +
/// place | role", each cell a line): a line giving only the place below the date counts for
/// none of the header's lines.
#[test]
fn a_place_below_the_date_leaves_room_for_the_role() {
    let text = "EXPERIENCE\n\n\
                August 2022-April 2024\n\
                KESTREL FOODS\n\
                San Carlos, CA\n\
                Principal Software Engineer, Platform Team\n\n\
                At Kestrel I worked on the monolith.\n\n\
                February 2022-August 2022\n\
                QUILLWORK\n\
                Chicago, IL\n\
                Senior Software Engineer\n\n\
                At Quillwork I built services.\n";
    assert_eq!(
        super::tests::read(text),
        vec![
            one("KESTREL FOODS", "Principal Software Engineer", "2022-08"),
            one("QUILLWORK", "Senior Software Engineer", "2022-02"),
        ]
    );
}

/// Round 18: a sub-heading under a dated heading that names a part of the entry
/// ("Responsibilities", "担当業務") is no role.
#[test]
fn a_sub_heading_naming_a_part_of_the_entry_is_no_role() {
    let page = "## Experience\n\n### Northwind Traders (2024 – present)\n\n#### Responsibilities\n\n\
        - Kept the stock up to date\n\n### 株式会社ノベルティ (2019 年 10 月 〜 2023 年 12 月)\n\n\
        #### 担当業務\n\n- サイト制作\n";
    assert_eq!(
        read_markdown(page),
        [
            (
                "Northwind Traders".to_owned(),
                String::new(),
                "2024".to_owned()
            ),
            (
                "株式会社ノベルティ".to_owned(),
                String::new(),
                "2019-10".to_owned()
            ),
        ]
    );
}

/// Round 18: a Chinese role in bold beside its employer's link; the seniority written
/// apart from the role ("高级 JAVA 开发工程师") is part of it, no organisation.
#[test]
fn a_bold_role_beside_a_linked_employer() {
    let page = "## 工作经验\n\n### **高级 JAVA 开发工程师** [Zenlayer](https://zenlayer.example)\n\n\
        *2018/3 - 至今*\n\n- 负责公司内部运营平台\n";
    assert_eq!(
        read_markdown(page),
        [(
            "Zenlayer".to_owned(),
            "高级 JAVA 开发工程师".to_owned(),
            "2018-03".to_owned()
        )]
    );
}

/// Round d18: dates in square brackets before "Role at org", the org a brand in lower case.
#[test]
fn a_bracketed_date_before_a_role_at_a_lower_case_brand() {
    let text = "Work Experience\n\
        [January 2024 - March 2024 ] Front-End Developer at moon-client\n\
        Built a Svelte app with animations.\n\
        [September 2023 - December 2023] Front-End Developer at Bfmriya.org.ua\n\
        Built a React app for a charity.\n";
    assert_eq!(
        super::tests::read(text),
        [
            (
                "moon-client".to_owned(),
                "Front-End Developer".to_owned(),
                "2024-01".to_owned()
            ),
            (
                "Bfmriya.org.ua".to_owned(),
                "Front-End Developer".to_owned(),
                "2023-09".to_owned()
            ),
        ]
    );
}

/// A Word CV of round 20: one line per job, the dates first and set off by a comma ("Aug
/// 2008 - Present, Research Ecologist, Acme Agency, Ocean Division, Narragansett, RI"),
/// each over a paragraph. A line that long is an entry all the same.
#[test]
fn a_long_list_item_that_opens_with_its_range_and_a_comma() {
    let page = "## Experience\n\n\
                - Aug 2008 - Present, Research Ecologist, Harbour Research Agency, Ocean Ecology Division, Narragansett, RI\n\n\
                I lead research on algal blooms and on data science tools.\n\n\
                - May 2006 – July 2008, Postdoctoral Landscape Ecologist, Harbour Research Agency, Ocean Ecology Division, Narragansett, RI\n\n\
                I developed statistical and modelling tools.\n";
    let read = read_markdown(page);
    assert_eq!(read.len(), 2, "{read:?}");
    assert_eq!(
        read.iter()
            .map(|(_, role, start)| (role.as_str(), start.as_str()))
            .collect::<Vec<_>>(),
        [
            ("Research Ecologist", "2008-08"),
            ("Postdoctoral Landscape Ecologist", "2006-05")
        ]
    );
}

/// A fixed-width plain-text résumé of development round 22: each entry's role, organisation
/// and years in columns, the line underlined; its columns are its parts, as a line's are.
#[test]
fn an_underlined_line_of_columns_is_an_entry_of_three_fields() {
    let text = "Professional Experience\n\
                ***********************\n \
                CTO                                    Quayside, Inc           2013-Present\n \
                -----------------------------------------------------------------------------\n \
                In progress...\n\n \
                Software Engineer                      Larkspur Inc            2012-2013\n \
                -----------------------------------------------------------------------------\n \
                Implement a small and secure agent for the monitoring product.\n";
    assert_eq!(
        read(text),
        vec![
            one("Quayside, Inc", "CTO", "2013"),
            one("Larkspur Inc", "Software Engineer", "2012"),
        ]
    );
}

/// Development round 22: a Markdown CV sets each job's title as a heading ("### Shop
/// manager.") over "Org MM/YYYY – MM/YYYY CITY, COUNTRY." and a line or two. The heading
/// over the next dated line is the next job's, not the role of a job whose title has no role
/// word; the titles then read in the order the others are written in.
#[test]
fn a_heading_over_the_next_dated_line_is_the_next_jobs() {
    let page = "# Work experience\n\n### Compositing artist.\n\n\
        PostModern 07/2020 – 01/2021 KYIV, UKRAINE.\nEdited video.\n\n\
        ### Computer system engenier.\n\n\
        Djet-Kyiv 10/2015 – 07/2020 KYIV, UKRAINE.\nSupported office PCs.\n\n\
        ### Shop manager.\n\n\
        Magellan 06/2011 – 09/2014 KYIV, UKRAINE.\nManaged purchases.\n\n\
        ### Bartender/waiter.\n\n\
        RockShashlik 02/2010 – 02/2011 KIEV, UKRAINE.\nServed tables.\n";
    assert_eq!(
        read_markdown(page),
        vec![
            one("PostModern", "Compositing artist", "2020-07"),
            one("Djet-Kyiv", "Computer system engenier", "2015-10"),
            one("Magellan", "Shop manager", "2011-06"),
            one("RockShashlik", "Bartender/waiter", "2010-02"),
        ]
    );
}
