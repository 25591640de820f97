//! Which slides a talk uses: a track's, or the case studies with given tags.

use crate::model::Portfolio;

/// Why `--track` or `--tags` cannot select slides.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SelectionError {
    /// The portfolio defines no tracks at all.
    #[error(
        "no track `{name}`: this portfolio defines no tracks (add `tracks: [(name: \"{name}\", slides: [...])]`)"
    )]
    NoTracks {
        /// The name asked for.
        name: String,
    },
    /// No track has this name.
    #[error("no track `{name}`; tracks: {}", known.join(", "))]
    UnknownTrack {
        /// The name asked for.
        name: String,
        /// The portfolio's track names.
        known: Vec<String>,
    },
    /// No case study has any of the tags.
    #[error("no case study has the tags {}; tags: {}", asked.join(", "), known.join(", "))]
    UnknownTags {
        /// The tags asked for.
        asked: Vec<String>,
        /// Every tag of the portfolio's case studies.
        known: Vec<String>,
    },
}

/// Which slides a talk uses: everything, a named track, or case studies with given tags.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    /// A track's slide ids, in order.
    pub track: Option<Vec<String>>,
    /// Keep only case studies with one of these tags (lowercase).
    pub tags: Vec<String>,
}

impl Selection {
    /// Resolves `--track NAME` and `--tags a,b` against the portfolio. An unknown track is an
    /// error that lists the valid ones.
    pub fn new(
        portfolio: &Portfolio,
        track: Option<&str>,
        tags: &[String],
    ) -> Result<Self, SelectionError> {
        let track = match track {
            None => None,
            Some(name) => {
                let found = portfolio.tracks.iter().find(|t| t.name == name);
                match found {
                    Some(track) => Some(track.slides.clone()),
                    None if portfolio.tracks.is_empty() => {
                        return Err(SelectionError::NoTracks {
                            name: name.to_owned(),
                        });
                    }
                    None => {
                        return Err(SelectionError::UnknownTrack {
                            name: name.to_owned(),
                            known: portfolio.tracks.iter().map(|t| t.name.clone()).collect(),
                        });
                    }
                }
            }
        };
        let tags: Vec<String> = tags
            .iter()
            .map(|t| t.trim().to_lowercase())
            .filter(|t| !t.is_empty())
            .collect();
        if !tags.is_empty() {
            let known = portfolio
                .case_studies
                .iter()
                .flat_map(|c| c.tags.iter())
                .any(|t| tags.contains(&t.to_lowercase()));
            if !known {
                let mut all: Vec<String> = portfolio
                    .case_studies
                    .iter()
                    .flat_map(|c| c.tags.iter().cloned())
                    .collect();
                all.sort();
                all.dedup();
                return Err(SelectionError::UnknownTags {
                    asked: tags,
                    known: all,
                });
            }
        }
        Ok(Self { track, tags })
    }
}
