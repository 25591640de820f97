//! What leaves the app: the portfolio as a PDF (`pdf`), one offline web page (`html`) or a
//! JSON Resume (`json_resume`). An export is built whole in memory and written with
//! [`crate::write`], whole or not at all.

pub mod html;
pub mod json_resume;
pub mod pdf;
pub mod x_folio;

use std::path::{Path, PathBuf};

use crate::document::Document;
use crate::load::Loaded;
use crate::write::{WriteError, write_atomically};

/// Light or dark, for an export that should not follow the reader's system.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// Dark text on light: what prints.
    Light,
    /// Light text on dark.
    Dark,
}

/// What to write, decided by the output's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `OUT.html`: one self-contained page.
    Html,
    /// `OUT.pdf`: the document, for reading and printing.
    Pdf,
    /// `OUT.json`: a JSON Resume, for résumé themes and job sites.
    JsonResume,
}

impl Format {
    /// The format an output path asks for, by its extension.
    pub fn for_path(path: &Path) -> Result<Self, ExportError> {
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match extension.as_deref() {
            Some("html" | "htm") => Ok(Format::Html),
            Some("pdf") => Ok(Format::Pdf),
            Some("json") => Ok(Format::JsonResume),
            _ => Err(ExportError::UnknownFormat {
                path: path.to_path_buf(),
            }),
        }
    }
}

/// An export as asked for on the command line or in the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    /// Where to write.
    pub output: PathBuf,
    /// Force light or dark; `None` follows the reader's system where the format can.
    pub theme: Option<Theme>,
    /// Replace an existing file.
    pub force: bool,
    /// The PDF's paper.
    pub paper: pdf::Paper,
    /// The slides rather than the document.
    pub slides: bool,
    /// With `slides`, a page of speaker notes after each slide.
    pub notes: bool,
    /// With `slides`, only this track's slides.
    pub track: Option<String>,
    /// With `slides`, only case studies with one of these tags.
    pub tags: Vec<String>,
    /// With slides as images, their size in pixels (default 1920×1080).
    pub size: Option<[u32; 2]>,
    /// With `slides`, the talk suggested for this job posting (`--for`).
    pub posting: Option<crate::tailor::Posting>,
    /// Whom the file is for: public unless `--audience private` says otherwise, since an
    /// export leaves the machine.
    pub audience: crate::audience::Audience,
}

impl Request {
    /// Slides into a folder (`--slides -o DIR/`): one PNG per slide. A folder is an existing
    /// one, a path ending in a separator, or a name without an extension.
    pub fn wants_slide_images(&self) -> bool {
        let ends_in_separator = self
            .output
            .as_os_str()
            .to_string_lossy()
            .ends_with(std::path::is_separator);
        self.slides
            && (self.output.is_dir() || ends_in_separator || self.output.extension().is_none())
    }
}

/// Why an export was not written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The output's extension names no format folio writes.
    #[error(
        "cannot tell what to write from `{}`: name the output OUT.pdf, OUT.html or OUT.json (a JSON Resume)",
        path.display()
    )]
    UnknownFormat {
        /// The output.
        path: PathBuf,
    },
    /// `--track` or `--tags` select nothing.
    #[error(transparent)]
    Selection(#[from] crate::deck::SelectionError),
    /// Slides as images need a renderer, which lives above this layer
    /// (`render::export_slide_images`); asked of the file writers, it is a caller's mistake.
    #[error("slides as images (-o DIR/) are drawn by the app's renderer, not the file writers")]
    SlideImages,
    /// `--size` was given for an export that is not slide images.
    #[error("--size applies to slides as images (--slides -o DIR/), not to {}", path.display())]
    SizeWithoutImages {
        /// The output.
        path: PathBuf,
    },
    /// The portfolio has errors, so there is nothing to export (`folio check` lists them).
    #[error("the portfolio has errors: {0}")]
    Invalid(String),
    /// `--slides` asked of a format that has no slides.
    #[error("--slides writes a PDF (OUT.pdf) or images (DIR/), not {}", path.display())]
    SlidesNotIn {
        /// The output.
        path: PathBuf,
    },
    /// No renderer could draw the slides.
    #[error("cannot draw the slides: {0}")]
    Renderer(String),
    /// The PDF writer failed; nothing was written.
    #[error("cannot write {}: {failure}", path.display())]
    Pdf {
        /// The output.
        path: PathBuf,
        /// What went wrong, in words.
        failure: pdf::PdfFailure,
    },
    /// The file exists and `--force` was not given, or writing failed (a missing folder, no
    /// permission, a full disk); nothing was left behind.
    #[error(transparent)]
    Write(#[from] WriteError),
}

/// Writes the export `request` asks for, of the portfolio as `request.audience` sees it.
/// Returns the path written.
pub fn export(loaded: &Loaded, request: &Request) -> Result<PathBuf, ExportError> {
    let document = Document::for_audience(&loaded.portfolio, request.audience);
    write(&document, loaded.base_dir.as_deref(), request, Some(loaded))
}

/// Writes the export `request` asks for from a document already built (the app's).
pub fn export_document(
    document: &Document,
    base_dir: Option<&Path>,
    request: &Request,
) -> Result<PathBuf, ExportError> {
    write(document, base_dir, request, None)
}

fn write(
    document: &Document,
    base_dir: Option<&Path>,
    request: &Request,
    // The file as read, for the JSON Resume's `x-folio` (import reads the portfolio back).
    loaded: Option<&Loaded>,
) -> Result<PathBuf, ExportError> {
    if request.wants_slide_images() {
        return Err(ExportError::SlideImages);
    }
    if request.size.is_some() {
        return Err(ExportError::SizeWithoutImages {
            path: request.output.clone(),
        });
    }
    let format = Format::for_path(&request.output)?;
    if request.slides && format != Format::Pdf {
        return Err(ExportError::SlidesNotIn {
            path: request.output.clone(),
        });
    }
    if request.output.exists() && !request.force {
        return Err(WriteError::Exists {
            path: request.output.clone(),
        }
        .into());
    }
    let bytes = match format {
        Format::Html => html::page(document, base_dir, request.theme).into_bytes(),
        Format::JsonResume => {
            let shareable = loaded.and_then(|l| x_folio::for_audience(l, document.audience));
            json_resume::resume(document, shareable.as_deref()).into_bytes()
        }
        Format::Pdf if request.slides => {
            let (selection, _) = crate::tailor::talk_selection(
                document,
                request.posting.as_ref(),
                request.track.as_deref(),
                &request.tags,
            )?;
            let deck = crate::deck::Deck::select(&document.portfolio, &selection);
            pdf::slides(
                document,
                &deck,
                base_dir,
                request.theme == Some(Theme::Dark),
                request.notes,
            )
            .map_err(|failure| ExportError::Pdf {
                path: request.output.clone(),
                failure,
            })?
        }
        Format::Pdf => pdf::document(
            document,
            base_dir,
            request.paper,
            request.theme == Some(Theme::Dark),
        )
        .map_err(|failure| ExportError::Pdf {
            path: request.output.clone(),
            failure,
        })?,
    };
    write_atomically(&request.output, &bytes, request.force)?;
    Ok(request.output.clone())
}

/// An image file as a `data:` URI, within the bounds of [`crate::images`]: a PNG or JPEG
/// that folio can show.
pub fn image_data_uri(path: &Path) -> Result<String, crate::images::ImageError> {
    crate::images::probe(path)?;
    let bytes = std::fs::read(path).map_err(|error| crate::images::ImageError::Unreadable {
        path: path.to_path_buf(),
        reason: error.to_string(),
    })?;
    let mime = match image::guess_format(&bytes) {
        Ok(image::ImageFormat::Png) => "image/png",
        _ => "image/jpeg",
    };
    Ok(format!("data:{mime};base64,{}", base64(&bytes)))
}

/// Standard base64 with padding (RFC 4648), for data URIs.
pub fn base64(bytes: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_rfc_vectors() {
        for (input, expected) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(input.as_bytes()), expected, "{input}");
        }
    }

    #[test]
    fn the_format_comes_from_the_name() {
        assert_eq!(
            Format::for_path(Path::new("a/b.HTML")).ok(),
            Some(Format::Html)
        );
        assert!(Format::for_path(Path::new("portfolio.docx")).is_err());
    }
}
