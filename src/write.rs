//! Files written whole or not at all: an export, an imported portfolio or a starter is built
//! in memory, written to a temporary file beside the target and renamed over it, so a full
//! disk or a crash never leaves half a file where the user expects one.

use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Why a file was not written. Either way nothing was left behind.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The file exists and replacing it was not asked for.
    #[error("{} already exists; add --force to replace it", path.display())]
    Exists {
        /// The file asked for.
        path: PathBuf,
    },
    /// Writing failed (a missing folder, no permission, a full disk).
    #[error("cannot write {}: {source}", path.display())]
    Failed {
        /// The file asked for (never the temporary one).
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

/// Writes `bytes` to a temporary file in `path`'s folder, then renames it to `path`: readers
/// see the old file or the whole new one, never a part. Without `replace`, an existing file
/// is kept and reported.
pub fn write_atomically(path: &Path, bytes: &[u8], replace: bool) -> Result<(), WriteError> {
    let failed = |source: std::io::Error| WriteError::Failed {
        path: path.to_path_buf(),
        // The system's words only: tempfile's own would name the temporary file, which
        // the user never asked for.
        source: std::io::Error::new(source.kind(), plain_reason(&source)),
    };
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    if !folder.is_dir() {
        return Err(failed(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            format!("the folder {} does not exist", folder.display()),
        )));
    }
    let mut builder = tempfile::Builder::new();
    builder.prefix(".folio-export-");
    // A temporary file is private by default; the export is an ordinary file.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644));
    let mut temporary = builder.tempfile_in(folder).map_err(failed)?;
    temporary.write_all(bytes).map_err(failed)?;
    temporary.as_file().sync_all().map_err(failed)?;
    // The temporary file is deleted when dropped on any error below.
    if replace {
        temporary.persist(path).map_err(|e| failed(e.error))?;
    } else {
        temporary.persist_noclobber(path).map_err(|e| {
            if e.error.kind() == std::io::ErrorKind::AlreadyExists {
                WriteError::Exists {
                    path: path.to_path_buf(),
                }
            } else {
                failed(e.error)
            }
        })?;
    }
    Ok(())
}

/// What an I/O error says, without the path tempfile adds ("… at path /x/.folio-export-…").
fn plain_reason(error: &std::io::Error) -> String {
    let text = error.to_string();
    match text.split_once(" at path ") {
        Some((reason, _)) => reason.to_owned(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_existing_file_is_kept_unless_replacing() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("out.html");
        std::fs::write(&path, "old").expect("write");
        let kept = write_atomically(&path, b"new", false);
        assert!(matches!(kept, Err(WriteError::Exists { .. })), "{kept:?}");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "old");
        write_atomically(&path, b"new", true).expect("replaced");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "new");
        let leftovers = std::fs::read_dir(dir.path()).expect("dir").count();
        assert_eq!(leftovers, 1, "no temporary file is left behind");
    }

    #[test]
    fn a_missing_folder_is_a_clear_error_and_leaves_nothing() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("no-such-folder").join("out.html");
        let error = write_atomically(&path, b"x", false).expect_err("fails");
        assert!(error.to_string().starts_with("cannot write"), "{error}");
        assert!(!path.exists());
    }

    /// A folder the system will not create files in: the message names the file asked for,
    /// never the temporary one.
    #[cfg(target_os = "linux")]
    #[test]
    fn an_unwritable_folder_names_the_file_asked_for() {
        let path = Path::new("/proc/folio-test.pdf");
        let error = write_atomically(path, b"x", false)
            .expect_err("/proc takes no new files")
            .to_string();
        assert!(
            error.starts_with("cannot write /proc/folio-test.pdf: "),
            "{error}"
        );
        assert!(!error.contains(".folio-export-"), "{error}");
    }
}
