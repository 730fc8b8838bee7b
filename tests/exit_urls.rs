//! The exit URL rule against the shared corpus, tests/corpus/exit-urls.json: its verdict for an
//! `exit-url` destination (https only) must equal each case's `accepted`, and its refusal's
//! code each refused case's `refusal`. The loader's JavaScript copy of the rule and Chromium's
//! URL parser are checked against the same file (tests/e2e/exit-urls.test.mjs), the PHP copy
//! by tests/wordpress/exit-urls.php.

use safe_exit::safe_url::{check_absolute, Loopback, Refusal};
use safe_exit::tools::json::{parse, Value};

#[test]
fn the_rule_agrees_with_every_case_of_the_corpus() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/exit-urls.json")).unwrap();
    let Ok(Value::Array(cases)) = parse(&text) else { panic!("the corpus is not a JSON array") };
    assert!(cases.len() > 100, "the corpus has only {} cases", cases.len());
    let mut wrong = Vec::new();
    for case in &cases {
        let (Some(Value::String(url)), Some(Value::Bool(accepted)), Some(Value::String(why))) =
            (case.get("url"), case.get("accepted"), case.get("why"))
        else {
            panic!("a case without url, accepted and why: {case:?}")
        };
        let verdict = check_absolute(url, Loopback::HttpsOnly);
        if verdict.is_ok() != *accepted {
            wrong.push(format!(
                "{url:?}: expected {}, the rule says {verdict:?} ({why})",
                if *accepted { "accepted" } else { "refused" }
            ));
        }
        let recorded = match case.get("refusal") {
            Some(Value::String(code)) => Some(code.as_str()),
            None => None,
            Some(other) => panic!("{url:?} has a refusal that is not a string: {other:?}"),
        };
        if verdict.err().map(Refusal::code) != recorded {
            wrong.push(format!("{url:?}: the corpus records the refusal {recorded:?}, the rule says {verdict:?}"));
        }
        assert!(*accepted || !why.is_empty(), "{url:?} is refused without a why");
    }
    assert!(wrong.is_empty(), "{} cases disagree:\n{}", wrong.len(), wrong.join("\n"));
}

/// tests/corpus/refusal-codes.json lists the codes in the enum's order: the loader's copy of the
/// rule returns a code's place in it (from 1), a number being smaller in the bundle than a word.
#[test]
fn the_refusal_codes_file_lists_every_code_in_order() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/refusal-codes.json")).unwrap();
    let Ok(Value::Array(codes)) = parse(&text) else { panic!("refusal-codes.json is not a JSON array") };
    let listed: Vec<&str> =
        codes.iter().map(|code| if let Value::String(code) = code { code.as_str() } else { "?" }).collect();
    assert_eq!(listed, Refusal::ALL.map(Refusal::code));
}

#[test]
fn every_refusal_has_a_code_of_its_own_and_a_message() {
    let mut codes: Vec<&str> = Refusal::ALL.map(Refusal::code).to_vec();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), Refusal::ALL.len());
    assert!(Refusal::ALL.iter().all(|refusal| !refusal.message().is_empty()));
}
