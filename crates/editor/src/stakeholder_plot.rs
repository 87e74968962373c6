//! The power/interest grid's plane: where a stakeholder's power and
//! interest (0–100) put its dot, and which values a point of the plane
//! means. The dots keep clear of a band along each edge, where the
//! quadrants' titles are, so that no name is drawn over a title.

/// The plane's side, in CSS pixels.
pub const PLANE: f64 = 440.0;
/// The band along each edge that no dot enters.
pub const INSET: f64 = 32.0;

/// The offset of a dot with `value` (0–100) from the plane's left (for
/// interest) or, with `100 - power`, from its top.
pub fn offset(value: u8) -> f64 {
    INSET + (PLANE - 2.0 * INSET) * f64::from(value.min(100)) / 100.0
}

/// The value (0–100) a point `pixels` from the plane's edge means.
pub fn value_at(pixels: f64) -> u8 {
    if !pixels.is_finite() {
        return 0;
    }
    ((pixels - INSET) / (PLANE - 2.0 * INSET) * 100.0)
        .clamp(0.0, 100.0)
        .round() as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dots_keep_clear_of_the_edges_where_the_titles_are() {
        assert_eq!(offset(0), INSET);
        assert_eq!(offset(100), PLANE - INSET);
        assert_eq!(offset(200), PLANE - INSET, "values are capped at 100");
    }

    #[test]
    fn a_point_means_the_value_whose_dot_is_there() {
        for value in [0u8, 1, 37, 50, 99, 100] {
            assert_eq!(value_at(offset(value)), value);
        }
        assert_eq!(value_at(0.0), 0, "inside the band: the nearest value");
        assert_eq!(value_at(PLANE), 100);
        assert_eq!(value_at(f64::NAN), 0);
    }
}
