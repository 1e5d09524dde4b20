//! The kinds of content, each with a section of the site.

/// The five kinds of content that have a section of the site.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Kind {
    Projects,
    Procedures,
    Results,
    Bulletin,
    Pages,
}

impl Kind {
    pub(crate) const ALL: [Kind; 5] = [
        Kind::Projects,
        Kind::Procedures,
        Kind::Results,
        Kind::Bulletin,
        Kind::Pages,
    ];

    /// The folder name under content/ and under /files/.
    pub(crate) fn folder(self) -> &'static str {
        match self {
            Kind::Projects => "projects",
            Kind::Procedures => "procedures",
            Kind::Results => "results",
            Kind::Bulletin => "bulletin",
            Kind::Pages => "pages",
        }
    }
}
