// Finding the pages of a built site by reading its folders, not by knowing its slugs.
import { readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** True for files that are attachments (…/files/…): they are downloads, not pages. */
export const isAttachment = (rel) => rel.split('/').includes('files');

/** Every file under `root`, as site paths ("/en/index.html"), sorted. */
export function allFiles(root) {
  const out = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile()) out.push('/' + relative(root, full).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** Every HTML page of the site that is not an attachment. */
export const htmlPages = (root) =>
  allFiles(root).filter((f) => f.endsWith('.html') && !isAttachment(f));

const subdirs = (dir) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();

/**
 * One page of every template in every language: for each language folder (a top-level
 * folder with an index.html), its home page, and for each section folder in it, the
 * section's list page and its first entry (sorted by folder name), and for each grouping
 * folder in the section (one without a page of its own, such as projects/sector/), its first
 * page; a page with such grouping folders of its own (the catalogue book) with the first page
 * of each; and the e-mail edition beside the first entry, if it has one. The site's root
 * index.html, if any, comes first. Returns [{ label, url, mail }], `mail` true for an e-mail
 * edition (a message, not a page of the site: no header, footer or skip link).
 */
export function templateSamples(root) {
  const out = [];
  if (existsSync(join(root, 'index.html'))) out.push({ label: 'root', url: '/' });
  for (const lang of subdirs(root)) {
    if (lang === 'files' || !existsSync(join(root, lang, 'index.html'))) continue;
    out.push({ label: `${lang} home`, url: `/${lang}/` });
    for (const section of subdirs(join(root, lang))) {
      const dir = join(root, lang, section);
      if (existsSync(join(dir, 'index.html'))) out.push({ label: `${lang} ${section} list`, url: `/${lang}/${section}/` });
      const first = subdirs(dir).find((d) => existsSync(join(dir, d, 'index.html')));
      if (first) out.push({ label: `${lang} ${section} entry`, url: `/${lang}/${section}/${first}/` });
      for (const group of subdirs(dir).filter((d) => !existsSync(join(dir, d, 'index.html')))) {
        const inner = subdirs(join(dir, group)).find((d) => existsSync(join(dir, group, d, 'index.html')));
        if (inner) out.push({ label: `${lang} ${section}/${group}`, url: `/${lang}/${section}/${group}/${inner}/` });
      }
      // A page with groups of its own pages under it (the catalogue book and its leaflets).
      for (const page of subdirs(dir).filter((d) => existsSync(join(dir, d, 'index.html')))) {
        const groups = subdirs(join(dir, page)).filter((g) => !existsSync(join(dir, page, g, 'index.html')));
        if (groups.length === 0) continue;
        out.push({ label: `${lang} ${section}/${page}`, url: `/${lang}/${section}/${page}/` });
        for (const group of groups) {
          const inner = subdirs(join(dir, page, group)).find((d) => existsSync(join(dir, page, group, d, 'index.html')));
          if (inner) out.push({ label: `${lang} ${section}/${page}/${group}`, url: `/${lang}/${section}/${page}/${group}/${inner}/` });
        }
      }
      // The e-mail edition beside an entry (a bulletin issue).
      if (first && existsSync(join(dir, first, 'email.html'))) {
        out.push({ label: `${lang} ${section} e-mail`, url: `/${lang}/${section}/${first}/email.html`, mail: true });
      }
    }
  }
  return out;
}

/** Site path of a page URL: "/en/" → "/en/index.html". */
export const fileOf = (url) => (url.endsWith('/') ? url + 'index.html' : url);

export const isDir = (p) => existsSync(p) && statSync(p).isDirectory();
