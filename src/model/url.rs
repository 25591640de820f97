//! Addresses as written, and the one check that decides whether folio may open them.

use serde::Deserialize;

/// An address as written in the file, with folio's decision, made once when the file is
/// read, whether it may be opened: only `http`, `https`, `mailto` and `tel` (never `file:`
/// or `javascript:`). The only way to an [`OpenableUrl`] is through this check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Url {
    text: String,
    openable: bool,
}

impl Url {
    /// Reads an address.
    pub fn new(text: impl Into<String>) -> Self {
        let text = text.into();
        let openable = is_openable_url(&text);
        Self { text, openable }
    }

    /// The address as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The address, if folio may open it.
    pub fn openable(&self) -> Option<OpenableUrl> {
        self.openable.then(|| OpenableUrl(self.text.clone()))
    }
}

impl<'de> Deserialize<'de> for Url {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Url::new)
    }
}

/// An address folio may hand to the system's browser or mail client.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenableUrl(String);

impl OpenableUrl {
    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Whether folio may open `url`: only `http`, `https`, `mailto` and `tel` links with something
/// after the scheme (a host, an address, a number). Everything else (`file:`,
/// `javascript:`, custom schemes) is refused.
fn is_openable_url(text: &str) -> bool {
    // Parsed as a browser parses it (WHATWG URL), so what folio calls a web address is one.
    let Ok(url) = url::Url::parse(text.trim()) else {
        return false;
    };
    match url.scheme() {
        "http" | "https" => url.host_str().is_some_and(|host| !host.is_empty()),
        "mailto" => url.path().contains('@'),
        "tel" => is_phone_number(url.path()),
        _ => false,
    }
}

/// Whether `text` reads as a telephone number: digits (at least five), with the spaces,
/// dashes, dots, brackets and leading `+` people write between them.
pub fn is_phone_number(text: &str) -> bool {
    let text = text.trim();
    let digits = text.chars().filter(char::is_ascii_digit).count();
    digits >= 5
        && text
            .chars()
            .enumerate()
            .all(|(i, c)| c.is_ascii_digit() || " -.()/".contains(c) || (c == '+' && i == 0))
}

/// The `tel:` address of a phone number as written: its `+` and digits.
pub fn tel_url(phone: &str) -> Url {
    let dialled: String = phone
        .trim()
        .chars()
        .enumerate()
        .filter(|(i, c)| c.is_ascii_digit() || (*c == '+' && *i == 0))
        .map(|(_, c)| c)
        .collect();
    Url::new(format!("tel:{dialled}"))
}

#[cfg(test)]
mod url_tests {
    use super::is_openable_url;

    #[test]
    fn only_web_and_mail_links_open() {
        assert!(is_openable_url("https://github.com/x"));
        assert!(is_openable_url("HTTP://example.com"));
        assert!(is_openable_url("mailto:me@example.com"));
        assert!(is_openable_url("tel:+442079460958"));
        assert!(!is_openable_url("tel:call-me"));
        assert_eq!(
            super::tel_url("+44 (20) 7946-0958").as_str(),
            "tel:+442079460958"
        );
        assert!(super::is_phone_number("+971 50 123 4567"));
        assert!(!super::is_phone_number("ask me"));
        for bad in [
            "file:///etc/passwd",
            "javascript:alert(1)",
            "github.com/x",
            "https://",
            "ssh://x",
            "mailto:nobody",
        ] {
            assert!(!is_openable_url(bad), "{bad}");
        }
    }
}
