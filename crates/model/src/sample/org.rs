//! The organisation side of the sample: Northwind's departments, teams, leaders and
//! stakeholders, with reporting lines, information flows and team interaction modes.

use super::{el, optional_id, org_link, weights, Weights};
use crate::{Element, ElementKind, Relationship, RelationshipKind, StakeholderProfile, TeamType};

use RelationshipKind::{Collaboration, Facilitating, InformationFlow, ReportsTo, XAsAService};
use TeamType::{ComplicatedSubsystem, Enabling, Platform, StreamAligned};

const COMMERCE: &str = "dept-digital-commerce";
const OPERATIONS: &str = "dept-operations-technology";
const PLATFORM: &str = "dept-platform";

/// (id, name, description)
#[rustfmt::skip]
const DEPARTMENTS: &[(&str, &str, &str)] = &[
    (COMMERCE, "Digital Commerce", "Everything a customer touches between landing on the site and paying."),
    (OPERATIONS, "Operations Technology", "Tools for the warehouse and customer service, and the links to finance."),
    (PLATFORM, "Platform & Infrastructure", "Internal products that let the stream-aligned teams release and run safely."),
];

/// (id, name, team type, department, description)
#[rustfmt::skip]
const TEAMS: &[(&str, &str, TeamType, &str, &str)] = &[
    ("team-search-relevance", "Search Relevance", ComplicatedSubsystem, COMMERCE, "Ranking, synonyms and query understanding: specialist information-retrieval work."),
    ("team-discovery", "Discovery", StreamAligned, COMMERCE, "Helps customers find products: storefront, mobile app and catalogue."),
    ("team-checkout", "Checkout", StreamAligned, COMMERCE, "From basket to placed order: basket, checkout and order history."),
    ("team-payments-fraud", "Payments & Fraud", ComplicatedSubsystem, COMMERCE, "Payment provider integration, PCI DSS scope and fraud models."),
    ("team-fulfilment", "Fulfilment", StreamAligned, OPERATIONS, "Gets placed orders picked, packed and dispatched, and keeps finance informed."),
    ("team-care-tools", "Customer Care Tools", StreamAligned, OPERATIONS, "The support console and the self-service help journeys."),
    ("team-data-platform", "Data Platform", Platform, PLATFORM, "Event ingestion, the analytics warehouse and self-service data products."),
    ("team-developer-platform", "Developer Platform", Platform, PLATFORM, "Golden-path pipeline, Kubernetes runtime, API gateway and Kafka as a service."),
    ("team-sre-enablement", "SRE Enablement", Enabling, PLATFORM, "Coaches teams on SLOs, on-call and incident practice, then steps away."),
];

/// (id, name, role, description)
#[rustfmt::skip]
const PEOPLE: &[(&str, &str, &str, &str)] = &[
    ("org-vp-engineering", "Priya Raman", "VP Engineering", "Accountable for all of technology; chairs the architecture forum."),
    ("org-director-commerce", "Sofia Lindqvist", "Director of Engineering, Digital Commerce", "Runs the Digital Commerce department."),
    ("org-principal-engineer", "Elena Sokolova", "Principal Engineer", "Keeps the architecture coherent across teams; steward of the ADR log."),
    ("org-em-operations", "Aisha Khan", "Engineering Manager, Operations Technology", "Manages Fulfilment and Customer Care Tools."),
    ("org-head-of-platform", "Tom Okafor", "Head of Platform", "Runs the platform teams as internal products with their own roadmap."),
    ("org-em-checkout", "Marcus Bell", "Engineering Manager, Checkout & Payments", "Manages Checkout and Payments & Fraud."),
];

/// (id, name, role, power, interest, concerns, description)
#[rustfmt::skip]
const STAKEHOLDERS: &[(&str, &str, &str, u8, u8, Weights, &str)] = &[
    ("stakeholder-head-of-product", "Hannah Becker", "Head of Product", 75, 90, &[("delivery-speed", 5), ("latency", 3)], "Owns the product roadmap and the conversion targets."),
    ("stakeholder-cfo", "Richard Hale", "Chief Financial Officer", 90, 35, &[("cost", 5), ("delivery-speed", 2)], "Signs off the technology budget and watches cloud spend."),
    ("stakeholder-dpo", "Fatima Noor", "Data Protection Officer", 60, 40, &[("compliance", 5), ("security", 3)], "Answers for UK GDPR: retention, consent and subject-access requests."),
    ("stakeholder-ciso", "Daniel Ortiz", "Chief Information Security Officer", 80, 70, &[("security", 5), ("compliance", 4)], "Owns security policy, PCI DSS attestation and penetration testing."),
    ("stakeholder-head-of-customer-service", "Grace Mensah", "Head of Customer Service", 45, 85, &[("reliability", 5), ("delivery-speed", 3)], "Runs the 120-agent contact centre that hears about every outage first."),
    ("stakeholder-sre-lead", "Kenji Watanabe", "SRE Lead", 40, 95, &[("reliability", 5), ("latency", 4), ("maintainability", 3)], "Runs incident management and the SLO programme."),
];

pub(super) fn elements() -> Vec<Element> {
    let departments = DEPARTMENTS
        .iter()
        .map(|&(id, name, description)| el(id, ElementKind::Department, name, "", description));
    let teams = TEAMS
        .iter()
        .map(|&(id, name, team_type, department, description)| Element {
            team_type: Some(team_type),
            parent: optional_id(department),
            ..el(id, ElementKind::Team, name, "", description)
        });
    let people = PEOPLE.iter().map(|&(id, name, role, description)| Element {
        role: role.into(),
        ..el(id, ElementKind::OrgPerson, name, "", description)
    });
    let stakeholders = STAKEHOLDERS.iter().map(
        |&(id, name, role, power, interest, concerns, description)| Element {
            role: role.into(),
            stakeholder: Some(StakeholderProfile { power, interest }),
            concerns: weights(concerns),
            ..el(id, ElementKind::Stakeholder, name, "", description)
        },
    );
    departments
        .chain(teams)
        .chain(people)
        .chain(stakeholders)
        .collect()
}

/// (id, kind, source, target, description, starts, ends); dates only on interaction modes.
/// For X-as-a-Service the consumer is the source and the provider the target. The
/// Checkout–Payments collaboration was meant to end in May 2026 and has not: a smell.
#[rustfmt::skip]
const LINKS: &[(&str, RelationshipKind, &str, &str, &str, &str, &str)] = &[
    ("reports-director-commerce", ReportsTo, "org-director-commerce", "org-vp-engineering", "", "", ""),
    ("reports-principal", ReportsTo, "org-principal-engineer", "org-vp-engineering", "", "", ""),
    ("reports-em-operations", ReportsTo, "org-em-operations", "org-vp-engineering", "", "", ""),
    ("reports-head-of-platform", ReportsTo, "org-head-of-platform", "org-vp-engineering", "", "", ""),
    ("reports-em-checkout", ReportsTo, "org-em-checkout", "org-director-commerce", "", "", ""),
    ("reports-team-search", ReportsTo, "team-search-relevance", "org-director-commerce", "", "", ""),
    ("reports-team-discovery", ReportsTo, "team-discovery", "org-director-commerce", "", "", ""),
    ("reports-team-checkout", ReportsTo, "team-checkout", "org-em-checkout", "", "", ""),
    ("reports-team-payments", ReportsTo, "team-payments-fraud", "org-em-checkout", "", "", ""),
    ("reports-team-fulfilment", ReportsTo, "team-fulfilment", "org-em-operations", "", "", ""),
    ("reports-team-care-tools", ReportsTo, "team-care-tools", "org-em-operations", "", "", ""),
    ("reports-team-data-platform", ReportsTo, "team-data-platform", "org-head-of-platform", "", "", ""),
    ("reports-team-developer-platform", ReportsTo, "team-developer-platform", "org-head-of-platform", "", "", ""),
    ("reports-team-sre", ReportsTo, "team-sre-enablement", "org-head-of-platform", "", "", ""),
    ("flow-roadmap", InformationFlow, "stakeholder-head-of-product", "org-vp-engineering", "Quarterly roadmap priorities", "", ""),
    ("flow-forecast", InformationFlow, "org-vp-engineering", "stakeholder-cfo", "Headcount plan and delivery forecast", "", ""),
    ("flow-cloud-cost", InformationFlow, "org-head-of-platform", "stakeholder-cfo", "Monthly cloud cost report, broken down by team", "", ""),
    ("flow-retention", InformationFlow, "stakeholder-dpo", "org-director-commerce", "Data-retention and consent requirements", "", ""),
    ("flow-security-standards", InformationFlow, "stakeholder-ciso", "org-principal-engineer", "Security standards and penetration-test findings", "", ""),
    ("flow-contact-reasons", InformationFlow, "stakeholder-head-of-customer-service", "org-em-operations", "Top contact reasons and refund volumes", "", ""),
    ("flow-incidents", InformationFlow, "stakeholder-sre-lead", "stakeholder-head-of-customer-service", "Incident reports and post-incident reviews", "", ""),
    ("flow-slo-review", InformationFlow, "stakeholder-sre-lead", "org-head-of-platform", "Monthly SLO attainment and error-budget review", "", ""),
    ("ix-discovery-search", Collaboration, "team-discovery", "team-search-relevance", "Rebuilding search-as-you-type together", "2026-09-07", "2027-01-29"),
    ("ix-checkout-payments", Collaboration, "team-checkout", "team-payments-fraud", "Co-designing the 3-D Secure 2 checkout flow", "2026-02-02", "2026-05-29"),
    ("ix-fulfilment-care", Collaboration, "team-fulfilment", "team-care-tools", "Designing self-service returns", "2026-10-05", "2027-03-26"),
    ("ix-search-data", XAsAService, "team-search-relevance", "team-data-platform", "Click-stream and order-history datasets", "2025-03-03", ""),
    ("ix-discovery-data", XAsAService, "team-discovery", "team-data-platform", "Product analytics dashboards", "", ""),
    ("ix-payments-data", XAsAService, "team-payments-fraud", "team-data-platform", "Fraud feature pipeline", "2025-06-02", ""),
    ("ix-discovery-platform", XAsAService, "team-discovery", "team-developer-platform", "Golden-path pipeline and runtime", "", ""),
    ("ix-checkout-platform", XAsAService, "team-checkout", "team-developer-platform", "Golden-path pipeline, runtime and Kafka", "", ""),
    ("ix-payments-platform", XAsAService, "team-payments-fraud", "team-developer-platform", "Golden-path pipeline and runtime", "", ""),
    ("ix-fulfilment-platform", XAsAService, "team-fulfilment", "team-developer-platform", "Golden-path pipeline, runtime and Kafka", "", ""),
    ("ix-care-platform", XAsAService, "team-care-tools", "team-developer-platform", "Golden-path pipeline and runtime", "", ""),
    ("ix-sre-checkout", Facilitating, "team-sre-enablement", "team-checkout", "Checkout SLOs and error-budget policy", "2026-09-14", "2026-12-18"),
    ("ix-sre-fulfilment", Facilitating, "team-sre-enablement", "team-fulfilment", "On-call rota and incident drills", "2026-11-02", "2027-02-26"),
];

pub(super) fn relationships() -> Vec<Relationship> {
    LINKS.iter().map(org_link).collect()
}
