//! The reader's tests.

use super::*;

#[test]
fn reads_every_kind_of_value() {
    let v = parse(r#" {"a": [1, -2.5e3, true, false, null], "b": "x\"\\\/\n\u0416\ud83d\ude00", "c": {}} "#).unwrap();
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
