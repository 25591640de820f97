//! A requirement read for matching: its technologies, its own words (the generic ones every
//! posting says set apart), its phrases and examples, and what it asks before its examples.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::terms;

/// Stems too general to evidence a requirement by themselves: every portfolio and posting
/// says them ("systems", "data", "team", "experience"), so a match must rest on the
/// requirement's other words.
const GENERIC: &[&str] = &[
    "software",
    "engineer",
    "engineering",
    "system",
    "systems",
    "develop",
    "development",
    "developer",
    "technical",
    "technology",
    "technologies",
    "data",
    "product",
    "products",
    "service",
    "services",
    "support",
    "design",
    "user",
    "users",
    "end",
    "complex",
    "environment",
    "production",
    "tool",
    "tools",
    "solution",
    "solutions",
    "problem",
    "problems",
    "best",
    "practice",
    "practices",
    "modern",
    "large",
    "scale",
    "quality",
    "process",
    "processes",
    "level",
    "improve",
    "impact",
    "enable",
    "significant",
    "deliver",
    "maintain",
    "implement",
    "application",
    "applications",
    "feature",
    "features",
    "platform",
    "platforms",
    "code",
    "project",
    "projects",
    "business",
    "company",
    "engineers",
    "time",
    "relevant",
    "related",
    "field",
    "fields",
    "part",
    "approach",
    "world",
    "real",
    "key",
    "critical",
    "efficient",
    "effective",
    "effectively",
    "stakeholder",
    "role",
    "roles",
    "new",
    "well",
    "stakeholders",
    "collaborate",
    "closely",
    "provide",
    "ensure",
    "create",
    "opportunity",
    "opportunities",
    "contribute",
    "excellence",
    "result",
    "results",
    "product",
    "mindset",
    "passion",
    "passionate",
    "comfortable",
    "environments",
    "based",
    "previous",
    "prior",
    "professional",
    "industry",
    "work",
    "record",
    "track",
    "history",
    "extensive",
    "meaningful",
    "interest",
    "willingness",
    "learn",
    "driven",
    "oriented",
    "ensuring",
    "make",
    "execute",
    "expand",
    "understand",
    "measure",
    "iterate",
    "evolve",
    "tackle",
    "identify",
    "solve",
    "handle",
    "promote",
    "continue",
    "thrive",
    "care",
    "communicate",
    "participate",
    "collaboration",
    "people",
    "organization",
    "organisation",
    "function",
    "functional",
    "cross",
    "multiple",
    "standard",
    "standards",
    "clear",
    "early",
    "stage",
    "short",
    "long",
    "term",
    "both",
    "dynamic",
    "fast",
    "paced",
    "ease",
    "great",
    "help",
    "success",
    "successful",
    "proven",
    "practical",
    "practices",
    "level",
    "senior",
    "junior",
    "effort",
    "efforts",
    "week",
    "weeks",
    "month",
    "months",
    // "Proficiency in written and spoken English" asks a language, not hand-written code.
    "written",
    "spoken",
    "verbal",
    "english",
];

/// Whether a stem is one of [`GENERIC`]'s.
pub fn generic(stem: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| GENERIC.iter().map(|w| terms::stem(w)).collect())
        .contains(stem)
}

/// Technologies that name a kind of work rather than a tool ("APIs", "cloud services",
/// "monitoring"): beside other words, they do not carry a requirement alone.
pub const CONCEPTS: &[&str] = &[
    "API",
    "Cloud",
    "Machine learning",
    "Deep learning",
    "Observability",
    "Containers",
    "Message queues",
    "Event-driven",
    "Microservices",
    "CI/CD",
    "SRE",
];

/// A requirement's text read for matching.
pub struct Query {
    /// The technologies it names.
    pub technologies: Vec<terms::FoundTechnology>,
    /// Content stems, technologies' words left out, each once.
    pub wanted: Vec<String>,
    /// Adjacent stems.
    pub pairs: Vec<(String, String)>,
    /// A list's topic and its examples' stems.
    pub topic: Vec<Vec<String>>,
}

impl Query {
    /// Reads a requirement's text.
    pub fn new(text: &str) -> Self {
        let technologies = terms::technologies(text);
        let mut seen = HashSet::new();
        // Technologies are matched by name; their words are not matched again as words.
        let technology_words: HashSet<String> = technologies
            .iter()
            .flat_map(|t| terms::stems(&t.written))
            .collect();
        let all = terms::stems(text);
        let wanted = all
            .iter()
            .filter(|s| !technology_words.contains(*s) && seen.insert((*s).clone()))
            .cloned()
            .collect();
        let pairs = all
            .windows(2)
            .filter_map(|w| match w {
                [a, b] if a != b => Some((a.clone(), b.clone())),
                _ => None,
            })
            .collect();
        // A list's topic ("Video streaming: HLS, DASH") and its examples ("regulated
        // industries (healthcare, payments)"): one of them in a tag or a title is enough.
        let head = text
            .split_once(':')
            .map(|(head, _)| head)
            .filter(|head| head.split_whitespace().count() <= 4)
            .unwrap_or_default();
        let examples = text
            .split('(')
            .skip(1)
            .filter_map(|part| part.split_once(')').map(|(inside, _)| inside))
            .flat_map(|inside| inside.split([',', ';', '/']))
            .flat_map(|example| example.split(" or "));
        let topic = std::iter::once(head)
            .chain(examples)
            .map(terms::stems)
            .filter(|stems| !stems.is_empty())
            .collect();
        Self {
            technologies,
            wanted,
            pairs,
            topic,
        }
    }

    /// The words that say what the requirement is about, not what every one says.
    pub fn distinct(&self) -> Vec<&String> {
        self.wanted.iter().filter(|s| !generic(s)).collect()
    }

    /// Whether it asks for more than a kind of work: a tool, or words of its own.
    pub fn has_substance(&self) -> bool {
        !self.distinct().is_empty()
            || self
                .technologies
                .iter()
                .any(|t| !CONCEPTS.contains(&t.name))
    }
}

/// What a requirement asks before its examples and asides: "Authoring documentation" of
/// "Authoring documentation (e.g., API documentation)", "Integrating identity into cloud
/// services" of "… like AWS API Gateway". `None` when nothing is set aside.
pub fn core_of(text: &str) -> Option<String> {
    let mut depth = 0_u32;
    let mut outside = String::new();
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    let lower = outside.to_lowercase();
    let cut = [
        " such as ",
        " like ",
        " e.g",
        " eg ",
        " including ",
        " for example",
        " for instance",
        " especially ",
    ]
    .iter()
    .filter_map(|w| lower.find(w))
    .min();
    let core = match cut {
        Some(at) => outside.get(..at).unwrap_or_default().to_owned(),
        None => outside,
    };
    (core.trim() != text.trim()).then_some(core)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_and_asides_are_set_apart_from_what_is_asked() {
        assert_eq!(
            core_of("Authoring developer-friendly documentation (e.g., API documentation)")
                .as_deref()
                .map(str::trim),
            Some("Authoring developer-friendly documentation")
        );
        assert_eq!(
            core_of("Integrating identity into cloud services like AWS API Gateway").as_deref(),
            Some("Integrating identity into cloud services")
        );
        assert_eq!(core_of("Experience with Kafka"), None);
    }

    #[test]
    fn generic_words_say_nothing_of_their_own() {
        assert!(generic(&terms::stem("systems")));
        assert!(generic(&terms::stem("data")));
        assert!(!generic(&terms::stem("documentation")));
        let query = Query::new("Experience building scalable systems for our data team");
        let own: Vec<&String> = query.distinct();
        assert_eq!(own, [&terms::stem("scalable")]);
        // "APIs" alone is a kind of work; "Go" is a tool.
        assert!(!Query::new("Experience with APIs").has_substance());
        assert!(Query::new("Experience with Go").has_substance());
        // A language spoken asks nothing a case study's "hand-written kernel" shows.
        assert!(
            !Query::new("Proficiency in written and spoken English")
                .distinct()
                .iter()
                .any(|stem| **stem == terms::stem("written"))
        );
    }
}
