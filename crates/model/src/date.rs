//! Calendar dates (no time of day, no time zone) as decisions and interactions use them.

use std::fmt;

/// A calendar date written `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    pub fn new(year: u16, month: u8, day: u8) -> Option<Self> {
        let valid = (1900..=2999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Parses exactly `YYYY-MM-DD`; anything else is `None`.
    pub fn parse(text: &str) -> Option<Self> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        // Works on bytes only, so no multi-byte character can split a slice.
        let digits = |range: std::ops::Range<usize>| -> Option<u16> {
            bytes[range].iter().try_fold(0u16, |acc, &b| {
                b.is_ascii_digit().then(|| acc * 10 + u16::from(b - b'0'))
            })
        };
        Date::new(digits(0..4)?, digits(5..7)? as u8, digits(8..10)? as u8)
    }

    pub fn year(self) -> u16 {
        self.year
    }

    /// Days since 1900-01-01 (day 0), for sliders and date arithmetic.
    pub fn day_number(self) -> u32 {
        let years = u32::from(self.year - 1900);
        let leap_days = (1900..self.year)
            .filter(|y| days_in_month(*y, 2) == 29)
            .count() as u32;
        let months: u32 = (1..self.month)
            .map(|m| u32::from(days_in_month(self.year, m)))
            .sum();
        years * 365 + leap_days + months + u32::from(self.day) - 1
    }

    /// The date `days` days after 1900-01-01; `None` past 2999-12-31.
    pub fn from_day_number(mut days: u32) -> Option<Self> {
        let mut year = 1900u16;
        loop {
            let length = if days_in_month(year, 2) == 29 {
                366
            } else {
                365
            };
            if days < length {
                break;
            }
            days -= length;
            year = year.checked_add(1).filter(|y| *y <= 2999)?;
        }
        let mut month = 1u8;
        while days >= u32::from(days_in_month(year, month)) {
            days -= u32::from(days_in_month(year, month));
            month += 1;
        }
        Date::new(year, month, days as u8 + 1)
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_the_same_text() {
        let date = Date::parse("2024-02-29").expect("leap day");
        assert_eq!(date.to_string(), "2024-02-29");
    }

    #[test]
    fn refuses_impossible_and_malformed_dates() {
        for text in [
            "2023-02-29",
            "2024-13-01",
            "2024-1-01",
            "24-01-01",
            "2024-01-32",
            "２０２４-01-01",
            "20é4-01-01",
            "",
        ] {
            assert_eq!(Date::parse(text), None, "{text}");
        }
    }

    #[test]
    fn day_numbers_count_days_and_come_back() {
        let day = |t: &str| Date::parse(t).unwrap().day_number();
        assert_eq!(day("1900-01-01"), 0);
        assert_eq!(day("1900-03-01"), 59, "1900 is not a leap year");
        assert_eq!(day("2024-03-01") - day("2024-02-28"), 2, "2024 is");
        assert_eq!(day("2001-01-01") - day("2000-01-01"), 366, "2000 is");
        for text in [
            "1900-01-01",
            "1999-12-31",
            "2024-02-29",
            "2026-11-23",
            "2999-12-31",
        ] {
            let date = Date::parse(text).unwrap();
            assert_eq!(
                Date::from_day_number(date.day_number()),
                Some(date),
                "{text}"
            );
        }
        assert_eq!(Date::from_day_number(day("2999-12-31") + 1), None);
    }

    #[test]
    fn orders_chronologically() {
        assert!(Date::parse("2023-12-31") < Date::parse("2024-01-01"));
    }
}
