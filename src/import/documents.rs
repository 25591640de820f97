//! Résumés that are documents rather than data: a PDF, a Word file or plain text, read into
//! [`super::blocks`] and then by the one entry reader ([`super::entries`]).

use std::path::Path;

use super::ImportError;
use super::draft::Draft;
use super::pdf::PdfError;

/// The largest PDF or Word file read: a résumé with photos is a few MB.
pub const MAX_DOCUMENT_BYTES: u64 = 32 * 1024 * 1024;

/// Which kind of document a file is, by its extension.
pub fn kind(path: &Path) -> Option<&'static str> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "pdf" => Some("PDF"),
        "docx" => Some("Word document"),
        "txt" | "text" => Some("plain text"),
        _ => None,
    }
}

/// The draft read from the document at `path` (whose kind is `kind`).
pub fn draft(path: &Path, kind: &'static str) -> Result<Draft, ImportError> {
    let name = path.display().to_string();
    let size = std::fs::metadata(path)
        .map_err(|source| ImportError::Read {
            path: name.clone(),
            source,
        })?
        .len();
    if size > MAX_DOCUMENT_BYTES {
        return Err(ImportError::Unreadable(format!(
            "{name} is {} MB; a résumé is a few MB at most: export it again without large \
             images, or import its text",
            size.div_ceil(1024 * 1024)
        )));
    }
    let bytes = std::fs::read(path).map_err(|source| ImportError::Read {
        path: name.clone(),
        source,
    })?;
    let blocks = match kind {
        "PDF" => super::pdf::blocks(&bytes).map_err(|error| pdf_error(&name, error))?,
        "Word document" => super::docx::blocks(&bytes)
            .map_err(|why| ImportError::Unreadable(format!("{name}: {why}")))?,
        _ => {
            let text = String::from_utf8_lossy(&bytes);
            // A web page saved as text keeps its tags: read as a browser shows it.
            let html = text.trim_start().starts_with('<') && text.matches("</").count() >= 3;
            if html {
                super::markdown_blocks::from_markdown(&text)
            } else {
                super::blocks::from_text(&text)
            }
        }
    };
    let blocks = super::blocks::without_page_marks(blocks);
    super::blocks::show_if_asked(&blocks);
    let mut draft = super::entries::draft(&blocks, &name, kind);
    draft.education = super::document_education::education(&blocks);
    // A student's résumé lists education and no position: imported all the same.
    if draft.experience.is_empty() && draft.education.is_empty() && kind != "plain text" {
        // Entries read and left out as unlikely positions are named: the user sees what was
        // read, and why it was not taken.
        let left_out: Vec<&str> = draft
            .unplaced
            .iter()
            .filter(|(section, _)| section == "experience")
            .map(|(_, note)| note.as_str())
            .collect();
        let read = match left_out.as_slice() {
            [] => String::new(),
            notes => format!(
                " It read {} dated entr{}, none of them likely a position: {}{}.",
                notes.len(),
                if notes.len() == 1 { "y" } else { "ies" },
                notes.iter().take(3).copied().collect::<Vec<_>>().join("; "),
                match notes.len() {
                    0..=3 => String::new(),
                    n => format!(" (and {} more)", n - 3),
                }
            ),
        };
        return Err(ImportError::Unreadable(format!(
            "{name}: found no position or education in its text.{read} folio looks for dated \
             entries (\"Engineer, Acme — 2019 – 2021\") under a heading such as Experience or \
             Work, and schools under Education; export the résumé's source (JSON Resume, \
             Markdown) and import that instead"
        )));
    }
    Ok(draft)
}

fn pdf_error(name: &str, error: PdfError) -> ImportError {
    ImportError::Unreadable(match error {
        PdfError::Broken(why) => format!(
            "{name} is not a PDF folio can read ({why}): open it and save or print it as PDF \
             again, or import the résumé's source (Word, Markdown, JSON)"
        ),
        PdfError::Encrypted => format!(
            "{name} is protected by a password: save a copy without the password, then import \
             that"
        ),
        PdfError::NoText => format!(
            "{name} has no text to read: its pages are pictures (a scan, or text exported as \
             images). Export it again with text, or import the résumé's source (Word, \
             Markdown, JSON)"
        ),
    })
}
