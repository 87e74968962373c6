//! The sample's shared vocabulary: the concerns stakeholders weigh, the principles
//! decisions follow, and the glossary of words Northwind's teams agree to use.

use super::concern_id;
use crate::{Concern, Id, Principle, Term};

/// (short name, name, description); the id is `concern-<short name>`.
#[rustfmt::skip]
const CONCERNS: &[(&str, &str, &str)] = &[
    ("latency", "Latency", "How long customers wait: p95 page and API response times, search-as-you-type, checkout."),
    ("cost", "Cost", "Cloud, licence and vendor spend, and the engineering time a choice ties up."),
    ("delivery-speed", "Delivery speed", "Lead time from an idea to a change in production, and how often teams release."),
    ("reliability", "Reliability", "Orders are taken and never lost: availability against SLOs, durability, recovery time."),
    ("security", "Security", "Customer data and payments stay confidential and untampered; PCI DSS scope stays small."),
    ("compliance", "Compliance", "UK GDPR, PCI DSS and financial-audit obligations are met and can be shown to be met."),
    ("maintainability", "Maintainability", "A team can understand, change and operate what it owns without heroics."),
];

pub(super) fn concerns() -> Vec<Concern> {
    CONCERNS
        .iter()
        .map(|&(short, name, description)| Concern {
            id: concern_id(short),
            name: name.into(),
            description: description.into(),
        })
        .collect()
}

/// (id, name, statement, rationale, implications)
#[rustfmt::skip]
const PRINCIPLES: &[(&str, &str, &str, &str, &[&str])] = &[
    (
        "principle-build-it-run-it", "You build it, you run it",
        "The team that owns a service is on call for it and decides how it is built and released.",
        "Teams that feel the pain of their own outages fix root causes; hand-offs to a separate operations group slowed every release we made before 2023.",
        &["Every container has exactly one owning team.", "Owning teams hold the pager for their services.", "An unowned service is a risk to be fixed, not a neutral state."],
    ),
    (
        "principle-managed-services", "Prefer managed services over self-hosting",
        "Use a managed offering for undifferentiated infrastructure unless a decision record shows why not.",
        "We have two platform teams, not twenty: their time is better spent on the golden path than on patching databases and brokers.",
        &["Databases, search clusters and brokers are managed services by default.", "Self-hosting needs an ADR with a cost and on-call estimate."],
    ),
    (
        "principle-events-between-teams", "Integrate across teams with events and APIs, never shared databases",
        "A data store belongs to one service; other teams read its data through its API or its published events.",
        "Shared schemas couple release schedules and make ownership meaningless; events let consumers move at their own pace.",
        &["No service reads another service's database.", "Published events are versioned contracts, owned by the producer.", "Cross-team reads that need low latency go through an API with an SLO."],
    ),
    (
        "principle-golden-path", "Golden path by default, paved exits allowed",
        "Teams build, deploy and observe services with the platform's golden path unless they record why they leave it.",
        "One well-supported path keeps cognitive load low and lets the platform team improve everyone's delivery at once.",
        &["New services start from the golden-path template.", "Leaving the path is a two-way-door decision the team records itself."],
    ),
    (
        "principle-least-data", "Collect the least customer data we need",
        "Keep only the personal data a journey needs, for no longer than the retention schedule allows.",
        "Data we do not hold cannot leak, needs no subject-access search and keeps PCI DSS and GDPR scope small.",
        &["Card numbers never enter our systems; the payments provider tokenises them.", "Every data store documents its retention period.", "Analytics uses pseudonymised customer ids."],
    ),
];

pub(super) fn principles() -> Vec<Principle> {
    PRINCIPLES
        .iter()
        .map(
            |&(id, name, statement, rationale, implications)| Principle {
                id: Id::new(id),
                name: name.into(),
                statement: statement.into(),
                rationale: rationale.into(),
                implications: implications.iter().map(|&text| text.into()).collect(),
            },
        )
        .collect()
}

/// (id, term, definition, words to avoid)
#[rustfmt::skip]
const GLOSSARY: &[(&str, &str, &str, &[&str])] = &[
    ("term-customer", "Customer", "A person who buys or may buy from Northwind, signed in or not.", &["user", "client", "shopper"]),
    ("term-order", "Order", "A customer's commitment to buy the contents of a basket at agreed prices, from placement to completion.", &["purchase", "transaction", "sale"]),
    ("term-basket", "Basket", "The products and quantities a customer intends to buy, before checkout.", &["cart", "trolley", "bag"]),
    ("term-checkout", "Checkout", "The journey that turns a basket into a placed and paid order.", &["payment flow", "purchase funnel"]),
    ("term-sku", "SKU", "Stock-keeping unit: one sellable variant of a product, such as a colour and size.", &["item", "variant id", "article"]),
    ("term-catalogue", "Catalogue", "Every product and SKU Northwind offers, with prices and availability.", &["inventory", "product list"]),
    ("term-fulfilment", "Fulfilment", "Picking, packing and dispatching an order from the warehouse.", &["shipping", "order processing"]),
    ("term-dispatch", "Dispatch", "The moment a parcel leaves the warehouse with a carrier; the order becomes dispatched.", &["shipped", "sent"]),
    ("term-fraud-check", "Fraud check", "Scoring a payment for fraud risk before it is captured; the result is accept, review or decline.", &["risk check", "verification"]),
    ("term-outbox", "Outbox", "A table written in the same transaction as the business change, from which events are published.", &["event log", "message table"]),
    ("term-golden-path", "Golden path", "The platform's supported way to build, deploy and observe a service.", &["paved road", "blessed stack"]),
    ("term-stream-aligned-team", "Stream-aligned team", "A team aligned to one flow of change for customers, able to deliver it end to end.", &["feature team", "product squad"]),
    ("term-slo", "Service level objective", "A target for a service level indicator over a window, such as 99.9% of checkouts succeeding over 28 days.", &["SLA", "uptime promise"]),
    ("term-error-budget", "Error budget", "The failures an SLO still allows in its window; when it is spent, reliability work comes first.", &["downtime allowance"]),
];

pub(super) fn glossary() -> Vec<Term> {
    GLOSSARY
        .iter()
        .map(|&(id, term, definition, avoid)| Term {
            id: Id::new(id),
            term: term.into(),
            definition: definition.into(),
            avoid: avoid.iter().map(|&word| word.into()).collect(),
        })
        .collect()
}
