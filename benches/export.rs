//! Exports of the bundled portfolio and of a fixture with a photo and non-Latin scripts:
//! the PDF document and the web page, built in memory (writing the file is the disk's time).
//! Budgets (docs/performance.md): PDF ≤ 100 ms and ≤ 500 KB, HTML ≤ 20 ms.

// Tests and benchmarks fail by panicking; the crate-wide ban on unwrap/expect is for app code.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use criterion::{Criterion, criterion_group, criterion_main};
use folio::document::Document;
use folio::export::{html, pdf};
use folio::load;

fn exports(c: &mut Criterion) {
    let bundled = Document::new(load::load_bundled().unwrap().portfolio);
    let fixture = load::load(std::path::Path::new("tests/fixtures/mobile-ml.ron")).unwrap();
    let base = fixture.base_dir.clone();
    let fixture = Document::new(fixture.portfolio);
    let size = pdf::document(&bundled, None, pdf::Paper::A4, false)
        .unwrap()
        .len();
    println!("bundled PDF: {:.1} KB", size as f64 / 1024.0);
    c.bench_function("export PDF: bundled", |b| {
        b.iter(|| pdf::document(&bundled, None, pdf::Paper::A4, false).unwrap());
    });
    c.bench_function("export PDF: mobile-ml fixture (CJK, photo)", |b| {
        b.iter(|| pdf::document(&fixture, base.as_deref(), pdf::Paper::A4, false).unwrap());
    });
    c.bench_function("export HTML: bundled", |b| {
        b.iter(|| html::page(&bundled, None, None));
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).measurement_time(std::time::Duration::from_secs(5));
    targets = exports
}
criterion_main!(benches);
