//! The commands and flags. No logic here.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "minhbach",
    version,
    about = "Build a bilingual aid-transparency website from a folder of plain files."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into a folder of static pages.
    #[command(
        after_help = "Example:\n  minhbach build                  # the site in this folder, into ./public\n  minhbach build ~/site --output /var/www/ngo\n\nOn any mistake nothing is written and the previous output stays as it was."
    )]
    Build {
        /// The site directory (it holds site.toml and content/).
        #[arg(default_value = ".")]
        site_dir: PathBuf,
        /// Where to write the site [default: `SITE_DIR/public`].
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Treat warnings (such as a missing translation) as mistakes.
        #[arg(long)]
        strict: bool,
    },
    /// Check every file and link; write nothing.
    #[command(
        after_help = "Example:\n  minhbach check                  # the site in this folder\n  minhbach check --strict ~/site  # untranslated pages are mistakes too"
    )]
    Check {
        #[arg(default_value = ".")]
        site_dir: PathBuf,
        /// Treat warnings (such as a missing translation) as mistakes.
        #[arg(long)]
        strict: bool,
    },
    /// Preview the site on this computer; rebuilds when a file changes.
    #[command(
        after_help = "Example:\n  minhbach serve                  # then open http://127.0.0.1:8000/\n  minhbach serve ~/site --port 8080"
    )]
    Serve {
        #[arg(default_value = ".")]
        site_dir: PathBuf,
        #[arg(long, default_value_t = 8000)]
        port: u16,
    },
    /// Start a new entry from a template that already builds.
    #[command(
        after_help = "Example:\n  minhbach new project truong-mam-non-tien-phong\n  minhbach new procedure phe-duyet-vien-tro ~/site"
    )]
    New {
        kind: NewKind,
        /// The folder name and last part of the address: lowercase a–z, digits and `-`.
        slug: String,
        #[arg(default_value = ".")]
        site_dir: PathBuf,
    },
    /// Create a new, valid, minimal site.
    #[command(after_help = "Example:\n  minhbach init my-site && minhbach build my-site")]
    Init { dir: PathBuf },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum NewKind {
    Project,
    Procedure,
    Results,
    Bulletin,
    Page,
}
