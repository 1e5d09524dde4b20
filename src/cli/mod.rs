//! The command line: choose the language, parse the arguments, run the
//! command, print what happened, give the exit status (0 done, 1 mistakes in
//! the content, 2 the command or the site directory is unusable).

mod args;
mod help;
mod lang;

use std::ffi::OsString;
use std::path::Path;

use clap::FromArgMatches;

pub(crate) use args::{Cli, Command, Format, ImportKind};

use crate::messages::{text, Lang};
use crate::report::Reporter;
use crate::{build, scaffold, serve, Failure, Options};

/// Runs the command line `args` (the program's name first); returns the exit
/// status.
pub fn run(args: impl IntoIterator<Item = OsString>) -> u8 {
    let args: Vec<OsString> = args.into_iter().collect();
    let lang = match lang::choose(&args) {
        Ok(lang) => lang,
        Err(lang::UnknownLang(code)) => {
            eprintln!(
                "{}: {}",
                text!("label-error").render(Lang::En),
                text!("cli-lang-unknown", code = code).render(Lang::En)
            );
            return 2;
        }
    };
    let cli = match help::command(lang)
        .try_get_matches_from(&args)
        .and_then(|m| Cli::from_arg_matches(&m))
    {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => {
            // --help and --version: what was asked for, on standard output.
            crate::out::text(&e.render().to_string());
            return 0;
        }
        Err(e) => {
            eprintln!("{}", help::error(&e, lang));
            return 2;
        }
    };
    let say = |t: crate::messages::Text| t.render(lang);
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
                ..Options::default()
            };
            built(&site_dir, &options, lang, Format::Text, timings)
        }
        Command::Check {
            site_dir,
            strict,
            format,
        } => {
            let options = Options {
                output: None,
                strict,
                ..Options::default()
            };
            built(&site_dir, &options, lang, format, false)
        }
        Command::Serve { site_dir, port } => serve::serve(&site_dir, port, lang),
        Command::New {
            kind,
            slug,
            site_dir,
        } => match scaffold::new_entry(&site_dir, kind.into(), &slug) {
            Ok(created) => {
                crate::out::line(&say(created));
                0
            }
            Err(e) => refused(&e, lang),
        },
        Command::Init { dir } => match scaffold::init(&dir, lang) {
            Ok(created) => {
                crate::out::line(&say(created));
                0
            }
            Err(e) => refused(&e, lang),
        },
        Command::Import {
            what: ImportKind::Projects,
            file,
            site_dir,
            apply,
        } => crate::import::run(&file, &site_dir, apply, lang),
    }
}

/// A command that could not start: exit status 2.
fn refused(why: &crate::messages::Text, lang: Lang) -> u8 {
    eprintln!(
        "{}: {}",
        text!("label-error").render(lang),
        why.render(lang)
    );
    2
}

fn built(site_dir: &Path, options: &Options, lang: Lang, format: Format, timings: bool) -> u8 {
    let root = std::fs::canonicalize(site_dir).ok();
    let reporter = Reporter::new(lang, root.as_deref());
    let say = |t: crate::messages::Text| reporter.say(&t);
    match build(site_dir, options) {
        Ok(report) => {
            let warnings = report.warnings.warning_count();
            if format == Format::Json {
                crate::out::line(&reporter.json(&report.warnings));
                return 0;
            }
            reporter.print(&report.warnings);
            let done = match &options.output {
                Some(dir) => text!(
                    "done-build",
                    dir = dir.display().to_string(),
                    pages = report.pages,
                    warnings = warnings
                ),
                None => text!("done-check", pages = report.pages, warnings = warnings),
            };
            crate::out::line(&say(done));
            if timings {
                for (phase, took, peak) in &report.timings {
                    eprintln!("timing {phase} {:.3}", took.as_secs_f64());
                    if let Some(bytes) = peak {
                        eprintln!("peak {phase} {} MB", bytes / (1024 * 1024));
                    }
                }
            }
            0
        }
        Err(Failure::Mistakes(found)) => {
            if format == Format::Json {
                crate::out::line(&reporter.json(&found));
                return 1;
            }
            let (errors, warnings) = (found.error_count(), found.warning_count());
            reporter.print(&found);
            let outcome = if options.output.is_some() {
                text!("mistakes-found-build", errors = errors, warnings = warnings)
            } else {
                text!("mistakes-found-check", errors = errors, warnings = warnings)
            };
            eprintln!("{}", say(outcome));
            1
        }
        Err(Failure::Unusable(why)) if format == Format::Json => {
            crate::out::line(&reporter.json_refused(&why));
            2
        }
        Err(Failure::Unusable(why)) => refused(&why, lang),
        // Only the preview cancels a build.
        Err(Failure::Cancelled) => 2,
        Err(Failure::Write(e)) => {
            eprintln!(
                "{}: {}\n  {}: {}",
                say(text!("label-error")),
                say(text!(
                    "write-failed",
                    path = e.path.display().to_string(),
                    reason = crate::source::io_reason(&e.source)
                )),
                say(text!("label-fix")),
                say(text!("write-failed-fix"))
            );
            2
        }
    }
}
