//! Load, validate and analyse arbitrary bytes: nothing may panic, and every error about the
//! text must name a position in it.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    match folio::load::load_bytes(bytes, "fuzz.ron", None) {
        Ok(loaded) => {
            for (_, metric) in loaded.portfolio.all_metrics() {
                let analysis = folio::metrics::analyse(metric);
                if let folio::metrics::AnalysisKind::Change(change) = &analysis.kind {
                    let _ = change.change_text();
                    let _ = change.factor_text();
                    let _ = change.sentence(&analysis.label);
                }
            }
            let document = folio::document::Document::new(loaded.portfolio);
            let _ = document.outline.len();
            for diagnostic in &loaded.diagnostics {
                let _ = diagnostic.to_string();
            }
        }
        Err(error) => {
            for diagnostic in &error.diagnostics {
                assert!(
                    diagnostic.position.is_some() || diagnostic.whole_file,
                    "an error without a position: {diagnostic}"
                );
                let _ = diagnostic.to_string();
            }
        }
    }
});
