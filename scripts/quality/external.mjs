// Gate "external", static half: no page or stylesheet makes the browser fetch anything
// from another host (scripts, stylesheets, fonts, images, frames, media). Plain links
// (<a href>) to other sites are fine: they are not requests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allFiles, htmlPages, isAttachment } from './site.mjs';
import { attrs, tags, isLocal, styleBlocks, cssUrls } from './html.mjs';

// Elements and the attributes through which they fetch.
const FETCHING = {
  script: ['src'], img: ['src', 'srcset'], iframe: ['src'], frame: ['src'], embed: ['src'],
  object: ['data'], source: ['src', 'srcset'], video: ['src', 'poster'], audio: ['src'],
  track: ['src'], input: ['src'], image: ['href', 'xlink:href'], use: ['href', 'xlink:href'],
};
// <link rel=…> values that make the browser fetch or connect.
const FETCHING_RELS = new Set(['stylesheet', 'icon', 'apple-touch-icon', 'apple-touch-icon-precomposed',
  'mask-icon', 'preload', 'prefetch', 'prerender', 'modulepreload', 'manifest', 'preconnect', 'dns-prefetch']);

const urlsOf = (name, value) =>
  name.endsWith('srcset') ? value.split(',').map((c) => c.trim().split(/\s+/)[0]).filter(Boolean) : [value];

export function checkExternalStatic(root) {
  const failures = [];
  const pages = htmlPages(root);
  for (const page of pages) {
    const html = readFileSync(join(root, page), 'utf8');
    const found = [];
    for (const [name, names] of Object.entries(FETCHING)) {
      for (const t of tags(html, name)) {
        const a = attrs(t);
        for (const n of names) if (a[n]) for (const u of urlsOf(n, a[n])) if (!isLocal(u)) found.push(`<${name} ${n}="${u}">`);
      }
    }
    for (const t of tags(html, 'link')) {
      const a = attrs(t);
      const rels = (a.rel ?? '').toLowerCase().split(/\s+/);
      if (!rels.some((r) => FETCHING_RELS.has(r))) continue;
      for (const n of ['href', 'imagesrcset']) if (a[n]) for (const u of urlsOf(n, a[n])) if (!isLocal(u)) found.push(`<link rel="${a.rel}" ${n}="${u}">`);
    }
    const inlineCss = [...styleBlocks(html), ...tags(html, '[a-z][a-z0-9-]*').map((t) => attrs(t).style ?? '')];
    for (const css of inlineCss) for (const u of cssUrls(css)) if (!isLocal(u)) found.push(`inline CSS url(${u})`);
    for (const f of found) failures.push(`${page}: ${f}`);
  }
  const sheets = allFiles(root).filter((f) => f.endsWith('.css') && !isAttachment(f));
  for (const sheet of sheets) {
    for (const u of cssUrls(readFileSync(join(root, sheet), 'utf8'))) if (!isLocal(u)) failures.push(`${sheet}: url(${u})`);
  }
  return { failures, scanned: `${pages.length} pages and ${sheets.length} stylesheets` };
}
