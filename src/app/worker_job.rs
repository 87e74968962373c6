//! One job in a worker started for it: the page starts the worker, waits for
//! it to say it is ready (messages sent before its wasm is loaded are lost),
//! sends the job, takes the one answer and ends the worker. For work that is
//! rare and whose code most users never need, so it is not in the page's
//! download (the files worker); messages are bytes either way.

use conway_editor::file_jobs::wire;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

type Handlers = (
    Closure<dyn FnMut(web_sys::MessageEvent)>,
    Closure<dyn FnMut(web_sys::Event)>,
);

fn bytes_of(value: &JsValue) -> Vec<u8> {
    value
        .dyn_ref::<js_sys::Uint8Array>()
        .map(js_sys::Uint8Array::to_vec)
        .unwrap_or_default()
}

/// Runs `job` in a new worker from `script` and returns its answer; `ready`
/// tells the worker's ready message from an answer.
pub async fn run_once(
    script: &str,
    job: &[u8],
    ready: fn(&[u8]) -> bool,
) -> Result<Vec<u8>, String> {
    let worker = web_sys::Worker::new(script)
        .map_err(|_| "this browser could not start the worker".to_string())?;
    let job = js_sys::Uint8Array::from(job);
    let mut handlers: Option<Handlers> = None;
    let answer = js_sys::Promise::new(&mut |resolve, reject| {
        let (sender, job) = (worker.clone(), job.clone());
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
            move |event: web_sys::MessageEvent| {
                let data = event.data();
                if ready(&bytes_of(&data)) {
                    // Posting bytes to a live worker does not fail.
                    let _ = sender.post_message(&job);
                } else {
                    let _ = resolve.call1(&JsValue::NULL, &data);
                }
            },
        );
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            event.prevent_default();
            let detail = event
                .dyn_ref::<web_sys::ErrorEvent>()
                .map(|e| e.message())
                .filter(|m| !m.is_empty())
                .unwrap_or_else(|| "the worker stopped".into());
            let _ = reject.call1(&JsValue::NULL, &JsValue::from_str(&detail));
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        handlers = Some((on_message, on_error));
    });
    let result = JsFuture::from(answer).await;
    worker.terminate();
    drop(handlers);
    match result {
        Ok(data) => Ok(bytes_of(&data)),
        Err(reason) => Err(reason
            .as_string()
            .unwrap_or_else(|| "the worker stopped".into())),
    }
}

/// The files worker's script, written by Trunk next to the app (index.html).
const FILES_WORKER: &str = "/files_worker_loader.js";

fn is_ready(bytes: &[u8]) -> bool {
    wire::decode_reply(bytes) == Ok(wire::Reply::Ready)
}

/// Runs one job in the files worker (MADR files, publishing).
pub async fn files_job(job: &wire::Job) -> Result<wire::Reply, String> {
    let answer = run_once(FILES_WORKER, &wire::encode_job(job), is_ready).await?;
    wire::decode_reply(&answer)
}
