//! The layering src/lib.rs describes is the one the code has: every top-level module has a
//! layer, the one ARCHITECTURE.md and src/lib.rs place it in; a module uses only modules of
//! its own layer or below, nothing below `ui` mentions egui, no two top-level modules use
//! each other, however indirectly, and no two files of one module do either. Whole files are
//! read, test code included: a test of a low module that needs a high one is a sign the code
//! is in the wrong place.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layer of a top-level module, lowest first, as src/lib.rs lists them.
fn layer(module: &str) -> Option<u8> {
    Some(match module {
        "model" | "palette" | "fonts" | "write" => 1,
        "load" => 2,
        "metrics" | "chart" | "document" | "impact" | "deck" | "layout" | "images" | "watch"
        | "synthetic" | "audience" => 3,
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

/// A piece of Rust source, as far as paths and the nesting of modules need it.
#[derive(Clone, Debug, PartialEq)]
enum Piece {
    /// An identifier, a keyword or a number.
    Word(String),
    /// `::`
    PathSep,
    /// A string literal's text (`#[path = "…"]` names a module's file with one).
    Text(String),
    /// Any other character: `{`, `}`, `;`, `#`, `*`, …
    Punct(char),
}

/// `text` as pieces, each with its line. Comments and character literals are dropped and
/// strings kept whole, so that a `{` in a format string opens no block and a `super::` in
/// a doc comment is no use.
fn pieces(text: &str) -> Vec<(Piece, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let char_at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    let mut out = Vec::new();
    let mut line = 1;
    let mut at = 0;
    while at < chars.len() {
        let c = chars[at];
        let start = line;
        if c == '\n' {
            line += 1;
            at += 1;
        } else if c.is_whitespace() {
            at += 1;
        } else if c == '/' && char_at(at + 1) == '/' {
            while at < chars.len() && chars[at] != '\n' {
                at += 1;
            }
        } else if c == '/' && char_at(at + 1) == '*' {
            let mut depth = 0;
            while at < chars.len() {
                if chars[at] == '/' && char_at(at + 1) == '*' {
                    depth += 1;
                    at += 2;
                } else if chars[at] == '*' && char_at(at + 1) == '/' {
                    depth -= 1;
                    at += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    line += usize::from(chars[at] == '\n');
                    at += 1;
                }
            }
        } else if c == '"' {
            let (text, end) = string(&chars, at + 1, None);
            line += text.matches('\n').count();
            out.push((Piece::Text(text), start));
            at = end;
        } else if c == '\'' {
            at = if char_at(at + 1) == '\\' {
                // '\n', '\'', '\u{1F600}': past the escaped character to the closing quote.
                let mut end = at + 3;
                while end < chars.len() && chars[end] != '\'' {
                    end += 1;
                }
                end + 1
            } else if char_at(at + 2) == '\'' {
                at + 3
            } else {
                // A lifetime or a label: its name reads as a word, which names no module.
                at + 1
            };
        } else if c == ':' && char_at(at + 1) == ':' {
            out.push((Piece::PathSep, start));
            at += 2;
        } else if c.is_alphanumeric() || c == '_' {
            let begin = at;
            while at < chars.len() && (chars[at].is_alphanumeric() || chars[at] == '_') {
                at += 1;
            }
            let word: String = chars[begin..at].iter().collect();
            let next = char_at(at);
            let hashes = chars[at..].iter().take_while(|c| **c == '#').count();
            if matches!(word.as_str(), "r" | "br" | "cr") && char_at(at + hashes) == '"' {
                let (text, end) = string(&chars, at + hashes + 1, Some(hashes));
                line += text.matches('\n').count();
                out.push((Piece::Text(text), start));
                at = end;
            } else if matches!(word.as_str(), "b" | "c") && next == '"' {
                let (text, end) = string(&chars, at + 1, None);
                line += text.matches('\n').count();
                out.push((Piece::Text(text), start));
                at = end;
            } else if word == "b" && next == '\'' {
                // A byte literal: the quote is read as a character literal's.
            } else if word == "r" && next == '#' {
                // A raw identifier, `r#type`: the word after the hash.
                at += 1;
            } else {
                out.push((Piece::Word(word), start));
            }
        } else {
            out.push((Piece::Punct(c), start));
            at += 1;
        }
    }
    out
}

/// The text of a string literal that starts at `from` (after its opening quote), and where
/// the literal ends: at an unescaped `"`, or for a raw string at `"` and its `hashes`.
fn string(chars: &[char], from: usize, hashes: Option<usize>) -> (String, usize) {
    let mut at = from;
    let mut text = String::new();
    while let Some(&c) = chars.get(at) {
        match hashes {
            None if c == '\\' => {
                text.extend(chars.get(at..at + 2).unwrap_or_default());
                at += 2;
                continue;
            }
            None if c == '"' => return (text, at + 1),
            Some(n)
                if c == '"'
                    && chars
                        .get(at + 1..at + 1 + n)
                        .is_some_and(|h| h.iter().all(|c| *c == '#')) =>
            {
                return (text, at + 1 + n);
            }
            _ => {}
        }
        text.push(c);
        at += 1;
    }
    (text, at)
}

/// The module path a file under src/ is by where it lies: `["deck", "build"]`, a folder's
/// `mod.rs` the folder's module (`#[path]` attributes are applied later).
fn module_path(file: &Path) -> Vec<String> {
    let relative = file.strip_prefix("src").unwrap();
    let mut path: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if path.last().is_some_and(|last| last == "mod.rs") {
        path.pop();
    } else if let Some(last) = path.last_mut() {
        *last = last.trim_end_matches(".rs").to_owned();
    }
    path
}

/// What one file says about modules: the paths it names (absolute, with their lines), the
/// names its own `use`s bind at its top (for re-exports through a folder's `mod.rs`), and
/// the modules it declares with `#[path = "…"]`.
#[derive(Default)]
struct Said {
    named: Vec<(Vec<String>, usize)>,
    bound: BTreeMap<String, Vec<String>>,
    at_paths: Vec<(String, Vec<String>)>,
}

/// The leaves of the `use` tree at `pieces[*at..]`, each a path from `prefix`, the name it
/// binds (none for a glob) and its line.
fn use_tree(
    pieces: &[(Piece, usize)],
    at: &mut usize,
    prefix: &[String],
    out: &mut Vec<(Vec<String>, Option<String>, usize)>,
) {
    match pieces.get(*at).map(|(piece, _)| piece) {
        Some(Piece::Punct('{')) => {
            *at += 1;
            while let Some((piece, _)) = pieces.get(*at) {
                match piece {
                    Piece::Punct('}') => {
                        *at += 1;
                        break;
                    }
                    Piece::Punct(',') => *at += 1,
                    _ => {
                        let before = *at;
                        use_tree(pieces, at, prefix, out);
                        *at = (*at).max(before + 1);
                    }
                }
            }
        }
        Some(Piece::Punct('*')) => {
            let line = pieces.get(*at).map_or(0, |(_, line)| *line);
            *at += 1;
            out.push((prefix.to_vec(), None, line));
        }
        Some(Piece::PathSep) => {
            *at += 1;
            use_tree(pieces, at, prefix, out);
        }
        Some(Piece::Word(word)) => {
            let line = pieces.get(*at).map_or(0, |(_, line)| *line);
            *at += 1;
            let mut path = prefix.to_vec();
            if word != "self" {
                path.push(word.clone());
            }
            if pieces.get(*at).is_some_and(|(p, _)| *p == Piece::PathSep) {
                *at += 1;
                use_tree(pieces, at, &path, out);
                return;
            }
            let mut name = path.last().cloned();
            if pieces
                .get(*at)
                .is_some_and(|(p, _)| *p == Piece::Word("as".into()))
            {
                if let Some((Piece::Word(alias), _)) = pieces.get(*at + 1) {
                    name = Some(alias.clone());
                }
                *at += 2;
            }
            out.push((path, name, line));
        }
        _ => *at += 1,
    }
}

/// `path` as written in module `current` made absolute (without `crate`), if it starts in
/// this crate: at `crate`, `super` or `self`, or, in a `use`, at a module `current` holds.
fn absolute(
    path: &[String],
    current: &[String],
    in_use: bool,
    modules: &BTreeSet<Vec<String>>,
) -> Option<Vec<String>> {
    let first = path.first()?;
    let (mut base, rest) = match first.as_str() {
        "crate" => (Vec::new(), path.get(1..)?),
        "self" => (current.to_vec(), path.get(1..)?),
        "super" => {
            let supers = path.iter().take_while(|s| *s == "super").count();
            let base = current.get(..current.len().checked_sub(supers)?)?.to_vec();
            (base, path.get(supers..)?)
        }
        _ if in_use => {
            let mut child = current.to_vec();
            child.push(first.clone());
            if !modules.contains(&child) {
                return None; // another crate's path: `std::…`, `ron::…`
            }
            (current.to_vec(), path)
        }
        _ => return None,
    };
    base.extend(rest.iter().cloned());
    Some(base)
}

/// What the file at module `module` says about modules, `modules` being every file's module.
fn said(module: &[String], pieces: &[(Piece, usize)], modules: &BTreeSet<Vec<String>>) -> Said {
    let mut said = Said::default();
    // Inline modules (`mod tests { … }`) open, with the brace depth each closes at.
    let mut inline: Vec<(String, usize)> = Vec::new();
    let mut depth = 0;
    let mut at_path: Option<String> = None;
    let word = |i: usize| match pieces.get(i) {
        Some((Piece::Word(w), _)) => Some(w.as_str()),
        _ => None,
    };
    let mut at = 0;
    while let Some((piece, line)) = pieces.get(at) {
        let line = *line;
        let current: Vec<String> = module
            .iter()
            .cloned()
            .chain(inline.iter().map(|(name, _)| name.clone()))
            .collect();
        match piece {
            Piece::Punct('{') => depth += 1,
            Piece::Punct('}') => {
                depth -= 1;
                if inline.last().is_some_and(|(_, closes)| *closes == depth) {
                    inline.pop();
                }
            }
            Piece::Punct('#')
                if word(at + 2) == Some("path")
                    && pieces
                        .get(at + 1)
                        .is_some_and(|(p, _)| *p == Piece::Punct('[')) =>
            {
                if let Some((Piece::Text(file), _)) = pieces.get(at + 4) {
                    at_path = Some(file.clone());
                }
            }
            Piece::Word(w) if w == "mod" => {
                if let Some(name) = word(at + 1) {
                    match pieces.get(at + 2).map(|(p, _)| p) {
                        Some(Piece::Punct('{')) => {
                            at_path = None;
                            inline.push((name.to_owned(), depth));
                            depth += 1;
                            at += 3;
                            continue;
                        }
                        Some(Piece::Punct(';')) => {
                            if let Some(file) = at_path.take() {
                                let mut child = current.clone();
                                child.push(name.to_owned());
                                said.at_paths.push((file, child));
                            }
                        }
                        _ => {}
                    }
                }
            }
            // `use<'a>` in a return type captures lifetimes; it imports nothing.
            Piece::Word(w)
                if w == "use"
                    && !pieces
                        .get(at + 1)
                        .is_some_and(|(p, _)| *p == Piece::Punct('<')) =>
            {
                at += 1;
                let mut leaves = Vec::new();
                while pieces.get(at).is_some_and(|(p, _)| *p != Piece::Punct(';')) {
                    use_tree(pieces, &mut at, &[], &mut leaves);
                }
                for (path, name, line) in leaves {
                    if let Some(path) = absolute(&path, &current, true, modules) {
                        if let Some(name) = name.filter(|_| inline.is_empty()) {
                            said.bound.insert(name, path.clone());
                        }
                        said.named.push((path, line));
                    }
                }
                continue;
            }
            Piece::Word(w)
                if matches!(w.as_str(), "crate" | "super" | "self")
                    && pieces
                        .get(at + 1)
                        .is_some_and(|(p, _)| *p == Piece::PathSep)
                    && (at == 0
                        || pieces
                            .get(at - 1)
                            .is_some_and(|(p, _)| *p != Piece::PathSep)) =>
            {
                let mut path = vec![w.clone()];
                let mut next = at + 1;
                while pieces.get(next).is_some_and(|(p, _)| *p == Piece::PathSep)
                    && let Some(segment) = word(next + 1)
                {
                    path.push(segment.to_owned());
                    next += 2;
                }
                if let Some(path) = absolute(&path, &current, false, modules) {
                    said.named.push((path, line));
                }
                at = next;
                continue;
            }
            _ => {}
        }
        at += 1;
    }
    said
}

/// Which part of a module uses which other part beside it, with the first place seen. The
/// parts of a module are its children, each a file with whatever it declares in turn:
/// `deck/build.rs`, `export/pdf/` (its `mod.rs` and the files under it), `import/cv_page.rs`
/// with its tests in `cv_page_tests.rs`. A module and its own children are one unit and
/// not compared (the children use what it defines, it declares and re-exports them); a
/// path through a `mod.rs` above to what it re-exports counts as a use of the file that
/// defines it. A glob (`use super::*`) names no sibling and is not followed.
fn file_uses(files: &[(PathBuf, String)]) -> BTreeMap<String, BTreeMap<String, String>> {
    let sources: Vec<(String, Vec<(Piece, usize)>)> = files
        .iter()
        .map(|(file, text)| (file.display().to_string(), pieces(text)))
        .collect();
    let mut modules: Vec<Vec<String>> = files.iter().map(|(f, _)| module_path(f)).collect();
    // A file `#[path = "…"]` names is the declaring module's child, wherever it lies.
    let known: BTreeSet<Vec<String>> = modules.iter().cloned().collect();
    for (index, (file, _)) in files.iter().enumerate() {
        let declared = said(&modules[index], &sources[index].1, &known).at_paths;
        for (relative, module) in declared {
            let target = file.parent().unwrap().join(relative);
            if let Some(other) = files.iter().position(|(f, _)| *f == target) {
                modules[other] = module;
            }
        }
    }
    let known: BTreeSet<Vec<String>> = modules.iter().cloned().collect();
    let said: Vec<Said> = (0..files.len())
        .map(|index| said(&modules[index], &sources[index].1, &known))
        .collect();
    let file_of = |module: &[String]| modules.iter().position(|m| m == module);
    let mut graph: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for (index, (name, _)) in sources.iter().enumerate() {
        let own = &modules[index];
        for (path, line) in &said[index].named {
            // The file that defines what `path` names: the longest module it starts with,
            // followed through what an enclosing module (a `mod.rs` above) re-exports.
            let mut path = path.clone();
            let mut target = None;
            for _ in 0..8 {
                let Some(length) = (1..=path.len())
                    .rev()
                    .find(|n| file_of(&path[..*n]).is_some())
                else {
                    break;
                };
                let file = file_of(&path[..length]).unwrap();
                target = Some(file);
                let encloses = own.starts_with(&modules[file]) && own.len() > modules[file].len();
                match path.get(length).and_then(|next| said[file].bound.get(next)) {
                    Some(bound) if encloses && *bound != path[..=length] => {
                        path = bound.iter().chain(&path[length + 1..]).cloned().collect();
                    }
                    _ => break,
                }
            }
            let Some(target) = target else { continue };
            let theirs = &modules[target];
            // The two parts side by side under the deepest module holding both files.
            let common = own.iter().zip(theirs).take_while(|(a, b)| a == b).count();
            if common == 0 || common == own.len() || common == theirs.len() {
                continue; // another top-level module, or a module and its own child
            }
            let part = |module: &[String]| {
                let part = &module[..=common];
                file_of(part).map_or_else(
                    || format!("src/{}", part.join("/")),
                    |file| sources[file].0.clone(),
                )
            };
            graph
                .entry(part(own))
                .or_default()
                .entry(part(theirs))
                .or_insert_with(|| format!("{name}:{line}"));
        }
    }
    graph
}

/// The cycles among the files of each top-level module, one per module, as
/// `a -> b at place` lines.
fn file_cycles(graph: &BTreeMap<String, BTreeMap<String, String>>) -> Vec<String> {
    let top = |file: &str| top_module(Path::new(file));
    let tops: BTreeSet<String> = graph.keys().map(|file| top(file)).collect();
    let mut found = Vec::new();
    for module in tops {
        let within: BTreeMap<String, BTreeMap<String, String>> = graph
            .iter()
            .filter(|(file, _)| top(file) == module)
            .map(|(file, used)| (file.clone(), used.clone()))
            .collect();
        if let Some(cycle) = find_cycle(&within) {
            let places: Vec<String> = cycle
                .windows(2)
                .map(|pair| {
                    let place = &within[&pair[0]][&pair[1]];
                    format!("  {} -> {} at {place}", pair[0], pair[1])
                })
                .collect();
            found.push(format!("in `{module}`:\n{}", places.join("\n")));
        }
    }
    found
}

/// No two files of one module use each other, however indirectly: what both need lives in
/// a third file they both use, so each file can be read knowing only those below it.
#[test]
fn no_two_files_of_a_module_use_each_other() {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    files.sort();
    let files: Vec<(PathBuf, String)> = files
        .into_iter()
        .map(|file| {
            let text = std::fs::read_to_string(&file).unwrap();
            (file, text)
        })
        .collect();
    let graph = file_uses(&files);
    assert!(
        graph.len() > 20,
        "the files' uses were found ({} files use a sibling)",
        graph.len()
    );
    let cycles = file_cycles(&graph);
    assert!(
        cycles.is_empty(),
        "files that use each other (move what both use into a third file):\n{}",
        cycles.join("\n")
    );
}

#[test]
fn the_file_cycle_finder_reads_paths_as_rust_does() {
    let file = |path: &str, text: &str| (PathBuf::from(path), text.to_owned());
    let files = vec![
        file(
            "src/deck/mod.rs",
            "mod a;\nmod b;\nmod c;\npub use a::A;\n#[cfg(test)]\nmod tests { use super::*; }",
        ),
        file(
            "src/deck/a.rs",
            "use super::{\n    c::{self, Helper},\n    Deck,\n};\npub struct A;",
        ),
        // Through the re-export in mod.rs, `super::A` is a.rs's.
        file(
            "src/deck/b.rs",
            "pub fn b() -> super::A { let _ = \"super::c\"; super::A }",
        ),
        // In a string, a comment or its own tests, `super::` names no sibling.
        file(
            "src/deck/c.rs",
            "// super::a::A\nfn f() { let _ = '{'; let _ = r#\"super::b\"#; }\n\
             #[cfg(test)]\nmod tests {\n    use super::*;\n    fn g() { super::f() }\n}",
        ),
        file(
            "src/deck/c_tests.rs",
            "use super::*;\nuse crate::deck::b::b;",
        ),
        file("src/other.rs", "use crate::deck::a::A;"),
    ];
    let mut graph = file_uses(&files);
    let edges = |graph: &BTreeMap<String, BTreeMap<String, String>>| -> Vec<String> {
        graph
            .iter()
            .flat_map(|(from, to)| {
                to.iter()
                    .map(move |(to, at)| format!("{from} -> {to} at {at}"))
            })
            .collect()
    };
    assert_eq!(
        edges(&graph),
        vec![
            "src/deck/a.rs -> src/deck/c.rs at src/deck/a.rs:2",
            "src/deck/b.rs -> src/deck/a.rs at src/deck/b.rs:1",
            "src/deck/c_tests.rs -> src/deck/b.rs at src/deck/c_tests.rs:2",
        ]
    );
    assert!(file_cycles(&graph).is_empty());
    // c.rs's tests in a file of their own are c.rs's child, and using b from there...
    let mut with_path = files.clone();
    with_path[3]
        .1
        .push_str("\n#[cfg(test)]\n#[path = \"c_tests.rs\"]\nmod more_tests;");
    graph = file_uses(&with_path);
    // ... closes a circle a -> c -> b -> a, reported with the place of each use.
    assert_eq!(
        file_cycles(&graph),
        vec![
            "in `deck`:\n  src/deck/a.rs -> src/deck/c.rs at src/deck/a.rs:2\n  \
             src/deck/c.rs -> src/deck/b.rs at src/deck/c_tests.rs:2\n  \
             src/deck/b.rs -> src/deck/a.rs at src/deck/b.rs:1"
        ]
    );
}
