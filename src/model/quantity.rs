//! Typed quantities written as short strings: `"25"`, `"8-10 s"`, `"< 300 ms"`, `"10K+"`,
//! `"$1.2M"`, `"80%"`, `"~3×"`.
//!
//! A person writes figures the way they say them; the loader parses them once into
//! [`Quantity`] so that nothing downstream re-reads text ("parse, don't validate"). A parse
//! error carries the character offset inside the string, so the diagnostic can point a caret
//! at the exact column in `portfolio.ron`.

use std::fmt;

/// How a figure relates to its number: exactly it, about it, or a bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    /// `25`
    Exact,
    /// `~3×`, `about 5 s`
    About,
    /// `< 30 ms`, `under 300 ms`, `below 1 %`
    Below,
    /// `<= 30 ms`, `up to 2 h`
    AtMost,
    /// `> 5`, `over 5`, `above 5`
    Above,
    /// `>= 5`, `at least 5`, `10K+`
    AtLeast,
}

impl Bound {
    /// The prefix used when printing the bound back ("" for exact values).
    pub fn prefix(self) -> &'static str {
        match self {
            Bound::Exact => "",
            Bound::About => "~",
            Bound::Below => "< ",
            Bound::AtMost => "≤ ",
            Bound::Above => "> ",
            Bound::AtLeast => "≥ ",
        }
    }
}

/// What a unit measures. Two quantities compare only when their dimensions are equal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Dimension {
    /// Durations; the base unit is the second.
    Time,
    /// A share of something, `%`.
    Percent,
    /// Percentage points, `pp`: the difference of two percentages.
    Points,
    /// A plain count with no unit.
    Count,
    /// Data sizes; the base unit is the byte.
    Bytes,
    /// Money in one currency (ISO code such as `USD`); currencies never convert.
    Currency(String),
    /// A multiple, `3×`.
    Factor,
    /// Any other unit ("videos", "req/s"): compares only with the same label.
    Label(String),
}

/// A unit: its dimension, how many base units one of it is, and how it is written.
#[derive(Clone, Debug, PartialEq)]
pub struct Unit {
    /// What the unit measures.
    pub dimension: Dimension,
    /// Base units per one of this unit (1 ms = 0.001 s).
    pub scale: f64,
    /// The symbol as folio prints it (`ms`, `%`, `$`, `videos`).
    pub symbol: String,
}

impl Unit {
    fn new(dimension: Dimension, scale: f64, symbol: &str) -> Self {
        Self {
            dimension,
            scale,
            symbol: symbol.to_owned(),
        }
    }

    /// A unitless count.
    pub fn count() -> Self {
        Self::new(Dimension::Count, 1.0, "")
    }

    /// Whether the symbol goes before the number (`$5`) rather than after (`5 ms`).
    pub fn is_prefix(&self) -> bool {
        matches!(self.dimension, Dimension::Currency(_)) && self.symbol.chars().count() == 1
    }
}

/// A parsed figure: a value or a range, with a bound and a unit.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// Exact, approximate, or a bound.
    pub bound: Bound,
    /// The lower end (equal to `high` unless a range was written), in `unit`.
    pub low: f64,
    /// The upper end, in `unit`.
    pub high: f64,
    /// The unit both ends are written in.
    pub unit: Unit,
    /// The text as the person wrote it.
    pub source: String,
}

impl Quantity {
    /// Whether a range such as `8-10 s` was written.
    pub fn is_range(&self) -> bool {
        self.low != self.high
    }

    /// The midpoint in the quantity's own unit (halved first, so huge values cannot
    /// overflow).
    pub fn midpoint(&self) -> f64 {
        self.low / 2.0 + self.high / 2.0
    }

    /// The midpoint in base units (seconds, bytes, ...).
    pub fn midpoint_base(&self) -> f64 {
        self.midpoint() * self.unit.scale
    }
}

/// Why a quantity string did not parse, and where inside the string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuantityError {
    /// Character offset inside the string (0 = first character).
    pub offset: usize,
    /// What is wrong.
    pub message: String,
    /// How to write it instead.
    pub hint: Option<String>,
}

impl fmt::Display for QuantityError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for QuantityError {}

const EXAMPLES_HINT: &str =
    "write a figure such as `25`, `8-10 s`, `< 300 ms`, `80%`, `10K+` or `$1.2M`";

/// Parses a figure such as `"8-10 s"` or `"< 300 ms"`. See `docs/format.md` for the grammar.
pub fn parse_quantity(text: &str) -> Result<Quantity, QuantityError> {
    let chars: Vec<char> = text.chars().collect();
    let mut cursor = Cursor {
        chars: &chars,
        pos: 0,
    };
    cursor.skip_ws();
    if cursor.at_end() {
        return Err(QuantityError {
            offset: 0,
            message: "empty figure".into(),
            hint: Some(EXAMPLES_HINT.into()),
        });
    }
    let mut bound = cursor.bound();
    cursor.skip_ws();
    let currency_prefix = cursor.currency_prefix();
    let low = cursor.number(true)?;
    cursor.skip_ws_if_followed_by_range();
    let ranged = cursor.range_separator();
    let high = if ranged {
        cursor.skip_ws();
        if currency_prefix.is_some() {
            cursor.currency_prefix();
        }
        let start = cursor.pos;
        let high = cursor.number(false)?;
        if high < low {
            return Err(QuantityError {
                offset: start,
                message: format!(
                    "range ends below its start ({} to {})",
                    trim_number(low),
                    trim_number(high)
                ),
                hint: Some("write the smaller number first: `8-10 s`".into()),
            });
        }
        high
    } else {
        low
    };
    if cursor.eat('+') {
        if bound != Bound::Exact {
            return Err(QuantityError {
                offset: cursor.pos - 1,
                message: "a trailing `+` and a leading bound say the same thing twice".into(),
                hint: Some("write either `10K+` or `>= 10K`".into()),
            });
        }
        bound = Bound::AtLeast;
    }
    let unit_start = {
        cursor.skip_ws();
        cursor.pos
    };
    let rest: String = chars.get(unit_start..).unwrap_or(&[]).iter().collect();
    let mut rest = rest.trim_end();
    // Scale written as a word ("1.2 million players", "$1.4 million"), or `B` for billions
    // after money ("$15B"; after a plain number `B` is bytes).
    let mut scale = 1.0;
    for (word, factor) in [
        ("thousand", 1e3),
        ("million", 1e6),
        ("billion", 1e9),
        ("trillion", 1e12),
    ] {
        if let Some(after) = rest.strip_prefix(word)
            && after.chars().next().is_none_or(|c| !c.is_alphabetic())
        {
            scale = factor;
            rest = after.trim_start();
        }
    }
    if currency_prefix.is_some() && scale == 1.0 && matches!(rest, "B" | "B+" | "bn" | "bn+") {
        scale = 1e9;
        rest = rest.trim_start_matches(['B', 'b', 'n']);
    }
    if rest == "+" && bound == Bound::Exact {
        bound = Bound::AtLeast;
        rest = "";
    }
    let (low, high) = (low * scale, high * scale);
    // "2TB+" puts the plus after the unit.
    if let Some(stripped) = rest.strip_suffix('+')
        && bound == Bound::Exact
        && !stripped.is_empty()
    {
        bound = Bound::AtLeast;
        rest = stripped.trim_end();
    }
    // "200 KB-1 MB": a unit at each end; the range is in the upper end's unit.
    let unit_range = match currency_prefix {
        None if !ranged => range_with_units(rest, low, unit_start)?,
        _ => None,
    };
    let (low, high, unit) = match (unit_range, currency_prefix) {
        (Some(range), _) => range,
        (None, Some(unit)) if rest.is_empty() => (low, high, unit),
        (None, Some(_)) => {
            return Err(QuantityError {
                offset: unit_start,
                message: format!("unexpected `{rest}` after an amount of money"),
                hint: Some("write money as `$1.2M` or `1.2M USD`".into()),
            });
        }
        (None, None) => (low, high, parse_unit(rest, unit_start)?),
    };
    if !(low * unit.scale).is_finite() || !(high * unit.scale).is_finite() {
        return Err(QuantityError {
            offset: 0,
            message: "number is too large".into(),
            hint: Some("figures must fit in a 64-bit float; use a larger unit".into()),
        });
    }
    Ok(Quantity {
        bound,
        low,
        high,
        unit,
        source: text.to_owned(),
    })
}

/// The second half of a range with a unit at each end, `rest` being what followed the first
/// number ("KB-1 MB" of "200 KB-1 MB"): the range in the upper end's unit (0.2–1 MB), as
/// people write it when the ends need different units. `None` when `rest` is no such thing
/// (a plain unit, "sign-ups"); an error when both ends are figures that cannot make a range.
fn range_with_units(
    rest: &str,
    low: f64,
    offset: usize,
) -> Result<Option<(f64, f64, Unit)>, QuantityError> {
    let separator = rest
        .char_indices()
        .find(|(_, c)| matches!(c, '-' | '–' | '—'))
        .map(|(at, c)| (at, at + c.len_utf8()))
        .or_else(|| rest.find(" to ").map(|at| (at, at + " to ".len())));
    let Some((end_of_unit, start_of_high)) = separator else {
        return Ok(None);
    };
    let (Some(first), Some(second)) = (rest.get(..end_of_unit), rest.get(start_of_high..)) else {
        return Ok(None);
    };
    let first = first.trim();
    let Ok(low_unit) = parse_unit(first, offset) else {
        return Ok(None);
    };
    let Ok(upper) = parse_quantity(second) else {
        return Ok(None);
    };
    if first.is_empty() || upper.is_range() || upper.bound != Bound::Exact {
        return Ok(None);
    }
    let high_offset = offset
        + rest.get(..start_of_high).map_or(0, |s| s.chars().count())
        + (second.chars().count() - second.trim_start().chars().count());
    if low_unit.dimension != upper.unit.dimension {
        // "200 KB-1 MB per page": a unit with words after it is read whole as a label.
        let words_after = upper.unit.symbol.split_once(' ').filter(|(unit, _)| {
            parse_unit(unit, 0).is_ok_and(|u| u.dimension == low_unit.dimension)
        });
        let hint = match words_after {
            Some((unit, words)) => format!(
                "`{words}` is read as part of the unit: write the figure alone (`… {unit}`) and put `{words}` in the label"
            ),
            None => "write both ends in units of one kind: `200 KB-1 MB`, `500 ms-2 s`".to_owned(),
        };
        return Err(QuantityError {
            offset: high_offset,
            message: format!(
                "a range's ends must convert into each other, and `{}` and `{}` do not",
                low_unit.symbol, upper.unit.symbol
            ),
            hint: Some(hint),
        });
    }
    let low = low * low_unit.scale / upper.unit.scale;
    if upper.low < low {
        return Err(QuantityError {
            offset: high_offset,
            message: format!(
                "range ends below its start ({} {} to {})",
                trim_number(low),
                upper.unit.symbol,
                upper.source.trim()
            ),
            hint: Some("write the smaller figure first: `200 KB-1 MB`".into()),
        });
    }
    Ok(Some((low, upper.low, upper.unit)))
}

fn trim_number(value: f64) -> String {
    let text = format!("{value:.6}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    text.to_owned()
}

struct Cursor<'a> {
    chars: &'a [char],
    pos: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.pos + ahead).copied()
    }

    fn at_end(&self) -> bool {
        self.pos >= self.chars.len()
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn skip_ws(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.pos += 1;
        }
    }

    /// Skips white space only when a range separator follows, so `8 - 10 s` reads as a range
    /// while `5 s` keeps its unit.
    fn skip_ws_if_followed_by_range(&mut self) {
        let saved = self.pos;
        self.skip_ws();
        let is_range = matches!(self.peek(), Some('-' | '–' | '—'))
            || (self.starts_with_word("to") && saved != self.pos);
        if !is_range {
            self.pos = saved;
        }
    }

    fn starts_with_word(&self, word: &str) -> bool {
        let mut ahead = 0;
        for expected in word.chars() {
            match self.peek_at(ahead) {
                Some(c) if c.eq_ignore_ascii_case(&expected) => ahead += 1,
                _ => return false,
            }
        }
        !self.peek_at(ahead).is_some_and(char::is_alphanumeric)
    }

    fn eat_word(&mut self, word: &str) -> bool {
        if self.starts_with_word(word) {
            self.pos += word.chars().count();
            true
        } else {
            false
        }
    }

    fn bound(&mut self) -> Bound {
        let symbols: [(&str, Bound); 7] = [
            ("<=", Bound::AtMost),
            (">=", Bound::AtLeast),
            ("≤", Bound::AtMost),
            ("≥", Bound::AtLeast),
            ("<", Bound::Below),
            (">", Bound::Above),
            ("~", Bound::About),
        ];
        for (symbol, bound) in symbols {
            if self.starts_with_symbol(symbol) {
                self.pos += symbol.chars().count();
                return bound;
            }
        }
        let words: [(&str, Bound); 9] = [
            ("under", Bound::Below),
            ("below", Bound::Below),
            ("less than", Bound::Below),
            ("up to", Bound::AtMost),
            ("at most", Bound::AtMost),
            ("over", Bound::Above),
            ("above", Bound::Above),
            ("at least", Bound::AtLeast),
            ("about", Bound::About),
        ];
        for (word, bound) in words {
            if self.eat_word(word) {
                return bound;
            }
        }
        if self.eat_word("approx.") || self.eat_word("approx") || self.eat_word("around") {
            return Bound::About;
        }
        Bound::Exact
    }

    fn starts_with_symbol(&self, symbol: &str) -> bool {
        symbol
            .chars()
            .enumerate()
            .all(|(i, c)| self.peek_at(i) == Some(c))
    }

    fn currency_prefix(&mut self) -> Option<Unit> {
        let (code, symbol) = match self.peek()? {
            '$' => ("USD", "$"),
            '€' => ("EUR", "€"),
            '£' => ("GBP", "£"),
            '¥' => ("JPY", "¥"),
            _ => return None,
        };
        self.pos += 1;
        self.skip_ws();
        Some(Unit::new(Dimension::Currency(code.into()), 1.0, symbol))
    }

    fn range_separator(&mut self) -> bool {
        if matches!(self.peek(), Some('-' | '–' | '—')) {
            self.pos += 1;
            return true;
        }
        self.eat_word("to")
    }

    /// A number with optional sign (only where `signed`), thousands separators, decimals and
    /// a magnitude suffix (`K`, `M`, `bn`).
    fn number(&mut self, signed: bool) -> Result<f64, QuantityError> {
        let start = self.pos;
        let mut negative = false;
        if signed {
            match self.peek() {
                Some('-' | '−') => {
                    negative = true;
                    self.pos += 1;
                }
                Some('+') => self.pos += 1,
                _ => {}
            }
        }
        let digits_start = self.pos;
        let mut digits = String::new();
        let mut seen_point = false;
        while let Some(c) = self.peek() {
            if c.is_ascii_digit() {
                digits.push(c);
            } else if c == '.' && !seen_point && self.peek_at(1).is_some_and(|n| n.is_ascii_digit())
            {
                seen_point = true;
                digits.push('.');
            } else if c == ','
                && !seen_point
                && !digits.is_empty()
                && (1..=3).all(|i| self.peek_at(i).is_some_and(|n| n.is_ascii_digit()))
                && !self.peek_at(4).is_some_and(|n| n.is_ascii_digit())
            {
                // A thousands separator: exactly three digits follow.
            } else if c == '_' && !digits.is_empty() {
                // 17_600, as in Rust.
            } else {
                break;
            }
            self.pos += 1;
        }
        if digits.is_empty() {
            let found = self
                .peek()
                .map_or_else(|| "the end of the text".to_owned(), |c| format!("`{c}`"));
            return Err(QuantityError {
                offset: digits_start.max(start),
                message: format!("expected a number, found {found}"),
                hint: Some(EXAMPLES_HINT.into()),
            });
        }
        // The digits were checked above; Rust's parse error adds nothing a person could act on.
        let mut value: f64 = digits.parse().map_err(|_unreadable| QuantityError {
            offset: digits_start,
            message: format!("`{digits}` is not a number"),
            hint: Some(EXAMPLES_HINT.into()),
        })?;
        value *= self.magnitude_suffix();
        if !value.is_finite() {
            return Err(QuantityError {
                offset: digits_start,
                message: "number is too large".into(),
                hint: Some("figures must fit in a 64-bit float; use a larger unit".into()),
            });
        }
        Ok(if negative { -value } else { value })
    }

    fn magnitude_suffix(&mut self) -> f64 {
        let next_is_letter = |ahead: usize| self.peek_at(ahead).is_some_and(char::is_alphabetic);
        match self.peek() {
            Some('K' | 'k') if !next_is_letter(1) => {
                self.pos += 1;
                1e3
            }
            Some('M') if !next_is_letter(1) => {
                self.pos += 1;
                1e6
            }
            Some('b') if self.peek_at(1) == Some('n') && !next_is_letter(2) => {
                self.pos += 2;
                1e9
            }
            _ => 1.0,
        }
    }
}

fn parse_unit(text: &str, offset: usize) -> Result<Unit, QuantityError> {
    use Dimension::{Bytes, Factor, Percent, Points, Time};
    let unit = |dimension, scale, symbol| Ok(Unit::new(dimension, scale, symbol));
    match text {
        "" => Ok(Unit::count()),
        "ns" | "nanosecond" | "nanoseconds" => unit(Time, 1e-9, "ns"),
        "µs" | "μs" | "us" | "microsecond" | "microseconds" => unit(Time, 1e-6, "µs"),
        "ms" | "msec" | "msecs" | "millisecond" | "milliseconds" => unit(Time, 1e-3, "ms"),
        "s" | "sec" | "secs" | "second" | "seconds" => unit(Time, 1.0, "s"),
        "min" | "mins" | "minute" | "minutes" => unit(Time, 60.0, "min"),
        "h" | "hr" | "hrs" | "hour" | "hours" => unit(Time, 3600.0, "h"),
        "d" | "day" | "days" => unit(Time, 86_400.0, "days"),
        "wk" | "wks" | "week" | "weeks" => unit(Time, 7.0 * 86_400.0, "weeks"),
        "mo" | "month" | "months" => unit(Time, 30.44 * 86_400.0, "months"),
        "yr" | "yrs" | "year" | "years" => unit(Time, 365.25 * 86_400.0, "years"),
        "%" | "percent" | "per cent" => unit(Percent, 1.0, "%"),
        "pp" | "pts" | "percentage points" => unit(Points, 1.0, "pp"),
        "B" | "byte" | "bytes" => unit(Bytes, 1.0, "B"),
        // Lower case ("500kb", "2 gb") is how résumés write bytes; strictly `kb` is
        // kilobits, but a résumé that means bits writes `Mbps`. See `docs/format.md`.
        "KB" | "kB" | "kb" | "kilobyte" | "kilobytes" => unit(Bytes, 1e3, "KB"),
        "MB" | "mb" | "megabyte" | "megabytes" => unit(Bytes, 1e6, "MB"),
        "GB" | "gb" | "gigabyte" | "gigabytes" => unit(Bytes, 1e9, "GB"),
        "TB" | "tb" | "terabyte" | "terabytes" => unit(Bytes, 1e12, "TB"),
        // A capital and a small b is the spelling of bits ("100 Mb/s"), which folio has no
        // unit for; reading it as bytes would be off by eight.
        "Kb" | "Mb" | "Gb" | "Tb" => Err(QuantityError {
            offset,
            message: format!("`{text}` is ambiguous: bits or bytes"),
            hint: Some(format!(
                "write `{}` for bytes, or the figure in words if you mean bits",
                text.to_uppercase()
            )),
        }),
        "PB" => unit(Bytes, 1e15, "PB"),
        "KiB" => unit(Bytes, 1024.0, "KiB"),
        "MiB" => unit(Bytes, 1024.0 * 1024.0, "MiB"),
        "GiB" => unit(Bytes, 1024.0 * 1024.0 * 1024.0, "GiB"),
        "TiB" => unit(Bytes, 1024.0_f64.powi(4), "TiB"),
        "×" | "x" | "X" => unit(Factor, 1.0, "×"),
        "m" => Err(QuantityError {
            offset,
            message: "`m` is ambiguous".into(),
            hint: Some("write `min` for minutes or `M` (no space) for millions".into()),
        }),
        code if is_currency_code(code) => unit(Dimension::Currency(code.into()), 1.0, code),
        label => {
            let first = label.chars().next().unwrap_or(' ');
            if first.is_alphabetic() || first == '/' {
                Ok(Unit::new(
                    Dimension::Label(label.to_lowercase()),
                    1.0,
                    label,
                ))
            } else {
                // The usual slips: a decimal comma ("1,2 s") and words after a percentage
                // ("85% faster", where a claim is the figure alone).
                let rest: String = label.chars().skip(1).collect();
                let decimal_comma = first == ','
                    && rest.chars().take_while(char::is_ascii_digit).count() < 3
                    && rest.starts_with(|c: char| c.is_ascii_digit());
                let hint = if decimal_comma {
                    "write decimals with a point, `1.2 s` (a comma separates thousands: `17,600`)"
                        .to_owned()
                } else if first == '%' {
                    "a percentage is the figure alone: `85%`; the words go in the label".to_owned()
                } else {
                    "a unit is a word (`ms`, `GB`, `videos`); a range is written `8-10 s`"
                        .to_owned()
                };
                Err(QuantityError {
                    offset,
                    message: format!("unexpected `{first}` after the number"),
                    hint: Some(hint),
                })
            }
        }
    }
}

fn is_currency_code(code: &str) -> bool {
    const CODES: [&str; 12] = [
        "USD", "EUR", "GBP", "AED", "PKR", "INR", "JPY", "CNY", "CAD", "AUD", "CHF", "SAR",
    ];
    CODES.contains(&code)
}

impl<'de> serde::Deserialize<'de> for Quantity {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        parse_quantity(&text).map_err(|error| serde::de::Error::custom(encode_inner_error(&error)))
    }
}

/// Marks a message as coming from inside a string literal, with the character offset, so the
/// loader can move the caret from the string to the exact column. Serde's error type only
/// carries a message, so the offset travels inside it.
pub(crate) const INNER_ERROR_MARK: char = '\u{1}';

/// Encodes an error found inside a string literal for [`decode_inner_error`].
pub(crate) fn encode_inner_error(error: &QuantityError) -> String {
    let hint = error.hint.as_deref().unwrap_or("");
    format!(
        "{INNER_ERROR_MARK}{}{INNER_ERROR_MARK}{}{INNER_ERROR_MARK}{hint}",
        error.offset, error.message
    )
}

/// Splits a message made by [`encode_inner_error`] back into offset, message and hint.
pub(crate) fn decode_inner_error(message: &str) -> Option<(usize, String, Option<String>)> {
    let rest = message.strip_prefix(INNER_ERROR_MARK)?;
    let mut parts = rest.splitn(3, INNER_ERROR_MARK);
    let offset = parts.next()?.parse().ok()?;
    let text = parts.next()?.to_owned();
    let hint = parts.next().filter(|h| !h.is_empty()).map(str::to_owned);
    Some((offset, text, hint))
}

#[cfg(test)]
#[path = "quantity_tests.rs"]
mod tests;
