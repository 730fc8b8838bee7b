//! Which of the partner's destinations (`exit-url`) an exit goes to: one at random each time.
//! Its caller is `exit::sequence` (wasm32 only); kept pure here so that it is tested natively.

use crate::config::DEFAULT_EXIT_URL;

/// Picks one destination, given a random number in [0, 1).
pub fn choose_exit_url(urls: &[String], random: f64) -> &str {
    if urls.is_empty() {
        return DEFAULT_EXIT_URL;
    }
    let index = ((random.clamp(0.0, 1.0) * urls.len() as f64) as usize).min(urls.len() - 1);
    &urls[index]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_url_choice_covers_every_destination_and_stays_in_bounds() {
        let urls: Vec<String> =
            ["https://a.example", "https://b.example", "https://c.example"].map(String::from).into();
        assert_eq!(choose_exit_url(&urls, 0.0), "https://a.example");
        assert_eq!(choose_exit_url(&urls, 0.5), "https://b.example");
        assert_eq!(choose_exit_url(&urls, 0.999), "https://c.example");
        assert_eq!(choose_exit_url(&urls, 1.0), "https://c.example");
        assert_eq!(choose_exit_url(&[], 0.3), DEFAULT_EXIT_URL);
    }
}
