//! The commands and flags (clap derive), no logic. The help text here is the
//! English fallback; `cli::help` puts each language's words in its place.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "minhbach",
    version,
    about = "Build a bilingual aid-transparency website from a folder of plain files."
)]
pub(crate) struct Cli {
    /// The language of messages and help: vi or en [default: from `LC_ALL`, `LC_MESSAGES` or LANG, else the site's default language].
    #[arg(long, global = true, value_name = "CODE")]
    pub(crate) lang: Option<String>,
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Build the site into a folder of static pages.
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
        /// Write a site that works from a disc or a USB stick: every link relative.
        #[arg(long)]
        offline: bool,
        /// Print the time each phase of the build took.
        #[arg(long)]
        timings: bool,
    },
    /// Check every file and link; write nothing.
    Check {
        #[arg(default_value = ".")]
        site_dir: PathBuf,
        /// Treat warnings (such as a missing translation) as mistakes.
        #[arg(long)]
        strict: bool,
        /// How to print the mistakes: text for people, json for editors and CI.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Preview the site on this computer; rebuilds when a file changes.
    Serve {
        #[arg(default_value = ".")]
        site_dir: PathBuf,
        #[arg(long, default_value_t = 8000)]
        port: u16,
    },
    /// Start a new entry from a commented template.
    New {
        kind: NewKind,
        /// The folder name and last part of the address: lowercase a–z, digits and `-`.
        slug: String,
        #[arg(default_value = ".")]
        site_dir: PathBuf,
    },
    /// Create a new, valid, minimal site.
    Init { dir: PathBuf },
    /// Read projects from a workbook (.xlsx, .ods) or a .csv; a dry run unless --apply.
    Import {
        /// What to import.
        what: ImportKind,
        /// The workbook or CSV file, in the layout of /data/projects.xlsx.
        file: PathBuf,
        #[arg(default_value = ".")]
        site_dir: PathBuf,
        /// Write the changes (without it, only show what would change).
        #[arg(long)]
        apply: bool,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum NewKind {
    Project,
    Procedure,
    Results,
    Bulletin,
    Page,
}

impl From<NewKind> for crate::content::Kind {
    fn from(kind: NewKind) -> Self {
        match kind {
            NewKind::Project => Self::Projects,
            NewKind::Procedure => Self::Procedures,
            NewKind::Results => Self::Results,
            NewKind::Bulletin => Self::Bulletin,
            NewKind::Page => Self::Pages,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ImportKind {
    Projects,
}
