//! Metrics as the person writes them. The derived figures (improvement, factor, verdict) are
//! computed by [`crate::metrics`].

use serde::Deserialize;

use super::quantity::{
    Bound, Dimension, Quantity, QuantityError, Unit, encode_inner_error, parse_quantity,
};

/// One figure of a case study or bullet.
#[derive(Clone, Debug, Deserialize)]
pub enum Metric {
    /// A before/after pair: `Change(label: "API response time", before: "8-10 s", after: "3-10 ms")`.
    Change(Change),
    /// A change with no absolute figures: `Relative(label: "Infrastructure cost", change: "-30%")`.
    Relative(Relative),
    /// A single figure: `Figure(label: "Telco clients onboarded", value: "2")`.
    Figure(Figure),
    /// A result without a number: `Outcome(label: "Cascading timeouts", text: "eliminated")`.
    Outcome(Outcome),
}

impl Metric {
    /// The metric's label.
    pub fn label(&self) -> &str {
        match self {
            Metric::Change(m) => &m.label,
            Metric::Relative(m) => &m.label,
            Metric::Figure(m) => &m.label,
            Metric::Outcome(m) => &m.label,
        }
    }

    /// The wording the public view shows instead of the figure (`public: "about 40 %"`).
    pub fn public_wording(&self) -> Option<&str> {
        match self {
            Metric::Change(m) => m.public.as_deref(),
            Metric::Relative(m) => m.public.as_deref(),
            Metric::Figure(m) => m.public.as_deref(),
            Metric::Outcome(m) => m.public.as_deref(),
        }
    }

    /// Whether only the private view shows this figure (`private: true`).
    pub fn is_private(&self) -> bool {
        match self {
            Metric::Change(m) => m.private,
            Metric::Relative(m) => m.private,
            Metric::Figure(m) => m.private,
            Metric::Outcome(m) => m.private,
        }
    }

    /// The stated claim, if any.
    pub fn claim(&self) -> Option<&Claim> {
        match self {
            Metric::Change(m) => m.claim.as_ref(),
            Metric::Relative(m) => m.claim.as_ref(),
            Metric::Figure(_) | Metric::Outcome(_) => None,
        }
    }
}

/// Which way is good.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
pub enum Better {
    /// Less is better: latency, cost, memory, errors.
    Lower,
    /// More is better: throughput, satisfaction, users.
    Higher,
}

/// Which ends of a range a comparison uses.
#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
pub enum Basis {
    /// The middle of each range (the default): 8–10 s counts as 9 s.
    #[default]
    Midpoint,
    /// The most favourable ends: the worst "before" against the best "after".
    Best,
    /// The least favourable ends: the best "before" against the worst "after".
    Worst,
}

/// A before/after pair.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// What was measured.
    pub label: String,
    /// The figure before the work.
    pub before: Quantity,
    /// The figure after the work.
    pub after: Quantity,
    /// Which way is good; when absent, the direction the figures moved is taken as the
    /// improvement (portfolios report improvements).
    #[serde(default)]
    pub better: Option<Better>,
    /// The improvement as the person states it (`"99.93%"`, `"3×"`).
    #[serde(default)]
    pub claim: Option<Claim>,
    /// Which ends of ranges the claim is computed from.
    #[serde(default)]
    pub basis: Basis,
    /// Names for the two sides when they are not "before" and "after" (`"360p"`, `"720p"`).
    #[serde(default)]
    pub before_label: Option<String>,
    /// See `before_label`.
    #[serde(default)]
    pub after_label: Option<String>,
    /// The figure as published (`"about 40 %"`): the public view shows these words, as an
    /// outcome, instead of the exact figure, which only the private view shows.
    #[serde(default)]
    pub public: Option<String>,
    /// Shown only in the private view.
    #[serde(default)]
    pub private: bool,
}

/// A relative change with no absolute figures.
#[derive(Clone, Debug, Deserialize)]
#[serde(from = "RelativeWritten")]
pub struct Relative {
    /// What changed.
    pub label: String,
    /// The change, signed: `"-30%"` for a cut, `"+30%"` for a rise, `"-60 pp"`. A change
    /// written as a multiple is here as the percentage it means (7× higher is +600 %, 10×
    /// lower −90 %), so every computation has one kind of number; `source` keeps the words.
    pub change: Quantity,
    /// The change as a multiple, when it was written as one (`"7x"`, `"halved"`): what
    /// folio shows instead of the percentage.
    pub multiple: Option<Multiple>,
    /// Which way is good; when absent the change is taken as the improvement.
    pub better: Option<Better>,
    /// The change as the person states it.
    pub claim: Option<Claim>,
    /// The figure as published (`"about 40 %"`): the public view shows these words, as an
    /// outcome, instead of the exact figure, which only the private view shows.
    pub public: Option<String>,
    /// Shown only in the private view.
    pub private: bool,
}

/// `Relative` as the file holds it, before a multiple is turned into its percentage (which
/// needs `better` for a bare `"7x"` or a `"3x faster"`).
#[derive(Deserialize)]
#[serde(rename = "Relative", deny_unknown_fields)]
struct RelativeWritten {
    label: String,
    change: RelativeChange,
    #[serde(default)]
    better: Option<Better>,
    #[serde(default)]
    claim: Option<Claim>,
    #[serde(default)]
    public: Option<String>,
    #[serde(default)]
    private: bool,
}

/// A relative change as written: a percentage (or points), or a multiple.
enum RelativeChange {
    Quantity(Quantity),
    Multiple(Multiple, String),
}

impl<'de> Deserialize<'de> for RelativeChange {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        let read = match parse_multiple(&text) {
            Ok(Some(multiple)) => Ok(RelativeChange::Multiple(multiple, text)),
            Ok(None) => parse_quantity(&text).map(RelativeChange::Quantity),
            Err(error) => Err(error),
        };
        read.map_err(|e| serde::de::Error::custom(encode_inner_error(&e)))
    }
}

impl From<RelativeWritten> for Relative {
    fn from(written: RelativeWritten) -> Self {
        let (change, multiple) = match written.change {
            RelativeChange::Quantity(quantity) => (quantity, None),
            RelativeChange::Multiple(multiple, source) => {
                let percent = multiple.percent(written.better);
                let quantity = Quantity {
                    bound: if multiple.approximate {
                        Bound::About
                    } else {
                        Bound::Exact
                    },
                    low: percent,
                    high: percent,
                    unit: Unit {
                        dimension: Dimension::Percent,
                        scale: 1.0,
                        symbol: "%".into(),
                    },
                    source,
                };
                (quantity, Some(multiple))
            }
        };
        Relative {
            label: written.label,
            change,
            multiple,
            better: written.better,
            claim: written.claim,
            public: written.public,
            private: written.private,
        }
    }
}

/// A single figure, optionally with a qualitative "before".
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// What the figure counts.
    pub label: String,
    /// The figure: `"2"`, `"< 30 ms"`, `"17,600 videos"`, `"0"`.
    pub value: Quantity,
    /// What it was before, in words (`"frequent"`), when there was no number.
    #[serde(default)]
    pub was: Option<String>,
    /// Which way is good, used to colour a figure that reached zero.
    #[serde(default)]
    pub better: Option<Better>,
    /// The figure as published (`"about 40 %"`): the public view shows these words, as an
    /// outcome, instead of the exact figure, which only the private view shows.
    #[serde(default)]
    pub public: Option<String>,
    /// Shown only in the private view.
    #[serde(default)]
    pub private: bool,
}

/// A result stated in words.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// What changed.
    pub label: String,
    /// How it changed (`"eliminated"`).
    pub text: String,
    /// The figure as published (`"about 40 %"`): the public view shows these words, as an
    /// outcome, instead of the exact figure, which only the private view shows.
    #[serde(default)]
    pub public: Option<String>,
    /// Shown only in the private view.
    #[serde(default)]
    pub private: bool,
}

/// What a claim states.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClaimKind {
    /// A percentage change (`99.93%`).
    Percent,
    /// A change in percentage points (`60 pp`).
    Points,
    /// A factor (`3×`).
    Factor,
}

/// An improvement as the person states it, with the precision they stated it to.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// Percent, points or factor.
    pub kind: ClaimKind,
    /// The stated magnitude (always positive: the direction comes from the metric).
    pub value: f64,
    /// Digits after the decimal point as written: `99.93%` has 2.
    pub decimals: u32,
    /// Written with `~` or "about": looser agreement.
    pub approximate: bool,
    /// The claim as written.
    pub source: String,
}

/// Parses a claim such as `"99.93%"`, `"~3×"` or `"60 pp"`.
pub fn parse_claim(text: &str) -> Result<Claim, QuantityError> {
    let quantity = parse_quantity(text)?;
    let kind = match quantity.unit.dimension {
        Dimension::Percent => ClaimKind::Percent,
        Dimension::Points => ClaimKind::Points,
        Dimension::Factor => ClaimKind::Factor,
        _ => {
            return Err(QuantityError {
                offset: 0,
                message: format!("`{text}` is not a percentage, points or a factor"),
                hint: Some("write a claim as `99.93%`, `60 pp` or `3×`".into()),
            });
        }
    };
    if quantity.is_range() {
        return Err(QuantityError {
            offset: 0,
            message: "a claim is one figure, not a range".into(),
            hint: Some("write the figure you state, e.g. `99.93%`".into()),
        });
    }
    let decimals = text
        .split_once('.')
        .map(|(_, fraction)| fraction.chars().take_while(char::is_ascii_digit).count())
        .and_then(|n| u32::try_from(n).ok())
        .unwrap_or(0);
    Ok(Claim {
        kind,
        value: quantity.low.abs(),
        decimals,
        approximate: quantity.bound == super::quantity::Bound::About,
        source: text.trim().to_owned(),
    })
}

impl<'de> Deserialize<'de> for Claim {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        parse_claim(&text).map_err(|e| serde::de::Error::custom(encode_inner_error(&e)))
    }
}

/// Which way a multiple went, as its words say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Way {
    /// The figure rose: "7x higher", "doubled", "10x more".
    Up,
    /// The figure fell: "10x lower", "halved", "a 10x reduction".
    Down,
    /// It improved, whichever way that is: "3x faster", a bare "7x". `better` says which.
    Better,
    /// It got worse: "2x slower".
    Worse,
}

/// A relative change written as a multiple: `"7x"`, `"3× faster"`, `"10x lower"`, `"halved"`,
/// `"an order of magnitude"`.
#[derive(Clone, Debug, PartialEq)]
pub struct Multiple {
    /// How many times: 7 for "7x", 2 for "halved", 10 for "an order of magnitude".
    pub times: f64,
    /// Which way the figure went.
    pub way: Way,
    /// Written with `~` or "about".
    pub approximate: bool,
    /// The multiple as folio shows it: as written, `x` printed as `×` ("7×", "3× faster",
    /// "halved").
    pub shown: String,
}

impl Multiple {
    /// Whether the figure went up, given which way is good (a bare or "faster" multiple is an
    /// improvement: up unless lower is better).
    pub fn rises(&self, better: Option<Better>) -> bool {
        let lower_is_better = better == Some(Better::Lower);
        match self.way {
            Way::Up => true,
            Way::Down => false,
            Way::Better => !lower_is_better,
            Way::Worse => lower_is_better,
        }
    }

    /// The signed percentage the multiple means: 7× higher is +600 %, 10× lower is −90 %.
    pub fn percent(&self, better: Option<Better>) -> f64 {
        if self.rises(better) {
            (self.times - 1.0) * 100.0
        } else {
            -(1.0 - 1.0 / self.times) * 100.0
        }
    }
}

/// Words after a multiple that say which way it went ("7x lower", "a 10x reduction"). The one
/// table for the loader and `folio import` alike.
pub const MULTIPLE_WORDS: &[(&str, Way)] = &[
    ("higher", Way::Up),
    ("more", Way::Up),
    ("larger", Way::Up),
    ("bigger", Way::Up),
    ("greater", Way::Up),
    ("longer", Way::Up),
    ("increase", Way::Up),
    ("growth", Way::Up),
    ("up", Way::Up),
    ("lower", Way::Down),
    ("fewer", Way::Down),
    ("less", Way::Down),
    ("smaller", Way::Down),
    ("shorter", Way::Down),
    ("cheaper", Way::Down),
    ("lighter", Way::Down),
    ("reduction", Way::Down),
    ("decrease", Way::Down),
    ("drop", Way::Down),
    ("down", Way::Down),
    ("faster", Way::Better),
    ("quicker", Way::Better),
    ("better", Way::Better),
    ("speedup", Way::Better),
    ("speed-up", Way::Better),
    ("improvement", Way::Better),
    ("slower", Way::Worse),
    ("worse", Way::Worse),
];

/// Verbs that are a multiple by themselves, by the start of the word so that every tense
/// reads ("halved", "halving"): how many times, and which way.
pub const MULTIPLE_VERBS: &[(&str, f64, Way)] = &[
    ("halv", 2.0, Way::Down),
    ("doubl", 2.0, Way::Up),
    ("tripl", 3.0, Way::Up),
    ("quadrupl", 4.0, Way::Up),
];

/// The multiple a verb such as "halved" or "doubling" is, with its way.
pub fn multiple_verb(word: &str) -> Option<(f64, Way)> {
    let word = word.to_lowercase();
    MULTIPLE_VERBS
        .iter()
        .find(|(stem, _, _)| word.starts_with(stem))
        .map(|&(_, times, way)| (times, way))
}

/// The number of a multiple written as one word: `"3x"`, `"4.2X"`, `"10×"`.
pub fn multiple_number(word: &str) -> Option<f64> {
    word.strip_suffix(['x', 'X', '×'])
        .and_then(|n| n.replace(',', "").parse::<f64>().ok())
        .filter(|times| times.is_finite() && *times > 1.0)
}

/// Reads a relative change written as a multiple: `"7x"`, `"7×"`, `"~3x"`, `"7 times"`,
/// `"3x faster"`, `"10x lower"`, `"a 10x reduction"`, `"halved"`, `"doubled"`,
/// `"an order of magnitude"`, `"2 orders of magnitude lower"`. `Ok(None)` when the text is
/// no multiple at all (`"-30%"`), so the caller reads it as a figure; an error when it starts
/// as one and goes wrong (`"7x quicklier"`, `"1x"`).
pub fn parse_multiple(text: &str) -> Result<Option<Multiple>, QuantityError> {
    let trimmed = text.trim();
    let lowered = trimmed.to_lowercase();
    let leading = trimmed.len() - trimmed.trim_start_matches(['~']).len();
    let approximate = leading > 0 || lowered.starts_with("about ");
    let body = lowered
        .trim_start_matches('~')
        .trim_start_matches("about ")
        .trim_start();
    // A leading article: "a 10x reduction", "an order of magnitude"; and the résumé's own
    // word order, "improved 7x" (the way is the metric's `better`, as for a bare "7x").
    let body = body
        .strip_prefix("an ")
        .or_else(|| body.strip_prefix("a "))
        .or_else(|| body.strip_prefix("improved by "))
        .or_else(|| body.strip_prefix("improved "))
        .unwrap_or(body);
    // Where a tail of `trimmed` (or of its lower case, as long) starts in `text`.
    let start = text.chars().count() - text.trim_start().chars().count();
    let offset_of = |rest: &str| start + trimmed.chars().count() - rest.chars().count();
    if let Some((times, way)) = multiple_verb(body)
        && body.chars().all(char::is_alphabetic)
    {
        return Ok(Some(Multiple {
            times,
            way,
            approximate,
            shown: trimmed.to_owned(),
        }));
    }
    let (times, rest) = if let Some(rest) = body
        .strip_prefix("one order of magnitude")
        .or_else(|| body.strip_prefix("order of magnitude"))
    {
        (10.0, rest)
    } else if let Some((count, rest)) = body.split_once(" orders of magnitude") {
        let count = match count {
            "two" => 2.0,
            "three" => 3.0,
            "four" => 4.0,
            digits => match digits.parse::<f64>() {
                Ok(n) => n,
                Err(_not_a_count) => return Ok(None),
            },
        };
        (10_f64.powf(count), rest)
    } else {
        let number: String = body
            .chars()
            .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
            .collect();
        let after = body.get(number.len()..).unwrap_or_default().trim_start();
        let Some(rest) = ["×", "x", "times", "-fold", "fold"]
            .iter()
            .find_map(|sign| after.strip_prefix(sign))
            .filter(|rest| rest.is_empty() || rest.starts_with(' '))
        else {
            return Ok(None);
        };
        let Ok(times) = number.replace(',', "").parse::<f64>() else {
            return Ok(None);
        };
        if !(times.is_finite() && times > 1.0) {
            return Err(QuantityError {
                offset: offset_of(body),
                message: format!("a multiple is more than 1, not {number}"),
                hint: Some("write a fall as `2x lower` or `halved`, a rise as `3x higher`".into()),
            });
        }
        (times, rest)
    };
    let word = rest.trim();
    let way = if word.is_empty() {
        Way::Better
    } else if let Some((_, way)) = MULTIPLE_WORDS.iter().find(|(w, _)| *w == word) {
        *way
    } else {
        return Err(QuantityError {
            offset: offset_of(rest.trim_start()),
            message: format!("`{word}` does not say which way the multiple went"),
            hint: Some(
                "write `7x`, `7x higher`, `10x lower`, `3x faster` or `a 10x reduction`".into(),
            ),
        });
    };
    Ok(Some(Multiple {
        times,
        way,
        approximate,
        shown: shown_multiple(trimmed),
    }))
}

/// The multiple as written, with the letter x printed as the sign × ("7x" → "7×"), which is
/// what the letter stands for.
fn shown_multiple(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut previous_digit = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let ends_word = chars.peek().is_none_or(|n| !n.is_alphanumeric());
        if matches!(c, 'x' | 'X') && previous_digit && ends_word {
            out.push('×');
        } else {
            out.push(c);
        }
        // "7 x" is a multiple too: a space between keeps the digit before.
        if c != ' ' {
            previous_digit = c.is_ascii_digit();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claims() {
        let c = parse_claim("99.93%").unwrap();
        assert_eq!(
            (c.kind, c.value, c.decimals),
            (ClaimKind::Percent, 99.93, 2)
        );
        let c = parse_claim("~3×").unwrap();
        assert_eq!(
            (c.kind, c.value, c.approximate),
            (ClaimKind::Factor, 3.0, true)
        );
        assert_eq!(parse_claim("60 pp").unwrap().kind, ClaimKind::Points);
        assert!(parse_claim("5 s").is_err());
        assert!(parse_claim("5-10%").is_err());
    }

    fn multiple(text: &str) -> Multiple {
        match parse_multiple(text) {
            Ok(Some(m)) => m,
            other => panic!("{text:?}: {other:?}"),
        }
    }

    #[test]
    fn multiples_as_people_write_them() {
        for (text, times, way, shown) in [
            ("7x", 7.0, Way::Better, "7×"),
            ("7×", 7.0, Way::Better, "7×"),
            ("7X", 7.0, Way::Better, "7×"),
            ("7 times", 7.0, Way::Better, "7 times"),
            ("3x faster", 3.0, Way::Better, "3× faster"),
            ("10x lower", 10.0, Way::Down, "10× lower"),
            ("a 10x reduction", 10.0, Way::Down, "a 10× reduction"),
            ("2.5x higher", 2.5, Way::Up, "2.5× higher"),
            ("2x slower", 2.0, Way::Worse, "2× slower"),
            ("halved", 2.0, Way::Down, "halved"),
            ("Doubled", 2.0, Way::Up, "Doubled"),
            ("tripled", 3.0, Way::Up, "tripled"),
            (
                "an order of magnitude",
                10.0,
                Way::Better,
                "an order of magnitude",
            ),
            (
                "an order of magnitude lower",
                10.0,
                Way::Down,
                "an order of magnitude lower",
            ),
            (
                "2 orders of magnitude faster",
                100.0,
                Way::Better,
                "2 orders of magnitude faster",
            ),
            ("10-fold", 10.0, Way::Better, "10-fold"),
        ] {
            let m = multiple(text);
            assert_eq!(
                (m.times, m.way, m.shown.as_str()),
                (times, way, shown),
                "{text}"
            );
        }
        assert!(multiple("~3x").approximate);
        assert_eq!(multiple("~3x").shown, "~3×");
    }

    #[test]
    fn a_multiple_means_a_percentage_by_its_way() {
        let close = |a: f64, b: f64| (a - b).abs() < 1e-9;
        assert!(close(multiple("7x").percent(None), 600.0));
        assert!(close(
            multiple("7x").percent(Some(Better::Lower)),
            -600.0 / 7.0
        ));
        assert!(close(multiple("10x lower").percent(None), -90.0));
        assert!(close(
            multiple("halved").percent(Some(Better::Higher)),
            -50.0
        ));
        assert!(close(multiple("doubled").percent(None), 100.0));
        assert!(close(
            multiple("3x faster").percent(Some(Better::Lower)),
            -200.0 / 3.0
        ));
        assert!(close(
            multiple("2x slower").percent(Some(Better::Lower)),
            100.0
        ));
    }

    #[test]
    fn what_is_no_multiple_is_left_to_the_figure_reader() {
        for text in ["-30%", "+600%", "7", "60 pp", "x", "7xyz", "3 users", ""] {
            assert_eq!(parse_multiple(text), Ok(None), "{text}");
        }
        let e = parse_multiple("7x quicklier").unwrap_err();
        assert_eq!(e.offset, 3);
        assert!(e.message.contains("which way"), "{e:?}");
        let e = parse_multiple("1x").unwrap_err();
        assert!(e.message.contains("more than 1"), "{e:?}");
    }

    #[test]
    fn a_resumes_word_order_reads_too() {
        let multiple = parse_multiple("improved 7x")
            .ok()
            .flatten()
            .expect("improved 7x is a multiple");
        assert_eq!(multiple.times, 7.0);
        assert_eq!(multiple.shown, "improved 7×");
    }

    #[test]
    fn the_importer_s_words_are_the_loader_s() {
        assert_eq!(multiple_verb("halving"), Some((2.0, Way::Down)));
        assert_eq!(multiple_verb("doubles"), Some((2.0, Way::Up)));
        assert_eq!(multiple_number("2.8x"), Some(2.8));
        assert_eq!(multiple_number("10×"), Some(10.0));
        assert_eq!(multiple_number("1x"), None);
        assert_eq!(multiple_number("box"), None);
    }
}
