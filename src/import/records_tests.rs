//! Tests of the reader of records, on small invented inputs.

use super::*;

/// (organisation, role, start) of each position of a draft.
fn positions(draft: &Draft) -> Vec<(String, Option<String>, Option<String>)> {
    draft
        .experience
        .iter()
        .map(|r| (r.organisation.clone(), r.role.clone(), r.start.clone()))
        .collect()
}

#[test]
fn keys_by_meaning_and_nested_roles() {
    let value = serde_json::json!({
        "experience": [
            {"company": "Acme", "positions": [
                {"title": "Engineer", "from": "2019-05", "to": "Present"},
                {"title": "Intern", "date": "Jun 2018 – Aug 2018"}
            ]},
            {"role": "Developer", "employer": "Globex", "range": "2016 - 2018"}
        ],
        "education": [{"institution": "A University", "start": "2012"}]
    });
    let draft = draft(&value, "x.json", "JSON").unwrap_or_default();
    let found = positions(&draft);
    assert_eq!(
        found,
        vec![
            (
                "Acme".into(),
                Some("Engineer".into()),
                Some("2019-05".into())
            ),
            ("Acme".into(), Some("Intern".into()), Some("2018-06".into())),
            (
                "Globex".into(),
                Some("Developer".into()),
                Some("2016".into())
            ),
        ]
    );
}

fn found(value: &Value) -> Vec<(String, Option<String>, Option<String>)> {
    draft(value, "x.yaml", "YAML")
        .unwrap_or_default()
        .experience
        .iter()
        .map(|r| (r.organisation.clone(), r.role.clone(), r.start.clone()))
        .collect()
}

fn one(org: &str, role: &str, start: &str) -> (String, Option<String>, Option<String>) {
    (org.into(), Some(role.into()), Some(start.into()))
}

#[test]
fn sections_under_titles_with_a_second_heading_and_translated_text() {
    let value = serde_json::json!({"content": [
        {"title": {"en": "Experience", "fr": "Expérience"}, "content": [
            {"title": "Acme", "sub_title": {"en": "Backend Developer", "fr": "Développeur"},
             "caption": {"en": "March 2019 - May 2020"}},
            {"title": "Globex", "sub_title": "Intern", "caption": "Since January 2018"}
        ]},
        {"title": "Education", "content": [
            {"title": "A University", "sub_title": "Student", "caption": "2012 - 2016"}
        ]},
        {"title": "Projects", "content": [
            {"title": "Tool", "sub_title": "Maintainer", "caption": "2015 - 2016"}
        ]}
    ]});
    assert_eq!(
        found(&value),
        vec![
            one("Acme", "Backend Developer", "2019-03"),
            one("Globex", "Intern", "2018-01")
        ]
    );
}

#[test]
fn latex_values_and_place_as_organisation() {
    let value = serde_json::json!({"positions": [
        {"place": r"\href{https://example.org}{Example Lab} \& Co", "title": r"\textbf{Engineer}",
         "dates": "08/2021 -- 11/2022", "details": [r"Built \textbf{caches}"]},
        {"place": "Beta", "title": "Analyst", "dates": "01/2020"}
    ], "research": [
        {"name": "A study", "place": "A University", "dates": "2019"}
    ]});
    let draft = draft(&value, "cv.yaml", "YAML").unwrap_or_default();
    assert_eq!(
        found(&value),
        vec![
            one("Example Lab & Co", "Engineer", "2021-08"),
            one("Beta", "Analyst", "2020-01")
        ]
    );
    assert_eq!(
        draft.experience.first().map(|r| r.highlights.clone()),
        Some(vec!["Built caches".to_owned()])
    );
}

#[test]
fn date_keys_by_their_words_and_ranges_in_a_note() {
    let value = serde_json::json!({"jobs": [
        {"company": "Acme", "position": "Engineer", "start_data": "2021-03"},
        {"company": "Acme", "title": "Lead", "date_start": "", "note": "June 2017 - May 2019"}
    ]});
    assert_eq!(
        found(&value),
        vec![
            one("Acme", "Engineer", "2021-03"),
            one("Acme", "Lead", "2017-06")
        ]
    );
}

#[test]
fn maps_keyed_by_organisation_and_dates_in_parts() {
    let value = serde_json::json!({
        "experience": {
            "Acme": {"role": "Engineer", "dates": "Jan 2019 - Present"},
            "Globex": [{"role": "Developer", "start": {"year": 2016, "month": 3}}]
        },
        "education": {"A University": {"degree": "BSc", "dates": "2012 - 2016"}}
    });
    assert_eq!(
        found(&value),
        vec![
            one("Acme", "Engineer", "2019-01"),
            one("Globex", "Developer", "2016-03")
        ]
    );
}

#[test]
fn a_field_of_another_type_is_listed_and_skipped() {
    let value = serde_json::json!({"work": [
        {"company": "Acme", "role": true, "start": "2020"},
        {"company": "Globex", "role": "Engineer", "start": "2019"}
    ]});
    let draft = draft(&value, "x.json", "JSON").unwrap_or_default();
    assert_eq!(draft.experience.len(), 2);
    assert!(
        draft
            .unplaced
            .iter()
            .any(|(at, text)| at == "work[0].role" && text.contains("not text")),
        "{:?}",
        draft.unplaced
    );
}

#[test]
fn lists_named_for_other_things_are_not_positions() {
    let record =
        serde_json::json!([{"role": "Chair", "organisation": "A Society", "date": "2020"}]);
    for name in ["service", "Conference Activities", "academic", "talks"] {
        assert!(
            found(&serde_json::json!({ name: record.clone() })).is_empty(),
            "{name}"
        );
    }
    for name in ["Academic Appointments", "Work Experience", "history"] {
        assert_eq!(
            found(&serde_json::json!({ name: record.clone() })).len(),
            1,
            "{name}"
        );
    }
}

#[test]
fn degrees_under_education_are_not_positions() {
    let value = serde_json::json!({
        "employment": {"history": [{"employer": "Acme", "position": "Engineer", "start": "2019-01"}]},
        "education": {"level": "degree", "history": [
            {"institution": "A University", "title": "BSc Physics", "start": "2012-09", "end": "2016-06"}
        ]},
        "coursework": [{"name": "Algorithms", "school": "A University", "semester": "Fall 2013"}]
    });
    let draft = draft(&value, "resume.json", "JSON").unwrap_or_default();
    assert_eq!(found(&value), vec![one("Acme", "Engineer", "2019-01")]);
    let schools: Vec<(String, Option<String>)> = draft
        .education
        .iter()
        .map(|e| (e.institution.clone(), e.degree.clone()))
        .collect();
    assert_eq!(
        schools,
        vec![("A University".to_owned(), Some("BSc Physics".to_owned()))]
    );
}

#[test]
fn what_is_not_read_is_listed_with_its_place() {
    let value = serde_json::json!({
        "name": "A Person",
        "darkmode": false,
        "jobs": [{"employer": "Acme", "position": "Engineer", "start": "2019-01"}],
        "projects": [{"name": "Tool", "role": "Maintainer", "date": "2020"}]
    });
    let draft = draft(&value, "data.yaml", "YAML").unwrap_or_default();
    let places: Vec<&str> = draft.unplaced.iter().map(|(at, _)| at.as_str()).collect();
    // In the file's order, as its author finds them.
    assert_eq!(places, vec!["name", "darkmode", "projects"]);
    assert!(super::found(&value, "data.yaml", "YAML").is_some_and(|d| d.unplaced.is_empty()));
}

#[test]
fn role_at_organisation_in_one_field() {
    let value = serde_json::json!({"experience": [
        {"title": "Senior Engineer at Acme", "dates": "2019 - Present"},
        {"title": "Developer @ Globex", "dates": "2016 - 2019"}
    ]});
    assert_eq!(
        found(&value),
        vec![
            one("Acme", "Senior Engineer", "2019"),
            one("Globex", "Developer", "2016")
        ]
    );
}

#[test]
fn headings_typed_sections_keyed_tables_and_single_key_maps() {
    let typed = serde_json::json!({"sections": [
        {"type": "experience", "items": [
            {"heading": "Engineer", "subheading": "Acme", "date": "2019 – present"}]},
        {"type": "education", "items": [
            {"heading": "BSc", "subheading": "A University", "date": "2012 – 2016"}]}
    ]});
    assert_eq!(found(&typed), vec![one("Acme", "Engineer", "2019")]);
    let tables = serde_json::json!({"experience": {
        "acme": {"company": "Acme", "title": "Engineer", "start": "2019-05"},
        "globex": {"company": "Globex", "title": "Developer", "start": "2016-01"}
    }});
    assert_eq!(
        found(&tables),
        vec![
            one("Acme", "Engineer", "2019-05"),
            one("Globex", "Developer", "2016-01")
        ]
    );
    let single = serde_json::json!({"experience": [
        {"Acme": [{"position": "Engineer", "when": "2019 - now"}]},
        {"Globex": [{"position": "Developer", "when": "2016 - 2019"}]}
    ]});
    assert_eq!(
        found(&single),
        vec![
            one("Acme", "Engineer", "2019"),
            one("Globex", "Developer", "2016")
        ]
    );
}

#[test]
fn a_misspelt_key_and_a_period_as_a_record_of_its_own() {
    let value = serde_json::json!({
        "jobs": [
            {"dates": {"start": "07/2016", "end": "today"},
             "employer": {"name": "Urbanara GmbH", "sector": "Ecommerce"},
             "ocuppation": "Tech lead, front end"},
            {"dates": {"start": "08/2015", "end": "07/2016"},
             "employer": {"name": "Klickrent GmbH"},
             "ocuppation": "Front end"}
        ]
    });
    let draft = draft(&value, "x.yaml", "YAML").unwrap_or_default();
    type Read = (String, Option<String>, Option<String>, Option<String>);
    let found: Vec<Read> = draft
        .experience
        .iter()
        .map(|r| {
            (
                r.organisation.clone(),
                r.role.clone(),
                r.start.clone(),
                r.end.clone(),
            )
        })
        .collect();
    assert_eq!(
        found,
        vec![
            (
                "Urbanara GmbH".into(),
                Some("Tech lead, front end".into()),
                Some("2016-07".into()),
                Some("present".into())
            ),
            (
                "Klickrent GmbH".into(),
                Some("Front end".into()),
                Some("2015-08".into()),
                Some("2016-07".into())
            ),
        ]
    );
}

#[test]
fn a_type_that_names_the_job_and_a_start_without_its_year() {
    let value = serde_json::json!({
        "experience": [
            {"start_date": "22 Janvier", "end_date": "25 Janvier, 2018",
             "type": "Stage découverte 3<sup>ème</sup>", "company": "Northwind"},
            {"start_date": "3 Novembre", "end_date": "17 Février, 2023",
             "type": "Stage 2<sup>ème</sup> année", "company": "Contoso"},
            {"start": "2020", "end": "2021", "type": "Full-time", "company": "Fabrikam",
             "title": "Engineer"}
        ]
    });
    let draft = draft(&value, "cv.yml", "YAML").unwrap_or_default();
    let found = positions(&draft);
    assert_eq!(
        found,
        vec![
            (
                "Northwind".into(),
                Some("Stage découverte 3ème".into()),
                Some("2018-01".into())
            ),
            (
                "Contoso".into(),
                Some("Stage 2ème année".into()),
                Some("2022-11".into())
            ),
            (
                "Fabrikam".into(),
                Some("Engineer".into()),
                Some("2020".into())
            ),
        ]
    );
}

/// Organisations and their roles both named by keys, the period under "timestart" and
/// "timeend": each role is a position at the organisation whose key holds it.
#[test]
fn roles_keyed_by_their_names_under_organisations_keyed_by_theirs() {
    let value = serde_json::json!({
        "professional experience": [
            {"Harbour Ltd": [
                {"Platform Engineer": {"timestart": "January 2025", "timeend": "Present",
                    "location": "Remote", "bullets": ["Ran the timetable"]}}
            ]},
            {"Kestrel Robotics": [
                {"Firmware Lead": {"timestart": "March 2021", "timeend": "March 2024"}},
                {"Firmware Engineer": {"timestart": "May 2017", "timeend": "March 2021"}}
            ]}
        ]
    });
    let draft = draft(&value, "cv.yaml", "YAML").unwrap_or_default();
    let found = positions(&draft);
    let one = |org: &str, role: &str, start: &str| {
        (
            org.to_owned(),
            Some(role.to_owned()),
            Some(start.to_owned()),
        )
    };
    assert_eq!(
        found,
        vec![
            one("Harbour Ltd", "Platform Engineer", "2025-01"),
            one("Kestrel Robotics", "Firmware Lead", "2021-03"),
            one("Kestrel Robotics", "Firmware Engineer", "2017-05"),
        ]
    );
}

/// A theme's experience list where "description" holds the job's one word and schools stand
/// among the jobs (a Hugo data file of round 8).
#[test]
fn a_one_word_description_is_the_role_and_a_degree_no_position() {
    let value = serde_json::json!({
        "experience": [
            {"timeperiod": "März 2019", "company": "TH Westmarch", "description": "Bachelor of Engineering"},
            {"timeperiod": "April 2018 - August 2018", "company": "Kestrel Media", "description": "Praktikant"},
            {"timeperiod": "Dezember 2016 - November 2017", "company": "Tidewater GmbH", "description": "Werkstudent"},
            {"timeperiod": "Januar 2016", "company": "Quillfeather", "description": "Led the move to Rust."}
        ]
    });
    let draft = draft(&value, "experience.toml", "TOML").unwrap_or_default();
    assert_eq!(
        positions(&draft),
        vec![
            (
                "Kestrel Media".into(),
                Some("Praktikant".into()),
                Some("2018-04".into())
            ),
            (
                "Tidewater GmbH".into(),
                Some("Werkstudent".into()),
                Some("2016-12".into())
            ),
            ("Quillfeather".into(), None, Some("2016-01".into())),
        ]
    );
    assert!(
        draft
            .unplaced
            .iter()
            .any(|(_, t)| t.contains("Bachelor of Engineering"))
    );
}

#[test]
fn a_record_marked_hidden_is_kept_as_a_comment_not_a_position() {
    let value = serde_json::json!({
        "experience": [
            {"title": "Engineer", "organization": "Acme", "period": {"start": "2021-04-10"}},
            {"title": "Vice President", "archived": true, "organization": "Chess Club",
             "period": {"start": "2019-04-10"}},
            {"title": "Tutor", "visible": "false", "organization": "Globex", "start": "2018"}
        ]
    });
    let draft = draft(&value, "x.yaml", "YAML").unwrap_or_default();
    assert_eq!(
        positions(&draft),
        vec![(
            "Acme".into(),
            Some("Engineer".into()),
            Some("2021-04".into())
        )]
    );
    let comments: Vec<&str> = draft.unplaced.iter().map(|(_, t)| t.as_str()).collect();
    assert!(
        comments
            .iter()
            .any(|t| t.contains("Chess Club") && t.contains("archived: true")),
        "{comments:?}"
    );
    assert!(
        comments.iter().any(|t| t.contains("Globex")),
        "{comments:?}"
    );
}

#[test]
fn a_page_builders_sections_read_by_their_type_and_undated_groups_are_no_positions() {
    // Each section a {meta, content: {type, value: {items}}}: the type names it. Skills
    // grouped by kind look like roles under an organisation, but nothing in them is dated
    // while the job history is.
    let value = serde_json::json!({
        "sections": [
            {"meta": {"title": "Work Experience", "show": true},
             "content": {"type": "work-experience", "value": {"items": [
                {"title": "UI Engineer", "company": {"title": "Widgetco"},
                 "startDate": "2021-10", "endDate": "2022-09"}
             ]}}},
            {"meta": {"title": "Skills", "show": true},
             "content": {"type": "skill-groups", "value": {"items": [
                {"title": "Languages", "items": [{"title": "Go"}, {"title": "Python"}]},
                {"title": "Cloud", "items": [{"title": "AWS"}]}
             ]}}},
            {"meta": {"title": "Projects", "show": true},
             "content": {"type": "projects", "value": {"items": [
                {"items": [{"title": "Trail Finder", "startDate": "2022-11"}]}
             ]}}}
        ]
    });
    let draft = draft(&value, "cv.yaml", "YAML").unwrap_or_default();
    assert_eq!(
        positions(&draft),
        vec![(
            "Widgetco".to_owned(),
            Some("UI Engineer".to_owned()),
            Some("2021-10".to_owned())
        )]
    );
    assert!(
        draft.unplaced.iter().any(|(_, text)| text.contains("Go")),
        "{:?}",
        draft.unplaced
    );
}

/// A bilingual CSV of development corpus d14 ("from","to","affiliation_ja","affiliation_en",
/// "job_ja","job_en"): a key tagged with a language means what it means untagged, and of
/// two languages the file's first is read.
#[test]
fn keys_tagged_with_a_language_in_the_files_first_language() {
    let value = serde_json::json!([
        {"from": "2025.10", "to": "2029.03", "affiliation_ja": "JST さきがけ",
         "affiliation_en": "JST PRESTO", "job_ja": "個人研究者", "job_en": "PI"},
        {"from": "2022.12", "to": "2023.05", "affiliation_ja": "Meta Inc.",
         "affiliation_en": "Meta Inc.", "job_ja": "", "job_en": "Research Scientist Intern"}
    ]);
    assert_eq!(
        found(&value),
        vec![
            one("JST さきがけ", "個人研究者", "2025-10"),
            one("Meta Inc.", "Research Scientist Intern", "2022-12"),
        ]
    );
}

#[test]
fn sections_named_by_their_title_and_an_organisation_one_map_down() {
    // A site's data file: each section a title over its entries, each job's organisation
    // inside its location. "Experience" names a section, not an employer; a thesis title
    // "… at scale" names no job.
    let value = serde_json::json!({"sections": [
        {"title": "Experience", "entries": [
            {"title": "Software Engineer", "period": {"start": 2022, "end": 3000},
             "location": {"institute": {"name": "Lumen Labs", "url": "https://example.org"},
                          "city": "Lyon"}},
            {"title": "Researcher", "period": {"start": 2015, "end": 2022},
             "location": {"institute": {"name": "Institut Aval"}, "city": "Brest"}}
        ]},
        {"title": "Students", "entries": [
            {"title": "Fuzzing techniques for finding bugs at scale",
             "period": {"start": 2016, "end": 2019}}
        ]}
    ]});
    assert_eq!(
        found(&value),
        vec![
            one("Lumen Labs", "Software Engineer", "2022"),
            one("Institut Aval", "Researcher", "2015"),
        ]
    );
}

#[test]
fn a_jobs_highlights_as_records_detail_it_and_keep_their_points() {
    let value = serde_json::json!({"jobs": [
        {"company": "Kestrel Health", "role": "Backend Engineer", "period": "Oct 2021 - Present",
         "highlights": [
            {"title": "Event pipeline", "tech": ["Kafka", "Go"],
             "points": ["Built consumers that process a million events in 30 seconds."]},
            {"title": "Billing ledger", "points": ["Designed the ledger for refunds."]}
         ]}
    ]});
    let draft = draft(&value, "jobs.toml", "TOML").unwrap_or_default();
    assert_eq!(
        positions(&draft),
        vec![one("Kestrel Health", "Backend Engineer", "2021-10")]
    );
    let texts: Vec<&str> = draft
        .experience
        .iter()
        .flat_map(|r| r.highlights.iter().map(String::as_str))
        .collect();
    assert_eq!(
        texts,
        [
            "Event pipeline",
            "tech: Kafka, Go",
            "Built consumers that process a million events in 30 seconds.",
            "Billing ledger",
            "Designed the ledger for refunds.",
        ]
    );
}

/// A Jekyll data file of development round 15: each job's "name" beside its "company" is
/// the job itself.
#[test]
fn a_records_name_beside_its_company_is_the_role() {
    let value = serde_json::json!({
        "experiences": [
            {"name": "Fleuriste", "date": "Décembre 2019 à aujourd'hui", "company": "Le Jardin", "where": "Paris 75016"},
            {"name": "Jardinier", "date": "Avril 2019 à Septembre 2019", "company": "Mairie de Lyon"}
        ]
    });
    let draft = draft(&value, "resume.yml", "YAML").unwrap_or_default();
    assert_eq!(
        positions(&draft),
        vec![
            (
                "Le Jardin".into(),
                Some("Fleuriste".into()),
                Some("2019-12".into())
            ),
            (
                "Mairie de Lyon".into(),
                Some("Jardinier".into()),
                Some("2019-04".into())
            ),
        ]
    );
}

/// A YAML of development round 16: lists named by a kind of work (`industry`, `research`)
/// whose records name no organisation but a "location" that is one, or a role followed by
/// the institute it names; a "city" stays a place.
#[test]
fn a_location_that_names_no_place_is_the_organisation() {
    let value = serde_json::json!({
        "industry": [
            {"designation": "Associate Developer", "duration": "May '19 -- Jul '19", "location": "Kestrel Labs, Bangalore"}
        ],
        "research": [
            {"designation": "Mentor, Summer of Code", "duration": "May '21 - Present", "location": "quillpack"},
            {"designation": "Research Fellow, Institute of Robotics", "duration": "Nov '20 - Present", "location": "Barcelona"}
        ],
        "cursus": [
            {"title": "Semester abroad", "date": "2014", "school": "Stafford University", "city": "Stafford"}
        ]
    });
    let draft = draft(&value, "experience.yml", "YAML").unwrap_or_default();
    assert_eq!(
        positions(&draft),
        vec![
            (
                "Kestrel Labs, Bangalore".into(),
                Some("Associate Developer".into()),
                Some("2019-05".into())
            ),
            (
                "quillpack".into(),
                Some("Mentor, Summer of Code".into()),
                Some("2021-05".into())
            ),
            (
                "Institute of Robotics".into(),
                Some("Research Fellow".into()),
                Some("2020-11".into())
            ),
        ]
    );
    assert_eq!(draft.experience[2].location.as_deref(), Some("Barcelona"));
}

/// A Chinese résumé site's data of development round 18: "type" says only the terms of the
/// job ("internship"), and the record names the job and its place with keys that say
/// neither: the one that reads as an organisation (a lab, a company) is it.
#[test]
fn an_internship_type_is_no_role_and_the_org_is_the_name_that_reads_as_one() {
    let value = serde_json::json!({
        "experience": [
            {"type": "internship", "place": " 南京大学iSE实验室", "start": "2017-7",
             "end": "至今", "name": "全栈开发", "description": ["题库管理"]},
            {"type": "internship", "place": "南京擎盾信息科技有限公司", "start": "2016-10",
             "end": "2017-2", "name": "全栈开发"},
            {"type": "project", "name": "做市系统", "description": ["花旗杯"]}
        ]
    });
    let draft = draft(&value, "x.json", "JSON").unwrap_or_default();
    assert_eq!(
        positions(&draft),
        vec![
            (
                "南京大学iSE实验室".into(),
                Some("全栈开发".into()),
                Some("2017-07".into())
            ),
            (
                "南京擎盾信息科技有限公司".into(),
                Some("全栈开发".into()),
                Some("2016-10".into())
            ),
        ]
    );
}

#[test]
fn a_key_whose_words_name_the_role_holds_it() {
    let value = serde_json::json!({
        "work": [
            {"job_position": "Junior developer at Initech", "date_start": "July 2013",
             "date_end": "September 2013",
             "projects": [{"project_title": "A house search site", "description": "Search."}]},
            {"job_position": "Lead developer at Globex", "date_start": "July 2015"}
        ]
    });
    let draft = draft(&value, "cv.yml", "YAML").unwrap_or_default();
    assert_eq!(
        positions(&draft),
        vec![
            (
                "Initech".into(),
                Some("Junior developer".into()),
                Some("2013-07".into())
            ),
            (
                "Globex".into(),
                Some("Lead developer".into()),
                Some("2015-07".into())
            ),
        ]
    );
}

/// A Hugo résumé's timeline of round 20: records keyed by an id of their own, each naming its
/// organisation under "org_name" and filing itself under a section ("category"): the jobs
/// are positions with their own organisations (not the ids), the schools education, the
/// projects no position.
#[test]
fn a_timeline_of_records_filed_by_their_category() {
    let value = serde_json::json!({
        "name": "Jo",
        "path": {
            "2021_harbour": {"category": "experience", "type": "leg", "date": "2021-09",
                "title": "Software developer", "org_name": "Harbour Labs"},
            "2016_kestrel": {"category": "experience", "type": "leg", "date": "2016-03",
                "title": "Software Developer", "org_name": "Kestrel", "place_name": "Ghent"},
            "2011_school": {"category": "education", "type": "leg", "date": "2011-09",
                "title": "Bachelor's Degree in Business Computing", "org_name": "Hill College"},
            "ferry": {"category": "project", "title": "Ferry timetable",
                "org_name": "Harbour Labs", "url": "https://example.org/ferry"},
            "tides": {"category": "project", "title": "Tide tables",
                "org_name": "Kestrel", "url": "https://example.org/tides"},
            "maps": {"category": "project", "title": "Harbour maps",
                "url": "https://example.org/maps"}
        }
    });
    let draft = draft(&value, "resume.toml", "TOML").unwrap_or_default();
    let mut found = positions(&draft);
    found.sort();
    assert_eq!(
        found,
        vec![
            (
                "Harbour Labs".into(),
                Some("Software developer".into()),
                Some("2021-09".into())
            ),
            (
                "Kestrel".into(),
                Some("Software Developer".into()),
                Some("2016-03".into())
            ),
        ]
    );
    assert_eq!(draft.education.len(), 1);
}

/// A site generator's data file of development round 20: the job history keyed by an id,
/// each record naming only the employer and its dates (the roles are in the locale files).
#[test]
fn a_job_history_of_employers_without_roles() {
    let value = serde_json::json!({
        "experience": {
            "wideco": {"name": "Wideco AB", "start": "2020-10", "tech": ["TypeScript"]},
            "opatus": {"name": "Opatus AB", "start": "2020-07", "end": "2020-10"}
        }
    });
    let draft = draft(&value, "cv.yml", "YAML").unwrap_or_default();
    assert_eq!(
        positions(&draft),
        vec![
            ("Wideco AB".to_owned(), None, Some("2020-10".to_owned())),
            ("Opatus AB".to_owned(), None, Some("2020-07".to_owned())),
        ]
    );
}
