//! Pacing a talk: how much of its planned length each slide has, and whether the speaker is
//! ahead or behind on the slides they actually showed. A slide's place in the deck says
//! nothing of this: jumping to slide 16 of 20 to answer a question is not being 19 minutes
//! ahead, and ten seconds on the title slide is not being behind.

use std::time::Duration;

use super::{Deck, SlideKind};

/// A slide's weight in the talk: a case study's story and results carry the talk, a title
/// or a contact slide is a moment.
fn weight(kind: &SlideKind) -> f64 {
    match kind {
        SlideKind::Title | SlideKind::Contact => 0.5,
        SlideKind::CaseStudy { .. } => 1.5,
        _ => 1.0,
    }
}

/// Each slide's planned time: `length` shared by the slides' weights.
pub fn budgets(deck: &Deck, length: Duration) -> Vec<Duration> {
    let weights: Vec<f64> = deck.slides.iter().map(|s| weight(&s.kind)).collect();
    let total: f64 = weights.iter().sum();
    if total <= 0.0 {
        return vec![Duration::ZERO; weights.len()];
    }
    weights.iter().map(|w| length.mul_f64(w / total)).collect()
}

/// How far from the plan still counts as on time: a slide's share of a long talk can be a
/// few seconds (the title's, of 25 minutes: 19 s), and being 6 s over it is not "behind".
pub const GRACE: Duration = Duration::from_secs(30);

/// Where the speaker stands against the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pace {
    /// Within the current slide's planned time; this much of it is left.
    OnTime(Duration),
    /// Faster than planned over the slides shown, by this much.
    Ahead(Duration),
    /// Slower than planned: past the current slide's planned time by this much, counting the
    /// slides shown before it at their planned times.
    Behind(Duration),
}

/// The pace after `elapsed` of talk, on slide `current`, having shown the slides in
/// `shown` (the current one aside) at any length: their planned times are what the talk
/// should have taken so far.
pub fn pace(budgets: &[Duration], shown: &[bool], current: usize, elapsed: Duration) -> Pace {
    let before: Duration = budgets
        .iter()
        .zip(shown)
        .enumerate()
        .filter(|(index, (_, was_shown))| **was_shown && *index != current)
        .map(|(_, (budget, _))| *budget)
        .sum();
    let this = budgets.get(current).copied().unwrap_or_default();
    if elapsed + GRACE < before {
        Pace::Ahead(before - elapsed)
    } else if elapsed <= before + this + GRACE {
        Pace::OnTime((before + this).saturating_sub(elapsed))
    } else {
        Pace::Behind(elapsed - before - this)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIN: Duration = Duration::from_secs(60);

    #[test]
    fn case_studies_get_more_of_the_talk_than_the_title() {
        let deck = Deck::new(&crate::load::load_bundled().expect("bundled").portfolio);
        let budgets = budgets(&deck, 30 * MIN);
        let total: Duration = budgets.iter().sum();
        assert!((total.as_secs_f64() - 1800.0).abs() < 0.01, "{total:?}");
        let case = deck
            .slides
            .iter()
            .position(|s| matches!(s.kind, SlideKind::CaseStudy { .. }))
            .expect("a case study");
        let ratio = budgets[case].as_secs_f64() / budgets[0].as_secs_f64();
        assert!((ratio - 3.0).abs() < 1e-6, "{ratio}");
    }

    #[test]
    fn the_pace_counts_the_slides_shown_not_the_position() {
        let budgets = vec![MIN; 20];
        let mut shown = vec![false; 20];
        // Seven seconds on the title slide: on time, not behind.
        assert_eq!(
            pace(&budgets, &shown, 0, Duration::from_secs(7)),
            Pace::OnTime(Duration::from_secs(53))
        );
        // Twenty seconds past the title's share: still on time.
        assert_eq!(
            pace(&budgets, &shown, 0, Duration::from_secs(80)),
            Pace::OnTime(Duration::ZERO)
        );
        // A jump from slide 1 to slide 16 after a minute: the skipped slides were not
        // given, so the talk is on time, not fifteen minutes ahead.
        shown[0] = true;
        assert_eq!(pace(&budgets, &shown, 15, MIN), Pace::OnTime(MIN));
        // Four slides shown in two minutes: two minutes ahead.
        for s in shown.iter_mut().take(4) {
            *s = true;
        }
        assert_eq!(pace(&budgets, &shown, 4, 2 * MIN), Pace::Ahead(2 * MIN));
        // Nine minutes in, four slides shown and the fifth has had its minute: behind.
        assert_eq!(pace(&budgets, &shown, 4, 9 * MIN), Pace::Behind(4 * MIN));
    }
}
