//! Tests of the parts of a posting that ask nothing though they sit among its asks: the
//! interview process and values right under their headings, lists of the product's pieces.

use super::requirements;

fn texts(posting: &str) -> Vec<String> {
    requirements(posting).into_iter().map(|r| r.text).collect()
}

#[test]
fn a_heading_right_above_its_paragraph_still_heads_it() {
    let posting = "Senior Engineer\nOrbit\n\nWhat you'll do\n\
        - Build the sync engine in Rust.\n- Review designs with the team.\n\n\
        Orbit's Interview process\n\
        Our interview process aims to find people who will help us grow, and to show you how we work.\n\n\
        1. Screening interview with a recruiter.\n2. A take-home exercise to show your skills.\n3. Offer\n\n\
        Orbit's Values\n\
        🧠 Curious : We ask questions and try new things. We love to learn from others every day.\n\n\
        👽 Open-minded : We welcome change as well as ideas and feedback from others, all of them.\n";
    assert_eq!(
        texts(posting),
        [
            "Build the sync engine in Rust.",
            "Review designs with the team."
        ]
    );
}

#[test]
fn a_list_of_the_products_pieces_asks_nothing() {
    let posting = "Senior Engineer\nOrbit\n\nResponsibilities\n\n\
        - Build the sync engine in Rust.\n\n\
        While we expect you to help shape our roadmap, early work in the first months might include:\n\n\
        - Route planning. We process millions of trips a day and want to predict delays.\n\
        - Offline maps. Many riders travel without signal, and the app must still guide them.\n\
        - Wayfinding. Riders should not have to search twice for the stops they use.\n";
    assert_eq!(texts(posting), ["Build the sync engine in Rust."]);
}

#[test]
fn a_line_headed_by_a_question_that_asks_nothing_is_no_ask() {
    let posting = "Data Engineer\nOrbit\n\nRequirements\n\n\
        * Experience with Snowflake and dbt.\n\
        * **Why join us?** You will be part of an innovative team working on impactful projects.\n";
    assert_eq!(texts(posting), ["Experience with Snowflake and dbt."]);
}

#[test]
fn a_plan_for_the_first_days_a_titled_benefits_heading_and_what_we_measure_ask_nothing() {
    let posting = "Senior Data Engineer\nOrbit\n\nResponsibilities\n\n\
        • Design the ingestion service.\n\
        • We will measure pipeline run time and its success rate.\n\
        • We write tests for all our code. You should enjoy testing as much as we do.\n\n\
        Onboarding\n\n\
        In your first 30 days...\n\n\
        • You will be immersed in an onboarding program that introduces you to Orbit.\n\
        • You will set up your development environment and read the handbook.\n\n\
        Requirements\n\n\
        • 5+ years with Python.\n\n\
        Benefits, Perks, and Wellbeing at Orbit\n\n\
        Benefits differ by country; ask your recruiter about the ones where you live.\n\n\
        • Healthcare Insurance Coverage: 100% paid for employees\n\
        • 12 weeks paid parental leave\n\
        • Mental Health support & resources\n\
        • Referral Bonuses\n\
        • Book Benefit\n\
        • Flexible Sick Time\n\
        • Company wide events\n";
    assert_eq!(
        texts(posting),
        [
            "Design the ingestion service.",
            "We write tests for all our code. You should enjoy testing as much as we do.",
            "5+ years with Python."
        ]
    );
}

#[test]
fn a_title_line_of_dashes_and_a_group_over_sub_bullets_ask_nothing() {
    // No heading at all: the posting's lines are read wherever they are, but its title
    // repeated with place and terms ("- REMOTE (US) - Full-time") is still its header, and
    // "• Primary technologies" names the sub-bullets under it.
    let posting = "Orbit : Full-Stack Software Engineer\n\
        Orbit - Full-Stack Software Engineer - REMOTE (US) - Full-time\n\n\
        • Participate in on-call rotation for the services you build\n\
        • Primary technologies\n\
        ◦ TypeScript, Node.js\n\
        ◦ Experience building and debugging AWS services\n";
    assert_eq!(
        texts(posting),
        [
            "Participate in on-call rotation for the services you build",
            "TypeScript, Node.js",
            "Experience building and debugging AWS services"
        ]
    );
}

#[test]
fn a_perks_heading_run_into_its_paragraph_heads_the_labelled_paragraphs_after_it() {
    // "What we offer: …" names perks, and the paragraphs labelled alike after it are perks
    // too, though "Ownership" and "Growth" read like asks.
    let posting = "Engineering Manager\nOrbit\n\nRequirements\n\
        - 5+ years leading engineering teams.\n\n\
        What we offer: Orbit wants its people heard, supported and cared for.\n\n\
        Ownership: employees receive share options when joining the company.\n\n\
        Growth: You'll have the opportunity to join regular learning sessions and mentoring.\n";
    assert_eq!(texts(posting), ["5+ years leading engineering teams."]);
}

#[test]
fn a_paste_without_blank_lines_still_has_its_headings() {
    // Copied line by line from a page: no blank line anywhere, a perks list of dashes
    // against their words, and "You Will Be" over the duties.
    let posting = "Senior Data Engineer\nOrbit\nDescription\nThe Role\n\
        As a Senior Data Engineer you will shape our pipelines.\n\
        We offer:\n-Half-day Fridays year round\n-Unlimited PTO\n-401(k) matching\n\
        You Will Be\n• Manage a large portfolio of dbt models.\n\
        You Must Have\n• 5+ years of Python and SQL.\n";
    assert_eq!(
        texts(posting),
        [
            "Manage a large portfolio of dbt models.",
            "5+ years of Python and SQL."
        ]
    );
}

#[test]
fn how_the_job_is_held_and_its_pay_in_a_currency_code_ask_nothing() {
    let posting = "Senior Frontend Engineer\nOrbit\n\nAbout the role\n\
        • Location: Remote-first (Mexico City)\n• Full-time\n• Permanent\n\
        – MXN 836,400 - MXN 1,100,000\n\n\
        Requirements\n• 5+ years of React.\n";
    assert_eq!(texts(posting), ["5+ years of React."]);
}

#[test]
fn perks_of_sport_food_and_kit_are_perks() {
    // A list of what a workplace gives beside pay, in words no insurance or leave names:
    // judged by its lines, it asks nothing, and the nice-to-have above it stays.
    let posting = "iOS Engineer\nOrbit\n\nnice-to-haves\n\n\
        • good knowledge of Objective-C\n\n\
        joining Orbit Inventions means\n\n\
        • flexible schedule and a remote work possibility\n\
        • MultiSport card and private medical package\n\
        • yoga classes every Friday\n\
        • board games evenings and weekly lunch roulette\n";
    assert_eq!(texts(posting), ["good knowledge of Objective-C"]);
}

#[test]
fn a_career_so_far_asks_plus_points_are_nice_and_the_first_days_ask_nothing() {
    let posting = "Backend Engineer\nOrbit\n\n\
        What you've done in your career\n\n\
        • You've used Go professionally for 2 years or more\n\n\
        Plus points\n\n\
        • Observability experience, building the features or operating them\n\n\
        What your first 90 days will look like\n\n\
        • By day 30: You'll have shipped a new feature to our Go services\n";
    let read: Vec<(String, bool)> = super::requirements(posting)
        .into_iter()
        .map(|r| (r.text, r.must))
        .collect();
    assert_eq!(
        read,
        [
            (
                "You've used Go professionally for 2 years or more".to_owned(),
                true
            ),
            (
                "Observability experience, building the features or operating them".to_owned(),
                false
            )
        ]
    );
}

/// Development rounds d14 and 15: who may be hired, said in the role's prose or after the
/// perks, is a condition to confirm; a notice that names citizenship asks nothing.
#[test]
fn who_may_be_hired_is_asked_wherever_the_posting_says_it() {
    let posting = "Senior Engineer\nAcme\n\nAbout the Role\n\n\
        This role can be carried out from our HQ, hybrid, or fully remote. Remote candidates \
        must be physically located within the United States.\n\n\
        Requirements\n\n• 5+ years of Rust\n\nBenefits\n\n• Health insurance\n• 401k\n\n\
        U.S. Citizens, Green Card Holders, and those authorized to work in the U.S. for any \
        employer will be considered.\n\n\
        Job candidates and employees authorized to work may not be discriminated against on \
        the basis of national origin or citizenship status.\n";
    let read = requirements(posting);
    let eligibility: Vec<&str> = read
        .iter()
        .filter(|r| r.kind == super::RequirementKind::Eligibility)
        .map(|r| r.text.as_str())
        .collect();
    assert_eq!(
        eligibility,
        [
            "Remote candidates must be physically located within the United States.",
            "U.S. Citizens, Green Card Holders, and those authorized to work in the U.S. for any employer will be considered."
        ]
    );
    assert_eq!(read.len(), 3);
}

/// Development round 15: a paste with few blank lines, where the pay and a section the
/// posting's words name follow the nice-to-haves at once ("Strong candidates may have:").
#[test]
fn lines_after_the_last_bullet_and_a_finished_sentence_start_their_own_sections() {
    let posting = "Android Engineer\nAcme\n\nYou might be a good fit if you have:\n\
        • 7+ years of Android development\n• Expertise in Kotlin\nStrong candidates may have:\n\
        • 3D graphics on mobile\nThe annual compensation range for this role is listed below.\n\
        Annual Salary:\n$320,000—$405,000 USD\nLogistics\n\
        Visa sponsorship: We do sponsor visas! However, we are not able to sponsor visas for every role.\n\
        How we are different\nWe believe that the highest-impact research will be big science.\n\
        Come work with us!\nAcme is a public benefit corporation.\n";
    let read = requirements(posting);
    let texts: Vec<(&str, bool)> = read.iter().map(|r| (r.text.as_str(), r.must)).collect();
    assert_eq!(
        texts,
        [
            ("7+ years of Android development", true),
            ("Expertise in Kotlin", true),
            ("3D graphics on mobile", false),
        ]
    );
}

/// Development round 16: what the job gives, under headings that pitch it ("What we will
/// offer you", "Why Join Acme?", "Working at Acme") right after the asks.
#[test]
fn what_we_will_offer_you_why_join_and_working_at_ask_nothing() {
    for heading in [
        "What we will offer you",
        "Why Join Acme?",
        "Working at ACME LAB",
    ] {
        let posting = format!(
            "iOS Developer\nAcme\n\nRequirements\n\n- Experience with Swift\n- Experience with \
             Core Animation\n\n{heading}\n\n- Flexible working hours\n- Work remotely\n- \
             Unlimited PTO.\n- Impactful Mission: Contribute to a meaningful cause.\n"
        );
        assert_eq!(
            texts(&posting),
            ["Experience with Swift", "Experience with Core Animation"],
            "{heading}"
        );
    }
}

/// Development rounds 14–16: an introduction that seeks someone with a skill, a sentence
/// about the ideal candidate and one about what the role involves ask, though they open as
/// descriptions; seeking someone "experienced" and an offer "extended to a successful
/// candidate" ask nothing.
#[test]
fn an_introduction_that_seeks_a_skill_asks_it() {
    let posting = "Machine Learning Engineer\nKestrel Analytics · Remote\n\n\
        We are seeking a Machine Learning Engineer with over 3 years of experience in NLP. \
        We are seeking an experienced and highly skilled engineer to join our team.\n\n\
        About the role\n\
        The ideal candidate will have shipped models to production. \
        This role involves participating in an on-call rotation. \
        The offer extended to a successful candidate depends on location.\n\n\
        Requirements\n- Python\n- PyTorch\n";
    assert_eq!(
        texts(posting),
        [
            "We are seeking a Machine Learning Engineer with over 3 years of experience in NLP.",
            "The ideal candidate will have shipped models to production.",
            "This role involves participating in an on-call rotation.",
            "Python",
            "PyTorch",
        ]
    );
}

#[test]
fn the_questions_an_application_answers_are_not_asks() {
    let posting = "Full-stack engineer\nHealthCo\n\nWhat you'll do\n\
        - Ship features across Node and React.\n- Own the data model.\n\n\
        If you're really interested: send a cover letter in .md format with answers to:\n\
        - Last 3 things you personally shipped to prod\n\
        - Your 3 biggest pain points working with AI agents\n\
        - Preferred tech stack\n";
    assert_eq!(
        texts(posting),
        [
            "Ship features across Node and React.",
            "Own the data model."
        ]
    );
}

/// A machine-learning posting of round 20: each duty is followed by a line that says how it
/// is measured ("KPIs: …"), and the perks are introduced by a sentence of their own under a
/// heading no word list knows. Neither the measures nor the perks are asked of anyone.
#[test]
fn a_duty_s_measure_and_perks_introduced_as_such_ask_nothing() {
    let posting = "Senior Machine Learning Engineer\nOrbit\n\nWhat you’ll be working on:\n\
        • Design and maintain the ranking models of the timetable.\n\
        KPIs: Model accuracy, recall.\n\
        • Mentor other engineers on the team.\n\
        KPIs: Team skill development.\n\
        • Build the feature store for the models.\n\
        Who we’re looking for :\n\
        • 5-7+ years in a Machine Learning role.\n\
        WHY ORBIT?\n\
        Help us modernise travel\n\
        Orbit is a remote-first company with a big heart and a strong ambition to modernise how people travel.\n\
        Be empowered to do your best work\n\
        We’ve created an environment where growth is a real priority. Some of the great perks we offer include:\n\
        • Flexible working: We’re a remote-first organization with flexible working hours. Work anywhere from within Canada!\n\
        • Four-day workweek: Burnout is real. To help you restore balance between work and life, all Orbit team members work four days a week.\n\
        • Community initiatives: We have a strong commitment to giving back to our communities, including regular volunteer days.\n\
        • Stock options : Everyone has a chance to own a part of Orbit with our competitive stock program.\n";
    let read = texts(posting);
    for asked in [
        "Design and maintain the ranking models of the timetable.",
        "Mentor other engineers on the team.",
        "5-7+ years in a Machine Learning role.",
    ] {
        assert!(read.iter().any(|r| r == asked), "{asked} not in {read:?}");
    }
    for unasked in [
        "KPIs",
        "Flexible working",
        "Four-day",
        "Community",
        "Stock options",
    ] {
        assert!(
            !read.iter().any(|r| r.starts_with(unasked)),
            "{unasked} in {read:?}"
        );
    }
}

/// A mobile posting of round 20 pasted without blank lines: under the team's paragraph, its
/// own headings ("The Winning Recipe", "The Extras") read as lines of the team's section, a
/// line introduces the asks and another the perks. The asks are asks; the perks are not.
#[test]
fn a_list_of_asks_introduced_among_the_team_s_lines_asks() {
    let posting = "iOS Engineer\nOrbit\n\nThe team\n\
        The Orbit engineering team is home to engineers from across the industry who love trains.\n\
        The Winning Recipe\n\
        We’re looking for creative engineers who are excited to build products for riders. These are the core competencies this role calls for:\n\
        • 3+ years experience of building consumer facing mobile applications\n\
        • Knowledge of Swift or Objective-C\n\
        • Passion for learning the latest tools of the iOS community\n\
        The Extras\n\
        Working at Orbit comes with a set of benefits, but here are some of the highlights:\n\
        • Access to medical, dental, and vision plans\n\
        • Flexible working hours\n\
        • Generous time off policies\n";
    let read = texts(posting);
    assert!(
        read.iter()
            .any(|r| r == "Knowledge of Swift or Objective-C"),
        "{read:?}"
    );
    assert!(!read.iter().any(|r| r.contains("time off")), "{read:?}");
}

/// A front-end posting of round 20 opens with its pitch in questions ("Do you love frontend
/// development…?", "Would you like to build … using Angular & TypeScript?"): they ask what the
/// reader wants, not what they bring. A question that describes the candidate still asks.
#[test]
fn the_pitch_s_questions_ask_nothing() {
    let posting = "Senior Front End Engineer\nOrbit\n\n\
        Do you love frontend development and are you good at it? Would you like to build a large-scale app using Angular & TypeScript?\n\n\
        Tu es à l’aise avec le C# et les architectures hexagonales ?\n\n\
        Must have\n\n\
        - advanced TypeScript\n- advanced Angular\n";
    let read = texts(posting);
    assert!(!read.iter().any(|r| r.contains("love")), "{read:?}");
    assert!(!read.iter().any(|r| r.contains("Would you")), "{read:?}");
    assert!(read.iter().any(|r| r.contains("C#")), "{read:?}");
    assert!(read.iter().any(|r| r == "advanced Angular"), "{read:?}");
}

/// A backend posting of round 21: "…but you can expect that:" introduces what the first
/// weeks hold, duties in the future tense, not perks (the line's words are a pitch's, but it
/// names no perk).
#[test]
fn a_list_of_what_to_expect_is_no_list_of_perks() {
    let posting = "Back-end Engineer\nOrbit\n\nAbout the role\n\n\
        As part of a small team within a fast-moving company, you will work on various projects over time, but you can expect that:\n\n\
        • At first, you’ll become familiar with our processes for gathering and structuring timetable data.\n\
        • You'll collaborate with the rest of the Engineering team to improve our data quality.\n\
        • You’ll monitor and troubleshoot back-end processes, resolving any bottlenecks.\n";
    let read = texts(posting);
    assert!(
        read.iter().any(|r| r.starts_with("You’ll monitor")),
        "{read:?}"
    );
}

/// A careers page that frames its headings with pictographs (development round 21): "⭐️ The
/// Engineering team ⭐️" heads the team's prose, not a list of one bullet, and, repeated after
/// the asks, opens no sub-section of them; a pointer to more reading and the level hired at
/// ask nothing.
#[test]
fn headings_framed_by_pictographs_head_what_follows() {
    let posting = "Mobile engineer - React Native\nLumen\n\n\
        ⭐️ The Engineering team ⭐️\n\n\
        Our engineering team is at the core of our mission.\n\n\
        Being an engineer at Lumen means joining a team of talented engineers.\n\n\
        ⭐️ Is it you we're looking for? ⭐️\n\n\
        You would be a good fit if most of this sounds like you:\n\n\
        3+ years of experience in developing mobile applications using React Native.\n\n\
        Familiarity with native mobile development concepts and APIs (iOS and Android)\n\n\
        For more details on how engineers grow at Lumen, take a look at our career path.\n\n\
        For this opportunity, we are aiming to hire within the C0-E level range.\n\n\
        ⭐️ The Engineering team ⭐️\n\n\
        Our engineering team is at the core of our mission.\n\n\
        Being an engineer at Lumen means joining a team of talented engineers.\n";
    assert_eq!(
        texts(posting),
        [
            "3+ years of experience in developing mobile applications using React Native.",
            "Familiarity with native mobile development concepts and APIs (iOS and Android)",
        ]
    );
}

/// The first months' milestones (development round 21): settling in is no duty, what the hire
/// will have done by then is.
#[test]
fn settling_in_among_the_first_months_milestones_asks_nothing() {
    let posting = "Site Reliability Engineer\nQuire\n\n## What you will do\n\n\
        ### In one month\n\
        - You will have completed your onboarding.\n\
        - You will already know your team.\n\
        - You will have deployed several times to production.\n\
        - You will already know all the processes and tools in depth.\n";
    assert_eq!(
        texts(posting),
        ["You will have deployed several times to production."]
    );
}
