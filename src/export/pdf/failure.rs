//! Why the PDF writer could not finish, in words a person can act on. krilla's own errors
//! name its internals (tag ids, validator variants); a user exporting their portfolio needs
//! to know what in their file caused it and what to change.

use krilla::configure::{ConfigurationError, ValidationError};
use krilla::error::KrillaError;

/// A PDF that could not be written, said in words.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct PdfFailure(String);

/// What to do about a fault of folio's own rather than of the portfolio.
const REPORT: &str = "this is a fault in folio, not in your portfolio: please report it with the file, \
     and export the web page (-o OUT.html) meanwhile";

impl PdfFailure {
    /// The page size asked for is not one a PDF can have.
    pub fn page_size(width: f32, height: f32) -> Self {
        Self(format!(
            "a page of {width} × {height} points is not a size a PDF can have; {REPORT}"
        ))
    }
}

impl From<ConfigurationError> for PdfFailure {
    fn from(_: ConfigurationError) -> Self {
        Self(format!(
            "folio asked for PDF settings that cannot go together; {REPORT}"
        ))
    }
}

impl From<KrillaError> for PdfFailure {
    fn from(error: KrillaError) -> Self {
        Self(match error {
            KrillaError::Font(_, reason) => format!(
                "a font could not be embedded ({reason}); the font file may be damaged: \
                 reinstall it, or write the text that uses it in another script"
            ),
            KrillaError::Validation(problems) => {
                let mut said: Vec<&str> = problems
                    .iter()
                    .map(|(problem, _)| accessibility_problem(problem))
                    .collect();
                said.dedup();
                format!(
                    "the PDF would not meet PDF/UA-1, the accessibility standard folio writes: {}",
                    said.join("; ")
                )
            }
            KrillaError::Limit(_) => "the portfolio holds more than a PDF can: a number, list \
                or page beyond the format's limits; shorten the longest lists or split the file"
                .to_owned(),
            KrillaError::Image(_, _, reason) => format!(
                "an image could not be embedded ({reason}); open it in an image editor and save \
                 it again as PNG or JPEG"
            ),
            KrillaError::SixteenBitImage(..) => "an image has 16 bits per channel, which this \
                PDF version cannot hold; save it as an 8-bit PNG or as a JPEG"
                .to_owned(),
            KrillaError::DuplicateNamedDestination(_)
            | KrillaError::DuplicateTagId(..)
            | KrillaError::UnknownTagId(..) => {
                format!("folio built a document structure it could not finish; {REPORT}")
            }
        })
    }
}

/// One rule of PDF/UA-1 that the file would break, as the portfolio's author can fix it.
fn accessibility_problem(problem: &ValidationError) -> &'static str {
    match problem {
        ValidationError::TooLongString => {
            "a text longer than 32,767 characters (a title, a keyword list): shorten it"
        }
        ValidationError::MissingAltText(_) | ValidationError::MissingAnnotationAltText(_) => {
            "an image or link without a description: give each image an `alt` text"
        }
        ValidationError::NoCodepointMapping(..)
        | ValidationError::InvalidCodepointMapping(..)
        | ValidationError::UnicodePrivateArea(..)
        | ValidationError::ContainsNotDefGlyph(..) => {
            "characters that no installed font can draw or that copy out as nothing \
             (`folio check` lists them): install a font for them or write them differently"
        }
        ValidationError::NoDocumentTitle => "no title: give the portfolio a `name` or `headline`",
        ValidationError::NoDocumentLanguage => {
            "no language: set `meta: (language: \"en\")` to the language the portfolio is in"
        }
        _ => "a rule folio should have kept itself (report it, please)",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_writer_failure_is_said_in_words_with_what_to_do() {
        let failure = PdfFailure::from(KrillaError::Validation(vec![(
            ValidationError::TooLongString,
            krilla::configure::Validators::default(),
        )]));
        let said = failure.to_string();
        assert!(
            said.contains("PDF/UA-1") && said.contains("shorten it"),
            "{said}"
        );
        assert!(!said.contains("TooLongString"), "no Debug names: {said}");
        let failure = PdfFailure::from(KrillaError::Limit(krilla::error::LimitError::TooLongArray));
        assert!(!failure.to_string().contains("TooLongArray"), "{failure}");
    }
}
