//! How old an entry's facts are on a given day. Pure: the caller passes "today" in (the
//! widget reads the visitor's clock, `check-data` the computer's), so tests fix the day.

use super::model::{Directory, Service};
use super::reader::parse_directory;
use super::report::{Path, Problem, Report, Severity};

/// A day as (year, month, day), as `YYYY-MM-DD` gives it.
pub type Day = (u32, u32, u32);

/// After this many months the survivor is told an entry may have changed.
pub const SURVIVOR_MONTHS: u32 = 12;
/// After this many months the partner is told to check an entry again: well before the
/// survivor's notice, since partners update their files rarely.
pub const PARTNER_MONTHS: u32 = 6;

/// `YYYY-MM-DD` as a [`Day`]; `None` for anything else.
pub fn parse_day(text: &str) -> Option<Day> {
    let &[y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2] = text.as_bytes() else { return None };
    let digits = [y1, y2, y3, y4, m1, m2, d1, d2];
    if !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n = |ds: &[u8]| ds.iter().fold(0, |n, &d| n * 10 + u32::from(d - b'0'));
    Some((n(&digits[..4]), n(&digits[4..6]), n(&digits[6..])))
}

/// The day `days` days after 1970-01-01 (the civil calendar's own arithmetic, after Howard
/// Hinnant's `civil_from_days`), for tools that read the clock as seconds since the epoch.
pub fn day_from_unix_days(days: u64) -> Day {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + u64::from(m <= 2);
    (y as u32, m as u32, d as u32)
}

/// Whole months from `from` to `to` (0 if `to` is not later): 2025-12-06 to 2026-12-06 is
/// 12, to 2026-12-05 is 11.
pub fn months_between(from: Day, to: Day) -> u32 {
    let months = (to.0 * 12 + to.1).saturating_sub(from.0 * 12 + from.1);
    if months > 0 && to.2 < from.2 {
        months - 1
    } else {
        months
    }
}

/// Whether facts verified on `verified` are more than `months` months old on `today`; a date
/// that cannot be read counts as old.
pub fn older_than(verified: &str, today: Day, months: u32) -> bool {
    match parse_day(verified) {
        Some(day) => {
            let age = months_between(day, today);
            age > months || (age == months && day.2 != today.2)
        }
        None => true,
    }
}

/// The services of `directory` whose facts are more than `months` months old on `today`,
/// with their age in whole months.
pub fn stale(directory: &Directory, today: Day, months: u32) -> Vec<(&Service, u32)> {
    directory
        .services
        .iter()
        .filter(|s| older_than(&s.verified, today, months))
        .map(|s| (s, parse_day(&s.verified).map_or(0, |d| months_between(d, today))))
        .collect()
}

/// What `check-data`, the configurator and the WordPress settings page tell the partner of
/// each entry older than [`PARTNER_MONTHS`] on `today`: a warning on its `verified` field.
pub fn partner_warnings(directory: &Directory, today: Day) -> Vec<Problem> {
    stale(directory, today, PARTNER_MONTHS)
        .into_iter()
        .map(|(Service { id, verified, position, .. }, months)| Problem {
            severity: Severity::Warning,
            id: Some(id.clone()),
            index: Some(*position),
            field: Path::of("verified"),
            message: format!(
                "last verified {verified}, {months} months ago; check it against its source and update `verified` \
                 (after {SURVIVOR_MONTHS} months the widget tells visitors it may have changed)"
            ),
        })
        .collect()
}

/// Reads and validates a directory file, then, when `today` is given, warns of every entry
/// older than [`PARTNER_MONTHS`]: the report the partner's tools show.
pub fn check_on(text: &str, today: Option<Day>) -> Report {
    let mut report = parse_directory(text);
    if let Some(today) = today {
        let mut warnings = partner_warnings(&report.directory, today);
        report.problems.append(&mut warnings);
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_since_the_epoch_are_civil_days() {
        assert_eq!(day_from_unix_days(0), (1970, 1, 1));
        assert_eq!(day_from_unix_days(11_016), (2000, 2, 29));
        assert_eq!(day_from_unix_days(20_793), (2026, 12, 6));
    }

    #[test]
    fn months_count_whole_months() {
        assert_eq!(months_between((2025, 12, 6), (2026, 12, 6)), 12);
        assert_eq!(months_between((2025, 12, 6), (2026, 12, 5)), 11);
        assert_eq!(months_between((2026, 1, 31), (2026, 2, 28)), 0);
        assert_eq!(months_between((2026, 12, 6), (2025, 1, 1)), 0, "a date in the future is not old");
    }

    #[test]
    fn older_than_twelve_months_is_a_day_past_the_anniversary() {
        let today = (2026, 12, 6);
        assert!(!older_than("2025-12-06", today, 12), "exactly a year is not more than a year");
        assert!(older_than("2025-12-05", today, 12));
        assert!(!older_than("2026-11-24", today, 12));
        assert!(older_than("2020-04-01", today, 12));
        assert!(older_than("yesterday", today, 12), "an unreadable date counts as old");
        assert!(older_than("2026-06-05", today, PARTNER_MONTHS));
        assert!(!older_than("2026-06-06", today, PARTNER_MONTHS));
    }

    #[test]
    fn the_partner_is_warned_of_each_entry_past_six_months() {
        let service = |id: &str, verified: &str| {
            format!(
                r#"{{"id":"{id}","name":{{"en":"N"}},"kind":"hotline","contacts":[{{"type":"voice","value":"111"}}],"source":{{"url":"https://s.example","title":"S"}},"verified":"{verified}"}}"#
            )
        };
        let file = format!(
            r#"{{"schema":"safe-exit/directory/v1","updated":"2026-12-01","services":[{},{}]}}"#,
            service("old", "2026-01-15"),
            service("new", "2026-11-24")
        );
        let directory = parse_directory(&file).directory;
        let lines: Vec<String> = partner_warnings(&directory, (2026, 12, 6)).iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            ["warning: service \"old\", field `verified`: last verified 2026-01-15, 10 months ago; check it against its source and update `verified` (after 12 months the widget tells visitors it may have changed)"]
        );
        let report = check_on(&file, Some((2026, 12, 6)));
        assert_eq!(report.problems.last().map(ToString::to_string).as_ref(), lines.first());
        assert!(
            check_on(&file, None).problems.iter().all(|p| p.field != Path::of("verified")),
            "no day, no age warning"
        );
        assert_eq!(stale(&directory, (2027, 12, 6), SURVIVOR_MONTHS).len(), 2);
    }

    #[test]
    fn the_embedded_data_is_fresh_for_the_partner_when_it_ships() {
        // The day the default data was last re-read in its sources (static/data/kz.json).
        let directory = crate::directory::embedded();
        assert_eq!(partner_warnings(&directory, (2026, 12, 6)), []);
        assert_eq!(stale(&directory, (2028, 1, 1), SURVIVOR_MONTHS).len(), directory.services.len());
    }
}
