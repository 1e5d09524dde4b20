use std::path::Path;
use std::process::ExitCode;

use clap::Parser;
use minhbach::cli::{Cli, Command};
use minhbach::report::{counts, pages, print_diagnostics};
use minhbach::{build, scaffold, serve, Failure, Options};

// mimalloc: a 10,000-project build allocates millions of small strings on two
// threads; it is faster there than the system allocator (see scripts/bench).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build {
            site_dir,
            output,
            strict,
        } => {
            let output = output.unwrap_or_else(|| site_dir.join("public"));
            run(
                &site_dir,
                &Options {
                    output: Some(output.clone()),
                    strict,
                },
                &format!("wrote the site to {}", output.display()),
            )
        }
        Command::Check { site_dir, strict } => run(
            &site_dir,
            &Options {
                output: None,
                strict,
            },
            "no mistakes found",
        ),
        Command::Serve { site_dir, port } => exit(serve::serve(&site_dir, port)),
        Command::New {
            kind,
            slug,
            site_dir,
        } => exit(
            scaffold::new_entry(&site_dir, kind, &slug)
                .map(|p| println!("created {}", p.display())),
        ),
        Command::Init { dir } => exit(scaffold::init(&dir).map(|()| {
            println!(
                "created a new site in {}; build it with: minhbach build {}",
                dir.display(),
                dir.display()
            );
        })),
    }
}

fn run(site_dir: &Path, options: &Options, done: &str) -> ExitCode {
    match build(site_dir, options) {
        Ok(report) => {
            let warnings = report.warnings.warning_count();
            print_diagnostics(report.warnings);
            println!(
                "{done}: {}, {}",
                pages(report.pages),
                counts(0, warnings).replace("no mistakes", "0 warnings")
            );
            ExitCode::SUCCESS
        }
        Err(Failure::Mistakes(found)) => {
            let (errors, warnings) = (found.error_count(), found.warning_count());
            print_diagnostics(found);
            let outcome = if options.output.is_some() {
                "nothing was written, the previous output is unchanged"
            } else if errors == 1 {
                "fix it and check again"
            } else {
                "fix them and check again"
            };
            eprintln!("{} found; {outcome}", counts(errors, warnings));
            ExitCode::from(1)
        }
        Err(Failure::Unusable(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
        Err(Failure::Write(e)) => {
            eprintln!("error: {e}\n  fix: check the output folder's permissions and free space");
            ExitCode::from(2)
        }
    }
}

fn exit(result: Result<(), String>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}
