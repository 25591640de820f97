//! A bare eframe window with one label, built with folio's eframe features: the baseline
//! that bench/app.sh measures folio against. `--exit-after-first-frame` closes it at once.

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
        egui::CentralPanel::default().show(ui, |ui| ui.label("Hello"));
        if exit {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
    })
}
