//! The sample's system views (C4 context, containers of the Online Store and
//! components of the Orders Service), laid out on a grid with room for arrow labels.

use super::{place, view, BOX, PERSON};
use crate::{Placement, View, ViewKind};

/// Column pitch for 220-wide boxes with 100 between them, and row pitch for
/// 120-high boxes with 110 between them.
const COL: f64 = 320.0;
const ROW: f64 = 230.0;

pub(super) fn views() -> Vec<View> {
    vec![
        view(
            "view-context",
            ViewKind::System,
            "System Context",
            "The Online Store, the people who use it and the systems it depends on.",
            context(),
        ),
        view(
            "view-containers",
            ViewKind::System,
            "Online Store: Containers",
            "The deployable units of the Online Store, their data stores and topics, and who calls what.",
            containers(),
        ),
        view(
            "view-orders-components",
            ViewKind::System,
            "Orders Service: Components",
            "Inside the Orders Service: how a checkout becomes an order and an order event.",
            components(),
        ),
    ]
}

fn context() -> Vec<Placement> {
    let (row1, row2) = (260.0, 490.0);
    vec![
        place("person-customer", COL + 20.0, 0.0, PERSON),
        place("person-support-agent", 2.0 * COL + 20.0, 0.0, PERSON),
        place("ext-payments-provider", 0.0, row1, BOX),
        place("system-online-store", COL, row1, BOX),
        place("ext-email-provider", 2.0 * COL, row1, BOX),
        place("system-analytics", 0.0, row2, BOX),
        place("ext-erp", COL, row2, BOX),
        place("ext-warehouse-management", 2.0 * COL, row2, BOX),
        place(
            "person-warehouse-staff",
            3.0 * COL + 20.0,
            row2 - 15.0,
            PERSON,
        ),
    ]
}

/// The boundary spans seven columns and four rows; people and the externals the
/// services call sit above it, straight over their callers, the rest to its right.
fn containers() -> Vec<Placement> {
    let (left, top) = (0.0, 260.0);
    let col = |i: f64| left + 40.0 + i * COL;
    let row = |i: f64| top + 90.0 + i * ROW;
    let boundary = (
        40.0 + 7.0 * COL - 100.0 + 40.0,
        90.0 + 4.0 * ROW - 110.0 + 40.0,
    );
    let outside = left + boundary.0 + 100.0;
    vec![
        place("person-customer", col(1.0) + 180.0, 0.0, PERSON),
        place("person-support-agent", col(3.0) + 20.0, 0.0, PERSON),
        place("ext-payments-provider", col(4.0), 0.0, BOX),
        place("ext-email-provider", col(5.0), 0.0, BOX),
        place("ext-warehouse-management", col(6.0), 0.0, BOX),
        place("person-warehouse-staff", col(7.0), 0.0, PERSON),
        place("boundary-online-store", left, top, boundary),
        place("web-storefront", col(1.0), row(0.0), BOX),
        place("mobile-app", col(2.0), row(0.0), BOX),
        place("support-console", col(3.0), row(0.0), BOX),
        place("catalogue-changes", col(0.0), row(1.0), BOX),
        place("api-gateway", col(2.0), row(1.0), BOX),
        place("search-service", col(0.0), row(2.0), BOX),
        place("catalogue-service", col(1.0), row(2.0), BOX),
        place("basket-service", col(2.0), row(2.0), BOX),
        place("orders-service", col(3.0), row(2.0), BOX),
        place("payments-service", col(4.0), row(2.0), BOX),
        place("notifications-service", col(5.0), row(2.0), BOX),
        place("fulfilment-service", col(6.0), row(2.0), BOX),
        place("search-index", col(0.0), row(3.0), BOX),
        place("catalogue-db", col(1.0), row(3.0), BOX),
        place("basket-store", col(2.0), row(3.0), BOX),
        place("orders-db", col(3.0), row(3.0), BOX),
        place("payments-db", col(4.0), row(3.0), BOX),
        place("order-events", col(5.0), row(3.0), BOX),
        place("ext-erp", outside, row(2.0), BOX),
        place("system-analytics", outside, row(3.0), BOX),
    ]
}

/// The group holds two rows of three components; the API gateway calls in from
/// above, the Orders Database and topic sit below, the Payments Service to the right.
fn components() -> Vec<Placement> {
    let top = 230.0;
    let col = |i: f64| 40.0 + i * COL;
    let row = |i: f64| top + 90.0 + i * ROW;
    let group = (
        40.0 + 3.0 * COL - 100.0 + 40.0,
        90.0 + 2.0 * ROW - 110.0 + 40.0,
    );
    let below = top + group.1 + 110.0;
    vec![
        place("api-gateway", col(0.0), 0.0, BOX),
        place("boundary-orders-service", 0.0, top, group),
        place("order-api", col(0.0), row(0.0), BOX),
        place("checkout-saga", col(1.0), row(0.0), BOX),
        place("pricing-rules", col(2.0), row(0.0), BOX),
        place("order-repository", col(0.0), row(1.0), BOX),
        place("outbox-publisher", col(1.0), row(1.0), BOX),
        place("payments-adapter", col(2.0), row(1.0), BOX),
        place("orders-db", col(0.0), below, BOX),
        place("order-events", col(1.0), below, BOX),
        place("payments-service", group.0 + 100.0, row(1.0), BOX),
    ]
}
