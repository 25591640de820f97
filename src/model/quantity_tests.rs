//! Figures as written, read by `parse_quantity`: units, bounds, ranges and where errors point.

use super::*;

fn q(text: &str) -> Quantity {
    match parse_quantity(text) {
        Ok(q) => q,
        Err(e) => panic!("{text:?}: {e:?}"),
    }
}

#[test]
fn plain_count() {
    let v = q("25");
    assert_eq!((v.low, v.high, v.bound), (25.0, 25.0, Bound::Exact));
    assert_eq!(v.unit.dimension, Dimension::Count);
}

#[test]
fn range_with_unit_and_dashes() {
    for text in [
        "8-10 s",
        "8–10 s",
        "8 – 10 s",
        "8 to 10 s",
        "8-10s",
        "8—10 seconds",
    ] {
        let v = q(text);
        assert_eq!((v.low, v.high), (8.0, 10.0), "{text}");
        assert_eq!(v.unit.symbol, "s", "{text}");
    }
}

#[test]
fn bounds() {
    assert_eq!(q("< 300 ms").bound, Bound::Below);
    assert_eq!(q("under 3-10 ms").bound, Bound::Below);
    assert_eq!(q("<=30ms").bound, Bound::AtMost);
    assert_eq!(q("10K+").bound, Bound::AtLeast);
    assert_eq!(q("10K+").low, 10_000.0);
    assert_eq!(q("~3×").bound, Bound::About);
    assert_eq!(q("~3×").unit.dimension, Dimension::Factor);
    assert_eq!(q("at least 5 users").bound, Bound::AtLeast);
}

#[test]
fn units_convert_to_base() {
    assert!((q("300 ms").midpoint_base() - 0.3).abs() < 1e-12);
    assert!((q("2 min").midpoint_base() - 120.0).abs() < 1e-12);
    assert!((q("2TB").midpoint_base() - 2e12).abs() < 1.0);
    assert_eq!(q("17,600 videos").low, 17_600.0);
    assert_eq!(
        q("17,600 videos").unit.dimension,
        Dimension::Label("videos".into())
    );
    assert_eq!(q("1.2M").low, 1_200_000.0);
    assert_eq!(q("$1.2M").unit.dimension, Dimension::Currency("USD".into()));
    assert_eq!(
        q("500 AED").unit.dimension,
        Dimension::Currency("AED".into())
    );
    assert_eq!(q("-30%").low, -30.0);
    assert_eq!(q("12 pp").unit.dimension, Dimension::Points);
}

#[test]
fn errors_point_inside_the_string() {
    let e = parse_quantity("8-x s").unwrap_err();
    assert_eq!(e.offset, 2);
    assert!(e.message.contains("expected a number"), "{e:?}");
    let e = parse_quantity("10-8 s").unwrap_err();
    assert_eq!(e.offset, 3);
    assert!(e.message.contains("range ends below"));
    let e = parse_quantity("5 m").unwrap_err();
    assert_eq!(e.offset, 2);
    assert!(e.message.contains("ambiguous"));
    let e = parse_quantity("").unwrap_err();
    assert!(e.message.contains("empty"));
    let e = parse_quantity("12 @").unwrap_err();
    assert_eq!(e.offset, 3);
    let e = parse_quantity(&"9".repeat(400)).unwrap_err();
    assert!(e.message.contains("too large"));
}

#[test]
fn inner_error_round_trips() {
    let error = QuantityError {
        offset: 4,
        message: "boom".into(),
        hint: Some("do this".into()),
    };
    let decoded = decode_inner_error(&encode_inner_error(&error));
    assert_eq!(decoded, Some((4, "boom".into(), Some("do this".into()))));
}

#[test]
fn ranges_with_a_unit_at_each_end() {
    for (text, low, high, unit) in [
        ("200 KB-1 MB", 0.2, 1.0, "MB"),
        ("200KB - 1MB", 0.2, 1.0, "MB"),
        ("500 ms to 2 s", 0.5, 2.0, "s"),
        ("8 s-10 s", 8.0, 10.0, "s"),
        ("3 users-5 users", 3.0, 5.0, "users"),
        ("200 kb–1 mb", 0.2, 1.0, "MB"),
    ] {
        let v = q(text);
        assert!(
            (v.low - low).abs() < 1e-9 && (v.high - high).abs() < 1e-9,
            "{text}: {v:?}"
        );
        assert_eq!(v.unit.symbol, unit, "{text}");
    }
    assert!((q("200 KB-1 MB").midpoint_base() - 600e3).abs() < 1e-6);
    let e = parse_quantity("200 KB-1 s").unwrap_err();
    assert_eq!(e.offset, 7);
    assert!(e.message.contains("do not"), "{e:?}");
    let e = parse_quantity("2 MB-1 KB").unwrap_err();
    assert!(e.message.contains("range ends below"), "{e:?}");
    // A unit with a hyphen in it is still a unit.
    assert_eq!(q("12 sign-ups").unit.symbol, "sign-ups");
}

#[test]
fn data_units_as_resumes_spell_them() {
    for (text, bytes) in [
        ("500 KB", 500e3),
        ("500 kB", 500e3),
        ("500kb", 500e3),
        ("2 MB", 2e6),
        ("2mb", 2e6),
        ("3 GB", 3e9),
        ("3gb", 3e9),
    ] {
        assert!((q(text).midpoint_base() - bytes).abs() < 1e-3, "{text}");
    }
    let e = parse_quantity("100 Mb").unwrap_err();
    assert!(e.message.contains("bits or bytes"), "{e:?}");
    assert_eq!(e.hint.as_deref().map(|h| h.contains("`MB`")), Some(true));
}

#[test]
fn units_spelt_out() {
    assert!((q("180 msec").midpoint_base() - 0.18).abs() < 1e-12);
    assert!((q("180 milliseconds").midpoint_base() - 0.18).abs() < 1e-12);
    assert!((q("5 microseconds").midpoint_base() - 5e-6).abs() < 1e-15);
    assert_eq!(q("-30 percent").unit.dimension, Dimension::Percent);
    assert_eq!(q("-30 percent").low, -30.0);
}

#[test]
fn words_after_a_ranges_unit_are_sent_to_the_label() {
    let e = parse_quantity("200 KB-1 MB per page").unwrap_err();
    let hint = e.hint.unwrap_or_default();
    assert!(
        hint.contains("`per page` is read as part of the unit"),
        "{hint}"
    );
    // The hint's figure reads.
    assert_eq!(q("200 KB-1 MB").unit.symbol, "MB");
}
