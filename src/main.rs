use std::process::ExitCode;

// mimalloc: a 10,000-project build allocates millions of small strings on two
// threads; it is faster there than the system allocator (see scripts/bench).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc.h's `mi_option_purge_delay` (libmimalloc-sys names no constant
/// for it): how long freed memory waits before it goes back to the system.
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Memory freed by one phase of a build goes back to the system at once, not
/// after mimalloc's default second: the next phase's memory came on top of it,
/// and a 10,000-project build peaked at 260-290 MB instead of 215-225 MB
/// (docs/performance.md). A `MIMALLOC_PURGE_DELAY` in the environment wins,
/// to measure against.
fn return_freed_memory_at_once() {
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
        libmimalloc_sys::mi_option_set(PURGE_DELAY, 0);
    }
}

fn main() -> ExitCode {
    return_freed_memory_at_once();
    ExitCode::from(minhbach::cli::run(std::env::args_os()))
}

#[cfg(test)]
mod tests {
    use super::{return_freed_memory_at_once, PURGE_DELAY};

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
            return_freed_memory_at_once();
            assert_eq!(purge_delay(), 0);
        } else {
            // The environment's delay wins.
            let set = purge_delay();
            return_freed_memory_at_once();
            assert_eq!(purge_delay(), set);
        }
    }
}
