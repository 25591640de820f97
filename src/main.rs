//! The `folio` command: open the app, or check a portfolio from the terminal.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use folio::cli::{self, Source};

/// Present and browse a software engineer's portfolio.
#[derive(Debug, Parser)]
#[command(version, about, args_conflicts_with_subcommands = true)]
struct Args {
    /// The portfolio to open (default: ./portfolio.ron, else the bundled example).
    file: Option<PathBuf>,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
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
    /// Print every metric with its derived change, factor and claim verdict.
    Metrics {
        /// The portfolio (default: ./portfolio.ron, else the bundled example).
        file: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
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
        Some(Command::Metrics { file }) => cli::metrics_table(&Source::resolve(file.as_deref())),
        None => return open_app(Source::resolve(args.file.as_deref())),
    };
    print!("{}", report.stdout);
    eprint!("{}", report.stderr);
    ExitCode::from(u8::try_from(report.exit_code).unwrap_or(2))
}

fn open_app(source: Source) -> ExitCode {
    match folio::app::run(source) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(2)
        }
    }
}
