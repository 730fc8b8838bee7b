//! The exit URL rule against the shared corpus, tests/corpus/exit-urls.json: its verdict for an
//! `exit-url` destination (https only) must equal each case's `accepted`. The loader's
//! JavaScript copy of the rule and Chromium's URL parser are checked against the same file
//! (tests/e2e/exit-urls.test.mjs).

use safe_exit::safe_url::{check_absolute, Loopback};
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
        assert!(*accepted || !why.is_empty(), "{url:?} is refused without a why");
    }
    assert!(wrong.is_empty(), "{} cases disagree:\n{}", wrong.len(), wrong.join("\n"));
}
