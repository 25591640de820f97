//! The first run: with no portfolio named, folio greets the user with Open, recent files,
//! "Start a new portfolio" and the example, instead of showing someone else's portfolio as
//! if it were theirs. Opening happens by the recent list, a dropped file or a new starter,
//! on portfolios of our own (tests/fixtures), never only the bundled one.

use std::path::{Path, PathBuf};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use folio::app::{FolioApp, Options, Settings};

/// Settings storage as eframe keeps it, holding `settings`.
struct Storage(Option<String>);

impl eframe::Storage for Storage {
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

fn welcome(recent: Vec<PathBuf>) -> Harness<'static, FolioApp> {
    welcome_in(recent, egui::Theme::Light, egui::vec2(1024.0, 700.0))
}

/// The welcome screen (no file named) with these recent files remembered.
fn welcome_in(
    recent: Vec<PathBuf>,
    theme: egui::Theme,
    size: egui::Vec2,
) -> Harness<'static, FolioApp> {
    let settings = Settings {
        recent,
        ..Settings::default()
    };
    let storage = Storage(Some(ron::to_string(&settings).unwrap()));
    let options = Options {
        welcome: true,
        theme: Some(match theme {
            egui::Theme::Light => folio::ui::ThemeChoice::Light,
            egui::Theme::Dark => folio::ui::ThemeChoice::Dark,
        }),
        ..Options::default()
    };
    let mut harness = Harness::builder()
        .with_size(size)
        .with_theme(theme)
        .build_eframe(move |cc| {
            FolioApp::new(
                &cc.egui_ctx,
                Some(&storage),
                folio::load::load_bundled(),
                &options,
            )
        });
    harness.run_steps(3);
    harness
}

fn fixture(name: &str) -> PathBuf {
    std::path::absolute(Path::new("tests/fixtures").join(name)).unwrap()
}

#[test]
fn the_first_screen_offers_open_new_and_the_example() {
    let mut harness = welcome(Vec::new());
    assert!(harness.state().is_welcome());
    for action in [
        "Open a portfolio…",
        "Start a new portfolio",
        "Look at an example",
    ] {
        harness.get_by_role_and_label(Role::Button, action);
    }
    // The example's content is not shown until asked for.
    let example = folio::load::load_bundled().unwrap().portfolio;
    let name = example.display_name().to_owned();
    assert!(harness.query_all_by_label_contains(&name).next().is_none());
    harness
        .get_by_role_and_label(Role::Button, "Look at an example")
        .click();
    harness.run_steps(4);
    assert!(!harness.state().is_welcome());
    assert!(
        harness.query_all_by_label_contains(&name).next().is_some(),
        "no {name}"
    );
}

#[test]
fn recent_files_open_with_a_click_and_missing_ones_are_dropped_with_a_notice() {
    let sre = fixture("sre-cyrillic.ron");
    let gone = fixture("no-longer-here.ron");
    let mut harness = welcome(vec![gone.clone(), sre.clone()]);
    assert_eq!(harness.state().recent_files(), std::slice::from_ref(&sre));
    let status = harness.state().status().unwrap_or_default().to_owned();
    assert!(
        status.contains("No longer found") && status.contains("no-longer-here.ron"),
        "{status}"
    );
    harness.get_by_label("sre-cyrillic.ron").click();
    harness.run_steps(4);
    assert!(!harness.state().is_welcome());
    assert_eq!(harness.state().display_name(), Some("Ольга Кузнецова"));
    assert!(
        harness
            .query_all_by_label("Pages cut by nine tenths")
            .next()
            .is_some()
    );
}

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn a_dropped_portfolio_opens_and_becomes_recent_and_other_files_are_explained() {
    let mut harness = welcome(Vec::new());
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(fixture("images/photo.png"))));
    harness.run_steps(2);
    assert!(harness.state().is_welcome(), "a picture is not a portfolio");
    let status = harness.state().status().unwrap_or_default().to_owned();
    assert!(status.contains("a .ron file"), "{status}");

    let sre = fixture("sre-cyrillic.ron");
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(sre.clone())));
    harness.run_steps(4);
    assert_eq!(harness.state().display_name(), Some("Ольга Кузнецова"));
    assert_eq!(harness.state().recent_files().first(), Some(&sre));
}

#[test]
fn a_new_portfolio_is_written_opened_and_never_replaces_one() {
    let mut harness = welcome(Vec::new());
    let dir = tempfile::tempdir().unwrap();
    let ctx = harness.ctx.clone();
    let created = harness.state_mut().start_portfolio_in(&ctx, dir.path());
    harness.run_steps(4);
    let file = dir.path().join("portfolio.ron");
    assert_eq!(created.as_deref(), Some(file.as_path()));
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        folio::starter::TEMPLATE
    );
    assert_eq!(harness.state().display_name(), Some("Your Name"));
    assert!(
        harness
            .query_all_by_label("Search results in a blink")
            .next()
            .is_some()
    );
    let status = harness.state().status().unwrap_or_default().to_owned();
    assert!(status.starts_with("Created"), "{status}");

    std::fs::write(&file, "(person: (name: \"Mine\", headline: \"Kept\"))").unwrap();
    assert_eq!(
        harness.state_mut().start_portfolio_in(&ctx, dir.path()),
        None
    );
    harness.run_steps(4);
    assert_eq!(harness.state().display_name(), Some("Mine"));
    let status = harness.state().status().unwrap_or_default().to_owned();
    assert!(status.contains("already exists"), "{status}");
}

/// The welcome screen with two recent files, as a first-time user's second start shows it.
/// The files are made at a fixed place, so the picture is the same in every checkout.
fn snapshot_welcome(theme: egui::Theme, name: &str) {
    let root = std::env::temp_dir().join("folio-welcome-snapshot");
    let recent = vec![
        root.join("Ольга").join("portfolio.ron"),
        root.join("talks").join("staff-interview.ron"),
    ];
    for path in &recent {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::copy(fixture("sre-cyrillic.ron"), path).unwrap();
    }
    let mut harness = welcome_in(recent, theme, egui::vec2(960.0, 640.0));
    harness.snapshot(name);
}

#[test]
fn snapshot_welcome_light() {
    snapshot_welcome(egui::Theme::Light, "welcome-light");
}

#[test]
fn snapshot_welcome_dark() {
    snapshot_welcome(egui::Theme::Dark, "welcome-dark");
}

#[test]
fn a_resume_imported_from_the_welcome_screen_opens_and_says_what_was_kept() {
    let mut harness = welcome(Vec::new());
    harness.get_by_role_and_label(Role::Button, "Import a résumé…");
    let dir = tempfile::tempdir().unwrap();
    let output = dir.path().join("portfolio.ron");
    let ctx = harness.ctx.clone();
    harness.state_mut().import_into(
        &ctx,
        Path::new("tests/fixtures/import/resume.json"),
        &output,
        false,
    );
    harness.run_steps(4);
    assert!(!harness.state().is_welcome());
    assert_eq!(
        harness.state().display_name(),
        Some("Amara Okonkwo-Lindqvist")
    );
    let status = harness.state().status().unwrap_or_default().to_owned();
    assert!(
        status.contains("8 typed metrics") && status.contains("kept as comments"),
        "{status}"
    );
    // Never over a file without being asked.
    std::fs::write(&output, "(person: (headline: \"mine\"))").unwrap();
    harness.state_mut().import_into(
        &ctx,
        Path::new("tests/fixtures/import/resume.json"),
        &output,
        false,
    );
    assert!(
        harness
            .state()
            .status()
            .unwrap_or_default()
            .contains("already exists")
    );
    assert_eq!(
        std::fs::read_to_string(&output).unwrap(),
        "(person: (headline: \"mine\"))"
    );
}

#[test]
fn with_no_file_dialog_ctrl_o_asks_for_the_path() {
    let options = Options {
        welcome: true,
        no_dialogs: true,
        ..Options::default()
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1024.0, 700.0))
        .build_eframe(move |cc| {
            FolioApp::new(&cc.egui_ctx, None, folio::load::load_bundled(), &options)
        });
    harness.run_steps(3);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    harness.run_steps(3);
    assert!(
        harness
            .query_by_label_contains("No file dialog opened")
            .is_some(),
        "Ctrl+O says why no dialog came"
    );
    let path = fixture("sre-cyrillic.ron").display().to_string();
    harness.get_by_role(Role::TextInput).type_text(&path);
    harness.run_steps(2);
    harness.get_by_label("Open").click();
    harness.run_steps(4);
    assert_eq!(harness.state().display_name(), Some("Ольга Кузнецова"));
    assert!(
        harness
            .query_by_label_contains("No file dialog opened")
            .is_none()
    );
}
