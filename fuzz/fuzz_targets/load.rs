//! Load, check, analyse and lay out as slides arbitrary bytes, and import them as a JSON
//! Resume and as a Markdown page: nothing may panic, every diagnostic must name a position in
//! the text unless it is about the file as a whole, and an import's output must load.
#![no_main]

use libfuzzer_sys::fuzz_target;

fn import(text: &str, extension: &str) {
    match folio::import::import_str(text, "fuzz", Some(extension)) {
        Ok(imported) => {
            let loaded = folio::check::checked(folio::load::load_str(&imported.ron, "out.ron", None))
                .unwrap_or_else(|error| panic!("an import that does not load: {error}"));
            assert_eq!(loaded.error_count(), 0, "an import with errors:\n{}", imported.ron);
        }
        Err(folio::import::ImportError::Invalid(diagnostic)) => {
            assert!(
                diagnostic.position.is_some() || diagnostic.whole_file,
                "an import error without a position: {diagnostic}"
            );
        }
        Err(other) => panic!("{other}"),
    }
}

fuzz_target!(|bytes: &[u8]| {
    if let Ok(text) = std::str::from_utf8(bytes) {
        import(text, "json");
        import(text, "md");
    }
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
