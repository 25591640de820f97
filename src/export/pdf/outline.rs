//! The PDF's bookmarks: sections, and case studies under them.

use krilla::geom::Point;

use crate::layout::items::Mark;

/// The outline from the layout's marks.
pub fn outline(marks: &[Mark]) -> krilla::outline::Outline {
    use krilla::destination::XyzDestination;
    use krilla::outline::{Outline, OutlineNode};
    let mut outline = Outline::new();
    let mut open: Option<OutlineNode> = None;
    for mark in marks {
        let node = OutlineNode::new(
            mark.title.clone(),
            XyzDestination::new(mark.page, Point::from_xy(0.0, mark.y)),
        );
        if mark.depth == 0 {
            if let Some(parent) = open.take() {
                outline.push_child(parent);
            }
            open = Some(node);
        } else if let Some(parent) = open.as_mut() {
            parent.push_child(node);
        } else {
            outline.push_child(node);
        }
    }
    if let Some(parent) = open {
        outline.push_child(parent);
    }
    outline
}
