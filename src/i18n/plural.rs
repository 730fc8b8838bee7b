//! CLDR plural categories for the widget's languages, for the cardinal numbers it shows.

use super::Lang;

/// A CLDR plural category.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Plural {
    /// `one`.
    One,
    /// `few`.
    Few,
    /// `many`.
    Many,
    /// `other`.
    Other,
}

/// The CLDR cardinal category of a whole number: Russian one/few/many, Kazakh and English
/// one/other.
pub fn plural_category(lang: Lang, n: u32) -> Plural {
    match lang {
        Lang::Ru => {
            let (last, last_two) = (n % 10, n % 100);
            if last == 1 && last_two != 11 {
                Plural::One
            } else if (2..=4).contains(&last) && !(12..=14).contains(&last_two) {
                Plural::Few
            } else {
                Plural::Many
            }
        }
        Lang::Kk | Lang::En => {
            if n == 1 {
                Plural::One
            } else {
                Plural::Other
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_follows_cldr() {
        let cases = [
            (1, Plural::One),
            (21, Plural::One),
            (2, Plural::Few),
            (24, Plural::Few),
            (0, Plural::Many),
            (5, Plural::Many),
            (11, Plural::Many),
            (12, Plural::Many),
            (111, Plural::Many),
            (112, Plural::Many),
        ];
        for (n, expected) in cases {
            assert_eq!(plural_category(Lang::Ru, n), expected, "{n}");
        }
    }

    #[test]
    fn kazakh_and_english_have_one_and_other() {
        assert_eq!(plural_category(Lang::Kk, 1), Plural::One);
        assert_eq!(plural_category(Lang::Kk, 2), Plural::Other);
        assert_eq!(plural_category(Lang::En, 0), Plural::Other);
    }
}
