//! Values read and no longer needed, freed a slice at a time: freeing a tree of half a million
//! values at once would hold the thread about as long as reading it.

use crate::tools::json::Value;

/// Values to free, a few at a time.
#[derive(Default)]
pub(super) struct Unused(Vec<Value>);

impl Unused {
    /// Keeps `value` to be freed later, unless it is already small.
    pub(super) fn add(&mut self, value: Value) {
        if matches!(&value, Value::Array(items) if !items.is_empty())
            || matches!(&value, Value::Object(m) if !m.is_empty())
        {
            self.0.push(value);
        }
    }

    /// Whether nothing is left to free.
    pub(super) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Frees about `count` values: a large array or object is taken apart from its end.
    pub(super) fn free(&mut self, count: usize) {
        let mut freed = 0;
        while freed < count {
            let Some(value) = self.0.pop() else { return };
            let (children, rest) = match value {
                Value::Array(mut items) => {
                    let children = items.split_off(items.len().saturating_sub(count - freed));
                    (children, Value::Array(items))
                }
                Value::Object(mut members) => {
                    let cut = members.len().saturating_sub(count - freed);
                    (members.drain(cut..).map(|(_, value)| value).collect(), Value::Object(members))
                }
                _ => (Vec::new(), Value::Null),
            };
            freed += children.len() + 1;
            self.add(rest);
            for child in children {
                self.add(child);
            }
        }
    }
}
