//! A Word résumé (`.docx`) → [`Block`]s: the paragraphs of `word/document.xml` with their
//! styles (headings), numbering (list items and their depth), tabs (parts of a line) and
//! tables (a row of one-line cells is one line of parts). Read as a stream of XML events,
//! from a zip entry whose size is checked first, so a zip bomb is refused, not unpacked.

use std::io::Read;

use quick_xml::events::Event;

use super::blocks::{Block, Kind, STYLED_HEADER_WORDS, clean, strip_bullet, style_runs};

/// The most text XML read from one document: a résumé's is a few hundred KB.
const MAX_XML_BYTES: u64 = 24 * 1024 * 1024;

/// One paragraph being read.
#[derive(Default)]
struct Para {
    parts: Vec<String>,
    current: String,
    heading: Option<u8>,
    depth: Option<u8>,
    /// Where each run's text starts (part, byte in it) and whether it is bold and italic.
    runs: Vec<(usize, usize, (bool, bool))>,
}

impl Para {
    fn finish(mut self) -> Option<(Kind, Vec<String>)> {
        self.parts.push(std::mem::take(&mut self.current));
        let styled = self.style_runs();
        let mut parts: Vec<String> = self
            .parts
            .iter()
            .map(|p| clean(p))
            .filter(|p| !p.is_empty())
            .collect();
        if parts.is_empty() {
            return None;
        }
        let mut kind = match (self.heading, self.depth) {
            (Some(level), _) => Kind::Heading(level),
            (None, Some(depth)) => Kind::Item(depth),
            (None, None) => Kind::Paragraph,
        };
        if kind == Kind::Paragraph
            && let Some(first) = parts.first_mut()
            && let Some(rest) = strip_bullet(first)
        {
            *first = rest.to_owned();
            kind = Kind::Item(0);
        }
        parts.retain(|p| !p.is_empty());
        // A short line set in runs of bold, italic and plain (an entry's header: "Acme Corp"
        // in bold, "Engineer" in italic) has a part per run, as a tab would make.
        let words: usize = parts.iter().map(|p| p.split_whitespace().count()).sum();
        if kind == Kind::Paragraph && words <= STYLED_HEADER_WORDS && styled.len() > parts.len() {
            parts = styled;
        }
        Some((kind, parts))
    }

    /// The parts split where a run starts in another style than the one before it.
    fn style_runs(&self) -> Vec<String> {
        self.parts
            .iter()
            .enumerate()
            .flat_map(|(index, part)| {
                let starts: Vec<(usize, (bool, bool))> = self
                    .runs
                    .iter()
                    .filter(|(p, _, _)| *p == index)
                    .map(|&(_, at, style)| (at, style))
                    .collect();
                style_runs(part, &starts)
            })
            .collect()
    }
}

/// The blocks of the Word document in `bytes`, or why it cannot be read.
pub fn blocks(bytes: &[u8]) -> Result<Vec<Block>, String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|error| {
        format!(
            "not a Word document ({error}): save it as .docx from Word, LibreOffice or Google Docs"
        )
    })?;
    let mut entry = archive.by_name("word/document.xml").map_err(|error| {
        format!(
            "a zip file without word/document.xml ({error}): save it as .docx from a word processor"
        )
    })?;
    if entry.size() > MAX_XML_BYTES {
        return Err(format!(
            "its text unpacks to {} MB, more than any résumé: save it again from a word processor",
            entry.size() / (1024 * 1024)
        ));
    }
    let mut xml = Vec::new();
    // The declared size can lie: read no more than the limit whatever it says.
    (&mut entry)
        .take(MAX_XML_BYTES + 1)
        .read_to_end(&mut xml)
        .map_err(|error| format!("its text cannot be unpacked ({error})"))?;
    if xml.len() as u64 > MAX_XML_BYTES {
        return Err("its text unpacks to more than any résumé holds".to_owned());
    }
    read_xml(&xml)
}

/// A tag's local name (without its `w:` prefix).
fn local(name: &[u8]) -> &[u8] {
    name.rsplit(|b| *b == b':').next().unwrap_or(name)
}

fn attr(e: &quick_xml::events::BytesStart<'_>, key: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| local(a.key.as_ref()) == key)
        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
}

/// The paragraphs of `document.xml` as blocks.
fn read_xml(xml: &[u8]) -> Result<Vec<Block>, String> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut out = Vec::new();
    let mut para: Option<Para> = None;
    let mut in_text = false;
    // The run being read: bold and italic, whether its start is recorded; the paragraph's
    // own run properties (its mark's) set nothing.
    let mut run_style = (false, false);
    let mut run_started = false;
    let mut in_paragraph_properties = false;
    // Rows of the table being read: each cell's paragraphs.
    let mut cells: Vec<Vec<(Kind, Vec<String>)>> = Vec::new();
    let mut table_depth = 0usize;
    let mut number = 0usize;
    // Inside `mc:Fallback`: the same text box again, drawn for older Word (VML), after the
    // `mc:Choice` already read.
    let mut fallback_depth = 0usize;
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|error| format!("its text is not well-formed XML ({error})"))?;
        match &event {
            Event::Start(e) if local(e.name().as_ref()) == b"Fallback" => fallback_depth += 1,
            Event::End(e) if local(e.name().as_ref()) == b"Fallback" => {
                fallback_depth = fallback_depth.saturating_sub(1);
                buf.clear();
                continue;
            }
            _ => {}
        }
        if fallback_depth > 0 && !matches!(event, Event::Eof) {
            buf.clear();
            continue;
        }
        match event {
            Event::Start(e) | Event::Empty(e) => match local(e.name().as_ref()) {
                b"p" => para = Some(Para::default()),
                b"t" => in_text = true,
                b"pPr" => in_paragraph_properties = true,
                b"r" => {
                    run_style = (false, false);
                    run_started = false;
                }
                b"b" | b"i" if !in_paragraph_properties => {
                    let on = attr(&e, b"val").is_none_or(|v| !matches!(v.as_str(), "0" | "false"));
                    if local(e.name().as_ref()) == b"b" {
                        run_style.0 = on;
                    } else {
                        run_style.1 = on;
                    }
                }
                b"tab" | b"ptab" => {
                    if let Some(p) = para.as_mut() {
                        let part = std::mem::take(&mut p.current);
                        p.parts.push(part);
                    }
                }
                // A line break in a plain paragraph starts a line, as a PDF's next line
                // does ("Acme: Engineer" / "Oct 2021 – Present" / "Kotlin | Postgres");
                // in a heading or list item it only wraps the text.
                b"br" | b"cr" => match para.as_mut() {
                    Some(p) if p.heading.is_some() || p.depth.is_some() => p.current.push(' '),
                    Some(_) => {
                        if let Some(read) = para.replace(Para::default()).and_then(Para::finish) {
                            emit(read, number + 1, table_depth, &mut cells, &mut out);
                            run_started = false;
                        }
                    }
                    None => {}
                },
                b"pStyle" => {
                    if let (Some(p), Some(style)) = (para.as_mut(), attr(&e, b"val")) {
                        let lower = style.to_lowercase();
                        if lower.contains("title") {
                            p.heading = Some(1);
                        } else if lower.contains("heading") || lower.starts_with("berschrift") {
                            let level = lower
                                .chars()
                                .filter(char::is_ascii_digit)
                                .collect::<String>();
                            p.heading = Some(level.parse::<u8>().unwrap_or(2).clamp(1, 6));
                        }
                    }
                }
                b"outlineLvl" => {
                    if let (Some(p), Some(level)) = (para.as_mut(), attr(&e, b"val"))
                        && let Ok(level) = level.parse::<u8>()
                        && level < 9
                    {
                        p.heading = Some(level.saturating_add(1));
                    }
                }
                b"ilvl" => {
                    if let (Some(p), Some(level)) = (para.as_mut(), attr(&e, b"val")) {
                        p.depth = Some(level.parse::<u8>().unwrap_or(0).min(8));
                    }
                }
                b"numPr" => {
                    if let Some(p) = para.as_mut() {
                        p.depth.get_or_insert(0);
                    }
                }
                b"tbl" => {
                    table_depth += 1;
                }
                b"tc" if table_depth == 1 => cells.push(Vec::new()),
                b"tr" if table_depth == 1 => cells.clear(),
                _ => {}
            },
            Event::Text(t) if in_text => {
                if let Some(p) = para.as_mut() {
                    if !run_started {
                        p.runs.push((p.parts.len(), p.current.len(), run_style));
                        run_started = true;
                    }
                    let text = t.xml10_content().unwrap_or_default();
                    p.current.push_str(&text);
                }
            }
            Event::GeneralRef(r) if in_text => {
                if let Some(p) = para.as_mut() {
                    let name = String::from_utf8_lossy(&r);
                    p.current.push_str(match name.as_ref() {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        _ => "",
                    });
                }
            }
            Event::End(e) => match local(e.name().as_ref()) {
                b"t" => in_text = false,
                b"pPr" => in_paragraph_properties = false,
                b"p" => {
                    number += 1;
                    if let Some(read) = para.take().and_then(Para::finish) {
                        emit(read, number, table_depth, &mut cells, &mut out);
                    }
                }
                b"tr" if table_depth == 1 => row(&mut cells, number, &mut out),
                b"tbl" => table_depth = table_depth.saturating_sub(1),
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(out)
}

/// A finished paragraph (or line of one) into the table cell being read, or the output.
fn emit(
    (kind, parts): (Kind, Vec<String>),
    at: usize,
    table_depth: usize,
    cells: &mut [Vec<(Kind, Vec<String>)>],
    out: &mut Vec<Block>,
) {
    if table_depth >= 1 {
        if let Some(cell) = cells.last_mut() {
            cell.push((kind, parts));
        }
    } else {
        out.push(Block { kind, parts, at });
    }
}

/// A cell's fields: one, however its words wrap ("Software Entwicklung" / "Praktikum"),
/// unless its lines name a role and an organisation ("Deputy Chief Economist" / "Office of
/// the Chief Economist") or are long enough to be names each.
fn cell_fields(cell: &[(Kind, Vec<String>)]) -> Vec<String> {
    let lines: Vec<String> = cell.iter().flat_map(|(_, p)| p.iter().cloned()).collect();
    let names_both = lines.iter().enumerate().any(|(i, role)| {
        super::cues::role_like(role)
            && lines
                .iter()
                .enumerate()
                .any(|(j, org)| i != j && super::cues::org_like(org))
    });
    // Lines of several words each are names of their own, not one name wrapped.
    let all_long = lines.iter().all(|l| l.split_whitespace().count() >= 4);
    if names_both || all_long {
        lines
    } else {
        vec![lines.join(" ")]
    }
}

/// A table row: one line of parts when each cell is a single short paragraph (an
/// organisation and its dates), else each cell's paragraphs in turn (a side heading, then
/// the section beside it).
fn row(cells: &mut Vec<Vec<(Kind, Vec<String>)>>, at: usize, out: &mut Vec<Block>) {
    let cells = std::mem::take(cells);
    let filled: Vec<&Vec<(Kind, Vec<String>)>> = cells.iter().filter(|c| !c.is_empty()).collect();
    // A cell may break its few words over lines ("Software Entwicklung" / "Praktikum").
    let one_line = filled.len() > 1
        && filled.iter().all(|c| {
            c.len() <= 3
                && c.iter().all(|(k, p)| {
                    matches!(k, Kind::Paragraph | Kind::Heading(2..))
                        && p.join(" ").split_whitespace().count() <= 12
                })
        })
        && filled
            .iter()
            .flat_map(|c| c.iter())
            .map(|(_, p)| p.join(" ").split_whitespace().count())
            .sum::<usize>()
            <= 24;
    if one_line {
        out.push(Block {
            kind: Kind::Paragraph,
            parts: filled.iter().flat_map(|c| cell_fields(c)).collect(),
            at,
        });
        return;
    }
    for cell in cells {
        for (kind, parts) in cell {
            out.push(Block { kind, parts, at });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::read_xml;

    /// A text box is written twice, for new Word (`mc:Choice`) and old (`mc:Fallback`):
    /// its text is read once.
    #[test]
    fn a_text_box_is_read_once() {
        let xml = br#"<w:document xmlns:w="w" xmlns:mc="mc"><w:body>
            <w:p><w:r><mc:AlternateContent>
              <mc:Choice Requires="wps"><w:drawing><w:txbxContent>
                <w:p><w:r><w:t>Harbour Ltd, Lisbon | 2019 - 2021</w:t></w:r></w:p>
              </w:txbxContent></w:drawing></mc:Choice>
              <mc:Fallback><w:pict><w:txbxContent>
                <w:p><w:r><w:t>Harbour Ltd, Lisbon | 2019 - 2021</w:t></w:r></w:p>
              </w:txbxContent></w:pict></mc:Fallback>
            </mc:AlternateContent></w:r></w:p>
            <w:p><w:r><w:t>Engineer</w:t></w:r></w:p>
            </w:body></w:document>"#;
        let texts: Vec<String> = read_xml(xml)
            .unwrap_or_default()
            .iter()
            .map(|b| b.text())
            .collect();
        assert_eq!(texts, ["Harbour Ltd, Lisbon | 2019 - 2021", "Engineer"]);
    }
}
