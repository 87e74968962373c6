//! The system side of the sample: the people, systems, containers and components
//! of Northwind's Online Store, who owns them, and the "uses" arrows between them.

use super::{el, optional_id, uses, weights, Weights};
use crate::{Element, ElementKind, Relationship, Synchrony};

use ElementKind::{
    Component, Container, DataStore, ExternalSystem, GroupBoundary, Person, Queue, SoftwareSystem,
    SystemBoundary,
};
const SYNC: Synchrony = Synchrony::Sync;
const ASYNC: Synchrony = Synchrony::Async;

const STORE: &str = "boundary-online-store";
const ORDERS: &str = "boundary-orders-service";

/// (id, kind, name, technology, description, owning team, parent); "" for none.
/// The Online Store itself spans many teams and the Notifications Service lost its
/// team in the 2025 re-organisation: both are deliberately left without an owner.
#[rustfmt::skip]
const ELEMENTS: &[(&str, ElementKind, &str, &str, &str, &str, &str)] = &[
    ("person-customer", Person, "Customer", "", "Someone shopping with Northwind on the web or in the mobile app.", "", ""),
    ("person-support-agent", Person, "Customer Support Agent", "", "Answers customer contacts, tracks orders and issues refunds.", "", ""),
    ("person-warehouse-staff", Person, "Warehouse Staff", "", "Picks, packs and dispatches orders at the Daventry distribution centre.", "", ""),
    ("system-online-store", SoftwareSystem, "Online Store", "", "Lets customers browse the catalogue, fill a basket and check out; built by several teams.", "", ""),
    ("system-analytics", SoftwareSystem, "Analytics Platform", "Snowflake, dbt", "Warehouse and models behind trading reports, demand forecasts and fraud features.", "team-data-platform", ""),
    ("ext-payments-provider", ExternalSystem, "Payments Provider", "Stripe", "Authorises, captures and refunds card and wallet payments.", "team-payments-fraud", ""),
    ("ext-warehouse-management", ExternalSystem, "Warehouse Management", "Manhattan Active WM (SaaS)", "Vendor-hosted system that runs picking, packing and stock in the warehouse.", "team-fulfilment", ""),
    ("ext-email-provider", ExternalSystem, "Email Provider", "Amazon SES", "Delivers transactional email: order confirmations, dispatch notices and refunds.", "team-developer-platform", ""),
    ("ext-erp", ExternalSystem, "ERP", "SAP S/4HANA", "Finance's system of record for revenue, refunds and stock valuation.", "team-fulfilment", ""),
    (STORE, SystemBoundary, "Online Store", "", "The containers that make up the Online Store.", "", ""),
    ("web-storefront", Container, "Web Storefront", "TypeScript, React, Next.js", "Server-rendered storefront where customers browse, search and check out.", "team-discovery", STORE),
    ("mobile-app", Container, "Mobile App", "React Native", "iOS and Android app offering the same journeys as the web storefront.", "team-discovery", STORE),
    ("support-console", Container, "Support Console", "TypeScript, React", "Back-office app agents use to find customers and orders and to issue refunds.", "team-care-tools", STORE),
    ("api-gateway", Container, "API Gateway", "Envoy Gateway", "Single entry point for traffic from the storefront and apps: TLS, authentication, rate limits and routing.", "team-developer-platform", STORE),
    ("catalogue-service", Container, "Catalogue Service", "Rust, axum", "Owns products, SKUs, prices and availability, and publishes every change.", "team-discovery", STORE),
    ("catalogue-db", DataStore, "Catalogue Database", "PostgreSQL 16", "Products, SKUs, price lists and availability snapshots.", "team-discovery", STORE),
    ("catalogue-changes", Queue, "catalogue-changes", "Kafka topic", "Product, price and availability changes, keyed by SKU.", "team-discovery", STORE),
    ("search-service", Container, "Search Service", "Rust, axum", "Full-text and faceted product search with tuned relevance.", "team-search-relevance", STORE),
    ("search-index", DataStore, "Product Search Index", "Elasticsearch 8 (Elastic Cloud)", "Denormalised product documents shaped for search and facets.", "team-search-relevance", STORE),
    ("basket-service", Container, "Basket Service", "Rust, axum", "Keeps each customer's basket and prices it against the catalogue.", "team-checkout", STORE),
    ("basket-store", DataStore, "Basket Store", "Redis 7", "Baskets keyed by customer or session, expiring after 30 days.", "team-checkout", STORE),
    ("orders-service", Container, "Orders Service", "Rust, axum", "Runs checkout and owns each order from placement to completion.", "team-checkout", STORE),
    ("orders-db", DataStore, "Orders Database", "PostgreSQL 16", "Orders, order lines, checkout state and the transactional outbox.", "team-checkout", STORE),
    ("order-events", Queue, "order-events", "Kafka topic", "Order placed, paid, dispatched, cancelled and refunded events, keyed by order id.", "team-checkout", STORE),
    ("payments-service", Container, "Payments Service", "Kotlin, Spring Boot", "Wraps the payments provider: authorisation, capture, refunds and fraud checks.", "team-payments-fraud", STORE),
    ("payments-db", DataStore, "Payments Database", "PostgreSQL 16", "Payment intents, provider references and fraud decisions; never card numbers.", "team-payments-fraud", STORE),
    ("notifications-service", Container, "Notifications Service", "Node.js, TypeScript", "Turns order events into customer emails; unowned since the 2025 re-organisation.", "", STORE),
    ("fulfilment-service", Container, "Fulfilment Service", "Rust, axum", "Sends placed orders to the warehouse and tracks them to dispatch.", "team-fulfilment", STORE),
    (ORDERS, GroupBoundary, "Orders Service", "", "The components inside the Orders Service.", "", ""),
    ("order-api", Component, "Order API Controller", "Rust, axum router", "HTTP endpoints for checkout, order history and cancellation.", "team-checkout", ORDERS),
    ("checkout-saga", Component, "Checkout Saga", "Rust, state machine", "Coordinates pricing, payment and order creation, compensating on failure.", "team-checkout", ORDERS),
    ("pricing-rules", Component, "Pricing Rules", "Rust", "Applies promotions, delivery charges and VAT to a basket.", "team-checkout", ORDERS),
    ("payments-adapter", Component, "Payments Adapter", "Rust, reqwest", "Calls the Payments Service with retries, timeouts and idempotency keys.", "team-checkout", ORDERS),
    ("order-repository", Component, "Order Repository", "Rust, sqlx", "Writes an order and its outbox rows in one transaction, and reads order history.", "team-checkout", ORDERS),
    ("outbox-publisher", Component, "Outbox Publisher", "Rust, rdkafka", "Relays committed outbox rows to Kafka, at least once and in order per order id.", "team-checkout", ORDERS),
];

/// Quality attributes the architecture calls out on particular elements.
const TAGS: &[(&str, Weights)] = &[
    ("api-gateway", &[("latency", 4), ("security", 5)]),
    ("search-service", &[("latency", 5)]),
    ("search-index", &[("latency", 4), ("cost", 3)]),
    ("orders-db", &[("reliability", 5), ("compliance", 3)]),
    ("order-events", &[("reliability", 4)]),
    ("checkout-saga", &[("reliability", 5), ("latency", 3)]),
    ("payments-service", &[("security", 5), ("compliance", 5)]),
    ("payments-db", &[("security", 4), ("compliance", 5)]),
    ("notifications-service", &[("maintainability", 4)]),
    ("ext-payments-provider", &[("cost", 3), ("compliance", 4)]),
    ("system-analytics", &[("cost", 4), ("compliance", 3)]),
];

pub(super) fn elements() -> Vec<Element> {
    ELEMENTS
        .iter()
        .map(
            |&(id, kind, name, technology, description, owner, parent)| {
                let tags = TAGS.iter().find(|(tagged, _)| *tagged == id);
                Element {
                    owner: optional_id(owner),
                    parent: optional_id(parent),
                    concerns: tags.map(|(_, list)| weights(list)).unwrap_or_default(),
                    ..el(id, kind, name, technology, description)
                }
            },
        )
        .collect()
}

/// (id, source, target, verb phrase, technology, synchrony): context, then containers, then components.
#[rustfmt::skip]
const USES: &[(&str, &str, &str, &str, &str, Synchrony)] = &[
    ("rel-customer-store", "person-customer", "system-online-store", "Browses products and places orders using", "HTTPS", SYNC),
    ("rel-agent-store", "person-support-agent", "system-online-store", "Looks up orders and issues refunds using", "HTTPS", SYNC),
    ("rel-staff-wms", "person-warehouse-staff", "ext-warehouse-management", "Picks, packs and dispatches orders using", "Handheld scanners", SYNC),
    ("rel-store-payments", "system-online-store", "ext-payments-provider", "Takes card and wallet payments using", "HTTPS/JSON", SYNC),
    ("rel-store-wms", "system-online-store", "ext-warehouse-management", "Sends orders for picking to", "HTTPS/JSON", SYNC),
    ("rel-store-email", "system-online-store", "ext-email-provider", "Sends order and dispatch emails using", "HTTPS/JSON", SYNC),
    ("rel-store-erp", "system-online-store", "ext-erp", "Posts settled orders and refunds to", "SFTP, nightly CSV", ASYNC),
    ("rel-store-analytics", "system-online-store", "system-analytics", "Streams order events to", "Kafka", ASYNC),
    ("rel-customer-web", "person-customer", "web-storefront", "Browses and buys using", "HTTPS", SYNC),
    ("rel-customer-mobile", "person-customer", "mobile-app", "Browses and buys using", "iOS, Android", SYNC),
    ("rel-agent-console", "person-support-agent", "support-console", "Handles customer contacts using", "HTTPS", SYNC),
    ("rel-web-gateway", "web-storefront", "api-gateway", "Calls APIs through", "HTTPS/JSON", SYNC),
    ("rel-mobile-gateway", "mobile-app", "api-gateway", "Calls APIs through", "HTTPS/JSON", SYNC),
    ("rel-console-gateway", "support-console", "api-gateway", "Calls back-office APIs through", "HTTPS/JSON", SYNC),
    ("rel-gateway-catalogue", "api-gateway", "catalogue-service", "Routes product requests to", "HTTP/2, JSON", SYNC),
    ("rel-gateway-search", "api-gateway", "search-service", "Routes search queries to", "HTTP/2, JSON", SYNC),
    ("rel-gateway-basket", "api-gateway", "basket-service", "Routes basket requests to", "HTTP/2, JSON", SYNC),
    ("rel-gateway-orders", "api-gateway", "orders-service", "Routes checkout and order requests to", "HTTP/2, JSON", SYNC),
    ("rel-catalogue-db", "catalogue-service", "catalogue-db", "Reads and writes products in", "SQL", SYNC),
    ("rel-catalogue-changes", "catalogue-service", "catalogue-changes", "Publishes product changes to", "Kafka", ASYNC),
    ("rel-search-changes", "search-service", "catalogue-changes", "Consumes product changes from", "Kafka", ASYNC),
    ("rel-search-index", "search-service", "search-index", "Indexes and queries products in", "Elasticsearch REST", SYNC),
    ("rel-basket-store", "basket-service", "basket-store", "Stores baskets in", "RESP", SYNC),
    ("rel-basket-catalogue", "basket-service", "catalogue-service", "Reads prices and availability from", "HTTP/2, JSON", SYNC),
    ("rel-orders-basket", "orders-service", "basket-service", "Reads the basket at checkout from", "HTTP/2, JSON", SYNC),
    ("rel-orders-db", "orders-service", "orders-db", "Reads and writes orders in", "SQL", SYNC),
    ("rel-orders-payments", "orders-service", "payments-service", "Authorises and captures payments through", "HTTP/2, JSON", SYNC),
    ("rel-orders-events", "orders-service", "order-events", "Publishes order events to", "Kafka", ASYNC),
    ("rel-payments-provider", "payments-service", "ext-payments-provider", "Takes card and wallet payments using", "HTTPS/JSON", SYNC),
    ("rel-payments-db", "payments-service", "payments-db", "Records payment intents and fraud decisions in", "SQL", SYNC),
    ("rel-notifications-events", "notifications-service", "order-events", "Consumes order and dispatch events from", "Kafka", ASYNC),
    ("rel-notifications-email", "notifications-service", "ext-email-provider", "Sends order emails using", "HTTPS/JSON", SYNC),
    ("rel-fulfilment-events", "fulfilment-service", "order-events", "Consumes placed orders from and publishes dispatches to", "Kafka", ASYNC),
    ("rel-fulfilment-wms", "fulfilment-service", "ext-warehouse-management", "Sends pick requests to and polls dispatch status from", "HTTPS/JSON", SYNC),
    ("rel-fulfilment-erp", "fulfilment-service", "ext-erp", "Posts settled orders and refunds to", "SFTP, nightly CSV", ASYNC),
    ("rel-analytics-events", "system-analytics", "order-events", "Loads order events from", "Kafka Connect", ASYNC),
    ("rel-gateway-order-api", "api-gateway", "order-api", "Routes checkout and order requests to", "HTTP/2, JSON", SYNC),
    ("rel-api-saga", "order-api", "checkout-saga", "Starts checkouts in", "In-process", SYNC),
    ("rel-api-repository", "order-api", "order-repository", "Reads order history through", "In-process", SYNC),
    ("rel-saga-pricing", "checkout-saga", "pricing-rules", "Prices the basket with", "In-process", SYNC),
    ("rel-saga-payments", "checkout-saga", "payments-adapter", "Requests payment authorisation through", "In-process", SYNC),
    ("rel-saga-repository", "checkout-saga", "order-repository", "Saves the order and its outbox rows through", "In-process", SYNC),
    ("rel-repository-db", "order-repository", "orders-db", "Reads and writes orders in", "SQL", SYNC),
    ("rel-outbox-db", "outbox-publisher", "orders-db", "Polls unpublished outbox rows from", "SQL", SYNC),
    ("rel-outbox-events", "outbox-publisher", "order-events", "Publishes order events to", "Kafka", ASYNC),
    ("rel-payments-adapter-service", "payments-adapter", "payments-service", "Authorises and captures payments through", "HTTP/2, JSON", SYNC),
];

pub(super) fn relationships() -> Vec<Relationship> {
    USES.iter().map(uses).collect()
}
