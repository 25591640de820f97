//! Tests of [`super`]: one line of a posting on its own.

use super::*;

#[test]
fn a_line_that_asks_before_its_questions_or_its_colon_asks_it() {
    assert!(lead_in("Not sure you qualify?"));
    assert!(!lead_in(
        "A patient teacher. Who did you last help get promoted?"
    ));
    assert_eq!(
        without_lead_in("Build the booking widget. This may include:"),
        "Build the booking widget."
    );
    assert_eq!(without_lead_in("You will:"), "You will:");
}

#[test]
fn a_question_about_the_reader_asks_and_one_about_wanting_the_job_does_not() {
    for asks in [
        "Are you an Engineer with a passion for building user-friendly web applications?",
        "Tu es à l'aise avec le continuous delivery et la démarche devops ?",
        "Hast du Erfahrung mit Go und Kubernetes?",
    ] {
        assert!(asks_the_reader(asks), "{asks}");
        assert!(!lead_in(asks), "{asks}");
    }
    for pitch in [
        "Now, a question for you: are you ready to have an impact on the next generation?",
        "What will you do in your first months with us?",
        "Not sure you qualify?",
        "Does this sound like you and your next adventure?",
        "Are you excited about being a key part of a growing data team?",
        "Is the product used by millions of people every day?",
    ] {
        assert!(!asks_the_reader(pitch), "{pitch}");
    }
}

#[test]
fn years_asked_are_the_least_of_a_range() {
    assert_eq!(years_asked("2 - 6 years of ios"), Some(2));
    assert_eq!(years_asked("3 to 5 years with go"), Some(3));
    assert_eq!(years_asked("5–8+ years in data science"), Some(5));
    assert_eq!(years_asked("seven years of rust"), Some(7));
    assert_eq!(years_asked("for 30 years we have"), None);
    assert_eq!(years_asked("12+ total years of hands-on work"), Some(12));
    assert_eq!(years_asked("3 to 5 professional years"), Some(3));
}

#[test]
fn a_short_numbered_line_over_other_bullets_names_a_part() {
    assert!(sub_heading(
        "4. Cost and safety",
        "● Budgets: trim the bill."
    ));
    assert!(!sub_heading("4. Cost and safety", "5. Hiring"));
    assert!(sub_heading(
        "• Primary technologies",
        "◦ Node.js and TypeScript"
    ));
    assert!(!sub_heading(
        "• Design",
        "• Implementation, pair programming"
    ));
    assert!(!sub_heading(
        "4. Own the budget and trim waste.",
        "● Budgets: trim the bill."
    ));
}

#[test]
fn the_pitch_asks_nothing() {
    assert!(about_us(
        "Join us to be at the forefront of technological innovation, shaping our platform."
    ));
    assert!(about_us(
        "Why Join Us? You will be part of an innovative team working on impactful projects."
    ));
    assert!(!about_us(
        "Experience joining teams across time zones and shipping together."
    ));
    assert!(!about_us(
        "Be part of the recruitment process to attract your new colleagues."
    ));
}

#[test]
fn prose_about_the_company_or_the_job_in_the_third_person_asks_nothing() {
    assert!(describes_role(
        "Working with QA, the Engineering Manager will plan each release."
    ));
    assert!(describes_role(
        "Kindness is one of our values, and the company rewards it."
    ));
    assert!(!describes_role("You will plan each release with QA."));
    assert!(!describes_role(
        "As a Senior BE & AI Engineer, you will be responsible for the design of AI features."
    ));
    assert!(describes_role(
        "As an Engineer at Acme, you will be part of a passionate team."
    ));
    assert!(!describes_role(
        "Drives the team to decide how to build our product."
    ));
}

#[test]
fn a_bullet_naming_the_hire_in_the_third_person_asks_nothing() {
    assert!(about_us(
        "A Lighthouse Platform Engineer (Rust, GCP) that will code half the time"
    ));
    assert!(about_us(
        "An engineering manager who will grow the ferry team"
    ));
    assert!(!about_us("A track record of shipping apps that will scale"));
    assert!(!about_us("Coach engineers who will lead the next teams"));
    assert!(about_us(
        "Please refer to the Harbour Handbook to learn how we sail."
    ));
}

/// Development round 18: the employer named as the subject says what the company is,
/// its years too; the hire as the subject still asks.
#[test]
fn a_sentence_about_the_named_company() {
    assert!(names_the_company(
        "Jefit is a profitable fitness-tech company — 15+ years in market, no funding pressure."
    ));
    assert!(names_the_company(
        "Acme Health is the leading platform for clinics."
    ));
    assert!(!names_the_company(
        "You are a strong engineer with 5+ years of Kotlin."
    ));
    assert!(!names_the_company("Kotlin is a must, 3+ years."));
    assert!(!names_the_company("This is a remote position."));
}

#[test]
fn the_role_named_as_the_subject_is_handed_its_duties() {
    for duty in [
        "The Senior Analytics Engineer will support the entire organization.",
        "This position is responsible for performing proof-of-concepts.",
    ] {
        assert!(gives_a_duty(duty), "{duty}");
    }
    for not_a_duty in [
        "The Engineer will report to the CTO.",
        "The data team will grow to ten engineers this year.",
        "Our customers will love the new features.",
    ] {
        assert!(!gives_a_duty(not_a_duty), "{not_a_duty}");
    }
}
