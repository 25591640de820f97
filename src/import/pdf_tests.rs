use super::*;

fn line(y: f64, x0: f64, text: &str) -> Line {
    Line {
        y,
        size: 10.0,
        parts: vec![(
            x0,
            x0 + 6.0 * text.chars().count() as f64,
            text.to_owned(),
            vec![text.to_owned()],
        )],
    }
}

/// Word's second-level bullet is the letter "o": each such line indented under an item is an
/// item of its own, nested; a line hanging under it continues it.
#[test]
fn word_second_level_o_bullets_are_nested_items() {
    let lines = [
        line(10.0, 50.0, "• Fev 2023 / Aujourd’hui: Harbour Ltd."),
        line(22.0, 70.0, "o Backend developer (Python)."),
        line(
            34.0,
            70.0,
            "o Project lead for the ferry timetable, from the first",
        ),
        line(46.0, 80.0, "draft to its release"),
        line(58.0, 50.0, "• May 2022 / Fev 2023: Kestrel AG."),
    ];
    let mut out = Vec::new();
    to_blocks(&lines, 10.0, 1, &mut out);
    let read: Vec<(Kind, String)> = out.iter().map(|b| (b.kind, b.text())).collect();
    assert_eq!(
        read,
        [
            (
                Kind::Item(0),
                "Fev 2023 / Aujourd’hui: Harbour Ltd.".to_owned()
            ),
            (Kind::Item(1), "Backend developer (Python).".to_owned()),
            (
                Kind::Item(1),
                "Project lead for the ferry timetable, from the first draft to its release"
                    .to_owned()
            ),
            (Kind::Item(0), "May 2022 / Fev 2023: Kestrel AG.".to_owned()),
        ]
    );
}

/// A column's edge cuts a line only where more than a word's space stands before the word
/// there: "Software Engineer, Juphy" whose "Engineer" starts where bullets' text starts
/// below it is one part (a Google Docs résumé of round 8).
#[test]
fn a_column_edge_cuts_no_words_a_space_apart() {
    let text = "Software Engineer, Acme";
    // Words at x 100 ("Software"), 150 ("Engineer,", a space of 3 before), 200 ("Acme").
    let words = [
        (100.0, 0, None, f64::MAX),
        (150.0, 9, None, 3.0),
        (200.0, 19, None, 3.0),
    ];
    assert_eq!(
        split_at_cuts(100.0, 230.0, text, &words, &[150.0], 11.0).len(),
        1
    );
    // A gutter's width before it: two parts.
    let words = [
        (100.0, 0, None, f64::MAX),
        (150.0, 9, None, 12.0),
        (200.0, 19, None, 3.0),
    ];
    assert_eq!(
        split_at_cuts(100.0, 230.0, text, &words, &[150.0], 11.0).len(),
        2
    );
}

/// A space reported after its word's first letter, at the letter's own x (a Google Docs
/// résumé of round 20: "W arehouse Associate"), separates nothing: the letters after it
/// follow the first with no gap.
#[test]
fn a_space_drawn_under_a_letter_splits_no_word() {
    let glyph = |x: f64, advance: f64, text: &str| Glyph {
        x,
        y: 100.0,
        size: 10.0,
        advance,
        text: text.to_owned(),
        measured: true,
        style: None,
    };
    let glyphs = vec![
        glyph(50.0, 9.43, "W"),
        glyph(50.001, 2.77, " "),
        glyph(59.07, 5.56, "a"),
        glyph(64.63, 3.33, "r"),
        glyph(67.96, 5.56, "e"),
        glyph(73.52, 2.77, " "),
        glyph(76.29, 6.66, "A"),
    ];
    let read: Vec<String> = lines(glyphs)
        .iter()
        .flat_map(|l| l.parts.iter().map(|p| p.2.clone()))
        .collect();
    assert_eq!(read, ["Ware A"]);
}
