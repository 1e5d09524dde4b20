use std::process::ExitCode;

// mimalloc: a 10,000-project build allocates millions of small strings on two
// threads; it is faster there than the system allocator (see scripts/bench).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    ExitCode::from(minhbach::cli::run(std::env::args_os()))
}
