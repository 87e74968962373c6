//! User Timing measures around work `make bench` times in the browser
//! (import, autosave, auto-layout, pictures, publishing, share links): `measured` (or
//! `begin` and `finish`) leaves a `performance.measure` entry.

/// Measures of one name kept at most; older ones are dropped, so a long
/// session does not collect an entry per autosave forever.
const KEPT: u32 = 100;

/// Runs `work` and records how long it took as the User Timing measure `name`
/// ("conway:import", "conway:autosave"), read back with
/// `performance.getEntriesByName(name)`. Without the Performance API it only
/// runs `work`.
pub(super) fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else {
        return work();
    };
    if performance.get_entries_by_name(name).length() >= KEPT {
        performance.clear_measures_with_measure_name(name);
    }
    let start = format!("{name}:start");
    let _ = performance.mark(&start);
    let result = work();
    let _ = performance.measure_with_start_mark(name, &start);
    performance.clear_marks_with_mark_name(&start);
    result
}

/// The start of work that ends in another task (a worker's answer, a picture
/// decoded): `finish` with the same name records the measure.
pub(super) fn begin(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        if performance.get_entries_by_name(name).length() >= KEPT {
            performance.clear_measures_with_measure_name(name);
        }
        let _ = performance.mark(&format!("{name}:start"));
    }
}

/// Records the measure `name` from its `begin`.
pub(super) fn finish(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let start = format!("{name}:start");
        let _ = performance.measure_with_start_mark(name, &start);
        performance.clear_marks_with_mark_name(&start);
    }
}
