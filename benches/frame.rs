//! CPU time of one full frame (`Context::run_ui` + `tessellate`), headless at 1920×1080, as
//! egui_demo_lib measures its demos. A bare frame with one label is the baseline in the same
//! run; compare medians, not single runs (the machine is shared).

// Tests and benchmarks fail by panicking; the crate-wide ban on unwrap/expect is for app code.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

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

/// Input with one key press.
fn key_input(key: egui::Key) -> egui::RawInput {
    let press = |pressed| egui::Event::Key {
        key,
        physical_key: None,
        pressed,
        repeat: false,
        modifiers: egui::Modifiers::NONE,
    };
    egui::RawInput {
        events: vec![press(true), press(false)],
        ..raw_input()
    }
}

/// A context and an app that has drawn a few frames, so fonts, layout caches and scroll
/// positions have settled; `keys` are pressed first.
fn settled(
    loaded: Result<load::Loaded, load::LoadError>,
    options: Options,
    keys: &[egui::Key],
) -> (egui::Context, FolioApp) {
    let ctx = egui::Context::default();
    let mut app = FolioApp::new(&ctx, None, loaded, &options);
    let mut frame = eframe::Frame::_new_kittest();
    let inputs = keys.iter().map(|key| key_input(*key));
    for input in inputs.chain(std::iter::repeat_with(raw_input).take(8)) {
        let output = ctx.run_ui(input, |ui| eframe::App::ui(&mut app, ui, &mut frame));
        let _ = ctx.tessellate(output.shapes, output.pixels_per_point);
    }
    (ctx, app)
}

fn bench_app(
    c: &mut Criterion,
    name: &str,
    loaded: Result<load::Loaded, load::LoadError>,
    options: Options,
    keys: &[egui::Key],
) {
    let (ctx, mut app) = settled(loaded, options, keys);
    let mut frame = eframe::Frame::_new_kittest();
    c.bench_function(name, |b| {
        b.iter(|| {
            let output = ctx.run_ui(raw_input(), |ui| eframe::App::ui(&mut app, ui, &mut frame));
            ctx.tessellate(output.shapes, output.pixels_per_point)
        });
    });
}

/// The window's first frame, from a fresh context: fonts are loaded, glyphs rasterized and
/// text shaped for the first time. This is the part of start-up that folio's own code adds.
fn first_frames(c: &mut Criterion) {
    c.bench_function("baseline: bare first frame with one label", |b| {
        b.iter(|| {
            let ctx = egui::Context::default();
            let output = ctx.run_ui(raw_input(), |ui| {
                egui::CentralPanel::default().show(ui, |ui| ui.label("Hello"));
            });
            ctx.tessellate(output.shapes, output.pixels_per_point)
        });
    });
    c.bench_function("bundled: first frame, browse", |b| {
        b.iter(|| {
            let ctx = egui::Context::default();
            let mut app = FolioApp::new(&ctx, None, load::load_bundled(), &Options::default());
            let mut frame = eframe::Frame::_new_kittest();
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
        &[],
    );
    bench_app(
        c,
        "bundled: browse, middle",
        load::load_bundled(),
        at("telco-cms"),
        &[],
    );
    bench_app(
        c,
        "bundled: present, case study",
        load::load_bundled(),
        Options {
            present: Some("api-latency".to_owned()),
            ..Options::default()
        },
        &[],
    );
    // Stepping back onto a slide shows it whole: the six-figure Kubernetes case study with
    // every chart drawn, the most a slide of the bundled portfolio holds.
    bench_app(
        c,
        "bundled: present, case study, all revealed",
        load::load_bundled(),
        Options {
            present: Some("telco-cms".to_owned()),
            ..Options::default()
        },
        &[egui::Key::ArrowLeft],
    );
    let big = folio::synthetic::portfolio(1000, 300);
    let load_big = || load::load_str(&big, "generated.ron", None);
    bench_app(
        c,
        "1,000 case studies: browse, top",
        load_big(),
        Options::default(),
        &[],
    );
    bench_app(
        c,
        "1,000 case studies: browse, middle",
        load_big(),
        at("case-500"),
        &[],
    );
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(4));
    targets = first_frames, frames
}
criterion_main!(benches);
