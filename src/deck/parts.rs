//! What of a case study or a list of positions goes on which slide: a story's short form,
//! then figures a few to a slide; a timeline, then the figures of the first positions that
//! have them. And what each slide leaves for the presenter to say.

use super::pages::{case_meta, story_block};
use super::room::{paragraph_pages, room_under};
use super::{CasePart, RolePart, brief, fit};
use crate::chart::verdict_line;
use crate::document::words;
use crate::layout::big_figures::{NUMBERS_PER_ROW, is_chart};
use crate::layout::timeline;
use crate::metrics::{Analysis, AnalysisKind, Tone};
use crate::model::{CaseStudy, Role};

/// The most before/after charts on a results slide: two, side by side, each the height of
/// the slide's room less a row of single numbers.
const CHARTS_PER_SLIDE: usize = 2;

/// Figures on results slides: the charts two a slide, wins first, and the single numbers a
/// row under them; numbers past those rows go two rows to a slide of their own, so that four
/// numbers are one slide, not three and a lonely one.
pub(super) fn results_pages(analyses: &[Analysis]) -> Vec<Vec<usize>> {
    // Wins first, then what did not move, then the losses, each in the author's order: the
    // first results slide leads with what went well, and a trade-off comes last.
    let mut order: Vec<usize> = (0..analyses.len()).collect();
    order.sort_by_key(|i| match analyses.get(*i).and_then(tone) {
        Some(Tone::Good) | None => 0,
        Some(Tone::Neutral) => 1,
        Some(Tone::Bad) => 2,
    });
    let (charts, numbers): (Vec<usize>, Vec<usize>) = order
        .into_iter()
        .partition(|i| analyses.get(*i).is_some_and(is_chart));
    let mut pages: Vec<Vec<usize>> = charts
        .chunks(CHARTS_PER_SLIDE)
        .map(<[usize]>::to_vec)
        .collect();
    let mut numbers = numbers.into_iter();
    for page in &mut pages {
        page.extend(numbers.by_ref().take(NUMBERS_PER_ROW));
    }
    let rest: Vec<usize> = numbers.collect();
    pages.extend(
        rest.chunks(NUMBERS_PER_ROW * NUMBER_ROWS)
            .map(<[usize]>::to_vec),
    );
    pages
}

/// Rows of single numbers on a results slide without charts.
const NUMBER_ROWS: usize = 2;

/// A case study's slides: its story's short form (on as many slides as it needs, which is
/// one unless the author wrote a long one), then its figures a few to a slide, then each
/// image.
pub(super) fn case_parts(case: &CaseStudy, analyses: &[Analysis]) -> Vec<CasePart> {
    let capacity = room_under(&case.title, |flow| case_meta(flow, case));
    let blocks = brief::story(case);
    let texts: Vec<&str> = blocks.iter().map(|(_, text)| text.as_ref()).collect();
    let height = |block: usize, text: &str| {
        let label = blocks.get(block).map_or("", |(label, _)| label);
        fit::height(fit::CONTENT_WIDTH, |flow| {
            // Measured with the longer label a continued piece gets.
            story_block(flow, &words::continued(label).to_uppercase(), text);
        })
    };
    let mut parts: Vec<CasePart> = paragraph_pages(&texts, fit::CONTENT_WIDTH, capacity, height)
        .into_iter()
        .map(|pieces| CasePart::Story { pieces })
        .collect();
    for shown in results_pages(analyses) {
        parts.push(CasePart::Results(shown));
    }
    parts.extend((0..case.images.len()).map(CasePart::Image));
    parts
}

/// Every word a case study's slides leave out: its whole story, where the slide shows a
/// short form of it.
pub(super) fn story_script(case: &CaseStudy) -> Vec<String> {
    let shown = brief::story(case);
    let full = words::story(case);
    if shown
        .iter()
        .zip(full)
        .all(|((_, short), (_, text))| !brief::cuts(short, text))
    {
        return Vec::new();
    }
    full.iter()
        .map(|(label, text)| format!("{label}: {text}"))
        .collect()
}

/// What the presenter may want to say of figures the slide shows large: the exact values,
/// factor and change, and whether the claim written beside them holds.
pub(super) fn figures_script(analyses: &[&Analysis]) -> Vec<String> {
    analyses
        .iter()
        .map(|analysis| match &analysis.kind {
            AnalysisKind::Change(change) => {
                let mut line = change.sentence(&analysis.label);
                if let Some(factor) = change.factor_text() {
                    line.push_str(&format!(" ({factor})"));
                }
                if let Some((verdict, _)) = verdict_line(&change.verdict) {
                    line.push_str(&format!(". {verdict}"));
                }
                line
            }
            AnalysisKind::Relative(relative) => {
                let mut line = format!("{}: {}", analysis.label, relative.text);
                if let Some((verdict, _)) = verdict_line(&relative.verdict) {
                    line.push_str(&format!(". {verdict}"));
                }
                line
            }
            AnalysisKind::Figure(figure) => match &figure.was {
                Some(was) => format!("{}: {} ({})", analysis.label, figure.text, words::was(was)),
                None => format!("{}: {}", analysis.label, figure.text),
            },
            AnalysisKind::Outcome { text } => format!("{}: {text}", analysis.label),
            AnalysisKind::Incomparable {
                before,
                after,
                reason,
            } => format!("{}: {before} → {after} ({reason})", analysis.label),
        })
        .collect()
}

/// The most slides of figures a list of positions gets after its timeline.
const FIGURE_SLIDES: usize = 3;

/// A list of positions as slides: a timeline (eight positions to a slide), then the figures
/// of the first positions that have them, large, on up to [`FIGURE_SLIDES`] slides.
pub(super) fn role_parts(roles: &[Role], metrics_of: &[Vec<Vec<Analysis>>]) -> Vec<RolePart> {
    // Eight positions are one slide (a line each past five); more are shared evenly: eleven
    // are six and five, not eight and three.
    let count = roles.len();
    let slides = count.div_ceil(timeline::MAX_ROWS).max(1);
    let mut parts: Vec<RolePart> = (0..slides)
        .map(|slide| {
            RolePart::Timeline(
                (slide * count).div_ceil(slides)..((slide + 1) * count).div_ceil(slides),
            )
        })
        .filter(|part| !matches!(part, RolePart::Timeline(range) if range.is_empty()))
        .collect();
    // The first positions with figures (the most recent, as a list is written) get slides
    // of their charted highlights: two share a slide only when each has a single figure, so
    // that a highlight's sentence and its figures always have the room they need; the rest
    // are told, not shown.
    let mut figure_slides: Vec<Vec<(usize, usize)>> = Vec::new();
    let figured = metrics_of
        .iter()
        .enumerate()
        .flat_map(|(role, highlights)| {
            highlights
                .iter()
                .enumerate()
                .filter(|(_, analyses)| !analyses.is_empty())
                .map(move |(highlight, analyses)| ((role, highlight), analyses.len()))
        });
    let mut shared = false;
    for (at, figures) in figured {
        let single = figures == 1;
        let full = figure_slides.len() >= FIGURE_SLIDES;
        match figure_slides.last_mut() {
            Some(slide) if shared && single && slide.len() < CHARTS_PER_SLIDE => {
                slide.push(at);
                shared = false;
            }
            _ if full => break,
            _ => {
                figure_slides.push(vec![at]);
                shared = single;
            }
        }
    }
    parts.extend(figure_slides.into_iter().map(RolePart::Figures));
    parts
}

/// The words a positions slide is found by, and what the presenter has of it that the
/// audience does not: a timeline row's summary and highlights, a figure's exact values.
pub(super) fn role_words<'a>(
    roles: &'a [Role],
    part: &RolePart,
    metrics_of: Option<&Vec<Vec<Vec<Analysis>>>>,
) -> (Vec<&'a str>, Vec<String>) {
    let mut text = Vec::new();
    let mut script = Vec::new();
    match part {
        RolePart::Timeline(range) => {
            // A line a row leaves the dates (and perhaps the role) to the presenter.
            let compact = range.len() > timeline::FULL_ROWS;
            for role in roles.get(range.clone()).unwrap_or_default() {
                text.extend(role.role.as_deref());
                text.push(role.organisation.as_str());
                let name = if compact {
                    let mut facts: Vec<String> = role.role.iter().cloned().collect();
                    facts.push(role.organisation.clone());
                    facts.extend(crate::document::period_text(role.start, role.end));
                    facts.join(", ")
                } else {
                    role.role
                        .clone()
                        .unwrap_or_else(|| role.organisation.clone())
                };
                let mut said: Vec<&str> = role.summary.iter().map(String::as_str).collect();
                said.extend(role.highlights.iter().map(|h| h.text.as_str()));
                text.extend(said.iter().copied());
                if !said.is_empty() {
                    script.push(format!("{name}: {}", said.join(" · ")));
                } else if compact {
                    script.push(name);
                }
            }
        }
        RolePart::Figures(highlights) => {
            for (role, highlight) in highlights {
                if let Some(h) = roles.get(*role).and_then(|r| r.highlights.get(*highlight)) {
                    text.push(h.text.as_str());
                }
                let analyses: Vec<&Analysis> = metrics_of
                    .and_then(|m| m.get(*role))
                    .and_then(|h| h.get(*highlight))
                    .map_or(Vec::new(), |a| a.iter().collect());
                script.extend(figures_script(&analyses));
            }
        }
    }
    (text, script)
}

/// A results slide's title: what it shows, not the case study's name again. The author's
/// `results_title` on the first results slide; else "Results: " and the slide's largest win:
/// the largest factor ("~1,400× faster API response time"), else the largest relative change
/// ("System load −60 %"), else its first figure or outcome.
pub(super) fn results_title(
    case: &CaseStudy,
    analyses: &[Analysis],
    shown: &[usize],
    first: bool,
) -> String {
    if let (true, Some(title)) = (first, &case.results_title) {
        return title.clone();
    }
    let shown: Vec<&Analysis> = shown.iter().filter_map(|i| analyses.get(*i)).collect();
    // A win first: a slide whose largest factor is a loss ("1.1× larger APK") is titled by
    // what went well on it, and by the loss only when nothing did.
    let good: Vec<&Analysis> = shown
        .iter()
        .copied()
        .filter(|analysis| tone(analysis) == Some(Tone::Good))
        .collect();
    // A slide of nothing but losses says so: an interviewer trusts a candidate who names
    // the price they paid.
    let bad = shown.iter().all(|a| tone(a) == Some(Tone::Bad));
    let heading = if bad && !shown.is_empty() {
        words::TRADE_OFF
    } else {
        words::RESULTS
    };
    let win = largest_win(&good).or_else(|| largest_win(&shown));
    match win {
        Some(win) => format!("{heading}: {win}"),
        None => heading.to_owned(),
    }
}

/// Whether a figure moved the good way, the bad way or neither; `None` for a plain outcome.
fn tone(analysis: &Analysis) -> Option<Tone> {
    match &analysis.kind {
        AnalysisKind::Change(change) => Some(change.tone),
        AnalysisKind::Relative(relative) => Some(relative.tone),
        AnalysisKind::Figure(figure) => Some(figure.tone),
        AnalysisKind::Outcome { .. } => Some(Tone::Good),
        AnalysisKind::Incomparable { .. } => None,
    }
}

/// The largest of `shown` in words: the largest factor ("~1,400× faster API response
/// time"), else a change with no factor ("offline sessions 0% → 100%"), else the largest
/// relative change ("System load −60 %"), else the first figure or outcome.
fn largest_win(shown: &[&Analysis]) -> Option<String> {
    let factor = shown
        .iter()
        .filter_map(|analysis| match &analysis.kind {
            // A share's change is said in points, and ranked with the relative changes.
            AnalysisKind::Change(change) if change.in_points().is_none() => {
                Some((change.factor?, change.rounded_factor_text()?, *analysis))
            }
            _ => None,
        })
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, factor, analysis)| format!("{factor} {}", sentence_case(&analysis.label)));
    let unfactored = || {
        shown.iter().find_map(|analysis| match &analysis.kind {
            AnalysisKind::Change(change) if change.in_points().is_none() => Some(format!(
                "{} {} → {}",
                analysis.label, change.before.text, change.after.text
            )),
            _ => None,
        })
    };
    let relative = || {
        shown
            .iter()
            .filter_map(|analysis| match &analysis.kind {
                AnalysisKind::Relative(relative) => {
                    Some((relative.change.abs(), relative.text.clone(), *analysis))
                }
                AnalysisKind::Change(change) => {
                    let points = change.in_points()?;
                    Some((points.abs(), change.said(), *analysis))
                }
                _ => None,
            })
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, said, analysis)| format!("{} {said}", analysis.label))
    };
    let other = || {
        shown.iter().find_map(|analysis| match &analysis.kind {
            AnalysisKind::Figure(figure) => Some(format!("{} {}", analysis.label, figure.text)),
            AnalysisKind::Outcome { text } => {
                Some(format!("{} {}", analysis.label, text.to_lowercase()))
            }
            _ => None,
        })
    };
    factor.or_else(unfactored).or_else(relative).or_else(other)
}

/// `label` to follow other words: its first letter lower case, unless its first word is an
/// acronym or a name written in capitals ("API response time", "NDCG").
fn sentence_case(label: &str) -> String {
    let first_word = label.split_whitespace().next().unwrap_or_default();
    let mut letters = first_word.chars().filter(|c| c.is_alphabetic());
    let acronym = letters.clone().count() > 1 && letters.all(char::is_uppercase);
    let mut chars = label.chars();
    match chars.next() {
        Some(first) if !acronym && first.is_uppercase() => {
            first.to_lowercase().chain(chars).collect()
        }
        _ => label.to_owned(),
    }
}
