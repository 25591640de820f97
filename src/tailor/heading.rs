//! A posting's headings as a reader sees them: Markdown or HTML headings, bold lines, and the
//! plain lines a copy from a browser leaves ("What you'll bring", "NICE-TO-HAVES", "Why
//! us?"), and what each says about the lines under it. Headings are told by their shape and
//! their words, never by a company's name.

pub use super::section_kind::SectionKind;
use super::section_kind::VOCABULARY;

/// What a heading announces, or `None` when its words say nothing known.
pub fn classify(heading: &str) -> Option<SectionKind> {
    let h = format!(" {} ", plain(heading).to_lowercase());
    // "About your role and the team" is about the role and the team, as "About the team"
    // is; "About you" asks.
    let h = match h.strip_prefix(" about your ") {
        Some(rest) => format!(" about the {rest}"),
        None => h,
    };
    // "Bonus" alone heads a list of nice-to-haves; "annual bonus" is pay. "It's great, but
    // not required:" says what is not asked.
    if matches!(h.trim().trim_end_matches(':'), "bonus" | "bonuses")
        || [
            "not required",
            "not a requirement",
            "not mandatory",
            "not necessary",
        ]
        .iter()
        .any(|w| h.contains(w))
    {
        return Some(SectionKind::NiceToHave);
    }
    // "We'd love to hear from you if…" asks; "we'd love" alone is a wish.
    if h.contains("hear from you") {
        return Some(SectionKind::Requirements);
    }
    // "About the job" and "The job in a nutshell" describe it, though "the job" heads its
    // duties.
    if h.trim_start().starts_with("about the job") || h.contains("in a nutshell") {
        return Some(SectionKind::Role);
    }
    // "Company Description" describes the company, though "description" heads a role's.
    if h.contains("company description") || h.contains("about the company") {
        return Some(SectionKind::Company);
    }
    // "What is the Candidate Consideration Process", "Our process": how hiring goes.
    let last_word = h
        .trim()
        .trim_end_matches(['?', ':', '.', '!'])
        .split_whitespace()
        .last()
        .unwrap_or_default();
    if last_word == "process" {
        return Some(SectionKind::Apply);
    }
    // "What you'll get to do" is the job, though "what you'll get" is pay; "As a member of
    // our team, you will…" ends on what the job is.
    let end = h.trim().trim_end_matches([':', '.', '…', '!']).trim_end();
    // "How your work with us will look like?" is the job, though "work with us" pitches.
    if h.contains("get to do")
        || h.contains("opportunity to do")
        || h.contains("your work with us")
        || h.contains("your work will")
        || end.ends_with(" you will")
        || end.ends_with(" you'll")
    {
        return Some(SectionKind::Responsibilities);
    }
    // "Basic information", "Other info": facts about the job, not what it asks.
    if (h.contains(" info ") || h.contains(" info:") || h.contains("information"))
        && !["requir", "qualif", "skill"].iter().any(|w| h.contains(w))
    {
        return Some(SectionKind::Other);
    }
    VOCABULARY
        .iter()
        .find(|(_, words)| words.iter().any(|w| h.contains(w)))
        .map(|(kind, _)| *kind)
}

/// Whether a heading begins with the words that classify it ("More about Acme", "About
/// the team"), as a heading does and a line that mentions the culture does not.
fn leads_with_its_words(text: &str) -> bool {
    let lower = text.to_lowercase();
    let lower = lower.strip_prefix("more ").unwrap_or(&lower);
    VOCABULARY
        .iter()
        .flat_map(|(_, words)| words.iter())
        .any(|w| lower.starts_with(w.trim_start()))
}

/// The heading's text when `line` is a marked heading: Markdown `#`, a bold line alone, an
/// HTML heading turned into `#`.
pub fn marked(line: &str) -> Option<String> {
    if let Some(rest) = line.strip_prefix('#') {
        return Some(plain(rest.trim_start_matches('#')));
    }
    let bold = line
        .strip_prefix("**")
        .and_then(|l| l.trim_end().strip_suffix("**"))
        .or_else(|| line.strip_prefix("__").and_then(|l| l.strip_suffix("__")))
        .or_else(|| line.strip_prefix("**").and_then(|l| l.strip_suffix("**:")));
    let text = plain(bold?);
    // A bold paragraph (a note in bold) is not a heading; "It's all about you." is.
    let words = text.split_whitespace().count();
    (!text.is_empty() && words <= 14 && (words <= 8 || !text.ends_with('.'))).then_some(text)
}

/// Whether a plain line reads as a heading. `next_listed`: the next line is a bullet or a
/// line of a list; `alone`: blank lines (or the text's ends) on both sides; `other_words`:
/// how many of its words are not words of headings (a company's name, "Java").
pub fn plain_heading(
    line: &str,
    next_listed: bool,
    alone: bool,
    other_words: usize,
    in_list: SectionKind,
) -> bool {
    let text = plain(line);
    let words = text.split_whitespace().count();
    if words == 0 {
        return false;
    }
    let kind = classify(&text);
    // "We deliver progress. What you'll do and how you will make an impact." above a list.
    if next_listed && words <= 14 && kind.is_some_and(SectionKind::asks) {
        return true;
    }
    if words > 10 || text.chars().count() > 90 || text.ends_with(['.', ',', ';', '!']) {
        return false;
    }
    if text.ends_with(':') {
        return true;
    }
    // "⭐️ The Engineering team ⭐️": a line framed by pictographs is a careers page's heading.
    if alone && pictograph_framed(line) {
        return true;
    }
    // "Competitive salaries, annual bonus and equity" is a benefit, not a heading: headings
    // are a few words of their own kind, without commas.
    // A heading announcing a list of asks is its own words ("What you'll bring to Acme");
    // "Experience with service meshes" standing alone is one of the asks.
    let loose = alone && !kind.is_some_and(SectionKind::asks);
    // "🌈 The application journey has 4 key steps": a line alone naming what never asks.
    if alone
        && words <= 8
        && matches!(
            kind,
            Some(SectionKind::Apply | SectionKind::EqualOpportunity)
        )
    {
        return true;
    }
    // "Benefits & Reasons to Join Swapcard" over its list: a title, its words capitalised
    // but the small ones, naming what the list is.
    let small = |w: &str| {
        matches!(
            w,
            "&" | "and" | "to" | "of" | "the" | "at" | "in" | "for" | "a" | "an" | "with" | "our"
        )
    };
    // … and so is one alone between paragraphs ("Benefits, Perks, and Wellbeing at Scribd"
    // over a note, then the list), commas and all.
    let title_over_list = (next_listed || alone)
        && words <= 8
        && kind.is_some()
        && text
            .split_whitespace()
            .all(|w| small(w) || !w.starts_with(char::is_lowercase));
    // "What your first 90 days will look like" alone over bullets: words of its own kind
    // among many others, but standing where a heading stands.
    let other_over_list = alone && next_listed && words <= 8 && kind == Some(SectionKind::Other);
    // "🎁 Ce que nous offrons à nos collaborateurs": a decorated line alone over a list.
    let decorated_over_list =
        pictograph_led(line) && alone && next_listed && words <= 10 && !text.ends_with('?');
    let dominated = other_words <= 1
        || decorated_over_list
        || (loose && other_words <= 3 && !text.contains(','))
        || title_over_list
        || other_over_list;
    if !dominated {
        return false;
    }
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    let shouting = letters.len() >= 4 && letters.iter().all(|c| !c.is_lowercase());
    if shouting {
        return true;
    }
    // Inside a list of duties or requirements, a line that merely mentions the company or
    // the team ("A champion of our culture") is one of them; a heading there says what
    // comes next (benefits, how to apply) or ends in a colon or a question.
    // "Acme Company Values" alone between paragraphs is a heading, every word capitalised.
    let titled = alone
        && words >= 2
        && text
            .split_whitespace()
            .all(|w| !w.starts_with(char::is_lowercase));
    if in_list.asks()
        && !titled
        && !title_over_list
        && !other_over_list
        && matches!(
            kind,
            Some(SectionKind::Company | SectionKind::Team | SectionKind::Role | SectionKind::Other)
        )
        && !text.ends_with('?')
        && !leads_with_its_words(&text)
    {
        return false;
    }
    if kind.is_some() {
        return next_listed || alone;
    }
    // A short line of its own above a list, by shape alone; a pictograph before it marks
    // it as a heading the more ("🎁 Ce que nous offrons à nos collaborateurs").
    let most = if pictograph_led(line) { 10 } else { 6 };
    words <= most && next_listed && alone
}

/// "⭐️ Profil recherché", "🎁 Ce que nous offrons": a line led by a pictograph, as careers
/// pages decorate their headings (and some their bullets).
pub fn pictograph_led(line: &str) -> bool {
    line.trim_start().chars().next().is_some_and(is_pictograph)
}

/// Whether a character is a pictograph or a symbol drawn as one (⭐, 🎁, ☑).
fn is_pictograph(c: char) -> bool {
    matches!(u32::from(c), 0x2300..=0x23FF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x1F000..=0x1FAFF)
}

/// Whether a line opens and ends with a pictograph (a variation selector after it aside),
/// as a careers page frames a heading: "⭐️ The Engineering team ⭐️".
pub fn pictograph_framed(line: &str) -> bool {
    pictograph_led(line)
        && line
            .trim_end()
            .trim_end_matches('\u{fe0f}')
            .chars()
            .next_back()
            .is_some_and(is_pictograph)
}

/// A heading's words without Markdown, links, emoji and the decoration around them:
/// "## 🚀 [About **you**](https://…):" → "About you:".
pub fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    // "[text](url)" → "text".
    while let Some(open) = rest.find('[') {
        out.push_str(rest.get(..open).unwrap_or_default());
        let after = rest.get(open + 1..).unwrap_or_default();
        match after.find("](") {
            Some(close) => {
                out.push_str(after.get(..close).unwrap_or_default());
                let tail = after.get(close + 2..).unwrap_or_default();
                rest = tail
                    .find(')')
                    .map_or("", |end| tail.get(end + 1..).unwrap_or_default());
            }
            None => {
                rest = after;
            }
        }
    }
    out.push_str(rest);
    let cleaned: String = out
        .chars()
        .map(|c| if c == '’' || c == '‘' { '\'' } else { c })
        .filter(|c| !matches!(c, '*' | '_' | '`' | '\\'))
        .collect();
    let decoration = |c: char| !(c.is_alphanumeric() || matches!(c, ':' | '?' | '.' | ')' | '('));
    cleaned
        .trim_matches(decoration)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A recruiter's tag on a line of its own: "LI-AB2", "#LI-Remote".
pub fn recruiter_tag(text: &str) -> bool {
    let tag = text.trim_start_matches('#');
    tag.get(..3)
        .is_some_and(|start| start.eq_ignore_ascii_case("li-"))
        && tag.len() <= 16
        && !tag.contains(char::is_whitespace)
}

/// ISO codes of currencies pay is often written in, lower-cased.
const CURRENCY_CODES: &[&str] = &[
    "usd", "eur", "gbp", "cad", "aud", "mxn", "inr", "pln", "chf", "sek", "nok", "dkk", "brl",
    "jpy", "czk", "huf", "ron", "zar", "sgd", "nzd",
];

/// Words of a line that says who may be hired: where one lives, may work, what one is
/// cleared for. Such a line asks, and no portfolio shows it: a condition to confirm.
const WHO_MAY_BE_HIRED: &[&str] = &[
    "authorized to work",
    "authorised to work",
    "employment authorization",
    "employment authorisation",
    "sponsorship",
    "located in",
    "located within",
    "based in",
    "reside in",
    "reside within",
    "residing in",
    "living in",
    "living within",
    // Hours one must keep: "within US Pacific Time Zone hours", "east coast hours".
    "time zone",
    "timezone",
    "coast hours",
    "citizen",
    "green card",
    // As a word: "military" holds the letters.
    " itar",
    "(itar",
    "security clearance",
    "background check",
    "right to work",
    "work permit",
    // "Work must be performed from within the United States."
    "within the united states",
    "within the us",
    "within the u.s.",
];

/// Whether a line (lower case) says who may be hired rather than what they bring ("Must
/// be authorized to work in the US", "Located in the greater Poland region").
pub fn who_may_be_hired(lower: &str) -> bool {
    speaks_of_eligibility(lower) && !employers_policy(lower)
}

fn speaks_of_eligibility(lower: &str) -> bool {
    // As words: "Circuit-Based Interpretability" is based in nothing.
    WHO_MAY_BE_HIRED.iter().any(|w| {
        lower.match_indices(w).any(|(at, _)| {
            lower
                .get(..at)
                .and_then(|before| before.chars().next_back())
                .is_none_or(|c| !(c.is_alphanumeric() || c == '-'))
        })
    })
}

/// Whether a line is the employer stating its own policy ("Visa sponsorship: We do sponsor
/// visas!") rather than asking ("We require candidates to reside in the US", "Must be …").
fn employers_policy(lower: &str) -> bool {
    let speaks = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .any(|w| matches!(w, "we" | "we're" | "we'll" | "we've" | "we'd"));
    speaks && !asks_outright(lower)
}

/// Whether a line (lower case) asks in so many words ("must", "required", "we need", "only
/// … will be considered"), rather than describing.
pub fn asks_outright(lower: &str) -> bool {
    [
        "must",
        "require",
        "need",
        "looking for",
        "only ",
        "will be considered",
        // "This role is open to candidates located in Ireland.", "Candidates residing in
        // the Eastern or Central Time Zones are preferred."
        "open to candidates",
        "open to applicants",
        "are preferred",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// A labelled line whose body says what the company does or has, not what the hire will
/// ("High performance: our API responses are in the 10ms range", "Multi-region: we deploy
/// our service on 4 different continents"): the product described under "The challenges".
fn labels_what_we_do(lower: &str) -> bool {
    lower.split_once(": ").is_some_and(|(label, body)| {
        label.split_whitespace().count() <= 4
            && ["we ", "our "].iter().any(|w| body.trim_start().starts_with(w))
            && !body
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| ["you", "your", "candidate", "candidates", "people"].contains(&w))
            // "Hands-on: We are looking for engineers who…", "…is essential": an ask still.
            && ![
                "looking for",
                "seeking",
                "we want",
                "we need",
                "we expect",
                "essential",
                "requir",
                "must",
            ]
            .iter()
            .any(|ask| body.contains(ask))
    })
}

/// Lines that are never requirements, under any heading: pay, how the job is held, equal
/// opportunity, a recruiter's tag.
pub fn never_asked(lower: &str) -> bool {
    let money = lower.char_indices().any(|(at, c)| {
        matches!(c, '$' | '€' | '£' | '₹' | '¥')
            && lower
                .get(at + c.len_utf8()..)
                .and_then(|rest| rest.trim_start().chars().next())
                .is_some_and(|d| d.is_ascii_digit())
    });
    // "MXN 836,400 - MXN 1,100,000": an amount after its currency's code.
    let words: Vec<&str> = lower.split_whitespace().collect();
    let coded = words.windows(2).any(|pair| {
        matches!(pair, [code, amount]
            if CURRENCY_CODES.contains(code) && amount.starts_with(|c: char| c.is_ascii_digit()))
    });
    // "Full-time", "Permanent", "Location: Remote-first": how the job is held, a line alone.
    let terms = matches!(
        lower.trim().trim_end_matches('.'),
        "full-time"
            | "full time"
            | "part-time"
            | "part time"
            | "permanent"
            | "contract"
            | "temporary"
            | "fixed-term"
            | "freelance"
            | "remote"
            | "hybrid"
            | "on-site"
    ) || lower.trim_start().starts_with("location:");
    // Who may be hired, in the employer's own words of its policy, asks nothing.
    let policy = speaks_of_eligibility(lower) && employers_policy(lower);
    money
        || coded
        || terms
        || policy
        || labels_what_we_do(lower)
        || [
            "salary",
            "compensation",
            "pay range",
            // The employer's notice of how it checks, not an ask.
            "e-verify",
            "equal opportunity",
            "without regard to",
            "reasonable accommodation",
            "#li-",
            "li-remote",
            "encouraged to apply",
            "encourage you to apply",
            "please apply",
            "do apply",
            "not a requirement",
            "apply anyway",
            "not all applicants",
            "not every applicant",
            "don't let that stop you",
            // "Don't meet every single requirement? Studies have shown…"
            "meet every single",
            "meet every qualification",
            "less likely to apply",
            "right candidate for this",
            // What is not required: "We do not require that you have programmed in Go".
            "we do not require",
            "we don't require",
            "you don't need to",
            "you do not need to",
            "we welcome candidates",
            "we welcome applicants",
            "we welcome applications",
            // "This job description isn't meant to be a complete list of…"
            "job description is not",
            "job description isn't",
            "not an exhaustive",
            // Settling in, not a duty: "Familiarize yourself with the dashboards".
            "familiarize yourself",
            "familiarise yourself",
            "familiarize with",
            "familiarise with",
            "get up to speed",
            "your first project",
            // Milestones of the first months: "In one month you will have completed your
            // onboarding", "You will already know your team".
            "your onboarding",
            "know your team",
            "will already know",
            // What the job offers the hire, said to them: "You get to learn and grow at an
            // accelerated pace", "You will be empowered to…", "You will become more
            // resourceful".
            "you get to ",
            "you get the ",
            "you'll get to ",
            "you will get to ",
            "you will experience ",
            "you will be empowered",
            "you will become ",
            // A pointer to more reading: "For more details on how engineers grow, take a
            // look at our career path".
            "take a look at",
            "for more details",
            "for more information",
            // The level hired at: "we are aiming to hire within the C0-E level range".
            "aiming to hire",
            "level range",
        ]
        .iter()
        .any(|w| lower.contains(w))
        || (lower.contains("encourage") && lower.contains("apply"))
        // What the job gives, among its duties: "Be given an unmatched opportunity for
        // accelerated growth".
        || lower.trim_start().starts_with("be given ")
        // "If you are passionate about X, then we want to hear from you!": an invitation.
        || lower
            .trim_end()
            .trim_end_matches(['.', '!'])
            .ends_with("hear from you")
        || ["accelerated growth", "room to grow", "opportunity to grow"]
            .iter()
            .any(|w| lower.contains(w))
        || only_a_link(lower)
        || labelled_link(lower)
        || sends_the_application(lower)
        || no_sponsorship(lower)
        || remote_only(lower)
        || role_fact(lower)
        || title_of_fields(lower)
        || the_teams_stack(lower)
}

/// "Acme - Senior Engineer (Rails) - REMOTE (US only) - Full-time - https://…": the title
/// line of a board's post, its fields parted by dashes or bars, one of them how the job is
/// held or where.
fn title_of_fields(lower: &str) -> bool {
    let line = lower.replace('\u{a0}', " ");
    let fields: Vec<&str> = line
        .split(" - ")
        .flat_map(|f| f.split(" | "))
        .flat_map(|f| f.split(" – "))
        .map(str::trim)
        .collect();
    let held = |field: &str| {
        [
            "remote",
            "hybrid",
            "onsite",
            "on-site",
            "full-time",
            "full time",
            "part-time",
            "contract",
            "http",
        ]
        .iter()
        .any(|w| field.starts_with(w))
    };
    // "Hybrid - San Antonio, TX": two short fields will do.
    let enough = fields.len() >= 3 || (fields.len() == 2 && line.split_whitespace().count() <= 8);
    enough
        && fields.iter().all(|f| f.split_whitespace().count() <= 10)
        && fields.iter().any(|f| held(f))
}

/// "Stack: Rails, React/Redux, PostgreSQL.": the tools the team uses, under a label of its
/// own, asking nothing ("Tech Stack: Proficiency in Python is required" asks).
fn the_teams_stack(lower: &str) -> bool {
    let Some((label, value)) = lower.split_once(':') else {
        return false;
    };
    let label = label.trim();
    let stack_label = [
        "stack",
        "tech stack",
        "our stack",
        "our tech stack",
        "technologies",
        "tools",
    ]
    .contains(&label);
    let asks = [
        "require",
        "experience",
        "proficien",
        "must",
        "familiar",
        "knowledge",
        "you ",
        "should",
        "expert",
    ]
    .iter()
    .any(|w| value.contains(w));
    stack_label && !asks
}

/// "Team: Engineering", "You'll report to: Engineering Manager", "Start date: As soon as
/// possible": a fact about the job under a label, not something asked of the candidate.
fn role_fact(lower: &str) -> bool {
    let Some((label, value)) = lower.split_once(':') else {
        return false;
    };
    let label = label
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim();
    [
        "team",
        "department",
        "start date",
        "starting date",
        "report to",
        "reports to",
        "reporting to",
        "you'll report to",
        "you will report to",
        "direct reports",
        "employment type",
        "job type",
        "contract",
        "contract type",
        "hours",
        "working hours",
        "level",
        "seniority",
        "travel",
        "time zone",
        "timezone",
    ]
    .contains(&label)
        && value.split_whitespace().count() <= 8
}

/// A line that is a Markdown link and nothing else ("[Search](../search/index.md)"): a
/// page's navigation, not something it asks.
fn only_a_link(lower: &str) -> bool {
    let line = lower.trim().trim_end_matches(['.', ',', ';']);
    line.starts_with('[')
        && line.ends_with(')')
        && line.matches("](").count() == 1
        && line
            .find("](")
            .is_some_and(|at| !line.get(1..at).unwrap_or("").contains(']'))
}

/// "Full posting: https://…": a label and a link, pointing elsewhere.
fn labelled_link(lower: &str) -> bool {
    lower.split_once(": ").is_some_and(|(label, value)| {
        label.split_whitespace().count() <= 4
            && value.trim().starts_with("http")
            && value.split_whitespace().count() == 1
    })
}

/// "If you're interested: resume to jobs@acme.example.", "Apply now": where and how to
/// apply.
fn sends_the_application(lower: &str) -> bool {
    let line = lower.trim().trim_end_matches(['.', '!']);
    let email = lower.split_whitespace().any(|w| {
        w.split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
    });
    line == "apply now"
        || lower.contains("apply now")
        || (email
            && ["resume", "cv", "send", "email", "apply"]
                .iter()
                .any(|w| lower.contains(w)))
}

/// "This position will not be eligible for any form of immigration visa sponsorship",
/// "Visa sponsorship is not offered": the employer's policy, not an ask; "Must be based in
/// the US (no sponsorship)" still asks where one lives.
fn no_sponsorship(lower: &str) -> bool {
    lower.contains("sponsorship")
        && (lower.contains("not ") || lower.contains("no "))
        && !["must", "located", "based", "within", "resid", "authori"]
            .iter()
            .any(|w| lower.contains(w))
}

/// "Fully remote role, based in Canada" says where the job is; "Excellent communication
/// skills: you collaborate in a fully remote setup" asks a skill in passing.
fn remote_only(lower: &str) -> bool {
    ["fully remote", "remote in "]
        .iter()
        .any(|w| lower.contains(w))
        && !["skill", "communicat", "collaborat", "experience"]
            .iter()
            .any(|w| lower.contains(w))
}

#[cfg(test)]
#[path = "heading_tests.rs"]
mod tests;
