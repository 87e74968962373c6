//! The sample's first decision records, ADR-0001 to ADR-0004, from the 2023–24
//! move off the old monolith: order storage, payments, order events, dispatch status.

use super::decisions::{Adr, Opt};
use crate::{DecisionStatus, Reversibility, Scope};

pub(super) const ADRS: &[Adr] = &[
    Adr {
        number: 1,
        title: "Use PostgreSQL for order data",
        status: DecisionStatus::Accepted,
        date: "2023-10-02",
        deciders: &["Marcus Bell (EM, Checkout & Payments)", "Elena Sokolova (Principal Engineer)"],
        consulted: &["Developer Platform", "Data Platform", "Daniel Ortiz (CISO)", "Fatima Noor (DPO)"],
        informed: &["Engineering all-hands"],
        context: "The Orders Service is being carved out of the old monolith and needs a store of its own. \
                  Orders are relational (orders, lines, adjustments, payments) and every change must be atomic: \
                  losing or half-writing an order costs money and trust. The team already runs PostgreSQL well.",
        drivers: &[
            "Atomic, durable writes of an order and its lines",
            "Ad-hoc queries for support and finance investigations",
            "Operable by one team without a specialist DBA",
        ],
        options: &[
            Opt {
                name: "PostgreSQL (managed, Amazon RDS)",
                description: "Relational store with transactions, JSONB for the odd flexible field.",
                pros: &["ACID transactions across orders and lines", "Team and platform know it well", "Point-in-time recovery out of the box"],
                cons: &["Vertical scaling limits in the long run", "Schema migrations need care during peak trading"],
            },
            Opt {
                name: "DynamoDB",
                description: "Managed key-value store keyed by order id.",
                pros: &["Scales without capacity planning", "No servers to patch"],
                cons: &["Multi-record transactions are limited and costly", "Ad-hoc queries need a separate copy of the data"],
            },
            Opt {
                name: "Keep orders in the monolith's MySQL schema",
                description: "Point the new service at the existing tables.",
                pros: &["No data migration"],
                cons: &["Couples the new service to the monolith's release schedule", "Breaks the no-shared-databases principle"],
            },
        ],
        outcome: "Chosen option: **PostgreSQL on Amazon RDS**, because it gives atomic order writes and ad-hoc \
                  queries with the least new operational knowledge. Order volume (about 6,000 orders on a peak \
                  hour) is far from its limits.",
        good: &["One transaction covers an order, its lines and (later) its outbox rows", "Support queries run against a read replica"],
        bad: &["Peak-season schema changes need an expand-and-contract plan"],
        confirmation: "The Orders Service's infrastructure code declares its RDS instance; the platform's \
                       dependency report shows no other service connecting to it.",
        category: (Reversibility::CostlyToReverse, Scope::OneTeam),
        relations: &[],
        links: &["orders-db", "orders-service", "rel-orders-db", "rel-repository-db"],
        concerns: &["reliability", "maintainability", "compliance"],
    },
    Adr {
        number: 2,
        title: "Use Stripe as payments provider",
        status: DecisionStatus::Accepted,
        date: "2023-11-13",
        deciders: &["Marcus Bell (EM, Checkout & Payments)", "Richard Hale (CFO)"],
        consulted: &["Daniel Ortiz (CISO)", "Fatima Noor (DPO)", "Payments & Fraud", "Finance operations"],
        informed: &["Checkout", "Customer Care Tools"],
        context: "Our legacy payment gateway contract ends in June 2024 and its hosted page cannot do 3-D Secure 2 \
                  exemptions, which costs us conversion on mobile. Card data must stay out of our systems to keep \
                  PCI DSS scope at SAQ A.",
        drivers: &["PCI DSS scope kept at SAQ A", "Wallets (Apple Pay, Google Pay) and 3-D Secure 2", "Blended transaction cost", "Quality of API and sandbox"],
        options: &[
            Opt {
                name: "Stripe",
                description: "Payment Intents API with Elements for card capture and Radar for fraud signals.",
                pros: &["Card data never touches our servers", "Wallets and 3-D Secure 2 in one integration", "Excellent sandbox and webhooks"],
                cons: &["Slightly higher blended rate than an acquirer-direct deal", "Radar overlaps our own fraud models"],
            },
            Opt {
                name: "Adyen",
                description: "Unified commerce platform with direct acquiring.",
                pros: &["Lowest rate at our volume", "Strong in-store story if we ever open shops"],
                cons: &["Minimum monthly invoice above our current spend", "Longer onboarding"],
            },
        ],
        outcome: "Chosen option: **Stripe**, because it keeps us at SAQ A and ships wallets and 3-D Secure 2 in one \
                  integration within the contract deadline. Finance accepted the rate difference for two years, \
                  to be reviewed at renewal.",
        good: &["Hosted card fields keep card numbers out of our estate", "Refunds can be issued from the Support Console through one API"],
        bad: &["Switching provider later means re-tokenising saved cards", "Some fraud signals are duplicated between Radar and our models"],
        confirmation: "The quarterly PCI DSS self-assessment confirms SAQ A; the Payments Service is the only caller \
                       of the Stripe API keys in the secrets manager.",
        category: (Reversibility::CostlyToReverse, Scope::SeveralTeams),
        relations: &[],
        links: &["ext-payments-provider", "payments-service", "rel-payments-provider", "rel-store-payments"],
        concerns: &["security", "compliance", "cost"],
    },
    Adr {
        number: 3,
        title: "Use RabbitMQ for order events",
        status: DecisionStatus::Superseded,
        date: "2023-12-04",
        deciders: &["Marcus Bell (EM, Checkout & Payments)"],
        consulted: &["Fulfilment", "Developer Platform", "Richard Hale (CFO)", "Hannah Becker (Head of Product)"],
        informed: &["Engineering all-hands"],
        context: "Fulfilment and the Notifications Service need to react when an order is placed, without the \
                  Orders Service calling each of them. We need a broker this quarter and have little time to run one.",
        drivers: &["Available before the January sale", "Decouples consumers from the Orders Service", "Low running cost"],
        options: &[
            Opt {
                name: "RabbitMQ (Amazon MQ)",
                description: "Managed broker with a fan-out exchange per event type.",
                pros: &["Available in days as a managed service", "Familiar to the Fulfilment team"],
                cons: &["Messages are gone once consumed: no replay for new consumers", "Ordering per order is not guaranteed across consumers"],
            },
            Opt {
                name: "Kafka (Amazon MSK)",
                description: "Partitioned log with retention.",
                pros: &["Replay and per-key ordering", "Analytics can read the same stream"],
                cons: &["Nobody in the organisation has run it yet", "Higher fixed cost"],
            },
        ],
        outcome: "Chosen option: **RabbitMQ on Amazon MQ**, because it can be live before the January sale. We \
                  accept the lack of replay for now and will revisit when more consumers appear.",
        good: &["Fulfilment no longer polls the Orders Service"],
        bad: &["Events are published after the database commit, so a crash in between loses them", "New consumers cannot read history"],
        confirmation: "Superseded by ADR-0006; kept for the record.",
        category: (Reversibility::CostlyToReverse, Scope::SeveralTeams),
        relations: &[],
        links: &["order-events", "rel-orders-events"],
        concerns: &["reliability", "cost", "delivery-speed"],
    },
    Adr {
        number: 4,
        title: "Poll the warehouse system for dispatch status",
        status: DecisionStatus::Deprecated,
        date: "2024-04-08",
        deciders: &["Aisha Khan (EM, Operations Technology)"],
        consulted: &["Warehouse operations", "Customer Care Tools"],
        informed: &["Checkout", "Customer Support"],
        context: "Customers and agents need to know when an order has left the warehouse. The warehouse \
                  management system had no outbound webhooks in 2024, only a status API limited to 10 requests a second.",
        drivers: &["Dispatch status visible within 15 minutes", "Stay within the vendor's rate limit"],
        options: &[
            Opt {
                name: "Poll every five minutes for orders changed since the last poll",
                description: "The Fulfilment Service keeps a high-water mark and asks for changes.",
                pros: &["Works with the API the vendor has today", "Simple to reason about"],
                cons: &["Up to five minutes' delay", "Wasted calls when nothing changed"],
            },
            Opt {
                name: "Nightly file export from the warehouse",
                description: "The vendor drops a CSV of the day's dispatches on SFTP.",
                pros: &["No rate limits"],
                cons: &["Dispatch emails a day late", "Support cannot answer \"where is my order?\" on the day"],
            },
        ],
        outcome: "Chosen option: **poll every five minutes**. Deprecated in 2026: the vendor now offers signed \
                  webhooks and Fulfilment plans to move to them; no new integration should copy this polling.",
        good: &["Dispatch emails go out the same day"],
        bad: &["About 17,000 status calls a day, most of them empty", "Five-minute lag shows up in contact reasons"],
        confirmation: "The Fulfilment Service's poller dashboard shows calls staying under the vendor's rate limit.",
        category: (Reversibility::TwoWayDoor, Scope::OneTeam),
        relations: &[],
        links: &["fulfilment-service", "ext-warehouse-management", "rel-fulfilment-wms"],
        concerns: &["latency", "maintainability"],
    },
];
