//! Settings remembered between runs, in eframe's storage.

use crate::ui::ThemeChoice;

use super::notice::Notice;

/// The storage key of [`Settings`].
pub const SETTINGS_KEY: &str = "folio-settings";

/// Settings remembered between runs. Fields added later default, so an older file still
/// reads.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Light, dark or the system's choice.
    pub theme: ThemeChoice,
    /// egui's zoom factor (Ctrl +/-).
    pub zoom: f32,
    /// Portfolios opened, most recent first (at most [`RECENT_FILES`]).
    pub recent: Vec<std::path::PathBuf>,
    /// Job postings prepared for, most recent first (at most [`RECENT_POSTINGS`]): their text,
    /// so a pasted one is remembered too.
    pub recent_postings: Vec<RecentPosting>,
}

/// A job posting remembered in the settings.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RecentPosting {
    /// Its file's name, or the first line of a pasted one.
    pub name: String,
    /// The posting's text.
    pub text: String,
}

/// How many postings are remembered.
pub const RECENT_POSTINGS: usize = 5;

/// How many recent files are remembered.
pub const RECENT_FILES: usize = 8;

impl Settings {
    /// Puts `path` first among the recent files (made absolute, so it opens from anywhere).
    pub fn remember(&mut self, path: &std::path::Path) {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|known| *known != path);
        self.recent.insert(0, path);
        self.recent.truncate(RECENT_FILES);
    }

    /// Puts a posting first among the recent ones (the same text once).
    pub fn remember_posting(&mut self, name: &str, text: &str) {
        self.recent_postings.retain(|known| known.text != text);
        self.recent_postings.insert(
            0,
            RecentPosting {
                name: name.to_owned(),
                text: text.to_owned(),
            },
        );
        self.recent_postings.truncate(RECENT_POSTINGS);
    }

    /// Drops recent files that no longer exist; returns them.
    pub fn forget_missing(&mut self) -> Vec<std::path::PathBuf> {
        let (kept, missing) = std::mem::take(&mut self.recent)
            .into_iter()
            .partition(|path| path.is_file());
        self.recent = kept;
        missing
    }
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            theme: ThemeChoice::System,
            zoom: 1.0,
            recent: Vec::new(),
            recent_postings: Vec::new(),
        }
    }
}

/// Reads the remembered settings. Settings that cannot be read (an older or damaged file)
/// are reset to the defaults, with a notice: the user is told rather than left guessing.
pub fn read_settings(storage: Option<&dyn eframe::Storage>) -> (Settings, Option<Notice>) {
    let Some(text) = storage.and_then(|s| s.get_string(SETTINGS_KEY)) else {
        return (Settings::default(), None);
    };
    match ron::from_str(&text) {
        Ok(settings) => (settings, None),
        Err(error) => (
            Settings::default(),
            Some(Notice::SettingsReset(error.to_string())),
        ),
    }
}

/// Saves the settings.
pub fn write_settings(storage: &mut dyn eframe::Storage, settings: &Settings) {
    eframe::set_value(storage, SETTINGS_KEY, settings);
}

#[cfg(test)]
mod tests {
    use super::*;

    struct FakeStorage(Option<String>);

    impl eframe::Storage for FakeStorage {
        fn get_string(&self, _key: &str) -> Option<String> {
            self.0.clone()
        }
        fn set_string(&mut self, _key: &str, value: String) {
            self.0 = Some(value);
        }
        fn remove_string(&mut self, _key: &str) {
            self.0 = None;
        }
        fn flush(&mut self) {}
    }

    #[test]
    fn damaged_settings_are_reset_with_a_notice() {
        let storage = FakeStorage(Some("(theme: Purple, zoom: \"big\"".into()));
        let (settings, notice) = read_settings(Some(&storage));
        assert_eq!(settings.theme, ThemeChoice::System);
        let notice = notice.expect("a notice").to_string();
        assert!(notice.contains("reset to the defaults"), "{notice}");
    }

    #[test]
    fn saved_settings_are_read_back() {
        let mut storage = FakeStorage(None);
        let wanted = Settings {
            theme: ThemeChoice::Dark,
            zoom: 1.25,
            recent: vec![std::path::PathBuf::from("/tmp/a.ron")],
            recent_postings: vec![RecentPosting {
                name: "sre.md".into(),
                text: "Requirements:\n- Terraform \"and\" Kubernetes\n".into(),
            }],
        };
        write_settings(&mut storage, &wanted);
        let (settings, notice) = read_settings(Some(&storage));
        assert_eq!((settings.theme, settings.zoom), (ThemeChoice::Dark, 1.25));
        assert_eq!(settings.recent, wanted.recent);
        assert_eq!(settings.recent_postings, wanted.recent_postings);
        assert_eq!(notice, None);
        let (missing, notice) = read_settings(None);
        assert_eq!((missing.theme, notice), (ThemeChoice::System, None));
    }

    #[test]
    fn settings_from_before_recent_files_still_read() {
        let storage = FakeStorage(Some("(theme: Dark, zoom: 1.5)".into()));
        let (settings, notice) = read_settings(Some(&storage));
        assert_eq!((settings.theme, notice), (ThemeChoice::Dark, None));
        assert!(settings.recent.is_empty());
    }

    #[test]
    fn recent_files_are_most_recent_first_unique_bounded_and_existing() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut settings = Settings::default();
        let files: Vec<_> = (0..10)
            .map(|i| {
                let path = dir.path().join(format!("{i}.ron"));
                std::fs::write(&path, "").expect("write");
                path
            })
            .collect();
        for path in &files {
            settings.remember(path);
        }
        settings.remember(&files[3]);
        assert_eq!(settings.recent.len(), RECENT_FILES);
        assert_eq!(settings.recent[0], files[3]);
        assert_eq!(settings.recent[1], files[9]);
        assert_eq!(
            settings.recent.iter().filter(|p| **p == files[3]).count(),
            1
        );
        std::fs::remove_file(&files[9]).expect("remove");
        assert_eq!(settings.forget_missing(), vec![files[9].clone()]);
        assert!(!settings.recent.contains(&files[9]));
    }
}
