//! The manual's key tables are the key tables the app runs on: README.md's for browsing and
//! docs/presenting.md's for presenting (the `?` overlay draws the same table).

use folio::ui::keys::{self, BROWSE, PRESENT};

/// The rows of the first Markdown table after `heading`, without its header and rule.
fn table_after(path: &str, heading: &str) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap();
    let start = text
        .find(heading)
        .unwrap_or_else(|| panic!("{path} has no `{heading}`"));
    text[start..]
        .lines()
        .skip_while(|line| !line.starts_with('|'))
        .take_while(|line| line.starts_with('|'))
        .skip(2)
        .map(str::to_owned)
        .collect()
}

fn assert_same(path: &str, documented: &[String], expected: &[String]) {
    assert!(
        documented == expected,
        "{path}'s key table differs from the app's; it should read:\n{}",
        expected.join("\n")
    );
}

#[test]
fn the_readme_lists_the_browsing_keys_the_app_answers_to() {
    let expected = keys::markdown_rows(BROWSE, |mode| Some(mode.title()));
    assert_same(
        "README.md",
        &table_after("README.md", "### Keys"),
        &expected,
    );
}

#[test]
fn the_presenting_guide_lists_the_keys_present_mode_answers_to() {
    let expected = keys::markdown_rows(PRESENT, |mode| Some(mode.title()));
    let path = "docs/presenting.md";
    assert_same(path, &table_after(path, "## Keys"), &expected);
}
