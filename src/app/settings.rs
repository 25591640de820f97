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
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            theme: ThemeChoice::System,
            zoom: 1.0,
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
        };
        write_settings(&mut storage, &wanted);
        let (settings, notice) = read_settings(Some(&storage));
        assert_eq!((settings.theme, settings.zoom), (ThemeChoice::Dark, 1.25));
        assert_eq!(notice, None);
        let (missing, notice) = read_settings(None);
        assert_eq!((missing.theme, notice), (ThemeChoice::System, None));
    }
}
