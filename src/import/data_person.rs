//! Who a data file is about, read by meaning from its top level or one map down (`person:`,
//! `personal:`, `info:`, `contact:`): name (text, or first and last), headline, e-mail,
//! telephone, place, website and a summary. What is read here is no longer listed as not
//! imported.

use serde_json::{Map, Value};

use super::data_fields::{field, norm, text};
use super::draft::Draft;

const NAME: &[&str] = &["name", "fullname", "displayname"];
const HEADLINE: &[&str] = &["headline", "label", "jobtitle", "tagline", "position"];
const EMAIL: &[&str] = &["email", "mail", "emailaddress"];
const PHONE: &[&str] = &["phone", "telephone", "mobile", "tel"];
const PLACE: &[&str] = &["location", "city", "address"];
const SITE: &[&str] = &["website", "url", "homepage", "site"];
const SUMMARY: &[&str] = &["summary", "about", "bio", "profile", "objective"];
/// Maps that hold the person's details.
const HOLDERS: &[&str] = &[
    "person",
    "personal",
    "personalinfo",
    "info",
    "contact",
    "about",
];

/// Fills what `draft` lacks of the person from `value`.
pub fn into(value: &Value, draft: &mut Draft) {
    let Some(root) = value.as_object() else {
        return;
    };
    let mut read: Vec<String> = Vec::new();
    let mut maps: Vec<(String, &Map<String, Value>)> = vec![(String::new(), root)];
    for (key, inner) in root {
        if HOLDERS.contains(&norm(key).as_str())
            && let Some(map) = inner.as_object()
        {
            maps.push((format!("{key}."), map));
        }
    }
    for (prefix, map) in maps {
        let mut take = |keys: &[&str], slot: &mut Option<String>| {
            if slot.is_none()
                && let Some((key, value)) = field(map, keys)
                && let Some(found) = person_text(value)
            {
                *slot = Some(found);
                read.push(format!("{prefix}{key}"));
            }
        };
        take(NAME, &mut draft.name);
        take(HEADLINE, &mut draft.headline);
        take(EMAIL, &mut draft.email);
        take(PHONE, &mut draft.phone);
        take(PLACE, &mut draft.location);
        let mut site = None;
        take(SITE, &mut site);
        if let Some(site) = site.filter(|s| s.contains('.') && !s.contains(' ')) {
            let url = if site.starts_with("http") {
                site
            } else {
                format!("https://{site}")
            };
            draft.links.push(("Website".to_owned(), url));
        }
        let mut summary = None;
        if draft.summary.is_empty() {
            take(SUMMARY, &mut summary);
        }
        if let Some(summary) = summary {
            draft.summary = vec![summary];
        }
    }
    draft.unplaced.retain(|(place, _)| {
        !read
            .iter()
            .any(|r| place == r || place.starts_with(&format!("{r}.")))
    });
}

/// A person's detail as text: a name in parts ({first, last}) joined.
fn person_text(value: &Value) -> Option<String> {
    if let Some(map) = value.as_object()
        && let Some(first) = field(map, &["first", "firstname", "given"]).and_then(|(_, v)| text(v))
    {
        let last =
            field(map, &["last", "lastname", "family", "surname"]).and_then(|(_, v)| text(v));
        return Some(match last {
            Some(last) => format!("{first} {last}"),
            None => first,
        });
    }
    // A map of parts (`location: {city, code}`) is left to the reader that knows it.
    value.as_str().and_then(|_| text(value))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_person_from_the_top_or_one_map_down() {
        let value = serde_json::json!({
            "name": {"first": "Ada", "last": "Example"},
            "title": {"en": "Developer"},
            "email": "ada@example.org",
            "personal": {"phone": "+1 555 0100", "website": "ada.example.org"},
            "about": "Builds things."
        });
        let mut draft = super::Draft::default();
        draft
            .unplaced
            .push(("name.first".to_owned(), "Ada".to_owned()));
        draft
            .unplaced
            .push(("title.en".to_owned(), "Developer".to_owned()));
        super::into(&value, &mut draft);
        assert_eq!(draft.name.as_deref(), Some("Ada Example"));
        assert_eq!(draft.email.as_deref(), Some("ada@example.org"));
        assert_eq!(draft.phone.as_deref(), Some("+1 555 0100"));
        assert_eq!(draft.summary, vec!["Builds things.".to_owned()]);
        assert_eq!(
            draft.links.first().map(|l| l.1.as_str()),
            Some("https://ada.example.org")
        );
        assert_eq!(draft.unplaced.len(), 1, "{:?}", draft.unplaced);
    }
}
