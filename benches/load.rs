//! Loading and checking a portfolio: the bundled one, and a generated file of about 10 MB.

// Tests and benchmarks fail by panicking; the crate-wide ban on unwrap/expect is for app code.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use criterion::{Criterion, criterion_group, criterion_main};
use folio::load;

fn loading(c: &mut Criterion) {
    c.bench_function("load + check: bundled portfolio", |b| {
        b.iter(|| folio::check::checked(load::load_str(load::BUNDLED, "portfolio.ron", None)));
    });
    let big = folio::synthetic::portfolio(14_000, 3_000);
    println!("generated file: {:.1} MB", big.len() as f64 / 1e6);
    c.bench_function("load + check: generated ~10 MB", |b| {
        b.iter(|| folio::check::checked(load::load_str(&big, "generated.ron", None)));
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).measurement_time(std::time::Duration::from_secs(5));
    targets = loading
}
criterion_main!(benches);
