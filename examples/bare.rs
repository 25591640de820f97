//! A bare eframe window with one label, built with folio's eframe features: the baseline
//! that bench/app.sh measures folio against. `--exit-after-first-frame` ends the process
//! once the first frame has been presented, as folio's flag of the same name does.

// Tests and benchmarks fail by panicking; the crate-wide ban on unwrap/expect is for app code.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

fn main() -> eframe::Result {
    let exit = std::env::args().any(|a| a == "--exit-after-first-frame");
    let renderer = if std::env::args().any(|a| a == "--glow") {
        eframe::Renderer::Glow
    } else {
        eframe::Renderer::Wgpu
    };
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default().with_inner_size([1280.0, 820.0]),
        renderer,
        ..Default::default()
    };
    eframe::run_ui_native("bare", options, move |ui, _frame| {
        if exit {
            // The first frame has been presented once the second one starts.
            if ui.ctx().cumulative_frame_nr() > 0 {
                std::process::exit(0);
            }
            ui.ctx().request_repaint();
        }
        egui::CentralPanel::default().show(ui, |ui| ui.label("Hello"));
    })
}
