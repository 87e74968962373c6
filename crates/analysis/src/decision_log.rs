//! The decision log: every decision, filtered by status, category, linked
//! element and text, sorted by number or date. What the decisions panel lists.

use conway_model::{Category, Decision, DecisionStatus, Id, Workspace};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LogFilter {
    pub status: Option<DecisionStatus>,
    pub category: Option<Category>,
    /// Only decisions linked to this element or relationship.
    pub linked: Option<Id>,
    /// Words that must all appear in the title, number or texts (any case).
    pub text: String,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LogOrder {
    /// By ADR number, lowest first.
    #[default]
    Number,
    /// Newest first; undated decisions last, by number.
    Date,
}

impl LogFilter {
    pub fn matches(&self, d: &Decision) -> bool {
        if self.status.is_some_and(|s| s != d.status)
            || self.category.is_some_and(|c| d.category != Some(c))
            || self.linked.as_ref().is_some_and(|l| !d.links.contains(l))
        {
            return false;
        }
        let words: Vec<String> = self
            .text
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        if words.is_empty() {
            return true;
        }
        let haystack = [
            d.reference().as_str(),
            &d.title,
            &d.context,
            &d.outcome,
            &d.confirmation,
        ]
        .join("\n")
        .to_lowercase();
        words.iter().all(|w| haystack.contains(w.as_str()))
    }
}

pub fn decision_log<'a>(
    ws: &'a Workspace,
    filter: &LogFilter,
    order: LogOrder,
) -> Vec<&'a Decision> {
    let mut list: Vec<&Decision> = ws.decisions.iter().filter(|d| filter.matches(d)).collect();
    match order {
        LogOrder::Number => list.sort_by_key(|d| d.number),
        LogOrder::Date => list.sort_by(|a, b| {
            b.date
                .is_some()
                .cmp(&a.date.is_some())
                .then(b.date.cmp(&a.date))
                .then(a.number.cmp(&b.number))
        }),
    }
    list
}

#[cfg(test)]
mod tests {
    use super::*;
    use conway_model::sample::sample_workspace;
    use conway_model::{Date, Reversibility, Scope};

    #[test]
    fn filters_combine_and_text_matches_all_words_in_any_case() {
        let ws = sample_workspace();
        let all = decision_log(&ws, &LogFilter::default(), LogOrder::Number);
        assert_eq!(all.len(), ws.decisions.len());
        assert!(all.windows(2).all(|w| w[0].number < w[1].number));

        let proposed = LogFilter {
            status: Some(DecisionStatus::Proposed),
            ..LogFilter::default()
        };
        let found = decision_log(&ws, &proposed, LogOrder::Number);
        assert!(!found.is_empty());
        assert!(found.iter().all(|d| d.status == DecisionStatus::Proposed));

        let first = &ws.decisions[0];
        let by_text = LogFilter {
            text: first.title.to_uppercase(),
            ..LogFilter::default()
        };
        assert!(decision_log(&ws, &by_text, LogOrder::Number)
            .iter()
            .any(|d| d.id == first.id));
        let by_reference = LogFilter {
            text: first.reference().to_lowercase(),
            ..LogFilter::default()
        };
        assert_eq!(
            decision_log(&ws, &by_reference, LogOrder::Number)[0].id,
            first.id
        );

        let linked = first.links[0].clone();
        let by_link = LogFilter {
            linked: Some(linked.clone()),
            ..LogFilter::default()
        };
        assert!(decision_log(&ws, &by_link, LogOrder::Number)
            .iter()
            .all(|d| d.links.contains(&linked)));

        let category = Category {
            reversibility: Reversibility::OneWayDoor,
            scope: Scope::WholeOrganisation,
        };
        let by_category = LogFilter {
            category: Some(category),
            ..LogFilter::default()
        };
        assert!(decision_log(&ws, &by_category, LogOrder::Number)
            .iter()
            .all(|d| d.category == Some(category)));
        let nothing = LogFilter {
            text: "zebra quantum".into(),
            ..LogFilter::default()
        };
        assert!(decision_log(&ws, &nothing, LogOrder::Number).is_empty());
    }

    #[test]
    fn by_date_is_newest_first_with_undated_last() {
        let mut ws = sample_workspace();
        ws.decisions[0].date = None;
        ws.decisions[1].date = Date::parse("2030-01-01");
        let list = decision_log(&ws, &LogFilter::default(), LogOrder::Date);
        assert_eq!(list[0].id, ws.decisions[1].id);
        assert_eq!(list.last().unwrap().id, ws.decisions[0].id);
        assert!(list[..list.len() - 1]
            .windows(2)
            .all(|w| w[0].date >= w[1].date));
    }
}
