use super::wire::{decode_job, decode_reply, encode_job, encode_reply, Job, Reply};
use super::*;
use conway_model::sample::sample_workspace;
use proptest::prelude::*;

fn applied(ws: &Workspace, commands: Vec<Command>) -> Workspace {
    let mut ws = ws.clone();
    for command in commands {
        conway_edit::apply(&mut ws, command).expect("replays");
    }
    ws
}

fn exported_zip(ws: &Workspace) -> Vec<u8> {
    match handle(Job::Export {
        workspace: conway_format::write(ws),
    }) {
        Reply::Exported { zip, decisions } => {
            assert_eq!(decisions as usize, ws.decisions.len());
            zip
        }
        other => panic!("not exported: {other:?}"),
    }
}

#[test]
fn an_export_reimported_into_a_changed_log_replays_as_the_import_left_it() {
    let sample = sample_workspace();
    let zip = exported_zip(&sample);
    // Change one decision and drop another: the import updates the one by
    // number and adds the other back.
    let mut before = sample.clone();
    before.decisions[0].title = "Changed since".into();
    let dropped = before.decisions.remove(1);
    let reply = handle(Job::Import {
        workspace: conway_format::write(&before),
        files: vec![("decisions.zip".into(), zip)],
    });
    let Reply::Imported {
        workspace,
        added,
        updated,
        ..
    } = reply
    else {
        panic!("not imported: {reply:?}");
    };
    assert_eq!(
        (added as usize, updated as usize),
        (1, sample.decisions.len() - 1)
    );
    let after = conway_format::read(&workspace).expect("the worker writes a sound file");
    let commands = replay(&before, &after);
    assert!(matches!(
        commands[0],
        Command::Decision(conway_edit::DecisionCommand::Add { index: 1, .. })
    ));
    let replayed = applied(&before, commands);
    assert_eq!(replayed, after);
    assert_eq!(replayed.decisions[0].title, sample.decisions[0].title);
    assert_eq!(replayed.decisions[1], dropped);
}

#[test]
fn replaying_an_unchanged_workspace_is_no_command_at_all() {
    let ws = sample_workspace();
    assert!(replay(&ws, &ws).is_empty());
}

#[test]
fn files_that_are_not_records_or_not_text_are_said_so_by_name() {
    let ws = conway_format::write(&sample_workspace());
    let import = |files: Vec<(String, Vec<u8>)>| {
        handle(Job::Import {
            workspace: ws.clone(),
            files,
        })
    };
    assert_eq!(
        import(vec![("README.md".into(), b"# Index\n".to_vec())]),
        Reply::NothingFound
    );
    assert_eq!(
        import(vec![("0001-x.md".into(), vec![0xff, 0xfe])]),
        Reply::Refused {
            message: "0001-x.md: not a text file (UTF-8 expected).".into()
        }
    );
    let Reply::Refused { message } = import(vec![("old.zip".into(), b"not a zip".to_vec())]) else {
        panic!("a broken zip is refused");
    };
    assert!(message.starts_with("old.zip: "), "{message}");
    assert!(matches!(
        handle(Job::Export {
            workspace: "{".into()
        }),
        Reply::Refused { .. }
    ));
}

#[test]
fn too_many_bytes_are_refused_before_any_is_read() {
    let big = vec![b'a'; MAX_TOTAL_BYTES + 1];
    assert_eq!(
        gather(vec![("huge.md".into(), big)]),
        Err("The chosen files hold 20.0 MB; the limit is 20 MB.".into())
    );
}

fn job() -> impl Strategy<Value = Job> {
    let files = proptest::collection::vec(
        (".{0,12}", proptest::collection::vec(any::<u8>(), 0..40)),
        0..4,
    );
    prop_oneof![
        ".{0,40}".prop_map(|workspace| Job::Export { workspace }),
        (".{0,40}", files).prop_map(|(workspace, files)| Job::Import { workspace, files }),
        (".{0,40}", ".{0,10}", any::<bool>()).prop_map(|(workspace, published_on, by_owner)| {
            Job::Publish {
                workspace,
                published_on,
                by_owner,
            }
        }),
    ]
}

fn reply() -> impl Strategy<Value = Reply> {
    prop_oneof![
        Just(Reply::Ready),
        Just(Reply::NothingFound),
        ".{0,40}".prop_map(|html| Reply::Published { html }),
        (proptest::collection::vec(any::<u8>(), 0..40), any::<u32>())
            .prop_map(|(zip, decisions)| Reply::Exported { zip, decisions }),
        (
            ".{0,40}",
            any::<u32>(),
            any::<u32>(),
            any::<u32>(),
            proptest::collection::vec(".{0,20}", 0..4)
        )
            .prop_map(
                |(workspace, added, updated, skipped, warnings)| Reply::Imported {
                    workspace,
                    added,
                    updated,
                    skipped,
                    warnings
                }
            ),
        ".{0,40}".prop_map(|message| Reply::Refused { message }),
    ]
}

proptest! {
    #[test]
    fn jobs_and_replies_decode_to_what_was_encoded(job in job(), reply in reply()) {
        prop_assert_eq!(decode_job(&encode_job(&job)), Ok(job));
        prop_assert_eq!(decode_reply(&encode_reply(&reply)), Ok(reply));
    }

    /// Cut or garbled messages are an error, never a panic.
    #[test]
    fn truncated_messages_are_refused(job in job(), cut in 0usize..200, noise in proptest::collection::vec(any::<u8>(), 0..64)) {
        let bytes = encode_job(&job);
        if cut < bytes.len() {
            prop_assert!(decode_job(&bytes[..cut]).is_err());
        }
        let _ = decode_job(&noise);
        let _ = decode_reply(&noise);
    }
}
