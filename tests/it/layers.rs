//! The layering src/lib.rs describes is the one the code has: every top-level module has a
//! layer, the one ARCHITECTURE.md and src/lib.rs place it in; a module uses only modules of
//! its own layer or below, nothing below `ui` mentions egui, and no two top-level modules use
//! each other, however indirectly. Whole files are read, test code included: a test of a low
//! module that needs a high one is a sign the code is in the wrong place.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The layer of a top-level module, lowest first, as src/lib.rs lists them.
fn layer(module: &str) -> Option<u8> {
    Some(match module {
        "model" | "palette" | "fonts" | "write" => 1,
        "load" => 2,
        "metrics" | "chart" | "document" | "impact" | "deck" | "layout" | "images" | "watch"
        | "synthetic" => 3,
        "check" | "export" | "starter" | "import" | "tailor" => 4,
        "ui" => 5,
        "render" => 6,
        "app" | "cli" => 7,
        _ => return None,
    })
}

/// The layer of a top-level module; one without a layer fails the test that asks, rather
/// than going unchecked.
fn layer_of(module: &str) -> u8 {
    layer(module).unwrap_or_else(|| panic!("{}", unplaced(module)))
}

fn unplaced(module: &str) -> String {
    format!(
        "`{module}` (src/{module}) has no layer: place it in ARCHITECTURE.md's \"Layers\", \
         src/lib.rs's list of layers and `layer()` in tests/it/layers.rs"
    )
}

/// src/lib.rs and src/main.rs: the crate's roots, above every layer rather than in one.
fn is_crate_root(file: &Path) -> bool {
    file == Path::new("src/lib.rs") || file == Path::new("src/main.rs")
}

/// Every top-level module: each folder and each `.rs` file directly under src/ but the roots.
fn top_level_modules() -> Vec<String> {
    let mut modules = Vec::new();
    for entry in std::fs::read_dir("src").unwrap() {
        let path = entry.unwrap().path();
        let is_module =
            path.is_dir() || (path.extension().is_some_and(|e| e == "rs") && !is_crate_root(&path));
        if is_module {
            modules.push(top_module(&path));
        }
    }
    modules.sort();
    modules
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a file under src/ belongs to.
fn top_module(file: &Path) -> String {
    let relative = file.strip_prefix("src").unwrap();
    relative
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy()
        .trim_end_matches(".rs")
        .to_owned()
}

fn identifier(text: &str) -> String {
    text.chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect()
}

/// The top-level modules a line names through `crate::`, grouped imports
/// (`use crate::{deck::Deck, ui::theme}`) included.
fn modules_named(line: &str) -> Vec<String> {
    let mut named = Vec::new();
    for (at, _) in line.match_indices("crate::") {
        let rest = &line[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0usize;
            let mut item_start = true;
            for (index, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        item_start = true;
                        continue;
                    }
                    c if c.is_whitespace() => continue,
                    _ => {}
                }
                if item_start && depth == 0 && (c.is_ascii_alphanumeric() || c == '_') {
                    named.push(identifier(&group[index..]));
                }
                item_start = false;
            }
        } else {
            named.push(identifier(rest));
        }
    }
    named
}

/// Every top-level module's uses of other top-level modules, each with the first place seen.
fn uses() -> BTreeMap<String, BTreeMap<String, String>> {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    files.sort();
    let mut graph: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for file in files {
        if is_crate_root(&file) {
            continue;
        }
        let top = top_module(&file);
        // A module without a layer fails here rather than going unchecked.
        layer_of(&top);
        let text = std::fs::read_to_string(&file).unwrap();
        let used_by_top = graph.entry(top.clone()).or_default();
        for (number, line) in text.lines().enumerate() {
            let line = line.trim_start();
            if line.starts_with("//") {
                continue;
            }
            for used in modules_named(line) {
                if used != top && layer(&used).is_some() {
                    used_by_top
                        .entry(used)
                        .or_insert_with(|| format!("{}:{}", file.display(), number + 1));
                }
            }
        }
    }
    graph
}

#[test]
fn modules_use_only_their_layer_and_those_below() {
    let graph = uses();
    assert!(graph.len() > 15, "the source tree was found ({graph:?})");
    let mut wrong = Vec::new();
    for (module, used) in &graph {
        let own = layer_of(module);
        for (other, place) in used {
            let theirs = layer_of(other);
            if theirs > own {
                wrong.push(format!(
                    "{place}: `{module}` (layer {own}) uses `{other}` (layer {theirs}), which is above it"
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn nothing_below_the_ui_mentions_egui() {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    let mut wrong = Vec::new();
    for file in files {
        if is_crate_root(&file) || layer_of(&top_module(&file)) >= 5 {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for (number, line) in text.lines().enumerate() {
            if !line.trim_start().starts_with("//") && line.contains("egui") {
                wrong.push(format!("{}:{}", file.display(), number + 1));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "below the UI but mentions egui:\n{}",
        wrong.join("\n")
    );
}

/// A cycle through the modules' uses, as `a -> b -> a` with the place of each use.
fn find_cycle(graph: &BTreeMap<String, BTreeMap<String, String>>) -> Option<Vec<String>> {
    fn visit(
        module: &str,
        graph: &BTreeMap<String, BTreeMap<String, String>>,
        path: &mut Vec<String>,
        done: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|m| m == module) {
            let mut cycle: Vec<String> = path[start..].to_vec();
            cycle.push(module.to_owned());
            return Some(cycle);
        }
        if done.iter().any(|m| m == module) {
            return None;
        }
        path.push(module.to_owned());
        for next in graph.get(module).into_iter().flat_map(|used| used.keys()) {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.push(module.to_owned());
        None
    }
    let mut done = Vec::new();
    graph
        .keys()
        .find_map(|module| visit(module, graph, &mut Vec::new(), &mut done))
}

#[test]
fn no_two_modules_use_each_other() {
    let graph = uses();
    if let Some(cycle) = find_cycle(&graph) {
        let places: Vec<String> = cycle
            .windows(2)
            .map(|pair| {
                format!(
                    "{} -> {} at {}",
                    pair[0], pair[1], graph[&pair[0]][&pair[1]]
                )
            })
            .collect();
        panic!("modules that use each other:\n{}", places.join("\n"));
    }
}

#[test]
fn the_cycle_finder_finds_a_cycle_and_grouped_imports() {
    let mut graph: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    graph
        .entry("a".into())
        .or_default()
        .insert("b".into(), "x".into());
    graph
        .entry("b".into())
        .or_default()
        .insert("c".into(), "y".into());
    assert_eq!(find_cycle(&graph), None);
    graph
        .entry("c".into())
        .or_default()
        .insert("a".into(), "z".into());
    assert_eq!(
        find_cycle(&graph),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
    assert_eq!(
        modules_named("use crate::{deck::{Deck, Slide}, ui::theme, model};"),
        vec!["deck", "ui", "model"]
    );
    assert_eq!(modules_named("crate::app::run(x)"), vec!["app"]);
}

/// Rooms of one concern: no file under src/ grows past 800 lines, and the app's own file
/// holds its state and the frame, no more than 500.
#[test]
fn no_file_does_too_many_jobs() {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    let mut long = Vec::new();
    for file in files {
        let lines = std::fs::read_to_string(&file).unwrap().lines().count();
        let most = if file.ends_with("app/mod.rs") {
            500
        } else {
            800
        };
        if lines > most {
            long.push(format!(
                "{}: {lines} lines (at most {most})",
                file.display()
            ));
        }
    }
    assert!(long.is_empty(), "split by concern:\n{}", long.join("\n"));
}

#[test]
fn every_top_level_module_has_a_layer() {
    let modules = top_level_modules();
    assert!(
        modules.len() > 15,
        "the source tree was found ({modules:?})"
    );
    let unknown: Vec<String> = modules
        .iter()
        .filter(|module| layer(module).is_none())
        .map(|module| unplaced(module))
        .collect();
    assert!(unknown.is_empty(), "{}", unknown.join("\n"));
}

/// The layer a numbered list of layers puts each name in: a name belongs to the first item
/// that writes it in backticks, as `name` or `name/` (a file, `name.rs`, is not the module).
/// Lines may be doc comments (`//! 1. …`); a blank line or a heading ends the list.
fn documented_layers(text: &str) -> BTreeMap<String, u8> {
    let mut layers = BTreeMap::new();
    let mut current: Option<u8> = None;
    for line in text.lines() {
        let line = line.trim_start();
        let line = line.strip_prefix("//!").unwrap_or(line).trim();
        if line.is_empty() || line.starts_with('#') {
            current = None;
            continue;
        }
        if let Some((number, _)) = line.split_once(". ")
            && let Ok(number) = number.parse::<u8>()
        {
            current = Some(number);
        }
        let Some(layer) = current else { continue };
        for (index, span) in line.split('`').enumerate() {
            let name = span.trim_end_matches('/');
            if index % 2 == 1 && !name.is_empty() && identifier(name) == name {
                layers.entry(name.to_owned()).or_insert(layer);
            }
        }
    }
    layers
}

/// ARCHITECTURE.md and src/lib.rs list every top-level module in the layer `layer()` gives
/// it: a module the map leaves out is one a reader cannot place.
#[test]
fn the_documents_place_every_module_where_the_test_does() {
    let mut wrong = Vec::new();
    for document in ["ARCHITECTURE.md", "src/lib.rs"] {
        let documented = documented_layers(&std::fs::read_to_string(document).unwrap());
        for module in top_level_modules() {
            match (documented.get(&module), layer(&module)) {
                (Some(written), Some(tested)) if *written == tested => {}
                (Some(written), Some(tested)) => wrong.push(format!(
                    "{document} puts `{module}` in layer {written}, tests/it/layers.rs in {tested}"
                )),
                (None, _) => wrong.push(format!(
                    "{document} does not place `{module}` in its list of layers"
                )),
                (Some(_), None) => wrong.push(unplaced(&module)),
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
