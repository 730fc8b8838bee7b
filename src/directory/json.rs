//! A small JSON reader for untrusted contact files. The widget has its own because serde_json
//! costs about 26 KB gzip in the wasm bundle (see docs/performance.md); this one is a few KB,
//! bounds nesting depth so hostile input cannot exhaust the stack, and keeps object keys in
//! order so warnings follow the file.
//!
//! It reads with an explicit stack instead of recursion, so that it can stop after a slice of
//! the input and go on later ([`Parser::step`]): the widget reads a 1 MiB file in slices of a
//! few milliseconds, and an exit click between two slices is not kept waiting.

use std::fmt;

/// Deepest nesting accepted; the directory format needs five levels.
pub const MAX_DEPTH: usize = 32;

/// A JSON value.
#[derive(Clone, PartialEq, Debug)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, kept as written: the directory never computes with numbers, and converting
    /// them would pull float parsing and printing into the bundle.
    Number(String),
    /// A string, unescaped.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object's members in the order written, repeated keys included.
    Object(Vec<(String, Value)>),
}

impl Value {
    /// The member `key` of an object (the last one, if repeated, as in browsers' JSON.parse).
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// What kind of value this is, for error messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
        }
    }
}

/// Where and why the text is not JSON.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct SyntaxError {
    /// The line, from 1.
    pub line: usize,
    /// The column on that line, in characters, from 1.
    pub column: usize,
    /// What is wrong there.
    pub message: &'static str,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not valid JSON at line {}, column {}: {}", self.line, self.column, self.message)
    }
}

/// Reads a whole JSON text.
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    let mut parser = Parser::new(text);
    loop {
        if let Some(result) = parser.step(usize::MAX) {
            return result;
        }
    }
}

/// A JSON reader that can stop and resume: [`Parser::step`] reads about as many bytes as it
/// is given, then returns, keeping its place.
pub struct Parser<'a> {
    bytes: &'a [u8],
    pos: usize,
    /// The arrays and objects opened and not yet closed, innermost last.
    open: Vec<Open>,
    next: Expect,
}

/// An array or object being read; an object holds the name of the member whose value is next.
enum Open {
    Array(Vec<Value>),
    Object(Vec<(String, Value)>, String),
}

/// What the reader looks for next.
#[derive(Clone, Copy)]
enum Expect {
    Value,
    /// Just after `[`: an item or `]`.
    FirstItem,
    /// Just after `{`: a member name or `}`.
    FirstMember,
    /// A member name, its `:`, then (as `Value`) its value.
    Member,
    /// After an item or member: `,` or the closing bracket.
    Separator,
}

impl<'a> Parser<'a> {
    /// A reader at the start of `text`.
    pub fn new(text: &'a str) -> Parser<'a> {
        Parser { bytes: text.as_bytes(), pos: 0, open: Vec::new(), next: Expect::Value }
    }

    /// How far the reader has got, in bytes.
    pub fn position(&self) -> usize {
        self.pos
    }

    /// Reads on for about `budget` bytes (at least one step; a string or number is read
    /// whole); returns the value or the error once the text is read, `None` while there is
    /// more to read.
    pub fn step(&mut self, budget: usize) -> Option<Result<Value, SyntaxError>> {
        let stop = self.pos.saturating_add(budget);
        loop {
            match self.advance() {
                Ok(Some(value)) => return Some(self.finish(value)),
                Ok(None) if self.pos >= stop => return None,
                Ok(None) => {}
                Err(error) => return Some(Err(error)),
            }
        }
    }

    /// What was read before an error, to be freed at leisure: the open arrays and objects.
    pub fn into_partial(self) -> Value {
        Value::Array(
            self.open
                .into_iter()
                .map(|open| match open {
                    Open::Array(items) => Value::Array(items),
                    Open::Object(members, _) => Value::Object(members),
                })
                .collect(),
        )
    }

    fn finish(&mut self, value: Value) -> Result<Value, SyntaxError> {
        self.skip_space();
        if self.pos != self.bytes.len() {
            return Err(self.error("unexpected text after the end of the data"));
        }
        Ok(value)
    }

    /// One move: reads a value, a bracket or a separator; returns the whole value at the end.
    fn advance(&mut self) -> Result<Option<Value>, SyntaxError> {
        self.skip_space();
        match self.next {
            Expect::Value => self.value(),
            Expect::FirstItem if self.bytes.get(self.pos) == Some(&b']') => self.close(),
            Expect::FirstItem => {
                self.next = Expect::Value;
                Ok(None)
            }
            Expect::FirstMember if self.bytes.get(self.pos) == Some(&b'}') => self.close(),
            Expect::FirstMember | Expect::Member => self.member_name(),
            Expect::Separator => {
                let in_array = matches!(self.open.last(), Some(Open::Array(_)));
                match (self.bytes.get(self.pos), in_array) {
                    (Some(b','), true) => {
                        self.pos += 1;
                        self.next = Expect::Value;
                        Ok(None)
                    }
                    (Some(b','), false) => {
                        self.pos += 1;
                        self.next = Expect::Member;
                        Ok(None)
                    }
                    (Some(b']'), true) | (Some(b'}'), false) => self.close(),
                    (_, true) => Err(self.error("expected , or ] in an array")),
                    (_, false) => Err(self.error("expected , or } in an object")),
                }
            }
        }
    }

    fn value(&mut self) -> Result<Option<Value>, SyntaxError> {
        if self.open.len() > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        let value = match self.bytes.get(self.pos) {
            None => return Err(self.error("the data ends too early")),
            Some(b'{') => return Ok(self.start(Open::Object(Vec::new(), String::new()), Expect::FirstMember)),
            Some(b'[') => return Ok(self.start(Open::Array(Vec::new()), Expect::FirstItem)),
            Some(b'"') => Value::String(self.string()?),
            Some(b't') => self.eat("true", Value::Bool(true))?,
            Some(b'f') => self.eat("false", Value::Bool(false))?,
            Some(b'n') => self.eat("null", Value::Null)?,
            Some(b'-' | b'0'..=b'9') => self.number()?,
            Some(0xEF) if self.pos == 0 && self.bytes.starts_with("\u{FEFF}".as_bytes()) => {
                return Err(self.error("the file starts with a byte-order mark (U+FEFF); save it as UTF-8 without BOM"))
            }
            Some(_) => return Err(self.error("unexpected character")),
        };
        Ok(self.complete(value))
    }

    fn start(&mut self, open: Open, next: Expect) -> Option<Value> {
        self.pos += 1;
        self.open.push(open);
        self.next = next;
        None
    }

    fn close(&mut self) -> Result<Option<Value>, SyntaxError> {
        self.pos += 1;
        let value = match self.open.pop() {
            Some(Open::Array(items)) => Value::Array(items),
            Some(Open::Object(members, _)) => Value::Object(members),
            None => return Err(self.error("unexpected character")),
        };
        Ok(self.complete(value))
    }

    /// Puts a finished value where it belongs; returns it when it is the whole text.
    fn complete(&mut self, value: Value) -> Option<Value> {
        self.next = Expect::Separator;
        match self.open.last_mut() {
            None => Some(value),
            Some(Open::Array(items)) => {
                items.push(value);
                None
            }
            Some(Open::Object(members, name)) => {
                members.push((std::mem::take(name), value));
                None
            }
        }
    }

    fn member_name(&mut self) -> Result<Option<Value>, SyntaxError> {
        if self.bytes.get(self.pos) != Some(&b'"') {
            return Err(self.error("expected a quoted member name"));
        }
        let key = self.string()?;
        self.skip_space();
        if self.bytes.get(self.pos) != Some(&b':') {
            return Err(self.error("expected : after a member name"));
        }
        self.pos += 1;
        if let Some(Open::Object(_, name)) = self.open.last_mut() {
            *name = key;
        }
        self.next = Expect::Value;
        Ok(None)
    }

    fn error(&self, message: &'static str) -> SyntaxError {
        let before = &self.bytes[..self.pos.min(self.bytes.len())];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        // Characters, counted as the bytes that start one (the text is a `str`): cheaper in the
        // wasm than decoding the line.
        let column = before[line_start..].iter().filter(|&&b| b & 0xC0 != 0x80).count() + 1;
        SyntaxError { line, column, message }
    }

    fn skip_space(&mut self) {
        while matches!(self.bytes.get(self.pos), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn eat(&mut self, literal: &str, value: Value) -> Result<Value, SyntaxError> {
        if self.bytes[self.pos..].starts_with(literal.as_bytes()) {
            self.pos += literal.len();
            Ok(value)
        } else {
            Err(self.error("unknown word (expected true, false or null)"))
        }
    }

    fn number(&mut self) -> Result<Value, SyntaxError> {
        let start = self.pos;
        while matches!(self.bytes.get(self.pos), Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')) {
            self.pos += 1;
        }
        std::str::from_utf8(&self.bytes[start..self.pos])
            .ok()
            .filter(|s| is_json_number(s))
            .map(|s| Value::Number(s.to_string()))
            .ok_or_else(|| self.error("malformed number"))
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            let start = self.pos;
            while !matches!(self.bytes.get(self.pos), None | Some(b'"' | b'\\' | 0..=0x1f)) {
                self.pos += 1;
            }
            // The input is a &str, and the run stops only at ASCII bytes, so it is valid UTF-8.
            out.push_str(std::str::from_utf8(&self.bytes[start..self.pos]).unwrap_or_default());
            match self.bytes.get(self.pos) {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    out.push(self.escape()?);
                }
                Some(_) => return Err(self.error("control character inside a string")),
                None => return Err(self.error("a string is not closed")),
            }
        }
    }

    fn escape(&mut self) -> Result<char, SyntaxError> {
        let byte = *self.bytes.get(self.pos).ok_or_else(|| self.error("a string is not closed"))?;
        self.pos += 1;
        Ok(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode_escape(),
            _ => return Err(self.error("unknown escape in a string")),
        })
    }

    /// `\uXXXX`, or a pair of them for a character beyond U+FFFF. Half a pair is refused: it
    /// is no character, and pairing it with whatever follows would swallow that.
    fn unicode_escape(&mut self) -> Result<char, SyntaxError> {
        const LONE: &str =
            "a \\u escape is half of a UTF-16 surrogate pair with no other half; write the character itself";
        let escape_start = self.pos - 2;
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                let second = match self.bytes[self.pos..].starts_with(b"\\u") {
                    true => {
                        self.pos += 2;
                        self.hex4()?
                    }
                    false => 0,
                };
                if !(0xDC00..=0xDFFF).contains(&second) {
                    self.pos = escape_start;
                    return Err(self.error(LONE));
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => {
                self.pos = escape_start;
                return Err(self.error(LONE));
            }
            _ => first,
        };
        char::from_u32(code).ok_or_else(|| self.error(LONE))
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let digits = self.bytes.get(self.pos..self.pos + 4).ok_or_else(|| self.error("short \\u escape"))?;
        let text = std::str::from_utf8(digits).map_err(|_| self.error("bad \\u escape"))?;
        if !text.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(self.error("bad \\u escape"));
        }
        let code = u32::from_str_radix(text, 16).map_err(|_| self.error("bad \\u escape"))?;
        self.pos += 4;
        Ok(code)
    }
}

/// JSON's number grammar, stricter than Rust's float parser (no leading +, no bare dot).
fn is_json_number(s: &str) -> bool {
    let s = s.strip_prefix('-').unwrap_or(s);
    let (int, rest) = s.split_at(s.find(['.', 'e', 'E']).unwrap_or(s.len()));
    let int_ok = int == "0" || (!int.is_empty() && !int.starts_with('0') && int.bytes().all(|b| b.is_ascii_digit()));
    let (frac, exp) = match rest.strip_prefix('.') {
        Some(r) => r.split_at(r.find(['e', 'E']).unwrap_or(r.len())),
        None => ("", rest),
    };
    let frac_ok = !rest.starts_with('.') || (!frac.is_empty() && frac.bytes().all(|b| b.is_ascii_digit()));
    let exp_ok = exp.is_empty() || {
        let e = exp[1..].strip_prefix(['+', '-']).unwrap_or(&exp[1..]);
        !e.is_empty() && e.bytes().all(|b| b.is_ascii_digit())
    };
    int_ok && frac_ok && exp_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_kind_of_value() {
        let v =
            parse(r#" {"a": [1, -2.5e3, true, false, null], "b": "x\"\\\/\n\u0416\ud83d\ude00", "c": {}} "#).unwrap();
        assert_eq!(
            v.get("a"),
            Some(&Value::Array(vec![
                Value::Number("1".into()),
                Value::Number("-2.5e3".into()),
                Value::Bool(true),
                Value::Bool(false),
                Value::Null
            ]))
        );
        assert_eq!(v.get("b"), Some(&Value::String("x\"\\/\nЖ😀".into())));
        assert_eq!(v.get("c"), Some(&Value::Object(vec![])));
        assert_eq!(parse("\"Қазақша\"").unwrap(), Value::String("Қазақша".into()));
    }

    #[test]
    fn malformed_text_is_refused_with_a_position() {
        for bad in [
            "",
            "{",
            "[1,]",
            "{\"a\" 1}",
            "01",
            "1.",
            "+1",
            ".5",
            "tru",
            "\"a",
            "\"\u{1}\"",
            "{} x",
            "[1 2]",
            "{a:1}",
            "\"\\x\"",
            "NaN",
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
        let error = parse("{\n  \"a\": tru\n}").unwrap_err();
        assert_eq!((error.line, error.column), (2, 8));
        assert!(error.to_string().contains("line 2"));
        let error = parse("{\"ключ\": 😀}").unwrap_err();
        assert_eq!((error.line, error.column), (1, 10), "columns count characters, not bytes");
    }

    #[test]
    fn deep_nesting_is_refused_without_overflowing_the_stack() {
        let deep = "[".repeat(100_000);
        assert_eq!(parse(&deep).unwrap_err().message, "nested too deeply");
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
    }

    #[test]
    fn half_a_surrogate_pair_is_refused_and_swallows_nothing() {
        for lone in [r#""\ud800\u0041""#, r#""\ud800""#, r#""x\udc00""#, r#""\udbff\ud800""#] {
            let error = parse(lone).unwrap_err();
            assert!(error.message.contains("surrogate pair"), "{lone}: {error}");
        }
        let error = parse("[\"ab\\ud800\\u0041\"]").unwrap_err();
        assert_eq!((error.line, error.column), (1, 5), "points at the escape");
        assert_eq!(parse(r#""\ud83d\ude00\u0041""#).unwrap(), Value::String("😀A".into()));
        assert!(parse(r#""\u+041""#).is_err(), "a sign is not a hex digit");
    }

    #[test]
    fn a_byte_order_mark_is_named() {
        let error = parse("\u{FEFF}{}").unwrap_err();
        assert_eq!((error.line, error.column), (1, 1));
        assert!(error.message.contains("byte-order mark (U+FEFF)") && error.message.contains("without BOM"), "{error}");
        assert_eq!(
            parse("[\"\u{FEFF}\"]").unwrap(),
            Value::Array(vec![Value::String("\u{FEFF}".into())]),
            "inside a string it is text"
        );
    }

    #[test]
    fn reading_in_slices_gives_what_reading_at_once_gives() {
        let text = r#" {"a": [1, -2.5e3, true, {"b": [[], {}]}, null], "c": "x\u0416", "d": {"e": {"f": "g"}}} "#;
        for budget in [0, 1, 2, 3, 7, 1000] {
            let mut parser = Parser::new(text);
            let mut steps = 0;
            let result = loop {
                steps += 1;
                if let Some(result) = parser.step(budget) {
                    break result;
                }
            };
            assert_eq!(result, parse(text), "budget {budget}");
            assert!(budget > 100 || steps > 5, "budget {budget} read in {steps} steps");
        }
        let mut parser = Parser::new("[1,]");
        let error = loop {
            if let Some(result) = parser.step(1) {
                break result.unwrap_err();
            }
        };
        assert_eq!(error, parse("[1,]").unwrap_err());
    }

    #[test]
    fn repeated_keys_keep_the_last_like_browsers() {
        assert_eq!(parse(r#"{"a":1,"a":2}"#).unwrap().get("a"), Some(&Value::Number("2".into())));
    }
}
