//! Entries whose lines label what they hold ("Duration:", "Role:"), as list items or
//! paragraphs, in pages that set each entry's name as a heading.

/// (organisation, role, start) of each position the entry reader finds in a Markdown page.
fn read_markdown(page: &str) -> Vec<(String, String, String)> {
    let blocks = super::super::markdown_blocks::from_markdown(page);
    super::draft(&blocks, "cv.md", "Markdown")
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

fn one(org: &str, role: &str, start: &str) -> (String, String, String) {
    (org.into(), role.into(), start.into())
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
