//! The text commands: `folio check` and `folio metrics`. They build their output as strings
//! so that tests can read exactly what a person sees.

use std::path::Path;

use crate::load::{Loaded, Source};
use crate::metrics::{AnalysisKind, analyse};

/// Exit code: everything is fine.
pub const EXIT_OK: i32 = 0;
/// Exit code: warnings, with `--deny-warnings`.
pub const EXIT_WARNINGS: i32 = 1;
/// Exit code: errors.
pub const EXIT_ERRORS: i32 = 2;

/// Without a file named and without `./portfolio.ron`: nothing to `command`; say how to
/// start instead of using the bundled example.
pub fn no_portfolio_here(command: &str) -> Report {
    Report::failed(format!(
        "there is no portfolio.ron in this folder to {command}: name one (`folio {command} \
         FILE ...`) or start one with `folio new`"
    ))
}

/// What a command printed and the code it exits with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// Text for standard output.
    pub stdout: String,
    /// Diagnostics, for standard error.
    pub stderr: String,
    /// The process exit code.
    pub exit_code: i32,
}

impl Report {
    /// Success, with what to print.
    pub fn ok(stdout: String) -> Self {
        Self {
            stdout,
            stderr: String::new(),
            exit_code: EXIT_OK,
        }
    }

    /// Failure: `error: …` on standard error, exit code 2.
    pub fn failed(error: impl std::fmt::Display) -> Self {
        Self {
            stdout: String::new(),
            stderr: format!("error: {error}\n"),
            exit_code: EXIT_ERRORS,
        }
    }
}

/// The portfolio format's reference, field by field: docs/format.md, built into folio so
/// that an installed copy has it too (`folio help format`).
pub const FORMAT_REFERENCE: &str = include_str!("../docs/format.md");

/// `folio help format`.
pub fn format_reference() -> Report {
    Report::ok(FORMAT_REFERENCE.to_owned())
}

/// `folio check`: diagnostics like a compiler, then a summary line per file.
pub fn check(sources: &[Source], deny_warnings: bool) -> Report {
    let mut stdout = String::new();
    let mut stderr = String::new();
    let (mut errors, mut warnings) = (0, 0);
    for source in sources {
        match crate::check::open(source) {
            Ok(mut loaded) => {
                loaded.diagnostics.extend(crate::check::undrawable(&loaded));
                for diagnostic in &loaded.diagnostics {
                    stderr.push_str(&diagnostic.to_string());
                    stderr.push('\n');
                }
                errors += loaded.error_count();
                warnings += loaded.warning_count();
                stdout.push_str(&summary_line(&source.name(), &loaded));
                // Not a fault: what `--audience public` (every export's default) leaves out.
                let hidden = crate::check::views::hidden(&loaded);
                if !hidden.is_empty() {
                    stdout.push_str(&format!(
                        "the public view hides {}:\n",
                        plural(hidden.len(), "thing")
                    ));
                    for line in hidden {
                        stdout.push_str(&format!("  {line}\n"));
                    }
                }
                stdout.push_str(&slide_tips(&loaded));
            }
            Err(error) => {
                for diagnostic in &error.diagnostics {
                    stderr.push_str(&diagnostic.to_string());
                    stderr.push('\n');
                }
                errors += error.diagnostics.len();
                stdout.push_str(&format!(
                    "{}: failed: {}\n",
                    source.name(),
                    plural(error.diagnostics.len(), "error")
                ));
            }
        }
    }
    let exit_code = if errors > 0 {
        EXIT_ERRORS
    } else if warnings > 0 && deny_warnings {
        EXIT_WARNINGS
    } else {
        EXIT_OK
    };
    Report {
        stdout,
        stderr,
        exit_code,
    }
}

/// Where the slides show a story part shorter than written: the line they show, as an
/// `on_slide` to paste and reword. A tip, not a warning: the slides are right as they are,
/// but the author knows best which words carry the story.
fn slide_tips(loaded: &Loaded) -> String {
    let tips = crate::deck::brief::on_slide_suggestions(&loaded.portfolio);
    if tips.is_empty() {
        return String::new();
    }
    let mut out = String::from(
        "  tip: the slides show a shorter story than written for these case studies; to choose \
         the words yourself, add or edit their on_slide lines:\n",
    );
    for (id, line) in tips {
        out.push_str(&format!("    {id}: {line}\n"));
    }
    out
}

fn summary_line(name: &str, loaded: &Loaded) -> String {
    let portfolio = &loaded.portfolio;
    let metrics = portfolio.all_metrics();
    let claims = metrics.iter().filter(|(_, m)| m.claim().is_some()).count();
    let roles = portfolio.experience.len() + portfolio.research.len() + portfolio.teaching.len();
    // "ok" only for a file that checks: a summary must never read as a pass over errors.
    let verdict = if loaded.error_count() == 0 {
        "ok"
    } else {
        "failed"
    };
    format!(
        "{name}: {verdict}: {}, {}, {} ({}), {}; {}, {}\n",
        plural(portfolio.case_studies.len(), "case study"),
        plural(roles, "position"),
        plural(metrics.len(), "metric"),
        plural(claims, "claim"),
        plural(portfolio.expertise.len(), "expertise area"),
        plural(loaded.error_count(), "error"),
        plural(loaded.warning_count(), "warning"),
    )
}

fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else if let Some(stem) = noun.strip_suffix('y') {
        format!("{count} {stem}ies")
    } else {
        format!("{count} {noun}s")
    }
}

/// The widest the "where" and "metric" columns of `folio metrics` get, in terminal columns.
const MAX_TEXT_COLUMNS: usize = 48;

/// How many terminal columns `text` takes: two for East Asian wide characters, none for
/// combining marks.
fn display_width(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// `text` cut to at most `columns` terminal columns, ending in "…" when cut.
fn truncate_to_columns(text: &str, columns: usize) -> String {
    if display_width(text) <= columns {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let width = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + width > columns.saturating_sub(1) {
            break;
        }
        used += width;
        out.push(c);
    }
    format!("{}…", out.trim_end())
}

/// The portfolio opened and checked, or the report of why not (the errors as `check`
/// prints them, exit 2). A file with errors gives no figure at all: a number read from text
/// the portfolio does not say ("7x" shown as "+7 %") is worse than none.
fn opened(source: &Source, doing: &str) -> Result<Loaded, Report> {
    let loaded = crate::check::open(source).map_err(|error| Report {
        stdout: String::new(),
        stderr: error.to_string(),
        exit_code: EXIT_ERRORS,
    })?;
    without_errors(loaded, source, doing)
}

/// `loaded` if it has no errors, else the report of them (exit 2).
fn without_errors(loaded: Loaded, source: &Source, doing: &str) -> Result<Loaded, Report> {
    if loaded.error_count() == 0 {
        return Ok(loaded);
    }
    let mut stderr = String::new();
    for diagnostic in loaded.diagnostics.iter().filter(|d| d.is_error()) {
        stderr.push_str(&format!("{diagnostic}\n"));
    }
    stderr.push_str(&format!(
        "error: {} has errors; fix them before {doing} (`folio check` lists them)\n",
        source.name()
    ));
    Err(Report {
        stdout: String::new(),
        stderr,
        exit_code: EXIT_ERRORS,
    })
}

/// `folio metrics`: a table of every metric with its derived figures.
pub fn metrics_table(source: &Source) -> Report {
    let loaded = match opened(source, "reading its figures") {
        Ok(loaded) => loaded,
        Err(report) => return report,
    };
    let header = [
        "Where", "Metric", "Before", "After", "Change", "Factor", "Claim", "Verdict",
    ];
    let mut rows: Vec<[String; 8]> = vec![header.map(str::to_owned)];
    for (owner, metric) in loaded.portfolio.all_metrics() {
        let analysis = analyse(metric);
        let claim = metric.claim().map(|c| c.source.clone()).unwrap_or_default();
        let (before, after, change, factor, verdict) = match &analysis.kind {
            AnalysisKind::Change(c) => (
                c.before.text.clone(),
                c.after.text.clone(),
                c.change_text(),
                c.factor_text().unwrap_or_default(),
                c.verdict.word().to_owned(),
            ),
            AnalysisKind::Relative(r) => (
                String::new(),
                String::new(),
                r.text.clone(),
                String::new(),
                r.verdict.word().to_owned(),
            ),
            AnalysisKind::Figure(f) => (
                f.was.clone().unwrap_or_default(),
                f.text.clone(),
                String::new(),
                String::new(),
                String::new(),
            ),
            AnalysisKind::Outcome { text } => (
                String::new(),
                text.clone(),
                String::new(),
                String::new(),
                String::new(),
            ),
            AnalysisKind::Incomparable {
                before,
                after,
                reason,
            } => (
                before.clone(),
                after.clone(),
                String::new(),
                String::new(),
                format!("incomparable: {reason}"),
            ),
        };
        rows.push([
            owner.name().to_owned(),
            analysis.label.clone(),
            before,
            after,
            change,
            factor,
            claim,
            verdict,
        ]);
    }
    // A long case-study title or label would make a table as wide as itself.
    for row in &mut rows {
        for cell in row.iter_mut().take(2) {
            *cell = truncate_to_columns(cell, MAX_TEXT_COLUMNS);
        }
    }
    let mut widths = [0usize; 8];
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(display_width(cell));
        }
    }
    let mut stdout = String::new();
    for row in &rows {
        let cells: Vec<String> = row
            .iter()
            .zip(widths)
            .map(|(cell, width)| {
                let pad = width.saturating_sub(display_width(cell));
                format!("{cell}{}", " ".repeat(pad))
            })
            .collect();
        stdout.push_str(cells.join("  ").trim_end());
        stdout.push('\n');
    }
    Report {
        stdout,
        stderr: String::new(),
        exit_code: EXIT_OK,
    }
}

/// `folio export`: refuses a portfolio with errors (an export is sent to someone), then
/// writes the file.
pub fn export(
    source: &Source,
    request: &crate::export::Request,
    renderer: Option<crate::render::RendererChoice>,
    deny_warnings: bool,
) -> Report {
    let mut report = Report {
        stdout: String::new(),
        stderr: String::new(),
        exit_code: EXIT_OK,
    };
    let mut loaded = match crate::check::open(source) {
        Ok(loaded) => loaded,
        Err(error) => {
            report.stderr = format!("{error}\n");
            report.exit_code = EXIT_ERRORS;
            return report;
        }
    };
    // Characters no font can draw are errors for an export (they would show as boxes).
    loaded.diagnostics.extend(crate::check::undrawable(&loaded));
    let loaded = match without_errors(loaded, source, "exporting") {
        Ok(loaded) => loaded,
        Err(report) => return report,
    };
    // What would be drawn wrong is said by every export, as by `folio check`.
    for diagnostic in loaded.diagnostics.iter().filter(|d| d.about_output) {
        report.stderr.push_str(&format!("{diagnostic}\n"));
    }
    let warnings = loaded.warning_count();
    if deny_warnings && warnings > 0 {
        for diagnostic in loaded
            .diagnostics
            .iter()
            .filter(|d| !d.is_error() && !d.about_output)
        {
            report.stderr.push_str(&format!("{diagnostic}\n"));
        }
        report.stderr.push_str(&format!(
            "error: {} and --deny-warnings: wrote nothing\n",
            plural(warnings, "warning")
        ));
        report.exit_code = EXIT_WARNINGS;
        return report;
    }
    // Said once, however many places the link would have stood in.
    let refused: Vec<&str> = loaded
        .portfolio
        .urls()
        .into_iter()
        .filter(|url| url.openable().is_none())
        .map(crate::model::Url::as_str)
        .collect();
    if !refused.is_empty() {
        report.stderr.push_str(&format!(
            "warning: left out {} that folio does not open (only http, https and mailto): {}\n",
            plural(refused.len(), "link"),
            refused.join(", ")
        ));
    }
    if request.audience.is_private() {
        report.stderr.push_str(&format!(
            "warning: {}: {} (--audience private)\n",
            request.output.display(),
            crate::document::words::PRIVATE_EXPORT
        ));
    }
    if request.wants_slide_images() {
        match slide_images(&loaded, request, renderer) {
            Ok(paths) => {
                report.stdout = format!(
                    "wrote {} slides to {}\n",
                    paths.len(),
                    request.output.display()
                );
            }
            Err(error) => {
                report.stderr = format!("error: {error}\n");
                report.exit_code = EXIT_ERRORS;
            }
        }
        return report;
    }
    match crate::export::export(&loaded, request) {
        Ok(path) => report.stdout = format!("wrote {}\n", path.display()),
        Err(error) => {
            report.stderr = format!("error: {error}\n");
            report.exit_code = EXIT_ERRORS;
        }
    }
    report
}

/// `folio import INPUT [-o OUT.ron]`: the portfolio on standard output or in a file (never
/// replacing one without `force`); warnings, what was kept as comments and a summary on
/// standard error.
pub fn import(input: &Path, output: Option<&Path>, force: bool) -> Report {
    let mut report = Report {
        stdout: String::new(),
        stderr: String::new(),
        exit_code: EXIT_OK,
    };
    if let Some(out) = output
        && out.exists()
        && !force
    {
        return Report::failed(format!(
            "{} already exists; add --force to replace it",
            out.display()
        ));
    }
    let imported = match crate::import::import_file(input) {
        Ok(imported) => imported,
        Err(error) => {
            report.stderr = crate::load::text::printable(&match error {
                crate::import::ImportError::Invalid(diagnostic) => format!("{diagnostic}\n"),
                other => format!("error: {other}\n"),
            });
            report.exit_code = EXIT_ERRORS;
            return report;
        }
    };
    for warning in &imported.warnings {
        report.stderr.push_str(&format!("{warning}\n"));
    }
    for line in &imported.unplaced {
        report
            .stderr
            .push_str(&format!("not imported (kept as a comment): {line}\n"));
    }
    match output {
        None => report.stdout = imported.ron,
        Some(out) => {
            if let Err(error) = crate::write::write_atomically(out, imported.ron.as_bytes(), force)
            {
                report.stderr.push_str(&format!("error: {error}\n"));
                report.exit_code = EXIT_ERRORS;
                return report;
            }
            report.stdout = format!("wrote {}\n", out.display());
        }
    }
    report.stderr.push_str(&format!(
        "{}: imported {}\n",
        input.display(),
        imported.summary
    ));
    report.stderr = crate::load::text::printable(&report.stderr);
    report
}

/// `folio new [DIR]`: the starter portfolio, and what to do next.
pub fn new_portfolio(folder: Option<&Path>) -> Report {
    let folder = folder.unwrap_or(Path::new("."));
    match crate::starter::create(folder) {
        Ok(path) => Report::ok(format!(
            "created {}\nnext: `folio {}` shows it and reloads every time you save it in your \
             editor; `folio check {}` explains any mistake\n",
            path.display(),
            path.display(),
            path.display()
        )),
        Err(error) => Report::failed(error),
    }
}

/// The sizes of PNG icon written for packages: Linux's hicolor theme from 16 to 512, and
/// 1024 for a macOS `.icns`.
pub const ICON_SIZES: [u32; 10] = [16, 22, 24, 32, 48, 64, 128, 256, 512, 1024];

/// `folio icons DIR`: `folio.svg`, `folio.ico` and `folio-N.png` for every size of
/// [`ICON_SIZES`], all from the one drawing in `ui::icon_art`.
pub fn write_icons(folder: &Path) -> Report {
    let written = (|| -> Result<usize, String> {
        std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        let write = |name: &str, bytes: &[u8]| {
            let path = folder.join(name);
            std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))
        };
        write("folio.svg", crate::ui::icon_art::svg().as_bytes())?;
        write("folio.ico", &crate::ui::icon_art::ico())?;
        for size in ICON_SIZES {
            let image = image::RgbaImage::from_raw(size, size, crate::ui::icon_art::rgba(size))
                .ok_or("the icon has the wrong number of pixels")?;
            let path = folder.join(format!("folio-{size}.png"));
            image
                .save(&path)
                .map_err(|e| format!("{}: {e}", path.display()))?;
        }
        Ok(ICON_SIZES.len() + 2)
    })();
    match written {
        Ok(count) => Report::ok(format!(
            "wrote {count} icon files to {}\n",
            folder.display()
        )),
        Err(error) => Report::failed(error),
    }
}

/// `--slides -o DIR/`: the selected slides as PNG images.
fn slide_images(
    loaded: &Loaded,
    request: &crate::export::Request,
    renderer: Option<crate::render::RendererChoice>,
) -> Result<Vec<std::path::PathBuf>, crate::export::ExportError> {
    let document = crate::document::Document::for_audience(&loaded.portfolio, request.audience);
    let portfolio = &document.portfolio;
    let (selection, _) = crate::tailor::talk_selection(
        &document,
        request.posting.as_ref(),
        request.track.as_deref(),
        &request.tags,
    )?;
    let deck = crate::deck::Deck::select(portfolio, &selection);
    crate::ui::fonts::prepare_system_fonts(&portfolio.all_text());
    crate::render::export_slide_images(&crate::render::SlideImages {
        document: &document,
        deck: &deck,
        base_dir: loaded.base_dir.as_deref(),
        folder: &request.output,
        size: request.size.unwrap_or(crate::render::DEFAULT_SLIDE_SIZE),
        dark: request.theme == Some(crate::export::Theme::Dark),
        force: request.force,
        renderer,
    })
}

/// `folio tailor POSTING [FILE]`: the posting's requirements, their evidence, the gaps and
/// the suggested talk; `-` reads the posting from standard input.
pub fn tailor(
    posting: &Path,
    source: &Source,
    json: bool,
    audience: crate::audience::Audience,
) -> Report {
    use std::io::Read as _;
    let named = posting.to_string_lossy().into_owned();
    let bytes = if named == "-" {
        let mut bytes = Vec::new();
        let limit = crate::tailor::posting::MAX_BYTES as u64 + 1;
        match std::io::stdin().take(limit).read_to_end(&mut bytes) {
            Ok(_) => bytes,
            Err(error) => {
                return Report::failed(format!(
                    "cannot read the posting from standard input: {error}"
                ));
            }
        }
    } else {
        match std::fs::read(posting) {
            Ok(bytes) => bytes,
            Err(error) => {
                return Report::failed(format!(
                    "cannot read the posting {}: {error}",
                    posting.display()
                ));
            }
        }
    };
    let requirements = match crate::tailor::posting::read(&bytes) {
        Ok(requirements) => requirements,
        Err(error) => return Report::failed(format!("{}: {error}", posting.display())),
    };
    let loaded = match opened(source, "tailoring it") {
        Ok(loaded) => loaded,
        Err(report) => return report,
    };
    let document = crate::document::Document::for_audience(&loaded.portfolio, audience);
    let today = crate::tailor::today();
    let tailored = crate::tailor::tailor(&document, requirements, today);
    let name = if named == "-" {
        "standard input".to_owned()
    } else {
        named
    };
    Report::ok(if json {
        crate::tailor::report::json(&tailored)
    } else {
        crate::tailor::report::text(&document, &tailored, &name)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_columns_count_wide_characters_twice() {
        assert_eq!(display_width("abc"), 3);
        assert_eq!(display_width("株式会社"), 8);
        assert_eq!(truncate_to_columns("株式会社メルカリ", 7), "株式会…");
        assert_eq!(truncate_to_columns("short", 48), "short");
        assert_eq!(
            display_width(&truncate_to_columns(&"x".repeat(157), 48)),
            48
        );
    }
}
