//! User Timing measures around work `make bench` times in the browser
//! (import, autosave): `measured` leaves a `performance.measure` entry.

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
