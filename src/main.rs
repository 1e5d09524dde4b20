use std::process::ExitCode;

mod allocator;

// mimalloc: a 10,000-project build allocates millions of small strings on two
// threads; it is faster there than the system allocator (see scripts/bench).
#[global_allocator]
static GLOBAL: allocator::Mimalloc = allocator::Mimalloc;

/// mimalloc.h's `mi_option_purge_delay` (libmimalloc-sys names no constant
/// for it): how long freed memory waits before it goes back to the system.
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Freed memory goes back to the system after 10 ms, not after mimalloc's
/// default second: with a second, the memory one phase of a build freed was
/// still held when the next phase's came on top, and a 10,000-project build
/// peaked at 260-290 MB instead of 215-230 MB. With no delay at all the pages
/// given back and taken again cost some 0.8 s more system time for the same
/// peak (docs/performance.md). A `MIMALLOC_PURGE_DELAY` in the environment
/// wins, to measure against.
const PURGE_DELAY_MS: std::ffi::c_long = 10;

fn return_freed_memory_soon() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_some() {
        return;
    }
    #[allow(
        unsafe_code,
        reason = "a plain integer option of the allocator, set before any thread starts; mimalloc reads it on each purge"
    )]
    // SAFETY: `mi_option_set` takes an option number and a value, and holds
    // no pointer; setting an option is allowed at any time.
    unsafe {
        libmimalloc_sys::mi_option_set(PURGE_DELAY, PURGE_DELAY_MS);
    }
}

fn main() -> ExitCode {
    return_freed_memory_soon();
    ExitCode::from(minhbach::cli::run(std::env::args_os()))
}

#[cfg(test)]
mod tests {
    use super::{return_freed_memory_soon, PURGE_DELAY, PURGE_DELAY_MS};

    #[allow(
        unsafe_code,
        reason = "reading the allocator's option, as main sets it"
    )]
    fn purge_delay() -> std::ffi::c_long {
        // SAFETY: `mi_option_get` takes an option number and holds no pointer.
        unsafe { libmimalloc_sys::mi_option_get(PURGE_DELAY) }
    }

    #[test]
    fn the_option_set_is_mimallocs_purge_delay() {
        // Its default of one second is mimalloc 3's alone among its options:
        // the number names the purge delay, not some other option.
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
            assert_eq!(purge_delay(), 1000);
            return_freed_memory_soon();
            assert_eq!(purge_delay(), PURGE_DELAY_MS);
        } else {
            // The environment's delay wins.
            let set = purge_delay();
            return_freed_memory_soon();
            assert_eq!(purge_delay(), set);
        }
    }
}
