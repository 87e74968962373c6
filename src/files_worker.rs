//! The files worker: a binary Trunk builds as a web worker (see index.html),
//! started by the page for one job on files that few users need and ended
//! after it: MADR export and import (`conway_editor::file_jobs`) and
//! publishing a web page (`conway_share::page`). It holds their code so the
//! page does not have to. It must never touch storage or the page: it gets
//! bytes and gives bytes back.

#[cfg(target_arch = "wasm32")]
fn main() {
    use conway_editor::file_jobs::{handle, wire};
    use wasm_bindgen::{closure::Closure, JsCast};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let post = {
        let scope = scope.clone();
        move |reply: &wire::Reply| {
            let data = js_sys::Uint8Array::from(wire::encode_reply(reply).as_slice());
            // A worker's postMessage of a typed array cannot fail.
            let _ = scope.post_message(&data);
        }
    };
    let on_job = {
        let post = post.clone();
        Closure::<dyn Fn(MessageEvent)>::new(move |message: MessageEvent| {
            let data = message
                .data()
                .dyn_into::<js_sys::Uint8Array>()
                .map(|a| a.to_vec())
                .unwrap_or_default();
            let reply = match wire::decode_job(&data) {
                Ok(wire::Job::Publish {
                    workspace,
                    published_on,
                    by_owner,
                }) => match conway_share::page::publish_text(&workspace, &published_on, by_owner) {
                    Ok(html) => wire::Reply::Published { html },
                    Err(message) => wire::Reply::Refused { message },
                },
                Ok(job) => handle(job),
                Err(error) => wire::Reply::Refused {
                    message: format!("The page's message was garbled: {error}"),
                },
            };
            post(&reply);
        })
    };
    scope.set_onmessage(Some(on_job.as_ref().unchecked_ref()));
    on_job.forget();
    // Messages sent before the wasm was loaded are lost: say when to start.
    post(&wire::Reply::Ready);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The files worker runs in the browser, started by Conway's page.");
}
