//! Decisions: details, the form, status changes, reviews, principles cited, the
//! log and timeline, the new-decision dialog, the framework tab.

pub mod decision;
pub mod decision_form;
pub mod decision_log;
pub mod decision_principles;
pub mod decision_review;
pub mod decision_status;
pub mod framework;
pub mod new_decision;
pub mod principles;
pub mod timeline;
