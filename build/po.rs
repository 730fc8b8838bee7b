//! A small, strict reader and writer of gettext PO files: enough for the widget's catalogues,
//! and an error (with its line) for anything it does not understand, rather than a guess.
//! Shared by build.rs (which compiles the catalogues into the widget), the `translations` tool
//! (which extracts the template and merges it into the catalogues) and their tests.

use std::fmt;

/// One message of a catalogue.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Entry {
    /// `# ` lines: the translators' own notes, kept by a merge.
    pub translator_comments: Vec<String>,
    /// `#.` lines: notes for translators from the source.
    pub extracted_comments: Vec<String>,
    /// `#, fuzzy`: a draft, to be reviewed.
    pub fuzzy: bool,
    /// `#|` lines: the English text the translation was made from, when it has changed since.
    pub previous: Vec<String>,
    pub context: Option<String>,
    pub id: String,
    pub id_plural: Option<String>,
    /// `msgstr`, or `msgstr[0]`, `msgstr[1]`, … for a plural message.
    pub strs: Vec<String>,
    /// The line of its `msgid`, for messages about it.
    pub line: usize,
}

/// A whole PO (or POT) file.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Catalogue {
    /// The header entry's text (`msgid ""` with no context): `Name: value` lines.
    pub header: String,
    pub entries: Vec<Entry>,
    /// `#~` lines of messages no longer in the template, kept for translators as they are.
    pub obsolete: Vec<String>,
}

/// A line the reader does not accept, and why.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct PoError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for PoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.line, self.message)
    }
}

impl Catalogue {
    /// A field of the header, such as `Plural-Forms`.
    pub fn header_field(&self, name: &str) -> Option<&str> {
        self.header.lines().find_map(|line| line.strip_prefix(name)?.strip_prefix(':').map(str::trim))
    }

    /// The entry for a context, if any.
    pub fn get(&self, context: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.context.as_deref() == Some(context))
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Context,
    Id,
    IdPlural,
    Str(usize),
}

struct Reader {
    catalogue: Catalogue,
    entry: Entry,
    started: bool,
    field: Option<Field>,
    header_seen: bool,
}

impl Reader {
    /// Ends the entry being read, if any, at `line`.
    fn finish(&mut self, line: usize) -> Result<(), PoError> {
        let (entry, started, field) = (&mut self.entry, &mut self.started, &mut self.field);
        if !*started {
            return Ok(());
        }
        if *field == Some(Field::Context)
            || *field == Some(Field::Id)
            || *field == Some(Field::IdPlural)
            || entry.strs.is_empty()
        {
            return Err(PoError { line, message: "an entry needs msgid and msgstr".into() });
        }
        let done = std::mem::take(entry);
        if done.id.is_empty() && done.context.is_none() {
            if self.header_seen || !self.catalogue.entries.is_empty() {
                return Err(PoError {
                    line: done.line,
                    message: "the header (msgid \"\") must come first, once".into(),
                });
            }
            self.header_seen = true;
            self.catalogue.header = done.strs[0].clone();
        } else {
            if done.id.is_empty() {
                return Err(PoError { line: done.line, message: "msgid is empty".into() });
            }
            if self.catalogue.entries.iter().any(|e| e.context == done.context && e.id == done.id) {
                return Err(PoError {
                    line: done.line,
                    message: format!("repeats the message {:?}", done.context.as_deref().unwrap_or(&done.id)),
                });
            }
            self.catalogue.entries.push(done);
        }
        *started = false;
        *field = None;
        Ok(())
    }
}

/// Reads a PO file.
pub fn parse(text: &str) -> Result<Catalogue, PoError> {
    let mut r = Reader {
        catalogue: Catalogue::default(),
        entry: Entry::default(),
        started: false,
        field: None,
        header_seen: false,
    };
    let err = |line: usize, message: String| Err(PoError { line, message });

    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        let trimmed = raw.trim_end();
        if trimmed.is_empty() {
            r.finish(line)?;
            continue;
        }
        if let Some(rest) = trimmed.strip_prefix("#~") {
            r.finish(line)?;
            r.catalogue.obsolete.push(format!("#~{rest}"));
            continue;
        }
        if let Some(rest) = trimmed.strip_prefix('#') {
            if r.field.is_some() {
                // A comment after the strings starts the next r.entry.
                r.finish(line)?;
            }
            r.started = true;
            match rest.chars().next() {
                Some(',') => {
                    for flag in rest[1..].split(',').map(str::trim) {
                        match flag {
                            "fuzzy" => r.entry.fuzzy = true,
                            "" => {}
                            other if other.ends_with("-format") => {}
                            other => return err(line, format!("unknown flag `{other}`")),
                        }
                    }
                }
                Some('.') => r.entry.extracted_comments.push(rest[1..].trim_start().to_string()),
                Some('|') => r.entry.previous.push(rest[1..].trim_start().to_string()),
                Some(':') => {} // references are rebuilt by extraction
                Some(' ') | None => r.entry.translator_comments.push(rest.trim_start().to_string()),
                Some(c) => return err(line, format!("unknown comment kind `#{c}`")),
            }
            r.entry.line = line;
            continue;
        }
        if trimmed.starts_with('"') {
            let value = unquote(trimmed).map_err(|message| PoError { line, message })?;
            match r.field {
                Some(Field::Context) => r.entry.context.as_mut().expect("set with the r.field").push_str(&value),
                Some(Field::Id) => r.entry.id.push_str(&value),
                Some(Field::IdPlural) => r.entry.id_plural.as_mut().expect("set with the r.field").push_str(&value),
                Some(Field::Str(i)) => r.entry.strs[i].push_str(&value),
                None => return err(line, "a string continues no keyword".into()),
            }
            continue;
        }
        let (keyword, rest) = trimmed.split_once(' ').unwrap_or((trimmed, ""));
        let value = unquote(rest.trim()).map_err(|message| PoError { line, message })?;
        let next = match keyword {
            "msgctxt" if r.field.is_none() => Field::Context,
            "msgid" if matches!(r.field, None | Some(Field::Context)) => Field::Id,
            "msgid_plural" if r.field == Some(Field::Id) => Field::IdPlural,
            "msgstr" if r.field == Some(Field::Id) => Field::Str(0),
            k if k.starts_with("msgstr[") && k.ends_with(']') => {
                let n: usize =
                    k[7..k.len() - 1].parse().map_err(|_| PoError { line, message: format!("bad index in `{k}`") })?;
                let expected = match r.field {
                    Some(Field::IdPlural) => 0,
                    Some(Field::Str(i)) if r.entry.id_plural.is_some() => i + 1,
                    _ => return err(line, format!("`{k}` must follow msgid_plural or the previous msgstr[n]")),
                };
                if n != expected {
                    return err(line, format!("expected msgstr[{expected}], found `{k}`"));
                }
                Field::Str(n)
            }
            "msgctxt" | "msgid" | "msgid_plural" | "msgstr" => {
                return err(line, format!("`{keyword}` is out of order"))
            }
            other => return err(line, format!("unknown keyword `{other}`")),
        };
        r.started = true;
        match next {
            Field::Context => r.entry.context = Some(value),
            Field::Id => {
                r.entry.id = value;
                r.entry.line = line;
            }
            Field::IdPlural => r.entry.id_plural = Some(value),
            Field::Str(_) => r.entry.strs.push(value),
        }
        r.field = Some(next);
    }
    let end = text.lines().count() + 1;
    r.finish(end)?;
    Ok(r.catalogue)
}

/// A quoted PO string's value: `\"`, `\\`, `\n` and `\t` are the only escapes.
fn unquote(text: &str) -> Result<String, String> {
    let inner = text
        .strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .filter(|_| text.len() >= 2)
        .ok_or_else(|| format!("expected a string in double quotes, found `{text}`"))?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('"') => out.push('"'),
                Some('\\') => out.push('\\'),
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                other => return Err(format!("unknown escape `\\{}`", other.map(String::from).unwrap_or_default())),
            },
            '"' => return Err("an unescaped `\"` inside a string".into()),
            c => out.push(c),
        }
    }
    Ok(out)
}

fn quote(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Writes a catalogue the way gettext's tools lay it out; `parse(write(c)) == c`.
pub fn write(catalogue: &Catalogue) -> String {
    let mut out = String::new();
    out.push_str("msgid \"\"\nmsgstr \"\"\n");
    for line in catalogue.header.split_inclusive('\n') {
        out.push_str(&quote(line));
        out.push('\n');
    }
    for entry in &catalogue.entries {
        out.push('\n');
        for c in &entry.translator_comments {
            out.push_str(if c.is_empty() { "#\n" } else { "# " });
            if !c.is_empty() {
                out.push_str(c);
                out.push('\n');
            }
        }
        for c in &entry.extracted_comments {
            out.push_str(&format!("#. {c}\n"));
        }
        if entry.fuzzy {
            out.push_str("#, fuzzy\n");
        }
        for p in &entry.previous {
            out.push_str(&format!("#| {p}\n"));
        }
        if let Some(context) = &entry.context {
            out.push_str(&format!("msgctxt {}\n", quote(context)));
        }
        out.push_str(&format!("msgid {}\n", quote(&entry.id)));
        match &entry.id_plural {
            Some(plural) => {
                out.push_str(&format!("msgid_plural {}\n", quote(plural)));
                for (i, s) in entry.strs.iter().enumerate() {
                    out.push_str(&format!("msgstr[{i}] {}\n", quote(s)));
                }
            }
            None => out.push_str(&format!("msgstr {}\n", quote(&entry.strs[0]))),
        }
    }
    if !catalogue.obsolete.is_empty() {
        out.push('\n');
        for line in &catalogue.obsolete {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}
