//! Values checked when the file is read, so nothing later has to check them again: a case
//! study's id and the talk's duration.

use std::fmt;
use std::ops::Deref;

use serde::Deserialize;

use super::quantity::{Dimension, Quantity, QuantityError, encode_inner_error, parse_quantity};

/// A case study's id: lowercase letters, digits and dashes (`api-latency`). Slides, tracks,
/// `--at` and `--slide` refer to case studies by it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Slug(String);

impl Slug {
    /// Reads an id, or says which character is not allowed.
    pub fn parse(text: &str) -> Result<Self, QuantityError> {
        let bad = text
            .chars()
            .position(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'));
        if text.is_empty() || bad.is_some() {
            return Err(QuantityError {
                offset: bad.unwrap_or(0),
                message: format!("case study id `{text}` is not a valid id"),
                hint: Some("use lowercase letters, digits and dashes, e.g. `api-latency`".into()),
            });
        }
        Ok(Self(text.to_owned()))
    }

    /// The id.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for Slug {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for Slug {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Slug {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<String> for Slug {
    fn eq(&self, other: &String) -> bool {
        &self.0 == other
    }
}

impl<'de> Deserialize<'de> for Slug {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Slug::parse(&text).map_err(|error| serde::de::Error::custom(encode_inner_error(&error)))
    }
}

/// How long a talk should take: a time (`"30 min"`, `"1 h"`, `"25-30 min"`), never a size
/// or a count.
#[derive(Clone, Debug, PartialEq)]
pub struct TalkDuration(Quantity);

impl TalkDuration {
    /// Reads a duration as written in the file or on the command line.
    pub fn parse(text: &str) -> Result<Self, QuantityError> {
        let quantity = parse_quantity(text)?;
        let seconds = quantity.midpoint_base();
        if quantity.unit.dimension != Dimension::Time {
            return Err(QuantityError {
                offset: 0,
                message: format!("`{text}` is not a time"),
                hint: Some("write it as `30 min` or `1 h`".into()),
            });
        }
        if !(seconds.is_finite() && seconds > 0.0) {
            return Err(QuantityError {
                offset: 0,
                message: format!("`{text}` is not a positive time"),
                hint: Some("write it as `30 min` or `1 h`".into()),
            });
        }
        Ok(Self(quantity))
    }

    /// The target: a range's midpoint.
    pub fn as_duration(&self) -> std::time::Duration {
        std::time::Duration::from_secs_f64(self.0.midpoint_base())
    }

    /// As written.
    pub fn source(&self) -> &str {
        &self.0.source
    }
}

impl<'de> Deserialize<'de> for TalkDuration {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        TalkDuration::parse(&text)
            .map_err(|error| serde::de::Error::custom(encode_inner_error(&error)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_lowercase_letters_digits_and_dashes() {
        assert_eq!(
            Slug::parse("api-latency-2").map(|s| s.to_string()),
            Ok("api-latency-2".into())
        );
        let error = Slug::parse("API latency").expect_err("refused");
        assert_eq!(error.offset, 0);
        assert_eq!(Slug::parse("api latency").expect_err("refused").offset, 3);
        assert!(Slug::parse("").is_err());
    }

    #[test]
    fn durations_are_positive_times() {
        let talk = TalkDuration::parse("25-35 min").expect("a time");
        assert_eq!(talk.as_duration().as_secs(), 30 * 60);
        assert!(
            TalkDuration::parse("3 GB")
                .expect_err("a size")
                .message
                .contains("not a time")
        );
        assert!(TalkDuration::parse("0 s").is_err());
        assert!(TalkDuration::parse("soon").is_err());
    }
}
