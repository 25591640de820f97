//! The PDF's tag tree: what each drawn thing is, in reading order, for screen readers,
//! applicant-tracking systems and copy and paste. The layout's lines become headings and
//! paragraphs (a paragraph's lines, even across pages, one element); images and charts are
//! figures with their alt text; links are links; bars, rules, backgrounds and page numbers
//! are artifacts.

use std::collections::HashMap;
use std::num::NonZeroU16;
use std::sync::Arc;

use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, Node, SpanTag, Tag, TagGroup, TagKind, TagTree,
};

use crate::layout::text::Text;

/// Collects the tag tree while the pages are drawn.
#[derive(Default)]
pub(super) struct Tagger {
    /// Structure elements in reading order, each with its kind and contents.
    groups: Vec<(TagKind, Vec<Node>)>,
    /// Which group a paragraph's further lines belong to, by the paragraph's address.
    paragraphs: HashMap<usize, usize>,
}

impl Tagger {
    /// Draws a line of `text` with `draw` and files it under its paragraph or heading
    /// (`heading` 1–3, or 0 for running text).
    pub fn line(
        &mut self,
        surface: &mut Surface<'_>,
        text: &Arc<Text>,
        heading: u8,
        draw: impl FnOnce(&mut Surface<'_>),
    ) {
        let id = surface.start_tagged(ContentTag::Span(SpanTag::empty()));
        draw(surface);
        surface.end_tagged();
        let key = Arc::as_ptr(text) as usize;
        let index = match self.paragraphs.get(&key) {
            Some(index) => *index,
            None => {
                // A heading is titled with its own text (PDF/UA asks for it).
                let title = || text.text.trim_matches(['\u{200e}', '\u{200f}']).to_owned();
                let kind: TagKind = match NonZeroU16::new(u16::from(heading)) {
                    Some(level) => Tag::Hn(level, Some(title())).into(),
                    None => Tag::P.into(),
                };
                self.groups.push((kind, Vec::new()));
                let index = self.groups.len() - 1;
                self.paragraphs.insert(key, index);
                index
            }
        };
        if let Some((_, children)) = self.groups.get_mut(index) {
            children.push(id.into());
        }
    }

    /// Draws decoration (a bar, a rule, a background) with `draw`, outside the structure.
    pub fn artifact(surface: &mut Surface<'_>, draw: impl FnOnce(&mut Surface<'_>)) {
        surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(
            ArtifactType::Layout,
        )));
        draw(surface);
        surface.end_tagged();
    }

    /// The page number, marked as one.
    pub fn page_number(surface: &mut Surface<'_>, draw: impl FnOnce(&mut Surface<'_>)) {
        surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(
            ArtifactType::PageNumber,
        )));
        draw(surface);
        surface.end_tagged();
    }

    /// Draws a picture or a chart with `draw` as a figure described by `alt`.
    pub fn figure(
        &mut self,
        surface: &mut Surface<'_>,
        alt: &str,
        draw: impl FnOnce(&mut Surface<'_>),
    ) {
        let id = surface.start_tagged(ContentTag::Other);
        draw(surface);
        surface.end_tagged();
        self.groups
            .push((Tag::Figure(Some(alt.to_owned())).into(), vec![id.into()]));
    }

    /// A link annotation, in reading order where it is drawn.
    pub fn link(&mut self, annotation: Identifier) {
        self.groups
            .push((Tag::Link.into(), vec![annotation.into()]));
    }

    /// The tree, in `language`.
    pub fn finish(self, language: &str) -> TagTree {
        let children = self
            .groups
            .into_iter()
            .filter(|(_, children)| !children.is_empty())
            .map(|(kind, children)| {
                let mut group = TagGroup::new(kind);
                for child in children {
                    group.push(child);
                }
                Node::from(group)
            })
            .collect();
        TagTree {
            children,
            lang: Some(language.to_owned()),
        }
    }
}
