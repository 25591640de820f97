//! Entries of pages that set each entry's name as a heading: their lines labelling what they
//! hold ("Duration:", "Role:"), their organisation and role parted by a pipe.

use super::tests::{one, read_blocks};

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
