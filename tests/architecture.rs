//! The pipeline you can see in the folder names stays a pipeline: no two
//! modules use each other, directly or through others. A module may use its
//! own ancestors' items (`super::`), which is how a folder's files share its
//! types; any other circle fails here, naming its modules.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

type Module = Vec<String>;

/// Every module of `src/`, by path (`content::project`), with its source.
fn modules() -> BTreeMap<Module, String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut modules = BTreeMap::new();
    collect(&src, &src, &mut modules);
    modules
}

fn collect(src: &Path, dir: &Path, modules: &mut BTreeMap<Module, String>) {
    for entry in fs::read_dir(dir).expect("a readable src folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            collect(src, &path, modules);
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let rel = path
            .strip_prefix(src)
            .expect("inside src")
            .with_extension("");
        let mut module: Module = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        if module.last().is_some_and(|m| m == "mod") {
            module.pop();
        }
        if module == ["lib"] || module == ["main"] {
            module.clear();
        }
        let text = fs::read_to_string(&path).expect("a readable source file");
        modules.insert(module, text);
    }
}

/// The source without comments and without its unit tests.
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or(text);
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `a::{b, c::{d, e}}` as `a::b`, `a::c::d`, `a::c::e`.
fn expand(path: &str) -> Vec<String> {
    let path: String = path.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(open) = path.find('{').filter(|_| path.ends_with('}')) else {
        return vec![path.split(" as ").next().unwrap_or(&path).to_string()];
    };
    let (prefix, inner) = (&path[..open], &path[open + 1..path.len() - 1]);
    let mut items = Vec::new();
    let (mut depth, mut current) = (0, String::new());
    for c in inner.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(std::mem::take(&mut current));
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    items.push(current);
    items
        .into_iter()
        .filter(|i| !i.is_empty())
        .flat_map(|i| {
            if i == "self" {
                vec![prefix.trim_end_matches(':').to_string()]
            } else {
                expand(&format!("{prefix}{i}"))
            }
        })
        .collect()
}

/// The modules `module` uses, by the longest module path each use names.
fn uses(module: &Module, text: &str, all: &BTreeMap<Module, String>) -> BTreeSet<Module> {
    let code = code(text);
    let mut paths = Vec::new();
    // `use` declarations start a line; a `use` in a string or a comment does not.
    let lines: Vec<&str> = code.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].trim_start();
        let declaration = ["use ", "pub use ", "pub(crate) use ", "pub(super) use "]
            .iter()
            .find_map(|p| line.strip_prefix(p));
        if let Some(start) = declaration {
            let mut whole = start.to_string();
            while !whole.contains(';') && i + 1 < lines.len() {
                i += 1;
                whole.push_str(lines[i]);
            }
            paths.extend(expand(whole.split(';').next().unwrap_or("")));
        }
        i += 1;
    }
    for start in ["crate::", "super::"] {
        for (at, _) in code.match_indices(start) {
            let tail: String = code[at..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            paths.push(tail);
        }
    }
    let mut found = BTreeSet::new();
    for path in paths {
        let mut parts: Vec<&str> = path.split("::").filter(|p| !p.is_empty()).collect();
        let mut base: Module = match parts.first() {
            Some(&"crate") => {
                parts.remove(0);
                Vec::new()
            }
            Some(&"super") => {
                let mut base = module.clone();
                while parts.first() == Some(&"super") {
                    parts.remove(0);
                    base.pop();
                }
                base
            }
            Some(&"self") => {
                parts.remove(0);
                module.clone()
            }
            Some(first) => {
                let mut child = module.clone();
                child.push((*first).to_string());
                if !all.contains_key(&child) {
                    continue;
                }
                module.clone()
            }
            None => continue,
        };
        base.extend(parts.iter().map(|p| (*p).to_string()));
        while !base.is_empty() && !all.contains_key(&base) {
            base.pop();
        }
        if &base != module {
            found.insert(base);
        }
    }
    found
}

/// Tarjan's strongly connected components of more than one module.
fn circles(graph: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<Vec<Module>> {
    struct Walk<'g> {
        graph: &'g BTreeMap<Module, BTreeSet<Module>>,
        index: BTreeMap<&'g Module, usize>,
        low: BTreeMap<&'g Module, usize>,
        stack: Vec<&'g Module>,
        found: Vec<Vec<Module>>,
    }
    fn visit<'g>(w: &mut Walk<'g>, v: &'g Module) {
        let n = w.index.len();
        w.index.insert(v, n);
        w.low.insert(v, n);
        w.stack.push(v);
        for u in &w.graph[v] {
            if !w.index.contains_key(u) {
                visit(w, u);
                let low = w.low[v].min(w.low[u]);
                w.low.insert(v, low);
            } else if w.stack.contains(&u) {
                let low = w.low[v].min(w.index[u]);
                w.low.insert(v, low);
            }
        }
        if w.low[v] == w.index[v] {
            let mut component = Vec::new();
            while let Some(u) = w.stack.pop() {
                component.push(u.clone());
                if u == v {
                    break;
                }
            }
            if component.len() > 1 {
                w.found.push(component);
            }
        }
    }
    let mut walk = Walk {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        found: Vec::new(),
    };
    for v in graph.keys() {
        if !walk.index.contains_key(v) {
            visit(&mut walk, v);
        }
    }
    walk.found
}

fn graph() -> BTreeMap<Module, BTreeSet<Module>> {
    let all = modules();
    all.iter()
        .map(|(module, text)| {
            // A module may use its ancestors: they declare it.
            let used = uses(module, text, &all)
                .into_iter()
                .filter(|u| !module.starts_with(u))
                .collect();
            (module.clone(), used)
        })
        .collect()
}

#[test]
fn no_two_modules_use_each_other() {
    let found = circles(&graph());
    let named: Vec<String> = found
        .iter()
        .map(|c| {
            c.iter()
                .map(|m| {
                    if m.is_empty() {
                        "lib".to_string()
                    } else {
                        m.join("::")
                    }
                })
                .collect::<Vec<_>>()
                .join(" ↔ ")
        })
        .collect();
    assert!(named.is_empty(), "modules in a circle: {named:#?}");
}

#[test]
fn the_check_sees_the_uses_it_must_see() {
    let graph = graph();
    let module = |p: &str| p.split("::").map(str::to_string).collect::<Module>();
    // Known uses, so that a parser that saw nothing could not pass the test above.
    assert!(graph[&module("render")].contains(&module("site")));
    assert!(graph[&module("figures::project")].contains(&module("content::money")));
    assert!(graph[&module("serve")].contains(&module("report")));
    let mut circle = BTreeMap::new();
    circle.insert(module("a"), BTreeSet::from([module("b")]));
    circle.insert(module("b"), BTreeSet::from([module("a")]));
    assert_eq!(circles(&circle).len(), 1);
}
