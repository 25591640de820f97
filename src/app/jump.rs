//! A jump to a section or case study (`--at`, a table-of-contents click): it scrolls again
//! each frame until its anchor has stopped moving, because images that decode later and rows
//! laid out again push it down after the first scroll.

use crate::document::Anchor;

/// Frames a jump's anchor must sit still, with every image loaded, before the jump is done.
const SETTLE_FRAMES: u32 = 3;

/// Where the document is going, and where a finished jump left it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(super) struct Jump {
    /// The anchor on its way to the top.
    target: Option<Anchor>,
    /// Frames in a row the anchor has not moved.
    settled: u32,
    /// Where the anchor was in the last frame.
    last_top: Option<f32>,
    /// The scroll offset a finished jump ended at: its entry stays current in the table of
    /// contents until the reader scrolls (at the end of the document the heading cannot
    /// reach the top, and the entry before it would be marked).
    ended_at: Option<f32>,
}

impl Jump {
    /// A jump to `anchor`, or none.
    pub(super) fn to(anchor: Option<Anchor>) -> Self {
        Self {
            target: anchor,
            ..Self::default()
        }
    }

    /// The anchor still on its way.
    pub(super) fn target(&self) -> Option<Anchor> {
        self.target
    }

    /// What to ask the document to scroll to this frame: nothing once the anchor has
    /// stopped, since a scroll of nothing with animations off makes egui's offset NaN.
    pub(super) fn scroll_request(&self) -> Option<Anchor> {
        self.target.filter(|_| self.settled == 0)
    }

    /// Whether the table of contents should keep the jump's entry as current.
    pub(super) fn holds_current(&self) -> bool {
        self.target.is_some() || self.ended_at.is_some()
    }

    /// After a frame: where the anchor was drawn (`top`), whether the reader scrolled,
    /// whether images are still decoding, and the document's scroll offset. Returns whether
    /// the jump goes on (the caller asks for another frame).
    pub(super) fn after_frame(
        &mut self,
        top: Option<f32>,
        user_scrolled: bool,
        images_pending: bool,
        offset: f32,
    ) -> bool {
        if self.target.is_none() {
            if self.ended_at.is_some_and(|at| (at - offset).abs() > 1.0) {
                self.ended_at = None;
            }
            return false;
        }
        if user_scrolled {
            *self = Self::default();
            return false;
        }
        let still = top.is_some()
            && self
                .last_top
                .zip(top)
                .is_some_and(|(before, now)| (before - now).abs() < 0.5);
        self.last_top = top;
        self.settled = if still && !images_pending {
            self.settled + 1
        } else {
            0
        };
        if self.settled >= SETTLE_FRAMES {
            *self = Self {
                ended_at: Some(offset),
                ..Self::default()
            };
            return false;
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Section;

    const CONTACT: Anchor = Anchor::Section(Section::Contact);

    #[test]
    fn a_jump_ends_once_its_anchor_stops_moving_with_images_loaded() {
        let mut jump = Jump::to(Some(CONTACT));
        // The anchor moves (an image arrived above it): the jump goes on and scrolls again.
        assert!(jump.after_frame(Some(900.0), false, true, 0.0));
        assert!(jump.after_frame(Some(40.0), false, false, 860.0));
        assert_eq!(jump.scroll_request(), Some(CONTACT));
        // Still, but an image is decoding: not yet.
        assert!(jump.after_frame(Some(40.0), false, true, 860.0));
        for _ in 0..SETTLE_FRAMES - 1 {
            assert!(jump.after_frame(Some(40.0), false, false, 860.0));
            assert_eq!(jump.scroll_request(), None, "no scroll of nothing");
        }
        assert!(!jump.after_frame(Some(40.0), false, false, 860.0));
        assert_eq!(jump.target(), None);
        // Its entry stays current until the reader scrolls away.
        assert!(jump.holds_current());
        assert!(!jump.after_frame(None, false, false, 860.0));
        assert!(jump.holds_current());
        assert!(!jump.after_frame(None, false, false, 700.0));
        assert!(!jump.holds_current());
    }

    #[test]
    fn the_reader_scrolling_ends_a_jump() {
        let mut jump = Jump::to(Some(CONTACT));
        assert!(!jump.after_frame(Some(300.0), true, false, 10.0));
        assert_eq!(jump, Jump::default());
    }
}
