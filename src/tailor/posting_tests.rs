//! Tests of how a posting is read: headings, lists, prose, must and nice, what asks nothing.

use super::*;

#[test]
fn headings_tell_must_from_nice_and_skip_benefits() {
    let posting = "Senior Backend Engineer\n\nWe are a payments company.\n\n\
        Requirements:\n- 5+ years building backend services\n- Go or Java\n\n\
        Nice to have\n- Kubernetes\n\nBenefits\n- Free lunch and a gym\n";
    let found = requirements(posting);
    let texts: Vec<(&str, bool, RequirementKind)> = found
        .iter()
        .map(|r| (r.text.as_str(), r.must, r.kind))
        .collect();
    assert_eq!(
        texts,
        [
            (
                "5+ years building backend services",
                true,
                RequirementKind::Seniority
            ),
            ("Go or Java", true, RequirementKind::Skill),
            ("Kubernetes", false, RequirementKind::Skill),
        ]
    );
    assert_eq!(found[0].years, Some(5));
}

#[test]
fn html_pasted_as_text_reads_like_the_page() {
    let html = "<h2>What you'll do</h2><ul><li>Own our Kafka pipelines</li>\
        <li>Mentor two engineers</li></ul><h2>Perks</h2><ul><li>Equity</li></ul>";
    let found = requirements(&paste::html_to_text(html));
    let texts: Vec<&str> = found.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(texts, ["Own our Kafka pipelines", "Mentor two engineers"]);
    assert_eq!(found[1].kind, RequirementKind::Seniority);
}

#[test]
fn what_is_not_a_posting_says_so() {
    assert_eq!(read(b"  \n"), Err(PostingError::Empty));
    assert_eq!(
        read(b"abc\0def"),
        Err(PostingError::NotText { what: "NUL bytes" })
    );
    assert!(matches!(
        read(&[0xff, 0xfe, 0x41]),
        Err(PostingError::NotText { .. })
    ));
    let huge = vec![b'a'; MAX_BYTES + 1];
    assert!(matches!(
        read(&huge),
        Err(PostingError::TooLong { size: 201 })
    ));
}

/// A paragraph under the nice-to-haves ("Equity: …") opens a list of perks with no
/// heading of its own: that list is judged alone, and asks nothing.
#[test]
fn a_list_of_perks_after_a_paragraph_is_no_ask() {
    let posting = "Android Engineer\n\nWhat you bring:\n\n\
        - Kotlin\n- Jetpack Compose\n\nBonus points:\n\n\
        - A published app\n- Open source work\n\n\
        Equity: every hire gets a share of the harbour.\n\n\
        - Gym pass: a card for the town pool.\n\
        - Health for you and your cat: medical plans for the household.\n\
        - Learning: a yearly book stipend.\n\
        - Dock days: 25 days of vacation.\n";
    let texts: Vec<(String, bool)> = requirements(posting)
        .into_iter()
        .map(|r| (r.text, r.must))
        .collect();
    let want = [
        ("Kotlin", true),
        ("Jetpack Compose", true),
        ("A published app", false),
        ("Open source work", false),
    ];
    assert_eq!(texts, want.map(|(t, m)| (t.to_owned(), m)));
}

/// "Your job is" heads what the job does, and the short headings under it ("Daily",
/// "Per release") keep the list's kind.
#[test]
fn your_job_heads_the_duties() {
    let posting = "## Your Job Is\n\nTo the harbour crew you are a steady hand.\n\n\
        ### Daily\n\n* On the wiki, answer the crew's questions about tide tables\n\n\
        ### Per release\n\n* In the planning call, size the next voyage\n\n\
        ## Culture\n\n* Assume the crew did their best\n";
    let texts: Vec<String> = requirements(posting).into_iter().map(|r| r.text).collect();
    assert_eq!(
        texts,
        [
            "On the wiki, answer the crew's questions about tide tables",
            "In the planning call, size the next voyage",
        ]
    );
}

/// Headings that say nothing of their lists: the lists are what their lines are; perks
/// under any heading, a recruiter's tag, the company's values and a numbered part of a
/// list are never asks.
#[test]
fn lists_under_headings_that_say_nothing_are_what_their_lines_are() {
    let posting = "Platform Engineer\nOrbit\n\n\
        Orbit makes maps for ferries.\n\n\
        Why Orbit needs you\n\n\
        • Design and run the tile pipeline\n\
        • Collaborate with the routing team\n\
        • Debug slow renders\n\n\
        We'll call people who have:\n\n\
        • 4+ years with Go\n\
        • Experience with PostGIS\n\n\
        Come aboard:\n\n\
        • Medical and dental insurance\n\
        • Tuition reimbursement\n\
        • Paid time off\n\n\
        LI-QR7\n\n\
        Orbit Company Values\n\n\
        Steer True - Say what you see\n\n\
        Keep Afloat - Help a crewmate\n";
    let texts: Vec<String> = requirements(posting).into_iter().map(|r| r.text).collect();
    assert_eq!(
        texts,
        [
            "Design and run the tile pipeline",
            "Collaborate with the routing team",
            "Debug slow renders",
            "4+ years with Go",
            "Experience with PostGIS",
        ]
    );
    let numbered = "What you'll do\n\n\
        1. Maps\n\
        ● Render tiles for the ferries.\n\
        2. Cost and safety\n\
        ● Trim the cloud bill.\n";
    let texts: Vec<String> = requirements(numbered).into_iter().map(|r| r.text).collect();
    assert_eq!(
        texts,
        ["Render tiles for the ferries.", "Trim the cloud bill."]
    );
}

/// Prose alone under a heading of duties, when another heading lists the duties,
/// describes the job; alone in the posting, it is what the job asks.
#[test]
fn prose_beside_a_list_of_the_same_kind_describes_the_job() {
    let both = "Your role\n\nYou love maps and you enjoy a calm codebase.\n\n\
        Responsibilities\n\n- Render map tiles in Rust\n- Review pull requests\n";
    let texts: Vec<String> = requirements(both).into_iter().map(|r| r.text).collect();
    assert_eq!(texts, ["Render map tiles in Rust", "Review pull requests"]);
    let alone = "Your role\n\nYou will render map tiles in Rust.\n";
    let texts: Vec<String> = requirements(alone).into_iter().map(|r| r.text).collect();
    assert_eq!(texts, ["You will render map tiles in Rust."]);
}

/// Paragraphs pasted without the blank line between them are not a list of duties: the
/// company's pitch and the team's description above the duties ask nothing.
#[test]
fn paragraphs_one_under_another_are_no_list() {
    let posting = "Platform Engineer\n\nSummary\n        We think ferries should run on time, every time, in any weather. We make this easy \
        with one timetable that every port shares. Our goal is calm harbours, and we are \
        looking for people to join us. We are building toward a world where nobody waits.\n        Platform engineers are members of the engineering group whose main goal is to keep \
        the timetable fast, correct and cheap to run.\n\n        Responsibilities\n\n- Run the timetable service on Kubernetes\n- Share the on-call rotation\n";
    let texts: Vec<String> = requirements(posting).into_iter().map(|r| r.text).collect();
    assert_eq!(
        texts,
        [
            "Run the timetable service on Kubernetes",
            "Share the on-call rotation"
        ]
    );
}

/// The SRE posting as a browser's copy gives it, and the same made messy the ways pastes
/// are: other bullets or none, non-breaking and zero-width spaces, tabs, CRLF, trailing
/// blanks, emoji before headings, a paragraph wrapped by hand.
#[test]
fn a_messy_paste_reads_like_a_clean_one() {
    let clean = include_str!("../../tests/fixtures/postings/sre-pasted.txt");
    let bullets = ["· ", "– ", "* ", "", "•", "- "];
    let mut messy = String::new();
    let mut n = 0;
    for line in clean.lines() {
        let line = match line.strip_prefix("• ").or_else(|| line.strip_prefix("- ")) {
            Some(body) => {
                n += 1;
                format!(
                    "{}{}",
                    bullets[n % bullets.len()],
                    body.replace(' ', "\u{a0}")
                )
            }
            None if line.starts_with("What you") => format!("🚀 {line}\u{200b}"),
            None if line.starts_with("Northwind is an equal") => line.replacen(". ", ".\r\n", 1),
            None => line.replace("  ", "\t"),
        };
        messy.push_str(&line);
        messy.push_str(" \t\r\n");
    }
    let read = |text: &str| -> Vec<(String, bool, RequirementKind)> {
        requirements(text)
            .into_iter()
            .map(|r| (r.text, r.must, r.kind))
            .collect()
    };
    let clean_read = read(clean);
    assert_eq!(read(&messy), clean_read);
    let texts: Vec<&str> = clean_read.iter().map(|(t, _, _)| t.as_str()).collect();
    assert_eq!(texts.len(), 9, "{texts:?}");
    for never in [
        "Parental leave",
        "Home office support",
        "Flexible Paid Time Off",
    ] {
        assert!(!texts.contains(&never), "{never} read as a requirement");
    }
    assert!(
        !texts
            .iter()
            .any(|t| t.contains("Northwind") || t.contains('$'))
    );
    assert_eq!(clean_read.iter().filter(|(_, must, _)| !must).count(), 1);
}

/// The title, company and place lines a paste starts with ask nothing, also where no
/// heading follows them (postings of round 8).
#[test]
fn the_first_short_lines_of_a_paste_are_its_header() {
    let posting = "Senior Backend Engineer\nNorthwind\n🌎 Remote\n\n\
        Quick take: we are a news company hiring a backend engineer.\n\n\
        - Experience building web-scale systems in Go or Python\n\
        - Strong understanding of database modeling and query tuning\n";
    let texts: Vec<String> = requirements(posting).into_iter().map(|r| r.text).collect();
    assert!(
        !texts.iter().any(|t| [
            "Senior Backend Engineer",
            "Northwind",
            "🌎 Remote",
            "Remote"
        ]
        .contains(&t.as_str())),
        "{texts:?}"
    );
    assert!(
        texts.iter().any(|t| t.contains("web-scale systems")),
        "{texts:?}"
    );
}

/// A stack's list asks nothing, though it names technologies (round 9).
#[test]
fn a_tech_stack_list_asks_nothing() {
    let posting = "Backend Engineer\nNorthwind\n\nWhat you'll bring\n\n\
        • 5+ years of Go\n• Good communication skills\n\n\
        Our tech stack\n\n• Our core platform is written in Go\n\
        • We use Node.js + Express for application serving\n• Jenkins for automated builds\n\n\
        The Offer\n\n- Flexible schedules\n- Laptop assigned, Mac or Windows\n";
    let texts: Vec<String> = requirements(posting).into_iter().map(|r| r.text).collect();
    assert_eq!(
        texts,
        ["5+ years of Go", "Good communication skills"],
        "{texts:?}"
    );
}

#[test]
fn prose_about_the_role_gives_the_duties_it_hands_the_hire() {
    // The asks are listed under their own headings; the role's prose still says what the job
    // does where it speaks to the hire, not where it speaks of the team or the company.
    let posting = "Senior Android Engineer\nOrbit\n\nJob Description\n\n\
        Orbit is the market leader in rider apps. The Senior Android Engineer is responsible for \
        the native app on Android. Your primary focus will be offline maps on iOS. The platform team is \
        responsible for our build tools. You'll be joining 40 engineers across three offices. \
        You'll join the Android guild and its weekly review of Kotlin code.\n\n\
        Qualifications\n\n\
        • 5+ years of Kotlin\n";
    let texts: Vec<String> = requirements(posting).into_iter().map(|r| r.text).collect();
    assert_eq!(
        texts,
        [
            "The Senior Android Engineer is responsible for the native app on Android.",
            "Your primary focus will be offline maps on iOS.",
            "5+ years of Kotlin"
        ]
    );
}

#[test]
fn about_this_job_is_the_role_and_its_broken_lines_are_prose() {
    // "About this job" describes the role, not the company; its paragraph broken into
    // lines as a Markdown file keeps them still gives only the hire's duties.
    let posting = "# Data Engineer\n\n## About this job\n\n\
        We are looking for a Data Engineer to build our internal data platform.\n\
        You will design and own the pipelines and warehouse in Python.\n\n\
        ## Responsibilities\n\n\
        * Design data models and schemas.\n";
    let texts: Vec<String> = requirements(posting).into_iter().map(|r| r.text).collect();
    assert_eq!(
        texts,
        [
            "You will design and own the pipelines and warehouse in Python.",
            "Design data models and schemas."
        ]
    );
}

#[test]
fn prose_about_the_role_asks_what_it_says_in_so_many_words() {
    // A list elsewhere holds the duties; the prose above it still hands duties and names
    // a must, while its pitch (a place to be, a thing to see) asks nothing.
    let posting = "Senior Engineer\nAcme\n\nThe role\n\n\
        As a Senior Engineer, you will be responsible for the design of AI features.\n\n\
        Previous experience implementing AI features is a must.\n\n\
        As a member of our team, you'll be at the forefront of this innovation.\n\n\
        You will be responsible for the speed of our data loads.\n\n\
        You will write simple, maintainable code for the long run. \
        You'll see your code in front of millions of users every day.\n\n\
        Your mission:\n\n• Propose solutions based on AI trends\n• Mentor team members\n\n\
        About you:\n\n• Python experience\n";
    let texts: Vec<String> = requirements(posting).into_iter().map(|r| r.text).collect();
    assert_eq!(
        texts,
        [
            "As a Senior Engineer, you will be responsible for the design of AI features.",
            "Previous experience implementing AI features is a must.",
            "You will be responsible for the speed of our data loads.",
            "You will write simple, maintainable code for the long run.",
            "Propose solutions based on AI trends",
            "Mentor team members",
            "Python experience",
        ]
    );
}

/// Postings of development corpus d14: a title naming its employer and place in brackets,
/// a paste that lost a space after a full stop, asks listed after a colon and parted by
/// semicolons; and the company's values listed under a duty.
#[test]
fn a_long_title_run_on_sentences_semicolon_lists_and_values() {
    let posting = "Senior Software Engineer, Android (Tinder LLC (f/k/a Acme Group LLC), Dallas, TX)\n\
        Acme Group\n\nDescription\n\n\
        Multiple openings available.Architect and develop new features for the Android apps. \
        Write unit, integration, and user interface tests.\n\n\
        Must also have experience in the following: 3 years of Android development; \
        2 years of professional experience using Retrofit or Volley; \
        1 year of professional experience with Kotlin Coroutines.\n";
    let texts: Vec<String> = requirements(posting).into_iter().map(|r| r.text).collect();
    for asked in [
        "Architect and develop new features for the Android apps.",
        "Must also have experience in the following: 3 years of Android development",
        "2 years of professional experience using Retrofit or Volley",
    ] {
        assert!(
            texts.iter().any(|t| t == asked),
            "{asked} not in {texts:#?}"
        );
    }
    for unasked in [
        "Senior Software Engineer",
        "Acme Group",
        "Multiple openings",
    ] {
        assert!(
            !texts.iter().any(|t| t.contains(unasked)),
            "{unasked} in {texts:#?}"
        );
    }
    let duties = "iOS Engineer\n\nWhat you'll do\n\n\
        • Coach team members\n\
        • Live our core values in all you do:\n\
        – Be Kind and Care\n\
        – Make It Happen\n\
        • Ship the release train every week\n";
    let texts: Vec<String> = requirements(duties).into_iter().map(|r| r.text).collect();
    assert_eq!(
        texts,
        ["Coach team members", "Ship the release train every week"]
    );
}

/// A mobile posting of round 14 (read after its scoring): perks under "Bonuses", a heading
/// that elsewhere lists nice-to-haves; the list opens with the pay.
#[test]
fn bonuses_that_open_with_the_pay_are_perks() {
    let posting = "iOS Developer\n\nRequirements\n- 3+ years of Swift\n\n\
        Bonuses\n- white salary and annual bonuses;\n- flexible schedule;\n\
        - participation in the development of open-source projects of the company;\n\
        - LCA (after the trial period);\n- opportunity for corporate training;\n\
        - Apple hardware for work;\n- super-adequate and professional team;\n\
        - opportunity to influence the product and to contribute their ideas.\n";
    let texts: Vec<String> = requirements(posting).into_iter().map(|r| r.text).collect();
    assert_eq!(texts, ["3+ years of Swift"]);
    let nice = "iOS Developer\n\nRequirements\n- 3+ years of Swift\n\n\
        Bonus\n- Experience with SwiftUI\n- Shipped an app with 1M users\n";
    let found = requirements(nice);
    assert_eq!(found.len(), 3);
    assert!(found.iter().skip(1).all(|r| !r.must));
}

#[test]
fn postings_in_other_languages_are_read_by_their_headings() {
    // A Korean posting as its Markdown came: the team's stack and culture ask nothing;
    // duties, qualifications and what is preferred do.
    let korean = "## 채용 > Software Engineer\n\n**예시회사** 와 함께할 엔지니어를 채용합니다.\n\n\
        #### 예시회사의 개발 스택:\n\n* Ruby on rails 로 구성된 API Backend를 개발합니다.\n\
        * AWS, GCP 등 다양한 매니지드 서비스를 사랑합니다.\n\n\
        #### 예시회사의 개발 문화:\n\n- 모든 코드는 Pull Request를 통한 코드리뷰 절차를 거칩니다.\n\n\
        #### 주요업무:\n\n- Typescript, Express 등을 사용한 serverless 애플리케이션 개발\n\n\
        #### 자격요건:\n\n- Git을 활용한 소스코드 관리 및 협업\n\n\
        #### 우대사항:\n\n- AWS 상의 Infra 운영 경험\n\n\
        #### 채용절차:\n\n- 서류전형\n- 임원면접\n\n\
        #### 지원 방법:\n\n- 자유형식의 이력서 및 경력 기술서\n";
    let read = |posting: &str| -> Vec<(String, bool)> {
        requirements(posting)
            .into_iter()
            .map(|r| (r.text, r.must))
            .collect()
    };
    assert_eq!(
        read(korean),
        [
            (
                "Typescript, Express 등을 사용한 serverless 애플리케이션 개발".to_string(),
                true
            ),
            ("Git을 활용한 소스코드 관리 및 협업".to_string(), true),
            ("AWS 상의 Infra 운영 경험".to_string(), false),
        ]
    );
    // A German one pasted from a browser, its headings plain lines.
    let german = "Backend-Entwickler (m/w/d)\nBeispiel GmbH · Berlin\n\n\
        Über uns\nWir bauen Software für Logistik.\n\n\
        Deine Aufgaben\n- Du entwickelst Services in Go\n\n\
        Das bringst du mit\n- Erfahrung mit PostgreSQL\n\n\
        Wünschenswert\n- Kubernetes\n\n\
        Was wir bieten\n- 30 Tage Urlaub\n";
    assert_eq!(
        read(german),
        [
            ("Du entwickelst Services in Go".to_string(), true),
            ("Erfahrung mit PostgreSQL".to_string(), true),
            ("Kubernetes".to_string(), false),
        ]
    );
}

#[test]
fn prose_beside_a_list_naming_the_hires_tools_asks_for_them() {
    let posting = "What you'll do\n\n\
        As a Frontend Engineer, you'll leverage your expertise in React and GraphQL to build \
        3D components. You'll be joining a small team responsible for our Kubernetes platform. \
        Our customers love it.\n\n\
        Responsibilities\n\n- Render map tiles\n- Review pull requests\n";
    let texts: Vec<String> = requirements(posting).into_iter().map(|r| r.text).collect();
    assert_eq!(
        texts,
        [
            "As a Frontend Engineer, you'll leverage your expertise in React and GraphQL to build 3D components.",
            "Render map tiles",
            "Review pull requests",
        ]
    );
}

#[test]
fn bullets_after_prose_introducing_the_values_are_the_values() {
    let posting = "Who We Look For\n\n\
        We offer a culture of learning. Our Core Values shape our work:\n\n\
        • Engage with Humility - We actively participate with openness and listen before we speak.\n\
        • Invest in our team - We give our time and energy to our team's success.\n\n\
        You have shipped Rails and React applications.\n\n\
        • 3+ years building web applications with Ruby on Rails\n";
    let texts: Vec<String> = requirements(posting).into_iter().map(|r| r.text).collect();
    assert_eq!(
        texts,
        ["3+ years building web applications with Ruby on Rails"]
    );
}

/// An engineering manager's posting of development round 18: its duties grouped under
/// titles of a few capitalised words ("Execution & Delivery"), every line a paragraph of
/// its own; the titles ask nothing.
#[test]
fn titles_of_groups_of_duties_ask_nothing() {
    let posting = "Senior Manager, Software Engineering\n\nResponsibilities:\n\n\
        Conduct regular 1:1s, performance reviews, and career conversations.\n\n\
        Product & Technical Strategy\n\n\
        Collaborate with product and business stakeholders to define roadmaps.\n\n\
        Execution & Delivery\n\n\
        Own the delivery of high-impact features with predictable execution.\n\n\
        Qualifications:\n\n8+ years in software engineering, including 5+ years in management.\n\n\
        Technical Acumen\n\n\
        Familiarity with modern full-stack technologies such as C# and Vue.js on the frontend.\n";
    let texts: Vec<String> = requirements(posting).into_iter().map(|r| r.text).collect();
    for title in [
        "Product & Technical Strategy",
        "Execution & Delivery",
        "Technical Acumen",
    ] {
        assert!(!texts.iter().any(|t| t == title), "{title} in {texts:?}");
    }
    assert_eq!(texts.len(), 5, "{texts:?}");
}

/// Development round 18: the job ad's record fields pasted above it ("Title:", "Job
/// Keywords:") and the employer's fair-hiring paragraphs after the last list, each sentence
/// of them, ask nothing.
#[test]
fn record_fields_and_fair_hiring_statements_ask_nothing() {
    let posting = "Title: Tech Lead, Hack Club Bank\nJob Keywords: SQL, Python, PowerBI\n\n\
        Requirements\n\n- 5+ years of Ruby on Rails\n- Experience with PostgreSQL\n\n\
        Bonus Points\n\nExperience with fintech or other regulated industries.\n\n\
        At Acme, we believe our work benefits from the diverse perspectives of our employees. \
        As such, Acme is committed to equal opportunity employment.\n\n\
        If you need assistance or accommodation due to a disability, you may contact us at \
        hr@acme.example.\n";
    let texts: Vec<String> = requirements(posting).into_iter().map(|r| r.text).collect();
    assert_eq!(
        texts,
        [
            "5+ years of Ruby on Rails",
            "Experience with PostgreSQL",
            "Experience with fintech or other regulated industries."
        ]
    );
}

/// Development round 18: the duties listed in the third person under a heading that names
/// the hire ("A Front-End Developer at Insider:"), after the company's paragraphs.
#[test]
fn duties_in_the_third_person_under_the_hires_title() {
    let posting = "Front-End Developer\n\nAbout us\n\nWe are Acme, a SaaS company.\n\n\
        A Front-End Developer at Acme:\n\
        * Develops and maintains web applications using React.js.\n\
        * Writes reusable code and creates new components.\n\
        * Troubleshoots interface software and debugs application code.\n\n\
        Requirements\n* Have 4+ years of experience as a Front-end Developer.\n";
    let found = requirements(posting);
    let texts: Vec<&str> = found.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Develops and maintains web applications using React.js.",
            "Writes reusable code and creates new components.",
            "Troubleshoots interface software and debugs application code.",
            "Have 4+ years of experience as a Front-end Developer."
        ]
    );
}

/// Development round 18: "What you can expect:", a heading perks are often under, over a
/// list that is nearly all duties and then a perk.
#[test]
fn duties_under_a_heading_perks_are_often_under() {
    let posting = "Staff Rails Developer\n\nWhat we're looking for:\n\
        • 7+ years of experience with Ruby on Rails\n\nWhat you can expect:\n\
        • Own the design and implementation of core systems.\n\
        • Drive the development of APIs and customer-facing UI.\n\
        • Act as a trusted advisor to senior leadership.\n\
        • Rotate through on-call responsibilities to review PRs.\n\
        • Participate in code reviews, offering constructive feedback.\n\
        • Solve complex technical problems directly and through others.\n\
        • A remote-first environment with a supportive, passionate team.\n\n\
        Benefits\n• Generous PTO policy\n";
    let texts: Vec<String> = requirements(posting).into_iter().map(|r| r.text).collect();
    assert_eq!(texts.len(), 7, "{texts:?}");
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("Act as a trusted advisor"))
    );
    assert!(
        !texts
            .iter()
            .any(|t| t.starts_with("A remote-first") || t.contains("PTO"))
    );
}

/// A French posting of round 18: its asks are questions to the reader, its headings are led
/// by pictographs ("⭐️" as bullets are elsewhere), its links are bullets of "👉".
#[test]
fn questions_to_the_reader_and_headings_led_by_pictographs() {
    let posting = "Senior Back-end Engineer (.NET)\nAcme\n🌎 remote, Lyon\n\n\
        Croissance de nos effectifs :\n\n\
        Tu maîtrises le C# et tu es intéressé·e par les enjeux d'architecture ?\n\n\
        Enfin, tu rêves d'avoir accès à des Product Managers au quotidien ?\n\n\
        👉 Dans ce podcast, notre CTO parle de la qualité : https://example.com/a\n\n\
        👉 Live coding : refacto legacy : https://example.com/b\n\n\
        ⭐️ Profil recherché\n\n\
        • Tu pratiques le TDD au quotidien\n\
        • Tu connais les principaux code smells\n\n\
        🎁 Ce que nous offrons à nos collaborateurs\n\n\
        • Une mutuelle d'entreprise et des titres restaurant\n\
        • Un budget de 300€ pour t'équiper à la maison\n\n\
        ⏳ Process de recrutement\n\n\
        • Entretien téléphonique avec notre équipe\n";
    let texts: Vec<String> = requirements(posting).into_iter().map(|r| r.text).collect();
    assert_eq!(
        texts,
        [
            "Tu maîtrises le C# et tu es intéressé·e par les enjeux d'architecture ?",
            "Tu pratiques le TDD au quotidien",
            "Tu connais les principaux code smells",
        ]
    );
}

/// Rounds 18 and d18: the introduction and the team's paragraph hand the hire a duty before
/// the lists do ("You will play a key role in…"); what the team does is not the hire's.
#[test]
fn a_duty_handed_in_the_introduction_is_read() {
    let posting = "Software Engineer II, Prediction\nAcme AI\n\n\
        Acme AI builds driver assist systems. You will report to our Director of Engineering.\n\n\
        The Team\n\n\
        The Prediction team is responsible for designing systems that predict traffic. \
        You will play a key role in improving the safety of the autonomy system.\n\n\
        What you'll do\n\n• Design algorithms for predicting traffic\n\n\
        What you'll bring\n\n• Strong knowledge of C++\n";
    let texts: Vec<String> = requirements(posting).into_iter().map(|r| r.text).collect();
    assert_eq!(
        texts,
        [
            "You will play a key role in improving the safety of the autonomy system.",
            "Design algorithms for predicting traffic",
            "Strong knowledge of C++",
        ]
    );
}

/// Round d18 and 18: who may be hired, said in a paragraph after the list of asks or as the
/// place the role is open to, is a condition to confirm; the employer's policy statement is
/// not.
#[test]
fn who_may_be_hired_beside_a_list_is_a_condition_to_confirm() {
    let posting = "Analytics Engineer\nAcme Health\n\n\
        Requirements\n\n• Strong SQL skills\n\n\
        Location – This is a remote position. Work must be performed from within the United \
        States. Candidates residing in the Eastern or Central Time Zones are preferred.\n\n\
        Acme's policy is to provide equal employment opportunity without regard to race or \
        religion. Applicants for positions with Acme must be legally authorized to work in the \
        United States.\n\n\
        Where\n\nThis role is open to candidates located in Ireland.\n";
    let read = requirements(posting);
    let confirm: Vec<&str> = read
        .iter()
        .filter(|r| r.kind == RequirementKind::Eligibility)
        .map(|r| r.text.as_str())
        .collect();
    assert_eq!(
        confirm,
        [
            "Work must be performed from within the United States.",
            "Candidates residing in the Eastern or Central Time Zones are preferred.",
            "This role is open to candidates located in Ireland.",
        ]
    );
}

#[test]
fn a_line_of_its_own_among_the_lists_that_asks_years_is_an_ask() {
    let posting = "Engineering Manager\n\nQualifications\n\n\
        Bachelor's degree in Computer Science\nExceptional communication skills\n\n\
        Experience\n\n\
        12+ total years of significant hands-on experience in web service development\n\n\
        7+ years of experience in each of the following\n\n\
        Service-oriented architectures\nRelational database development\n\n\
        4-7 years relevant leadership experience (Preferred)\n\n\
        Benefits\n\nA gym\nFree lunch\n";
    let found = requirements(posting);
    let texts: Vec<(&str, bool)> = found.iter().map(|r| (r.text.as_str(), r.must)).collect();
    for asked in [
        (
            "12+ total years of significant hands-on experience in web service development",
            true,
        ),
        (
            "4-7 years relevant leadership experience (Preferred)",
            false,
        ),
    ] {
        assert!(texts.contains(&asked), "{asked:?} in {texts:?}");
    }
    assert!(
        !texts.iter().any(|(t, _)| t.contains("the following")),
        "{texts:?}"
    );
}
