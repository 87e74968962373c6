//! The sample's latest decision records, ADR-0009 to ADR-0012: the golden path,
//! event retention, and two open RFCs (event-sourced catalogue, payments as a service).

use super::decisions::{Adr, Opt};
use crate::{DecisionStatus, RelationKind, Reversibility, Scope};

pub(super) const ADRS: &[Adr] = &[
    Adr {
        number: 9,
        title: "Adopt the platform's golden-path deploy pipeline",
        status: DecisionStatus::Accepted,
        date: "2025-06-02",
        deciders: &["Priya Raman (VP Engineering)", "Tom Okafor (Head of Platform)"],
        consulted: &["All stream-aligned teams", "Kenji Watanabe (SRE Lead)", "Daniel Ortiz (CISO)", "Fatima Noor (DPO)", "Hannah Becker (Head of Product)"],
        informed: &["Engineering all-hands", "Hannah Becker (Head of Product)"],
        context: "Teams run five different CI set-ups. Median lead time is four days, two services still deploy \
                  by hand, and audit evidence for changes is gathered manually each quarter. Developer Platform \
                  has built a pipeline template with progressive delivery and automatic change records.",
        drivers: &["Lead time for changes", "Change-failure rate", "Audit evidence without manual work", "Cognitive load on stream-aligned teams"],
        options: &[
            Opt {
                name: "Golden path by default, recorded exits allowed",
                description: "Every service moves to the template; a team may leave it with an ADR of its own.",
                pros: &["One pipeline for the platform to improve", "Canary releases and rollback for everyone"],
                cons: &["Migration effort of about two weeks per team", "Some teams lose tooling they like"],
            },
            Opt {
                name: "Mandate the pipeline with no exits",
                description: "Same template, no exceptions.",
                pros: &["Total consistency"],
                cons: &["Blocks legitimate needs such as the mobile app's store releases"],
            },
            Opt {
                name: "Leave pipelines to teams",
                description: "Publish the template as one option among many.",
                pros: &["No migration"],
                cons: &["Audit and reliability gaps remain"],
            },
        ],
        outcome: "Chosen option: **golden path by default, recorded exits allowed**, because it gives most of \
                  the consistency at little cost to autonomy. The Mobile App keeps its store-release pipeline \
                  under its own recorded exit.",
        good: &["Median lead time fell from four days to under one", "Change records are produced automatically"],
        bad: &["Developer Platform is now a dependency for every release and must staff support accordingly"],
        confirmation: "The platform's service catalogue reports which services deploy through the golden path; \
                       exits link to their ADRs.",
        category: (Reversibility::TwoWayDoor, Scope::WholeOrganisation),
        relations: &[],
        links: &[
            "team-developer-platform",
            "ix-checkout-platform",
            "ix-discovery-platform",
            "ix-fulfilment-platform",
            "ix-payments-platform",
            "ix-care-platform",
        ],
        concerns: &["delivery-speed", "reliability", "maintainability", "compliance"],
    },
    Adr {
        number: 10,
        title: "Retain order events for 30 days and key them by order id",
        status: DecisionStatus::Accepted,
        date: "2025-09-08",
        deciders: &["Marcus Bell (EM, Checkout & Payments)", "Fatima Noor (DPO)"],
        consulted: &["Data Platform", "Fulfilment", "Richard Hale (CFO)", "Daniel Ortiz (CISO)"],
        informed: &["All consumers of order-events"],
        context: "ADR-0006 left `order-events` with the platform default of infinite retention. Events carry \
                  delivery addresses, so keeping them forever conflicts with our retention schedule, and storage \
                  has grown to 3 TB.",
        drivers: &["UK GDPR storage limitation", "Consumers can recover from a two-week outage", "Storage cost"],
        options: &[
            Opt {
                name: "30 days, keyed by order id",
                description: "Time-based retention; the Analytics Platform keeps the pseudonymised long-term history.",
                pros: &["Meets the retention schedule", "Cuts storage by over 90%"],
                cons: &["New consumers bootstrap from the Analytics Platform, not from Kafka"],
            },
            Opt {
                name: "Compacted topic keeping the latest event per order",
                description: "Log compaction instead of time-based retention.",
                pros: &["Current state of every order always available"],
                cons: &["Personal data stays for as long as the order exists"],
            },
        ],
        outcome: "Chosen option: **30-day retention, keyed by order id**. This amends ADR-0006: replay is limited \
                  to 30 days, and longer history comes from the Analytics Platform.",
        good: &["Retention now matches the published schedule", "Topic storage fell from 3 TB to 180 GB"],
        bad: &["Rebuilding a consumer from scratch takes two sources"],
        confirmation: "The topic configuration is in the platform's Kafka repository and checked by policy in CI.",
        category: (Reversibility::TwoWayDoor, Scope::SeveralTeams),
        relations: &[(RelationKind::Amends, 6)],
        links: &["order-events", "rel-analytics-events", "rel-fulfilment-events"],
        concerns: &["compliance", "cost", "reliability"],
    },
    Adr {
        number: 11,
        title: "Move Catalogue to event-sourced read models",
        status: DecisionStatus::Proposed,
        date: "2026-10-14",
        deciders: &["Sofia Lindqvist (Director of Engineering, Digital Commerce)", "Discovery"],
        consulted: &["Search Relevance", "Checkout", "Elena Sokolova (Principal Engineer)"],
        informed: &["Engineering all-hands"],
        context: "RFC, open for comment until 2026-11-30. The Catalogue Service serves three very different \
                  reads (storefront pages, basket pricing, search indexing) from one normalised schema, and \
                  price changes for a 40,000-SKU promotion take 25 minutes to reach the storefront.",
        drivers: &["Price changes visible everywhere within a minute", "Each read shaped for its consumer", "Audit trail of price history"],
        options: &[
            Opt {
                name: "Event-sourced catalogue with per-consumer read models",
                description: "Store catalogue changes as events; project read models for pages, pricing and search.",
                pros: &["Full price history for audits", "Read models tuned per consumer"],
                cons: &["Event-sourcing skills are thin in Discovery", "Hard to reverse once other teams read the projections"],
            },
            Opt {
                name: "Keep CRUD and add materialised views",
                description: "Denormalised PostgreSQL views refreshed on change.",
                pros: &["Small, familiar change"],
                cons: &["Refresh of large views is what is slow today"],
            },
        ],
        outcome: "Not yet decided. The RFC proposes event sourcing, starting with prices only, with \
                  coaching from an engineer in Search Relevance who has run it before.",
        good: &["If accepted, promotions go live in under a minute"],
        bad: &["If accepted, Discovery's cognitive load rises while it learns the pattern"],
        confirmation: "To be agreed in the RFC review on 2026-12-03.",
        category: (Reversibility::OneWayDoor, Scope::SeveralTeams),
        relations: &[(RelationKind::RelatesTo, 7)],
        links: &["catalogue-service", "catalogue-db", "catalogue-changes", "rel-basket-catalogue"],
        concerns: &["latency", "maintainability", "delivery-speed"],
    },
    Adr {
        number: 12,
        title: "Consume payments as a service and end the Checkout–Payments collaboration",
        status: DecisionStatus::Proposed,
        date: "2026-11-09",
        deciders: &["Marcus Bell (EM, Checkout & Payments)"],
        consulted: &["Checkout", "Payments & Fraud", "Daniel Ortiz (CISO)", "Hannah Becker (Head of Product)"],
        informed: &["Sofia Lindqvist (Director of Engineering, Digital Commerce)"],
        context: "The collaboration to build the 3-D Secure 2 flow was planned to end in May 2026 and is still \
                  running. Checkout engineers now change Payments Service code directly, which blurs PCI DSS \
                  responsibilities and keeps both teams in each other's stand-ups.",
        drivers: &["Clear ownership of PCI-scoped code", "Cognitive load of both teams", "Checkout's delivery speed"],
        options: &[
            Opt {
                name: "Switch to X-as-a-Service",
                description: "Payments & Fraud publishes a versioned payments API with an SLO; Checkout consumes it.",
                pros: &["Ownership of PCI-scoped code is unambiguous", "Both teams regain focus"],
                cons: &["Payments & Fraud must write and support API documentation"],
            },
            Opt {
                name: "Merge the two teams",
                description: "One larger team owns checkout and payments.",
                pros: &["No interface to negotiate"],
                cons: &["Eleven people, beyond a healthy team size", "Specialist fraud work gets crowded out"],
            },
        ],
        outcome: "Proposed: **switch to X-as-a-Service** from January 2027, with a two-week hand-over of the \
                  remaining 3-D Secure 2 work.",
        good: &["Ends a collaboration that has outlived its purpose"],
        bad: &["Short-term slowdown while the API contract is written"],
        confirmation: "The Teams view shows X-as-a-Service between Checkout and Payments & Fraud, and no \
                       Checkout commits land in the Payments Service repository.",
        category: (Reversibility::TwoWayDoor, Scope::SeveralTeams),
        relations: &[],
        links: &["ix-checkout-payments", "team-checkout", "team-payments-fraud", "payments-adapter", "rel-orders-payments"],
        concerns: &["delivery-speed", "security"],
    },
];
