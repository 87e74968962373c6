//! Rectangles, where an edge meets a box, and text wrapping for labels.

use conway_model::Placement;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Rect {
    pub fn new(x: f64, y: f64, width: f64, height: f64) -> Self {
        Rect {
            x,
            y,
            width,
            height,
        }
    }

    /// Do the insides of the two boxes overlap (touching edges do not)?
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.x + other.width
            && other.x < self.x + self.width
            && self.y < other.y + other.height
            && other.y < self.y + self.height
    }

    /// Does this box hold all of `inner` (edges may touch)?
    pub fn contains(&self, inner: &Rect) -> bool {
        inner.x >= self.x
            && inner.y >= self.y
            && inner.x + inner.width <= self.x + self.width
            && inner.y + inner.height <= self.y + self.height
    }

    pub fn centre(self) -> (f64, f64) {
        (self.x + self.width / 2.0, self.y + self.height / 2.0)
    }

    pub fn union(self, other: Rect) -> Rect {
        let x = self.x.min(other.x);
        let y = self.y.min(other.y);
        Rect {
            x,
            y,
            width: (self.x + self.width).max(other.x + other.width) - x,
            height: (self.y + self.height).max(other.y + other.height) - y,
        }
    }
}

impl From<&Placement> for Rect {
    fn from(p: &Placement) -> Self {
        Rect {
            x: p.x,
            y: p.y,
            width: p.width,
            height: p.height,
        }
    }
}

/// Where the line from the box's centre towards `toward` leaves the box.
pub fn border_point(rect: Rect, toward: (f64, f64)) -> (f64, f64) {
    let (cx, cy) = rect.centre();
    let (dx, dy) = (toward.0 - cx, toward.1 - cy);
    if dx == 0.0 && dy == 0.0 {
        return (cx, cy);
    }
    let sx = if dx == 0.0 {
        f64::INFINITY
    } else {
        (rect.width / 2.0) / dx.abs()
    };
    let sy = if dy == 0.0 {
        f64::INFINITY
    } else {
        (rect.height / 2.0) / dy.abs()
    };
    let s = sx.min(sy);
    (cx + dx * s, cy + dy * s)
}

/// The two end points of a straight edge between two boxes, on their borders.
pub fn edge_ends(source: Rect, target: Rect) -> ((f64, f64), (f64, f64)) {
    (
        border_point(source, target.centre()),
        border_point(target, source.centre()),
    )
}

/// Breaks text into at most `max_lines` lines of about `max_chars` characters,
/// at spaces where possible, ending with an ellipsis when text is cut.
pub fn wrap(text: &str, max_chars: usize, max_lines: usize) -> Vec<String> {
    let max_chars = max_chars.max(1);
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let mut word: String = word.to_string();
        loop {
            let needed = if current.is_empty() {
                0
            } else {
                current.chars().count() + 1
            };
            if needed + word.chars().count() <= max_chars {
                if !current.is_empty() {
                    current.push(' ');
                }
                current.push_str(&word);
                break;
            }
            if current.is_empty() {
                // A word longer than a line is cut across lines.
                let head: String = word.chars().take(max_chars).collect();
                word = word.chars().skip(max_chars).collect();
                lines.push(head);
            } else {
                lines.push(std::mem::take(&mut current));
            }
            if lines.len() > max_lines {
                break;
            }
        }
        if lines.len() > max_lines {
            break;
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            let kept: String = last.chars().take(max_chars.saturating_sub(1)).collect();
            *last = format!("{}…", kept.trim_end());
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOX: Rect = Rect {
        x: 0.0,
        y: 0.0,
        width: 200.0,
        height: 100.0,
    };

    #[test]
    fn border_points_lie_on_the_box_edge() {
        assert_eq!(border_point(BOX, (500.0, 50.0)), (200.0, 50.0));
        assert_eq!(border_point(BOX, (100.0, -300.0)), (100.0, 0.0));
        let (x, y) = border_point(BOX, (400.0, 250.0));
        assert!((x - 175.0).abs() < 1e-9 && (y - 100.0).abs() < 1e-9);
        assert_eq!(border_point(BOX, (100.0, 50.0)), (100.0, 50.0));
    }

    #[test]
    fn wrapping_keeps_words_and_marks_cut_text() {
        assert_eq!(
            wrap("Places orders using the store", 14, 3),
            vec!["Places orders", "using the", "store"]
        );
        assert_eq!(
            wrap("one two three four five six", 9, 2),
            vec!["one two", "three…"]
        );
        assert_eq!(
            wrap("Supercalifragilistic", 8, 3),
            vec!["Supercal", "ifragili", "stic"]
        );
        assert!(wrap("   ", 10, 2).is_empty());
    }
}
