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

/// A page's lines in reading order: when an empty vertical gutter runs down the page with
/// text on both sides, the left column is read before the right one (lines above where the
/// columns begin, a name across the page, come first). Returned as [the lines across the
/// page above the columns, the left column, the right column, the lines across the page
/// below them], or the page's lines alone when it has no columns.
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
    // Evenly spaced candidates, and just left of where parts start: a sidebar set within a
    // word space of the main column leaves a gutter narrower than the steps.
    let steps = 60;
    let mut starts: Vec<f64> = lines
        .iter()
        .flat_map(|l| l.parts.iter().map(|p| p.0.round() - 0.5))
        .filter(|x| *x > left + 0.2 * width && *x < left + 0.8 * width)
        .collect();
    starts.sort_by(f64::total_cmp);
    starts.dedup();
    // A step a hair right of where parts start (Europass's entries, 0.5 pt left of one) is
    // moved to just left of them: the parts are right of a gutter there, or cross it.
    let snapped = |x: f64| {
        lines
            .iter()
            .flat_map(|l| l.parts.iter())
            .filter(|p| p.0 >= x - 1.0 && p.0 < x && p.1 > x + 1.0)
            .map(|p| p.0 - 0.5)
            .fold(x, f64::min)
    };
    let candidates: Vec<f64> = (12..=(steps - 12))
        .map(|step| snapped(left + width * f64::from(step) / f64::from(steps)))
        .chain(starts)
        .collect();
    let crosses = |line: &Line, x: f64| line.parts.iter().any(|p| p.0 < x - 1.0 && p.1 > x + 1.0);
    // A real gutter: text on both sides on many lines, almost nothing crossing it.
    let gutter_over = |lines: &[Line], x: f64, crossing: usize| {
        let left_lines = lines.iter().filter(|l| l.x0() < x).count();
        let right_lines = lines
            .iter()
            .filter(|l| l.parts.iter().any(|p| p.0 >= x))
            .count();
        crossing * 20 <= lines.len()
            && left_lines * 4 >= lines.len()
            && right_lines * 4 >= lines.len()
            && lines.iter().filter(|l| l.x0() >= x).count() * 5 >= lines.len()
    };
    let mut best: Option<(f64, usize)> = None;
    for &x in &candidates {
        let crossing = lines.iter().filter(|l| crosses(l, x)).count();
        // (The labels' test last: it reads every line's dates.)
        if gutter_over(&lines, x, crossing)
            && best.is_none_or(|(_, c)| crossing < c)
            && !labels_beside(&lines, x)
        {
            best = Some((x, crossing));
        }
    }
    if let Some((gutter, _)) = best {
        let [header, first, second] = split_at_gutter(lines, gutter);
        return vec![header, first, second, Vec::new()];
    }
    // Columns down only a band of the page: an objective or an education table across the
    // page above or below them crosses the gutter on more lines than the page allows. The
    // longest run of lines nothing crosses, half the page or more, is the band.
    let mut band: Option<(f64, usize, usize)> = None;
    for &x in &candidates {
        let mut start = 0;
        for end in 0..=lines.len() {
            if end < lines.len() && lines.get(end).is_some_and(|l| !crosses(l, x)) {
                continue;
            }
            let run = lines.get(start..end).unwrap_or_default();
            if run.len() >= 8
                && run.len() * 2 >= lines.len()
                && gutter_over(run, x, 0)
                && !dates_beside(run, x)
                && band.is_none_or(|(_, a, b)| end - start > b - a)
            {
                band = Some((x, start, end));
            }
            start = end + 1;
        }
    }
    let Some((gutter, start, end)) = band else {
        return vec![lines];
    };
    let mut lines = lines;
    let below = lines.split_off(end.min(lines.len()));
    let run = lines.split_off(start.min(lines.len()));
    let [_, first, second] = split_at_gutter(run, gutter);
    vec![lines, first, second, below]
}

/// Whether one side of a gutter at `x` is a column of dates beside the entries they date
/// (moderncv's years on the left, right-aligned dates on the right): one column, its
/// entries' lines, read together.
fn dates_beside(lines: &[Line], x: f64) -> bool {
    let side = |left: bool| {
        let texts: Vec<String> = lines
            .iter()
            .map(|l| {
                l.parts
                    .iter()
                    .filter(|p| (p.0 < x) == left)
                    .map(|p| p.2.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .filter(|t| !t.trim().is_empty())
            .collect();
        let dated = texts.iter().filter(|t| super::dates::only_date(t)).count();
        dated * 3 >= texts.len().max(1)
    };
    side(true) || side(false)
}

/// Whether the left of a gutter at `x` is a column of labels, each beside its value on the
/// same line (a German Lebenslauf's "Geburtsort" and "11/2017 – 08/2019" left of what they
/// name): one table, read row by row. A sidebar's lines stand beside the main column's
/// only now and then.
fn labels_beside(lines: &[Line], x: f64) -> bool {
    let left: Vec<&Line> = lines.iter().filter(|l| l.x0() < x).collect();
    let beside = |l: &&&Line| l.parts.iter().any(|p| p.0 >= x);
    let paired = left.iter().filter(beside).count();
    // The table's own headings ("Berufserfahrung") and wrapped labels ("2009", "(teilzeit)")
    // stand alone on the left: its dated labels are beside their values all the same.
    let dated: Vec<&&Line> = left
        .iter()
        .filter(|l| {
            l.parts
                .first()
                .is_some_and(|p| super::dates::find(&p.2).is_some())
        })
        .collect();
    let dated_paired = dated.iter().filter(|l| beside(l)).count();
    (paired * 5 >= left.len() * 4 || (dated.len() >= 4 && dated_paired * 5 >= dated.len() * 4))
        && dates_beside(lines, x)
}

/// Lines cut at a gutter: [those crossing it before any that does not, the parts left of
/// it, the parts right of it].
fn split_at_gutter(lines: Vec<Line>, gutter: f64) -> [Vec<Line>; 3] {
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
    [header, first, second]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(y: f64, parts: &[(f64, f64, &str)]) -> Line {
        Line {
            y,
            size: 10.0,
            parts: parts
                .iter()
                .map(|(x0, x1, t)| (*x0, *x1, (*t).to_owned(), vec![(*t).to_owned()]))
                .collect(),
        }
    }

    fn texts(lines: &[Line]) -> Vec<String> {
        lines.iter().map(Line::text).collect()
    }

    /// Three lines across the page, then twelve rows of `row`'s parts.
    fn page(row: impl Fn(u32) -> Vec<(f64, f64, &'static str)>) -> Vec<Line> {
        let across = |y: f64| line(y, &[(50.0, 550.0, "A paragraph across the whole page.")]);
        let mut lines = vec![across(10.0), across(22.0), across(34.0)];
        lines.extend((0..12).map(|k| line(50.0 + 12.0 * f64::from(k), &row(k))));
        lines
    }

    #[test]
    fn columns_down_a_band_of_the_page_are_read_one_after_the_other() {
        // A paragraph across the page above a sidebar and the main column, and a table
        // across the page below them: more lines cross the gutter than a page allows. The
        // sidebar is shorter than the main column.
        let mut lines = page(|k| {
            let mut parts = vec![(200.0, 550.0, "Main column text")];
            if k < 6 {
                parts.insert(0, (50.0, 150.0, "Skill"));
            }
            parts
        });
        lines.push(line(210.0, &[(50.0, 550.0, "Education across the page")]));
        lines.push(line(222.0, &[(50.0, 550.0, "A school across the page")]));
        let read = columns(lines);
        assert_eq!(read.len(), 4);
        assert_eq!(read.first().map(Vec::len), Some(3));
        let all = |l: &Vec<Line>, n: usize, text: &str| {
            l.len() == n && texts(l).iter().all(|t| t == text)
        };
        assert!(read.get(1).is_some_and(|l| all(l, 6, "Skill")));
        assert!(read.get(2).is_some_and(|l| all(l, 12, "Main column text")));
        assert_eq!(read.get(3).map(Vec::len), Some(2));
    }

    #[test]
    fn a_table_of_labels_and_dates_beside_their_values_is_read_row_by_row() {
        // A Lebenslauf down the whole page: every label or date left, its value beside it,
        // the employer under the role.
        let lines: Vec<Line> = (0..12)
            .map(|k| {
                let y = 20.0 + 14.0 * f64::from(k);
                match k {
                    0..4 => line(y, &[(50.0, 150.0, "Geburtsort"), (200.0, 450.0, "Plovdiv")]),
                    _ if k % 2 == 0 => line(
                        y,
                        &[(50.0, 150.0, "11/2017 – 08/2019"), (200.0, 450.0, "Fahrer")],
                    ),
                    _ => line(y, &[(200.0, 450.0, "BMW AG")]),
                }
            })
            .collect();
        let read = columns(lines);
        assert_eq!(read.len(), 1);
        let row = read.first().and_then(|rows| rows.get(4)).map(Line::text);
        assert_eq!(row.as_deref(), Some("11/2017 – 08/2019 Fahrer"));
    }

    /// An XSL-FO CV of development round 21: the table's section headings and wrapped
    /// labels stand alone on the left, so fewer than four in five left lines have a value
    /// beside them; every dated label has one, and the page is still one table.
    #[test]
    fn a_label_table_with_headings_and_wrapped_labels_is_read_row_by_row() {
        let lines: Vec<Line> = (0..15)
            .map(|k| {
                let y = 20.0 + 14.0 * f64::from(k);
                match k % 5 {
                    0 => line(y, &[(50.0, 150.0, "Berufserfahrung")]),
                    1 => line(
                        y,
                        &[
                            (50.0, 150.0, "Juli 2012 - Oktober 2014"),
                            (200.0, 450.0, "Ingenieur bei Acme AG"),
                        ],
                    ),
                    2 => line(y, &[(50.0, 150.0, "2006"), (200.0, 450.0, "• Hardware")]),
                    3 => line(
                        y,
                        &[(
                            200.0,
                            450.0,
                            "• Spezialisierung auf Enterprise-Applications",
                        )],
                    ),
                    _ => line(y, &[(50.0, 150.0, "(teilzeit)")]),
                }
            })
            .collect();
        let read = columns(lines);
        assert_eq!(read.len(), 1);
        let row = read.first().and_then(|rows| rows.get(1)).map(Line::text);
        assert_eq!(
            row.as_deref(),
            Some("Juli 2012 - Oktober 2014 Ingenieur bei Acme AG")
        );
    }

    #[test]
    fn a_column_of_dates_beside_the_entries_is_not_a_column_of_its_own() {
        let lines = page(|k| {
            let mut parts = vec![(200.0, 550.0, "Engineer, Acme")];
            if k % 2 == 0 {
                parts.insert(0, (50.0, 150.0, "2019 – 2021"));
            }
            parts
        });
        assert_eq!(columns(lines).len(), 1);
    }

    #[test]
    fn entries_starting_a_hair_left_of_a_step_leave_no_gutter_there() {
        // Europass: dates and section names right-aligned at the left, the entries' bullets
        // from 189.6 pt, their wrapped lines from 200 pt; the page's steps of 10 pt put one
        // at 190, right of the bullets' start, where no gutter runs.
        let mut lines = Vec::new();
        for k in 0..44u32 {
            let y = 10.0 + 12.0 * f64::from(k);
            let parts: &[(f64, f64, &str)] = match k % 11 {
                0 => &[
                    (50.0, 150.0, "2019 – 2021"),
                    (200.0, 640.0, "Engineer, Acme"),
                ],
                1..=3 => &[(200.0, 500.0, "wrapped text of the item above")],
                _ => &[(189.6, 640.0, "▪ A highlight of the entry")],
            };
            lines.push(line(y, parts));
        }
        lines.push(line(540.0, &[(189.6, 650.0, "▪ The longest highlight")]));
        assert_eq!(columns(lines).len(), 1);
    }
}
