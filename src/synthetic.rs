//! Deterministic, generated portfolios for benchmarks and tests: a person with a long career
//! (hundreds of case studies and jobs), without committing a large file.

use std::fmt::Write;

/// A portfolio with `cases` case studies (three figures each) and `jobs` positions (three
/// bullets each), as RON text. The same arguments always give the same text.
pub fn portfolio(cases: usize, jobs: usize) -> String {
    let mut rng = Lcg(0x5eed);
    let mut out = String::from(
        "(\n    person: (name: \"Generated Engineer\", headline: \"Staff Engineer\", \
         summary: [\"A long career, generated for benchmarks.\"]),\n    case_studies: [\n",
    );
    for i in 0..cases {
        let before = 100 + rng.next() % 900;
        let after = 1 + rng.next() % before;
        let _ = writeln!(
            out,
            "        (id: \"case-{i}\", title: \"Case study {i}: making service {i} faster\", \
             organisation: \"Company {}\", problem: \"Service {i} answered in {before} ms under \
             load, and its callers timed out.\", approach: \"Cached, batched and removed N+1 \
             queries in service {i}; moved background work off the request path.\", outcome: \
             \"Service {i} answers in {after} ms.\", tags: [\"performance\", \"tag-{}\"], metrics: [\
             Change(label: \"Latency of service {i}\", before: \"{before} ms\", after: \"{after} ms\"), \
             Relative(label: \"Cost of service {i}\", change: \"-{}%\"), \
             Figure(label: \"Requests a day\", value: \"{}K\")]),",
            i % 17,
            i % 13,
            1 + rng.next() % 60,
            1 + rng.next() % 900,
        );
    }
    out.push_str("    ],\n    experience: [\n");
    for j in 0..jobs {
        let year = 2024 - (j % 30) as i32;
        let _ = writeln!(
            out,
            "        (role: \"Engineer {j}\", organisation: \"Company {j}\", location: \"City {}\", \
             start: \"{}-01\", end: \"{year}-12\", highlights: [\
             (text: \"Built system {j} that serves {} users.\"), \
             (text: \"Cut the cost of system {j} by {}%.\", metrics: [Relative(label: \"Cost\", change: \"-{}%\")]), \
             (text: \"Mentored {} engineers.\")], tags: [\"Rust\", \"Go\"]),",
            j % 40,
            year - 1,
            1 + rng.next() % 100_000,
            1 + rng.next() % 50,
            1 + rng.next() % 50,
            1 + rng.next() % 9,
        );
    }
    out.push_str("    ],\n)\n");
    out
}

/// A tiny linear congruential generator: deterministic without a dependency.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_portfolios_load_and_are_deterministic() {
        let text = portfolio(20, 10);
        assert_eq!(text, portfolio(20, 10));
        let loaded = crate::load::load_str(&text, "generated.ron", None).expect("loads");
        assert_eq!(loaded.portfolio.case_studies.len(), 20);
        assert_eq!(loaded.portfolio.experience.len(), 10);
        assert_eq!(loaded.error_count(), 0, "{:?}", loaded.diagnostics);
    }
}
