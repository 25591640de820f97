//! The mistakes a newcomer makes writing `portfolio.ron` by hand, and whether `folio check`'s
//! hint leads them out. `tests/mistakes/` holds a valid `base.ron`, one file per mistake (the
//! base with one slip: highlights as plain strings, `email` under `person`, `# comments`, a
//! quoted enum, …) and, beside each, `NN-name.fixed.ron`: the mistake with its hint applied
//! literally, as a newcomer would (written by reading the hint, not by knowing the fix).
//! `index.tsv` says for each: the exit code, a fragment of what folio says, and whether the
//! hint leads to a passing file (`passes`), to a later error (`closer`), or not (`misleads`:
//! a hint still to improve: the test fails on it), or that the form is now read as written
//! (`valid`).

use std::path::Path;

use crate::common::{folio, text};

fn check(path: &Path) -> (i32, String) {
    let output = folio(&["check", "--deny-warnings", path.to_str().unwrap()]);
    (output.status.code().unwrap_or(-1), text(&output))
}

/// The first error or warning and where it points (line and column): what a newcomer
/// fixes next.
fn first_problem(said: &str) -> Option<(String, String)> {
    let mut lines = said.lines();
    let message = lines.find(|line| line.starts_with("error:") || line.starts_with("warning:"))?;
    let place = lines
        .next()
        .and_then(|line| line.trim_start().strip_prefix("--> "))
        .map(|path| {
            // "tests/mistakes/NN.ron:33:57": the line and column, not the file's name.
            let mut parts = path.rsplitn(3, ':');
            let column = parts.next().unwrap_or_default();
            let line = parts.next().unwrap_or_default();
            format!("{line}:{column}")
        })
        .unwrap_or_default();
    Some((message.to_owned(), place))
}

#[test]
fn every_hint_in_the_mistake_corpus_leads_where_it_says() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/mistakes");
    let (code, said) = check(&dir.join("base.ron"));
    assert_eq!(code, 0, "the base portfolio passes: {said}");
    let index = std::fs::read_to_string(dir.join("index.tsv")).unwrap();
    let mut misleading = Vec::new();
    let mut rows = 0;
    for line in index
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let fields: Vec<&str> = line.split('\t').collect();
        let [file, code, fragment, outcome, ..] = fields[..] else {
            panic!("index.tsv: a row needs file, code, fragment and outcome: {line}");
        };
        rows += 1;
        let mistake = dir.join(file);
        let (got, said) = check(&mistake);
        if outcome == "valid" {
            assert_eq!(got, 0, "{file} is read as written now: {said}");
            continue;
        }
        assert_eq!(got.to_string(), code, "{file}: exit code\n{said}");
        assert!(
            said.contains(fragment),
            "{file}: says {fragment:?}?\n{said}"
        );
        let fixed = dir.join(file.replace(".ron", ".fixed.ron"));
        let (fixed_code, fixed_said) = check(&fixed);
        match outcome {
            "passes" => assert_eq!(
                fixed_code, 0,
                "{file}: applying the hint should pass\n{fixed_said}"
            ),
            "closer" => assert_ne!(
                first_problem(&fixed_said),
                first_problem(&said),
                "{file}: applying the hint should get past this error"
            ),
            "misleads" => misleading.push(file),
            other => panic!("{file}: unknown outcome {other}"),
        }
    }
    assert!(rows >= 40, "the corpus holds {rows} mistakes");
    assert!(
        misleading.is_empty(),
        "hints that do not lead to a passing file: {misleading:?}"
    );
}
