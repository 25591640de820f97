//! One entry reader over [`Block`]s, whatever file they came from: in a section about work
//! (by its heading's words), a date range anchors a position; its role, organisation and place
//! come from the text around the date by general cues ("at", "@", commas, pipes, dashes,
//! semicolons, role words such as "Engineer" or "Intern", organisation words such as "Inc" or
//! "University"); the list items and lines that follow are its highlights.

use super::blocks::{Block, Kind};
use super::dates;
use super::draft::{Draft, DraftRole};

/// What a section holds, by its heading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Section {
    /// Jobs, internships, research or academic appointments.
    Positions,
    /// Anything else a résumé has (education, projects, skills…).
    Other,
}

/// Words of a heading that opens a section of positions.
const POSITION_WORDS: &[&str] = &[
    "experience",
    "experiences",
    "employment",
    "work",
    "career",
    "positions",
    "internships",
    "internship",
    "appointments",
    "jobs",
    "professional",
    "опыт",
    "berufserfahrung",
    "expérience",
    "expériences",
    "experiencia",
    "experiência",
];

/// Words of a heading that opens any other section.
const OTHER_WORDS: &[&str] = &[
    "education",
    "projects",
    "project",
    "skills",
    "awards",
    "honors",
    "honours",
    "publications",
    "certifications",
    "certificates",
    "languages",
    "interests",
    "summary",
    "profile",
    "about",
    "references",
    "activities",
    "contact",
    "talks",
    "courses",
    "coursework",
    "achievements",
    "hobbies",
    "objective",
    "образование",
    "навыки",
    "training",
    "qualifications",
    "patents",
    "presentations",
    "competencies",
    "technologies",
    "tools",
    "service",
    "memberships",
    "grants",
    "scholarships",
    "speaking",
    "workshops",
    "conferences",
    "press",
    "writing",
    "hackathons",
    "events",
    "exhibitions",
];

/// The section a heading opens, if its words name one.
fn section_of(heading: &str) -> Option<Section> {
    let lower = heading.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > 6 {
        return None;
    }
    // A heading names a section when it is short, or when every word is a section word or a
    // filler: "R&D Engineer, Pacific Diabetes Technologies" is an entry, not a skills section.
    const FILLERS: &[&str] = &[
        "and",
        "of",
        "the",
        "my",
        "relevant",
        "selected",
        "other",
        "additional",
        "technical",
        "academic",
        "research",
        "industry",
        "key",
        "core",
        "personal",
        "history",
        "related",
        "recent",
        "previous",
        "prior",
        "volunteer",
        "volunteering",
        "teaching",
        "leadership",
        "extracurricular",
        "contributions",
        "work",
        "professional",
        "de",
        "et",
        "und",
        "y",
    ];
    let known =
        |w: &&str| FILLERS.contains(w) || POSITION_WORDS.contains(w) || OTHER_WORDS.contains(w);
    if words.len() > 3 && !words.iter().all(known) {
        return None;
    }
    let has = |list: &[&str]| words.iter().any(|w| list.contains(w));
    if has(&[
        "volunteer",
        "volunteering",
        "teaching",
        "leadership",
        "extracurricular",
    ]) {
        return Some(Section::Other);
    }
    if has(POSITION_WORDS) {
        return Some(Section::Positions);
    }
    if has(OTHER_WORDS) {
        return Some(Section::Other);
    }
    None
}

/// Whether a block reads as a section heading: marked as one, or a short line of its own
/// whose words name a section.
fn heading(block: &Block) -> Option<Section> {
    let text = block.text();
    let text = text.trim().trim_end_matches(':');
    if dates::find(text).is_some() || block.parts.len() > 1 {
        return None;
    }
    let words = text.split_whitespace().count();
    match block.kind {
        Kind::Heading(_) => section_of(text),
        Kind::Paragraph if words <= 4 => section_of(text),
        _ => None,
    }
}

/// Words that name a role.
const ROLE_WORDS: &[&str] = &[
    "engineer",
    "developer",
    "manager",
    "intern",
    "internship",
    "scientist",
    "analyst",
    "director",
    "lead",
    "consultant",
    "researcher",
    "assistant",
    "architect",
    "designer",
    "officer",
    "head",
    "founder",
    "cofounder",
    "co-founder",
    "specialist",
    "administrator",
    "associate",
    "fellow",
    "professor",
    "postdoc",
    "postdoctoral",
    "student",
    "technician",
    "coordinator",
    "programmer",
    "chief",
    "cto",
    "ceo",
    "cfo",
    "coo",
    "vp",
    "president",
    "owner",
    "contractor",
    "freelance",
    "freelancer",
    "teacher",
    "tutor",
    "staff",
    "sde",
    "swe",
    "editor",
    "writer",
    "representative",
    "advisor",
    "adviser",
    "trainee",
    "apprentice",
    "partner",
    "principal",
    "executive",
    "supervisor",
    "lecturer",
    "instructor",
    "member",
    "devops",
    "sre",
    "tester",
    "qa",
    "programmer",
    "consultant",
    "team",
    "senior",
    "junior",
    "sr",
    "jr",
    "mentor",
    "ambassador",
    "strategist",
    "marketer",
    "accountant",
    "auditor",
    "evangelist",
    "scrum",
    "product",
    "software",
    "full-stack",
    "fullstack",
    "frontend",
    "backend",
    "research",
    "teaching",
    "graduate",
    "undergraduate",
    "visiting",
    "инженер",
    "разработчик",
    "руководитель",
    "программист",
    "аналитик",
];

/// Words that name an organisation.
const ORG_WORDS: &[&str] = &[
    "inc",
    "llc",
    "ltd",
    "limited",
    "corp",
    "corporation",
    "university",
    "college",
    "institute",
    "labs",
    "lab",
    "laboratory",
    "technologies",
    "technology",
    "bank",
    "group",
    "gmbh",
    "company",
    "co",
    "school",
    "center",
    "centre",
    "agency",
    "foundation",
    "hospital",
    "systems",
    "solutions",
    "studio",
    "studios",
    "ministry",
    "department",
    "ag",
    "sa",
    "bv",
    "plc",
    "pvt",
    "llp",
    "consulting",
    "ventures",
    "capital",
    "partners",
    "universität",
    "université",
    "universidad",
    "national",
    "council",
    "association",
    "society",
    "network",
    "networks",
    "services",
    "media",
];

fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// How strongly `text` reads as a role (with [`ROLE_WORDS`]) or an organisation (with
/// [`ORG_WORDS`]): two for each word of the list, but one for a role's modifiers, which also
/// name departments and organisations ("Samsung Research & Development", "Product team").
fn score(text: &str, list: &[&str]) -> usize {
    const MODIFIERS: &[&str] = &[
        "senior",
        "junior",
        "sr",
        "jr",
        "software",
        "product",
        "research",
        "teaching",
        "graduate",
        "undergraduate",
        "visiting",
        "full-stack",
        "fullstack",
        "frontend",
        "backend",
        "team",
        "staff",
        "member",
        "student",
    ];
    let words = words_of(text);
    // A name's last word is its head: "Network Engineer" is an engineer, "Oregon Military
    // Department" a department.
    // ("Director of Technology" is a director, "Bank of America" a bank.)
    let head = words
        .iter()
        .position(|w| matches!(w.as_str(), "of" | "for" | "de" | "der" | "du"))
        .and_then(|i| i.checked_sub(1))
        .and_then(|i| words.get(i))
        .or(words.last())
        .filter(|w| list.contains(&w.as_str()) && !MODIFIERS.contains(&w.as_str()))
        .map_or(0, |_| 2);
    head + words
        .iter()
        .filter(|w| list.contains(&w.as_str()))
        .map(|w| {
            if MODIFIERS.contains(&w.as_str()) {
                1
            } else {
                2
            }
        })
        .sum::<usize>()
}

/// Words that say a part is a place.
fn is_place(part: &str) -> bool {
    // "Harbor & Pine (Remote)" is a name with its place in brackets, "Berlin (Remote)" a place.
    let trimmed = part.split('(').next().unwrap_or(part).trim();
    let w = words_of(trimmed);
    if w.is_empty() {
        return false;
    }
    const PLACES: &[&str] = &[
        "remote",
        "hybrid",
        "onsite",
        "usa",
        "us",
        "uk",
        "india",
        "germany",
        "france",
        "canada",
        "china",
        "japan",
        "spain",
        "italy",
        "netherlands",
        "brazil",
        "australia",
        "singapore",
        "switzerland",
        "sweden",
        "poland",
        "israel",
        "ireland",
        "russia",
        "ukraine",
        "romania",
        "portugal",
        "mexico",
        "korea",
        "taiwan",
        "austria",
        "belgium",
        "denmark",
        "norway",
        "finland",
        "turkey",
        "egypt",
        "nigeria",
        "kenya",
        "pakistan",
        "bangladesh",
        "vietnam",
        "indonesia",
        "philippines",
        "argentina",
        "chile",
        "colombia",
        "california",
        "texas",
        "york",
        "london",
        "berlin",
        "paris",
        "area",
        "bay",
        "worldwide",
        "dc",
        "ny",
        "ca",
        "iran",
        "iraq",
        "saudi",
        "emirates",
        "uae",
        "qatar",
        "greece",
        "hungary",
        "czechia",
        "czech",
        "slovakia",
        "serbia",
        "croatia",
        "bulgaria",
        "lithuania",
        "latvia",
        "estonia",
        "malaysia",
        "thailand",
        "zealand",
        "africa",
        "peru",
        "uruguay",
        "venezuela",
        "ecuador",
        "morocco",
        "tunisia",
        "ghana",
        "ethiopia",
        "lebanon",
        "jordan",
        "lanka",
        "nepal",
        "hong",
        "kong",
        "belarus",
        "kazakhstan",
        "armenia",
        "luxembourg",
        "iceland",
        "scotland",
        "england",
        "wales",
        "massachusetts",
        "illinois",
        "florida",
        "ontario",
        "quebec",
        "virginia",
        "carolina",
        "jersey",
        "pennsylvania",
        "ohio",
        "michigan",
        "colorado",
        "oregon",
        "arizona",
        "georgia",
        "minnesota",
        "utah",
        "karnataka",
        "maharashtra",
        "bengaluru",
        "bangalore",
        "mumbai",
        "delhi",
        "hyderabad",
        "pune",
        "chennai",
        "tehran",
        "moscow",
        "kyiv",
        "tokyo",
        "beijing",
        "shanghai",
        "shenzhen",
        "seoul",
        "amsterdam",
        "munich",
        "hamburg",
        "zurich",
        "vienna",
        "dublin",
        "madrid",
        "barcelona",
        "lisbon",
        "stockholm",
        "copenhagen",
        "oslo",
        "helsinki",
        "warsaw",
        "prague",
        "budapest",
        "istanbul",
        "cairo",
        "lagos",
        "nairobi",
        "toronto",
        "vancouver",
        "montreal",
        "seattle",
        "boston",
        "chicago",
        "austin",
        "denver",
        "atlanta",
        "sydney",
        "melbourne",
    ];
    // "CA", "NY": a two-letter capitalised code.
    let code = trimmed.len() == 2 && trimmed.chars().all(|c| c.is_ascii_uppercase());
    // "University of Massachusetts", "State of Oregon": a name that holds a place.
    let named = w.iter().any(|x| x == "of") || score(trimmed, ORG_WORDS) > 0;
    // A place's last word names it: "New York", "Bay Area", but not "Massachusetts Daily
    // Collegian".
    code || (w.len() <= 3 && !named && w.last().is_some_and(|x| PLACES.contains(&x.as_str())))
}

/// A fragment split at the cues that separate role, organisation and place.
fn pieces(fragment: &str) -> Vec<(String, Option<&'static str>)> {
    // "Role at Org": what follows "at" or "@" is the organisation.
    let lower = fragment.to_lowercase();
    for cue in [" at ", " @ ", "@"] {
        if let Some(i) = lower.find(cue)
            && let (Some(left), Some(right)) = (fragment.get(..i), fragment.get(i + cue.len()..))
            && !left.trim().is_empty()
            && !right.trim().is_empty()
        {
            let mut out = vec![(left.trim().to_owned(), Some("role"))];
            let mut rest = pieces(right);
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
    for piece in fragment
        .split([',', '|', ';', '·', '•', '—', '–'])
        .flat_map(|p| p.split(" -- "))
        .flat_map(|p| p.split(" - "))
    {
        let piece = piece.trim().trim_matches(|c: char| c == '*' || c == '_');
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
        let legal = matches!(
            piece.trim_end_matches('.').to_lowercase().as_str(),
            "inc" | "llc" | "ltd" | "gmbh" | "corp" | "co" | "plc" | "s.a" | "ag"
        );
        if legal && let Some(last) = out.last_mut() {
            last.0.push_str(", ");
            last.0.push_str(piece);
            continue;
        }
        out.push((piece.to_owned(), None));
    }
    out
}

/// Marks a header fragment known to be the organisation (an outer list item).
const ORG_MARK: char = '\u{1}';

/// What [`read_header`] read: role, organisation, place, and whether the role came before
/// the organisation by a cue (a role word, "at"), to settle entries without one.
struct Header {
    role: Option<String>,
    org: Option<String>,
    place: Option<String>,
    role_first: Option<bool>,
}

/// Role, organisation and place from the header lines of one entry.
fn read_header(fragments: &[String]) -> (Option<String>, Option<String>, Option<String>) {
    let header = read_header_ordered(fragments, None);
    (header.role, header.org, header.place)
}

/// [`read_header`], with the document's usual order (role first or organisation first) for
/// an entry whose pieces carry no cue.
fn read_header_ordered(fragments: &[String], role_first: Option<bool>) -> Header {
    let mut parts: Vec<(String, Option<&'static str>)> = Vec::new();
    for fragment in fragments {
        let text = match dates::find(fragment) {
            Some(found) => format!(
                "{} {}",
                fragment.get(..found.span.start).unwrap_or_default(),
                fragment.get(found.span.end..).unwrap_or_default()
            ),
            None => fragment.clone(),
        };
        if let Some(org) = fragment.strip_prefix(ORG_MARK) {
            parts.push((org.trim().to_owned(), Some("org")));
            continue;
        }
        // The brackets the date stood in: "Data Engineer (July 2025 - Present)".
        let text = text
            .replace("( )", " ")
            .replace("()", " ")
            .replace("[ ]", " ")
            .replace("[]", " ");
        let trimmed = text
            .trim()
            .trim_matches(|c: char| !c.is_alphanumeric() && c != ')' && c != '(');
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
        parts.extend(pieces(text));
    }
    let mut places = Vec::new();
    let mut rest = Vec::new();
    // A short piece before a place ("Seattle" of "Seattle, WA") is a city, unless it is the
    // only name left for the organisation ("Gilt | New York, NY").
    let mut city: Option<(usize, String)> = None;
    for (i, (text, label)) in parts.iter().enumerate() {
        let next_is_place = parts
            .get(i + 1)
            .is_some_and(|(t, l)| l.is_none() && is_place(t));
        if label.is_none() && is_place(text) {
            places.push(text.clone());
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
    let mut role = rest.iter().position(|(_, l)| *l == Some("role"));
    let mut org = rest.iter().position(|(_, l)| *l == Some("org"));
    let cued = role.is_some()
        || rest
            .iter()
            .any(|(t, l)| l.is_none() && score(t, ROLE_WORDS) > score(t, ORG_WORDS));
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
            .filter(|(i, (t, l))| {
                l.is_none() && Some(*i) != org && score(t, ROLE_WORDS) > score(t, ORG_WORDS)
            })
            .max_by_key(|(i, (t, _))| (score(t, ROLE_WORDS), usize::MAX - i))
            .map(|(i, _)| i);
    }
    if org.is_none() {
        org = rest
            .iter()
            .enumerate()
            .filter(|(i, (t, _))| Some(*i) != role && t.split_whitespace().count() <= 10)
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

/// Whether a block could be part of an entry's header: a short line, not a list item, not a
/// sentence.
fn header_like(block: &Block) -> bool {
    matches!(block.kind, Kind::Paragraph | Kind::Heading(_))
        && block.words() <= 14
        && heading(block).is_none()
        && !ends_sentence(&block.text())
}

/// Whether a line ends as a sentence does: a final period that is not an abbreviation of a
/// name ("Mahsan Co.", "Graph-Inc.", "Acme Ltd.").
fn ends_sentence(text: &str) -> bool {
    let text = text.trim_end();
    let Some(head) = text.strip_suffix('.') else {
        return false;
    };
    let last = head
        .rsplit(|c: char| c.is_whitespace() || c == '-')
        .next()
        .unwrap_or_default()
        .trim_end_matches('.')
        .to_lowercase();
    let abbreviation = matches!(
        last.as_str(),
        "co" | "inc" | "ltd" | "corp" | "llc" | "plc" | "jr" | "sr" | "bros" | "dept" | "univ"
    );
    !abbreviation
}

/// The positions in `blocks`, as a draft.
pub fn draft(blocks: &[Block], name: &str, kind: &'static str) -> Draft {
    let mut draft = Draft {
        source_kind: kind,
        source_name: name.to_owned(),
        ..Draft::default()
    };
    // Which section each block is in; with no section headings at all, everything is read.
    let mut sections = Vec::with_capacity(blocks.len());
    // Without a heading that names a section of positions, whatever no other heading claims
    // is read ("## Introduction" over the entries, "## Awards" after them).
    let any_heading = blocks
        .iter()
        .any(|b| heading(b) == Some(Section::Positions));
    let mut current = if any_heading {
        None
    } else {
        Some(Section::Positions)
    };
    for block in blocks {
        if let Some(section) = heading(block) {
            current = Some(section);
            sections.push(None);
            continue;
        }
        sections.push(current);
    }
    let anchors: Vec<usize> = blocks
        .iter()
        .enumerate()
        .filter(|(i, b)| {
            sections.get(*i).copied().flatten() == Some(Section::Positions)
                && b.words() <= 24
                && b.parts.iter().any(|p| dates::find(p).is_some_and(|found| {
                    // A lone year inside a sentence ("top performer for Cyber Guard 2014") is
                    // no entry: a single date anchors one only when it stands apart.
                    found.end.is_some() || dates::only_date(p) || b.words() <= 8
                }))
                // A list item is an entry's first line only when it is short or its date
                // stands apart (a bulleted "Role @ Org (2019 – 2021)"), not a sentence that
                // mentions a year.
                && (!matches!(b.kind, Kind::Item(_))
                    || b.words() <= 12
                    || b.parts.iter().skip(1).any(|p| dates::only_date(p)))
        })
        .map(|(i, _)| i)
        .collect();
    // Entries of a section share a shape: where some start with a line of their own, a dated
    // list item is a highlight of one ("Delivery driver from 2019 – current").
    let section_of_block = |i: usize| {
        (0..=i)
            .rev()
            .find(|k| sections.get(*k).copied().flatten().is_none())
            .unwrap_or(0)
    };
    let is_item = |i: usize| {
        blocks
            .get(i)
            .is_some_and(|b| matches!(b.kind, Kind::Item(_)))
    };
    let anchors: Vec<usize> = anchors
        .iter()
        .copied()
        .filter(|&a| {
            !is_item(a)
                || !anchors
                    .iter()
                    .any(|&o| !is_item(o) && section_of_block(o) == section_of_block(a))
        })
        .collect();
    // How many header lines stand above the date line: read from the first entry of each
    // section, where nothing else can stand between the heading and it.
    let mut above = 0;
    let mut taken_until = 0;
    // (organisation if the entry names one, whether its header starts at the date, the rest)
    let mut read: Vec<(Option<String>, bool, DraftRole)> = Vec::new();
    // Each entry's header lines, and how many cued entries put the role [second, first].
    let mut headers: Vec<Vec<String>> = Vec::new();
    let mut votes = [0usize; 2];
    for (n, &anchor) in anchors.iter().enumerate() {
        let section_start = (0..anchor)
            .rev()
            .find(|i| sections.get(*i).copied().flatten().is_none())
            .map_or(0, |i| i + 1);
        let first_in_section = anchors
            .get(n.wrapping_sub(1))
            .is_none_or(|&prev| prev < section_start);
        // A date line that names a role and an organisation itself ("7/2022–Present,
        // Assessment Manager, State of Oregon") is a whole header: the lines around it are
        // the previous entry's and its own highlights.
        let contained = blocks.get(anchor).is_some_and(|b| {
            let header = read_header_ordered(&b.parts, None);
            header.role_first.is_some()
        });
        if first_in_section && contained {
            above = 0;
            taken_until = section_start;
        } else if first_in_section {
            above = (section_start..anchor)
                .rev()
                .take_while(|i| blocks.get(*i).is_some_and(header_like))
                .count()
                .min(2);
            taken_until = section_start;
        }
        let mut fragments = Vec::new();
        // A dated item nested under an undated one: the outer item names what it is under
        // ("- Acme" over "  - Engineer (2019 – 2021)").
        if let Some(Kind::Item(depth)) = blocks.get(anchor).map(|b| b.kind)
            && depth > 0
            && let Some(parent) = blocks.get(..anchor).and_then(|before| {
                before
                    .iter()
                    .rev()
                    .find(|b| matches!(b.kind, Kind::Item(d) if d < depth) || heading(b).is_some())
            })
            && matches!(parent.kind, Kind::Item(_))
            && parent.words() <= 14
            && !parent.parts.iter().any(|p| dates::find(p).is_some())
        {
            fragments.extend(parent.parts.iter().map(|p| format!("{ORG_MARK}{p}")));
        }
        let top = if contained {
            anchor
        } else {
            anchor.saturating_sub(above).max(taken_until)
        };
        for i in top..anchor {
            if let Some(b) = blocks.get(i)
                && header_like(b)
            {
                fragments.extend(b.parts.iter().cloned());
            }
        }
        if let Some(b) = blocks.get(anchor) {
            fragments.extend(b.parts.iter().cloned());
        }
        let next_anchor = anchors.get(n + 1).copied().unwrap_or(blocks.len());
        // The next entry's header lines stand above its date line; the last entry's
        // highlights run to the end.
        let next_top = if n + 1 < anchors.len() {
            next_anchor.saturating_sub(above)
        } else {
            blocks.len()
        };
        let mut i = anchor + 1;
        // With nothing above the date, the lines below it hold the rest of the header.
        if above == 0 && !contained {
            while i < next_anchor
                && i < anchor + 3
                && blocks.get(i).is_some_and(header_like)
                && fragments
                    .iter()
                    .map(|f| f.split_whitespace().count())
                    .sum::<usize>()
                    < 16
            {
                if let Some(b) = blocks.get(i) {
                    fragments.extend(b.parts.iter().cloned());
                }
                i += 1;
            }
        }
        let mut highlights = Vec::new();
        while i < next_top.max(anchor + 1) && i < blocks.len() {
            if sections.get(i).copied().flatten() != Some(Section::Positions) {
                break;
            }
            if let Some(b) = blocks.get(i) {
                highlights.push(b.parts.join(" "));
            }
            i += 1;
        }
        taken_until = i.max(anchor + 1);
        let found = blocks
            .get(anchor)
            .and_then(|b| b.parts.iter().find_map(|p| dates::find(p)));
        let header = read_header_ordered(&fragments, None);
        if let Some(first) = header.role_first {
            votes[usize::from(first)] += 1;
        }
        let (role, org, place) = (header.role, header.org, header.place);
        if org.is_none() && role.is_none() {
            continue;
        }
        headers.push(fragments);
        read.push((
            org,
            above == 0,
            DraftRole {
                role,
                organisation: String::new(),
                location: place,
                url: None,
                start: found.as_ref().map(|f| f.start.clone()),
                end: found.and_then(|f| f.end),
                summary: None,
                highlights,
                tags: Vec::new(),
            },
        ));
    }
    // Entries whose header carries no cue read in the order the others are written in.
    if votes[1] > votes[0] {
        for (fragments, entry) in headers.iter().zip(read.iter_mut()) {
            let header = read_header_ordered(fragments, Some(true));
            if header.role_first.is_none() && header.role.is_some() && header.org.is_some() {
                entry.0 = header.org;
                entry.2.role = header.role;
            }
        }
    }
    // Several roles under one organisation line: a role with no organisation of its own
    // takes the one written below it (when headers start at the date) or above it.
    let orgs: Vec<Option<String>> = read.iter().map(|r| r.0.clone()).collect();
    for (i, (org, below, mut role)) in read.into_iter().enumerate() {
        let borrowed = || {
            if below {
                orgs.iter().skip(i + 1).flatten().next().cloned()
            } else {
                orgs.iter().take(i).rev().flatten().next().cloned()
            }
        };
        let Some(organisation) = org.or_else(borrowed).or_else(|| role.role.take()) else {
            continue;
        };
        role.role = role.role.filter(|r| *r != organisation);
        role.organisation = organisation;
        draft.experience.push(role);
    }
    draft
}
