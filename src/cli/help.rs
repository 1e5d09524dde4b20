//! clap's help, errors and headings in the staff's language: the derive in
//! `args.rs` gives the structure, the Fluent messages give the words.

use clap::{Arg, ArgAction, Command, CommandFactory};

use super::args::Cli;
use crate::messages::{text, Lang, Text};

/// The commands of `Cli` with every help text in `lang`.
pub(crate) fn command(lang: Lang) -> Command {
    let say = |t: Text| t.render(lang);
    let template = format!(
        "{{about}}\n\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        say(text!("cli-usage"))
    );
    let mut cmd = Cli::command()
        .about(say(text!("cli-about")))
        .help_template(template.clone())
        .subcommand_help_heading(say(text!("cli-commands")))
        .disable_help_subcommand(true)
        .disable_help_flag(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .global(true)
                .help(say(text!("cli-arg-help"))),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(say(text!("cli-arg-version"))),
        )
        .after_help(say(text!("cli-exit-codes")));
    cmd = localise_args(cmd, lang);
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in names {
        let about = text_for_command(&name, "about");
        let examples = text_for_command(&name, "examples");
        let template = template.clone();
        cmd = cmd.mut_subcommand(&name, |c| {
            let c = c
                .about(say(about))
                .help_template(template)
                .after_help(format!(
                    "{}\n\n{}",
                    say(examples),
                    say(text!("cli-exit-codes"))
                ));
            localise_args(c, lang)
        });
    }
    cmd
}

/// Each argument's help, and its heading (arguments, options).
fn localise_args(mut cmd: Command, lang: Lang) -> Command {
    let ids: Vec<(String, bool)> = cmd
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    for (order, (id, positional)) in ids.into_iter().enumerate() {
        let heading = if positional {
            text!("cli-arguments")
        } else {
            text!("cli-options")
        };
        let help = text_for_arg(&id);
        // clap names defaults and possible values in English: each help text
        // names them in the staff's words instead. A heading of our own
        // would sort the arguments by name; they keep the order of use.
        cmd = cmd.mut_arg(&id, |a| {
            let takes_values = a.get_action().takes_values();
            let a = a
                .help_heading(heading.render(lang))
                .display_order(order)
                .hide_default_value(takes_values)
                .hide_possible_values(takes_values);
            match help {
                Some(h) => a.help(h.render(lang)),
                None => a,
            }
        });
    }
    cmd
}

fn text_for_command(name: &str, part: &str) -> Text {
    match (name, part) {
        ("build", "about") => text!("cli-build"),
        ("build", _) => text!("cli-build-examples"),
        ("check", "about") => text!("cli-check"),
        ("check", _) => text!("cli-check-examples"),
        ("serve", "about") => text!("cli-serve"),
        ("serve", _) => text!("cli-serve-examples"),
        ("new", "about") => text!("cli-new"),
        ("new", _) => text!("cli-new-examples"),
        ("init", "about") => text!("cli-init"),
        ("init", _) => text!("cli-init-examples"),
        ("import", "about") => text!("cli-import"),
        _ => text!("cli-import-examples"),
    }
}

fn text_for_arg(id: &str) -> Option<Text> {
    Some(match id {
        "lang" => text!("cli-arg-lang"),
        "site_dir" => text!("cli-arg-site-dir"),
        "output" => text!("cli-arg-output"),
        "strict" => text!("cli-arg-strict"),
        "offline" => text!("cli-arg-offline"),
        "timings" => text!("cli-arg-timings"),
        "format" => text!("cli-arg-format"),
        "port" => text!("cli-arg-port"),
        "kind" => text!("cli-arg-kind"),
        "slug" => text!("cli-arg-slug"),
        "dir" => text!("cli-arg-dir"),
        "what" => text!("cli-arg-what"),
        "file" => text!("cli-arg-file"),
        "apply" => text!("cli-arg-apply"),
        _ => return None,
    })
}

/// clap's own error, in words staff read: what was wrong on the command
/// line, and the usage.
pub(crate) fn error(e: &clap::Error, lang: Lang) -> String {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let value = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        _ => String::new(),
    };
    let message = match e.kind() {
        ErrorKind::UnknownArgument => text!(
            "cli-error-unknown-argument",
            argument = value(ContextKind::InvalidArg)
        ),
        ErrorKind::InvalidSubcommand => {
            let unknown = value(ContextKind::InvalidSubcommand);
            let commands = ["build", "check", "serve", "new", "init", "import"];
            match crate::diagnostics::suggest(&unknown, commands) {
                Some(hint) => text!(
                    "cli-error-unknown-command-hint",
                    command = unknown,
                    hint = hint
                ),
                None => text!("cli-error-unknown-command", command = unknown),
            }
        }
        ErrorKind::InvalidValue => text!(
            "cli-error-invalid-value",
            value = value(ContextKind::InvalidValue),
            argument = value(ContextKind::InvalidArg),
            valid = value(ContextKind::ValidValue)
        ),
        ErrorKind::MissingRequiredArgument => text!(
            "cli-error-missing",
            argument = value(ContextKind::InvalidArg)
        ),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            text!("cli-error-no-command")
        }
        _ => text!(
            "cli-error-other",
            detail = e
                .to_string()
                .lines()
                .next()
                .unwrap_or_default()
                .trim_start_matches("error: ")
                .to_string()
        ),
    };
    format!(
        "{}: {}\n\n{}",
        text!("label-error").render(lang),
        message.render(lang),
        text!("cli-error-help").render(lang)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_commands_are_well_formed_in_each_language() {
        for lang in [Lang::Vi, Lang::En] {
            command(lang).debug_assert();
        }
    }
}
