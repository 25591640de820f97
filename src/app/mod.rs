//! The desktop app: wiring between the loaded portfolio and the UI.

use crate::cli::Source;

/// Opens the app window on `source` and runs until it is closed.
pub fn run(source: Source) -> Result<(), eframe::Error> {
    let title = match source.load() {
        Ok(loaded) => loaded.portfolio.display_name().to_owned(),
        Err(_) => "folio".to_owned(),
    };
    eframe::run_ui_native(
        &title,
        eframe::NativeOptions::default(),
        move |ui, _frame| {
            ui.label(source.name());
        },
    )
}
