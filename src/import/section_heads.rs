//! Section headings and the shape of header lines, for the entry reader ([`super::entries`])
//! and the education reader: which heading opens a job history or any other section, by its
//! words in the languages résumés are written in; whether a line could head an entry.

use super::blocks::{Block, Kind};
use super::cues::{ends_sentence, org_like};
use super::dates;
use super::section_words::{
    NOT_A_JOB_WORDS, OTHER_WORDS, POSITION_WORDS, section_word, spelled_for,
};

/// What a section holds, by its heading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Section {
    /// Jobs, internships, research or academic appointments.
    Positions,
    /// Anything else a résumé has (education, projects, skills…).
    Other,
}

/// The section a heading opens, if its words name one.
pub(super) fn section_of(heading: &str) -> Option<Section> {
    // "COMMUNITY SERVICE / INTERESTS / HONORS / AWARDS" names several sections: each one
    // is read, a job history among them winning.
    let segments: Vec<&str> = heading
        .split(['/', '|', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if segments.len() > 1 {
        let found: Vec<Section> = segments.iter().filter_map(|s| section_of(s)).collect();
        return found
            .iter()
            .copied()
            .find(|s| *s == Section::Positions)
            .or(found.first().copied());
    }
    // Turkish "İ" lower-cases to "i" and a combining dot, which would split "İŞ DENEYİMİ".
    let lower = heading.to_lowercase().replace('\u{307}', "");
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| spelled_for(w).unwrap_or(w))
        .collect();
    if words.is_empty() || words.len() > 6 {
        return None;
    }
    // A heading names a section when it is short, or when every word is a section word or a
    // filler: "R&D Engineer, Pacific Diabetes Technologies" is an entry, not a skills section.

    let known = |w: &&str| section_word(w);
    if words.len() > 3 && !words.iter().all(known) {
        return None;
    }
    // A name with a word of its own that reads as an organisation ("Acme Technologies",
    // "Civic Digital Service") names an employer, not a section ("Technologies").
    if !words.iter().all(known) && org_like(heading) {
        return None;
    }
    let has = |list: &[&str]| words.iter().any(|w| list.contains(w));
    if has(NOT_A_JOB_WORDS) {
        return Some(Section::Other);
    }
    // "Professional", "career" and "work" qualify what follows them: "Professional Training"
    // and "Career Objective" are no job history, "Professional Experience" and "Career" are.
    const QUALIFIERS: &[&str] = &["professional", "career", "work"];
    let strong_position = words
        .iter()
        .any(|w| POSITION_WORDS.contains(w) && !QUALIFIERS.contains(w));
    if strong_position {
        return Some(Section::Positions);
    }
    if has(OTHER_WORDS) {
        return Some(Section::Other);
    }
    if has(POSITION_WORDS) {
        return Some(Section::Positions);
    }
    None
}

/// Whether a block reads as a section heading: marked as one, or a short line of its own
/// whose words name a section.
pub(super) fn heading(block: &Block) -> Option<Section> {
    let text = block.text();
    let text = text.trim().trim_end_matches(':');
    let text = without_summary(text);
    if dates::find(text).is_some() || block.parts.len() > 1 {
        return None;
    }
    let words = text.split_whitespace().count();
    // The last line of a wrapped sentence ("project management activities.") names no
    // section, whatever its words: a heading set in lower case ends no sentence. Nor does a
    // job's title closed by a full stop ("### Taking programming courses." over a dated
    // line): a section's name is a word or two.
    let sentence_tail = text.starts_with(char::is_lowercase) && ends_sentence(text);
    let titled_sentence = words >= 3 && ends_sentence(text);
    match block.kind {
        Kind::Paragraph if sentence_tail => None,
        _ if titled_sentence => None,
        Kind::Heading(_) => section_of(text),
        Kind::Paragraph if words <= 4 => section_of(text),
        // A line in capitals set as a heading is, by its look ("PROFESSIONAL AFFILIATIONS /
        // DEVELOPMENT").
        Kind::Paragraph
            if words <= 10
                && text.chars().any(char::is_alphabetic)
                && !text.chars().any(char::is_lowercase) =>
        {
            section_of(text)
        }
        // An icon before a section's name reads as a bullet ("\u{f19d} Education").
        Kind::Item(0) if words <= 2 => section_of(text),
        _ => None,
    }
}

/// A section's name without the summary in brackets after it ("ОПЫТ РАБОТЫ (8 ЛЕТ, 2017 -
/// 2025)", "Experience (2015 – present)"): only when every word before the brackets names a
/// section, since "Teaching Assistant (2019 – 2021)" is an entry.
fn without_summary(text: &str) -> &str {
    let Some(open) = text.strip_suffix(')').and_then(|inner| inner.rfind('(')) else {
        return text;
    };
    let name = text.get(..open).unwrap_or_default().trim();
    let words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if !words.is_empty() && words.len() <= 4 && words.iter().all(|w| section_word(w)) {
        name
    } else {
        text
    }
}

/// A heading's level, 1 the largest.
pub(super) fn level(block: &Block) -> Option<u8> {
    match block.kind {
        Kind::Heading(level) => Some(level),
        _ => None,
    }
}

/// Whether a line ends in a colon, as a label does ("Tätigkeiten:"): it names nothing itself.
pub(super) fn is_label(block: &Block) -> bool {
    block.text().trim_end().ends_with([':', '：'])
}

/// Whether a block could be part of an entry's header: a short line, not a list item, not a
/// sentence.
pub(super) fn header_like(block: &Block) -> bool {
    header_shape(block) && heading(block).is_none()
}

/// Whether a list item holds only a name and its place ("• Orange Wholesale | Rennes,
/// France") over a line that is no list item: the entry's first header line, as LaTeX
/// one-pagers set each entry inside a list item (the caller checks that `next` is dated).
pub(super) fn bulleted_header(block: &Block, next: Option<&Block>) -> bool {
    matches!(block.kind, Kind::Item(_))
        && matches!(block.parts.as_slice(), [name, place]
            if super::places::is_place(place)
                && !super::cues::role_like(name)
                && name.split_whitespace().count() <= 6
                && !ends_sentence(name))
        && next.is_some_and(|next| !matches!(next.kind, Kind::Item(_)))
}

/// Whether a heading has a heading's shape: it starts with a capital or a digit, ends no
/// sentence, and names no place (an employer beside its city is an entry's line).
pub(super) fn shaped_as_a_heading(block: &Block) -> bool {
    let text = block.text();
    let text = text.trim();
    !text.starts_with(char::is_lowercase)
        && !text.ends_with(['.', ','])
        && !block.parts.iter().any(|p| {
            super::places::is_place(p)
                || p.rsplit_once(',')
                    .is_some_and(|(_, place)| super::places::is_place(place))
        })
}

/// Whether a block has the shape of a header line: a short line, not a list item, not a
/// sentence.
pub(super) fn header_shape(block: &Block) -> bool {
    header_shape_within(block, 14)
}

/// [`header_shape`] with room for `words` words (a header with its place and dates beside
/// it is longer).
pub(super) fn header_shape_within(block: &Block, words: usize) -> bool {
    matches!(block.kind, Kind::Paragraph | Kind::Heading(_))
        && block.words() <= words
        && (!ends_sentence(&block.text()) || titled_with_a_period(block))
        && !reads_as_prose(&block.text())
        && !breaks_a_sentence(&block.text())
        && !unreadable(&block.text())
}

/// A short heading that starts with a capital and ends in a full stop ("### Shop manager.",
/// "### Compositing artist."): a title the writer closed with a period, not a sentence.
fn titled_with_a_period(block: &Block) -> bool {
    matches!(block.kind, Kind::Heading(_))
        && block.words() <= 6
        && block.text().trim_start().starts_with(char::is_uppercase)
}

/// Whether most of a line's letters are glyphs a PDF font maps to no character (U+FFFD,
/// as "E���������" for a heading set in a small-caps font): it names nothing a reader of
/// the text could take for a role or an organisation.
pub(super) fn unreadable(text: &str) -> bool {
    let lost = text.chars().filter(|c| *c == '\u{fffd}').count();
    lost > 0 && lost >= text.chars().filter(|c| c.is_alphanumeric()).count()
}

/// A line where one sentence ends and the next begins ("Backend development to full
/// extend. Working for Audi"): prose wrapped by hand, where a header is names ("Acme Inc.
/// Berlin", "Dept. of Physics", "St. Louis" end no sentence: their word before the period
/// is capitalised).
pub(super) fn breaks_a_sentence(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.windows(2).any(|pair| {
        let [before, after] = pair else {
            return false;
        };
        before
            .strip_suffix('.')
            .is_some_and(|word| word.chars().count() >= 3 && word.chars().all(char::is_lowercase))
            && after.starts_with(char::is_uppercase)
    })
}

/// A line of eight words or more, most of them in lower case: a sentence without its period
/// ("Maker of storage software, with expertise in backup"), where a header is names.
pub(super) fn reads_as_prose(text: &str) -> bool {
    // A role and what else the job was ("Package maintainer, member of the kernel
    // committee") is a header, however many of its words are in lower case.
    if let Some((role, _)) = text.split_once(", ")
        && role.split_whitespace().count() <= 3
        && super::cues::role_like(role)
    {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let lower = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .count();
    words.len() >= 8 && lower * 2 > words.len()
}

#[cfg(test)]
mod tests {
    use super::super::blocks::{Block, Kind};
    use super::{Section, breaks_a_sentence, header_shape, heading, section_of};

    /// Development round 20: an AsciiDoc job's wrapped paragraph ends "and some / project
    /// management activities." Its last line is no "Projects" heading closing the job history
    /// before its last five jobs; a lower-case heading still opens its section.
    #[test]
    fn the_tail_of_a_wrapped_sentence_is_no_heading() {
        let line = |text: &str| Block {
            kind: Kind::Paragraph,
            parts: vec![text.to_owned()],
            at: 1,
        };
        assert_eq!(heading(&line("project management activities.")), None);
        assert_eq!(heading(&line("projects")), Some(Section::Other));
        assert_eq!(heading(&line("experience")), Some(Section::Positions));
        // Development round 22: a job's title closed by a full stop is no "Courses" section,
        // and still a line of the job's header.
        let title = Block {
            kind: Kind::Heading(3),
            parts: vec!["Taking programming courses.".to_owned()],
            at: 1,
        };
        assert_eq!(heading(&title), None);
        assert!(header_shape(&title));
        assert!(!header_shape(&line("Taking programming courses.")));
    }

    /// A heading in a font whose glyphs map to no character (development round 21's printed
    /// page, "E���������" for "Experience") is no line of an entry's header; a name with one
    /// lost ligature still is.
    #[test]
    fn a_line_of_lost_glyphs_is_no_header_line() {
        let line = |text: &str| Block {
            kind: Kind::Heading(1),
            parts: vec![text.to_owned()],
            at: 1,
        };
        assert!(!header_shape(&line(
            "E\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}"
        )));
        assert!(header_shape(&line("Certi\u{fffd}ed Whitewater Guides")));
    }

    #[test]
    fn a_school_career_is_no_job_history() {
        assert_eq!(section_of("Werdegang"), Some(Section::Positions));
        assert_eq!(section_of("Schulischer Werdegang"), Some(Section::Other));
        // Development round 18: a Word CV's "Studies" under its "Experiences".
        assert_eq!(section_of("Studies"), Some(Section::Other));
    }

    #[test]
    fn job_histories_and_other_sections_in_more_languages() {
        for heading in [
            "Berufliche Laufbahn",
            "TYÖKOKEMUS",
            "İŞ DENEYİMİ",
            "Pracovní zkušenosti",
            "Досвід роботи",
        ] {
            assert_eq!(section_of(heading), Some(Section::Positions), "{heading}");
        }
        for heading in [
            "KOULUTUS",
            "EĞİTİM",
            "Szakmai készségek",
            "Vzdělání",
            "프로젝트",
            "소개",
        ] {
            assert_eq!(section_of(heading), Some(Section::Other), "{heading}");
        }
    }

    #[test]
    fn a_long_heading_word_mistyped_or_inflected_still_names_its_section() {
        for heading in [
            "BERUFSERFARUNG",
            "Berufserfahrungen",
            "Professionel Experience",
        ] {
            assert_eq!(section_of(heading), Some(Section::Positions), "{heading}");
        }
        // A participle and a short word one letter off are other words.
        assert_eq!(section_of("Experienced Designer"), None);
        assert_eq!(section_of("Word"), None);
    }

    #[test]
    fn a_qualifier_alone_names_no_job_history() {
        assert_eq!(section_of("Professional Training"), Some(Section::Other));
        assert_eq!(section_of("Career Objective"), Some(Section::Other));
        assert_eq!(
            section_of("Professional Experience"),
            Some(Section::Positions)
        );
        assert_eq!(section_of("Work History"), Some(Section::Positions));
        assert_eq!(section_of("Professional"), Some(Section::Positions));
    }

    #[test]
    fn a_summary_in_brackets_after_a_section_name_keeps_it_a_heading() {
        use super::super::blocks::{Block, Kind};
        let block = |text: &str| Block::new(Kind::Paragraph, text.to_owned(), 1);
        assert_eq!(
            super::heading(&block("ОПЫТ РАБОТЫ (8 ЛЕТ, 2017 - 2025)")),
            Some(Section::Positions)
        );
        assert_eq!(
            super::heading(&block("Teaching Assistant (2019 - 2021)")),
            None
        );
    }

    #[test]
    fn a_sentence_break_inside_a_line_is_prose_not_a_header() {
        assert!(breaks_a_sentence(
            "Backend development to full extend. Working for Audi, Porsche and VW. Utilizing"
        ));
        for header in [
            "Acme Inc. Berlin",
            "Dept. of Physics",
            "St. Louis Ferries",
            "Engineer, Acme Co. Ltd.",
        ] {
            assert!(!breaks_a_sentence(header), "{header}");
        }
    }
}
