//! Typed dates: a year or a year and month (`"2025-01"`, `"January 2025"`, `"2021"`), the
//! open end `"present"`, and academic terms (`"Spring 2025"`, `"Fall'23"`).

use std::fmt;

use super::quantity::{QuantityError, encode_inner_error};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A year, optionally with a month. Orders chronologically; a bare year sorts before its
/// months.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    /// The calendar year.
    pub year: i32,
    /// 1–12, or `None` when only the year is known.
    pub month: Option<u8>,
}

impl YearMonth {
    /// This month on the local clock: what a position held "to the present" runs to. Read
    /// once by whoever builds a document or a talk and passed down, so the layout and the
    /// checks below stay functions of their inputs.
    pub fn this_month() -> Self {
        use chrono::Datelike as _;
        let now = chrono::Local::now();
        YearMonth {
            year: now.year(),
            month: u8::try_from(now.month()).ok(),
        }
    }

    /// The month's English name, if a month is set.
    pub fn month_name(&self) -> Option<&'static str> {
        let index = usize::from(self.month?).checked_sub(1)?;
        MONTHS.get(index).copied()
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.month_name() {
            Some(name) => write!(f, "{} {}", name.get(..3).unwrap_or(name), self.year),
            None => write!(f, "{}", self.year),
        }
    }
}

/// Parses `"2025-01"`, `"2025"`, `"January 2025"` or `"Jan 2025"`.
pub fn parse_year_month(text: &str) -> Result<YearMonth, QuantityError> {
    let trimmed = text.trim();
    let error = |message: String| QuantityError {
        offset: 0,
        message,
        hint: Some("write a date as `2025-01`, `January 2025` or `2025`".into()),
    };
    if let Some((year, month)) = trimmed.split_once('-') {
        let year = parse_year(year).ok_or_else(|| error(format!("`{year}` is not a year")))?;
        let month: u8 = month
            .parse()
            .ok()
            .filter(|m| (1..=12).contains(m))
            .ok_or_else(|| error(format!("`{month}` is not a month (01-12)")))?;
        return Ok(YearMonth {
            year,
            month: Some(month),
        });
    }
    if let Some((month, year)) = trimmed.split_once(' ') {
        let month =
            month_number(month).ok_or_else(|| error(format!("`{month}` is not a month")))?;
        let year = parse_year(year.trim())
            .ok_or_else(|| error(format!("`{}` is not a year", year.trim())))?;
        return Ok(YearMonth {
            year,
            month: Some(month),
        });
    }
    parse_year(trimmed)
        .map(|year| YearMonth { year, month: None })
        .ok_or_else(|| {
            // Words for "still going on": the one folio reads is `present`.
            let ongoing = ["now", "current", "currently", "ongoing", "today", "to date"];
            if ongoing.contains(&trimmed.to_lowercase().as_str()) {
                QuantityError {
                    offset: 0,
                    message: format!("`{trimmed}` is not a date"),
                    hint: Some("for a position you still hold write `end: \"present\"`".into()),
                }
            } else {
                error(format!("`{trimmed}` is not a date"))
            }
        })
}

fn parse_year(text: &str) -> Option<i32> {
    let year: i32 = text.parse().ok()?;
    (1900..=2200).contains(&year).then_some(year)
}

fn month_number(text: &str) -> Option<u8> {
    let lower = text.trim_end_matches('.').to_lowercase();
    if lower.len() < 3 {
        return None;
    }
    let index = MONTHS
        .iter()
        .position(|m| m.to_lowercase().starts_with(&lower))?;
    u8::try_from(index + 1).ok()
}

/// Where a period ends: a date, or ongoing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    /// Still going on (`"present"`).
    Present,
    /// Ended in this month or year.
    Date(YearMonth),
}

impl fmt::Display for End {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            End::Present => f.write_str("Present"),
            End::Date(date) => date.fmt(f),
        }
    }
}

/// A season of the academic year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Season {
    /// Winter term.
    Winter,
    /// Spring term.
    Spring,
    /// Summer term.
    Summer,
    /// Fall (autumn) term.
    Fall,
}

/// An academic term such as Spring 2025.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Term {
    /// The calendar year the term is in.
    pub year: i32,
    /// The season.
    pub season: Season,
}

impl fmt::Display for Term {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?} {}", self.season, self.year)
    }
}

/// Parses `"Spring 2025"`, `"Fall'23"` or `"Autumn 2023"`.
pub fn parse_term(text: &str) -> Result<Term, QuantityError> {
    let trimmed = text.trim();
    let error = |message: String| QuantityError {
        offset: 0,
        message,
        hint: Some("write a term as `Spring 2025` or `Fall'23`".into()),
    };
    let split = trimmed
        .find([' ', '\''])
        .ok_or_else(|| error(format!("`{trimmed}` is not a term")))?;
    let (season, year) = trimmed.split_at(split);
    let season = match season.to_lowercase().as_str() {
        "winter" => Season::Winter,
        "spring" => Season::Spring,
        "summer" => Season::Summer,
        "fall" | "autumn" => Season::Fall,
        other => return Err(error(format!("`{other}` is not a season"))),
    };
    let year_text = year.trim_start_matches([' ', '\'']);
    let year = match year_text.len() {
        2 => year_text.parse::<i32>().ok().map(|y| 2000 + y),
        _ => parse_year(year_text),
    }
    .ok_or_else(|| error(format!("`{year_text}` is not a year")))?;
    Ok(Term { year, season })
}

macro_rules! deserialize_from_str {
    ($ty:ty, $parse:expr) => {
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                $parse(&text).map_err(|e| serde::de::Error::custom(encode_inner_error(&e)))
            }
        }
    };
}

deserialize_from_str!(YearMonth, parse_year_month);
deserialize_from_str!(Term, parse_term);
deserialize_from_str!(End, |text: &str| {
    if text.trim().eq_ignore_ascii_case("present") {
        Ok(End::Present)
    } else {
        parse_year_month(text).map(End::Date)
    }
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_all_spellings() {
        let jan = YearMonth {
            year: 2025,
            month: Some(1),
        };
        assert_eq!(parse_year_month("2025-01"), Ok(jan));
        assert_eq!(parse_year_month("January 2025"), Ok(jan));
        assert_eq!(parse_year_month("Jan 2025"), Ok(jan));
        assert_eq!(parse_year_month("2021").map(|d| d.month), Ok(None));
        assert!(parse_year_month("2025-13").is_err());
        assert!(parse_year_month("Smarch 2025").is_err());
        assert_eq!(jan.to_string(), "Jan 2025");
    }

    #[test]
    fn terms() {
        let t = parse_term("Fall'23").unwrap();
        assert_eq!((t.season, t.year), (Season::Fall, 2023));
        assert_eq!(
            parse_term("Spring 2025").unwrap().to_string(),
            "Spring 2025"
        );
        assert!(parse_term("Midsummer 2025").is_err());
    }

    #[test]
    fn dates_order_chronologically() {
        let a = parse_year_month("2023-10").unwrap();
        let b = parse_year_month("2024-03").unwrap();
        assert!(a < b);
    }
}
