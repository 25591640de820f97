//! CPU time of one full frame (`Context::run_ui` + `tessellate`), headless at 1920×1080, as
//! egui_demo_lib measures its demos. A bare frame with one label is the baseline in the same
//! run; compare medians, not single runs (the machine is shared).

use criterion::{Criterion, criterion_group, criterion_main};
use folio::app::{FolioApp, Options};
use folio::load;

const SIZE: egui::Vec2 = egui::vec2(1920.0, 1080.0);

fn raw_input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, SIZE)),
        ..Default::default()
    }
}

/// A context and an app that has drawn a few frames, so fonts, layout caches and scroll
/// positions have settled.
fn settled(
    loaded: Result<load::Loaded, load::LoadError>,
    options: Options,
) -> (egui::Context, FolioApp) {
    let ctx = egui::Context::default();
    let mut app = FolioApp::new(&ctx, None, loaded, &options);
    let mut frame = eframe::Frame::_new_kittest();
    for _ in 0..8 {
        let output = ctx.run_ui(raw_input(), |ui| eframe::App::ui(&mut app, ui, &mut frame));
        let _ = ctx.tessellate(output.shapes, output.pixels_per_point);
    }
    (ctx, app)
}

fn bench_app(
    c: &mut Criterion,
    name: &str,
    loaded: Result<load::Loaded, load::LoadError>,
    options: Options,
) {
    let (ctx, mut app) = settled(loaded, options);
    let mut frame = eframe::Frame::_new_kittest();
    c.bench_function(name, |b| {
        b.iter(|| {
            let output = ctx.run_ui(raw_input(), |ui| eframe::App::ui(&mut app, ui, &mut frame));
            ctx.tessellate(output.shapes, output.pixels_per_point)
        });
    });
}

fn frames(c: &mut Criterion) {
    let ctx = egui::Context::default();
    c.bench_function("baseline: bare frame with one label", |b| {
        b.iter(|| {
            let output = ctx.run_ui(raw_input(), |ui| {
                egui::CentralPanel::default().show(ui, |ui| ui.label("Hello"));
            });
            ctx.tessellate(output.shapes, output.pixels_per_point)
        });
    });
    let at = |id: &str| Options {
        at: Some(id.to_owned()),
        ..Options::default()
    };
    bench_app(
        c,
        "bundled: browse, top",
        load::load_bundled(),
        Options::default(),
    );
    bench_app(
        c,
        "bundled: browse, middle",
        load::load_bundled(),
        at("telco-cms"),
    );
    bench_app(
        c,
        "bundled: present, case study",
        load::load_bundled(),
        Options {
            present: Some("api-latency".to_owned()),
            ..Options::default()
        },
    );
    let big = folio::synthetic::portfolio(1000, 300);
    let load_big = || load::load_str(&big, "generated.ron", None);
    bench_app(
        c,
        "1,000 case studies: browse, top",
        load_big(),
        Options::default(),
    );
    bench_app(
        c,
        "1,000 case studies: browse, middle",
        load_big(),
        at("case-500"),
    );
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(4));
    targets = frames
}
criterion_main!(benches);
