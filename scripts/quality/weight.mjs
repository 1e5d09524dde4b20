// Gate "weight": every page's HTML plus the local stylesheets it links, gzip -9, within
// 50 kB; its local JavaScript, gzip -9, within 30 kB. Attachments are not pages.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, posix } from 'node:path';
import { htmlPages } from './site.mjs';
import { attrs, tags, isLocal } from './html.mjs';

export const HTML_CSS_LIMIT = 50_000; // bytes (50 kB), compressed
export const JS_LIMIT = 30_000; // bytes (30 kB), compressed

const kb = (n) => `${(n / 1000).toFixed(1)} kB`;

export function checkWeight(root) {
  const gz = new Map(); // site path → gzip size, each asset compressed once
  const gzSize = (sitePath) => {
    if (!gz.has(sitePath)) {
      const file = join(root, sitePath);
      gz.set(sitePath, existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : null);
    }
    return gz.get(sitePath);
  };
  const failures = [];
  let heaviest = { page: '', css: 0, js: 0 };
  let heaviestJs = { page: '', js: 0 };
  const pages = htmlPages(root);
  for (const page of pages) {
    const html = readFileSync(join(root, page), 'utf8');
    const resolveLocal = (href) => posix.resolve(posix.dirname(page), href.split(/[?#]/)[0]);
    const css = new Set();
    const js = new Set();
    for (const t of tags(html, 'link')) {
      const a = attrs(t);
      if (/(^|\s)stylesheet(\s|$)/i.test(a.rel ?? '') && a.href && isLocal(a.href)) css.add(resolveLocal(a.href));
    }
    for (const t of tags(html, 'script')) {
      const a = attrs(t);
      if (a.src && isLocal(a.src)) js.add(resolveLocal(a.src));
    }
    let htmlCss = gzipSync(Buffer.from(html), { level: 9 }).length;
    let jsTotal = 0;
    const missing = [];
    for (const c of css) { const n = gzSize(c); if (n === null) missing.push(c); else htmlCss += n; }
    for (const s of js) { const n = gzSize(s); if (n === null) missing.push(s); else jsTotal += n; }
    if (missing.length) failures.push(`${page}: links missing local file(s): ${missing.join(', ')}`);
    if (htmlCss > HTML_CSS_LIMIT) failures.push(`${page}: HTML + CSS ${kb(htmlCss)} compressed, over ${kb(HTML_CSS_LIMIT)} (${[...css].join(', ') || 'no stylesheet'})`);
    if (jsTotal > JS_LIMIT) failures.push(`${page}: JavaScript ${kb(jsTotal)} compressed, over ${kb(JS_LIMIT)} (${[...js].join(', ')})`);
    if (htmlCss > heaviest.css) heaviest = { page, css: htmlCss };
    if (jsTotal > heaviestJs.js) heaviestJs = { page, js: jsTotal };
  }
  const summary = `${pages.length} pages; heaviest HTML+CSS ${kb(heaviest.css)} (${heaviest.page || '-'}) of ${kb(HTML_CSS_LIMIT)}; heaviest JS ${kb(heaviestJs.js)}${heaviestJs.page ? ` (${heaviestJs.page})` : ''} of ${kb(JS_LIMIT)}`;
  return { ok: failures.length === 0 && pages.length > 0, summary: pages.length ? summary : 'no HTML page found', details: failures };
}
