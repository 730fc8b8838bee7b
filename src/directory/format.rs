//! The `safe-exit/directory/v1` format's own rules: its schema name, its limits, its known
//! fields and the shapes of its codes and dates. The `region` attribute shares the region code.

/// The `schema` a directory file declares.
pub const SCHEMA: &str = "safe-exit/directory/v1";
/// Largest file read, in bytes.
pub const MAX_FILE_BYTES: usize = 1 << 20;
/// Most services read from a file; the rest are dropped with an error.
pub const MAX_SERVICES: usize = 500;
/// Most contacts read for one service, and most entries of its `reach_through`.
pub const MAX_CONTACTS: usize = 10;
/// Longest text, in characters.
pub const MAX_TEXT_CHARS: usize = 500;
/// Unknown fields named one by one in each service; the rest are counted in one warning, so
/// that a file of 85,000 unknown fields gives a few lines, not 85,000.
pub const MAX_UNKNOWN_FIELDS_NAMED: usize = 5;

/// Known service fields; any other is tolerated and reported as a warning (it may be a typo).
pub(super) const SERVICE_FIELDS: [&str; 16] = [
    "id",
    "name",
    "kind",
    "area",
    "region",
    "contacts",
    "reach_through",
    "hours",
    "free",
    "languages",
    "accepts_new_residents",
    "online_consultations",
    "accessible",
    "notes",
    "source",
    "verified",
];

/// A region code, as the `region` attribute and the contacts file's `region` field use them.
pub fn is_region_code(code: &str) -> bool {
    (1..=32).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A service id: lowercase letters, digits and dashes, not starting with a dash.
pub(super) fn is_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
}

/// `YYYY-MM-DD`, read from the bytes: slicing the `str` and parsing its numbers would cost the
/// bundle a panic path and the integer parser for four digits.
pub(super) fn is_date(text: &str) -> bool {
    let &[y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2] = text.as_bytes() else { return false };
    let two = |tens: u8, ones: u8| u32::from(tens - b'0') * 10 + u32::from(ones - b'0');
    [y1, y2, y3, y4, m1, m2, d1, d2].iter().all(u8::is_ascii_digit)
        && (1..=12).contains(&two(m1, m2))
        && (1..=31).contains(&two(d1, d2))
}

/// `YYYY-MM`: a page dated by its month only.
pub(super) fn is_month(text: &str) -> bool {
    text.len() == 7 && is_date(&(text.to_owned() + "-01"))
}

/// `YYYY`: a page dated by its year only.
pub(super) fn is_year(text: &str) -> bool {
    text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit())
}
