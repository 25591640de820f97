//! The cues that tell a role from an organisation and a place in an entry's header lines,
//! whatever file they came from: role words ("Engineer", "Intern"), organisation words ("Inc",
//! "University"), a name's head word, places, and the separators between them ("at", "@",
//! commas, pipes, dashes, semicolons).

use super::dates;

use super::cue_words::{
    ORG_WORDS, ROLE_WORDS, as_listed, discipline, employment_terms, score, words_of,
};
use super::places::is_place;
pub use super::sentences::ends_sentence;
use super::sentences::sentence_fields;

/// Whether a piece of text reads as an organisation by its words ("Acme Corp", "State
/// University") more than as a role.
pub fn org_like(text: &str) -> bool {
    score(text, ORG_WORDS) > score(text, ROLE_WORDS)
}

/// Whether a piece of text reads as a role more than as an organisation.
pub fn role_like(text: &str) -> bool {
    // A field alone ("SELISE rockin' software") names no role; "Senior SE" or "Event
    // Management Team" does.
    const FIELDS: &[&str] = &[
        "software",
        "product",
        "research",
        "teaching",
        "frontend",
        "backend",
        "full-stack",
        "fullstack",
    ];
    // "Onboarding Engineer (Security Operations Centre)": what the brackets add says where,
    // not what the text is.
    let head = without_brackets(text);
    let text = if head.chars().any(char::is_alphabetic) {
        head.as_str()
    } else {
        text
    };
    let names_one = words_of(text)
        .into_iter()
        .map(|w| as_listed(w, ROLE_WORDS))
        .any(|w| ROLE_WORDS.contains(&w.as_str()) && !FIELDS.contains(&w.as_str()));
    names_one && score(text, ROLE_WORDS) > score(text, ORG_WORDS)
}

/// `text` without what stands in round brackets.
fn without_brackets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// `text` split at the separators of a header line, except inside brackets: "Engineer
/// (Freelance, Part-time)" is one piece.
fn outside_brackets(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '[' | '（' => depth += 1,
            ')' | ']' | '）' => depth = depth.saturating_sub(1),
            // Chinese and Japanese write the bar and the semicolon full width ("公司｜实习生").
            ',' | '|' | ';' | '·' | '•' | '—' | '–' | '｜' | '；' if depth == 0 => {
                out.push(text.get(start..i).unwrap_or_default());
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    out.push(text.get(start..).unwrap_or_default());
    out
}

/// A piece split at a spaced slash between a role and a name ("Social Media Manager /
/// CAMPING-CAR-PARK"), kept whole between two roles ("Technical Lead / Solution Architect").
fn apart_at_slash(piece: &str) -> Vec<&str> {
    match piece.split_once(" / ") {
        // "Cloud / DevOps Engineer", "Servicedesk / System Administrator": two fields of one
        // role, not an organisation and a role.
        Some((left, right)) if discipline(left) && role_like(right) => vec![piece],
        Some((left, right))
            if !right.contains(" / ")
                && ((role_like(left) && !role_like(right) && a_name(right))
                    || (role_like(right) && !role_like(left) && a_name(left))) =>
        {
            vec![left, right]
        }
        _ => vec![piece],
    }
}

/// Whether `text` reads as a name: an organisation's words, or its longer words all
/// capitalised ("URPS Pays de la Loire", not "Gestione applicativa").
fn a_name(text: &str) -> bool {
    org_like(text)
        || text
            .split_whitespace()
            .filter(|w| w.chars().count() >= 4)
            .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()))
}

/// A city run into the name before it, where the layout left no gap ("Rostransmodernisation
/// Moscow" before "Russia"): the city is a piece of its own, when a place follows it.
fn cities_apart(parts: Vec<(String, Option<&'static str>)>) -> Vec<(String, Option<&'static str>)> {
    let mut out = Vec::with_capacity(parts.len() + 1);
    let mut parts = parts.into_iter().peekable();
    while let Some((text, label)) = parts.next() {
        let place_follows = parts
            .peek()
            .is_some_and(|(next, next_label)| next_label.is_none() && is_place(next));
        let split = text.rsplit_once(' ').filter(|(name, city)| {
            label.is_none()
                && place_follows
                && !is_place(&text)
                && is_place(city)
                && city.chars().next().is_some_and(char::is_uppercase)
                // "Bank of America", "Universidad de Chile": the place is the name's.
                && name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|last| last.chars().next().is_some_and(char::is_uppercase))
        });
        match split {
            Some((name, city)) => {
                out.push((name.to_owned(), None));
                out.push((city.to_owned(), None));
            }
            None => out.push((text, label)),
        }
    }
    out
}

/// `text` without a lower-case article before a name ("the School Paper", "dem Hotel"); a
/// capitalised one is the name's own ("The Hut Group").
fn without_article(text: &str) -> &str {
    let text = text.trim_start();
    ["the ", "der ", "die ", "dem ", "den ", "das "]
        .iter()
        .find_map(|article| text.strip_prefix(article))
        .unwrap_or(text)
}

/// Whether what follows a German "im" names where one worked rather than a department: an
/// abbreviation ("UKE"), a name of two words or more ("Klinikum Nord"), or an
/// organisation's word.
fn names_a_place_of_work(text: &str) -> bool {
    let text = text.trim();
    let first = text.split_whitespace().next().unwrap_or_default();
    text.split_whitespace().count() >= 2
        || (first.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !first.chars().any(char::is_lowercase))
        || org_like(text)
}

/// Whether `after` reads as the city of the organisation `name` it follows ("TechniSat
/// Digital GmbH, Dresden", "Rahmer GmbH – München"): one or two capitalised words, neither
/// role nor organisation, after a name that reads as an organisation.
fn its_city(name: &str, after: &str) -> bool {
    org_like(name)
        && after.split_whitespace().count() <= 2
        && after
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && score(after, ROLE_WORDS) == 0
        && score(after, ORG_WORDS) == 0
}

/// Whether a name starts `text`, after an article ("the School Paper", "dem Hotel").
fn names_follow(text: &str) -> bool {
    without_article(text)
        .chars()
        .next()
        .is_some_and(|c| !c.is_lowercase())
}

/// A fragment split at the cues that separate role, organisation and place.
fn pieces(fragment: &str) -> Vec<(String, Option<&'static str>)> {
    pieces_with(fragment, false)
}

/// [`pieces`], kept whole at a spaced slash when `org_known`: where another line names the
/// organisation, "Instructor / Guide" is one role of two names.
fn pieces_with(fragment: &str, org_known: bool) -> Vec<(String, Option<&'static str>)> {
    // "Role at Org": what follows "at" or "@" is the organisation.
    let lower = fragment.to_lowercase();
    // And the same in French, German and Italian ("Stagiaire chez Acme", "Entwickler bei
    // Acme", "Sviluppatore presso Acme", "Stage à l’ENSG").
    // Words that also mean "in" ("Krankenpflegerin im UKE", "Sprzedawca w Snipes",
    // "Ingeniero en Globant", "Analista no Itaú", "Разработчик в Яндексе") say "at" only
    // after a role, or at least after no organisation's name ("Bank im Zentrum").
    // French "à" is "at" only after a role ("Tech Lead à Lectra"), never inside a name
    // ("Société des Rames à Grande Vitesse").
    const AFTER_A_ROLE: &[&str] = &[
        " im ", " am ", " beim ", " w ", " no ", " na ", " в ", " à ",
    ];
    // German writes every noun in capitals, so "Mitarbeiter im Fahrdienst" names a
    // department, "Pflegerin im UKE" or "im Klinikum Nord" an organisation.
    const GERMAN_IN: &[&str] = &[" im ", " am "];
    for cue in [
        " at ", " @ ", "@", " chez ", " bei ", " presso ", " à l’", " à l'",
    ]
    .iter()
    .chain(AFTER_A_ROLE)
    {
        if let Some(i) = lower.find(cue)
            && let (Some(left), Some(right)) = (fragment.get(..i), fragment.get(i + cue.len()..))
            && !left.trim().is_empty()
            && (!AFTER_A_ROLE.contains(cue)
                || ((role_like(left) || (!org_like(left) && *cue != " à "))
                    && !left.contains(',')
                    && left.split_whitespace().count() <= 5
                    && right.trim_start().starts_with(char::is_uppercase)
                    && (!GERMAN_IN.contains(cue) || names_a_place_of_work(right))))
            // "Activate Inc., at Google — Technical Lead": an organisation before "at" is
            // no role.
            && score(left, ORG_WORDS) <= score(left, ROLE_WORDS)
            && !right.trim().is_empty()
            // A name follows: "Engineer at Acme", "Editor at the School Paper", not
            // "platform at late-stage startups"; after a role, a short name may be a brand
            // in lower case ("Front-End Developer at moon-client", "Engineer at eBay").
            && (names_follow(right)
                || (role_like(left) && right.split_whitespace().count() <= 3))
        {
            // "Trendyol @Istanbul, Turkey": at a place, the name before is the organisation.
            if is_place(right.trim()) && !role_like(left) {
                let mut out = vec![(left.trim().to_owned(), Some("org"))];
                out.extend(pieces(right));
                return out;
            }
            let mut out = vec![(left.trim().to_owned(), Some("role"))];
            let mut rest = pieces(without_article(right));
            if let Some(first) = rest.first_mut()
                && first.1.is_none()
            {
                first.1 = Some("org");
            }
            out.extend(rest);
            return out;
        }
    }
    let mut out: Vec<(String, Option<&'static str>)> = Vec::new();
    for piece in outside_brackets(fragment)
        .iter()
        // TeX's dashes, as a file written for LaTeX types them ("Analyst --- Cosmo Tech").
        .flat_map(|p| p.split(" --- "))
        .flat_map(|p| p.split(" -- "))
        .flat_map(|p| p.split(" - "))
        .flat_map(|p| {
            if org_known {
                vec![p]
            } else {
                apart_at_slash(p)
            }
        })
    {
        let piece = piece
            .trim()
            .trim_matches(|c: char| matches!(c, '*' | '_' | '`'));
        // Parentheses that close inside the piece are its own: "Specialist (Systems)".
        let piece = if piece.contains('(') && piece.ends_with(')') && !piece.starts_with('(') {
            piece
        } else {
            piece.trim_matches(|c: char| c == '(' || c == ')' || c == '*' || c == '_')
        };
        if piece.is_empty() {
            continue;
        }
        // "Acme, Inc.": a legal form belongs to the name before it.
        // ("Amberline co., Ltd. (payment terminals)": what it makes, in brackets after.)
        // ("Rackspace, Inc. Writing Ansible playbooks.": the sentence after it is not.)
        let (piece, sentence_after) = match piece.split_once(". ") {
            Some((form, after))
                if legal_form(form)
                    && after.starts_with(char::is_uppercase)
                    && after.split_whitespace().count() >= 3 =>
            {
                (piece.get(..form.len() + 1), Some(after))
            }
            _ => (Some(piece), None),
        };
        let piece = piece.unwrap_or_default();
        let form = piece.split(" (").next().unwrap_or(piece);
        if legal_form(form)
            && let Some(last) = out.last_mut()
        {
            last.0.push_str(", ");
            last.0.push_str(piece);
            out.extend(sentence_after.map(|s| (s.trim().to_owned(), None)));
            continue;
        }
        // "Project Hydrologist [Confluence Environmental Company]": a bracketed name after
        // the role is a piece of its own.
        if let Some(open) = piece.rfind('[')
            && open > 0
            && piece.ends_with(']')
            && let (Some(head), Some(inner)) =
                (piece.get(..open), piece.get(open + 1..piece.len() - 1))
            && !inner.trim().is_empty()
        {
            out.push((head.trim().to_owned(), None));
            out.push((inner.trim().to_owned(), None));
            continue;
        }
        // "Lead Engineer, Data Engineering": a discipline after a role is part of the role,
        // not the organisation (which the entry names on a line of its own).
        if let Some(last) = out.last_mut()
            && last.1.is_none()
            && role_like(&last.0)
            && discipline(piece)
        {
            last.0.push_str(", ");
            last.0.push_str(piece);
            continue;
        }
        if let Some((org, role)) =
            name_and_role_by_space(piece).filter(|_| !fragment.contains(", "))
        {
            out.push((org.to_owned(), Some("org")));
            out.push((role.to_owned(), Some("role")));
            continue;
        }
        out.push((piece.to_owned(), None));
    }
    out
}

/// In Chinese, Japanese or Korean, where no space parts the words of a name, a space parts
/// the organisation from the role after it ("銓安智慧科技 IT&SRE 經理", "Sharelike 技術長"):
/// the longest ending after a space that reads as a role, its head in that script, before
/// which stands no role.
fn name_and_role_by_space(piece: &str) -> Option<(&str, &str)> {
    let spaces = piece
        .char_indices()
        .filter(|(_, c)| *c == ' ')
        .map(|(at, _)| at);
    spaces
        .filter_map(|at| Some((piece.get(..at)?.trim(), piece.get(at + 1..)?.trim())))
        .find(|(name, role)| {
            !name.is_empty()
                && role.chars().any(super::cue_words::is_cjk)
                && role_like(role)
                // Each word in that script a role's ("IT&SRE 經理"), not a name's
                // ("開源人年會 總召": a conference, then its convener).
                && role
                    .split_whitespace()
                    .filter(|w| w.chars().any(super::cue_words::is_cjk))
                    .all(|w| ROLE_WORDS.contains(&as_listed(w.to_lowercase(), ROLE_WORDS).as_str()))
                && !role_like(name)
                // Korean sets its words apart by spaces as English does: "정보보안 운영
                // 엔지니어" is one role, unless what stands before reads as a name.
                && (!name.chars().any(is_hangul) || org_like(name))
        })
}

/// Whether a character is a Korean syllable or letter.
fn is_hangul(c: char) -> bool {
    matches!(c, '\u{ac00}'..='\u{d7af}' | '\u{1100}'..='\u{11ff}' | '\u{3130}'..='\u{318f}')
}

/// Fragments with a connector set in a cell of its own ("Founder | at | Pollinations") joined
/// to the names on either side, so that it reads as the connector it is ("Founder at
/// Pollinations").
fn connectors_joined(fragments: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut iter = fragments.into_iter().peekable();
    while let Some(fragment) = iter.next() {
        let connector = matches!(fragment.trim().to_lowercase().as_str(), "at" | "@");
        match (connector, out.last_mut(), iter.peek()) {
            (true, Some(before), Some(_)) => {
                let after = iter.next().unwrap_or_default();
                *before = format!("{} {} {}", before.trim_end(), fragment.trim(), after.trim());
            }
            _ => out.push(fragment),
        }
    }
    out
}

/// Marks a header fragment known to be the organisation (an outer list item).
pub use super::field_labels::ORG_MARK;

/// What [`read_header`] read: role, organisation, place, and whether the role came before
/// the organisation by a cue (a role word, "at"), to settle entries without one.
pub struct Header {
    /// The role read, if any.
    pub role: Option<String>,
    /// The org read, if any.
    pub org: Option<String>,
    /// The place read, if any.
    pub place: Option<String>,
    /// The role first read, if any.
    pub role_first: Option<bool>,
}

/// Role, organisation and place from the header lines of one entry; `role_first` is the
/// document's usual order (role first or organisation first) for an entry whose pieces carry
/// no cue.
pub fn read_header(fragments: &[String], role_first: Option<bool>) -> Header {
    let mut parts: Vec<(String, Option<&'static str>)> = Vec::new();
    let mut marked_places: Vec<String> = Vec::new();
    // Chinese and Japanese part names with a full-width comma ("中科院软件研究所，工程师").
    let fragments: Vec<String> = fragments
        .iter()
        .map(|f| f.replace(['，', '、'], ", "))
        .collect();
    let fragments = connectors_joined(fragments);
    let org_marked = fragments.iter().any(|f| f.starts_with(ORG_MARK));
    for fragment in &sentence_fields(&fragments) {
        // "公司 (职位-工程师)": the label says which name is the role.
        let fragment = match super::field_labels::bracketed_role(fragment) {
            Some((rest, role)) if !fragment.starts_with(ORG_MARK) => {
                parts.push((role, Some("role")));
                rest
            }
            _ => fragment.clone(),
        };
        let fragment = &fragment;
        let text = dates::without_date(fragment);
        if let Some(org) = fragment.strip_prefix(ORG_MARK) {
            // "Rahmer GmbH – München": where it is, set off by a dash, is no part of the name.
            // A name that reads as an organisation is whole before it: one or two capitalised
            // words after its dash are the city.
            let (org, place) = [" – ", " — ", " - "]
                .iter()
                .find_map(|dash| org.rsplit_once(dash))
                .filter(|(name, place)| {
                    let place = place.trim();
                    !name.trim().is_empty() && (is_place(place) || its_city(name, place))
                })
                .map_or((org, None), |(name, place)| (name, Some(place.trim())));
            parts.push((org.trim().to_owned(), Some("org")));
            marked_places.extend(place.map(str::to_owned));
            continue;
        }
        // The brackets the date stood in: "Data Engineer (July 2025 - Present)".
        let text = super::dates::without_empty_brackets(&text);
        let trimmed = text.trim().trim_matches(|c: char| {
            !c.is_alphanumeric() && !matches!(c, '(' | ')' | '[' | ']' | '（' | '）')
        });
        // "Acme Co." keeps the period of its abbreviation.
        let text = match text.trim().get(..trimmed.len() + 1) {
            Some(with_period)
                if with_period.ends_with('.')
                    && with_period.starts_with(trimmed)
                    && !ends_sentence(with_period) =>
            {
                with_period
            }
            _ => trimmed,
        };
        if text.is_empty() {
            continue;
        }
        // "[ GitLab ]": a name in brackets of its own, as a plain-text layout sets it apart.
        let text = text
            .strip_prefix("[ ")
            .and_then(|t| t.strip_suffix(" ]"))
            .filter(|inner| !inner.contains(['[', ']']))
            .map_or(text, str::trim);
        parts.extend(pieces_with(text, org_marked));
    }
    let parts = cities_apart(parts);
    let mut places = marked_places;
    let mut rest = Vec::new();
    // A short piece before a place ("Seattle" of "Seattle, WA") is a city, unless it is the
    // only name left for the organisation ("Gilt | New York, NY").
    let mut city: Option<(usize, String)> = None;
    let mut terms = Vec::new();
    for (i, (text, label)) in parts.iter().enumerate() {
        // "Seattle, WA" but not "Socure | Remote": a way of working follows no city.
        let place_at = |k: usize| {
            parts.get(k).is_some_and(|(t, l)| {
                l.is_none()
                    && is_place(t)
                    && !matches!(
                        t.trim().to_lowercase().as_str(),
                        "remote" | "hybrid" | "onsite" | "on-site"
                    )
            })
        };
        // "Leroy Merlin Vostok, Moscow, Russia": a name before a city and its country is no
        // city itself.
        // Only with its comma: "VimpelCom" in a cell before "Moscou, Russie" is a name.
        let next_is_place = place_at(i + 1)
            && !place_at(i + 2)
            && parts
                .get(i + 1)
                .is_some_and(|(next, _)| written_together(&fragments, text, ", ", next));
        // "Skövde, Suecia", "Moscou, Russie": what follows a city and its comma is its
        // region or country, in whatever language.
        let after_a_city = i > 0
            && parts.get(i - 1).is_some_and(|(city, l)| {
                l.is_none()
                    && super::places::a_city(city)
                    && written_together(&fragments, city, ", ", text)
            })
            && text.split_whitespace().count() <= 2
            && text.starts_with(char::is_uppercase)
            && score(text, ROLE_WORDS) == 0
            && score(text, ORG_WORDS) == 0;
        if label.is_none() && (is_place(text) || after_a_city) {
            places.push(text.clone());
        } else if label.is_none() && employment_terms(text) {
            // "· Apprenticeship ·", "(Full-time)": how the job was held, neither a role
            // nor an organisation, unless the header names nothing else.
            terms.push((text.clone(), *label));
        } else if label.is_none()
            && city.is_none()
            && next_is_place
            && i > 0
            && text.split_whitespace().count() <= 3
            && score(text, ROLE_WORDS) == 0
            && score(text, ORG_WORDS) == 0
        {
            city = Some((rest.len(), text.clone()));
        } else {
            rest.push((text.clone(), *label));
        }
    }
    if rest.len() < 2 {
        rest.extend(terms);
    }
    // "TechniSat Digital GmbH, Dresden": the one or two capitalised words after a name that
    // reads as an organisation, themselves neither role nor organisation, are its city.
    // Not when they are the only other name, on a line of their own: "FernUniversität in
    // Hagen" over "HiWi" names the role there, not a place.
    let after_its_comma = |before: &str, after: &str| {
        fragments.iter().any(|f| {
            let f = f.trim_end();
            f.ends_with(&format!("{before},")) || f.contains(&format!("{before}, {after}"))
        })
    };
    if city.is_none()
        && places.is_empty()
        && let Some(at) = rest.windows(2).position(|pair| {
            matches!(pair, [(before, None), (after, None)]
                if (rest.len() >= 3 || after_its_comma(before, after))
                    && !role_like(before)
                    && its_city(before, after))
        })
    {
        places.push(rest.remove(at + 1).0);
    }
    if let Some((at, text)) = city {
        let names = rest
            .iter()
            .filter(|(t, l)| *l != Some("role") && score(t, ROLE_WORDS) <= score(t, ORG_WORDS))
            .count();
        if names == 0 {
            rest.insert(at.min(rest.len()), (text, None));
        } else {
            places.insert(0, text);
        }
    }
    // Two pieces that read as roles, dashed together, are one role ("Stagiaire -
    // Développeur"), not a role and its organisation.
    let mut k = 1;
    while k < rest.len() {
        let joined = match (rest.get(k - 1), rest.get(k)) {
            (Some((a, None)), Some((b, None)))
                if [a, b].iter().all(|t| role_like(t) && !org_like(t))
                    && written_together(&fragments, a, " - ", b) =>
            {
                Some(format!("{a} - {b}"))
            }
            _ => None,
        };
        match joined {
            Some(role) => {
                rest.splice(k - 1..=k, [(role, None)]);
            }
            None => k += 1,
        }
    }
    let mut role = rest.iter().position(|(_, l)| *l == Some("role"));
    let mut org = rest.iter().position(|(_, l)| *l == Some("org"));
    let cued = role.is_some() || rest.iter().any(|(t, l)| l.is_none() && role_like(t));
    // No cue, two names or more: the document's usual order decides.
    if !cued && role.is_none() && org.is_none() && rest.len() >= 2 {
        let short = |i: usize| {
            rest.get(i)
                .is_some_and(|(t, _)| t.split_whitespace().count() <= 10)
        };
        if let Some(true) = role_first
            && short(0)
            && short(1)
        {
            role = Some(0);
            org = Some(1);
        }
    }
    if role.is_none() {
        role = rest
            .iter()
            .enumerate()
            .filter(|(i, (t, l))| l.is_none() && Some(*i) != org && role_like(t))
            .max_by_key(|(i, (t, _))| (score(t, ROLE_WORDS), usize::MAX - i))
            .map(|(i, _)| i);
    }
    if org.is_none() {
        // A word all in lower case ("(consultant)" after the dates) is no one's name, in a
        // header that capitalises its names (small capitals are lower case in the text).
        let cased = |t: &str| t.chars().any(|c| c.is_alphabetic() && !c.is_lowercase());
        let capitalises = rest.iter().any(|(t, _)| cased(t));
        let candidate = |i: usize, t: &str| {
            Some(i) != role
                && t.split_whitespace().count() <= 10
                && (cased(t) || !capitalises || rest.len() > 2)
        };
        // "Analytical Lead, Medicines Analysis Team, NHSEI": a team, unit or department
        // is part of the organisation named beside it, not the organisation.
        let other_than_units = rest.iter().enumerate().any(|(i, (t, _))| {
            candidate(i, t) && !names_a_unit(t) && t.starts_with(char::is_uppercase)
        });
        org = rest
            .iter()
            .enumerate()
            .filter(|(i, (t, _))| candidate(*i, t) && !(other_than_units && names_a_unit(t)))
            .max_by_key(|(i, (t, _))| (score(t, ORG_WORDS).min(1), usize::MAX - i))
            .map(|(i, _)| i);
    }
    if role.is_none() {
        role = rest
            .iter()
            .enumerate()
            .find(|(i, (t, _))| Some(*i) != org && t.split_whitespace().count() <= 8)
            .map(|(i, _)| i);
    }
    let get = |i: Option<usize>| i.and_then(|i| rest.get(i)).map(|(t, _)| t.clone());
    let place = (!places.is_empty()).then(|| places.join(", "));
    Header {
        role: get(role),
        org: get(org),
        place,
        role_first: match (cued, role, org) {
            (true, Some(r), Some(o)) => Some(r < o),
            _ => None,
        },
    }
}

/// Whether a header's fragments write `first` and `then` together, parted by `between`
/// ("Moscou, Russie", "Stagiaire - Développeur"), not in cells of their own.
fn written_together(fragments: &[String], first: &str, between: &str, then: &str) -> bool {
    let together = format!("{first}{between}{then}");
    fragments.iter().any(|f| f.contains(&together))
}

/// Whether a word is a company's legal form ("Inc.", "GmbH", "S.A.").
fn legal_form(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.').to_lowercase().as_str(),
        "inc" | "llc" | "ltd" | "gmbh" | "corp" | "co" | "plc" | "s.a" | "ag"
    )
}

/// Whether a name ends on a word for a part of an organisation ("Labs Team", "IT Department",
/// "Central Analytical Unit"): the people a role sat with, inside the employer.
fn names_a_unit(text: &str) -> bool {
    const UNIT_WORDS: &[&str] = &[
        "team",
        "unit",
        "department",
        "dept",
        "division",
        "squad",
        "abteilung",
        "departamento",
        "département",
        "dipartimento",
        "отдел",
    ];
    // "Tesla Autopilot (Computer Vision Team)" names the organisation, its team in brackets.
    text.split_whitespace().last().is_some_and(|last| {
        let last = last.trim_end_matches(['.', ',', ';', ':']).to_lowercase();
        UNIT_WORDS.contains(&last.as_str())
    })
}
