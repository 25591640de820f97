//! `folio new [DIR]` and "Start a new portfolio": a commented starter file with one case
//! study showing each kind of metric, which passes `folio check --deny-warnings` as written.

use std::path::{Path, PathBuf};

use crate::write::{WriteError, write_atomically};

/// The starter portfolio, as written to disk.
pub const TEMPLATE: &str = include_str!("../assets/starter.ron");

/// The name of the file a new portfolio gets.
pub const FILE_NAME: &str = "portfolio.ron";

/// Why no starter was written.
#[derive(Debug, thiserror::Error)]
pub enum NewError {
    /// There is a portfolio there already; it is never replaced.
    #[error("{} already exists; folio new never replaces a portfolio", path.display())]
    Exists {
        /// The existing file.
        path: PathBuf,
    },
    /// The folder could not be created.
    #[error("cannot create the folder {}: {source}", path.display())]
    Folder {
        /// The folder.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// Writing failed.
    #[error(transparent)]
    Write(WriteError),
}

/// Writes `folder/portfolio.ron` from the template, creating the folder if needed. Never
/// replaces an existing file, not even one created a moment before (the write refuses to
/// clobber, rather than checking first).
pub fn create(folder: &Path) -> Result<PathBuf, NewError> {
    std::fs::create_dir_all(folder).map_err(|source| NewError::Folder {
        path: folder.to_path_buf(),
        source,
    })?;
    let path = folder.join(FILE_NAME);
    write_atomically(&path, TEMPLATE.as_bytes(), false).map_err(|error| match error {
        WriteError::Exists { path } => NewError::Exists { path },
        other => NewError::Write(other),
    })?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_starter_is_clean_and_shows_every_metric_kind() {
        let loaded = crate::check::checked(crate::load::load_str(TEMPLATE, FILE_NAME, None))
            .expect("the starter loads");
        assert_eq!(loaded.diagnostics, Vec::new());
        let metrics = &loaded.portfolio.case_studies[0].metrics;
        let kinds: Vec<&str> = metrics
            .iter()
            .map(|m| match m {
                crate::model::Metric::Change(_) => "Change",
                crate::model::Metric::Relative(_) => "Relative",
                crate::model::Metric::Figure(_) => "Figure",
                crate::model::Metric::Outcome(_) => "Outcome",
            })
            .collect();
        for kind in ["Change", "Relative", "Figure", "Outcome"] {
            assert!(kinds.contains(&kind), "no {kind} metric");
        }
    }

    #[test]
    fn an_existing_portfolio_is_never_replaced() {
        let dir = tempfile::tempdir().expect("temp dir");
        let folder = dir.path().join("new-folder");
        let path = create(&folder).expect("created");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), TEMPLATE);
        std::fs::write(&path, "(person: (headline: \"mine\"))").expect("edit");
        let again = create(&folder);
        assert!(matches!(again, Err(NewError::Exists { .. })), "{again:?}");
        assert_eq!(
            std::fs::read_to_string(&path).expect("read"),
            "(person: (headline: \"mine\"))"
        );
    }
}
