//! The messages between the page and the files worker, as bytes:
//! the page sends a `Job`, the worker answers `Ready` once it can take one and
//! then one `Reply` per job. A tag byte, then each field as a little-endian
//! `u32` length and its bytes (a count is a bare `u32`). Decoding checks every
//! length against what is there: garbled bytes are an error, never a panic.

/// What the page asks of the worker. Workspaces travel as `.conway.json` text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Job {
    /// The decision log of `workspace` as a MADR zip.
    Export { workspace: String },
    /// The chosen files (name and bytes: `.zip` or `.md`) imported into `workspace`.
    Import {
        workspace: String,
        files: Vec<(String, Vec<u8>)>,
    },
    /// `workspace` published as one web page, dated `published_on`
    /// (`YYYY-MM-DD`, or empty), its system views coloured by owner or not.
    Publish {
        workspace: String,
        published_on: String,
        by_owner: bool,
    },
}

/// What the worker answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reply {
    /// Loaded and waiting for a job (messages sent before are lost).
    Ready,
    Exported {
        zip: Vec<u8>,
        decisions: u32,
    },
    /// The workspace as the import leaves it, and what the import counted.
    Imported {
        workspace: String,
        added: u32,
        updated: u32,
        skipped: u32,
        warnings: Vec<String>,
    },
    /// None of the files is a MADR decision record.
    NothingFound,
    /// The published page's HTML.
    Published {
        html: String,
    },
    /// The job could not be done; the message says why and where.
    Refused {
        message: String,
    },
}

const EXPORT: u8 = 1;
const IMPORT: u8 = 2;
const PUBLISH: u8 = 3;
const READY: u8 = 10;
const EXPORTED: u8 = 11;
const IMPORTED: u8 = 12;
const NOTHING_FOUND: u8 = 13;
const REFUSED: u8 = 14;
const PUBLISHED: u8 = 15;

#[derive(Default)]
struct Writer(Vec<u8>);

impl Writer {
    fn count(&mut self, n: usize) -> &mut Self {
        let n = u32::try_from(n).unwrap_or(u32::MAX);
        self.0.extend_from_slice(&n.to_le_bytes());
        self
    }
    fn bytes(&mut self, b: &[u8]) -> &mut Self {
        self.count(b.len());
        self.0.extend_from_slice(b);
        self
    }
    fn text(&mut self, s: &str) -> &mut Self {
        self.bytes(s.as_bytes())
    }
    fn tagged(tag: u8) -> Self {
        Writer(vec![tag])
    }
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn count(&mut self) -> Result<usize, String> {
        let Some((head, rest)) = self.0.split_first_chunk::<4>() else {
            return Err("the message ends too soon".into());
        };
        self.0 = rest;
        Ok(u32::from_le_bytes(*head) as usize)
    }
    fn bytes(&mut self) -> Result<&'a [u8], String> {
        let n = self.count()?;
        if n > self.0.len() {
            return Err("the message ends too soon".into());
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }
    fn text(&mut self) -> Result<String, String> {
        String::from_utf8(self.bytes()?.to_vec()).map_err(|_| "the message holds bad text".into())
    }
    fn number(&mut self) -> Result<u32, String> {
        self.count().map(|n| n as u32)
    }
    fn list<T>(
        &mut self,
        mut item: impl FnMut(&mut Self) -> Result<T, String>,
    ) -> Result<Vec<T>, String> {
        let n = self.count()?;
        // Every item takes at least four bytes: a bigger count is garbled.
        if n > self.0.len() / 4 {
            return Err("the message ends too soon".into());
        }
        (0..n).map(|_| item(self)).collect()
    }
    fn end<T>(&self, value: T) -> Result<T, String> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err("the message has bytes left over".into())
        }
    }
}

fn tag(bytes: &[u8]) -> Result<(u8, Reader<'_>), String> {
    match bytes.split_first() {
        Some((tag, rest)) => Ok((*tag, Reader(rest))),
        None => Err("the message is empty".into()),
    }
}

pub fn encode_job(job: &Job) -> Vec<u8> {
    match job {
        Job::Export { workspace } => {
            let mut w = Writer::tagged(EXPORT);
            w.text(workspace);
            w.0
        }
        Job::Import { workspace, files } => {
            let mut w = Writer::tagged(IMPORT);
            w.text(workspace).count(files.len());
            for (name, bytes) in files {
                w.text(name).bytes(bytes);
            }
            w.0
        }
        Job::Publish {
            workspace,
            published_on,
            by_owner,
        } => {
            let mut w = Writer::tagged(PUBLISH);
            w.text(workspace)
                .text(published_on)
                .count(usize::from(*by_owner));
            w.0
        }
    }
}

pub fn decode_job(bytes: &[u8]) -> Result<Job, String> {
    let (tag, mut r) = tag(bytes)?;
    let job = match tag {
        EXPORT => Job::Export {
            workspace: r.text()?,
        },
        IMPORT => Job::Import {
            workspace: r.text()?,
            files: r.list(|r| Ok((r.text()?, r.bytes()?.to_vec())))?,
        },
        PUBLISH => Job::Publish {
            workspace: r.text()?,
            published_on: r.text()?,
            by_owner: match r.count()? {
                0 => false,
                1 => true,
                _ => return Err("the message holds a bad flag".into()),
            },
        },
        other => return Err(format!("unknown job {other}")),
    };
    r.end(job)
}

pub fn encode_reply(reply: &Reply) -> Vec<u8> {
    match reply {
        Reply::Ready => Writer::tagged(READY).0,
        Reply::NothingFound => Writer::tagged(NOTHING_FOUND).0,
        Reply::Exported { zip, decisions } => {
            let mut w = Writer::tagged(EXPORTED);
            w.bytes(zip).count(*decisions as usize);
            w.0
        }
        Reply::Imported {
            workspace,
            added,
            updated,
            skipped,
            warnings,
        } => {
            let mut w = Writer::tagged(IMPORTED);
            w.text(workspace)
                .count(*added as usize)
                .count(*updated as usize)
                .count(*skipped as usize)
                .count(warnings.len());
            for warning in warnings {
                w.text(warning);
            }
            w.0
        }
        Reply::Refused { message } => {
            let mut w = Writer::tagged(REFUSED);
            w.text(message);
            w.0
        }
        Reply::Published { html } => {
            let mut w = Writer::tagged(PUBLISHED);
            w.text(html);
            w.0
        }
    }
}

pub fn decode_reply(bytes: &[u8]) -> Result<Reply, String> {
    let (tag, mut r) = tag(bytes)?;
    let reply = match tag {
        READY => Reply::Ready,
        NOTHING_FOUND => Reply::NothingFound,
        EXPORTED => Reply::Exported {
            zip: r.bytes()?.to_vec(),
            decisions: r.number()?,
        },
        IMPORTED => Reply::Imported {
            workspace: r.text()?,
            added: r.number()?,
            updated: r.number()?,
            skipped: r.number()?,
            warnings: r.list(Reader::text)?,
        },
        REFUSED => Reply::Refused { message: r.text()? },
        PUBLISHED => Reply::Published { html: r.text()? },
        other => return Err(format!("unknown reply {other}")),
    };
    r.end(reply)
}
