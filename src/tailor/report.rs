//! `folio tailor`'s output: the report a person reads, or the same as JSON.

use super::evidence::{ItemKind, Strength};
use super::posting::RequirementKind;
use super::{Tailored, talk::MINUTES_PER_SLIDE};
use crate::document::Document;
use crate::load::text::printable;

fn kind_word(kind: RequirementKind) -> &'static str {
    match kind {
        RequirementKind::Skill => "skill",
        RequirementKind::Seniority => "seniority",
        RequirementKind::Responsibility => "responsibility",
        RequirementKind::Qualification => "qualification",
        RequirementKind::Eligibility => "eligibility",
    }
}

fn item_word(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::CaseStudy => "case study",
        ItemKind::Position => "position",
        ItemKind::Expertise => "expertise",
        ItemKind::Experience => "experience",
        ItemKind::Education => "education",
    }
}

/// The report as text: requirements with their evidence, the gaps, the talk.
pub fn text(document: &Document, tailored: &Tailored, posting_name: &str) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let total = tailored.requirements.len();
    let musts = tailored
        .requirements
        .iter()
        .filter(|m| m.requirement.must)
        .count();
    let evidenced = total - tailored.gaps.len();
    let _ = writeln!(
        out,
        "{}: {total} requirement{} ({musts} must, {} nice to have); the portfolio evidences {evidenced}.",
        printable(posting_name),
        if total == 1 { "" } else { "s" },
        total - musts
    );
    if total == 0 {
        out.push_str(
            "\nNo requirements found: the text has no bullets or sentences asking for skills,\n\
             experience or responsibilities. Paste the posting's requirements section.\n",
        );
        return out;
    }
    out.push_str(
        "\nRequirements (✓ shown by a case study or position, ~ only claimed by an expertise area or a tag)\n",
    );
    for matched in &tailored.requirements {
        let r = &matched.requirement;
        let _ = writeln!(
            out,
            "  {:<7}  {:<14}  {}",
            r.level_word(),
            kind_word(r.kind),
            printable(&r.text)
        );
        if r.kind == RequirementKind::Eligibility {
            out.push_str(
                "                           who may be hired: confirm it, no portfolio shows it\n",
            );
        } else if matched.evidence.is_empty() {
            out.push_str("                           no evidence\n");
        }
        // ✓ a case study or position that did it; ~ an expertise area or a tag that claims it.
        for evidence in matched.evidence.iter().take(4) {
            let _ = writeln!(
                out,
                "                           {} {} ({}, {}): {}",
                match evidence.strength {
                    Strength::Shown => "✓",
                    Strength::Claimed => "~",
                },
                evidence.title,
                item_word(evidence.kind),
                evidence.strength.word(),
                evidence.words.join(", ")
            );
        }
        if !matched.missing.is_empty() {
            let _ = writeln!(
                out,
                "                           not shown: {}",
                matched.missing.join(", ")
            );
        }
        if matched.evidence.len() > 4 {
            let _ = writeln!(
                out,
                "                           and {} more",
                matched.evidence.len() - 4
            );
        }
    }
    if tailored.gaps.is_empty() {
        out.push_str("\nGaps: none; everything the posting asks has evidence.\n");
    } else {
        out.push_str("\nGaps: nothing in the portfolio shows these, most important first\n");
        for (n, index) in tailored.gaps.iter().enumerate() {
            if let Some(matched) = tailored.requirements.get(*index) {
                let r = &matched.requirement;
                let _ = writeln!(
                    out,
                    "  {:>2}. {:<7}  {}",
                    n + 1,
                    r.level_word(),
                    printable(&r.text)
                );
            }
        }
    }
    if tailored.ranked.is_empty() {
        out.push_str(
            "\nNo evidence: no case study answers this posting, so there is no talk to suggest.\n",
        );
        return out;
    }
    if tailored.answers_nothing() {
        out.push_str(
            "\nNo case study answers this posting directly: the talk leads with the nearest, \
             to bridge from what you have done to what it asks.\n",
        );
    }
    let portfolio = &document.portfolio;
    match &portfolio.duration {
        Some(duration) => {
            let _ = writeln!(
                out,
                "\nSuggested talk, within {} at {MINUTES_PER_SLIDE} minutes a slide",
                duration.source()
            );
        }
        None => out.push_str(
            "\nSuggested talk (no duration in the portfolio: every case study that answers it)\n",
        ),
    }
    for (n, id) in tailored.talk.iter().enumerate() {
        let ranked = tailored.ranked.iter().find(|r| r.id == *id);
        let detail = match ranked.and_then(|r| portfolio.case_studies.get(r.index).map(|c| (r, c)))
        {
            Some((r, case)) => {
                let mut why = format!(
                    "{}: answers {} requirement{}",
                    case.title,
                    r.answers,
                    if r.answers == 1 { "" } else { "s" }
                );
                if r.verified > 0 {
                    let _ = write!(
                        why,
                        ", {} verified win{}",
                        r.verified,
                        if r.verified == 1 { "" } else { "s" }
                    );
                }
                if let Some(factor) = &r.largest_text {
                    let _ = write!(why, ", {factor}");
                }
                why
            }
            None => slide_title(portfolio, id),
        };
        let _ = writeln!(out, "  {:>2}. {:<24} {}", n + 1, id, detail);
    }
    if !tailored.left_out.is_empty() {
        let _ = writeln!(out, "  Left out for time: {}", tailored.left_out.join(", "));
    }
    out
}

/// What a talk's slide id stands for: a case study's title or a section's.
pub fn slide_title(portfolio: &crate::model::Portfolio, id: &str) -> String {
    if let Some(case) = portfolio.case_studies.iter().find(|c| c.id == id) {
        return case.title.clone();
    }
    crate::document::Section::ALL
        .iter()
        .find(|s| s.id() == id)
        .map_or_else(|| id.to_owned(), |s| s.title(portfolio))
}

/// The report as JSON: `{"requirements": [{"text", "kind", "must", "strength", "missing",
/// "evidence": [{"id", "kind", "title", "words", "strength"}]}], "gaps": [...], "talk": [...],
/// "left_out": [...]}`. A requirement's `strength` is its strongest evidence's: `"shown"` (a
/// case study or position did it), `"claimed"` (an expertise area or a tag says so) or
/// `"none"`.
pub fn json(tailored: &Tailored) -> String {
    let requirement = |m: &super::Matched| {
        serde_json::json!({
            "text": m.requirement.text,
            "kind": m.requirement.kind,
            "must": m.requirement.must,
            "strength": m.strength().map_or("none", Strength::word),
            "missing": m.missing,
            "evidence": m.evidence,
        })
    };
    let value = serde_json::json!({
        "requirements": tailored.requirements.iter().map(requirement).collect::<Vec<_>>(),
        "gaps": tailored.gaps.iter().filter_map(|i| tailored.requirements.get(*i)).map(requirement).collect::<Vec<_>>(),
        "talk": tailored.talk,
        "left_out": tailored.left_out,
    });
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
}
