//! Metrics as the person writes them. The derived figures (improvement, factor, verdict) are
//! computed by [`crate::metrics`].

use serde::Deserialize;

use super::quantity::{Dimension, Quantity, QuantityError, encode_inner_error, parse_quantity};

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
}

/// A relative change with no absolute figures.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Relative {
    /// What changed.
    pub label: String,
    /// The change, signed: `"-30%"` for a cut, `"+30%"` for a rise, `"-60 pp"`.
    pub change: Quantity,
    /// Which way is good; when absent the change is taken as the improvement.
    #[serde(default)]
    pub better: Option<Better>,
    /// The change as the person states it.
    #[serde(default)]
    pub claim: Option<Claim>,
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
}

/// A result stated in words.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// What changed.
    pub label: String,
    /// How it changed (`"eliminated"`).
    pub text: String,
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
}
