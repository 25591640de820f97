//! The layering src/lib.rs describes is the one the code has: a module uses only modules of
//! its own layer or below, and nothing below `ui` mentions egui. Test code is exempt (it may
//! load a fixture from anywhere).

use std::path::Path;

/// The layer of a top-level module, lowest first, as src/lib.rs lists them.
fn layer(module: &str) -> Option<u8> {
    Some(match module {
        "model" | "palette" | "fonts" => 1,
        "load" => 2,
        "metrics" | "chart" | "document" | "impact" | "deck" | "images" | "watch" | "synthetic" => {
            3
        }
        "check" | "export" | "starter" | "import" => 4,
        "ui" => 5,
        "app" | "cli" => 6,
        _ => return None,
    })
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn modules_use_only_their_layer_and_those_below() {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    let mut checked = 0;
    for file in files {
        let relative = file.strip_prefix("src").unwrap();
        let top = relative
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_owned();
        let Some(own) = layer(&top) else {
            continue; // lib.rs, main.rs
        };
        checked += 1;
        let text = std::fs::read_to_string(&file).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap();
        for (number, line) in code.lines().enumerate() {
            let line = line.trim_start();
            if line.starts_with("//") {
                continue;
            }
            for (at, _) in line.match_indices("crate::") {
                let used: String = line[at + 7..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if let Some(theirs) = layer(&used) {
                    assert!(
                        theirs <= own,
                        "{}:{}: `{top}` (layer {own}) uses `{used}` (layer {theirs}), which is above it",
                        file.display(),
                        number + 1
                    );
                }
            }
            if own < 5 {
                assert!(
                    !line.contains("egui"),
                    "{}:{}: `{top}` is below the UI but mentions egui",
                    file.display(),
                    number + 1
                );
            }
        }
    }
    assert!(checked > 20, "the source tree was found ({checked} files)");
}
