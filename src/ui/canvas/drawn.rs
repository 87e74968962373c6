//! What a view draws, by id and in drawing order, so that the canvas renders
//! one keyed item per id and redraws only the items whose data changed.

use std::collections::{HashMap, HashSet};

use leptos::prelude::*;

use conway_model::Id;

#[derive(Clone, Debug, PartialEq)]
pub struct Drawn<T> {
    /// Ids in drawing order (later ones on top).
    pub order: Vec<Id>,
    pub items: HashMap<Id, T>,
}

impl<T> Default for Drawn<T> {
    fn default() -> Self {
        Drawn {
            order: Vec::new(),
            items: HashMap::new(),
        }
    }
}

impl<T> Drawn<T> {
    pub fn new(list: Vec<T>, id: impl Fn(&T) -> &Id) -> Self {
        let order: Vec<Id> = list.iter().map(|item| id(item).clone()).collect();
        let items = list
            .into_iter()
            .map(|item| (id(&item).clone(), item))
            .collect();
        Drawn { order, items }
    }
}

/// One reactive cell per id, set only when its value changes. Thousands of
/// items each reading one shared signal would make every change cost
/// thousands of re-subscriptions; a cell per item keeps a change to one item
/// at the cost of one.
pub struct Cells<T: 'static> {
    map: HashMap<Id, ArcRwSignal<T>>,
}

impl<T: 'static> Default for Cells<T> {
    fn default() -> Self {
        Cells {
            map: HashMap::new(),
        }
    }
}

impl<T: Clone + PartialEq + Send + Sync + 'static> Cells<T> {
    /// Makes the cells hold `items`: changed ones are set, new ones created,
    /// missing ones dropped.
    pub fn sync(&mut self, mut items: HashMap<Id, T>) {
        self.map.retain(|id, _| items.contains_key(id));
        for (id, item) in items.drain() {
            match self.map.get(&id) {
                Some(cell) => {
                    if cell.with_untracked(|old| *old != item) {
                        cell.set(item);
                    }
                }
                None => {
                    self.map.insert(id, ArcRwSignal::new(item));
                }
            }
        }
    }

    pub fn get(&self, id: &Id) -> Option<ArcRwSignal<T>> {
        self.map.get(id).cloned()
    }
}

/// A yes/no flag per id (selected, highlighted, ...), where a change sets only
/// the flags that flip.
#[derive(Default)]
pub struct Flags {
    cells: HashMap<Id, ArcRwSignal<bool>>,
    on: HashSet<Id>,
}

impl Flags {
    pub fn flag(&mut self, id: &Id) -> ArcRwSignal<bool> {
        if let Some(cell) = self.cells.get(id) {
            return cell.clone();
        }
        let cell = ArcRwSignal::new(self.on.contains(id));
        self.cells.insert(id.clone(), cell.clone());
        cell
    }

    pub fn set_on(&mut self, on: HashSet<Id>) {
        for id in self.on.symmetric_difference(&on) {
            if let Some(cell) = self.cells.get(id) {
                cell.set(on.contains(id));
            }
        }
        self.on = on;
    }
}
