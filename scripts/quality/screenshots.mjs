#!/usr/bin/env node
// Full-page PNG screenshots of the main templates, in every language, at 375 and 1280 px, and
// of each page's first screen (…-top.png: what a reader sees before scrolling, 375 × 812 and
// 1280 × 800), which is where most problems of layout show.
// Usage: node scripts/quality/screenshots.mjs SITE_DIR OUT_DIR
// Pages are found from the English folders (site.toml's [sections] words) and, for the other
// languages, through each page's <link rel="alternate" hreflang> addresses.
import { mkdirSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve, chromiumOptions } from './serve.mjs';
import { attrs, tags } from './html.mjs';
import { fileOf } from './site.mjs';

const [root, out] = process.argv.slice(2);
if (!root || !out) { console.error('usage: screenshots.mjs SITE_DIR OUT_DIR'); process.exit(2); }

const firstEntry = (section) => {
  const dir = join(root, 'en', section);
  const name = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'index.html'))).map((e) => e.name).sort()[0];
  if (!name) throw new Error(`no entry under /en/${section}/`);
  return `/en/${section}/${name}/`;
};
const TEMPLATES = {
  home: '/en/', catalogue: '/en/projects/', project: firstEntry('projects'),
  procedure: firstEntry('procedures'), results: '/en/results/', issue: firstEntry('bulletin'),
};
const WIDTHS = [375, 1280];

// Every language's address of an English page, from its hreflang alternates.
function versions(url) {
  const html = readFileSync(join(root, fileOf(url)), 'utf8');
  const found = {};
  for (const t of tags(html, 'link')) {
    const a = attrs(t);
    if (a.rel === 'alternate' && a.hreflang && a.hreflang !== 'x-default' && a.href) found[a.hreflang] = new URL(a.href, 'http://x').pathname;
  }
  return Object.keys(found).length ? found : { en: url };
}

mkdirSync(out, { recursive: true });
const server = await serve(root);
const browser = await chromium.launch(chromiumOptions());
let n = 0;
try {
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: width < 400 ? 812 : 800 } });
    for (const [name, url] of Object.entries(TEMPLATES)) {
      for (const [lang, path] of Object.entries(versions(url))) {
        await page.goto(server.origin + path, { waitUntil: 'load' });
        const file = join(out, `${lang}-${name}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        await page.screenshot({ path: file.replace(/\.png$/, '-top.png') });
        console.log(`${file}  ${path}`);
        n += 2;
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${n} screenshots in ${out}`);
