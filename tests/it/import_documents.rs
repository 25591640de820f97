//! `folio import` of the files people have beside JSON Resume: a PDF (here one folio's own
//! export wrote), a two-column PDF whose sidebar nearly touches the main column (drawn here),
//! a Word file (built here, paragraph by paragraph), data files whose records are positions
//! under any spelling of their keys (tests/fixtures/import/data/), plain text, and the inputs
//! that must be refused with a message and no file: a PDF with no text, a broken one, a Word
//! file that unpacks to more than any résumé.

use std::io::Write;
use std::path::Path;
use std::process::Output;

use crate::common::folio;

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// (organisation, role, start as folio shows it) of every position `input` imports to, after
/// `folio check` passed on the result.
pub(crate) fn positions(input: &Path) -> Vec<(String, String, String)> {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("portfolio.ron");
    let output = crate::common::import(input, &out);
    assert!(output.status.success(), "{}", stderr(&output));
    let check = folio(&["check", out.to_str().unwrap()]);
    assert!(check.status.success(), "{}", stderr(&check));
    let loaded = folio::check::checked(folio::load::load(&out)).unwrap();
    loaded
        .portfolio
        .experience
        .iter()
        .map(|p| {
            (
                p.organisation.clone(),
                p.role.clone().unwrap_or_default(),
                p.start.map(|s| s.to_string()).unwrap_or_default(),
            )
        })
        .collect()
}

fn refused(name: &str, bytes: &[u8], says: &str) {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join(name);
    std::fs::write(&input, bytes).unwrap();
    let out = dir.path().join("portfolio.ron");
    let output = crate::common::import(&input, &out);
    let said = stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{name}: {said}");
    assert!(said.contains(says), "{name}: {said}");
    assert!(!said.contains("bug in folio"), "{name}: {said}");
    assert!(!out.exists(), "{name} left a file");
}

#[test]
fn a_pdf_folio_exported_imports_back_with_every_position_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("cv.pdf");
    let export = folio(&[
        "export",
        "tests/fixtures/eight-positions.ron",
        "-o",
        pdf.to_str().unwrap(),
    ]);
    assert!(export.status.success(), "{}", stderr(&export));
    let found = positions(&pdf);
    assert_eq!(found.len(), 8, "{found:?}");
    for (i, (organisation, role, start)) in found.iter().enumerate() {
        assert_eq!(
            organisation,
            &format!(
                "International Business Machines Research Laboratory {}",
                7 - i
            )
        );
        assert!(role.starts_with("Principal Software Engineer"), "{role}");
        assert_eq!(start, &format!("Jan {}", 2022 - 2 * i));
    }
}

/// A Word document of `body` (WordprocessingML paragraphs and tables).
fn docx(body: &str) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    zip.start_file("[Content_Types].xml", options).unwrap();
    zip.write_all(b"<?xml version=\"1.0\"?><Types/>").unwrap();
    zip.start_file("word/document.xml", options).unwrap();
    write!(
        zip,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document \
         xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}\
         </w:body></w:document>"
    )
    .unwrap();
    zip.finish().unwrap().into_inner()
}

fn para(style: Option<&str>, runs: &[&str]) -> String {
    let style = style.map_or(String::new(), |s| {
        format!("<w:pPr><w:pStyle w:val=\"{s}\"/></w:pPr>")
    });
    let runs: Vec<String> = runs
        .iter()
        .map(|r| {
            if *r == "\t" {
                "<w:r><w:tab/></w:r>".to_owned()
            } else {
                format!("<w:r><w:t xml:space=\"preserve\">{r}</w:t></w:r>")
            }
        })
        .collect();
    format!("<w:p>{style}{}</w:p>", runs.concat())
}

fn item(text: &str) -> String {
    format!(
        "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>\
         <w:r><w:t>{text}</w:t></w:r></w:p>"
    )
}

#[test]
fn a_word_line_of_a_bold_organisation_and_an_italic_role_is_read_apart() {
    // No comma, tab or cue word between them: only the runs' bold and italic tell the
    // organisation ("Larkspur Alpha") from the role ("Platform Developer Lead").
    let styled = |props: &str, text: &str| {
        format!("<w:r><w:rPr>{props}</w:rPr><w:t xml:space=\"preserve\">{text}</w:t></w:r>")
    };
    let body = [
        para(Some("Heading1"), &["Experience"]),
        format!(
            "<w:p><w:pPr><w:rPr><w:b/></w:rPr></w:pPr>{}{}</w:p>",
            styled("<w:b/>", "Larkspur Alpha "),
            styled("<w:i/>", "Platform Developer Lead")
        ),
        para(None, &["March 2020 – Present"]),
        item("Cut build times from 20 to 4 minutes."),
    ]
    .concat();
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("cv.docx");
    std::fs::write(&input, docx(&body)).unwrap();
    assert_eq!(
        positions(&input),
        vec![(
            "Larkspur Alpha".into(),
            "Platform Developer Lead".into(),
            "Mar 2020".into()
        )]
    );
}

#[test]
fn a_word_file_gives_its_positions_from_headings_tabs_lists_and_tables() {
    let body = [
        para(Some("Title"), &["Robin Example"]),
        para(Some("Heading1"), &["Experience"]),
        para(
            None,
            &[
                "Senior Engineer, Larkspur Systems",
                "\t",
                "Mar 2020 – Present",
            ],
        ),
        item("Cut build times from 20 to 4 minutes."),
        para(
            None,
            &["Engineer @ Octopus Energy Tools", "\t", "2016 – 2020"],
        ),
        item("Wrote the billing exporter."),
        "<w:tbl><w:tr><w:tc>".to_owned()
            + &para(None, &["Intern | Mayfield Robotics"])
            + "</w:tc><w:tc>"
            + &para(None, &["Summer 2015"])
            + "</w:tc></w:tr></w:tbl>",
        para(Some("Heading1"), &["Education"]),
        para(None, &["BSc, Example University", "\t", "2012 – 2016"]),
    ]
    .concat();
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("cv.docx");
    std::fs::write(&input, docx(&body)).unwrap();
    assert_eq!(
        positions(&input),
        vec![
            (
                "Larkspur Systems".into(),
                "Senior Engineer".into(),
                "Mar 2020".into()
            ),
            (
                "Octopus Energy Tools".into(),
                "Engineer".into(),
                "2016".into()
            ),
            (
                "Mayfield Robotics".into(),
                "Intern".into(),
                "Jun 2015".into()
            ),
        ]
    );
}

#[test]
fn data_files_give_positions_whatever_their_keys_are_called() {
    let data = Path::new("tests/fixtures/import/data");
    assert_eq!(
        positions(&data.join("Positions.csv")),
        vec![
            (
                "Quillon Analytics".into(),
                "Staff Data Engineer".into(),
                "Mar 2021".into()
            ),
            (
                "Harbourline Freight".into(),
                "Senior Software Engineer".into(),
                "Oct 2017".into()
            ),
            (
                "Marrow & Pike".into(),
                "Software Engineer".into(),
                "Jul 2014".into()
            ),
        ]
    );
    assert_eq!(
        positions(&data.join("experience.toml")),
        vec![
            (
                "Tessellate Labs".into(),
                "Principal Consultant".into(),
                "2020".into()
            ),
            ("Tessellate Labs".into(), "Consultant".into(), "2018".into()),
            (
                "Owlbright Games".into(),
                "Gameplay Programmer".into(),
                "2015".into()
            ),
        ]
    );
    assert_eq!(
        positions(&data.join("experience.json")),
        vec![
            (
                "Fernwood Health".into(),
                "Engineering Manager".into(),
                "Sep 2019".into()
            ),
            (
                "Octopus Parcel".into(),
                "Backend Developer".into(),
                "Oct 2016".into()
            ),
        ]
    );
}

#[test]
fn plain_text_months_are_whole_words() {
    // "Marketer" is not March and "Octopus" not October; "Oct" is.
    assert_eq!(
        positions(Path::new("tests/fixtures/import/data/resume.txt")),
        vec![
            (
                "Mayflower Outfitters".into(),
                "Marketer".into(),
                "2017".into()
            ),
            (
                "Octopus Robotics".into(),
                "Engineer".into(),
                "Oct 2019".into()
            ),
        ]
    );
}

/// A PDF of the given page contents (Helvetica is its font F1), its cross-reference table
/// computed.
fn pdf(content: &str) -> Vec<u8> {
    pdf_in(
        content,
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    )
}

/// A PDF of the given page contents with `font` as its font F1.
fn pdf_in(content: &str, font: &str) -> Vec<u8> {
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R \
         /Resources << /Font << /F1 5 0 R >> >> >>"
            .to_owned(),
        format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        ),
        font.to_owned(),
    ];
    written(&objects)
}

/// A PDF file of `objects` (numbered from 1, the first the catalog), its cross-reference
/// table computed.
fn written(objects: &[String]) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{object}\nendobj\n", i + 1).bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).bytes());
    for offset in offsets {
        out.extend(format!("{offset:010} 00000 n \n").bytes());
    }
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .bytes(),
    );
    out
}

/// A PDF of the given pages' contents (Helvetica is their font F1).
pub(crate) fn pdf_pages(contents: &[String]) -> Vec<u8> {
    let pages = contents.len();
    let kids: Vec<String> = (0..pages).map(|i| format!("{} 0 R", 4 + 2 * i)).collect();
    let mut objects = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        format!(
            "<< /Type /Pages /Kids [{}] /Count {pages} >>",
            kids.join(" ")
        ),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_owned(),
    ];
    for (i, content) in contents.iter().enumerate() {
        objects.push(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {} 0 R \
             /Resources << /Font << /F1 3 0 R >> >> >>",
            5 + 2 * i
        ));
        objects.push(format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        ));
    }
    written(&objects)
}

#[test]
fn a_job_history_goes_on_from_the_main_column_onto_the_next_page() {
    // Page one: the job history in the wide left column, a sidebar on the right ending in
    // Skills; page two, one column: the job history goes on. Read page by page, the second
    // job came after the sidebar's Skills and was no position.
    let mut first = vec![
        (72, 740, "Dana Example"),
        (72, 712, "Experience"),
        (72, 690, "Sales Representative at Widgetco"),
        (72, 676, "January 2021 - August 2023"),
    ];
    let sidebar = [
        "Education",
        "State College",
        "2014 - 2018",
        "Skills",
        "Negotiation",
        "Forecasting",
        "Spanish",
        "Public speaking",
    ];
    for (i, y) in (0..12).map(|i| (i, 662 - 14 * i)) {
        first.push((72, y, "Trained a summer sales team and grew renewals."));
        if let Some(line) = sidebar.get(i as usize) {
            first.push((400, y + 50, line));
        }
    }
    let second = vec![
        (72, 740, "Youth Mentor at Gadget Labs"),
        (72, 726, "March 2018 - December 2020"),
        (72, 712, "Ran weekly workshops for thirty teenagers."),
    ];
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("two-pages.pdf");
    std::fs::write(&input, pdf_pages(&[text_page(&first), text_page(&second)])).unwrap();
    assert_eq!(
        positions(&input),
        vec![
            (
                "Widgetco".to_owned(),
                "Sales Representative".to_owned(),
                "Jan 2021".to_owned()
            ),
            (
                "Gadget Labs".to_owned(),
                "Youth Mentor".to_owned(),
                "Mar 2018".to_owned()
            ),
        ]
    );
}

/// Text drawn line by line in 10 pt Helvetica: (x, y, text).
pub(crate) fn text_page(lines: &[(u32, u32, &str)]) -> String {
    lines
        .iter()
        .map(|(x, y, text)| format!("BT /F1 10 Tf {x} {y} Td ({text}) Tj ET"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_sidebar_set_within_a_word_space_of_the_main_column_is_read_after_it() {
    // The main column's long lines end a few points before the sidebar's text on the same
    // baseline: no gap wider than a word space tells them apart, only where the sidebar's
    // own lines start.
    let long = "I trained a summer sales team and then together we went door to";
    let sidebar = [
        "Skills",
        "Goal Setting",
        "Problem Solver",
        "Time Management",
        "Active Listener",
        "Conflict Resolution",
        "Teamwork",
    ];
    let mut lines = vec![
        (72, 740, "Dana Example"),
        (72, 720, "Experience"),
        (72, 700, "Sales Representative at Widgetco"),
        (72, 686, "January 2021 - August 2023"),
        (72, 586, "Youth Mentor at Gadget Labs"),
        (72, 572, "March 2018 - December 2020"),
    ];
    for (i, y) in [672, 658, 644, 558, 544, 530].into_iter().enumerate() {
        lines.push((72, y, long));
        lines.push((366, y, sidebar.get(i).copied().unwrap_or("Listening")));
    }
    for (i, y) in [630, 616, 602, 516, 502, 488].into_iter().enumerate() {
        lines.push((366, y, sidebar.get(i).copied().unwrap_or("Listening")));
    }
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("two-columns.pdf");
    std::fs::write(&input, pdf(&text_page(&lines))).unwrap();
    let out = dir.path().join("portfolio.ron");
    let output = crate::common::import(&input, &out);
    assert!(output.status.success(), "{}", stderr(&output));
    let written = std::fs::read_to_string(&out).unwrap();
    // The job's highlights are the main column's lines alone, the sidebar's words not run on.
    assert!(written.contains("went door to\""), "{written}");
    assert!(!written.contains("door to Goal"), "{written}");
    assert_eq!(
        positions(&input),
        vec![
            (
                "Widgetco".to_owned(),
                "Sales Representative".to_owned(),
                "Jan 2021".to_owned()
            ),
            (
                "Gadget Labs".to_owned(),
                "Youth Mentor".to_owned(),
                "Mar 2018".to_owned()
            ),
        ]
    );
}

#[test]
fn a_type3_font_measured_in_ems_keeps_each_line_in_order() {
    // PDF24 writes its Type 3 fonts' widths in ems (FontMatrix [1 0 0 1 0 0]), not in the
    // thousandths most fonts use: read as thousandths, every glyph of a string lands on the
    // one before and a kerned string starts left of its first half ("ERIENCEPXE").
    let widths = vec!["0.55"; 95].join(" ");
    let font = format!(
        "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1 1] /FontMatrix [1 0 0 1 0 0] \
         /CharProcs << >> /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding >> \
         /Resources << >> /FirstChar 32 /LastChar 126 /Widths [{widths}] >>"
    );
    let lines = [
        (72, 740, "[(Dana) 40 ( Example)]"),
        (72, 720, "[(Exp) 30 (erience)]"),
        (72, 700, "[(Sales Re) 30 (presentative at Wid) 20 (getco)]"),
        (72, 686, "[(January 2021 - Aug) 25 (ust 2023)]"),
        (72, 672, "[(Trained a sum) 30 (mer sales team.)]"),
    ];
    let content = lines
        .iter()
        .map(|(x, y, shown)| format!("BT /F1 10 Tf {x} {y} Td {shown} TJ ET"))
        .collect::<Vec<_>>()
        .join("\n");
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("type3.pdf");
    std::fs::write(&input, pdf_in(&content, &font)).unwrap();
    assert_eq!(
        positions(&input),
        vec![(
            "Widgetco".to_owned(),
            "Sales Representative".to_owned(),
            "Jan 2021".to_owned()
        )]
    );
}

#[test]
fn a_pdf_without_text_a_broken_one_and_a_word_bomb_are_refused_with_what_to_do() {
    refused(
        "scan.pdf",
        &pdf("0 0 1 rg 72 72 200 100 re f"),
        "has no text to read",
    );
    refused(
        "broken.pdf",
        b"%PDF-1.7\nthis is not a PDF body",
        "not a PDF folio can read",
    );
    refused(
        "notes.docx",
        b"plain words, not a zip",
        "not a Word document",
    );
    // 40 MB of XML that packs into a few KB.
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("word/document.xml", options).unwrap();
    let chunk = vec![b' '; 1024 * 1024];
    for _ in 0..40 {
        zip.write_all(&chunk).unwrap();
    }
    let bomb = zip.finish().unwrap().into_inner();
    assert!(bomb.len() < 1024 * 1024);
    refused("bomb.docx", &bomb, "more than any résumé");
}

#[test]
fn a_students_pdf_with_education_and_no_position_imports_its_education() {
    let lines = [
        (72, 740, "Dana Example"),
        (72, 720, "Education"),
        (72, 700, "Widget State University, Springfield"),
        (460, 700, "2016 - 2020"),
        (72, 686, "Bachelor of Science in Computer Science"),
        (72, 660, "Skills"),
        (72, 640, "Rust, SQL, Kotlin"),
        (72, 620, "Projects"),
        (72, 600, "A chess engine in Rust"),
    ];
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("student.pdf");
    std::fs::write(&input, pdf(&text_page(&lines))).unwrap();
    assert_eq!(positions(&input), Vec::new());
    let out = dir.path().join("portfolio.ron");
    let output = crate::common::import(&input, &out);
    assert!(output.status.success(), "{}", stderr(&output));
    let written = std::fs::read_to_string(&out).unwrap();
    assert!(
        written.contains("institution: \"Widget State University\""),
        "{written}"
    );
    assert!(written.contains("Computer Science"), "{written}");
}

#[test]
fn a_web_page_saved_as_text_is_read_as_a_browser_shows_it() {
    let page = "<html><body>\n<h2>Experience</h2>\n\
                <h3>Widgetco</h3>\n<p><em>Temporary Associate</em></p>\n\
                <p>November 2014 - Present</p>\n<ul><li>Staffed events.</li></ul>\n\
                </body></html>\n";
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("resume.txt");
    std::fs::write(&input, page).unwrap();
    assert_eq!(
        positions(&input),
        vec![(
            "Widgetco".to_owned(),
            "Temporary Associate".to_owned(),
            "Nov 2014".to_owned()
        )]
    );
}

/// A dated line whose "names" are an email address or a date's leftovers is no position: it
/// is kept as a comment and said so, never imported as an invented job. (Under a heading
/// folio does not know, so the job history's reading goes on into it; "Personal details" is
/// a section folio knows and does not read.)
#[test]
fn a_dated_line_of_contact_details_is_kept_as_a_comment_not_a_position() {
    let text = "Jane Doe\n\nEXPERIENCE\n\nSenior Engineer, Acme Corp\n2019 – 2021\n\
                Built the billing service.\n\nEngineer, Globex\n2016 – 2019\n\
                Ran the data pipeline.\n\nFIND ME\n\njane.doe@example.com\n\
                1990 – 2021\n";
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("resume.txt");
    std::fs::write(&input, text).unwrap();
    assert_eq!(
        positions(&input),
        vec![
            (
                "Acme Corp".to_owned(),
                "Senior Engineer".to_owned(),
                "2019".to_owned()
            ),
            (
                "Globex".to_owned(),
                "Engineer".to_owned(),
                "2016".to_owned()
            ),
        ]
    );
    let out = dir.path().join("again.ron");
    let output = crate::common::import(&input, &out);
    assert!(
        stderr(&output).contains("jane.doe@example.com (1990): not imported as a position"),
        "{}",
        stderr(&output)
    );
}

/// A Word résumé that groups roles under an employer's dated line, sets each role as a
/// heading under a line about the employer, and types "Name | Page 2" as a heading at the
/// top of its second page.
#[test]
fn a_word_file_of_employers_over_role_headings_across_a_typed_page_mark() {
    let body = [
        para(Some("Heading1"), &["Robin Example"]),
        para(Some("Heading1"), &["PROFESSIONAL EXPERIENCE"]),
        para(
            None,
            &["LARKSPUR SYSTEMS,", "\t", "Leeds", "\t", "2014-2020"],
        ),
        para(
            None,
            &["Larkspur makes billing software for utilities in twelve countries"],
        ),
        para(
            Some("Heading2"),
            &["Software Engineer, Billing Platform (2017-2020)"],
        ),
        item("Cut invoice runs from hours to minutes."),
        para(
            Some("Heading2"),
            &["Software Engineering Manager, Payments (2014-2017)"],
        ),
        item("Led a team of six."),
        para(Some("Heading1"), &["Robin Example", "\t", "Page 2"]),
        para(None, &["OCTOPUS TOOLS,", "\t", "York", "\t", "2010-2014"]),
        para(
            None,
            &["A maker of garden tools, with a web shop and two factories"],
        ),
        para(Some("Heading2"), &["Web Developer, Online Shop"]),
        item("Rebuilt the shop."),
    ]
    .concat();
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("cv.docx");
    std::fs::write(&input, docx(&body)).unwrap();
    assert_eq!(
        positions(&input),
        vec![
            (
                "LARKSPUR SYSTEMS".into(),
                "Software Engineer, Billing Platform".into(),
                "2017".into()
            ),
            (
                "LARKSPUR SYSTEMS".into(),
                "Software Engineering Manager, Payments".into(),
                "2014".into()
            ),
            (
                "OCTOPUS TOOLS".into(),
                "Web Developer".into(),
                "2010".into()
            ),
        ]
    );
}

#[test]
fn a_file_whose_every_dated_entry_is_unlikely_is_refused_naming_what_it_read() {
    // A languages column beside the years of a course: no heading of a job history, no role
    // word, nothing else dated. folio writes nothing, but says what it read and why it was not
    // taken, so the user can tell a misread from an empty file.
    let body = [
        para(
            None,
            &[
                "Anglais",
                "\t",
                "développement d’une application de quiz en ligne",
                "\t",
                "2016",
            ],
        ),
        para(
            None,
            &[
                "Espagnol",
                "\t",
                "manutention et rangement du stock",
                "\t",
                "2014",
            ],
        ),
    ]
    .concat();
    refused("cv.docx", &docx(&body), "none of them likely a position: ");
}

#[test]
fn an_accent_drawn_as_a_glyph_over_its_letter_is_read_as_one_character() {
    // TeX's \accent draws "¨" as a glyph of its own over the "a" of "Universität" (the
    // string moves back by the accent's width before the "a"); read in x order it was
    // "Universit¨at", a name no reader writes.
    let content = [
        "BT /F1 10 Tf 72 740 Td (Dana Example) Tj ET",
        "BT /F1 10 Tf 72 720 Td (Experience) Tj ET",
        "BT /F1 10 Tf 72 700 Td [(Research Assistant, Universit) (\\250) 333 (at Bremen)] TJ ET",
        "BT /F1 10 Tf 460 700 Td (2016 - 2020) Tj ET",
        "BT /F1 10 Tf 72 686 Td (Built a corpus of ship logs.) Tj ET",
    ]
    .join("\n");
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("cv.pdf");
    std::fs::write(&input, pdf(&content)).unwrap();
    assert_eq!(
        positions(&input),
        vec![(
            "Universität Bremen".into(),
            "Research Assistant".into(),
            "2016".into()
        )]
    );
}

#[test]
fn an_employer_named_by_its_legal_form_alone_reads_as_an_organisation() {
    // "Oy" tells a Finnish company as "GmbH" a German one; the roles are Finnish words no
    // list of role words holds, so without it nothing told the role from the employer.
    let lines = [
        (72, 740, "Aino Esimerkki"),
        (72, 720, "Experience"),
        (72, 700, "08/2019 - 12/2019"),
        (72, 686, "Apumies"),
        (72, 672, "Auramaa Logistiikka Oy"),
        (72, 658, "- Ajoin jakelureitteja."),
        (72, 630, "01/2020 - 08/2020"),
        (72, 616, "Kuljettaja"),
        (72, 602, "Kivisto Linjat Oy"),
        (72, 588, "- Ajoin linja-autoa."),
    ];
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("cv.pdf");
    std::fs::write(&input, pdf(&text_page(&lines))).unwrap();
    assert_eq!(
        positions(&input),
        vec![
            (
                "Auramaa Logistiikka Oy".into(),
                "Apumies".into(),
                "Aug 2019".into()
            ),
            (
                "Kivisto Linjat Oy".into(),
                "Kuljettaja".into(),
                "Jan 2020".into()
            ),
        ]
    );
}
