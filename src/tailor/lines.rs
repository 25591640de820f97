//! One line of a posting on its own: its bullet, its sentences, and what its words say of
//! it (a lead-in to a list, a line about the company, a nice-to-have, years asked).

/// "You will:", "any combination of the following." and "Not sure you qualify?" introduce
/// a list or ask the reader; they ask nothing of the candidate. A line that states what it
/// asks before its questions ("A mentor: when did you last…?") asks it.
pub(super) fn lead_in(text: &str) -> bool {
    let lower = text.to_lowercase();
    text.ends_with(':')
        || (text.ends_with('?') && sentences(text).len() <= 1 && !asks_the_reader(text))
        || (lower.contains("the following") && text.ends_with(['.', ':']))
}

/// A line of a list without the sentence that introduces what follows: "Build the survey
/// tool. This may include:" asks to build the survey tool.
pub(super) fn without_lead_in(text: &str) -> String {
    let parts = sentences(text);
    match parts.split_last() {
        Some((last, rest)) if !rest.is_empty() && last.trim_end().ends_with(':') => {
            rest.concat().trim().to_owned()
        }
        _ => text.to_owned(),
    }
}

/// "Our team primarily uses Go…", "This role will be remote…", "A Staff Engineer (Go, GCP)
/// that will code half the time": a line of a list that says what the company or the job
/// is, or who the hire is in the third person, not what it asks; "Please refer to our
/// handbook…" points elsewhere.
pub(super) fn about_us(text: &str) -> bool {
    let lower = text.to_lowercase();
    let hire = (lower.starts_with("a ") || lower.starts_with("an "))
        && [" that will ", " who will "].iter().any(|w| {
            lower.split_once(w).is_some_and(|(who, _)| {
                let who = who.trim_end_matches(')');
                ROLES.iter().any(|r| who.contains(r))
            })
        });
    let pointer = ["please refer", "please see", "learn more", "read more"]
        .iter()
        .any(|p| lower.starts_with(p));
    // "Join us to be at the forefront…", "Why Join Us? You will be part of…": the pitch.
    // ("You will be part of the on-call rotation" asks something: only the invitation.)
    let pitch = ["join us", "why join", "come join"]
        .iter()
        .any(|p| lower.starts_with(p));
    // "We will measure cycle time…" under each list of duties says what the company does;
    // "We look for…", "We require…" still ask, and so does a line that goes on to the reader
    // ("We write tests for all our code. You should be passionate about testing").
    let we = lower.replace('’', "'");
    let to_reader = we
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .any(|w| matches!(w, "you" | "your" | "you'll" | "you're" | "you've"));
    let we_do = !to_reader
        && ["we ", "we'll ", "we've ", "we're "]
            .iter()
            .find_map(|w| we.strip_prefix(w))
            .is_some_and(|rest| {
                let verb = rest.split_whitespace().next().unwrap_or_default();
                let asking = [
                    "look", "looking", "seek", "seeking", "search", "require", "expect", "need",
                    "want", "would", "are", "hope", "value", "prefer",
                ];
                !asking.contains(&verb)
                    && !rest.starts_with("will need")
                    && !rest.starts_with("will expect")
            });
    hire || pointer
        || pitch
        || we_do
        || lower.starts_with("our ")
        || lower.starts_with("this role ")
}

/// "Title: Tech Lead, Acme", "Job Keywords: SQL, Python": a field of the job ad's record
/// (its title, employer, keywords, reference), asked of nobody.
pub(super) fn posting_field(text: &str) -> bool {
    const FIELDS: &[&str] = &[
        "title",
        "job title",
        "position",
        "position title",
        "company",
        "employer",
        "job keywords",
        "keywords",
        "tags",
        "job id",
        "req id",
        "requisition id",
        "reference",
        "department",
        "employment type",
        "job type",
        "posted",
        "date posted",
    ];
    text.split_once(':').is_some_and(|(label, rest)| {
        FIELDS.contains(&label.trim().to_lowercase().as_str()) && !rest.trim().is_empty()
    })
}

/// "… welcomes and celebrates diversity and inclusion and is committed to equal opportunity
/// employment", "If you need accommodation due to a disability…": the employer's statement
/// of fair hiring, every sentence of it, asks nothing of the candidate.
pub(super) fn fair_hiring(paragraph: &str) -> bool {
    const SAID: &[&str] = &[
        "equal opportunity",
        "equal employment",
        "without regard to",
        "diversity and inclusion",
        "diverse perspectives",
        "accommodation due to",
        "reasonable accommodation",
        "protected veteran",
    ];
    let lower = paragraph.to_lowercase();
    SAID.iter().any(|s| lower.contains(s))
        || (lower.contains("hiring process") && lower.contains("confidential"))
}

/// "Jefit is a profitable fitness-tech company — 15+ years in market…": a sentence whose
/// subject is the employer, named, says what the company is; its years are the company's.
pub(super) fn names_the_company(sentence: &str) -> bool {
    const WHAT: &[&str] = &[
        "company",
        "startup",
        "start-up",
        "platform",
        "provider",
        "leader",
        "business",
        "firm",
        "agency",
        "organization",
        "organisation",
        "marketplace",
        "employer",
    ];
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let Some(is) = words.iter().take(5).position(|w| *w == "is") else {
        return false;
    };
    let named = is >= 1
        && words
            .iter()
            .take(is)
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    let what = words.iter().skip(is + 1).take(8).any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
            .to_lowercase();
        WHAT.contains(&w.as_str())
    });
    named
        && matches!(words.get(is + 1).copied(), Some("a" | "an" | "the"))
        && what
        && !words
            .first()
            .is_some_and(|w| matches!(*w, "You" | "Your" | "This" | "The"))
}

/// Words naming the job itself in a line about the hire.
const ROLES: &[&str] = &[
    "engineer",
    "manager",
    "developer",
    "scientist",
    "designer",
    "lead",
];

/// "Education: a degree in…": a requirement under a label of its own, though it stands as
/// a paragraph after a list.
pub(super) fn labelled(text: &str) -> bool {
    text.split_once(':').is_some_and(|(label, rest)| {
        let words = label.split_whitespace().count();
        (1..=3).contains(&words) && rest.split_whitespace().count() >= 3
    })
}

/// Prose about the role that hands the hire a duty ("Your focus will be…", "You will build
/// the systems…", "Expect to be on call…", "The Senior Android Engineer is responsible
/// for…"): what the job does, though no list says it. A team's duty ("The ML team is
/// responsible for…") and joining one ("You'll be joining 250 engineers") are no duty of the
/// hire's.
pub(super) fn gives_a_duty(sentence: &str) -> bool {
    let lower = sentence.trim().to_lowercase().replace('’', "'");
    // "As a Senior Engineer, you will be responsible for…": the role named first, then
    // the duty.
    let lower = as_the_role(&lower).unwrap_or(&lower).to_owned();
    let addressed = ["you will ", "you'll ", "you would ", "expect to "]
        .iter()
        .find_map(|lead| lower.strip_prefix(lead))
        .is_some_and(|then| {
            // Joining, belonging and being offered are no duty ("you'll be part of a global
            // network", "you'll have opportunities to…").
            !NO_DUTY
                .iter()
                .any(|not_a_duty| then.starts_with(not_a_duty))
                && being_is_doing(then)
        });
    let yours = lower.starts_with("your ")
        && lower
            .split_whitespace()
            .take(4)
            .any(|w| w == "will" || w == "is");
    let words = words_of(&lower);
    let the_hire = |subject: &[&str]| {
        subject
            .iter()
            .any(|w| ROLES.contains(w) || HIRE.contains(w))
            && !subject.iter().any(|w| *w == "team" || *w == "teams")
    };
    let hires = words
        .iter()
        .position(|w| w.starts_with("responsib"))
        .and_then(|at| words.get(..at))
        .is_some_and(the_hire);
    // "The Senior Analytics Engineer will support the entire organization…": the role
    // named as the subject, then what it will do (not "will report to…", "will join…").
    let named_role_will = words.iter().position(|w| *w == "will").is_some_and(|at| {
        let subject = words.get(..at).unwrap_or_default();
        let then = words.get(at + 1..).unwrap_or_default().join(" ");
        subject.len() <= 8
            && subject
                .last()
                .is_some_and(|w| ROLES.contains(w) || HIRE.contains(w))
            && the_hire(subject)
            && !NO_DUTY.iter().any(|not| then.starts_with(not.trim_end()))
            && being_is_doing(&then)
    });
    addressed || yours || hires || named_role_will
}

/// Words for the hire, as the subject of a duty ("This position is responsible for…").
const HIRE: &[&str] = &["person", "position", "incumbent", "hire"];

/// What follows "you will" that hands no duty: joining, belonging, being offered.
const NO_DUTY: &[&str] = &[
    "join",
    "be joining",
    "report",
    "be reporting",
    "be part of",
    "be a part of",
    "become part",
    "have ",
    "get ",
    "enjoy",
    "wear ",
    // What the job shows or teaches the hire: an offer ("You'll see your code in front of
    // millions of users").
    "see ",
    "learn ",
];

/// What follows "you will" is something done: "be designing…", "be hands-on, planning…",
/// "be responsible for…", "be pivotal in driving…"; not a place or a state ("be at the
/// forefront of this innovation").
fn being_is_doing(then: &str) -> bool {
    let Some(state) = then.strip_prefix("be ") else {
        return true;
    };
    words_of(state).iter().any(|w| {
        (w.len() > 5 && w.ends_with("ing"))
            || w.starts_with("responsib")
            || w.starts_with("accountab")
            || ["expected", "hands", "charge", "tasked"].contains(w)
    })
}

/// A yes-or-no question about who the reader is or what they know, as some postings ask
/// their requirements ("Are you an engineer with a passion for web applications?", "Tu
/// maîtrises le C# … ?", "Hast du Erfahrung mit Go?"); not one that asks whether they want
/// the job ("Are you ready to have an impact?", "Tu rêves d'avoir accès…?"), nor a heading's
/// question ("What will you do?", "Not sure you qualify?").
pub(super) fn asks_the_reader(sentence: &str) -> bool {
    let trimmed = sentence.trim();
    if !trimmed.ends_with('?') {
        return false;
    }
    let lower = trimmed.to_lowercase().replace('’', "'");
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '·'))
        .filter(|w| !w.is_empty())
        .collect();
    let to_the_reader = words
        .iter()
        .any(|w| ["you", "tu", "vous", "du", "você", "tú", "usted", "ты", "вы"].contains(w));
    let open_question = words.first().is_some_and(|first| {
        [
            "what", "why", "how", "who", "where", "which", "pourquoi", "comment", "que", "quel",
            "quelle", "qui", "was", "warum", "wie", "wer", "qué", "por", "cómo", "quién",
        ]
        .contains(first)
    });
    // Wanting the job, not being fit for it: a pitch.
    let wanting = words.iter().any(|w| {
        [
            "ready",
            "want",
            "join",
            "joining",
            "apply",
            "qualify",
            "excited",
            "looking",
            "prêt",
            "prête",
            "prêt·e",
            "rêves",
            "rêvez",
            "envie",
            "rejoindre",
            "postuler",
            "bereit",
            "lust",
        ]
        .contains(w)
    }) || lower.contains("sound like")
        || lower.contains("sounds like");
    to_the_reader && !open_question && !wanting && words.len() >= 6
}

/// What follows "As a Senior Engineer, " at the start of a sentence (lower case): the
/// sentence's own subject and verb.
fn as_the_role(lower: &str) -> Option<&str> {
    let rest = ["as a ", "as an ", "as the ", "as our "]
        .iter()
        .find_map(|lead| lower.strip_prefix(lead))?;
    let (role, then) = rest.split_once(", ")?;
    (role.split_whitespace().count() <= 10).then_some(then.trim_start())
}

/// Prose about the job rather than the candidate: "We are seeking…", "Our team…", "As a
/// Senior Engineer you will be part of…"; not the duty that follows the role named first
/// ("As a Senior Engineer, you will be responsible for…").
pub(super) fn describes_role(sentence: &str) -> bool {
    let lower = sentence.to_lowercase().replace('’', "'");
    if as_the_role(&lower).is_some() && gives_a_duty(sentence) {
        return false;
    }
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    let has = |set: &[&str]| words.iter().any(|w| set.contains(w));
    let to_reader = has(&["you", "your", "you'll", "you're", "you've", "yourself"]);
    // "One of our values is…", "Working with QA, the Engineering Manager will…": about the
    // company, or the job in the third person, not to the reader.
    let third_person = words.windows(2).any(|pair| {
        matches!(pair, [who, "will"] if ["manager", "engineer", "developer", "lead", "candidate", "hire", "person", "incumbent"].contains(who))
    });
    [
        "we ",
        "we're ",
        "we'd ",
        "our ",
        "as a ",
        "as an ",
        "this role",
        "in this role",
        "the role",
    ]
    .iter()
    .any(|w| lower.starts_with(w))
        || (!to_reader && (third_person || has(&["our", "we"]) && has(&["company", "values"])))
}

/// "7. Reliability and cost" above "● CI/CD: …", "• Primary technologies" above "◦ Node.js":
/// a short numbered or bulleted line without a final period, over bullets of another mark,
/// names a part of the list rather than asking.
pub(super) fn sub_heading(text: &str, next: &str) -> bool {
    let numbered = text.chars().next().is_some_and(|c| c.is_ascii_digit());
    let next_numbered = next.chars().next().is_some_and(|c| c.is_ascii_digit());
    // A bullet over the marks word processors and browsers give a second level: a group's
    // name of a few words. (A paste mixes first-level marks freely: "•", "·", "–", "*".)
    let second_level = |line: &str| {
        matches!(
            line.trim_start().chars().next(),
            Some('◦' | '○' | '▪' | '‣' | '⁃')
        )
    };
    let group = !numbered
        && bullet(text).is_some_and(|body| body.split_whitespace().count() <= 4)
        && !second_level(text)
        && second_level(next);
    (numbered || group)
        && !next_numbered
        && bullet(next).is_some()
        && bullet(text).is_some_and(|body| {
            body.split_whitespace().count() <= 6 && !body.ends_with(['.', ';', ',', ':'])
        })
}

/// "Execution & Delivery" between "…1:1s, performance reviews." and "Own the delivery of
/// …": a few capitalised words without a final stop, among sentences that have one, names
/// the group of duties under it; it asks nothing.
pub(super) fn group_title(text: &str, previous: &str, next: &str, after_heading: bool) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let titled = (2..=5).contains(&words.len())
        && words
            .iter()
            .all(|w| *w == "&" || w.starts_with(|c: char| c.is_uppercase()))
        && !text.ends_with(|c: char| c.is_ascii_punctuation());
    let sentence = |line: &str| {
        bullet(line).is_none() && line.ends_with('.') && line.split_whitespace().count() >= 6
    };
    titled
        && super::terms::technologies(text).is_empty()
        && (after_heading || sentence(previous))
        && sentence(next)
}

/// Whether a requirement's own words make it a nice-to-have: "a plus", "bonus",
/// "preferred" in its main clause. An aside does not ("SQL (Airflow preferred)", "Swift -
/// Objective-C is a plus"), unless it is all there is ("Android (bonus)").
pub(super) fn says_nice(lower: &str) -> bool {
    const NICE: &[&str] = &[
        "nice to have",
        "nice-to-have",
        "a plus",
        "strong plus",
        "big plus",
        "bonus",
        "preferred",
        "preferably",
        "desirable",
        "an advantage",
        "un atout",
        "would be great",
        "not required",
        "beneficial",
    ];
    let has = |text: &str| NICE.iter().any(|w| text.contains(w));
    let main: String = {
        let mut depth = 0_u32;
        let mut out = String::new();
        for c in lower.chars() {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ if depth == 0 => out.push(c),
                _ => {}
            }
        }
        out.split(" - ")
            .next()
            .unwrap_or_default()
            .split(" – ")
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    let aside_only = lower
        .rsplit_once('(')
        .is_some_and(|(_, aside)| has(aside) && aside.split_whitespace().count() <= 3);
    has(&main) || aside_only || lower.starts_with("ideally")
}

/// "5+ years", "at least 3 years", "seven years" → the number.
pub(super) fn years_asked(lower: &str) -> Option<u32> {
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '(' || c == ')' || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let spelled = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    let value = |number: &str| {
        let digits: String = number.chars().take_while(char::is_ascii_digit).collect();
        digits.parse::<u32>().ok().or_else(|| {
            spelled
                .iter()
                .position(|w| *w == number)
                .and_then(|n| u32::try_from(n).ok())
        })
    };
    (1..words.len()).find_map(|at| {
        let unit = words.get(at)?;
        if !(unit.starts_with("year") || unit.starts_with("yrs")) {
            return None;
        }
        // "12+ total years", "5+ professional years": the number before the years' kind.
        let counted = [
            "total",
            "combined",
            "cumulative",
            "professional",
            "relevant",
        ];
        let before = match words.get(at - 1) {
            Some(w) if counted.contains(w) && at >= 2 => at - 2,
            _ => at - 1,
        };
        let mut number = value(words.get(before)?)?;
        // "2 - 6 years", "3 to 5 years": the least is what is asked.
        if let (Some(dash), Some(from)) = (words.get(before.wrapping_sub(1)), before.checked_sub(2))
            && ["-", "–", "to"].contains(dash)
            && let Some(least) = words.get(from).and_then(|w| value(w))
        {
            number = least;
        }
        // "23+ years of experience" of a company is its history, not an ask.
        (1..=20).contains(&number).then_some(number)
    })
}

/// The line's text when it is a bullet ("- ", "* ", "• ", "1. ", "1) ", "✅ "): ASCII marks
/// need a space after them, the typographic ones ("•Item") do not.
pub(super) fn bullet(line: &str) -> Option<&str> {
    for marker in ["- ", "* ", "+ ", "o "] {
        if let Some(rest) = line.strip_prefix(marker) {
            return Some(rest.trim());
        }
    }
    let mut chars = line.chars();
    let first = chars.next()?;
    let typographic = matches!(
        first,
        '•' | '·'
            | '–'
            | '—'
            | '▪'
            | '○'
            | '●'
            | '◦'
            | '‣'
            | '⁃'
            | '▸'
            | '►'
            | '➢'
            | '→'
            | '✓'
            | '✔'
            | '✅'
            | '☑'
            | '■'
            | '□'
            | '◆'
            | '❖'
            | '➤'
            | '⭐'
            | '🔹'
            | '🔸'
            | '👉'
    );
    if typographic {
        let rest = chars.as_str().trim_start_matches('\u{fe0f}').trim();
        // "⭐️ The Engineering team ⭐️": a mark on both sides decorates a heading.
        let decorated = rest.trim_end_matches('\u{fe0f}').ends_with(first);
        return (!rest.is_empty() && !decorated).then_some(rest);
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        let rest = line.get(digits..)?;
        if let Some(body) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return Some(body.trim());
        }
    }
    None
}

/// A paragraph cut into sentences at ". ", "! " and "? " (not inside "e.g. " or "i.e. ").
pub(super) fn sentences(paragraph: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = paragraph.chars().peekable();
    while let Some(c) = chars.next() {
        current.push(c);
        // "Multiple openings available.Architect and develop…": a paste that lost the space
        // after a full stop, after a word in lower case and before a capitalised one.
        let run_on = c == '.'
            && chars.peek().is_some_and(|n| n.is_uppercase())
            && chars.clone().nth(1).is_some_and(char::is_lowercase)
            && current
                .trim_end_matches('.')
                .rsplit(|ch: char| !ch.is_alphabetic())
                .next()
                .is_some_and(|word| {
                    word.chars().count() >= 4 && word.chars().all(char::is_lowercase)
                });
        let ends = matches!(c, '.' | '!' | '?') && chars.peek().is_none_or(|n| n.is_whitespace())
            || run_on;
        let abbreviation = ["e.g.", "i.e.", "etc.", "vs.", "approx."]
            .iter()
            .any(|a| current.to_lowercase().ends_with(a))
            || initials(&current);
        if ends && !abbreviation {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.trim().is_empty() {
        out.push(current);
    }
    out.iter().flat_map(|s| listed_after_a_colon(s)).collect()
}

/// Whether `text` ends with a name's initials ("the U.S.", "U.K."), not a sentence.
fn initials(text: &str) -> bool {
    let tail: Vec<char> = text.chars().rev().take(5).collect();
    match tail.as_slice() {
        ['.', b, '.', a, rest @ ..] => {
            a.is_uppercase() && b.is_uppercase() && rest.first().is_none_or(|c| !c.is_alphabetic())
        }
        _ => false,
    }
}

/// The sentences of `text` that say who may be hired ("Remote candidates must be physically
/// located within the United States."), outside the asks: only those that ask in so many
/// words, as a notice naming citizenship or a place ("… authorized to work may not be
/// discriminated against") asks nothing.
pub(super) fn conditions_of_hire(text: &str) -> Vec<String> {
    sentences(text)
        .iter()
        .map(|sentence| tidy(sentence))
        .filter(|sentence| {
            let lower = sentence.to_lowercase().replace('’', "'");
            super::heading::asks_outright(&lower)
                && super::heading::who_may_be_hired(&lower)
                && !super::heading::never_asked(&lower)
        })
        .collect()
}

/// Whether a list's first line gives the pay ("White salary and annual bonuses",
/// "Competitive salary + equity"): a perk, not an ask.
pub(super) fn opens_with_pay(text: &str) -> bool {
    let lower = text.to_lowercase();
    super::shape::shape(text) == Some(super::shape::Shape::Benefit)
        && lower.split(|c: char| !c.is_alphanumeric()).any(|w| {
            matches!(
                w,
                "salary" | "salaries" | "bonus" | "bonuses" | "pay" | "compensation"
            )
        })
}

/// Whether a line introduces the company's values ("Live our core values in all you do:").
pub(super) fn introduces_values(text: &str) -> bool {
    let lower = text.to_lowercase();
    [
        "our values",
        "core values",
        "company values",
        "our principles",
        "our tenets",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// A sentence that lists its asks after a colon, parted by semicolons ("Must also have
/// experience in the following: 3 years of Android; 2 years of REST APIs; …"): each ask on
/// its own, the first with the words that introduce the list.
fn listed_after_a_colon(sentence: &str) -> Vec<String> {
    let listed = sentence
        .split_once(": ")
        .is_some_and(|(head, _)| !head.contains(';'))
        && sentence.matches("; ").count() >= 2;
    if !listed {
        return vec![sentence.to_owned()];
    }
    sentence
        .split("; ")
        .filter(|item| !item.trim().is_empty())
        .map(str::to_owned)
        .collect()
}

/// Whitespace squeezed; Markdown emphasis and a trailing semicolon dropped.
pub(super) fn tidy(text: &str) -> String {
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    joined
        .replace("**", "")
        .replace("__", "")
        .trim_end_matches([';', ','])
        .trim()
        .to_owned()
}

/// The words of a text: its runs of letters and digits.
pub(super) fn words_of(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

#[cfg(test)]
#[path = "lines_tests.rs"]
mod tests;
