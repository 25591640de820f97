//! The `folio` command: open the app, present, or check a portfolio from the terminal.

// A windowed program on Windows: started from Explorer or the Start menu, no console window
// opens beside it. From a terminal it attaches to that terminal (`attach_to_terminal`).
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args as ClapArgs, Parser, Subcommand};

use folio::app::{Options, ScreenshotOutcome, TalkOptions};
use folio::cli;
use folio::load::Source;
use folio::render::RendererChoice;
use folio::ui::ThemeChoice;

/// Present and browse a software engineer's portfolio.
#[derive(Debug, Parser)]
#[command(
    version,
    about,
    args_conflicts_with_subcommands = true,
    disable_help_subcommand = true
)]
struct Args {
    #[command(flatten)]
    window: WindowArgs,

    #[command(subcommand)]
    command: Option<Command>,
}

/// Options of the app window, shared by browsing and presenting.
#[derive(Debug, ClapArgs)]
struct WindowArgs {
    /// The portfolio to open (default: ./portfolio.ron, else the welcome screen).
    file: Option<PathBuf>,

    /// Save a screenshot of the window to this PNG once everything is drawn, then exit.
    #[arg(long, value_name = "OUT.png")]
    screenshot: Option<PathBuf>,

    /// Window size in points, e.g. 1920x1080.
    #[arg(long, value_name = "WIDTHxHEIGHT", value_parser = parse_size)]
    size: Option<[f32; 2]>,

    /// Light or dark theme for this run (default: the remembered choice, else the system's).
    #[arg(long, value_enum)]
    theme: Option<ThemeArg>,

    /// Start at this section or case study (e.g. `experience`, `api-latency`).
    #[arg(long, value_name = "ID")]
    at: Option<String>,

    /// Force a graphics backend (default: glow, i.e. OpenGL, falling back to wgpu if it cannot
    /// start).
    #[arg(long, value_enum)]
    renderer: Option<RendererArg>,

    /// Do not reload when the file changes on disk.
    #[arg(long)]
    no_watch: bool,

    /// Turn animations off (they are always off for screenshots).
    #[arg(long)]
    reduced_motion: bool,

    /// Present only this track's slides (tracks are defined in the portfolio).
    #[arg(long, value_name = "NAME")]
    track: Option<String>,

    /// Present only case studies with one of these tags, e.g. `cost,latency`.
    #[arg(long, value_name = "TAG,TAG", value_delimiter = ',')]
    tags: Vec<String>,

    /// Close as soon as the first frame is drawn (to measure start-up; see bench/app.sh).
    #[arg(long, hide = true)]
    exit_after_first_frame: bool,

    /// The talk's target length for pacing, e.g. `30m` or `45 min`.
    #[arg(long, value_name = "TIME", value_parser = parse_duration)]
    duration: Option<std::time::Duration>,

    /// The view to open in: `public` (the default, every time) or `private`, which shows
    /// the names and figures marked `{{private|public}}`; Ctrl+Shift+A switches.
    #[arg(long, value_enum, default_value = "public")]
    audience: AudienceArg,
}

/// `--audience`: whom the portfolio is shown or written for.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
enum AudienceArg {
    /// What may be published: private wordings replaced by their public ones.
    Public,
    /// The interview room: every private wording, figure and entry.
    Private,
}

impl AudienceArg {
    fn audience(self) -> folio::audience::Audience {
        match self {
            AudienceArg::Public => folio::audience::Audience::Public,
            AudienceArg::Private => folio::audience::Audience::Private,
        }
    }
}

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
enum RendererArg {
    Wgpu,
    Glow,
}

impl RendererArg {
    fn choice(self) -> RendererChoice {
        match self {
            RendererArg::Wgpu => RendererChoice::Wgpu,
            RendererArg::Glow => RendererChoice::Glow,
        }
    }
}

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
enum PaperArg {
    A4,
    Letter,
}

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
enum ThemeArg {
    Light,
    Dark,
}

fn parse_size(text: &str) -> Result<[f32; 2], String> {
    let (w, h) = text
        .split_once(['x', 'X', '×'])
        .ok_or_else(|| format!("`{text}` is not a size; write it as 1920x1080"))?;
    let parse = |v: &str| {
        v.trim()
            .parse::<f32>()
            .ok()
            .filter(|n| (200.0..=16384.0).contains(n))
            .ok_or_else(|| format!("`{v}` is not a size between 200 and 16384"))
    };
    Ok([parse(w)?, parse(h)?])
}

fn parse_pixels(text: &str) -> Result<[u32; 2], String> {
    let [width, height] = parse_size(text)?;
    // Whole pixels: 1920.5 is a typo, not a size.
    let whole = |n: f32| (n.fract() == 0.0).then_some(n as u32);
    whole(width)
        .zip(whole(height))
        .map(|(w, h)| [w, h])
        .ok_or_else(|| format!("`{text}` is not a size in whole pixels; write it as 1920x1080"))
}

fn parse_duration(text: &str) -> Result<std::time::Duration, String> {
    let text = text.trim();
    // "30m" is how people write it on a command line; the figure syntax wants "30 min".
    let text = match text.strip_suffix('m') {
        Some(number) if number.chars().all(|c| c.is_ascii_digit() || c == '.') => {
            format!("{number} min")
        }
        _ => text.to_owned(),
    };
    folio::model::TalkDuration::parse(&text)
        .map(|talk| talk.as_duration())
        .map_err(|error| error.message)
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Present the portfolio as slides (F5 in the app does the same).
    Present {
        #[command(flatten)]
        window: WindowArgs,
        /// Start at this slide: an id (`api-latency`, `experience`) or a number from 1.
        #[arg(long, value_name = "ID|N")]
        slide: Option<String>,
        /// Open the presenter window (notes, next slide, time) at once, as S does.
        #[arg(long)]
        presenter: bool,
        /// Present the talk `folio tailor` suggests for this job posting (a text file); the
        /// presenter window shows which of its requirements each slide answers.
        #[arg(long = "for", value_name = "POSTING", conflicts_with_all = ["track", "tags"])]
        for_posting: Option<PathBuf>,
    },
    /// Check portfolio files and print diagnostics like a compiler.
    ///
    /// Exit codes: 0 clean, 1 warnings (with --deny-warnings), 2 errors.
    Check {
        /// Files to check (default: ./portfolio.ron, else the bundled example).
        files: Vec<PathBuf>,
        /// Exit with 1 when there are warnings.
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Write the portfolio as a PDF or a web page: `folio export -o portfolio.pdf`.
    ///
    /// The output's extension decides the format. An existing file is kept unless --force;
    /// nothing half-written is ever left behind.
    Export {
        /// The portfolio (default: ./portfolio.ron, else the bundled example).
        file: Option<PathBuf>,
        /// Where to write: OUT.pdf (the document) or OUT.html (one offline page); with
        /// --slides, OUT.pdf or a folder DIR/ for one PNG per slide.
        #[arg(short, long, value_name = "OUT")]
        output: PathBuf,
        /// Light or dark (default: light for a PDF; the reader's system for a web page).
        #[arg(long, value_enum)]
        theme: Option<ThemeArg>,
        /// Paper size of a PDF.
        #[arg(long, value_enum, default_value = "a4")]
        paper: PaperArg,
        /// The slides, one 16:9 page per slide with every step shown, instead of the document.
        #[arg(long)]
        slides: bool,
        /// With --slides: a page of speaker notes after each slide (a handout).
        #[arg(long, requires = "slides")]
        notes: bool,
        /// With --slides: only this track's slides.
        #[arg(long, value_name = "NAME", requires = "slides")]
        track: Option<String>,
        /// With --slides: the talk `folio tailor` suggests for this job posting.
        #[arg(
            long = "for",
            value_name = "POSTING",
            requires = "slides",
            conflicts_with_all = ["track", "tags"]
        )]
        for_posting: Option<PathBuf>,
        /// With --slides: only case studies with one of these tags, e.g. `cost,latency`.
        #[arg(
            long,
            value_name = "TAG,TAG",
            value_delimiter = ',',
            requires = "slides"
        )]
        tags: Vec<String>,
        /// With --slides -o DIR/: the images' size in pixels [default: 1920x1080].
        #[arg(long, value_name = "WIDTHxHEIGHT", value_parser = parse_pixels, requires = "slides")]
        size: Option<[u32; 2]>,
        /// With --slides -o DIR/: how to draw the images (default: wgpu without a window,
        /// else a hidden OpenGL window).
        #[arg(long, value_enum, requires = "slides")]
        renderer: Option<RendererArg>,
        /// Replace the output if it exists.
        #[arg(long)]
        force: bool,
        /// Write nothing if the portfolio has warnings (characters no font can draw among
        /// them); exit code 1.
        #[arg(long)]
        deny_warnings: bool,
        /// Whom the file is for: `public` (the default: private wordings replaced, private
        /// entries left out) or `private`, which says so on standard error and in the file.
        #[arg(long, value_enum, default_value = "public")]
        audience: AudienceArg,
    },
    /// Start a portfolio: write DIR/portfolio.ron, a commented starter with one case study
    /// showing each kind of metric. Never replaces an existing file.
    New {
        /// The folder (created if missing; default: the current folder).
        dir: Option<PathBuf>,
    },
    /// Make a portfolio from a résumé: a PDF or Word file (cv.pdf, cv.docx), plain text, a
    /// JSON Resume (resume.json or .yaml), RenderCV's cv.yaml, any JSON, YAML, TOML or CSV
    /// whose records are positions, a Markdown CV page (page.md), an AsciiDoc,
    /// reStructuredText or Org-mode CV (cv.adoc, cv.rst, cv.org) or LinkedIn's data export:
    /// figures in the bullets become typed metrics, the rest is kept.
    ///
    /// Without -o the RON goes to standard output. Exit codes: 0 imported, 2 bad input.
    Import {
        /// cv.pdf, cv.docx, cv.txt, resume.json, resume.yaml, cv.yaml (RenderCV), a data file
        /// (.json, .yaml, .toml, .csv), page.md, cv.adoc, cv.rst, cv.org, or the folder of
        /// LinkedIn's data export.
        input: PathBuf,
        /// Where to write the portfolio (e.g. portfolio.ron).
        #[arg(short, long, value_name = "OUT.ron")]
        output: Option<PathBuf>,
        /// Replace the output if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Write the app icon in every size and format the packages need (for packaging/).
    #[command(hide = true)]
    Icons {
        /// The folder to write into (created if missing).
        dir: PathBuf,
    },
    /// Prepare for an interview: read a job posting, show which case studies, positions and
    /// expertise evidence each requirement, what nothing shows, and the talk to give.
    ///
    /// Exit codes: 0 read, 2 a posting or portfolio that cannot be read.
    Tailor {
        /// The posting as text or Markdown (HTML pasted as text works too); `-` for standard
        /// input.
        posting: PathBuf,
        /// The portfolio (default: ./portfolio.ron).
        file: Option<PathBuf>,
        /// Print JSON: requirements with evidence, gaps, talk.
        #[arg(long)]
        json: bool,
        /// Read the portfolio as `public` (the default) or `private` sees it.
        #[arg(long, value_enum, default_value = "public")]
        audience: AudienceArg,
    },
    /// Help on a command (`folio help export`), or the portfolio format: `folio help format`
    /// prints the reference of every field, as docs/format.md has it.
    Help {
        /// `format`, or a command's name.
        topic: Option<String>,
    },
    /// Print every metric with its derived change, factor and claim verdict.
    Metrics {
        /// The portfolio (default: ./portfolio.ron, else the bundled example).
        file: Option<PathBuf>,
    },
}

/// A windowed Windows program has no standard output of its own; when started from a
/// terminal, attach to it so `folio check`, `--help` and errors print there.
#[cfg(windows)]
#[allow(unsafe_code)]
fn attach_to_terminal() {
    use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
    // SAFETY: AttachConsole takes a process id and touches no memory of ours; when there is
    // no parent console (started from Explorer) it fails and nothing changes.
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}

#[cfg(not(windows))]
fn attach_to_terminal() {}

fn main() -> ExitCode {
    attach_to_terminal();
    let args = Args::parse();
    let report = match args.command {
        Some(Command::Check {
            files,
            deny_warnings,
        }) => {
            let sources: Vec<Source> = if files.is_empty() {
                vec![Source::resolve(None)]
            } else {
                files.iter().map(|f| Source::resolve(Some(f))).collect()
            };
            cli::check(&sources, deny_warnings)
        }
        Some(Command::New { dir }) => cli::new_portfolio(dir.as_deref()),
        Some(Command::Import {
            input,
            output,
            force,
        }) => cli::import(&input, output.as_deref(), force),
        Some(Command::Icons { dir }) => cli::write_icons(&dir),
        Some(Command::Tailor {
            posting,
            file,
            json,
            audience,
        }) => {
            let source = Source::resolve(file.as_deref());
            if source == Source::Bundled {
                // Someone else's portfolio read against your posting is no preparation.
                cli::no_portfolio_here("tailor")
            } else {
                cli::tailor(&posting, &source, json, audience.audience())
            }
        }
        Some(Command::Metrics { file }) => cli::metrics_table(&Source::resolve(file.as_deref())),
        Some(Command::Help { topic }) => help(topic.as_deref()),
        Some(Command::Export {
            file,
            output,
            theme,
            force,
            paper,
            slides,
            notes,
            track,
            tags,
            size,
            renderer,
            deny_warnings,
            for_posting,
            audience,
        }) => {
            let posting = match for_posting.as_deref().map(read_posting).transpose() {
                Ok(posting) => posting,
                Err(error) => {
                    eprintln!("error: {error}");
                    return ExitCode::from(2);
                }
            };
            let request = folio::export::Request {
                posting,
                size,
                slides,
                notes,
                track,
                tags,
                paper: match paper {
                    PaperArg::A4 => folio::export::pdf::Paper::A4,
                    PaperArg::Letter => folio::export::pdf::Paper::Letter,
                },
                output,
                theme: theme.map(|t| match t {
                    ThemeArg::Light => folio::export::Theme::Light,
                    ThemeArg::Dark => folio::export::Theme::Dark,
                }),
                force,
                audience: audience.audience(),
            };
            let source = Source::resolve(file.as_deref());
            if source == Source::Bundled {
                // Someone else's portfolio written under your name is worse than nothing.
                cli::no_portfolio_here("export")
            } else {
                cli::export(
                    &source,
                    &request,
                    renderer.map(RendererArg::choice),
                    deny_warnings,
                )
            }
        }
        Some(Command::Present {
            window,
            slide,
            presenter,
            for_posting,
        }) => {
            let posting = match for_posting.as_deref().map(read_posting).transpose() {
                Ok(posting) => posting,
                Err(error) => {
                    eprintln!("error: {error}");
                    return ExitCode::from(2);
                }
            };
            // `--at` names where to start in browse; in a talk it names the first slide.
            let start = Some(
                slide
                    .or_else(|| window.at.clone())
                    .unwrap_or_else(|| "1".to_owned()),
            );
            return open_app(window, start, presenter, posting);
        }
        None => return open_app(args.window, None, false, None),
    };
    print!("{}", report.stdout);
    eprint!("{}", report.stderr);
    ExitCode::from(u8::try_from(report.exit_code).unwrap_or(2))
}

/// A job posting named with `--for`, read or refused with the file's name in the message.
fn read_posting(path: &std::path::Path) -> Result<folio::tailor::Posting, String> {
    let bytes = std::fs::read(path)
        .map_err(|error| format!("cannot read the posting {}: {error}", path.display()))?;
    let name = path.display().to_string();
    folio::tailor::Posting::from_bytes(&name, &bytes).map_err(|error| format!("{name}: {error}"))
}

fn open_app(
    window: WindowArgs,
    present: Option<String>,
    presenter: bool,
    posting: Option<folio::tailor::Posting>,
) -> ExitCode {
    let source = Source::resolve(window.file.as_deref());
    let options = Options {
        theme: window.theme.map(|t| match t {
            ThemeArg::Light => ThemeChoice::Light,
            ThemeArg::Dark => ThemeChoice::Dark,
        }),
        size: window.size,
        animate: !window.reduced_motion && window.screenshot.is_none(),
        watch: !window.no_watch && window.screenshot.is_none(),
        screenshot: window.screenshot,
        at: window.at,
        present,
        presenter,
        talk: TalkOptions {
            track: window.track,
            tags: window.tags,
            duration: window.duration,
            posting,
        },
        exit_after_first_frame: window.exit_after_first_frame,
        // No file named and none here: greet the user instead of showing someone else's
        // portfolio as if it were theirs.
        welcome: source == Source::Bundled,
        // Found out when a dialog is asked for (it answers at once when there is none).
        no_dialogs: false,
        audience: window.audience.audience(),
    };
    let renderer = window.renderer.map(RendererArg::choice);
    // A screenshot of a file that cannot be opened shows the error screen, and says so.
    let unopened = match (&options.screenshot, &source) {
        (Some(_), Source::File(_)) => folio::check::open(&source).err(),
        _ => None,
    };
    let mut warn = |notice: &folio::app::Notice| eprintln!("folio: {notice}");
    match folio::app::run(&source, options, renderer, &mut warn) {
        Ok(None) => ExitCode::SUCCESS,
        Ok(Some(ScreenshotOutcome::Saved(path))) => {
            println!("saved {}", path.display());
            match unopened {
                // A load error reads like `folio check`'s: it says "error:" itself.
                Some(error) => {
                    eprintln!("{error}");
                    ExitCode::from(2)
                }
                None => ExitCode::SUCCESS,
            }
        }
        Ok(Some(ScreenshotOutcome::Failed(reason))) => {
            eprintln!("error: screenshot failed: {reason}");
            ExitCode::from(2)
        }
        Ok(Some(ScreenshotOutcome::Pending)) => {
            eprintln!("error: the window closed before the screenshot was taken");
            ExitCode::from(2)
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(2)
        }
    }
}

/// `folio help [TOPIC]`: the format reference, a command's help, or the overview.
fn help(topic: Option<&str>) -> cli::Report {
    use clap::CommandFactory as _;
    let mut command = Args::command();
    let text = match topic {
        Some("format") => return cli::format_reference(),
        Some(name) => match command.find_subcommand_mut(name) {
            Some(sub) => sub.render_long_help().to_string(),
            None => {
                return cli::Report::failed(format!(
                    "no help on `{name}`: try `folio help format` or a command, e.g. `folio help export`"
                ));
            }
        },
        None => command.render_long_help().to_string(),
    };
    cli::Report::ok(text)
}
