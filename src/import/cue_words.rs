//! The word lists the header cues ([`super::cues`]) weigh (words that name a role, an
//! organisation, and the modifiers that qualify either) and how strongly a text reads as them.

/// Words that name a role.
pub const ROLE_WORDS: &[&str] = &[
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
    "dba",
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
    "техник",
    "специалист",
    "менеджер",
    "директор",
    "стажер",
    "стажёр",
    "entwickler",
    "softwareentwickler",
    "ingenieur",
    "praktikant",
    "werkstudent",
    "développeur",
    "ingénieur",
    "stagiaire",
    "desarrollador",
    "ingeniero",
    "desenvolvedor",
    "engenheiro",
    "estagiário",
    // German (a compound's last part is matched too: "Entwicklungsingenieur"), French,
    // Spanish, Portuguese and Italian.
    "helfer",
    "programmierer",
    "mitarbeiter",
    "leiter",
    "berater",
    "techniker",
    "assistent",
    "referent",
    "hilfskraft",
    "architekt",
    "lehrer",
    "dozent",
    "doktorand",
    "wissenschaftler",
    "chef",
    "responsable",
    "chargé",
    "chargée",
    "chercheur",
    "chercheuse",
    "enseignant",
    "enseignante",
    "directeur",
    "directrice",
    "technicien",
    "alternant",
    "développeuse",
    "ingénieure",
    "jefe",
    "analista",
    "gerente",
    "asistente",
    "profesor",
    "investigador",
    "becario",
    "consultor",
    "técnico",
    "coordinador",
    "pesquisador",
    "estagiária",
    "desenvolvedora",
    "sviluppatore",
    "ingegnere",
    "tecnico",
    "ricercatore",
    "stagista",
    "responsabile",
    "consulente",
    // Jobs outside software that students and career changers list, and more languages
    // (Spanish, Portuguese, Polish, Dutch, Swedish, Italian).
    "receptionist",
    "cashier",
    "clerk",
    "nurse",
    "driver",
    "waiter",
    "waitress",
    "barista",
    "cook",
    "bartender",
    "operator",
    "worker",
    "agent",
    "attendant",
    "mechanic",
    "electrician",
    "pharmacist",
    "physician",
    "attorney",
    "paralegal",
    "secretary",
    "recruiter",
    "economist",
    "statistician",
    "mathematician",
    "physicist",
    "chemist",
    "biologist",
    "librarian",
    "journalist",
    "reporter",
    "photographer",
    "translator",
    "interpreter",
    "babysitter",
    "baby-sitter",
    "nanny",
    "lifeguard",
    "counselor",
    "counsellor",
    "therapist",
    "inspector",
    "dispatcher",
    "courier",
    "salesperson",
    "programador",
    "desarrolladora",
    "coordenador",
    "coordenadora",
    "programista",
    "kierownik",
    "specjalista",
    "stażysta",
    "praktykant",
    "inżynier",
    "ontwikkelaar",
    "medewerker",
    "stagiair",
    "adviseur",
    "beheerder",
    "utvecklare",
    "systemutvecklare",
    "konsult",
    "ingenjör",
    "tirocinante",
    // An internship in French, German, Portuguese, Italian and Polish ("Stage 2ème année").
    "stage",
    "praktikum",
    "estágio",
    "tirocinio",
    "staż",
    "programmatore",
    "analyste",
    "consultante",
];

/// Words that name an organisation.
pub const ORG_WORDS: &[&str] = &[
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
    // Russian legal forms and research institutes: АО, ООО, ПАО, ЗАО, ОАО, НИИ.
    "ао",
    "ооо",
    "пао",
    "зао",
    "оао",
    "нии",
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

/// Words that qualify a role and also name departments and organisations ("Samsung
/// Research & Development", "Product team").
pub const MODIFIERS: &[&str] = &[
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

/// The words of `text`, in lower case, hyphenated words whole.
pub(super) fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// A word as `list` has it: a compound's last part is its head, so "техник-программист" is
/// a programmer and an "Entwicklungsingenieur" an engineer (a head of six letters or more,
/// so that no English word is taken for a compound of a short one).
pub(super) fn as_listed(word: String, list: &[&str]) -> String {
    if list.contains(&word.as_str()) {
        return word;
    }
    if let Some((_, head)) = word.rsplit_once('-')
        && list.contains(&head)
    {
        return head.to_owned();
    }
    list.iter()
        .find(|head| {
            head.chars().count() >= 6
                && word.chars().count() > head.chars().count() + 2
                && word.ends_with(*head)
        })
        .map_or(word, |head| (*head).to_owned())
}

/// How strongly `text` reads as a role (with [`ROLE_WORDS`]) or an organisation (with
/// [`ORG_WORDS`]): two for each word of the list, but one for a role's modifiers, which also
/// name departments and organisations ("Samsung Research & Development", "Product team").
pub(super) fn score(text: &str, list: &[&str]) -> usize {
    let words: Vec<String> = words_of(text)
        .into_iter()
        .map(|w| as_listed(w, list))
        .collect();
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
