//! The command line: parse the arguments, run the command, print what
//! happened, give the exit status (0 done, 1 mistakes in the content, 2 the
//! command or the site directory is unusable).

mod args;

use std::ffi::OsString;
use std::path::Path;

use clap::Parser;

pub(crate) use args::{Cli, Command, ImportKind, NewKind};

use crate::report::{counts, pages, print_diagnostics};
use crate::{build, scaffold, serve, Failure, Options};

/// Runs the command line `args` (the program's name first); returns the exit
/// status.
pub fn run(args: impl IntoIterator<Item = OsString>) -> u8 {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    match cli.command {
        Command::Build {
            site_dir,
            output,
            strict,
            offline,
            timings,
        } => {
            let output = output.unwrap_or_else(|| site_dir.join("public"));
            let options = Options {
                output: Some(output.clone()),
                strict,
                offline,
            };
            let done = format!("wrote the site to {}", output.display());
            built(&site_dir, &options, &done, timings)
        }
        Command::Check {
            site_dir,
            strict,
            format: _,
        } => {
            let options = Options {
                output: None,
                strict,
                offline: false,
            };
            built(&site_dir, &options, "no mistakes found", false)
        }
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
        Command::Import {
            what: ImportKind::Projects,
            file,
            site_dir,
            apply,
        } => crate::import::run(&file, &site_dir, apply),
    }
}

fn built(site_dir: &Path, options: &Options, done: &str, timings: bool) -> u8 {
    match build(site_dir, options) {
        Ok(report) => {
            let warnings = report.warnings.warning_count();
            print_diagnostics(report.warnings);
            println!(
                "{done}: {}, {}",
                pages(report.pages),
                counts(0, warnings).replace("no mistakes", "0 warnings")
            );
            if timings {
                for (phase, took) in &report.timings {
                    eprintln!("timing {phase} {:.3}", took.as_secs_f64());
                }
            }
            0
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
            1
        }
        Err(Failure::Unusable(message)) => {
            eprintln!("error: {message}");
            2
        }
        Err(Failure::Write(e)) => {
            eprintln!("error: {e}\n  fix: check the output folder's permissions and free space");
            2
        }
    }
}

fn exit(result: Result<(), String>) -> u8 {
    match result {
        Ok(()) => 0,
        Err(message) => {
            eprintln!("error: {message}");
            2
        }
    }
}
