//! The layer order written in src/lib.rs, kept: every `crate::` path in src/ (and every
//! top-level `use super::`) may point only at its own layer or one below it.

use std::fs;
use std::path::Path;

/// Module paths and their layers, most specific first: 0 tools, 1 rules, 2 effects,
/// 3 stages, 4 view. A module not listed fails the test, so a new one is placed on purpose.
const LAYERS: [(&str, usize); 20] = [
    ("tools", 0),
    ("packed", 0),
    ("safe_url", 1),
    ("i18n", 1),
    ("directory", 1),
    ("guidance", 1),
    ("config", 1),
    ("fetch_origin", 1),
    ("theme_check", 1),
    ("checker", 1),
    ("exit::shortcut", 1),
    ("exit::destination", 1),
    ("browser", 2),
    ("exit::armed", 3),
    ("exit::keyboard", 3),
    ("exit::sequence", 3),
    ("exit::stealth", 3),
    ("element::armed", 3),
    ("element::mounted", 4),
    ("components", 4),
];

/// Modules that declare children of several layers (and, for `exit`, hold the pure `State`):
/// each at the lowest layer of what it holds, so that a path to one of them points no higher.
const DECLARING: [(&str, usize); 2] = [("exit", 1), ("element", 3)];

const NAMES: [&str; 5] = ["tools", "rules", "effects", "stages", "view"];

fn layer_of(module: &str) -> Option<usize> {
    let within = |prefix: &str| module == prefix || module.starts_with(&format!("{prefix}::"));
    LAYERS.iter().chain(&DECLARING).find(|(prefix, _)| within(prefix)).map(|&(_, layer)| layer)
}

/// The module a file under src/ defines: `src/exit/armed.rs` is `exit::armed`.
fn module_of(file: &Path) -> String {
    let relative = file.strip_prefix("src").unwrap().with_extension("");
    let parts: Vec<String> = relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    let parts = match parts.last().map(String::as_str) {
        Some("mod") => &parts[..parts.len() - 1],
        _ => &parts[..],
    };
    parts.join("::")
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module paths a line names: `crate::a::b` (in a `use` or inline) and, for a
/// top-level `use super::`, the sibling it names.
fn targets(line: &str, module: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find("crate::") {
        let tail = &rest[at + "crate::".len()..];
        let end = tail.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':')).unwrap_or(tail.len());
        found.push(tail[..end].trim_end_matches(':').to_string());
        rest = &tail[end..];
    }
    if let Some(tail) = line.strip_prefix("use super::") {
        let parent = module.rsplit_once("::").map_or("", |(parent, _)| parent);
        let end = tail.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':')).unwrap_or(tail.len());
        let named = tail[..end].trim_end_matches(':');
        if !parent.is_empty() && !named.is_empty() {
            found.push(format!("{parent}::{named}"));
        }
    }
    found
}

/// Every import that points up a layer, as `file:line: from (layer) -> to (layer)`.
fn upward_imports(files: &[(String, String)]) -> Vec<String> {
    let mut wrong = Vec::new();
    for (file, text) in files {
        let module = module_of(Path::new(file));
        if module == "lib" || module.starts_with("bin::") {
            continue;
        }
        let from =
            layer_of(&module).unwrap_or_else(|| panic!("{file}: module {module} has no layer in tests/layers.rs"));
        for (number, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            for target in targets(line, &module) {
                let Some(to) = layer_of(&target) else { continue };
                if to > from {
                    wrong.push(format!(
                        "{file}:{}: {module} ({}) imports {target} ({})",
                        number + 1,
                        NAMES[from],
                        NAMES[to]
                    ));
                }
            }
        }
    }
    wrong
}

fn sources() -> Vec<(String, String)> {
    let mut paths = Vec::new();
    rust_files(Path::new("src"), &mut paths);
    paths.sort();
    paths.into_iter().map(|p| (p.to_string_lossy().into_owned(), fs::read_to_string(&p).unwrap())).collect()
}

#[test]
fn no_import_points_up_a_layer() {
    let wrong = upward_imports(&sources());
    assert!(wrong.is_empty(), "imports that point up a layer (see src/lib.rs):\n{}", wrong.join("\n"));
}

#[test]
fn an_upward_import_is_caught() {
    let mut files = sources();
    let (_, text) = files.iter_mut().find(|(file, _)| file.ends_with("tools/text.rs")).unwrap();
    text.push_str("\nuse crate::i18n::Lang;\n");
    let wrong = upward_imports(&files);
    assert_eq!(wrong.len(), 1, "{wrong:?}");
    assert!(wrong[0].contains("tools::text (tools) imports i18n::Lang (rules)"), "{wrong:?}");
}

/// rustfmt sorts the `use` lines; this keeps their groups in the order of the layers they
/// reach: the module's own (`super::`), then the crate's, then std's and other crates'.
#[test]
fn use_lines_go_from_near_to_far() {
    for (file, text) in sources() {
        let group = |line: &&str| match line {
            l if l.starts_with("use super::") => 0,
            l if l.starts_with("use crate::") => 1,
            _ => 2,
        };
        let groups: Vec<u8> = text.lines().filter(|l| l.starts_with("use ")).map(|l| group(&l)).collect();
        assert!(groups.is_sorted(), "{file}: top-level `use` lines go super::, then crate::, then the rest");
    }
}
