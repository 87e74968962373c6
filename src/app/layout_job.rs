//! Auto-layout as a background job: the view's plan goes to the layout web
//! worker (src/layout_worker.rs) so the page never freezes; progress shows
//! while it runs, Cancel stops it, and the result lands as one `Layout`
//! command only if the view is still as it was. Never applies a layout to a
//! view that changed meanwhile, and never leaves a half-applied one.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

use super::AppState;
use conway_autolayout::changed_placements;
use conway_autolayout::{wire, Graph, Options, Progress, Rect};
use conway_edit::ViewCommand;
use conway_editor::session::ZoomAction;
use conway_model::{Id, View, ViewKind};

/// The worker's script, written by Trunk next to the app (index.html).
const WORKER_SCRIPT: &str = "/layout_worker_loader.js";

/// A layout on its way, for the progress indicator.
#[derive(Clone, Debug, PartialEq)]
pub struct LayoutRun {
    /// The pane whose view is being laid out.
    pub pane: ViewKind,
    /// How many elements move, and how far the worker has got.
    pub progress: Progress,
}

/// What the job needs when the result comes back.
struct Job {
    state: AppState,
    pane: ViewKind,
    /// The view as it was when the job started.
    view: View,
    whole: bool,
    message: Vec<f64>,
}

/// The worker, kept between layouts once started; dropped (and terminated)
/// when a layout is cancelled or fails.
struct Worker {
    worker: web_sys::Worker,
    ready: bool,
    job: Option<Job>,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

thread_local! {
    static WORKER: RefCell<Option<Worker>> = const { RefCell::new(None) };
}

impl AppState {
    /// Sends `graph` to the worker to lay out `view` in `pane`; the
    /// placements it changes are applied as one undo step when it is done.
    pub(super) fn start_layout_job(
        &self,
        pane: ViewKind,
        view: View,
        graph: &Graph,
        options: &Options,
        whole: bool,
    ) {
        let moving = graph.nodes.iter().filter(|n| !n.fixed).count();
        let job = Job {
            state: *self,
            pane,
            view,
            whole,
            message: wire::encode_job(graph, options),
        };
        super::timing::begin(LAYOUT_MEASURE);
        self.session.layout_run.set(Some(LayoutRun {
            pane,
            progress: Progress {
                done: 0,
                total: moving,
            },
        }));
        // The layout engines live only in the worker (they would add some
        // 50 KB to the page's download): without a worker there is no layout.
        let started = WORKER.with_borrow_mut(|slot| {
            if slot.is_none() {
                *slot = spawn();
            }
            let Some(w) = slot.as_mut() else {
                return false;
            };
            if w.ready {
                post(&w.worker, &job.message);
            }
            w.job = Some(job);
            true
        });
        if !started {
            self.session.layout_run.set(None);
            self.show_error(
                "Auto-layout failed",
                "Nothing moved: this browser could not start the layout worker.",
            );
        }
    }

    /// Starts the worker ahead of a layout (the pointer is on the Layout
    /// button), so the click does not wait for it to load.
    pub fn warm_layout_worker(&self) {
        WORKER.with_borrow_mut(|slot| {
            if slot.is_none() {
                *slot = spawn();
            }
        });
    }

    /// Stops the running layout, if any; the view stays as it was.
    pub fn cancel_layout(&self) {
        WORKER.with_borrow_mut(|slot| {
            if let Some(w) = slot.take() {
                w.worker.terminate();
            }
        });
        self.session.layout_run.set(None);
    }
}

fn post(worker: &web_sys::Worker, message: &[f64]) {
    let data = js_sys::Float64Array::from(message);
    // Posting a typed array to a live worker does not fail.
    let _ = worker.post_message(&data);
}

fn spawn() -> Option<Worker> {
    let worker = web_sys::Worker::new(WORKER_SCRIPT).ok()?;
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|event: web_sys::MessageEvent| {
            let data = event
                .data()
                .dyn_into::<js_sys::Float64Array>()
                .map(|a| a.to_vec())
                .unwrap_or_default();
            hear(wire::decode_reply(&data));
        });
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(|event: web_sys::Event| {
        event.prevent_default();
        let detail = event
            .dyn_ref::<web_sys::ErrorEvent>()
            .map(|e| e.message())
            .filter(|m| !m.is_empty())
            .unwrap_or_else(|| "the layout worker stopped".into());
        fail(&detail);
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Some(Worker {
        worker,
        ready: false,
        job: None,
        _on_message: on_message,
        _on_error: on_error,
    })
}

/// Handles one message from the worker.
fn hear(reply: Result<wire::Reply, wire::WireError>) {
    match reply {
        Ok(wire::Reply::Ready) => WORKER.with_borrow_mut(|slot| {
            if let Some(w) = slot.as_mut() {
                w.ready = true;
                if let Some(job) = &w.job {
                    post(&w.worker, &job.message);
                }
            }
        }),
        Ok(wire::Reply::Progress(progress)) => {
            let state = WORKER.with_borrow(|slot| slot.as_ref()?.job.as_ref().map(|j| j.state));
            if let Some(state) = state {
                state.session.layout_run.update(|run| {
                    if let Some(run) = run {
                        run.progress = progress;
                    }
                });
            }
        }
        Ok(wire::Reply::Done(rects)) => {
            let job = WORKER.with_borrow_mut(|slot| slot.as_mut()?.job.take());
            if let Some(job) = job {
                finish(job, rects);
            }
        }
        Ok(wire::Reply::Refused) => fail("the layout worker could not read the view"),
        Err(error) => fail(&format!("the layout worker's reply was garbled: {error}")),
    }
}

/// Gives up on the running job: the worker goes, the view stays.
fn fail(detail: &str) {
    let job = WORKER.with_borrow_mut(|slot| {
        let mut w = slot.take()?;
        w.worker.terminate();
        let job = w.job.take();
        // This may run inside one of the worker's own handlers: let it
        // return before its closure is freed.
        wasm_bindgen_futures::spawn_local(async move { drop(w) });
        job
    });
    if let Some(job) = job {
        job.state.session.layout_run.set(None);
        job.state.show_error(
            "Auto-layout failed",
            format!("Nothing moved: {detail}. Try again; if it keeps failing, reload the page."),
        );
    }
}

/// Applies a finished layout as one undo step, if the view is unchanged.
fn finish(job: Job, rects: Vec<Rect>) {
    let state = job.state;
    state.session.layout_run.set(None);
    let id: Id = job.view.id.clone();
    let now = state
        .doc
        .workspace
        .with_untracked(|ws| ws.view(&id).cloned());
    if now.as_ref() != Some(&job.view) {
        state.show_info(
            "Layout not applied",
            "The view changed while it was being laid out, so nothing moved. Lay it out again.",
        );
        return;
    }
    let Some(placements) = changed_placements(&job.view, &rects) else {
        state.show_error(
            "Auto-layout failed",
            "Nothing moved: the layout did not match the view. Try again.",
        );
        return;
    };
    if placements.is_empty() {
        state.nothing_to_move();
        super::timing::finish(LAYOUT_MEASURE);
        return;
    }
    if state.dispatch(
        ViewCommand::Layout {
            view: id,
            placements,
        }
        .into(),
    ) && job.whole
    {
        // A new drawing of the whole view: show all of it.
        state.zoom(job.pane, ZoomAction::Fit);
    }
    super::timing::finish(LAYOUT_MEASURE);
}

/// The User Timing measure of a layout, from the click to its result
/// applied (`make bench` waits on it).
const LAYOUT_MEASURE: &str = "conway:auto-layout";
