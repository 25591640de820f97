//! Load, check, analyse and lay out as slides arbitrary bytes: nothing may panic, and every
//! diagnostic must name a position in the text unless it is about the file as a whole.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    match folio::check::checked(folio::load::load_bytes(bytes, "fuzz.ron", None)) {
        Ok(loaded) => {
            for diagnostic in &loaded.diagnostics {
                assert!(
                    diagnostic.position.is_some(),
                    "a finding without a position: {diagnostic}"
                );
                let _ = diagnostic.to_string();
            }
            for (_, metric) in loaded.portfolio.all_metrics() {
                let analysis = folio::metrics::analyse(metric);
                if let folio::metrics::AnalysisKind::Change(change) = &analysis.kind {
                    let _ = change.change_text();
                    let _ = change.factor_text();
                    let _ = change.sentence(&analysis.label);
                }
            }
            let deck = folio::deck::Deck::new(&loaded.portfolio);
            let _ = deck.search("latency");
            let document = folio::document::Document::new(loaded.portfolio);
            let _ = document.outline.len();
            let _ = folio::impact::rows(&document, |_| true, folio::impact::ImpactOrder::default());
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
