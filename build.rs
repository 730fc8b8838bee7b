//! Minifies static/widget.css into OUT_DIR for `include_str!`: the source keeps its comments
//! for readers, and the bundle, which carries the stylesheet inside the wasm, does not pay for
//! them on a slow phone network (about 0.8 KiB gzip).

use std::{env, fs, path::Path};

fn main() {
    let source = "static/widget.css";
    println!("cargo::rerun-if-changed={source}");
    let css = fs::read_to_string(source).expect("static/widget.css is readable");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("widget.css");
    fs::write(out, minify(&css)).expect("OUT_DIR is writable");
}

/// Drops comments and the whitespace that carries no meaning: runs of it become one space
/// (a descendant combinator, or a separator in a value), and none is kept next to `{`, `}`,
/// `;` or `,`. Spaces around `:` and `>` are kept, since in a selector they can matter. The
/// stylesheet has no quoted string that holds a comment or a run of spaces.
fn minify(css: &str) -> String {
    let mut without_comments = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        without_comments.push_str(&rest[..start]);
        let end = rest[start + 2..].find("*/").expect("every comment in widget.css is closed");
        rest = &rest[start + 2 + end + 2..];
    }
    without_comments.push_str(rest);

    let mut out = String::with_capacity(without_comments.len());
    for word in without_comments.split_whitespace() {
        let joins = |c: char| matches!(c, '{' | '}' | ';' | ',');
        if !out.is_empty() && !out.ends_with(joins) && !word.starts_with(joins) {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}
