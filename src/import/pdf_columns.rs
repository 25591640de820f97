//! A PDF page's rebuilt lines and its columns: where a gutter runs down the page with text
//! on both sides, and how wide each column is, so that columns are read one after the other
//! and go on from page to page (see [`super::pdf`]).

/// A part of a rebuilt line: its x extent, its text, and its text in runs of one style
/// (bold, italic, plain).
pub(super) type Part = (f64, f64, String, Vec<String>);

/// A rebuilt line: its parts (text either side of a wide gap).
#[derive(Clone, Debug)]
pub(super) struct Line {
    /// Its baseline, in points from the top of the page.
    pub(super) y: f64,
    /// Its largest glyph's size.
    pub(super) size: f64,
    /// Its parts, left to right.
    pub(super) parts: Vec<Part>,
}

impl Line {
    /// Where it starts.
    pub(super) fn x0(&self) -> f64 {
        self.parts.first().map_or(0.0, |p| p.0)
    }
    /// Where it ends.
    pub(super) fn x1(&self) -> f64 {
        self.parts.last().map_or(0.0, |p| p.1)
    }
    /// Its text, parts joined by a space.
    pub(super) fn text(&self) -> String {
        self.parts
            .iter()
            .map(|p| p.2.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// How wide a column's lines run, from the leftmost start to the rightmost end.
pub(super) fn width(lines: &[Line]) -> f64 {
    let left = lines.iter().map(Line::x0).fold(f64::MAX, f64::min);
    let right = lines.iter().map(Line::x1).fold(f64::MIN, f64::max);
    (right - left).max(0.0)
}

/// A page's lines in reading order: when an empty vertical gutter runs down the page with
/// text on both sides, the left column is read before the right one (lines above where the
/// columns begin, a name across the page, come first).
pub(super) fn columns(lines: Vec<Line>) -> Vec<Vec<Line>> {
    if lines.len() < 8 {
        return vec![lines];
    }
    let left = lines.iter().map(Line::x0).fold(f64::MAX, f64::min);
    let right = lines.iter().map(Line::x1).fold(f64::MIN, f64::max);
    let width = right - left;
    if width <= 0.0 {
        return vec![lines];
    }
    // Part extents, with which lines they belong to, to count crossings of a gutter at x.
    let mut best: Option<(f64, usize)> = None;
    let steps = 60;
    // Evenly spaced candidates, and just left of where parts start: a sidebar set within a
    // word space of the main column leaves a gutter narrower than the steps.
    let mut starts: Vec<f64> = lines
        .iter()
        .flat_map(|l| l.parts.iter().map(|p| p.0.round() - 0.5))
        .filter(|x| *x > left + 0.2 * width && *x < left + 0.8 * width)
        .collect();
    starts.sort_by(f64::total_cmp);
    starts.dedup();
    let candidates = (12..=(steps - 12))
        .map(|step| left + width * f64::from(step) / f64::from(steps))
        .chain(starts);
    for x in candidates {
        let crossing = lines
            .iter()
            .filter(|l| l.parts.iter().any(|p| p.0 < x - 1.0 && p.1 > x + 1.0))
            .count();
        let left_lines = lines.iter().filter(|l| l.x0() < x).count();
        let right_lines = lines
            .iter()
            .filter(|l| l.parts.iter().any(|p| p.0 >= x))
            .count();
        // A real gutter: text on both sides on many lines, almost nothing crossing it.
        if crossing * 20 <= lines.len()
            && left_lines * 4 >= lines.len()
            && right_lines * 4 >= lines.len()
            && lines.iter().filter(|l| l.x0() >= x).count() * 5 >= lines.len()
            && best.is_none_or(|(_, c)| crossing < c)
        {
            best = Some((x, crossing));
        }
    }
    let Some((gutter, _)) = best else {
        return vec![lines];
    };
    // Lines crossing the gutter above the columns are the page's header.
    let mut header = Vec::new();
    let mut first = Vec::new();
    let mut second = Vec::new();
    let mut started = false;
    for line in lines {
        let crosses = line.parts.iter().any(|p| p.0 < gutter && p.1 > gutter);
        if crosses && !started {
            header.push(line);
            continue;
        }
        started = true;
        let (l, r): (Vec<_>, Vec<_>) = line.parts.iter().cloned().partition(|p| p.0 < gutter);
        if !l.is_empty() {
            first.push(Line {
                y: line.y,
                size: line.size,
                parts: l,
            });
        }
        if !r.is_empty() {
            second.push(Line {
                y: line.y,
                size: line.size,
                parts: r,
            });
        }
    }
    vec![header, first, second]
}
