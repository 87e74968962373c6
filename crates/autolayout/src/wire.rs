//! An auto-layout job and the replies to it as flat lists of numbers: the
//! messages between the page and the layout web worker (a Float64Array each
//! way, copied without any text format). Pure; decoding trusts nothing, so a
//! malformed message is an error that says where, never a panic.

use std::fmt;

use super::{Direction, EngineChoice, Graph, Node, Options, Progress, Rect, Style};

/// First number of each message: what it is.
const JOB: f64 = 10.0;
const READY: f64 = 20.0;
const PROGRESS: f64 = 21.0;
const DONE: f64 = 22.0;
const REFUSED: f64 = 23.0;
/// Numbers per node in a job, and per rectangle in a reply.
const NODE_LEN: usize = 7;
const RECT_LEN: usize = 4;

/// What the worker says.
#[derive(Clone, Debug, PartialEq)]
pub enum Reply {
    /// Loaded and listening (messages sent before this are lost).
    Ready,
    Progress(Progress),
    /// The new rectangles, one per node of the job, in its order.
    Done(Vec<Rect>),
    /// The job could not be read; nothing was laid out.
    Refused,
}

/// Why a message could not be read: what was wrong, at which number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WireError {
    pub at: usize,
    pub what: &'static str,
}

impl fmt::Display for WireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (number {} of the message)", self.what, self.at)
    }
}

pub fn encode_job(graph: &Graph, options: &Options) -> Vec<f64> {
    let mut out = Vec::with_capacity(6 + graph.nodes.len() * NODE_LEN + graph.edges.len() * 2);
    out.push(JOB);
    out.push(match options.direction {
        Direction::TopDown => 0.0,
        Direction::LeftRight => 1.0,
    });
    out.push(match options.style {
        Style::Layered => 0.0,
        Style::Tree => 1.0,
    });
    out.push(match options.engine {
        EngineChoice::Auto => 0.0,
        EngineChoice::LayoutRs => 1.0,
        EngineChoice::Sugiyama => 2.0,
    });
    out.push(graph.nodes.len() as f64);
    for node in &graph.nodes {
        let r = node.rect;
        out.extend([r.x, r.y, r.width, r.height]);
        out.push(flag(node.fixed));
        out.push(node.parent.map_or(-1.0, |p| p as f64));
        out.push(flag(node.boundary));
    }
    out.push(graph.edges.len() as f64);
    for &(a, b) in &graph.edges {
        out.extend([a as f64, b as f64]);
    }
    out
}

pub fn decode_job(data: &[f64]) -> Result<(Graph, Options), WireError> {
    let mut r = Reader { data, at: 0 };
    if r.next()? != JOB {
        return Err(r.error("not a layout job"));
    }
    let direction = match r.choice(2)? {
        0 => Direction::TopDown,
        _ => Direction::LeftRight,
    };
    let style = match r.choice(2)? {
        0 => Style::Layered,
        _ => Style::Tree,
    };
    let engine = match r.choice(3)? {
        0 => EngineChoice::Auto,
        1 => EngineChoice::LayoutRs,
        _ => EngineChoice::Sugiyama,
    };
    let n = r.count(NODE_LEN)?;
    let mut nodes = Vec::with_capacity(n);
    for _ in 0..n {
        let rect = Rect::new(r.next()?, r.next()?, r.next()?, r.next()?);
        let fixed = r.choice(2)? == 1;
        let parent = if r.next()? == -1.0 {
            None
        } else {
            r.at -= 1;
            Some(r.index(n)?)
        };
        let boundary = r.choice(2)? == 1;
        nodes.push(Node {
            rect,
            fixed,
            parent,
            boundary,
        });
    }
    let m = r.count(2)?;
    let mut edges = Vec::with_capacity(m);
    for _ in 0..m {
        edges.push((r.index(n)?, r.index(n)?));
    }
    r.end()?;
    let options = Options {
        direction,
        style,
        engine,
    };
    Ok((Graph { nodes, edges }, options))
}

pub fn encode_reply(reply: &Reply) -> Vec<f64> {
    match reply {
        Reply::Ready => vec![READY],
        Reply::Refused => vec![REFUSED],
        Reply::Progress(p) => vec![PROGRESS, p.done as f64, p.total as f64],
        Reply::Done(rects) => {
            let mut out = Vec::with_capacity(2 + rects.len() * RECT_LEN);
            out.extend([DONE, rects.len() as f64]);
            for r in rects {
                out.extend([r.x, r.y, r.width, r.height]);
            }
            out
        }
    }
}

pub fn decode_reply(data: &[f64]) -> Result<Reply, WireError> {
    let mut r = Reader { data, at: 0 };
    let reply = match r.next()? {
        READY => Reply::Ready,
        REFUSED => Reply::Refused,
        PROGRESS => {
            let done = r.index(usize::MAX)?;
            let total = r.index(usize::MAX)?;
            Reply::Progress(Progress { done, total })
        }
        DONE => {
            let n = r.count(RECT_LEN)?;
            let mut rects = Vec::with_capacity(n);
            for _ in 0..n {
                rects.push(Rect::new(r.next()?, r.next()?, r.next()?, r.next()?));
            }
            Reply::Done(rects)
        }
        _ => return Err(Reader { data, at: 0 }.error("not a layout reply")),
    };
    r.end()?;
    Ok(reply)
}

fn flag(on: bool) -> f64 {
    if on {
        1.0
    } else {
        0.0
    }
}

struct Reader<'a> {
    data: &'a [f64],
    at: usize,
}

impl Reader<'_> {
    fn error(&self, what: &'static str) -> WireError {
        WireError { at: self.at, what }
    }

    fn next(&mut self) -> Result<f64, WireError> {
        let v = *self.data.get(self.at).ok_or(self.error("ends too soon"))?;
        self.at += 1;
        Ok(v)
    }

    /// A whole number below `bound`.
    fn index(&mut self, bound: usize) -> Result<usize, WireError> {
        let v = self.next()?;
        if v.fract() == 0.0 && v >= 0.0 && v < bound as f64 {
            Ok(v as usize)
        } else {
            self.at -= 1;
            Err(self.error("not a valid index or count"))
        }
    }

    fn choice(&mut self, options: usize) -> Result<usize, WireError> {
        self.index(options)
    }

    /// A count of items of `len` numbers each that the rest of the message can hold.
    fn count(&mut self, len: usize) -> Result<usize, WireError> {
        let room = self.data.len().saturating_sub(self.at + 1) / len;
        let n = self.index(usize::MAX)?;
        if n > room {
            self.at -= 1;
            return Err(self.error("counts more items than the message holds"));
        }
        Ok(n)
    }

    fn end(&self) -> Result<(), WireError> {
        if self.at == self.data.len() {
            Ok(())
        } else {
            Err(self.error("has numbers left over"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn graph(n: usize, edges: Vec<(usize, usize)>) -> Graph {
        Graph {
            nodes: (0..n)
                .map(|i| Node {
                    rect: Rect::new(i as f64 * 10.5, -3.25, 120.0, 60.0),
                    fixed: i % 3 == 0,
                    parent: (i > 0 && i % 2 == 0).then_some(0),
                    boundary: i == 0,
                })
                .collect(),
            edges,
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// What is encoded decodes to the same job, bit for bit.
        #[test]
        fn jobs_round_trip(n in 0usize..30, raw in prop::collection::vec((0usize..30, 0usize..30), 0..40),
                           direction in 0u8..2, style in 0u8..2, engine in 0u8..3) {
            let edges = raw.into_iter().filter(|&(a, b)| a < n && b < n).collect();
            let g = graph(n, edges);
            let options = Options {
                direction: if direction == 0 { Direction::TopDown } else { Direction::LeftRight },
                style: if style == 0 { Style::Layered } else { Style::Tree },
                engine: [EngineChoice::Auto, EngineChoice::LayoutRs, EngineChoice::Sugiyama][engine as usize],
            };
            prop_assert_eq!(decode_job(&encode_job(&g, &options)), Ok((g, options)));
        }

        /// Any list of numbers is read or refused, never a panic; and a cut
        /// or padded job is refused.
        #[test]
        fn anything_is_refused_cleanly(data in prop::collection::vec(prop_oneof![
            Just(JOB), Just(DONE), Just(-1.0), Just(f64::NAN), Just(f64::INFINITY), 0.0f64..5.0, -1e9f64..1e9], 0..40)) {
            let _ = decode_job(&data);
            let _ = decode_reply(&data);
            let job = encode_job(&graph(4, vec![(0, 1), (2, 3)]), &Options::default());
            let cut = data.len() % job.len();
            prop_assert!(decode_job(&job[..cut]).is_err());
            let mut padded = job.clone();
            padded.extend(&data);
            prop_assert_eq!(decode_job(&padded).is_ok(), data.is_empty());
        }
    }

    #[test]
    fn replies_round_trip() {
        for reply in [
            Reply::Ready,
            Reply::Refused,
            Reply::Progress(Progress { done: 3, total: 9 }),
            Reply::Done(vec![
                Rect::new(1.5, 2.0, 3.0, 4.0),
                Rect::new(-5.0, 0.0, 1.0, 1.0),
            ]),
        ] {
            assert_eq!(decode_reply(&encode_reply(&reply)), Ok(reply));
        }
    }

    #[test]
    fn errors_say_where() {
        let mut job = encode_job(&graph(3, vec![(0, 2)]), &Options::default());
        let last = job.len() - 1;
        job[last] = 7.0; // an edge to a node that does not exist
        let error = decode_job(&job).unwrap_err();
        assert_eq!(error.at, last);
        assert_eq!(
            error.to_string(),
            format!("not a valid index or count (number {last} of the message)")
        );
        assert_eq!(
            decode_reply(&[DONE, 2.0, 0.0]).unwrap_err().what,
            "counts more items than the message holds"
        );
    }
}
