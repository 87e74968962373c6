//! A link whose workspace inflates past the file size limit is refused
//! without ever asking for a buffer past the limit. Its own test binary, so
//! the counting allocator sees this test alone.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};

use conway_format::MAX_FILE_BYTES;
use conway_share::link::{decode, encode, LinkError};

/// Counts live bytes, their peak, and the largest single request. A
/// reallocation is counted as holding the old and new block at once, as an
/// allocator that copies would.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
static LARGEST: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize, request: usize) {
    let live = LIVE.fetch_add(by, SeqCst) + by;
    PEAK.fetch_max(live, SeqCst);
    LARGEST.fetch_max(request, SeqCst);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grew(layout.size(), layout.size());
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), SeqCst);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        grew(new_size, new_size);
        let moved = unsafe { System.realloc(ptr, layout, new_size) };
        LIVE.fetch_sub(layout.size(), SeqCst);
        moved
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

#[test]
fn a_zip_bomb_link_is_refused_within_the_limit() {
    // Twice the limit in spaces: deflate packs it (at most about 1,000 to 1)
    // into a link of some 52,000 characters.
    let bomb = encode(&" ".repeat(2 * MAX_FILE_BYTES));
    assert!(bomb.len() < 60_000, "{}", bomb.len());
    let before = LIVE.load(SeqCst);
    PEAK.store(before, SeqCst);
    LARGEST.store(0, SeqCst);

    let result = decode(&bomb);

    assert_eq!(
        result,
        Err(LinkError::TooLarge {
            limit: MAX_FILE_BYTES
        })
    );
    let largest = LARGEST.load(SeqCst);
    assert!(largest <= MAX_FILE_BYTES + 1, "asked for {largest} bytes");
    let peak = PEAK.load(SeqCst) - before;
    println!("largest request {largest} bytes, peak {peak} bytes");
    // Counted as if every growth copied (the old buffer is at most half the
    // limit), with the link's own bytes besides; an allocator that grows in
    // place holds about the limit.
    assert!(
        peak < MAX_FILE_BYTES * 3 / 2 + 1_000_000,
        "held {peak} bytes at once"
    );
}
