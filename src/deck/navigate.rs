//! Moving through a deck, step by step and slide by slide.

use super::{Deck, Position};

/// Moves through a deck. Every method returns whether the position changed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Navigator {
    /// Where the presentation is.
    pub position: Position,
}

impl Navigator {
    fn set(&mut self, position: Position) -> bool {
        let changed = self.position != position;
        self.position = position;
        changed
    }

    /// The next reveal step, else the next slide.
    pub fn next(&mut self, deck: &Deck) -> bool {
        let Position { slide, step } = self.position;
        let steps = deck.slide(slide).map_or(1, |s| s.steps);
        if step + 1 < steps {
            self.set(Position {
                slide,
                step: step + 1,
            })
        } else if slide + 1 < deck.slides.len() {
            self.set(Position {
                slide: slide + 1,
                step: 0,
            })
        } else {
            false
        }
    }

    /// The previous reveal step, else the previous slide fully revealed.
    pub fn previous(&mut self, deck: &Deck) -> bool {
        let Position { slide, step } = self.position;
        if step > 0 {
            self.set(Position {
                slide,
                step: step - 1,
            })
        } else if slide > 0 {
            let steps = deck.slide(slide - 1).map_or(1, |s| s.steps);
            self.set(Position {
                slide: slide - 1,
                step: steps.saturating_sub(1),
            })
        } else {
            false
        }
    }

    /// The first slide.
    pub fn first(&mut self) -> bool {
        self.set(Position::default())
    }

    /// The last slide, fully revealed.
    pub fn last(&mut self, deck: &Deck) -> bool {
        let slide = deck.slides.len().saturating_sub(1);
        let steps = deck.slide(slide).map_or(1, |s| s.steps);
        self.set(Position {
            slide,
            step: steps.saturating_sub(1),
        })
    }

    /// Slide `number`, counting from 1 as the audience sees it, fully revealed.
    pub fn go_to_number(&mut self, deck: &Deck, number: usize) -> bool {
        match number.checked_sub(1).filter(|i| *i < deck.slides.len()) {
            Some(index) => self.go_to_index(deck, index),
            None => false,
        }
    }

    /// The slide at `index`, fully revealed (a jump answers a question; no need to click
    /// through steps).
    pub fn go_to_index(&mut self, deck: &Deck, index: usize) -> bool {
        match deck.slide(index) {
            Some(slide) => self.set(Position {
                slide: index,
                step: slide.steps.saturating_sub(1),
            }),
            None => false,
        }
    }

    /// The slide with `id`, fully revealed.
    pub fn go_to_id(&mut self, deck: &Deck, id: &str) -> bool {
        match deck.find(id) {
            Some(index) => self.go_to_index(deck, index),
            None => false,
        }
    }
}
