//! `folio import` of a PDF résumé of at least ten pages (16): a synthetic portfolio with many positions,
//! exported by folio itself, read back. Budget (issue #31): under 300 ms in release.

// Tests and benchmarks fail by panicking; the crate-wide ban on unwrap/expect is for app code.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use criterion::{Criterion, criterion_group, criterion_main};
use folio::document::Document;
use folio::export::pdf;

fn import(c: &mut Criterion) {
    let source = folio::synthetic::portfolio(4, 60);
    let loaded = folio::load::load_str(&source, "synthetic.ron", None).unwrap();
    let bytes = pdf::document(
        &Document::new(loaded.portfolio),
        None,
        pdf::Paper::A4,
        false,
    )
    .unwrap();
    let pages = pdf_extract::Document::load_mem(&bytes)
        .unwrap()
        .get_pages()
        .len();
    println!(
        "synthetic résumé PDF: {:.1} KB, {pages} pages",
        bytes.len() as f64 / 1024.0
    );
    assert!(pages >= 10, "{pages} pages");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cv.pdf");
    std::fs::write(&path, &bytes).unwrap();
    let imported = folio::import::import_file(&path).unwrap();
    println!("imported: {}", imported.summary);
    c.bench_function("import PDF: ten-page résumé", |b| {
        b.iter(|| folio::import::import_file(&path).unwrap());
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).measurement_time(std::time::Duration::from_secs(5));
    targets = import
}
criterion_main!(benches);
