//! The sample's decision records ADR-0005 to ADR-0008, from 2024–25: the API
//! gateway, Kafka with an outbox, and search becoming its own service.

use super::decisions::{Adr, Opt};
use crate::{DecisionStatus, RelationKind, Reversibility, Scope};

pub(super) const ADRS: &[Adr] = &[
    Adr {
        number: 5,
        title: "Route all app traffic through a shared API gateway",
        status: DecisionStatus::Accepted,
        date: "2024-06-10",
        deciders: &["Tom Okafor (Head of Platform)", "Elena Sokolova (Principal Engineer)"],
        consulted: &["Discovery", "Checkout", "Customer Care Tools", "Daniel Ortiz (CISO)"],
        informed: &["Engineering all-hands"],
        context: "The storefront, the mobile app and the Support Console each call four services directly, and \
                  each service implements its own token checks and rate limits, slightly differently. A \
                  penetration test found one service that accepted expired tokens.",
        drivers: &["One place to enforce authentication and rate limits", "No more than 10 ms added at p95", "Service teams keep control of their own routes"],
        options: &[
            Opt {
                name: "Shared gateway run by Developer Platform",
                description: "Envoy Gateway on the platform cluster; teams own their route files.",
                pros: &["Authentication and rate limits written once", "Routes reviewed like any other code"],
                cons: &["A shared component every request depends on", "Platform team on the critical path for gateway upgrades"],
            },
            Opt {
                name: "Backend for frontend per app",
                description: "One small API per app, each with its own checks.",
                pros: &["App teams shape their own APIs"],
                cons: &["Three copies of the security logic to keep in step"],
            },
            Opt {
                name: "Keep direct calls and a shared auth library",
                description: "Every service links the same token-checking library.",
                pros: &["No new hop"],
                cons: &["Library upgrades lag across services, as the pen-test showed"],
            },
        ],
        outcome: "Chosen option: **a shared gateway run by Developer Platform**, because it closes the class of \
                  bug the penetration test found and its measured overhead was 3 ms at p95. Teams own their \
                  route definitions in their own repositories.",
        good: &["Expired or forged tokens are rejected before any service sees them", "Rate limits are consistent per customer"],
        bad: &["The gateway needs its own SLO, stricter than any service behind it"],
        confirmation: "Network policy allows app traffic to reach services only through the gateway; the \
                       quarterly penetration test checks for bypasses.",
        category: (Reversibility::CostlyToReverse, Scope::SeveralTeams),
        relations: &[],
        links: &["api-gateway", "rel-web-gateway", "rel-mobile-gateway", "rel-console-gateway"],
        concerns: &["security", "latency"],
    },
    Adr {
        number: 6,
        title: "Publish order events through Kafka with a transactional outbox",
        status: DecisionStatus::Accepted,
        date: "2024-11-18",
        deciders: &["Marcus Bell (EM, Checkout & Payments)", "Elena Sokolova (Principal Engineer)"],
        consulted: &["Fulfilment", "Data Platform", "Developer Platform"],
        informed: &["Engineering all-hands", "Kenji Watanabe (SRE Lead)"],
        context: "Since ADR-0003 we publish to RabbitMQ after committing an order. In Black Friday 2024 testing, \
                  a pod restart between commit and publish lost 14 events, and the Data Platform wants to replay \
                  order history into the warehouse, which RabbitMQ cannot do.",
        drivers: &["No order event lost, even when a pod dies mid-request", "Per-order ordering for consumers", "Replay for new consumers"],
        options: &[
            Opt {
                name: "Kafka (Amazon MSK) with a transactional outbox",
                description: "Write events to an outbox table in the order's transaction; a publisher relays them to Kafka.",
                pros: &["An event exists if and only if the order was committed", "Partitioning by order id keeps per-order order", "Retention allows replay"],
                cons: &["At-least-once delivery: consumers must be idempotent", "A new component (the publisher) to run"],
            },
            Opt {
                name: "Keep RabbitMQ and publish in the request",
                description: "Retry publishing harder and alert on failures.",
                pros: &["Nothing to migrate"],
                cons: &["Still loses events on a crash", "Still no replay"],
            },
            Opt {
                name: "Change data capture with Debezium",
                description: "Stream the orders table's change log to Kafka.",
                pros: &["No application changes to publish"],
                cons: &["Publishes table rows, not domain events: consumers couple to our schema"],
            },
        ],
        outcome: "Chosen option: **Kafka with a transactional outbox**, because it is the only option that makes \
                  losing an event impossible without coupling consumers to the orders schema. Developer \
                  Platform provides Kafka as a service, so Checkout runs only the outbox publisher.",
        good: &["No lost events since go-live", "The Analytics Platform backfilled two years of orders"],
        bad: &["Consumers had to add idempotency keys", "Outbox rows need pruning"],
        confirmation: "A nightly reconciliation job compares committed orders with events on `order-events` and \
                       pages Checkout on any gap.",
        category: (Reversibility::CostlyToReverse, Scope::SeveralTeams),
        relations: &[(RelationKind::Supersedes, 3)],
        links: &["order-events", "outbox-publisher", "order-repository", "rel-outbox-events", "rel-orders-events"],
        concerns: &["reliability", "maintainability"],
    },
    Adr {
        number: 7,
        title: "Split search into its own service",
        status: DecisionStatus::Accepted,
        date: "2025-02-10",
        deciders: &["Sofia Lindqvist (Director of Engineering, Digital Commerce)", "Elena Sokolova (Principal Engineer)"],
        consulted: &["Discovery", "Search Relevance", "Hannah Becker (Head of Product)"],
        informed: &["Engineering all-hands"],
        context: "Search lives inside the Catalogue Service and queries PostgreSQL full-text indexes. p95 search \
                  latency is 900 ms at peak, relevance work needs specialists the Discovery team does not have, \
                  and every relevance tweak waits for a Catalogue release.",
        drivers: &["Search p95 under 200 ms at peak", "Relevance changes released independently", "A team with information-retrieval skills owns it"],
        options: &[
            Opt {
                name: "Search Service with its own index, fed by catalogue events",
                description: "A new service owned by a new Search Relevance team, indexing from `catalogue-changes`.",
                pros: &["Latency and relevance owned by specialists", "Independent releases"],
                cons: &["Index lags the catalogue by seconds", "A new team to staff"],
            },
            Opt {
                name: "Tune PostgreSQL full-text search in place",
                description: "Better indexes and a read replica for search.",
                pros: &["No new service"],
                cons: &["Facets and typo tolerance remain hard", "Still tied to Catalogue releases"],
            },
        ],
        outcome: "Chosen option: **a separate Search Service**, owned by the new Search Relevance team \
                  (a complicated-subsystem team) and fed by catalogue events. Discovery keeps the storefront \
                  experience and collaborates with Search Relevance on the search journey.",
        good: &["Search p95 fell to 140 ms", "Relevance experiments go live weekly"],
        bad: &["Search results can show a price a few seconds stale"],
        confirmation: "The Search Service's SLO dashboard tracks p95 latency; the Catalogue Service no longer \
                       exposes a search endpoint.",
        category: (Reversibility::CostlyToReverse, Scope::SeveralTeams),
        relations: &[],
        links: &["search-service", "search-index", "catalogue-changes", "rel-search-changes", "team-search-relevance"],
        concerns: &["latency", "delivery-speed"],
    },
    Adr {
        number: 8,
        title: "Self-host Elasticsearch on Kubernetes",
        status: DecisionStatus::Rejected,
        date: "2025-02-24",
        deciders: &["Tom Okafor (Head of Platform)", "Search Relevance"],
        consulted: &["Developer Platform", "Richard Hale (CFO)"],
        informed: &["Discovery"],
        context: "ADR-0007 needs a search index. Running Elasticsearch with the ECK operator on our own cluster \
                  would cost about 40% less in infrastructure than Elastic Cloud at our size.",
        drivers: &["Infrastructure cost", "On-call load on a two-person platform rota", "Upgrade effort"],
        options: &[
            Opt {
                name: "Self-host with the ECK operator",
                description: "Elasticsearch on the platform's Kubernetes cluster.",
                pros: &["Lower infrastructure bill", "Full control over plugins"],
                cons: &["Platform on call for a stateful cluster", "Upgrades and snapshots are ours"],
            },
            Opt {
                name: "Elastic Cloud",
                description: "Managed Elasticsearch in the same AWS region.",
                pros: &["Upgrades, snapshots and scaling handled", "Follows the managed-services principle"],
                cons: &["Higher monthly cost"],
            },
        ],
        outcome: "Rejected. The saving (about £2,300 a month) does not pay for a quarter of a platform \
                  engineer's time, and self-hosting departs from our managed-services principle. We use \
                  Elastic Cloud.",
        good: &["Platform capacity stays on the golden path"],
        bad: &["Higher search hosting cost, visible in the monthly cost report"],
        confirmation: "Revisit only if Elastic Cloud's cost exceeds £10,000 a month.",
        category: (Reversibility::CostlyToReverse, Scope::SeveralTeams),
        relations: &[(RelationKind::RelatesTo, 7)],
        links: &["search-index", "team-developer-platform"],
        concerns: &["cost", "maintainability", "reliability"],
    },
];
