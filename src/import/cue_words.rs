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
    "teamlead",
    "techlead",
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
    "postdoctorat",
    "post-doctorat",
    "doctorant",
    "postdoctoral",
    "student",
    "technician",
    "coordinator",
    "programmer",
    "maintainer",
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
    // Trades and care: "Elektroniker", "Mechatroniker", "Krankenpflegerin", "Kaufmann".
    "elektroniker",
    "mechatroniker",
    "mechaniker",
    "informatiker",
    "pfleger",
    "pflegerin",
    "kaufmann",
    "kauffrau",
    "sanitäter",
    "verkäufer",
    "verkäuferin",
    "assistent",
    "referent",
    "hilfskraft",
    "architekt",
    // An architect in French, Spanish, Portuguese and Italian.
    "architecte",
    "arquitecto",
    "arquitecta",
    "arquiteto",
    "arquiteta",
    "architetto",
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
    "adjoint",
    "adjointe",
    "président",
    "présidente",
    "tuteur",
    "tutrice",
    "animateur",
    "animatrice",
    "vendeur",
    "vendeuse",
    "serveur",
    "serveuse",
    "caissier",
    "caissière",
    "employé",
    "employée",
    "auxiliar",
    "ayudante",
    "practicante",
    "pasante",
    "asesor",
    "encargado",
    "encargada",
    "docente",
    "assistente",
    "atendente",
    "operador",
    "operadora",
    // An internship in French, German, Portuguese, Italian and Polish ("Stage 2ème année").
    "stage",
    "praktikum",
    "estágio",
    "tirocinio",
    "staż",
    "programmatore",
    "analyste",
    "consultante",
    // Chinese, Japanese and Korean roles are one word ending in their head ("網頁工程師",
    // a web engineer): see `as_listed`.
    "工程師",
    "工程师",
    // Seniority, written apart from the role it qualifies ("高级 JAVA 开发工程师").
    "高级",
    "高級",
    "资深",
    "資深",
    "初级",
    "初級",
    "中级",
    "中級",
    "首席",
    "シニア",
    "ジュニア",
    "시니어",
    "주니어",
    "經理",
    "经理",
    "顧問",
    "顾问",
    "技術長",
    "技术长",
    "總監",
    "总监",
    "主管",
    "實習生",
    "实习生",
    "研究員",
    "研究员",
    "助理",
    "專員",
    "专员",
    "設計師",
    "设计师",
    "架構師",
    "架构师",
    "開發者",
    "开发者",
    "總召",
    "組長",
    "组长",
    "負責人",
    "负责人",
    "エンジニア",
    "マネージャー",
    "開発者",
    "研究者",
    "개발자",
    "엔지니어",
    "매니저",
    "연구원",
    "인턴",
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
    // Legal forms elsewhere: Finnish, Danish and Norwegian, Dutch, French, Italian and
    // Romanian, Portuguese and Brazilian, Hungarian, German partnerships, Singaporean,
    // Malaysian, Australian, Ukrainian, Korean, Polish. (Not two-letter ones that are
    // words too: "as", "me", "ab".)
    "oy",
    "oyj",
    "aps",
    "asa",
    "nv",
    "sas",
    "sarl",
    "srl",
    "spa",
    "ltda",
    "eireli",
    "kft",
    "zrt",
    "kg",
    "gbr",
    "ohg",
    "mbh",
    "pte",
    "bhd",
    "sdn",
    "pty",
    "тов",
    "주식회사",
    "spółka",
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
    // Where people serve, cook and care: hotels, restaurants, clinics.
    "hotel",
    "hôtel",
    "restaurant",
    "klinik",
    "klinikum",
    "clinic",
    "clínica",
    "clinique",
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
    // Chinese, Japanese and Korean names end in what they are ("…科技", "…大學", "…中心").
    "公司",
    "科技",
    "大學",
    "大学",
    "中心",
    "研究所",
    "研究院",
    "实验室",
    "實驗室",
    "研究室",
    "銀行",
    "银行",
    "株式会社",
    "有限公司",
    "集團",
    "集团",
    "学院",
    "學院",
    "회사",
    "대학교",
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

/// The words of `text`, in lower case, hyphenated words whole. A company's legal form
/// written as one sign ("㈜아이티센", "㈱ワクワク", "(주)조인트리") is its word.
pub(super) fn words_of(text: &str) -> Vec<String> {
    // Rewritten only where a sign stands: this runs for every piece of every header.
    let text = if LEGAL_FORM_SIGNS.iter().any(|(sign, _)| text.contains(sign)) {
        std::borrow::Cow::Owned(
            LEGAL_FORM_SIGNS
                .iter()
                .fold(text.to_owned(), |text, (sign, word)| {
                    text.replace(sign, &format!(" {word} "))
                }),
        )
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Signs that stand for a company's legal form in Korean and Japanese, and the word of
/// [`ORG_WORDS`] each stands for.
const LEGAL_FORM_SIGNS: &[(&str, &str)] = &[
    ("㈜", "주식회사"),
    ("(주)", "주식회사"),
    ("（주）", "주식회사"),
    ("㈱", "株式会社"),
    ("(株)", "株式会社"),
    ("（株）", "株式会社"),
];

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
    // Chinese, Japanese and Korean write a name and its head as one word: "網頁工程師" is an
    // engineer, "國立成功大學計算機中心" a centre.
    if word.chars().any(is_cjk)
        && let Some(head) = list
            .iter()
            .find(|head| head.chars().any(is_cjk) && word.ends_with(*head))
    {
        return (*head).to_owned();
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
    // A grade after the head is no head of its own ("Systems Administrator III").
    let grade = |w: &String| {
        matches!(w.as_str(), "i" | "ii" | "iii" | "iv" | "v" | "vi")
            || w.chars().all(|c| c.is_ascii_digit())
    };
    let head = words
        .iter()
        .position(|w| matches!(w.as_str(), "of" | "for" | "de" | "der" | "du"))
        .and_then(|i| i.checked_sub(1))
        .and_then(|i| words.get(i))
        .or_else(|| words.iter().rev().find(|w| !grade(w)))
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

/// Whether a character is written in Chinese, Japanese or Korean script, where words are not
/// set apart by spaces.
pub(super) fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30ff}' // kana
        | '\u{3400}'..='\u{4dbf}'
        | '\u{4e00}'..='\u{9fff}' // ideographs
        | '\u{f900}'..='\u{faff}'
        | '\u{ac00}'..='\u{d7af}' // hangul
    )
}

/// Whether every word of `text` names a field of work ("Data Science / Cloud Platform",
/// "Software Engineering"): a team or discipline, never an organisation's name alone.
pub(super) fn discipline(text: &str) -> bool {
    const FIELDS: &[&str] = &[
        "software",
        "engineering",
        "data",
        "science",
        "sciences",
        "platform",
        "platforms",
        "operations",
        "cloud",
        "infrastructure",
        "research",
        "development",
        "product",
        "design",
        "analytics",
        "security",
        "machine",
        "learning",
        "ml",
        "ai",
        "backend",
        "frontend",
        "mobile",
        "web",
        "systems",
        "enablement",
        "marketing",
        "sales",
        "finance",
        "quality",
        "assurance",
        "devops",
        "networking",
        "and",
        "&",
        "full",
        "stack",
        "full-stack",
        "applied",
        "computer",
        "vision",
        "reliability",
        "site",
        "services",
        "network",
        "support",
        "servicedesk",
        "helpdesk",
        "it",
        "qa",
    ];
    let words = words_of(text);
    !words.is_empty() && words.iter().all(|w| FIELDS.contains(&w.as_str()))
}

/// Whether `text` says only on what terms a job was held ("Full-time", "Internship",
/// "Apprenticeship", "Part time", "Stage"), as a career site's header writes beside the role.
pub(super) fn employment_terms(text: &str) -> bool {
    const TERMS: &[&str] = &[
        "full-time",
        "fulltime",
        "part-time",
        "parttime",
        "full",
        "part",
        "time",
        "internship",
        "apprenticeship",
        "alternance",
        "apprentissage",
        "apprendistato",
        "aprendizaje",
        "aprendizagem",
        // A consultant's assignment ("Mission · Développeur C++"), a temp's ("Intérim").
        "mission",
        "intérim",
        "interim",
        // Internships as French, German, Spanish, Portuguese and Italian résumés say it
        // beside the role ("Ingénieur DevOps - Stage").
        "stage",
        "prácticas",
        "practicas",
        "estágio",
        "estagio",
        "tirocinio",
        "cdi",
        "cdd",
        "contract",
        "freelance",
        "permanent",
        "temporary",
        "seasonal",
        "fixed-term",
    ];
    let words = words_of(text);
    !words.is_empty()
        && words.len() <= 3
        && words.iter().all(|w| TERMS.contains(&w.as_str()))
        && !matches!(words.as_slice(), [only] if only == "full" || only == "part" || only == "time")
}
