//! The Conway lens drawn over both panes while it is open: in the organisation
//! pane a band between each two teams as thick as the system dependencies
//! between what they own; in the system pane each relationship that crosses
//! from one team to another. Red when no interaction is declared.

use leptos::prelude::*;

use crate::app::AppState;
use crate::ui::org::conway_lens::{lens_date, pair_class};
use conway_analysis::{pair_state, LensSettings};
use conway_model::{Id, RelationshipKind, ViewKind};

/// One band: from, to, thickness, CSS class, tooltip.
type Band = ((f64, f64), (f64, f64), f64, &'static str, String);

fn thickness(count: usize) -> f64 {
    2.0 + (count.min(12) as f64) * 1.6
}

#[component]
pub fn LensOverlay(kind: ViewKind, current: RwSignal<Option<Id>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let bands = Memo::new(move |_| {
        if !state.session.lens_open.get() {
            return Vec::new();
        }
        let Some(view) = current.get() else {
            return Vec::new();
        };
        let on = lens_date();
        state.doc.workspace.with(|ws| {
            let Some(v) = ws.view(&view) else {
                return Vec::new();
            };
            let centre = |id: &Id| v.placement(id).map(|p| p.centre());
            let name = |id: &Id| ws.element(id).map_or(String::new(), |e| e.name.clone());
            let pairs = conway_analysis::team_dependencies(ws, on);
            let settings = LensSettings::default();
            let class =
                |p: &conway_analysis::TeamDependency| pair_class(pair_state(ws, p, on, &settings));
            let mut bands: Vec<Band> = Vec::new();
            match kind {
                ViewKind::Org => {
                    for p in pairs.iter().filter(|p| !p.relationships.is_empty()) {
                        if let (Some(a), Some(b)) = (centre(&p.teams.0), centre(&p.teams.1)) {
                            let title = format!(
                                "{} ↔ {}: {} system relationships",
                                name(&p.teams.0),
                                name(&p.teams.1),
                                p.relationships.len()
                            );
                            bands.push((a, b, thickness(p.relationships.len()), class(p), title));
                        }
                    }
                }
                ViewKind::System => {
                    for p in &pairs {
                        for r in p.relationships.iter().filter_map(|r| ws.relationship(r)) {
                            if r.kind != RelationshipKind::Uses {
                                continue;
                            }
                            if let (Some(a), Some(b)) = (centre(&r.source), centre(&r.target)) {
                                let title = format!(
                                    "Crosses from {} to {}",
                                    name(&p.teams.0),
                                    name(&p.teams.1)
                                );
                                bands.push((
                                    a,
                                    b,
                                    thickness(p.relationships.len()),
                                    class(p),
                                    title,
                                ));
                            }
                        }
                    }
                }
            }
            bands
        })
    });
    view! {
        <g class="lens-overlay" data-testid="lens-overlay">
            {move || bands.get().into_iter().map(|((x1, y1), (x2, y2), width, class, title)| view! {
                <line class=format!("lens-band {class}") x1=x1 y1=y1 x2=x2 y2=y2 stroke-width=width><title>{title}</title></line>
            }).collect_view()}
        </g>
    }
}
