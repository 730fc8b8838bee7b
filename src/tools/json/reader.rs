//! The resumable reader: an explicit stack instead of recursion, so it can stop after any slice.

use super::{SyntaxError, Value, MAX_DEPTH};

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
