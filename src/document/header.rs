//! The top of every output: who the person is, decided once. The app's document, the PDF,
//! the title slide, the web page and search all ask [`header`], so a fallback or a badge
//! cannot read one way in one output and another way in the next.

use super::initials;
use super::words;
use crate::model::{Link, Portfolio};

/// What the header shows, in the order it shows it.
#[derive(Clone, Debug)]
pub struct Header<'a> {
    /// The name, or the headline when no name is given.
    pub name: &'a str,
    /// The headline under the name; `None` when the headline already stands as the name.
    pub headline: Option<&'a str>,
    /// The one-sentence pitch: the person's tagline, else the page's description.
    pub tagline: Option<&'a str>,
    /// "Based in Dubai".
    pub place: Option<String>,
    /// The badge when the person says they are open to work ("● Open to opportunities"):
    /// short, so it reads at a glance; their own sentence is the Contact section's.
    pub availability: Option<String>,
    /// The person's links that folio opens, in their order. A link it refuses
    /// (`javascript:`, `file:`) is shown nowhere: as text it would invite the reader to type
    /// it in (`folio check` warns about it).
    pub links: Vec<&'a Link>,
    /// The photo's path relative to the portfolio, when there is one.
    pub photo: Option<&'a str>,
    /// The letters drawn in place of a photo; none without a name, since the first letters
    /// of a headline ("Distributed Systems": "DS") read as somebody's initials.
    pub initials: Option<String>,
}

/// The header of `portfolio`.
pub fn header(portfolio: &Portfolio) -> Header<'_> {
    let person = &portfolio.person;
    let name = portfolio.display_name();
    Header {
        name,
        headline: person.name.is_some().then_some(person.headline.as_str()),
        tagline: person
            .tagline
            .as_deref()
            .or(portfolio.meta.description.as_deref())
            .filter(|t| !t.trim().is_empty()),
        place: person.location.as_deref().map(words::based_in),
        availability: portfolio
            .contact
            .as_ref()
            .is_some_and(|c| c.availability.is_some())
            .then(|| words::availability(words::OPEN_TO_OPPORTUNITIES)),
        links: person
            .links
            .iter()
            .filter(|link| link.url.openable().is_some())
            .collect(),
        photo: person.photo.as_deref(),
        initials: person.name.as_deref().map(initials),
    }
}

impl Header<'_> {
    /// Every text the header shows, in order: what search looks through and what each
    /// output must show alike.
    pub fn texts(&self) -> Vec<String> {
        let mut texts = vec![self.name.to_owned()];
        texts.extend(self.headline.map(str::to_owned));
        texts.extend(self.tagline.map(str::to_owned));
        texts.extend(self.place.clone());
        texts.extend(self.availability.clone());
        texts.extend(self.links.iter().map(|link| link.label.clone()));
        texts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn portfolio(text: &str) -> Portfolio {
        crate::load::load_str(text, "p.ron", None)
            .expect("loads")
            .portfolio
    }

    #[test]
    fn the_page_description_stands_in_for_a_missing_tagline() {
        let p = portfolio(
            r#"(person: (name: "Ana", headline: "Engineer"), meta: (description: "Builds things"))"#,
        );
        assert_eq!(header(&p).tagline, Some("Builds things"));
        assert_eq!(header(&p).headline, Some("Engineer"));
        let p = portfolio(r#"(person: (headline: "Engineer", tagline: "Own words"))"#);
        let h = header(&p);
        assert_eq!(
            (h.name, h.headline, h.tagline),
            ("Engineer", None, Some("Own words"))
        );
    }

    #[test]
    fn availability_is_one_badge_whatever_the_sentence() {
        let p = portfolio(
            r#"(person: (headline: "E"), contact: (availability: "Open to staff roles, remote."))"#,
        );
        assert_eq!(
            header(&p).availability.as_deref(),
            Some("● Open to opportunities")
        );
        assert!(
            header(&portfolio(r#"(person: (headline: "E"))"#))
                .availability
                .is_none()
        );
    }
}
