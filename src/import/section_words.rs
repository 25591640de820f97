//! The words of section headings, in the languages résumés are written in: which open a
//! job history, which open any other section, and which may stand beside them.

/// Words of a heading that opens a section of positions.
pub const POSITION_WORDS: &[&str] = &[
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
    // Chinese and Japanese headings are one word to the splitter: "工作经历" (work history).
    "工作经历",
    "工作经验",
    "实习经历",
    "职业经历",
    "職歴",
    "職務経歴",
    "경력",
    // German, French, Spanish, Portuguese, Italian and Dutch.
    "praxiserfahrung",
    "berufspraxis",
    "werdegang",
    "laufbahn",
    "berufslaufbahn",
    "berufstätigkeit",
    "arbeitserfahrung",
    "tätigkeiten",
    // Side and holiday jobs are jobs.
    "nebentätigkeiten",
    "nebenjobs",
    "ferienjobs",
    "praktika",
    "beschäftigungen",
    "emplois",
    "stages",
    "laboral",
    "trayectoria",
    "esperienza",
    "esperienze",
    "lavorative",
    "werkervaring",
    "loopbaan",
    "erfahrung",
    "erfahrungen",
    "experiencias",
    "prácticas",
    "practicas",
    "experiências",
    "estágios",
    "lavorativa",
    "ervaring",
    "werkzaamheden",
    // "Historial de trabajo", "Histórico de trabalho", "Esperienze di lavoro".
    "trabajo",
    "trabajos",
    "empleo",
    "empleos",
    "trabalho",
    "trabalhos",
    "empregos",
    "lavoro",
    "praca",
    "работы",
    // Polish, Swedish, and more Chinese, Japanese and Korean ("工作經歷", "경력사항").
    "doświadczenie",
    "zatrudnienie",
    "staże",
    "praktyki",
    "arbetslivserfarenhet",
    "yrkeserfarenhet",
    "erfarenhet",
    "anställningar",
    "工作經歷",
    "工作經驗",
    // "經歷" alone ("experience") heads a Taiwanese résumé's jobs.
    "經歷",
    "经历",
    "實習經歷",
    "工作履历",
    "경력사항",
    "업무경력",
    // Finnish, Danish, Norwegian, Czech, Slovak, Turkish, Hungarian, Romanian, Greek,
    // Ukrainian, Baltic, South Slavic, Indonesian and Catalan ("Työkokemus", "İş Deneyimi",
    // "Pracovní zkušenosti", "Досвід роботи").
    // French "Parcours (professionnel)": the career.
    "parcours",
    "työkokemus",
    "työhistoria",
    "työura",
    "erhvervserfaring",
    "arbejdserfaring",
    "arbeidserfaring",
    "yrkeserfaring",
    "erfaring",
    "praxe",
    "zkušenosti",
    "skúsenosti",
    "deneyim",
    "deneyimi",
    "deneyimler",
    "deneyimlerim",
    "tecrübe",
    "tecrübesi",
    "tecrübeler",
    "tapasztalat",
    "munkatapasztalat",
    "experiență",
    "experienta",
    "experiencă",
    "εμπειρία",
    "досвід",
    "patirtis",
    "töökogemus",
    "pieredze",
    "iskustvo",
    "izkušnje",
    "pengalaman",
    "experiència",
];

/// Words of a heading that opens any other section.
pub const OTHER_WORDS: &[&str] = &[
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
    "проекты",
    "достижения",
    "языки",
    "интересы",
    "курсы",
    "сертификаты",
    "публикации",
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
    // Singular forms people write as headings ("Academic Qualification :").
    "qualification",
    "certification",
    "award",
    "publication",
    "skill",
    "achievement",
    "reference",
    "hobby",
    "interest",
    "language",
    "项目经历",
    "项目经验",
    "教育经历",
    "教育背景",
    "专业技能",
    "技能",
    "关于我",
    "个人信息",
    "学歴",
    "학력",
    // German, French, Spanish, Portuguese, Italian and Dutch.
    "ausbildung",
    "studium",
    // "Studies", "Estudos", "Studia": what one studied, as Romanian, Hungarian, Brazilian
    // and Polish résumés title it in English or their own language.
    "studies",
    "estudos",
    "studia",
    "bildung",
    "schulbildung",
    "weiterbildung",
    "kenntnisse",
    "sprachkenntnisse",
    "fähigkeiten",
    "projekte",
    "interessen",
    "hobbys",
    "sprachen",
    "auszeichnungen",
    "veröffentlichungen",
    "publikationen",
    "zertifikate",
    "kontakt",
    "formation",
    "formations",
    "compétences",
    "langues",
    "projets",
    "loisirs",
    "intérêts",
    "diplômes",
    "études",
    "educación",
    "formación",
    "habilidades",
    "idiomas",
    "proyectos",
    "estudios",
    "certificaciones",
    "publicaciones",
    "intereses",
    "conocimientos",
    "formação",
    "educação",
    "competências",
    "projetos",
    "cursos",
    "istruzione",
    "formazione",
    "competenze",
    "lingue",
    "progetti",
    "opleiding",
    "opleidingen",
    "vaardigheden",
    "talen",
    "aptitudes",
    "competencias",
    "referencias",
    "logros",
    "premios",
    "honores",
    "distinciones",
    "reconocimientos",
    "prémios",
    "distinções",
    "premi",
    "riconoscimenti",
    "distinctions",
    "récompenses",
    "prix",
    "certificados",
    "perfil",
    "contacto",
    "wykształcenie",
    "edukacja",
    "umiejętności",
    "języki",
    "projekty",
    "zainteresowania",
    "certyfikaty",
    "kursy",
    "cursussen",
    "certificaten",
    "projecten",
    "interesses",
    "utbildning",
    "kompetenser",
    "färdigheter",
    "språk",
    "projekt",
    "intressen",
    "資格",
    "免許",
    "スキル",
    "자격증",
    "기술",
    "수상",
    "教育經歷",
    "學歷",
    "学历",
    "專業技能",
    "证书",
    "自我评价",
    // Korean, Japanese and Chinese: projects, introduction, activities, training.
    "프로젝트",
    "소개",
    "자기소개",
    "활동",
    "교육",
    "교육사항",
    "보유기술",
    "プロジェクト",
    "自己pr",
    "自己紹介",
    "研修",
    "項目經歷",
    "个人简介",
    // Finnish, Danish, Norwegian, Czech, Slovak, Turkish, Hungarian, Romanian, Greek,
    // Ukrainian and Russian, Baltic, South Slavic, Indonesian and Catalan.
    "koulutus",
    "opinnot",
    "taidot",
    "osaaminen",
    "profiili",
    "kortit",
    "pätevyydet",
    "kielitaito",
    "kielet",
    "harrastukset",
    "projektit",
    "yhteystiedot",
    "uddannelse",
    "utdanning",
    "kompetencer",
    "kompetanse",
    "færdigheder",
    "ferdigheter",
    "sprog",
    "projekter",
    "prosjekter",
    "vzdělání",
    "vzdelanie",
    "dovednosti",
    "zručnosti",
    "jazyky",
    "znalosti",
    "kurzy",
    "eğitim",
    "yetenekler",
    "beceriler",
    "yetkinlikler",
    "diller",
    "projeler",
    "sertifikalar",
    "hakkımda",
    "referanslar",
    "tanulmányok",
    "végzettség",
    "készségek",
    "nyelvtudás",
    "projektek",
    "educație",
    "educatie",
    "competențe",
    "abilități",
    "proiecte",
    "εκπαίδευση",
    "δεξιότητες",
    "γλώσσες",
    "освіта",
    "навички",
    "мови",
    "проєкти",
    "скиллы",
    "išsilavinimas",
    "įgūdžiai",
    "haridus",
    "oskused",
    "izglītība",
    "prasmes",
    "obrazovanje",
    "vještine",
    "izobraževanje",
    "pendidikan",
    "keahlian",
    "keterampilan",
    "sertifikasi",
    "formació",
    "habilitats",
    "idiomes",
    "projectes",
];

/// Words that make a heading name another section even beside a job history's word
/// ("Volunteer Experience", "Persönliche Erfahrung", "Bénévolat"): unpaid or personal work.
pub const NOT_A_JOB_WORDS: &[&str] = &[
    // "Schulischer Werdegang": the schools, though "Werdegang" alone is the job history.
    "schulischer",
    "schulische",
    "schulischen",
    // "Expérience associative": clubs and societies, not jobs.
    "associative",
    "associatives",
    "associatif",
    "persönliche",
    "personal",
    "volunteer",
    "volunteering",
    "bénévolat",
    "benevolat",
    "ehrenamt",
    "ehrenamtliches",
    "ehrenamtliche",
    "voluntariado",
    "volontariato",
    "vrijwilligerswerk",
    "wolontariat",
    "teaching",
    "leadership",
    "extracurricular",
];

/// Words a section heading may hold beside its section words ("Relevant Work Experience").
pub const FILLERS: &[&str] = &[
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
    "e",
    "en",
    "des",
    "du",
    "la",
    "del",
    "beruflicher",
    "berufliche",
    "akademische",
    "persönliche",
    "professionnelle",
    "professionnelles",
    "professionnel",
    "académique",
    "profesional",
    "szakmai",
    "pracovní",
    "pracovné",
    "profesională",
    "profesionala",
    "επαγγελματική",
    "роботи",
    "darbo",
    "radno",
    "kerja",
    "académica",
    "profissional",
    "acadêmica",
    "professionale",
    "professionali",
    "zawodowe",
    "работы",
    "laborales",
    "profesionales",
    "profissionais",
];

/// Whether `word` (lower case) may stand in a section heading: a section's word or a filler.
pub fn section_word(word: &str) -> bool {
    [POSITION_WORDS, OTHER_WORDS, NOT_A_JOB_WORDS, FILLERS]
        .iter()
        .any(|list| list.contains(&word))
        || spelled_for(word).is_some()
}

/// The long section word (ten letters or more) that `word` is written for when it is none
/// itself: one letter off ("berufserfarung", its h lost) or inflected ("berufserfahrungen"),
/// as people type their headings. Not a past participle ("experienced" is no
/// "experience"), and never a short word, where one letter makes another word.
pub fn spelled_for(word: &str) -> Option<&'static str> {
    const LONG: usize = 10;
    if word.chars().count() < LONG || word.ends_with('d') {
        return None;
    }
    [POSITION_WORDS, OTHER_WORDS, NOT_A_JOB_WORDS]
        .iter()
        .flat_map(|list| list.iter())
        .find(|known| {
            // Bytes first: most words are too far apart in length to compare.
            known.len().abs_diff(word.len()) <= 4
                && known.chars().count() >= LONG
                && (one_letter_apart(word, known)
                    || word
                        .strip_prefix(**known)
                        .is_some_and(|ending| ["en", "es"].contains(&ending)))
        })
        .copied()
}

/// Whether two words differ by one letter written, dropped or added.
fn one_letter_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.len() - short.len() > 1 {
        return false;
    }
    let same_start = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    let rest_short = short.get(same_start..).unwrap_or_default();
    let rest_long = long.get(same_start..).unwrap_or_default();
    let skip = usize::from(short.len() == long.len());
    rest_short.get(skip..).unwrap_or_default() == rest_long.get(1..).unwrap_or_default()
        && !rest_long.is_empty()
}

/// Words of a sub-heading inside one entry that names a part of it ("Responsibilities",
/// "Key achievements", "担当業務", "Aufgaben"): what follows are its highlights, the heading
/// no role or organisation.
const ENTRY_PART_WORDS: &[&str] = &[
    "responsibilities",
    "responsibility",
    "duties",
    "tasks",
    "achievements",
    "accomplishments",
    "highlights",
    "projects",
    "stack",
    "technologies",
    "environment",
    "aufgaben",
    "tätigkeiten",
    "erfolge",
    "tâches",
    "missions",
    "responsabilités",
    "réalisations",
    "responsabilidades",
    "funciones",
    "logros",
    "atividades",
    "atribuições",
    "realizações",
    "обязанности",
    "достижения",
    "задачи",
];

/// Words beside [`ENTRY_PART_WORDS`] in such a heading that name no part on their own
/// ("Key", "and").
const CONNECTIVES: &[&str] = &[
    "key",
    "main",
    "major",
    "selected",
    "and",
    "&",
    "et",
    "und",
    "y",
    "e",
    "и",
    "tech",
    "principales",
];

/// Whole sub-headings of an entry's parts in the languages that do not part words with
/// spaces.
const ENTRY_PARTS_UNSPACED: &[&str] = &[
    "担当業務",
    "業務内容",
    "主な実績",
    "実績",
    "担当案件",
    "工作内容",
    "主要职责",
    "工作职责",
    "职责",
    "主要成就",
    "项目经历",
    "주요 업무",
    "담당 업무",
    "업무",
    "성과",
];

/// Whether a short line names a part of an entry rather than the entry ("Responsibilities",
/// "Key Achievements:", "#### 担当業務").
pub fn names_an_entry_part(text: &str) -> bool {
    let text = text.trim().trim_end_matches([':', '：']).trim();
    if ENTRY_PARTS_UNSPACED.contains(&text) {
        return true;
    }
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '&'))
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty()
        && words.len() <= 4
        && words
            .iter()
            .all(|w| ENTRY_PART_WORDS.contains(w) || CONNECTIVES.contains(w))
        && words.iter().any(|w| ENTRY_PART_WORDS.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sub_heading_naming_a_part_of_an_entry_is_no_role() {
        for part in [
            "Responsibilities",
            "Key Achievements:",
            "担当業務",
            "Tâches et réalisations",
            "Tech stack",
        ] {
            assert!(names_an_entry_part(part), "{part}");
        }
        for name in [
            "Key Account Manager",
            "Main Street Bakery",
            "Projects Director",
            "Software Engineer",
        ] {
            assert!(!names_an_entry_part(name), "{name}");
        }
    }
}
