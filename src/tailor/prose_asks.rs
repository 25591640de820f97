//! Prose that asks something of the candidate in so many words, wherever a posting puts it:
//! "… is a must", "The ideal candidate will have…", "12+ years of experience in…", and the
//! lines that introduce the application's own questions.

use super::lines::{asks_the_reader, conditions_of_hire, words_of, years_asked};

/// Prose that says a skill is required, wherever it stands ("Previous experience
/// implementing AI features is a must."): an ask, though no list holds it. Not a step of
/// hiring ("employees are required to pass a background check").
pub(super) fn says_it_is_required(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    let words = words_of(&lower);
    let skill = words.iter().any(|w| {
        [
            "experience",
            "knowledge",
            "skills",
            "proficiency",
            "familiarity",
            "expertise",
        ]
        .contains(w)
    });
    (lower.contains(" is a must") || lower.contains(" are a must"))
        || (skill && (lower.contains(" is required") || lower.contains(" are required")))
}

/// Whether a sentence is a question of the pitch, asking what the reader wants or loves.
pub(super) fn pitch_question(sentence: &str) -> bool {
    let lower = sentence.to_lowercase().replace('’', "'");
    lower.ends_with('?')
        && [
            "would you like",
            "do you want",
            "do you love",
            "do you enjoy",
            "are you looking for",
            "are you ready",
            "curious",
            "tu veux",
            "envie de",
        ]
        .iter()
        .any(|opening| lower.trim_start().starts_with(opening))
}

/// Prose that introduces the role by what the hire must bring ("We are seeking a Machine
/// Learning Engineer with over 3 years of experience…", "Acme is looking for someone with
/// Java and/or Kotlin experience", "The ideal candidate will have…", "This role involves
/// participating in an on-call rotation"): an ask, though it opens as a description.
pub(super) fn asks_in_prose(sentence: &str) -> bool {
    let lower = sentence.to_lowercase().replace('’', "'");
    let has = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    // Seeking someone ("a", "an", "someone"), not what the role needs ("the skills we're
    // looking for in this role").
    let seeking = [
        "seeking",
        "looking for",
        "we seek",
        "is hiring",
        "are hiring",
    ]
    .iter()
    .any(|verb| {
        ["a ", "an ", "someone "]
            .iter()
            .any(|who| lower.contains(&format!("{verb} {who}")))
    });
    // What the hire must bring, in so many words: "experienced" alone describes the role.
    let words = words_of(&lower);
    let skill = words
        .iter()
        .any(|w| ["experience", "years", "expertise"].contains(w))
        || has(&[
            "background in",
            "knowledge of",
            "proficien",
            "skilled in",
            "experienced in",
            "experienced with",
        ]);
    // The candidate as the subject, not an offer "extended to a successful candidate".
    let candidate = ["ideal candidate", "successful candidate"]
        .iter()
        .any(|who| {
            ["will", "has", "should", "must", "is", "would"]
                .iter()
                .any(|verb| lower.contains(&format!("{who} {verb} ")))
        })
        // "We expect candidates to be comfortable with: TypeScript, React…": what the
        // candidates bring, not who may apply ("Candidates must be authorized to work…").
        || (has(&[
            "we expect candidates",
            "we expect you to",
            "candidates should",
            "candidates must",
            "candidates need",
            "candidates will need",
            "applicants should",
            "applicants must",
        ]) && conditions_of_hire(sentence).is_empty());
    let role_requires = has(&[
        "this role involves",
        "this role requires",
        "this role includes",
        "this role will require",
        "this position requires",
        "this position involves",
        "this position may require",
        "the role requires",
        "the role involves",
    ]);
    (seeking && skill) || candidate || role_requires || asks_the_reader(sentence)
}

/// A line that introduces what to write in the application ("send a cover letter … with
/// answers to:", "In your application, please tell us:"): its list is the application's
/// questions.
pub(super) fn asks_for_answers(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    [
        "cover letter",
        "your application",
        "answers to",
        "answer the following",
        "when applying",
        "when you apply",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// A sentence that asks years of experience on its own ("12+ total years of hands-on
/// experience in…", "4-7 years relevant leadership experience (Preferred)"), not one that
/// introduces a list of them ("7+ years of experience in each of the following").
pub(super) fn asks_years_of_experience(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    years_asked(&lower).is_some()
        && words_of(&lower).contains(&"experience")
        && !lower.contains("the following")
        && !sentence.trim_end().ends_with(':')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_candidates_are_expected_to_bring_is_asked_in_prose() {
        assert!(asks_in_prose(
            "We expect candidates to be comfortable with: Typescript, React, NextJS, Jest."
        ));
        assert!(asks_in_prose(
            "Candidates should have shipped a mobile app to the stores."
        ));
        // Who may apply is a condition to confirm, read as such elsewhere.
        assert!(!asks_in_prose(
            "Candidates must be authorized to work in the United States."
        ));
        assert!(!asks_in_prose("Our candidates come from every background."));
    }
}
