//! Minifies static/widget.css into OUT_DIR for `include_str!`: the source keeps its comments
//! for readers, and the bundle, which carries the stylesheet inside the wasm, does not pay for
//! them on a slow phone network (about 0.8 KiB gzip). Likewise the embedded contacts,
//! static/data/kz.json, without its indentation.
//!
//! Compiles the translation catalogues (po/kk.po, po/ru.po) into Rust `match` tables in
//! OUT_DIR, so that the widget carries no PO parser: see `catalogue`.
//!
//! The embedded contacts and the catalogues' texts are written packed, one byte a Cyrillic
//! letter (src/packed.rs unpacks them): see `pack`.

use std::{env, fs, path::Path};

// The writer half serves the `translations` tool, not this script.
#[allow(dead_code)]
#[path = "build/po.rs"]
mod po;

fn main() {
    let source = "static/widget.css";
    println!("cargo::rerun-if-changed={source}");
    let css = fs::read_to_string(source).expect("static/widget.css is readable");
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out_dir).join("widget.css");
    fs::write(out, minify(&css)).expect("OUT_DIR is writable");

    let data = "static/data/kz.json";
    println!("cargo::rerun-if-changed={data}");
    let json = compact_json(&fs::read_to_string(data).expect("static/data/kz.json is readable"));

    let template = read_catalogue("po/safe-exit.pot");
    let mut catalogues = Vec::new();
    for (lang, plural_forms, categories) in CATALOGUES {
        let path = format!("po/{lang}.po");
        let catalogue = read_catalogue(&path);
        let compiled = catalogue_code(lang, &path, &catalogue, &template, plural_forms, categories)
            .unwrap_or_else(|e| panic!("{e}"));
        catalogues.push((lang, compiled));
    }

    // One table of the other letters and signs for every packed text, since one decoder reads them.
    let mut others: Vec<char> =
        catalogues.iter().flat_map(|(_, (_, texts))| texts.chars()).chain(json.chars()).collect();
    others.retain(|&c| !c.is_ascii() && !CYRILLIC.contains(&c));
    others.sort_unstable();
    others.dedup();
    if others.len() > 0x100 - PACKED_OTHERS {
        panic!(
            "the packed texts have {} characters that are neither ASCII nor А-я; at most {} fit",
            others.len(),
            0x100 - PACKED_OTHERS
        );
    }
    let out = Path::new(&out_dir);
    let table = format!(
        "/// The packing of build.rs: the first letter of А-я, packed as byte 0x80.\n\
         const CYRILLIC_FIRST: u32 = {:#x};\n\
         /// The first byte that stands for one of `OTHERS`.\n\
         const FIRST_OTHER: u8 = {PACKED_OTHERS:#x};\n\
         /// The characters other than ASCII and А-я in the packed texts, from byte `FIRST_OTHER` on.\n\
         const OTHERS: [char; {}] = {others:?};\n",
        u32::from(*CYRILLIC.start()),
        others.len()
    );
    fs::write(out.join("packed_others.rs"), table).expect("OUT_DIR is writable");
    fs::write(out.join("kz.json.packed"), pack(&json, &others)).expect("OUT_DIR is writable");
    for (lang, (code, texts)) in catalogues {
        fs::write(out.join(format!("catalogue_{lang}.rs")), code).expect("OUT_DIR is writable");
        fs::write(out.join(format!("catalogue_{lang}.packed")), pack(&texts, &others)).expect("OUT_DIR is writable");
    }
}

/// The letters А-я (U+0410 to U+044F), packed as the bytes 0x80 to 0xBF.
const CYRILLIC: std::ops::RangeInclusive<char> = '\u{410}'..='\u{44F}';
/// The first byte that stands for one of the other characters of the packed texts.
const PACKED_OTHERS: usize = 0xC0;

/// `text` at one byte a character: ASCII as itself, А-я from 0x80, and each other character as
/// [`PACKED_OTHERS`] plus its place in `others`. In UTF-8 each Cyrillic letter takes two bytes,
/// and the first of them, nearly always 0xD0 or 0xD1, still costs gzip about a bit and a half:
/// packed, the embedded contacts and the two catalogues take 2.1 KB less of the interface.
fn pack(text: &str, others: &[char]) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            _ if c.is_ascii() => c as u8,
            _ if CYRILLIC.contains(&c) => (0x80 + (c as u32 - *CYRILLIC.start() as u32)) as u8,
            _ => {
                (PACKED_OTHERS + others.iter().position(|&o| o == c).expect("`others` has every other character")) as u8
            }
        })
        .collect()
}

/// The translated languages: each catalogue's `Plural-Forms`, which must be exactly this, and
/// the CLDR category (a `Plural` variant) of each `msgstr[n]`, in order.
const CATALOGUES: [(&str, &str, &[&str]); 2] = [
    ("kk", "nplurals=2; plural=(n != 1);", &["One", "Other"]),
    (
        "ru",
        "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
        &["One", "Few", "Many"],
    ),
];

fn read_catalogue(path: &str) -> po::Catalogue {
    println!("cargo::rerun-if-changed={path}");
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    po::parse(&text).unwrap_or_else(|e| panic!("{path}:{e}"))
}

/// The Rust source of one language's tables, and the texts they point into, one after
/// another: `text` (where a message's translation is in the texts), `ANY_DRAFT` (whether any
/// message is fuzzy or not translated), `presses_left` (the plural message by category). A
/// message with no translation is left out, and the widget shows it in English.
fn catalogue_code(
    lang: &str,
    path: &str,
    catalogue: &po::Catalogue,
    template: &po::Catalogue,
    plural_forms: &str,
    categories: &[&str],
) -> Result<(String, String), String> {
    let found = catalogue.header_field("Plural-Forms").unwrap_or("");
    if found != plural_forms {
        return Err(format!("{path}:1: the header's Plural-Forms must be `{plural_forms}`, found `{found}`"));
    }
    let mut text = String::new();
    let mut plural = String::new();
    let mut texts = String::new();
    // Where each text is in `texts`, in bytes of its UTF-8 (the tables hold u16).
    let mut span = |translation: &str| {
        let start = texts.len();
        texts.push_str(translation);
        let end = u16::try_from(texts.len()).expect("a catalogue's texts fit in 64 KiB");
        format!("({start}, {end})")
    };
    for entry in &catalogue.entries {
        let at = format!("{path}:{}", entry.line);
        let context = entry
            .context
            .as_deref()
            .ok_or_else(|| format!("{at}: every message needs its msgctxt (the message's name)"))?;
        let source = template
            .get(context)
            .ok_or_else(|| format!("{at}: {context} is not in po/safe-exit.pot; run `make translations`"))?;
        if source.id != entry.id || source.id_plural != entry.id_plural {
            return Err(format!("{at}: {context}'s msgid differs from po/safe-exit.pot; run `make translations`"));
        }
        if entry.strs.iter().any(String::is_empty) {
            continue;
        }
        if entry.id_plural.is_some() {
            if entry.strs.len() != categories.len() {
                return Err(format!(
                    "{at}: {context} needs {} plural forms (Plural-Forms), found {}",
                    categories.len(),
                    entry.strs.len()
                ));
            }
            let last = categories.len() - 1;
            for (i, (category, form)) in categories.iter().zip(&entry.strs).enumerate() {
                let pattern = if i == last { "_".to_string() } else { format!("Plural::{category}") };
                plural.push_str(&format!("        {pattern} => {},\n", span(form)));
            }
        } else {
            text.push_str(&format!("        Msg::{context} => {},\n", span(&entry.strs[0])));
        }
    }
    let missing = template.entries.iter().any(|t| catalogue.get(t.context.as_deref().unwrap_or_default()).is_none());
    let any_draft = missing || catalogue.entries.iter().any(|e| e.fuzzy || e.strs.iter().any(String::is_empty));
    let presses_left = if plural.is_empty() {
        "    let _ = category;\n    None\n".to_string()
    } else {
        format!("    Some(match category {{\n{plural}    }})\n")
    };
    let code = format!(
        "// Generated by build.rs from {path}.\n\
         pub(super) const PACKED: &[u8] = include_bytes!(concat!(env!(\"OUT_DIR\"), \"/catalogue_{lang}.packed\"));\n\
         #[allow(unreachable_patterns)]\n\
         pub(super) fn text(msg: Msg) -> Option<(u16, u16)> {{\n    Some(match msg {{\n{text}        _ => return None,\n    }})\n}}\n\
         pub(super) const ANY_DRAFT: bool = {any_draft};\n\
         pub(super) fn presses_left(category: Plural) -> Option<(u16, u16)> {{\n{presses_left}}}\n",
    );
    Ok((code, texts))
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

/// `json` without the whitespace between its tokens (what is inside strings is kept, escapes
/// included): the embedded contacts are read by the widget, not by people, and the
/// indentation costs about 0.2 KiB gzip. A test checks that the widget reads the same directory
/// from it (src/directory/tests.rs).
fn compact_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if !matches!(c, ' ' | '\t' | '\n' | '\r') {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}
