//! The RFC side of a decision: its review (reviewers, review-by date, open
//! questions, the comment thread with a box to add to it), who accepted or
//! rejected it, why it was deprecated, and the form fields that edit the review.

use leptos::prelude::*;

use crate::app::{today, AppState};
use crate::ui::panel::markdown::Markdown;
use conway_editor::decision_fields::{lines, names};
use conway_model::{Date, Decision, DecisionStatus, Id};

/// "Accepted by Priya Raman on 2026-11-23", when the record says so.
pub fn resolution_line(d: &Decision) -> Option<String> {
    let r = d.resolution.as_ref()?;
    let verb = match d.status {
        DecisionStatus::Rejected => "Rejected",
        _ => "Accepted",
    };
    Some(match r.on {
        Some(on) => format!("{verb} by {} on {on}", r.by),
        None => format!("{verb} by {}", r.by),
    })
}

/// The review as read: shown for a proposal, or once a review was recorded.
#[component]
pub fn ReviewSection(decision: Decision) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = StoredValue::new(decision.id.clone());
    let review = decision.review;
    let proposed = decision.status == DecisionStatus::Proposed;
    let overdue = proposed
        && review
            .review_by
            .zip(today())
            .is_some_and(|(due, now)| due < now);
    let (author, text) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let add = move || {
        let done = id.with_value(|id: &Id| {
            state.comment_on_decision(id, &author.get_untracked(), &text.get_untracked())
        });
        if done {
            text.set(String::new());
        }
    };
    view! {
        <section class="review" data-testid="review" aria-label="RFC review">
            <h3>{if proposed { "RFC review" } else { "Review" }}</h3>
            <dl class="facts">
                {(!review.reviewers.is_empty()).then(|| view! { <dt>"Reviewers"</dt><dd>{review.reviewers.join(", ")}</dd> })}
                {review.review_by.map(|due| view! {
                    <dt>"Review by"</dt>
                    <dd data-testid="review-by">{due.to_string()}
                        {overdue.then(|| view! { <span class="badge overdue" data-testid="review-overdue">"Past review date"</span> })}
                    </dd>
                })}
            </dl>
            {(!review.open_questions.is_empty()).then(|| view! {
                <h4>"Open questions"</h4>
                <ul class="plain-list bullets" data-testid="open-questions">
                    {review.open_questions.into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}
                </ul>
            })}
            <h4>{format!("Comments ({})", review.comments.len())}</h4>
            <ol class="comments" data-testid="comments">
                {review.comments.into_iter().map(|c| view! {
                    <li class="comment">
                        <p class="comment-meta"><strong>{c.author}</strong>{c.date.map(|d: Date| view! { <span class="muted">{format!(" · {d}")}</span> })}</p>
                        <Markdown text=c.text />
                    </li>
                }).collect_view()}
            </ol>
            <form class="comment-form" on:submit=move |ev| { ev.prevent_default(); add(); }>
                <input type="text" aria-label="Your name" placeholder="Your name" maxlength="200" prop:value=move || author.get()
                    on:input=move |ev| author.set(event_target_value(&ev)) />
                <textarea rows="2" aria-label="Comment" placeholder="Add a comment (markdown)" maxlength="100000" prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev)) />
                <button type="submit" class="button" prop:disabled=move || author.with(|a| a.trim().is_empty()) || text.with(|t| t.trim().is_empty())>"Add comment"</button>
            </form>
        </section>
    }
}

/// The review's own fields in the decision form; one undo step per field.
#[component]
pub fn ReviewFields(decision: Decision) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = StoredValue::new(decision.id.clone());
    let edit = move |change: Box<dyn FnOnce(&mut Decision)>| {
        id.with_value(|id| state.edit_decision(id, change));
    };
    let r = decision.review;
    view! {
        <fieldset class="options-editor" data-testid="review-editor">
            <legend>"RFC review"</legend>
            <div class="field-row">
                <label class="field"><span>"Reviewers (comma-separated)"</span>
                    <input type="text" data-testid="review-reviewers" prop:value=r.reviewers.join(", ")
                        on:change=move |ev| { let v = names(&event_target_value(&ev)); edit(Box::new(move |d| d.review.reviewers = v)); } />
                </label>
                <label class="field"><span>"Review by"</span>
                    <input type="date" data-testid="review-by-input" prop:value=r.review_by.map(|x| x.to_string()).unwrap_or_default()
                        on:change=move |ev| { let v = Date::parse(&event_target_value(&ev)); edit(Box::new(move |d| d.review.review_by = v)); } />
                </label>
            </div>
            <label class="field"><span>"Open questions (one per line)"</span>
                <textarea rows="2" data-testid="review-questions" prop:value=r.open_questions.join("\n")
                    on:change=move |ev| { let v = lines(&event_target_value(&ev)); edit(Box::new(move |d| d.review.open_questions = v)); } />
            </label>
        </fieldset>
    }
}
