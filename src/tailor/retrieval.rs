//! Ranking case studies for a posting by BM25F: each case study is a document of fields
//! (tags, figure labels, title, story) of different weights; each requirement is a query of
//! its words' stems, two-word phrases and technology concepts. A term's frequency saturates
//! (the tenth "latency" adds little) and is normalised by the field's length against the
//! average, so a long story does not win by length. Concepts follow the ontology: a case
//! study about SwiftUI answers a query for Swift.

use std::collections::HashMap;

use super::terms;
use crate::document::Document;

/// Saturation: how quickly more mentions of a term stop counting.
const K1: f32 = 1.2;

/// One field kind of a case study: its weight and how much its length normalises.
struct FieldKind {
    weight: f32,
    /// 0: length does not matter; 1: fully normalised by the average length.
    b: f32,
}

/// Tags, figure labels, title, story: what a case study is about counts more than a word in
/// its running text; tags and labels are short lists, not normalised by length.
const FIELDS: [FieldKind; 4] = [
    FieldKind {
        weight: 3.0,
        b: 0.0,
    },
    FieldKind {
        weight: 2.0,
        b: 0.3,
    },
    FieldKind {
        weight: 2.5,
        b: 0.5,
    },
    FieldKind {
        weight: 1.0,
        b: 0.75,
    },
];

/// A case study indexed for retrieval: per field, each term's count and the field's length.
struct Doc {
    fields: Vec<(HashMap<String, f32>, f32)>,
}

/// The terms of a text: content-word stems, two-word phrases, and technology concepts (with
/// the broader ones each is a kind of when `broaden`).
pub fn terms_of(text: &str, broaden: bool) -> Vec<String> {
    let stems = terms::stems(text);
    let mut out: Vec<String> = stems
        .windows(2)
        .filter_map(|w| match w {
            [a, b] if a != b => Some(format!("{a} {b}")),
            _ => None,
        })
        .collect();
    for found in terms::technologies(text) {
        if broaden {
            out.extend(
                terms::broader(found.name)
                    .into_iter()
                    .map(|n| format!("§{n}")),
            );
        } else {
            out.push(format!("§{}", found.name));
        }
    }
    out.extend(
        super::practices::practices(text)
            .into_iter()
            .map(|p| format!("¶{p}")),
    );
    out.extend(stems);
    out
}

/// The case studies of a document, indexed.
pub struct Index {
    docs: Vec<Doc>,
    average: [f32; 4],
    /// How many case studies hold each term, in any field.
    holding: HashMap<String, usize>,
}

impl Index {
    /// Indexes every case study of the document, in the portfolio's order.
    pub fn new(document: &Document) -> Self {
        let mut docs = Vec::new();
        for (index, case) in document.portfolio.case_studies.iter().enumerate() {
            let labels: Vec<String> = document
                .case_metrics
                .get(index)
                .map(|analyses| analyses.iter().map(|a| a.label.clone()).collect())
                .unwrap_or_default();
            let texts = [
                case.tags.join(", "),
                labels.join(". "),
                case.title.clone(),
                format!("{}\n{}\n{}", case.problem, case.approach, case.outcome),
            ];
            let fields = texts
                .iter()
                .map(|text| {
                    let terms = terms_of(text, true);
                    let length = terms.len() as f32;
                    let mut counts: HashMap<String, f32> = HashMap::new();
                    for term in terms {
                        *counts.entry(term).or_default() += 1.0;
                    }
                    (counts, length)
                })
                .collect();
            docs.push(Doc { fields });
        }
        let n = docs.len().max(1) as f32;
        let mut average = [0.0; 4];
        for (slot, avg) in average.iter_mut().enumerate() {
            *avg = docs
                .iter()
                .filter_map(|d| d.fields.get(slot).map(|(_, len)| *len))
                .sum::<f32>()
                / n;
        }
        let mut holding: HashMap<String, usize> = HashMap::new();
        for doc in &docs {
            let mut seen: Vec<&String> = doc.fields.iter().flat_map(|(c, _)| c.keys()).collect();
            seen.sort_unstable();
            seen.dedup();
            for term in seen {
                *holding.entry(term.clone()).or_default() += 1;
            }
        }
        Self {
            docs,
            average,
            holding,
        }
    }

    /// Each case study's BM25F score for a query's terms, in the portfolio's order, as a
    /// share of the most a case study could score (every term, saturated): a case study that
    /// is merely the best of poor matches does not count as a full answer.
    pub fn scores(&self, query: &[String]) -> Vec<f32> {
        let n = self.docs.len() as f32;
        let mut unique: Vec<&String> = query.iter().collect();
        unique.sort_unstable();
        unique.dedup();
        let idf = |term: &str| {
            let held = self.holding.get(term).copied().unwrap_or(0) as f32;
            // BM25's idf, kept positive when every case study holds the term.
            (1.0 + (n - held + 0.5) / (held + 0.5)).ln()
        };
        // A phrase or a concept says more than one word.
        let boost = |term: &str| {
            if term.starts_with(['§', '¶']) || term.contains(' ') {
                1.5
            } else {
                1.0
            }
        };
        // Terms no case study holds cannot be answered by any: they leave the ceiling, so
        // that a requirement's unusual words do not sink every case study alike.
        let most: f32 = unique
            .iter()
            .filter(|t| self.holding.contains_key(t.as_str()))
            .map(|t| boost(t) * idf(t))
            .sum();
        if most <= 0.0 {
            return vec![0.0; self.docs.len()];
        }
        self.docs
            .iter()
            .map(|doc| {
                unique
                    .iter()
                    .map(|term| {
                        let tf: f32 = doc
                            .fields
                            .iter()
                            .zip(FIELDS.iter().zip(self.average))
                            .map(|((counts, length), (kind, average))| {
                                let count = counts.get(term.as_str()).copied().unwrap_or(0.0);
                                let norm = 1.0 - kind.b + kind.b * length / average.max(1.0);
                                kind.weight * count / norm.max(0.1)
                            })
                            .sum();
                        if tf <= 0.0 {
                            return 0.0;
                        }
                        boost(term) * idf(term) * tf / (K1 + tf)
                    })
                    .sum::<f32>()
                    / most
            })
            .collect()
    }
}
