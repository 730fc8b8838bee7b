//! Plain text from untrusted files: cleaning it for display, escaping it for a console, and
//! the few string operations the bundle does by hand because std's are built for long texts.

use super::invisible;

/// Drops control characters (a text with invisible format characters is refused before it
/// gets here; messages quoting a refused value drop those too).
pub fn clean_text(text: &str) -> String {
    text.chars().filter(|&c| !c.is_control() && !invisible::is_invisible(c)).collect::<String>().trim().to_string()
}

/// A name or value from the file as it may be printed: control and invisible characters are
/// written as `\u{1B}`, so that a member name cannot send escape sequences to a terminal
/// (clear the screen, print a fake "valid") or reorder a console line.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_escaped(&mut out, text);
    out
}

/// Appends `text` to `out`, escaped as [`escape`] does.
pub fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_control() || invisible::is_invisible(c) || c == '\\' {
            out.push_str(&format!("\\u{{{:X}}}", c as u32));
        } else {
            out.push(c);
        }
    }
}

/// Where `needle` (not empty) first occurs in `haystack`, in bytes. The standard library's
/// search for a `&str` pattern (`str::replace`, `match_indices`) is a two-way searcher built
/// for long texts, about 0.6 KiB gzip of the interface; the widget only looks for placeholders
/// and short numbers in messages of at most a few hundred bytes.
pub fn find(haystack: &str, needle: &str) -> Option<usize> {
    haystack.as_bytes().windows(needle.len()).position(|window| window == needle.as_bytes())
}

/// `parts` with `separator` between them, as `[&str]::join` does: the standard library's is
/// made for joining many long strings, and this loop is 0.2 KB gzip smaller in the interface,
/// which joins a few short words.
pub fn join(parts: &[&str], separator: &str) -> String {
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(part);
    }
    out
}

/// Appends `n` in decimal, as `format!("{n}")` would: the paths and places of the contacts
/// report build many short strings, and formatting machinery at each is larger in the bundle.
pub fn push_decimal(out: &mut String, n: usize) {
    if n >= 10 {
        push_decimal(out, n / 10);
    }
    out.push(char::from(b'0' + (n % 10) as u8));
}

/// `text` with each `from` (not empty) replaced by `to`, left to right, as `str::replace` does.
pub fn replace_all(text: &str, from: &str, to: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = find(rest, from) {
        out.push_str(&rest[..at]);
        out.push_str(to);
        rest = &rest[at + from.len()..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replace_all_replaces_every_match_as_str_replace_does() {
        for (text, from, to) in
            [("{n} and {n}", "{n}", "2"), ("aaa", "aa", "b"), ("no match", "{n}", "2"), ("", "x", "y")]
        {
            assert_eq!(replace_all(text, from, to), text.replace(from, to));
        }
    }

    #[test]
    fn push_decimal_writes_as_format_does() {
        for n in [0, 7, 10, 99, 1234, usize::MAX] {
            let mut out = String::from("#");
            push_decimal(&mut out, n);
            assert_eq!(out, format!("#{n}"));
        }
    }

    #[test]
    fn join_joins_as_the_slice_join_does() {
        for parts in [&[][..], &["a"], &["a", "b", "c"]] {
            assert_eq!(join(parts, ", "), parts.join(", "));
        }
    }
}
