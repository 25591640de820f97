//! `folio tailor` on the bundled portfolio and a two-page posting (`long.md`, 620 words):
//! reading the posting, matching every requirement, ranking and fitting the talk.
//! Budget (issue 23, docs/performance.md): under 50 ms. The baseline, measured in the same
//! run on this shared machine, is what every tailoring pays anyway: building the document
//! (metrics, the deck) from the eight-case-study portfolio (issue 32).

// Tests and benchmarks fail by panicking; the crate-wide ban on unwrap/expect is for app code.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use criterion::{Criterion, criterion_group, criterion_main};
use folio::document::Document;
use folio::load;
use folio::model::YearMonth;
use folio::tailor::{posting, tailor};

fn tailoring(c: &mut Criterion) {
    let portfolio = load::load_bundled().unwrap().portfolio;
    let mobile = load::load(std::path::Path::new("tests/fixtures/mobile-ml.ron"))
        .unwrap()
        .portfolio;
    let long = std::fs::read("tests/fixtures/postings/long.md").unwrap();
    let today = YearMonth {
        year: 2026,
        month: Some(11),
    };
    c.bench_function("baseline: mobile-ml document alone", |b| {
        b.iter(|| Document::new(mobile.clone()));
    });
    c.bench_function("tailor: bundled, two-page posting", |b| {
        b.iter(|| {
            let document = Document::new(portfolio.clone());
            let requirements = posting::read(&long).unwrap();
            tailor(&document, requirements, today)
        });
    });
    c.bench_function(
        "tailor: mobile-ml (8 case studies, 25 min), two-page posting",
        |b| {
            b.iter(|| {
                let document = Document::new(mobile.clone());
                let requirements = posting::read(&long).unwrap();
                tailor(&document, requirements, today)
            });
        },
    );
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).measurement_time(std::time::Duration::from_secs(5));
    targets = tailoring
}
criterion_main!(benches);
