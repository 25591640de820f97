//! `folio import` and `folio export -o resume.json` as a person runs them: a JSON Resume of
//! someone unlike the bundled portfolios (tests/fixtures/import/resume.json: every schema
//! section, figures in the bullets), the seed Markdown page, bad input, and the round trip
//! of every bundled and fixture portfolio through JSON Resume.

use std::path::Path;
use std::process::Output;

use folio::metrics::{AnalysisKind, analyse};
use serde_json::Value;

use crate::common::folio;

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn load(path: &Path) -> folio::load::Loaded {
    folio::check::checked(folio::load::load(path)).expect("loads")
}

const RESUME: &str = "tests/fixtures/import/resume.json";

#[test]
fn a_json_resume_imports_checks_and_keeps_what_folio_cannot_place() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("portfolio.ron");
    let output = folio(&["import", RESUME, "-o", out.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let check = folio(&["check", "--deny-warnings", out.to_str().unwrap()]);
    assert!(check.status.success(), "{}", stderr(&check));

    let loaded = load(&out);
    let p = &loaded.portfolio;
    assert_eq!(p.person.name.as_deref(), Some("Amara Okonkwo-Lindqvist"));
    assert!(p.person.headline.starts_with("Staff Platform Engineer"));
    assert_eq!(
        p.person.location.as_deref(),
        Some("Stockholm, Stockholm County, SE")
    );
    assert_eq!(p.person.summary.len(), 2);
    assert!(
        p.person
            .links
            .iter()
            .any(|l| l.url.as_str() == "https://github.com/amara-ol")
    );
    assert_eq!(
        p.contact.as_ref().and_then(|c| c.email.as_deref()),
        Some("amara@example.org")
    );
    // work and volunteer → experience; a missing end date → present.
    let orgs: Vec<&str> = p
        .experience
        .iter()
        .map(|r| r.organisation.as_str())
        .collect();
    assert_eq!(
        orgs,
        ["Klarna", "Spotify", "Ericsson", "Rails Girls Stockholm"]
    );
    assert_eq!(p.experience[0].end, Some(folio::model::End::Present));
    assert_eq!(
        p.experience[0].start,
        Some(folio::model::YearMonth {
            year: 2021,
            month: Some(4)
        })
    );
    assert_eq!(p.experience[3].role.as_deref(), Some("Coach (volunteer)"));
    assert_eq!(p.education.len(), 2);
    assert!(
        p.education[0]
            .text
            .as_deref()
            .is_some_and(|t| t.contains("4.6/5") && t.contains("Compilers"))
    );
    assert_eq!(p.publications.len(), 1);
    assert_eq!(p.publications[0].venue, "SREcon EMEA");
    assert_eq!(p.publications[0].year, 2023);
    assert_eq!(p.projects[0].title, "deploy-doctor");
    assert_eq!(p.expertise[0].tags, ["Argo CD", "Kubernetes", "Terraform"]);

    // The bullets' figures are typed: the changes folio computes from them.
    let changes: Vec<(String, f64)> = p
        .all_metrics()
        .into_iter()
        .filter_map(|(_, m)| match analyse(m).kind {
            AnalysisKind::Change(c) => Some((m.label().to_owned(), c.change_percent?)),
            _ => None,
        })
        .collect();
    let change = |label: &str| {
        changes
            .iter()
            .find(|(l, _)| l == label)
            .map(|(_, c)| *c)
            .unwrap_or_else(|| panic!("no {label} in {changes:?}"))
    };
    assert!((change("Deploy time") - -86.666).abs() < 0.01);
    assert!((change("On-call pages per week") - -86.666).abs() < 0.01);
    assert!((change("P99 playlist load latency") - -76.666).abs() < 0.01);
    let metrics =
        String::from_utf8_lossy(&folio(&["metrics", out.to_str().unwrap()]).stdout).into_owned();
    assert!(
        metrics.contains("−86.67 %") && metrics.contains("−70 %"),
        "{metrics}"
    );

    // Nothing dropped in silence: listed on standard error and kept in the file.
    let said = stderr(&output);
    let kept = std::fs::read_to_string(&out).unwrap();
    for unplaced in [
        "Engineering Impact Award",
        "Certified Kubernetes Administrator",
        "Yoruba",
        "Cycling",
        "Jane Doe",
        "Notes on boring deploys",
        "Mastodon",
    ] {
        assert!(said.contains(unplaced), "{unplaced} not listed: {said}");
        assert!(
            kept.lines()
                .any(|l| l.trim_start().starts_with("//") && l.contains(unplaced)),
            "{unplaced} not kept as a comment"
        );
    }
    assert!(said.contains("venue and year"), "{said}");
    // The phone number has a place of its own now.
    assert!(kept.contains("phone: \"+46 70 123 45 67\""), "{kept}");
}

#[test]
fn without_output_the_ron_goes_to_standard_output_and_nothing_is_replaced() {
    let output = folio(&["import", RESUME]);
    assert!(output.status.success());
    let ron = String::from_utf8_lossy(&output.stdout);
    assert!(ron.contains("Amara Okonkwo-Lindqvist"));
    folio::load::load_str(&ron, "stdout.ron", None).expect("standard output is a portfolio");

    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("portfolio.ron");
    std::fs::write(&out, "mine").unwrap();
    let refused = folio(&["import", RESUME, "-o", out.to_str().unwrap()]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(stderr(&refused).contains("--force"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "mine");
    let forced = folio(&["import", RESUME, "-o", out.to_str().unwrap(), "--force"]);
    assert!(forced.status.success());
}

#[test]
fn bad_input_is_an_error_with_its_line_and_column_and_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.ron");
    let cases = [
        (
            // (A comma before a closing bracket is read past with a warning: see
            // import/json_text.rs. A missing one is an error.)
            "broken.json",
            "{\n  \"basics\": {\n    \"name\": \"A\"\n    \"label\": \"B\"\n  }\n}\n",
            ":4:5",
            "invalid JSON",
        ),
        (
            "page.md",
            "---\ntitle: \"x\"\nkeywords: [a, b\n---\n## Experience\n",
            "page.md:",
            "invalid YAML in the front matter",
        ),
        (
            "notes.txt",
            "just some notes\n",
            ":1:1",
            "neither a JSON Resume nor",
        ),
        ("other.json", "{\"name\": 1}", ":1:1", "not a JSON Resume"),
        (
            "empty.md",
            "# Hello\n\nNothing here.\n",
            ":1:1",
            "found no positions",
        ),
    ];
    for (name, content, position, message) in cases {
        let input = dir.path().join(name);
        std::fs::write(&input, content).unwrap();
        let output = folio(&[
            "import",
            input.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ]);
        let said = stderr(&output);
        assert_eq!(output.status.code(), Some(2), "{name}: {said}");
        assert!(
            said.contains(position) && said.contains(message),
            "{name}: {said}"
        );
        assert!(!out.exists(), "{name} left a file");
    }
}

#[test]
fn the_seed_page_imports_with_its_mojibake_reported_on_its_line() {
    let output = folio(&["import", "tests/seeds/research-engineer.md"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let said = stderr(&output);
    assert!(
        said.contains("research-engineer.md:93:") && said.contains("mojibake"),
        "{said}"
    );
    let ron = String::from_utf8_lossy(&output.stdout);
    let loaded = folio::check::checked(folio::load::load_str(&ron, "seed.ron", None)).unwrap();
    assert_eq!(loaded.error_count(), 0);
    // Its figures: the response time as a change, page load as a relative one.
    let kinds: Vec<String> = loaded
        .portfolio
        .all_metrics()
        .into_iter()
        .map(|(_, m)| match analyse(m).kind {
            AnalysisKind::Change(c) => format!("{}: {:?}", m.label(), c.change_percent),
            AnalysisKind::Relative(r) => format!("{}: {}", m.label(), r.text),
            _ => m.label().to_owned(),
        })
        .collect();
    assert!(
        kinds.iter().any(|k| k == "API response time: Some(-90.0)"),
        "{kinds:?}"
    );
    assert!(
        kinds.iter().any(|k| k.starts_with("Page load time: −60")),
        "{kinds:?}"
    );
    assert!(
        kinds
            .iter()
            .any(|k| k == "Concurrency and replication protocols"),
        "{kinds:?}"
    );
}

/// JSON Resume's schema, as far as its shapes go: strings where it wants strings, lists of
/// strings, and dates matching its pattern (YYYY, YYYY-MM or YYYY-MM-DD).
fn assert_resume_shape(resume: &Value) {
    let date = |value: &Value, at: &str| {
        let text = value
            .as_str()
            .unwrap_or_else(|| panic!("{at} is not a string"));
        let ok = matches!(text.len(), 4 | 7 | 10)
            && text.chars().enumerate().all(|(i, c)| {
                if i == 4 || i == 7 {
                    c == '-'
                } else {
                    c.is_ascii_digit()
                }
            });
        assert!(ok, "{at}: {text} is not a JSON Resume date");
    };
    let object = resume.as_object().expect("an object");
    let basics = object["basics"].as_object().expect("basics");
    for key in ["name", "label", "email", "summary", "url", "image", "phone"] {
        if let Some(value) = basics.get(key) {
            assert!(value.is_string(), "basics.{key}");
        }
    }
    for profile in basics
        .get("profiles")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        assert!(profile["network"].is_string() && profile["url"].is_string());
    }
    for (section, strings) in [
        (
            "work",
            &["name", "position", "location", "summary", "url"][..],
        ),
        (
            "education",
            &["institution", "area", "studyType", "score"][..],
        ),
        ("publications", &["name", "publisher", "url", "summary"][..]),
        ("projects", &["name", "description", "url", "entity"][..]),
        ("skills", &["name", "level"][..]),
    ] {
        for (index, entry) in object
            .get(section)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            let entry = entry
                .as_object()
                .unwrap_or_else(|| panic!("{section}[{index}]"));
            for key in strings {
                if let Some(value) = entry.get(*key) {
                    assert!(value.is_string(), "{section}[{index}].{key}");
                }
            }
            for key in ["startDate", "endDate", "releaseDate"] {
                if let Some(value) = entry.get(key) {
                    date(value, &format!("{section}[{index}].{key}"));
                }
            }
            for key in ["highlights", "keywords", "courses"] {
                if let Some(list) = entry.get(key) {
                    let list = list.as_array().expect("a list");
                    assert!(
                        list.iter().all(Value::is_string),
                        "{section}[{index}].{key}"
                    );
                }
            }
        }
    }
}

#[test]
fn export_to_json_resume_and_back_keeps_every_representable_field() {
    let dir = tempfile::tempdir().unwrap();
    for source in [
        "portfolio.ron",
        "examples/research-engineer.ron",
        "tests/fixtures/mobile-ml.ron",
        "tests/fixtures/sre-cyrillic.ron",
        "tests/fixtures/data-platform.ron",
    ] {
        let json = dir.path().join("resume.json");
        let exported = folio(&["export", source, "-o", json.to_str().unwrap(), "--force"]);
        assert!(exported.status.success(), "{source}: {}", stderr(&exported));
        let mut resume: Value =
            serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
        assert_resume_shape(&resume);
        // Read as a JSON Resume written by another tool: without folio's own property.
        resume.as_object_mut().unwrap().remove("x-folio");
        std::fs::write(&json, serde_json::to_string_pretty(&resume).unwrap()).unwrap();

        let back = dir.path().join("back.ron");
        let imported = folio(&[
            "import",
            json.to_str().unwrap(),
            "-o",
            back.to_str().unwrap(),
            "--force",
        ]);
        assert!(imported.status.success(), "{source}: {}", stderr(&imported));
        // An export is the public view, so that is what comes back.
        let original = folio::audience::view(
            &load(Path::new(source)).portfolio,
            folio::audience::Audience::Public,
        );
        let again = load(&back).portfolio;
        assert_eq!(again.person.name, original.person.name, "{source}");
        assert_eq!(again.person.headline, original.person.headline, "{source}");
        assert_eq!(again.person.summary, original.person.summary, "{source}");
        assert_eq!(again.person.location, original.person.location, "{source}");
        let urls = |p: &folio::model::Portfolio| {
            let mut urls: Vec<String> = p
                .person
                .links
                .iter()
                .chain(p.contact.iter().flat_map(|c| c.links.iter()))
                .map(|l| l.url.as_str().to_owned())
                .collect();
            urls.sort();
            urls.dedup();
            urls
        };
        assert_eq!(urls(&again), urls(&original), "{source}");
        assert_eq!(
            again.contact.as_ref().and_then(|c| c.email.clone()),
            original.contact.as_ref().and_then(|c| c.email.clone()),
            "{source}"
        );
        // Experience and research come back as experience, in order, with every bullet.
        let roles: Vec<_> = original
            .experience
            .iter()
            .chain(&original.research)
            .collect();
        // Teaching positions, which JSON Resume has no place for, come back as work after them.
        assert_eq!(
            again.experience.len(),
            roles.len() + original.teaching.len(),
            "{source}"
        );
        for (back, role) in again.experience.iter().zip(roles) {
            assert_eq!(back.organisation, role.organisation, "{source}");
            assert_eq!(back.role, role.role, "{source}");
            assert_eq!(back.location, role.location, "{source}");
            assert_eq!(back.start, role.start, "{source}");
            assert_eq!(
                back.url.as_ref().map(folio::model::Url::as_str),
                role.url.as_ref().map(folio::model::Url::as_str),
                "{source}"
            );
            // JSON Resume says "ongoing" only by a start date without an end.
            if role.start.is_some() {
                assert_eq!(back.end, role.end, "{source}");
            }
            let texts = |r: &folio::model::Role| {
                r.highlights
                    .iter()
                    .map(|h| h.text.clone())
                    .collect::<Vec<_>>()
            };
            assert_eq!(texts(back), texts(role), "{source}");
        }
        let degrees = |p: &folio::model::Portfolio| {
            p.education
                .iter()
                .map(|e| {
                    (
                        e.institution.clone(),
                        e.degree.clone(),
                        e.field.clone(),
                        e.start,
                        e.end,
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(degrees(&again), degrees(&original), "{source}");
        let papers = |p: &folio::model::Portfolio| {
            p.publications
                .iter()
                .map(|x| (x.title.clone(), x.venue.clone(), x.year))
                .collect::<Vec<_>>()
        };
        assert_eq!(papers(&again), papers(&original), "{source}");
        // Case studies and projects come back as projects, by title.
        let titles: Vec<&str> = again.projects.iter().map(|x| x.title.as_str()).collect();
        for case in &original.case_studies {
            assert!(
                titles.contains(&case.title.as_str()),
                "{source}: {}",
                case.title
            );
        }
        for project in &original.projects {
            let back = again.projects.iter().find(|p| p.title == project.title);
            let back = back.unwrap_or_else(|| panic!("{source}: {}", project.title));
            assert_eq!(back.roles, project.roles, "{source}");
            assert_eq!(back.start, project.start, "{source}");
        }
        let areas: Vec<&str> = again.expertise.iter().map(|x| x.title.as_str()).collect();
        for area in &original.expertise {
            assert!(
                areas.contains(&area.title.as_str()),
                "{source}: {}",
                area.title
            );
        }
    }
}

/// export → import → export gives the same file, byte for byte, and the portfolio imported
/// is the one exported, figures' kinds, claims, tracks and principles included; speaker notes
/// and comments never leave in a résumé.
#[test]
fn a_resume_folio_exported_imports_back_to_the_same_portfolio() {
    let dir = tempfile::tempdir().unwrap();
    for source in [
        "portfolio.ron",
        "examples/research-engineer.ron",
        "tests/fixtures/mobile-ml.ron",
        "tests/fixtures/sre-cyrillic.ron",
        "tests/fixtures/data-platform.ron",
    ] {
        let first = dir.path().join("first.json");
        let back = dir.path().join("back.ron");
        let second = dir.path().join("second.json");
        let run = |args: &[&str]| {
            let output = folio(args);
            assert!(output.status.success(), "{source}: {}", stderr(&output));
            output
        };
        run(&["export", source, "-o", first.to_str().unwrap(), "--force"]);
        let imported = run(&[
            "import",
            first.to_str().unwrap(),
            "-o",
            back.to_str().unwrap(),
            "--force",
        ]);
        assert!(
            stderr(&imported).contains("x-folio"),
            "{source}: {}",
            stderr(&imported)
        );
        run(&[
            "export",
            back.to_str().unwrap(),
            "-o",
            second.to_str().unwrap(),
            "--force",
        ]);
        let (a, b) = (
            std::fs::read_to_string(&first).unwrap(),
            std::fs::read_to_string(&second).unwrap(),
        );
        assert!(
            a == b,
            "{source}: export → import → export changed the résumé"
        );

        let original = load(Path::new(source)).portfolio;
        let again = load(&back).portfolio;
        // Every figure, with its kind and claim (the owner differs only by its notes).
        let figures = |p: &folio::model::Portfolio| {
            p.all_metrics()
                .iter()
                .map(|(_, metric)| format!("{metric:?}"))
                .collect::<Vec<_>>()
        };
        assert_eq!(figures(&again), figures(&original), "{source}");
        assert_eq!(again.tracks.len(), original.tracks.len(), "{source}");
        assert_eq!(
            again.principles.len(),
            original.principles.len(),
            "{source}"
        );
        assert_eq!(again.teaching.len(), original.teaching.len(), "{source}");
        assert_eq!(
            again.experience.len(),
            original.experience.len(),
            "{source}"
        );
        // Notes are private to the presenter window; comments are the author's asides.
        for case in &original.case_studies {
            if let Some(note) = &case.notes {
                assert!(!a.contains(note.as_str()), "{source}: a speaker note left");
            }
        }
        for note in original.notes.values() {
            assert!(!a.contains(note.as_str()), "{source}: a speaker note left");
        }
        assert!(again.notes.is_empty() && again.case_studies.iter().all(|c| c.notes.is_none()));
        let source_text = std::fs::read_to_string(source).unwrap();
        if let Some(comment) = source_text
            .lines()
            .find_map(|l| l.trim().strip_prefix("// "))
            .filter(|c| c.len() > 20)
        {
            assert!(!a.contains(comment), "{source}: a comment left: {comment}");
        }
    }
}

/// A résumé edited after folio wrote it is read as the JSON Resume it now is, and the user
/// is told why folio's own property was not used.
#[test]
fn an_edited_resume_is_read_as_edited_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("resume.json");
    let exported = folio(&["export", "portfolio.ron", "-o", json.to_str().unwrap()]);
    assert!(exported.status.success(), "{}", stderr(&exported));
    let mut resume: Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    resume["basics"]["label"] = Value::from("Principal Engineer, edited in a résumé builder");
    std::fs::write(&json, serde_json::to_string_pretty(&resume).unwrap()).unwrap();
    let back = dir.path().join("back.ron");
    let imported = folio(&[
        "import",
        json.to_str().unwrap(),
        "-o",
        back.to_str().unwrap(),
    ]);
    assert!(imported.status.success(), "{}", stderr(&imported));
    assert!(
        stderr(&imported).contains("changed after folio exported it"),
        "{}",
        stderr(&imported)
    );
    let again = load(&back).portfolio;
    assert_eq!(
        again.person.headline,
        "Principal Engineer, edited in a résumé builder"
    );
    // The stale property is not pasted into the portfolio as a comment.
    assert!(!std::fs::read_to_string(&back).unwrap().contains("x-folio"));
}

/// An imported portfolio opens in the app: the person, a bullet and its chart are shown.
#[test]
fn an_imported_portfolio_opens_in_the_app() {
    use egui_kittest::kittest::Queryable;
    let imported = folio::import::import_file(Path::new(RESUME)).unwrap();
    let loaded = folio::load::load_str(&imported.ron, "imported.ron", None);
    let options = folio::app::Options {
        at: Some("experience".to_owned()),
        ..folio::app::Options::default()
    };
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_eframe(move |cc| folio::app::FolioApp::new(&cc.egui_ctx, None, loaded, &options));
    harness.run_steps(8);
    assert_eq!(
        harness.state().display_name(),
        Some("Amara Okonkwo-Lindqvist")
    );
    assert!(
        harness
            .query_all_by_label_contains("Cut deploy time from 45 min to 6 min")
            .next()
            .is_some()
    );
    // The chart's sentence, as screen readers get it.
    assert!(
        harness
            .query_all_by_label_contains("Deploy time: 45 min to 6 min, 86.67 % lower")
            .next()
            .is_some()
    );
}

/// Issue 22: an escape sequence in a résumé is shown escaped, not run by the terminal; an
/// input too large to make a portfolio folio can open is refused, and nothing is written.
#[test]
fn control_characters_are_escaped_and_oversized_input_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    // Neither format: the error quotes the file's first line.
    let page = dir.path().join("notes.txt");
    std::fs::write(&page, "\u{1b}[2Jgone\n").unwrap();
    let output = crate::common::folio(&["import", page.to_str().unwrap()]);
    let shown = stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{shown}");
    assert!(!shown.contains('\u{1b}'), "{shown:?}");
    assert!(shown.contains("\\u{1b}[2Jgone"), "{shown}");

    let huge = dir.path().join("page.md");
    std::fs::write(&huge, "- Reduced latency by 40%\n".repeat(200_000)).unwrap();
    let out = dir.path().join("portfolio.ron");
    let output = crate::common::folio(&[
        "import",
        huge.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("a résumé is a few hundred KB"),
        "{}",
        stderr(&output)
    );
    assert!(!out.exists());
}

/// Issue 22: résumés written before JSON Resume 1.0, and many themes, say `company`,
/// `website`, `gpa` and `picture`; their positions were comments only, the rest lost.
#[test]
fn older_json_resume_keys_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let resume = dir.path().join("resume.json");
    std::fs::write(
        &resume,
        r#"{
  "basics": {"name": "Tomás Ferreira", "label": "Solutions Architect",
             "website": "https://ferreira.example", "picture": "photo.jpg"},
  "work": [
    {"company": "Harbor Logistics", "position": "Principal Architect", "website": "https://harbor.example",
     "startDate": "2019-03", "highlights": ["Cut shipment tracking latency from 4 s to 300 ms"]},
    {"company": "Blue Fjord", "position": "Architect", "startDate": "2015-01", "endDate": "2019-02"}
  ],
  "education": [{"institution": "Universidade do Porto", "area": "Informatics", "gpa": "17/20"}],
  "projects": [{"name": "Route planner", "description": "Open-source planner.", "roles": ["Maintainer"],
                "startDate": "2020-01"}],
  "meta": {"theme": "elegant", "version": "v0.9"}
}"#,
    )
    .unwrap();
    let out = dir.path().join("portfolio.ron");
    let output = folio(&[
        "import",
        resume.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let loaded = load(&out);
    let portfolio = &loaded.portfolio;
    let organisations: Vec<&str> = portfolio
        .experience
        .iter()
        .map(|r| r.organisation.as_str())
        .collect();
    assert_eq!(organisations, ["Harbor Logistics", "Blue Fjord"]);
    let ron = std::fs::read_to_string(&out).unwrap();
    for kept in [
        "https://ferreira.example",
        "photo.jpg",
        "https://harbor.example",
        "17/20",
    ] {
        assert!(ron.contains(kept), "{kept} is lost:\n{ron}");
    }
    assert_eq!(
        portfolio.experience[0].highlights[0].metrics.len(),
        1,
        "the figure is typed"
    );
    // A position's url and a project's roles and dates have fields of their own (issue 22,
    // item 8): not pasted into a summary, not listed as lost.
    let harbor = &portfolio.experience[0];
    assert_eq!(
        harbor.url.as_ref().map(folio::model::Url::as_str),
        Some("https://harbor.example")
    );
    assert!(harbor.summary.is_none(), "{:?}", harbor.summary);
    let project = &portfolio.projects[0];
    assert_eq!(project.roles, ["Maintainer"]);
    assert_eq!(project.start.map(|d| d.year), Some(2020));
    // What folio has no field for is listed, not dropped.
    let listed = stderr(&output);
    assert!(listed.contains("meta: {"), "meta not listed:\n{listed}");
    assert!(!listed.contains("projects[0]"), "{listed}");
}

/// Issue 22: a Hugo experience widget's entry keeps its end ("present"), bullets and typed figure.
#[test]
fn a_hugo_experience_page_keeps_its_bullets_and_figures() {
    // Every page's positions and schools: tests/it/import_pages.rs.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("hugo-experience.md.ron");
    let output = folio(&[
        "import",
        "tests/fixtures/import/pages/hugo-experience.md",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let loaded = load(&dir.path().join("hugo-experience.md.ron"));
    let first = &loaded.portfolio.experience[0];
    assert!(
        matches!(first.end, Some(folio::model::End::Present)),
        "{:?}",
        first.end
    );
    assert_eq!(first.highlights.len(), 2);
    assert_eq!(first.highlights[0].metrics.len(), 1, "the change is typed");
}

/// Issue 22: LinkedIn's data export, unzipped, written from LinkedIn's documented columns
/// with invented content.
#[test]
fn a_linkedin_export_folder_imports() {
    let dir = tempfile::tempdir().unwrap();
    let export = dir.path().join("Basic_LinkedInDataExport_11-28-2026");
    std::fs::create_dir(&export).unwrap();
    let write = |name: &str, text: &str| std::fs::write(export.join(name), text).unwrap();
    write(
        "Profile.csv",
        "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n\
         Amara,Okafor,,,,Platform engineer for payments,\"I build payment platforms.\n\nTen years of it.\",Financial Services,,\"Lagos, Nigeria\",,[PERSONAL:https://okafor.example],\n",
    );
    write(
        "Positions.csv",
        "Company Name,Title,Description,Location,Started On,Finished On\n\
         Kestrel Pay,Staff Engineer,\"Owns the ledger.\n• Cut settlement time from 2 days to 4 hours\n• Led 6 engineers\",Lagos,Mar 2021,\n\
         Ibis Bank,Senior Engineer,Built the card switch.,Lagos,Jan 2017,Feb 2021\n",
    );
    write(
        "Education.csv",
        "School Name,Start Date,End Date,Notes,Degree Name,Activities\n\
         University of Ibadan,2008,2012,,BSc Computer Science,Chess club\n",
    );
    write("Skills.csv", "Name\nGo\nPostgreSQL\nKafka\n");
    write(
        "Email Addresses.csv",
        "Email Address,Confirmed,Primary,Updated On\namara@okafor.example,Yes,Yes,1/2/20\n",
    );
    write("Connections.csv", "First Name,Last Name,Company\nA,B,C\n");
    let out = dir.path().join("portfolio.ron");
    let output = folio(&[
        "import",
        export.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    let shown = stderr(&output);
    assert!(output.status.success(), "{shown}");
    let loaded = load(&out);
    let portfolio = &loaded.portfolio;
    assert_eq!(portfolio.display_name(), "Amara Okafor");
    let jobs: Vec<(&str, Option<&str>)> = portfolio
        .experience
        .iter()
        .map(|r| (r.organisation.as_str(), r.role.as_deref()))
        .collect();
    assert_eq!(
        jobs,
        [
            ("Kestrel Pay", Some("Staff Engineer")),
            ("Ibis Bank", Some("Senior Engineer"))
        ]
    );
    assert!(matches!(
        portfolio.experience[0].end,
        Some(folio::model::End::Present)
    ));
    assert_eq!(portfolio.experience[0].highlights[0].metrics.len(), 1);
    assert_eq!(portfolio.education.len(), 1);
    let ron = std::fs::read_to_string(&out).unwrap();
    for kept in [
        "https://okafor.example",
        "amara@okafor.example",
        "Kafka",
        "Chess club",
    ] {
        assert!(ron.contains(kept), "{kept} is lost");
    }
    // What folio does not read is named, not dropped.
    assert!(shown.contains("Connections.csv"), "{shown}");
    assert!(shown.contains("Profile.csv Industry"), "{shown}");

    // The archive LinkedIn sends, not unpacked, its files in a folder of its own: the same
    // portfolio.
    let archive = dir.path().join("Basic_LinkedInDataExport_11-28-2026.zip");
    {
        use std::io::Write as _;
        let mut zip = zip::ZipWriter::new(std::fs::File::create(&archive).unwrap());
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        let mut names: Vec<_> = std::fs::read_dir(&export)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        for name in names {
            zip.start_file(format!("Basic_LinkedInDataExport/{name}"), options)
                .unwrap();
            zip.write_all(&std::fs::read(export.join(&name)).unwrap())
                .unwrap();
        }
        zip.finish().unwrap();
    }
    let from_zip = dir.path().join("from-zip.ron");
    let output = folio(&[
        "import",
        archive.to_str().unwrap(),
        "-o",
        from_zip.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let again = load(&from_zip).portfolio;
    assert_eq!(again.display_name(), "Amara Okafor");
    let organisations = |p: &folio::model::Portfolio| {
        p.experience
            .iter()
            .map(|r| r.organisation.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(organisations(&again), organisations(portfolio));
    assert!(stderr(&output).contains("Connections.csv"));
    // A zip that is not LinkedIn's is refused with a message, and writes nothing.
    let other = dir.path().join("photos.zip");
    {
        let mut zip = zip::ZipWriter::new(std::fs::File::create(&other).unwrap());
        zip.start_file("me.txt", zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.finish().unwrap();
    }
    let refused = folio(&[
        "import",
        other.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--force",
    ]);
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("not a LinkedIn export"),
        "{}",
        stderr(&refused)
    );
}

/// Issue 22: RenderCV's cv.yaml (its example, as it is) and a JSON Resume written in YAML.
#[test]
fn rendercv_and_yaml_json_resumes_import() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("rendercv.ron");
    let input = "tests/fixtures/import/rendercv/John_Doe_ClassicTheme_CV.yaml";
    let output = folio(&["import", input, "-o", out.to_str().unwrap()]);
    let shown = stderr(&output);
    assert!(output.status.success(), "{shown}");
    let portfolio = load(&out).portfolio;
    assert_eq!(portfolio.display_name(), "John Doe");
    assert_eq!(portfolio.experience.len(), 5);
    assert_eq!(portfolio.experience[0].organisation, "Nexus AI");
    assert_eq!(portfolio.education.len(), 2);
    assert_eq!(portfolio.publications.len(), 4);
    assert_eq!(portfolio.projects.len(), 2);
    assert_eq!(portfolio.expertise.len(), 4);
    // Honors, patents and talks have no place yet: listed, not dropped.
    assert!(
        shown.contains("selected_honors: Forbes 30 Under 30"),
        "{shown}"
    );

    let yaml = dir.path().join("resume.yaml");
    std::fs::write(
        &yaml,
        "basics:\n  name: Lin Wei\n  label: Data Engineer\nwork:\n  - name: Harbor Data\n    position: Engineer\n    startDate: 2020-02\n    highlights:\n      - Cut nightly batch time from 5 hours to 40 minutes\n",
    )
    .unwrap();
    let out = dir.path().join("yaml.ron");
    let output = folio(&[
        "import",
        yaml.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let portfolio = load(&out).portfolio;
    assert_eq!(portfolio.experience[0].organisation, "Harbor Data");
    assert_eq!(portfolio.experience[0].highlights[0].metrics.len(), 1);
}
