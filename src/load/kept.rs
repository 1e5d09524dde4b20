//! What the preview keeps of one load for the next. Reading and checking
//! ten thousand entity folders takes seconds; after an edit, only the folders
//! the edit touched are read again. The rest of the pipeline runs as in a
//! clean build, so the output is the same, byte for byte.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::content::bulletin::BulletinFacts;
use crate::content::procedure::ProcedureFacts;
use crate::content::project::ProjectFacts;
use crate::content::results::ResultsFacts;
use crate::content::types::Date;
use crate::content::words::ProcedureParts;
use crate::content::{Entry, Kind};
use crate::diagnostics::Diagnostics;

/// One entity folder as it was loaded: its entry (none when it had a
/// mistake) and what loading it reported.
#[derive(Clone)]
pub(crate) struct Folder<F, X> {
    pub(crate) entry: Option<Entry<F, X>>,
    pub(crate) found: Diagnostics,
}

pub(crate) type Folders<F, X> = HashMap<PathBuf, Folder<F, X>>;

/// Every folder's result of the last load, and what they were checked
/// against: site.toml, organisations.toml and the day.
#[derive(Default)]
pub(crate) struct Kept {
    base: Option<(String, String, Date)>,
    pub(crate) projects: Folders<ProjectFacts, ()>,
    pub(crate) procedures: Folders<ProcedureFacts, ProcedureParts>,
    pub(crate) results: Folders<ResultsFacts, ()>,
    pub(crate) bulletins: Folders<BulletinFacts, ()>,
    pub(crate) pages: Folders<(), ()>,
}

impl Kept {
    /// Keeps the folders only if they were checked against the same
    /// site.toml, organisations.toml and day as now.
    pub(crate) fn against(&mut self, site_toml: &str, organisations: &str, today: Date) {
        let same = self
            .base
            .as_ref()
            .is_some_and(|(s, o, d)| s == site_toml && o == organisations && *d == today);
        if !same {
            self.forget_all();
            self.base = Some((site_toml.to_string(), organisations.to_string(), today));
        }
    }

    /// Forgets the entity folders that the changed `paths` are in or are.
    pub(crate) fn forget(&mut self, root: &Path, paths: &[PathBuf]) {
        // A change beside the entity folders (content/ itself, a kind's
        // folder) may add or remove folders: the walk of the folders at the
        // next load finds those, and keeps the rest.
        for (kind, folder) in paths.iter().filter_map(|p| entity_folder(root, p)) {
            self.forget_folder(kind, &folder);
        }
    }

    pub(crate) fn forget_all(&mut self) {
        self.projects.clear();
        self.procedures.clear();
        self.results.clear();
        self.bulletins.clear();
        self.pages.clear();
        self.base = None;
    }

    fn forget_folder(&mut self, kind: Kind, folder: &Path) {
        match kind {
            Kind::Projects => self.projects.remove(folder).map(drop),
            Kind::Procedures => self.procedures.remove(folder).map(drop),
            Kind::Results => self.results.remove(folder).map(drop),
            Kind::Bulletin => self.bulletins.remove(folder).map(drop),
            Kind::Pages => self.pages.remove(folder).map(drop),
        };
    }
}

/// `content/<kind>/<folder>` of a path at or under it.
pub(crate) fn entity_folder(root: &Path, path: &Path) -> Option<(Kind, PathBuf)> {
    let rest = path.strip_prefix(root.join("content")).ok()?;
    let mut parts = rest.components();
    let kind_name = parts.next()?.as_os_str().to_str()?;
    let kind = Kind::ALL.into_iter().find(|k| k.folder() == kind_name)?;
    let folder = parts.next()?;
    Some((kind, root.join("content").join(kind_name).join(folder)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{build, build_keeping, Keep, Options};
    use std::collections::BTreeMap;
    use std::fs;

    /// A copy of the `valid` fixture in a temporary folder, by its canonical path.
    fn valid_copy() -> (tempfile::TempDir, std::path::PathBuf) {
        let temp = tempfile::tempdir().unwrap();
        let site = temp.path().join("site");
        copy(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid"),
            &site,
        );
        let site = fs::canonicalize(&site).unwrap();
        (temp, site)
    }

    fn copy(from: &Path, to: &Path) {
        for entry in walkdir::WalkDir::new(from) {
            let entry = entry.unwrap();
            let target = to.join(entry.path().strip_prefix(from).unwrap());
            if entry.file_type().is_dir() {
                fs::create_dir_all(&target).unwrap();
            } else {
                fs::copy(entry.path(), &target).unwrap();
            }
        }
    }

    fn tree(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
        walkdir::WalkDir::new(root)
            .into_iter()
            .map(Result::unwrap)
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                let rel = e.path().strip_prefix(root).unwrap().to_path_buf();
                (rel, fs::read(e.path()).unwrap())
            })
            .collect()
    }

    fn built(site: &Path, out: &Path, kept: Option<&mut Keep>) -> BTreeMap<PathBuf, Vec<u8>> {
        let options = Options {
            output: Some(out.to_path_buf()),
            keep_last: true,
            ..Options::default()
        };
        match kept {
            Some(kept) => build_keeping(site, &options, kept),
            None => build(site, &options),
        }
        .expect("the site builds");
        tree(out)
    }

    /// The pages the preview renders first after an edit are the pages the
    /// whole build then writes: nothing on an entity's page comes from the
    /// lists it skips.
    #[test]
    fn the_pages_rendered_first_are_those_the_whole_build_writes() {
        let (temp, site) = valid_copy();
        let mut keep = Keep::default();
        let out = temp.path().join("out");
        built(&site, &out, Some(&mut keep));
        for (folder, file, from, to, pages) in [
            (
                "content/projects/nuoc-sach-xa-cao-son",
                "facts.toml",
                "beneficiaries",
                "beneficiaries = 2000\n#",
                [
                    "vi/du-an/nuoc-sach-xa-cao-son/index.html",
                    "en/projects/nuoc-sach-xa-cao-son/index.html",
                ],
            ),
            (
                "content/procedures/phe-duyet-du-an-vien-tro",
                "vi.md",
                "Nộp hồ sơ",
                "Nộp đủ hồ sơ",
                [
                    "vi/thu-tuc/phe-duyet-du-an-vien-tro/index.html",
                    "en/procedures/phe-duyet-du-an-vien-tro/index.html",
                ],
            ),
        ] {
            let path = site.join(folder).join(file);
            let text = fs::read_to_string(&path).unwrap();
            let edited = if text.contains(from) {
                text.replacen(from, to, 1)
            } else {
                text.replacen("\n[budget]", "\nbeneficiaries = 2000\n\n[budget]", 1)
            };
            assert_ne!(edited, text, "{folder}: nothing edited");
            fs::write(&path, edited).unwrap();
            keep.folders.forget(&site, std::slice::from_ref(&path));
            assert_eq!(
                keep.render_first(std::slice::from_ref(&path), &out),
                Some(2),
                "{folder}"
            );
            let first: Vec<Vec<u8>> = pages
                .iter()
                .map(|p| fs::read(out.join(p)).unwrap())
                .collect();
            built(&site, &out, Some(&mut keep));
            for (page, bytes) in pages.iter().zip(first) {
                assert!(
                    fs::read(out.join(page)).unwrap() == bytes,
                    "{page} differs from the whole build's"
                );
            }
        }
    }

    /// After edits of facts and words, a removal and an addition, a build
    /// that kept the other folders equals a clean build, byte for byte; and
    /// it did keep them.
    #[test]
    fn a_build_that_kept_folders_equals_a_clean_build_after_edits() {
        let (temp, site) = valid_copy();
        let mut keep = Keep::default();
        let out = temp.path().join("kept");
        built(&site, &out, Some(&mut keep));
        assert_eq!(keep.folders.projects.len(), 2);

        let project = site.join("content/projects/truong-mam-non-tien-phong");
        let facts = fs::read_to_string(project.join("facts.toml")).unwrap();
        fs::write(
            project.join("facts.toml"),
            facts.replace("total = 4_800_000_000", "total = 4_900_000_000"),
        )
        .unwrap();
        let words = fs::read_to_string(project.join("en.md")).unwrap();
        fs::write(project.join("en.md"), words + "\nA new paragraph.\n").unwrap();
        // The edited project's pages come first, from the last build.
        let first = keep.render_first(&[project.join("facts.toml"), project.join("en.md")], &out);
        assert_eq!(first, Some(2), "both languages' pages");
        let page_en =
            fs::read_to_string(out.join("en/projects/truong-mam-non-tien-phong/index.html"))
                .unwrap();
        assert!(page_en.contains("A new paragraph.") && page_en.contains("VND 4,900,000,000"));
        let page = site.join("content/pages/gioi-thieu");
        fs::remove_dir_all(&page).unwrap();
        let added = site.join("content/pages/lien-he");
        fs::create_dir_all(&added).unwrap();
        fs::write(
            added.join("vi.md"),
            "+++\ntitle = \"Liên hệ\"\nsummary = \"Cách liên hệ.\"\n+++\n\nGọi cho Sở.\n",
        )
        .unwrap();
        keep.folders.forget(
            &site,
            &[
                project.join("facts.toml"),
                project.join("en.md"),
                page.clone(),
                added.join("vi.md"),
            ],
        );
        // What was not touched is still kept; what was is not.
        assert!(keep
            .folders
            .projects
            .contains_key(&site.join("content/projects/nuoc-sach-xa-cao-son")));
        assert!(!keep.folders.projects.contains_key(&project));

        let incremental = built(&site, &out, Some(&mut keep));
        let clean = built(&site, &temp.path().join("clean"), None);
        let differ: Vec<&PathBuf> = clean
            .keys()
            .chain(incremental.keys())
            .filter(|k| clean.get(*k) != incremental.get(*k))
            .collect();
        assert!(differ.is_empty(), "differ from a clean build: {differ:?}");
        assert!(incremental.contains_key(Path::new("vi/trang/lien-he/index.html")));
        assert!(!incremental.contains_key(Path::new("vi/trang/gioi-thieu/index.html")));
    }

    #[test]
    fn finds_the_entity_folder_of_a_changed_path() {
        let root = Path::new("/site");
        assert_eq!(
            entity_folder(root, Path::new("/site/content/projects/x/files/a.pdf")),
            Some((Kind::Projects, PathBuf::from("/site/content/projects/x")))
        );
        assert_eq!(
            entity_folder(root, Path::new("/site/content/projects/x")),
            Some((Kind::Projects, PathBuf::from("/site/content/projects/x")))
        );
        assert_eq!(
            entity_folder(root, Path::new("/site/content/projects")),
            None
        );
        assert_eq!(entity_folder(root, Path::new("/site/site.toml")), None);
    }
}
