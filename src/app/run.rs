//! Start-up: checks the command line against the portfolio, picks a renderer (glow, then
//! wgpu if glow cannot start) and runs the window.

use std::sync::Arc;

use crate::load::Source;
use crate::load::{LoadError, Loaded};
use crate::render::RendererChoice;

use super::notice::Notice;
use super::{FolioApp, Options, ScreenshotOutcome};

/// Why the app could not run. Printed by `main`, the only place errors are printed.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    /// `--at` names no section or case study.
    #[error("no section or case study `{id}`; valid: {}", valid.join(", "))]
    UnknownAnchor {
        /// What was asked for.
        id: String,
        /// The ids there are.
        valid: Vec<String>,
    },
    /// `--track` or `--tags` select nothing.
    #[error(transparent)]
    Selection(#[from] crate::deck::SelectionError),
    /// `--slide` names no slide.
    #[error("no slide `{start}`: give a number from 1 to {count} or a slide id; ids: {}", ids.join(", "))]
    UnknownSlide {
        /// What was asked for.
        start: String,
        /// How many slides there are.
        count: usize,
        /// The slide ids there are.
        ids: Vec<String>,
    },
    /// Neither X11 nor Wayland is there to open a window on.
    #[error(
        "no display found: folio opens a window, which needs an X11 or Wayland session \
         (DISPLAY or WAYLAND_DISPLAY is not set); `folio check` and `folio metrics` need none"
    )]
    NoDisplay,
    /// Every renderer tried failed.
    #[error("cannot open a window ({}); see Troubleshooting in the README", failures.iter().map(|(choice, reason)| format!("{}: {reason}", choice.name())).collect::<Vec<_>>().join("; "))]
    NoWindow {
        /// Each renderer tried, and why it failed.
        failures: Vec<(RendererChoice, String)>,
    },
}

/// Opens the app window on `source` and runs until it is closed. Without a forced
/// `renderer`, glow is tried first and wgpu if glow cannot start; a fallback is reported in
/// the Problems panel and handed to `warn` as it happens (`main` prints it: the only
/// place that prints).
pub fn run(
    source: &Source,
    options: Options,
    renderer: Option<RendererChoice>,
    warn: &mut dyn FnMut(&Notice),
) -> Result<Option<ScreenshotOutcome>, RunError> {
    // Loaded once here; only a renderer fallback loads again (the first window took it).
    let mut first_load = Some(crate::check::open_valid(source));
    if let Some(Ok(loaded)) = &first_load {
        // While the window opens, not after: a portfolio in Chinese or Devanagari waits for
        // the system's fonts in its first frame.
        crate::ui::fonts::prepare_system_fonts(&loaded.portfolio.all_text());
        check_start(
            &crate::audience::view(&loaded.portfolio, options.audience),
            &options,
        )?;
    }
    // Without a display neither renderer can start, and the second attempt's error ("EventLoop
    // can't be recreated") would hide the reason: say it plainly, before trying.
    if cfg!(all(unix, not(target_os = "macos")))
        && std::env::var_os("DISPLAY").is_none_or(|v| v.is_empty())
        && std::env::var_os("WAYLAND_DISPLAY").is_none_or(|v| v.is_empty())
    {
        return Err(RunError::NoDisplay);
    }
    let order = match renderer {
        Some(choice) => vec![choice],
        None => vec![RendererChoice::Glow, RendererChoice::Wgpu],
    };
    let mut failures = Vec::new();
    for choice in order {
        let loaded = first_load
            .take()
            .unwrap_or_else(|| crate::check::open_valid(source));
        let notices: Vec<Notice> = failures
            .iter()
            .map(
                |(failed, reason): &(RendererChoice, String)| Notice::RendererFallback {
                    failed: *failed,
                    reason: reason.clone(),
                },
            )
            .collect();
        if let Some(notice) = notices.last() {
            warn(notice);
        }
        match run_with(source, loaded, &options, choice, notices) {
            Ok(outcome) => return Ok(outcome),
            Err(error) => failures.push((choice, error.to_string())),
        }
    }
    Err(RunError::NoWindow { failures })
}

/// Refuses a start that names what is not there, listing what is, before any window opens.
fn check_start(portfolio: &crate::model::Portfolio, options: &Options) -> Result<(), RunError> {
    if let Some(id) = &options.at
        && crate::document::anchor_by_id(portfolio, id).is_none()
    {
        return Err(RunError::UnknownAnchor {
            id: id.clone(),
            valid: crate::document::anchor_ids(portfolio),
        });
    }
    // A posting's talk needs the analysed document; a track or tags do not, and start-up
    // should not analyse every figure twice.
    let selection = match &options.talk.posting {
        Some(posting) => {
            let document = crate::document::Document::new(portfolio.clone());
            crate::tailor::talk_selection(&document, Some(posting), None, &[])?.0
        }
        None => crate::deck::Selection::new(
            portfolio,
            options.talk.track.as_deref(),
            &options.talk.tags,
        )?,
    };
    if let Some(start) = &options.present {
        let deck = crate::deck::Deck::select(portfolio, &selection);
        let count = deck.slides.len();
        let valid = match start.parse::<usize>() {
            Ok(number) => (1..=count).contains(&number),
            Err(_) => deck.find(start).is_some(),
        };
        if !valid {
            return Err(RunError::UnknownSlide {
                start: start.clone(),
                count,
                ids: deck.ids().into_iter().map(str::to_owned).collect(),
            });
        }
    }
    Ok(())
}

fn run_with(
    source: &Source,
    loaded: Result<Loaded, LoadError>,
    options: &Options,
    choice: RendererChoice,
    notices: Vec<Notice>,
) -> Result<Option<ScreenshotOutcome>, eframe::Error> {
    let title = match &loaded {
        Ok(_) if options.welcome && options.present.is_none() => "folio".to_owned(),
        Ok(loaded) => super::window_title(
            Some(crate::audience::view(&loaded.portfolio, options.audience).display_name()),
            options.audience,
        ),
        Err(_) => "folio".to_owned(),
    };
    let size = options.size.unwrap_or([1280.0, 820.0]);
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(title)
        .with_app_id("folio")
        .with_inner_size(size)
        .with_min_inner_size([640.0, 480.0])
        .with_icon(Arc::new(crate::ui::icon::app_icon()));
    if options.screenshot.is_some() {
        viewport = viewport.with_resizable(false);
    }
    let native = eframe::NativeOptions {
        viewport,
        renderer: choice.eframe(),
        persist_window: options.screenshot.is_none(),
        // A screenshot is taken as on a machine that never ran folio: eframe would otherwise
        // restore the last window size over `--size`, and remembered settings. Nothing is
        // saved in screenshot mode, so this file is never written.
        persistence_path: options.screenshot.as_ref().map(|_| {
            std::env::temp_dir()
                .join(format!("folio-screenshot-{}", std::process::id()))
                .join("app.ron")
        }),
        wgpu_options: wgpu_configuration(),
        // folio adds the system's fonts itself, and only for text that needs them
        // (`ui::fonts::draw_every_script`).
        system_font_fallback: false,
        ..Default::default()
    };
    // Start-up measurements end the process once the first frame is on screen, from here
    // rather than from inside the frame: exiting at once, not closing, keeps tear-down and
    // saving out of the figure (bench/app.sh measures a bare window the same way).
    let first_frame = options.exit_after_first_frame.then(|| {
        let (shown, on_screen) = std::sync::mpsc::channel::<()>();
        let _ = std::thread::Builder::new()
            .name("folio first frame".into())
            .spawn(move || {
                if on_screen.recv().is_ok() {
                    std::process::exit(0);
                }
            });
        shown
    });
    let outcome = Arc::new(std::sync::Mutex::new(None));
    let outcome_slot = Arc::clone(&outcome);
    let source = source.clone();
    let options = options.clone();
    eframe::run_native(
        "folio",
        native,
        Box::new(move |cc| {
            let mut app = FolioApp::new(&cc.egui_ctx, cc.storage, loaded, &options);
            app.window.first_frame_shown = first_frame;
            app.notices.extend(notices);
            if let Source::File(path) = &source {
                app.settings.remember(path);
            }
            if options.watch {
                app.watch(&cc.egui_ctx, source);
            } else {
                app.set_source(source);
            }
            Ok(Box::new(OutcomeReporter {
                app,
                slot: outcome_slot,
            }))
        }),
    )?;
    let result = outcome.lock().map(|mut slot| slot.take()).unwrap_or(None);
    Ok(result)
}

/// wgpu as folio wants it: the native APIs only (Vulkan, Metal, DirectX 12), since glow is
/// the OpenGL renderer and wgpu's own OpenGL backend would only add start-up work; and the
/// integrated GPU where a laptop has two, since a portfolio needs no discrete GPU and an
/// hour-long call should not wake one. `WGPU_BACKEND` and `WGPU_POWER_PREF` still override.
fn wgpu_configuration() -> eframe::WgpuConfiguration {
    use eframe::egui_wgpu::{WgpuSetup, WgpuSetupCreateNew};
    use eframe::wgpu::{Backends, PowerPreference};
    let mut setup = WgpuSetupCreateNew::without_display_handle();
    setup.instance_descriptor.backends = Backends::from_env().unwrap_or(Backends::PRIMARY);
    setup.power_preference = PowerPreference::from_env().unwrap_or(PowerPreference::LowPower);
    eframe::WgpuConfiguration {
        wgpu_setup: WgpuSetup::CreateNew(setup),
        ..Default::default()
    }
}

/// Hands the screenshot outcome back to `run` when the window closes.
struct OutcomeReporter {
    app: FolioApp,
    slot: Arc<std::sync::Mutex<Option<ScreenshotOutcome>>>,
}

impl eframe::App for OutcomeReporter {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        eframe::App::ui(&mut self.app, ui, frame);
        if let Some(outcome) = self.app.screenshot_outcome()
            && let Ok(mut slot) = self.slot.lock()
        {
            *slot = Some(outcome);
        }
    }

    fn persist_egui_memory(&self) -> bool {
        self.app.persist_egui_memory()
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::App::save(&mut self.app, storage);
    }
}
