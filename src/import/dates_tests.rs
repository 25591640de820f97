//! Tests of the date reader: ranges in many forms and languages, single dates, what is no date.

use super::*;

fn range(text: &str) -> Option<(String, Option<String>)> {
    find(text).map(|f| (f.start, f.end))
}

#[test]
fn months_in_other_languages_and_a_year_run_into_a_word() {
    assert_eq!(
        range("Июль 2023 – Сентябрь 2023"),
        Some(("2023-07".into(), Some("2023-09".into())))
    );
    assert_eq!(
        range("Fev 2026 - Juil 2026"),
        Some(("2026-02".into(), Some("2026-07".into())))
    );
    assert_eq!(
        range("Diamond Parking, Apr 2022 - 2023Parking Lot Supervisor"),
        Some(("2022-04".into(), Some("2023".into())))
    );
    assert_eq!(
        range("Widgetco, May 2021 - PresentShift Lead"),
        Some(("2021-05".into(), Some("present".into())))
    );
    assert_eq!(range("the 2000s"), None);
    assert_eq!(
        range("Sep 20 – Feb 21  Software Consultant – CAM Systems Ltd."),
        Some(("2020-09".into(), Some("2021-02".into())))
    );
    assert_eq!(
        range("Jun 97 – Jun 16"),
        Some(("1997-06".into(), Some("2016-06".into())))
    );
    // A month joined to its year by a word, as LinkedIn's exports in Portuguese and
    // Spanish write it.
    assert_eq!(
        range("novembro de 2023 - fevereiro de 2026 (2 anos 4 meses)"),
        Some(("2023-11".into(), Some("2026-02".into())))
    );
    assert_eq!(
        range("DESENVOLVEDOR SOFTWARE Set/2021 – atual"),
        Some(("2021-09".into(), Some("present".into())))
    );
    assert_eq!(
        range("Ago/2015 - Ago/2016"),
        Some(("2015-08".into(), Some("2016-08".into())))
    );
    assert_eq!(
        range("DEVELOPER May-2022 – now"),
        Some(("2022-05".into(), Some("present".into())))
    );
    assert_eq!(range("Set up the CI in 2019"), Some(("2019".into(), None)));
    let found = find("Desde 01/07/2018 hasta hoy").unwrap();
    assert_eq!(
        (found.start.as_str(), found.end.as_deref(), found.span.start),
        ("2018-07", Some("present"), 0)
    );
    assert_eq!(
        range("March of 2019 to May of 2021"),
        Some(("2019-03".into(), Some("2021-05".into())))
    );
}

#[test]
fn days_months_and_years_in_numbers() {
    let found = find("01/10/2018–andauernd  |  Masterstudium").unwrap();
    assert_eq!(
        (found.start.as_str(), found.end.as_deref()),
        ("2018-10", Some("present"))
    );
    assert_eq!(found.span, 0.."01/10/2018–andauernd".len());
    assert_eq!(
        range("01.02.2021 - 30.04.2021 Praktikant"),
        Some(("2021-02".into(), Some("2021-04".into())))
    );
    assert_eq!(
        range("05/31/2019 – 12/15/2020"),
        Some(("2019-05".into(), Some("2020-12".into())))
    );
    assert_eq!(
        range("_01.10.18 - 31.03.20_: Engineer at Acme"),
        Some(("2018-10".into(), Some("2020-03".into())))
    );
    assert_eq!(
        range("3 - 4/2014  Fa. Uwe Habel GbR, Bautzen"),
        Some(("2014-03".into(), Some("2014-04".into())))
    );
    assert_eq!(
        range("seit 6/2015 Bengard Personal-Service e.K."),
        Some(("2015-06".into(), Some("present".into())))
    );
    assert_eq!(
        find("seit 6/2015 Acme").map(|f| f.span),
        Some(0.."seit 6/2015".len())
    );
    assert_eq!(range("scored 3 - 4/5 on the test"), None);
    assert_eq!(
        without_date("Cyber Intern | May 2024 - Aug. 2024, May 2025 - Present")
            .trim_end_matches([' ', ',']),
        "Cyber Intern |"
    );
    assert_eq!(
        without_date("Retail Supervisor June – August 2021 and 2022").trim(),
        "Retail Supervisor"
    );
    assert_eq!(
        range("Giugno 2023 – in corso  Stato della Città del Vaticano"),
        Some(("2023-06".into(), Some("present".into())))
    );
    assert_eq!(
        range("Dicembre 2015 – Maggio 2023"),
        Some(("2015-12".into(), Some("2023-05".into())))
    );
    assert!(nothing_but_dates("01/ -31/08/2017"));
    assert!(!nothing_but_dates("Octi"));
}

#[test]
fn a_month_glued_to_the_word_before() {
    assert_eq!(
        range("Widgetco — Machine Learning InternJune 2019 — August 2019"),
        Some(("2019-06".into(), Some("2019-08".into())))
    );
    assert_eq!(range("MayDay 2019"), Some(("2019".into(), None)));
}

#[test]
fn months_with_two_digit_years_as_a_range() {
    assert_eq!(
        range("10/15-5/16"),
        Some(("2015-10".into(), Some("2016-05".into())))
    );
    assert_eq!(
        range("2/15 – Present"),
        Some(("2015-02".into(), Some("present".into())))
    );
    assert_eq!(range("scored 3/4 on the test"), None);
    assert_eq!(range("1/10/15 - 2/10/15"), None);
}

#[test]
fn seasons_in_six_languages() {
    let start = |t: &str| find(t).map(|f| f.start);
    assert_eq!(
        start("Adjoint administratif   Été 2022"),
        Some("2022-06".into())
    );
    assert_eq!(start("Praktikum, Sommer 2019"), Some("2019-06".into()));
    assert_eq!(start("Becario (otoño 2018)"), Some("2018-09".into()));
}

#[test]
fn years_before_1950_in_a_range_or_with_a_month_but_not_alone() {
    let found = |t: &str| find(t).map(|f| (f.start, f.end));
    assert_eq!(
        found("Director, Kaiser Wilhelm Institute  1917 – 1933"),
        Some(("1917".into(), Some("1933".into())))
    );
    assert_eq!(found("June 1933"), Some(("1933-06".into(), None)));
    // A lone number of those years is a postcode or a street number as often.
    assert_eq!(found("Rue du Rhône 12, 1920 Martigny"), None);
    assert_eq!(found("Engineer, Acme 2019"), Some(("2019".into(), None)));
}

#[test]
fn a_number_that_counts_a_noun_is_no_year() {
    assert_eq!(range("Fed children (more than 2000 meals served)"), None);
    assert_eq!(range("Served 1999 users"), None);
    assert_eq!(
        range("Joined in 2019 as an intern"),
        Some(("2019".into(), None))
    );
    assert_eq!(
        range("Since 2019 onwards"),
        Some(("2019".into(), Some("present".into())))
    );
}

#[test]
fn apostrophe_years() {
    assert_eq!(
        range("Kernel engineer | Sept ’17 – present"),
        Some(("2017-09".to_owned(), Some("present".to_owned())))
    );
    assert_eq!(
        range("Jan '98 - Jul '03"),
        Some(("1998-01".to_owned(), Some("2003-07".to_owned())))
    );
    assert_eq!(range("rock ’n’ roll"), None);
}

#[test]
fn month_names_are_whole_words() {
    assert_eq!(
        range("Marketer at Mayflower 2017 – 2019"),
        Some(("2017".into(), Some("2019".into())))
    );
    assert_eq!(
        range("Engineer at Octopus, Oct 2019 – Present"),
        Some(("2019-10".into(), Some("present".into())))
    );
}

#[test]
fn common_forms() {
    assert_eq!(
        range("2019-05 to 2020-03"),
        Some(("2019-05".into(), Some("2020-03".into())))
    );
    assert_eq!(
        range("05/2019 - now"),
        Some(("2019-05".into(), Some("present".into())))
    );
    assert_eq!(
        range("Jun – Aug 2019"),
        Some(("2019-06".into(), Some("2019-08".into())))
    );
    assert_eq!(range("Summer 2018"), Some(("2018-06".into(), None)));
    assert_eq!(
        range("Sept. 2016 \u{ad} Dec. 2018"),
        Some(("2016-09".into(), Some("2018-12".into())))
    );
    assert_eq!(range("no dates here"), None);
    assert!(only_date("Jan 2020 – Present"));
    assert!(!only_date("Software Engineer, Jan 2020 – Present"));
}

/// A slash after a year joins a range's two ends; a month's number and its year stay one
/// date; "Aujourd’hui" with a typeset apostrophe is still running.
#[test]
fn a_slash_after_a_year_joins_a_range() {
    assert_eq!(
        range("Fev 2023 / Aujourd’hui: Harbour Ltd."),
        Some(("2023-02".into(), Some("present".into())))
    );
    assert_eq!(
        range("May 2022 / Fev 2023: Kestrel AG"),
        Some(("2022-05".into(), Some("2023-02".into())))
    );
    assert_eq!(
        range("2019/2020"),
        Some(("2019".into(), Some("2020".into())))
    );
    assert_eq!(range("03/2020"), Some(("2020-03".into(), None)));
}

/// A month and a two-digit year to a whole year.
#[test]
fn a_short_start_to_a_whole_year() {
    assert_eq!(
        range("04/17 - 2020 | Thèse | Loria"),
        Some(("2017-04".into(), Some("2020".into())))
    );
}

/// Chinese, Japanese and Korean dates: the units after the numbers, spaced or not (a Typst
/// résumé of round 8 writes "2022 年 3 月 – 2023 年 5 月", and "2025 年 1 月 – 至今").
#[test]
fn dates_with_their_units_after_the_numbers() {
    let range = |t: &str| find(t).map(|f| (f.start, f.end));
    assert_eq!(
        range("2022 年 3 月 – 2023 年 5 月"),
        Some(("2022-03".into(), Some("2023-05".into())))
    );
    assert_eq!(
        range("2022年3月 - 2023年5月"),
        Some(("2022-03".into(), Some("2023-05".into())))
    );
    assert_eq!(
        range("2025 年 1 月 – 至今"),
        Some(("2025-01".into(), Some("present".into())))
    );
    assert_eq!(
        range("2019년 3월 ~ 현재"),
        Some(("2019-03".into(), Some("present".into())))
    );
    // A season after the year's unit (development corpus d14): it starts the season.
    let found = find("2022年秋：赛尔特建筑科技有限公司").expect("a date");
    assert_eq!(found.start, "2022-09");
    assert_eq!(found.span.end, "2022年秋".len());
}

#[test]
fn a_present_of_two_words_is_one_end() {
    let text = "Январь 2024 — настоящее время";
    let found = find(text).expect("a range");
    assert_eq!(found.end.as_deref(), Some("present"));
    assert_eq!(found.span.end, text.len());
}

#[test]
fn a_long_dash_and_n_for_now() {
    assert_eq!(
        range("(2023/02---N)"),
        Some(("2023-02".into(), Some("present".into())))
    );
    assert_eq!(range("2019 - N. Smith"), Some(("2019".into(), None)));
}

/// Round 18: a range's end after its article ("até o Presente", "até o 07/2020") and the
/// Japanese wave dash between its ends ("2024 年 1 月 〜 現在").
#[test]
fn an_end_after_its_article_and_a_wave_dash_between_the_ends() {
    for (text, start, end) in [
        ("07/2020 até o Presente", "2020-07", "present"),
        ("01/2018 até o 07/2020", "2018-01", "2020-07"),
        ("2024 年 1 月 〜 現在", "2024-01", "present"),
        ("2019 年 10 月 〜 2023 年 12 月", "2019-10", "2023-12"),
    ] {
        let found = find(text).unwrap_or_else(|| panic!("{text}: no date"));
        assert_eq!(
            (found.start.as_str(), found.end.as_deref()),
            (start, Some(end)),
            "{text}"
        );
        assert_eq!(found.span, 0..text.len(), "{text}");
    }
}

/// Round 19: the French "from" before a range is the range's ("De Juin 2017 à Février
/// 2020"), so no "De" is left for the entry's name.
#[test]
fn the_word_that_opens_a_range_in_french_and_spanish_is_the_ranges() {
    for text in ["De Juin 2017 à Février 2020", "Desde 01/2018 hasta 07/2020"] {
        let found = find(text).unwrap_or_else(|| panic!("{text}: no date"));
        assert_eq!(found.span, 0..text.len(), "{text}");
    }
}
