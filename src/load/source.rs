//! Which portfolio to open: a file named on the command line or in the app, else
//! `./portfolio.ron`, else the copy compiled into the binary.

use std::path::{Path, PathBuf};

use super::{BUNDLED_NAME, LoadError, Loaded};

/// Where a portfolio comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A file on disk.
    File(PathBuf),
    /// The bundled `portfolio.ron`.
    Bundled,
}

impl Source {
    /// Resolves the optional FILE argument.
    pub fn resolve(file: Option<&Path>) -> Self {
        match file {
            Some(path) => Source::File(path.to_path_buf()),
            None if Path::new("portfolio.ron").is_file() => {
                Source::File(PathBuf::from("portfolio.ron"))
            }
            None => Source::Bundled,
        }
    }

    /// Reads and parses it, with syntax diagnostics only; `check::open` adds the semantic
    /// checks, as every front end wants.
    pub fn read(&self) -> Result<Loaded, LoadError> {
        match self {
            Source::File(path) => super::load(path),
            Source::Bundled => super::load_bundled(),
        }
    }

    /// The name used in messages.
    pub fn name(&self) -> String {
        match self {
            Source::File(path) => path.display().to_string(),
            Source::Bundled => BUNDLED_NAME.to_owned(),
        }
    }
}
