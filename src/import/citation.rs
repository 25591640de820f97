//! A publication as a CV page lists it, one line: "Title. *Venue*, 2015." (academicpages),
//! `A. Author. "Title." *Venue*, 2020.`, "Author (2020). Title. *Venue*." (APA),
//! "**Title**. Authors. *Venue* 2019.", "[Title](https://…). *Venue*, 2019.". folio needs a
//! publication's venue and year; a line without both is left to be kept as a comment.

use super::draft::DraftPublication;
use super::page_text::without_links;

/// The publication a line cites, if it names its venue (in italics) and its year.
pub fn publication_from(line: &str) -> Option<DraftPublication> {
    let line = line.trim();
    let line = ["- ", "* ", "+ "]
        .iter()
        .find_map(|marker| line.strip_prefix(marker))
        .unwrap_or(line)
        .trim();
    let (plain, link) = without_links(line);
    let year = last_year(&plain)?;
    let venue = italic(&plain).or_else(|| venue_after_title(&plain))?;
    let title = quoted(&plain)
        .or_else(|| bold(line))
        .or_else(|| link_label(line))
        .or_else(|| title_before(&plain, &venue))?;
    Some(DraftPublication {
        title: Some(title),
        venue: venue.trim_end_matches([',', '.']).trim().to_owned(),
        year,
        link,
    })
}

/// The last plausible year in the line (a citation ends with it, or has it after the
/// authors).
fn last_year(text: &str) -> Option<i32> {
    let bytes = text.as_bytes();
    (0..bytes.len().saturating_sub(3))
        .rev()
        .filter(|&at| {
            bytes
                .get(at..at + 4)
                .is_some_and(|w| w.iter().all(u8::is_ascii_digit))
                && !at
                    .checked_sub(1)
                    .and_then(|b| bytes.get(b))
                    .is_some_and(u8::is_ascii_digit)
                && !bytes.get(at + 4).is_some_and(u8::is_ascii_digit)
        })
        .find_map(|at| {
            text.get(at..at + 4)
                .and_then(|y| y.parse::<i32>().ok())
                .filter(|y| (1950..=2100).contains(y))
        })
}

/// The first span in single `*` or `_` (not `**`): where it appeared.
fn italic(text: &str) -> Option<String> {
    let text = text.replace("**", "\u{1}");
    for mark in ['*', '_'] {
        let mut parts = text.split(mark);
        parts.next()?;
        if let Some(inside) = parts.next()
            && parts.next().is_some()
            && !inside.trim().is_empty()
        {
            return Some(inside.replace('\u{1}', "").trim().to_owned());
        }
    }
    None
}

/// A title in quotation marks.
fn quoted(text: &str) -> Option<String> {
    for (open, close) in [('"', '"'), ('“', '”')] {
        if let Some((_, rest)) = text.split_once(open)
            && let Some((inside, _)) = rest.split_once(close)
            && inside.split_whitespace().count() >= 2
        {
            return Some(inside.trim().trim_end_matches([',', '.']).to_owned());
        }
    }
    None
}

/// IEEE style without italics: `"Title," in Venue, Vol. 9, 2014.` → "Venue".
fn venue_after_title(text: &str) -> Option<String> {
    let (_, rest) = text.split_once(['"', '“'])?;
    let (_, after) = rest.split_once(['"', '”'])?;
    let after = after.trim_start_matches([',', '.', ' ']);
    let after = after.strip_prefix("in ").unwrap_or(after);
    let venue = after.split(',').next()?.trim().trim_end_matches('.');
    (!venue.is_empty() && last_year(venue).is_none()).then(|| venue.to_owned())
}

fn bold(text: &str) -> Option<String> {
    let (_, rest) = text.split_once("**")?;
    let (inside, _) = rest.split_once("**")?;
    let (inside, _) = without_links(inside);
    (inside.split_whitespace().count() >= 2).then(|| inside.trim().to_owned())
}

fn link_label(text: &str) -> Option<String> {
    let rest = text.strip_prefix('[')?;
    let (label, _) = rest.split_once("](")?;
    (label.split_whitespace().count() >= 2).then(|| label.trim().to_owned())
}

/// The sentence before the venue: "Title. *Venue*", "Author (2020). Title. *Venue*".
fn title_before(text: &str, venue: &str) -> Option<String> {
    let at = text.find(venue)?;
    let before = text.get(..at)?.trim_end_matches(['*', '_', ' ', '.', ',']);
    let sentence = before.rsplit(". ").next()?.trim();
    (sentence.split_whitespace().count() >= 2).then(|| sentence.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(line: &str) -> Option<(String, String, i32)> {
        publication_from(line).map(|p| (p.title.unwrap_or_default(), p.venue, p.year))
    }

    #[test]
    fn citations_as_cv_pages_write_them() {
        let expect =
            |title: &str, venue: &str, year| Some((title.to_owned(), venue.to_owned(), year));
        assert_eq!(
            read("- Paper Title Number 1. *Journal 1*, 2009."),
            expect("Paper Title Number 1", "Journal 1", 2009)
        );
        assert_eq!(
            read(r#"A. Okafor, M. Lind. "Cost-aware compaction of table formats." *VLDB*, 2021."#),
            expect("Cost-aware compaction of table formats", "VLDB", 2021)
        );
        assert_eq!(
            read(
                "Okafor, A. (2020). Learning to schedule builds. *Proceedings of ICSE*, 12(3), 45-60."
            ),
            expect("Learning to schedule builds", "Proceedings of ICSE", 2020)
        );
        assert_eq!(
            read("**Fast joins on small machines**. A. Okafor and B. Lind. *SIGMOD* 2019."),
            expect("Fast joins on small machines", "SIGMOD", 2019)
        );
        assert_eq!(
            read("[Edge caching for video](https://example.org/paper). *IMC*, 2018."),
            expect("Edge caching for video", "IMC", 2018)
        );
        assert_eq!(
            read(
                r#"A. Bokov et al., "Automatic detection of artifacts in converted S3D video," in Stereoscopic Displays and Applications XXV, Vol. 9011, 2014."#
            ),
            expect(
                "Automatic detection of artifacts in converted S3D video",
                "Stereoscopic Displays and Applications XXV",
                2014
            )
        );
        // No venue or no year: not a publication folio can hold, kept as a comment instead.
        assert_eq!(read("A talk about Rust at a meetup, 2019."), None);
        assert_eq!(read("Paper Title. *Journal*."), None);
    }
}
