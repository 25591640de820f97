//! What the lines of a list are by their own words, for a list whose heading says nothing
//! of it ("Why Acme needs you", "We'll be reaching out to people who have:", a list under
//! the opening paragraph): duties start with what the job does ("Design…", "Collaborate…"),
//! asks with what the candidate brings ("5+ years…", "Experience with…"), benefits name
//! what the employer gives (insurance, paid time off), and lines about the company start
//! with "We". The general shapes of postings, never a company's words.

use super::heading::SectionKind;

/// What one line of a list reads as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Something the job does: an instruction ("Design and ship…").
    Duty,
    /// Something the candidate brings ("Experience with…", "5+ years…").
    Ask,
    /// Something the employer gives (insurance, leave, a stipend).
    Benefit,
    /// Something about the company ("We build…", "Our platform…").
    AboutUs,
    /// A named piece of the product or its work, then prose about it ("Transaction
    /// enrichment. We process tens of millions…"): what the team works on, shown, not asked.
    Topic,
}

/// Verbs that open a line of duties, in the form a list of them uses ("Design", "Lead").
const DUTIES: &[&str] = &[
    "act",
    "advise",
    "analyse",
    "analyze",
    "architect",
    "assist",
    "automate",
    "build",
    "champion",
    "coach",
    "collaborate",
    "communicate",
    "conduct",
    "contribute",
    "coordinate",
    "create",
    "debug",
    "decide",
    "define",
    "deliver",
    "deploy",
    "design",
    "develop",
    "diagnose",
    "document",
    "drive",
    "engage",
    "ensure",
    "establish",
    "evaluate",
    "execute",
    "facilitate",
    "generate",
    "grow",
    "guide",
    "help",
    "hire",
    "identify",
    "implement",
    "improve",
    "influence",
    "integrate",
    "investigate",
    "lead",
    "maintain",
    "manage",
    "measure",
    "mentor",
    "migrate",
    "monitor",
    "onboard",
    "operate",
    "optimise",
    "optimize",
    "oversee",
    "own",
    "participate",
    "partner",
    "perform",
    "plan",
    "prioritise",
    "prioritize",
    "productionise",
    "productionize",
    "propose",
    "prototype",
    "provide",
    "reconcile",
    "recruit",
    "refactor",
    "research",
    "resolve",
    "review",
    "rotate",
    "run",
    "scale",
    "seek",
    "serve",
    "shape",
    "ship",
    "solve",
    "stay",
    "support",
    "take",
    "test",
    "train",
    "translate",
    "troubleshoot",
    "use",
    "work",
    "write",
];

/// The verbs after "you" of a line that describes the candidate ("You have…", "You can
/// help craft…").
const YOU_ASKED: &[&str] = &[
    "have",
    "are",
    "bring",
    "know",
    "can",
    "possess",
    "understand",
    "speak",
    "hold",
];

/// How a line bringing something to the job starts ("Strong knowledge of…").
const ASKS: &[&str] = &[
    "ability",
    "able",
    "advanced",
    "background",
    "bachelor",
    "bachelor's",
    "comfortable",
    "deep",
    "degree",
    "demonstrated",
    "excellent",
    "experience",
    "experienced",
    "expert",
    "expertise",
    "exposure",
    "familiar",
    "familiarity",
    "fluent",
    "fluency",
    "good",
    "hands-on",
    "have",
    "in-depth",
    "knowledge",
    "master's",
    "masters",
    "passion",
    "phd",
    "previous",
    "prior",
    "proficiency",
    "proficient",
    "proven",
    "solid",
    "strong",
    "understanding",
    "working",
    "you",
    "you're",
];

/// Words of what an employer gives.
const BENEFITS: &[&str] = &[
    "401(k)",
    "401k",
    "allowance",
    "dental",
    "disability",
    "holiday",
    "insurance",
    "family leave",
    "maternity",
    "paid leave",
    "parental leave",
    "paternity",
    "sick leave",
    "medical",
    "paid time off",
    "pension",
    "pto",
    "reimburse",
    "retirement",
    "sabbatical",
    "spending account",
    "stipend",
    "vacation",
    "wellness",
    "mental health",
    "sick",
    "benefit",
    "bonuses",
    "days off",
    "personal days",
    "share options",
    "stock option",
    "equity package",
    "competitive cash",
    "competitive salary",
    "competitive pay",
    "competitive compensation",
    "remote friendly",
    "remote-friendly",
    // What a workplace gives beside pay: time, kit, sport, food, company.
    "flexible schedule",
    "flexible hours",
    "flexible working",
    "budget for",
    "learning budget",
    "training budget",
    "good equipment",
    "macbook",
    "team building",
    "team-building",
    "yoga",
    "gym",
    "fitness",
    "multisport",
    "sport classes",
    "lunch",
    "snacks",
    "parking",
];

/// The shape of one line of a list, if it has one.
pub fn shape(line: &str) -> Option<Shape> {
    let lower = line.to_lowercase().replace('’', "'");
    let benefit = BENEFITS.iter().any(|w| {
        lower.match_indices(w).any(|(at, _)| {
            lower
                .get(..at)
                .is_none_or(|before| !before.ends_with(char::is_alphanumeric))
        })
    });
    if benefit {
        return Some(Shape::Benefit);
    }
    // "Phase 2: Redesign: Propose the methodology…" is what follows its labels.
    let body = lower
        .rsplit_once(": ")
        .filter(|(label, _)| label.split_whitespace().count() <= 8)
        .map_or(lower.as_str(), |(_, body)| body);
    // The first words, past a pictograph ("🔩You have…", "➕ Bonus: …").
    let words = |text: &str| -> Vec<String> {
        text.split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''))
            .filter(|w| !w.is_empty())
            .take(2)
            .map(str::to_owned)
            .collect()
    };
    let first = |text: &str| -> String { words(text).into_iter().next().unwrap_or_default() };
    let opening = first(&lower);
    if ["we", "we're", "we've", "our"].contains(&opening.as_str()) {
        return Some(Shape::AboutUs);
    }
    // "You have experience managing…", "You're fluent in…": the candidate described.
    let describes_you = match words(&lower).as_slice() {
        [you, _] if you == "you're" || you == "you've" => true,
        [you, verb] => you == "you" && YOU_ASKED.contains(&verb.as_str()),
        _ => false,
    };
    if years_first(&lower)
        || describes_you
        || ASKS.contains(&opening.as_str())
        || ASKS.contains(&first(body).as_str())
    {
        return Some(Shape::Ask);
    }
    let verb = first(body);
    // "Develops and maintains…", "Troubleshoots…": the hire's duty in the third person, as
    // a list under "A Front-End Developer at Acme:" gives it.
    let third_person = |stem: Option<&str>| stem.is_some_and(|v| DUTIES.contains(&v));
    if DUTIES.contains(&verb.as_str())
        || third_person(verb.strip_suffix("ies").map(|v| format!("{v}y")).as_deref())
        || third_person(verb.strip_suffix("es"))
        || third_person(verb.strip_suffix('s'))
    {
        return Some(Shape::Duty);
    }
    topic(&lower).then_some(Shape::Topic)
}

/// Whether a line gives a duty or asks something of the candidate, by its shape.
pub fn asks_or_gives_a_duty(line: &str) -> bool {
    matches!(shape(line), Some(Shape::Duty | Shape::Ask))
}

/// "Wayfinding. We want to make sure…": a name of a few words ended by a period, then a
/// description that neither tells the candidate what to do nor what to bring.
fn topic(lower: &str) -> bool {
    let Some((name, rest)) = lower.split_once(". ") else {
        return false;
    };
    let rest_opening = rest
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
    let name_words = name.split_whitespace().count();
    (1..=5).contains(&name_words)
        && !name.contains([',', ':', ';'])
        && rest.split_whitespace().count() >= 6
        && !DUTIES.contains(&rest_opening)
        && !ASKS.contains(&rest_opening)
        && !["you'll", "you've", "your"].contains(&rest_opening)
}

/// Whether a line is a paragraph of prose: a sentence of a dozen words or more, ended. A
/// list without bullets has short lines; a paragraph under a line says the line heads it.
pub fn reads_as_prose(line: &str) -> bool {
    let text = line.trim();
    text.split_whitespace().count() >= 12
        && (text.ends_with(['.', '!', '?', '…']) || text.contains(". "))
}

/// "5+ years of…", "3-5 years…": a line that opens with years asked.
fn years_first(lower: &str) -> bool {
    let mut words = lower.split_whitespace();
    let number = words.next().unwrap_or_default();
    number.starts_with(|c: char| c.is_ascii_digit())
        && words.next().is_some_and(|w| w.starts_with("year"))
}

/// What a list of `lines` is by their shapes: the shape of more than half of them, when
/// the list has two lines or more.
pub fn list_kind<'a>(lines: impl IntoIterator<Item = &'a str>) -> Option<SectionKind> {
    let shapes: Vec<Option<Shape>> = lines.into_iter().map(shape).collect();
    if shapes.len() < 2 {
        return None;
    }
    let count = |s: Shape| shapes.iter().filter(|x| **x == Some(s)).count();
    let most = |s: Shape| count(s) * 2 > shapes.len();
    if most(Shape::Benefit) {
        Some(SectionKind::Benefits)
    } else if most(Shape::Topic) {
        Some(SectionKind::Team)
    } else if most(Shape::AboutUs) {
        Some(SectionKind::Company)
    } else if most(Shape::Duty) {
        Some(SectionKind::Responsibilities)
    } else if most(Shape::Ask) {
        Some(SectionKind::Requirements)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_known_by_how_they_start() {
        assert_eq!(
            shape("Design and ship the billing service"),
            Some(Shape::Duty)
        );
        assert_eq!(
            shape("Step 3: Rollout (weeks 5-6): Migrate the clients"),
            Some(Shape::Duty)
        );
        assert_eq!(
            shape("Develops and maintains web applications using React.js."),
            Some(Shape::Duty)
        );
        assert_eq!(shape("Troubleshoots interface software"), Some(Shape::Duty));
        assert_eq!(shape("4+ years of Rust"), Some(Shape::Ask));
        assert_eq!(
            shape("🔩You have experience managing remote teams."),
            Some(Shape::Ask)
        );
        assert_eq!(
            shape("➕ Bonus: Knowledge of MDM products/APIs on macOS."),
            Some(Shape::Ask)
        );
        assert_eq!(shape("Strong knowledge of queues"), Some(Shape::Ask));
        assert_eq!(
            shape("Medical, dental and vision insurance"),
            Some(Shape::Benefit)
        );
        assert_eq!(shape("Generous parental leave"), Some(Shape::Benefit));
        assert_eq!(shape("We ship twice a day"), Some(Shape::AboutUs));
        assert_eq!(shape("Computer vision"), None);
        assert_eq!(shape("Kafka for our event streams"), None);
        assert_eq!(
            shape("Wayfinding. We want people to find the metrics already built."),
            Some(Shape::Topic)
        );
        // A named duty or ask is still one.
        assert_ne!(
            shape("Reliability. Own the on-call rotation and its runbooks."),
            Some(Shape::Topic)
        );
        assert_ne!(
            shape("Python. You know its standard library and its packaging well."),
            Some(Shape::Topic)
        );
    }

    /// A perks list of development round 21 under a heading folio has no words for ("What
    /// it's like working @ ONE"): pay, stock options and remote work named as perks are.
    #[test]
    fn pay_stock_options_and_remote_work_offered_are_perks() {
        let perks = [
            "Competitive cash",
            "Benefits effective on day one",
            "Early access to a high potential, high growth fintech",
            "Generous stock option packages in an early-stage startup",
            "Remote friendly (anywhere in the US) and office friendly - you pick the schedule",
            "401(k) plan with match",
        ];
        assert_eq!(list_kind(perks), Some(SectionKind::Benefits));
    }

    #[test]
    fn a_paragraph_is_a_long_ended_sentence() {
        assert!(reads_as_prose(
            "Our interview process aims to find people who will help us grow, and to show you how we work."
        ));
        assert!(!reads_as_prose("Experience with Kubernetes and Terraform"));
        assert!(!reads_as_prose("Ship it."));
    }

    #[test]
    fn a_list_is_what_most_of_its_lines_are() {
        let duties = [
            "Build the sync engine",
            "Collaborate with design",
            "A tidy codebase",
        ];
        assert_eq!(list_kind(duties), Some(SectionKind::Responsibilities));
        let perks = ["Tuition reimbursement", "Paid time off", "A laptop"];
        assert_eq!(list_kind(perks), Some(SectionKind::Benefits));
        let asks = ["3+ years with Go", "Experience with Postgres"];
        assert_eq!(list_kind(asks), Some(SectionKind::Requirements));
        let stack = ["Go for services", "Postgres for data", "Build with Bazel"];
        assert_eq!(list_kind(stack), None);
        assert_eq!(list_kind(["Build things"]), None);
    }
}
