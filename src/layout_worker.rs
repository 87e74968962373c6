//! The layout web worker: a second binary, built by Trunk as a worker (see
//! index.html), that lays out the graphs the page sends it off the main
//! thread and reports progress as it goes (`conway_autolayout::wire` messages).
//! It must never touch a workspace, storage or the page: it gets numbers and
//! gives numbers back, so cancelling it (the page terminates it) loses nothing.

#[cfg(target_arch = "wasm32")]
fn main() {
    use conway_autolayout::{layout_with_progress, wire};
    use wasm_bindgen::{closure::Closure, JsCast};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let post = {
        let scope = scope.clone();
        move |reply: &wire::Reply| {
            let data = js_sys::Float64Array::from(wire::encode_reply(reply).as_slice());
            // A worker's postMessage of a typed array cannot fail.
            let _ = scope.post_message(&data);
        }
    };
    let on_job = {
        let post = post.clone();
        Closure::<dyn Fn(MessageEvent)>::new(move |message: MessageEvent| {
            let data = message
                .data()
                .dyn_into::<js_sys::Float64Array>()
                .map(|a| a.to_vec())
                .unwrap_or_default();
            match wire::decode_job(&data) {
                Ok((graph, options)) => {
                    let rects = layout_with_progress(&graph, &options, &mut |p| {
                        post(&wire::Reply::Progress(p))
                    });
                    post(&wire::Reply::Done(rects));
                }
                Err(_) => post(&wire::Reply::Refused),
            }
        })
    };
    scope.set_onmessage(Some(on_job.as_ref().unchecked_ref()));
    on_job.forget();
    // Messages sent before the wasm was loaded are lost: say when to start.
    post(&wire::Reply::Ready);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The layout worker runs in the browser, started by Conway's page.");
}
