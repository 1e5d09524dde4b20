// Print test in headless Chromium: every project page prints as a one-page A4
// brief, and a bulletin issue prints with its masthead and without the site's
// navigation, with the addresses of its links written out.
//
//   node tests/browser/print.test.mjs SITE_DIR
//
// Exits 1 with the pages that fail, 2 on bad usage.
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serve, chromiumOptions } from '../../scripts/quality/serve.mjs';

const site = process.argv[2];
if (!site || !(await stat(site).catch(() => null))?.isDirectory()) {
  console.error('usage: node tests/browser/print.test.mjs SITE_DIR (a built site)');
  process.exit(2);
}
const root = resolve(site);

/** Entity pages under a language's section folder: its sub-folders with an
 *  index.html, without the catalogue's filter and sort folders. */
async function entities(section) {
  const names = await readdir(join(root, section)).catch(() => []);
  const pages = [];
  for (const name of names) {
    if (['sector', 'locality', 'period', 'status', 'sort'].includes(name)) continue;
    if (await stat(join(root, section, name, 'index.html')).catch(() => null)) pages.push(`/${section}/${name}/`);
  }
  return pages;
}

const pagesOf = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

const server = await serve(root);
const browser = await chromium.launch(chromiumOptions());
const failures = [];
try {
  const page = await browser.newPage();
  await page.emulateMedia({ media: 'print' });
  const projects = [...await entities('en/projects'), ...await entities('vi/du-an')];
  if (projects.length === 0) failures.push('no project pages found under en/projects or vi/du-an');
  for (const path of projects) {
    await page.goto(server.origin + path);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const count = pagesOf(pdf);
    if (count !== 1) failures.push(`${path} prints on ${count} A4 pages, not one`);
  }
  console.log(`  ${projects.length} project pages printed`);

  const issues = [...await entities('en/bulletin'), ...await entities('vi/ban-tin')];
  for (const path of issues) {
    await page.goto(server.origin + path);
    const seen = await page.evaluate(() => {
      const visible = (el) => el && getComputedStyle(el).display !== 'none';
      const internal = [...document.querySelectorAll('.issue a[href^="/"]')][0];
      return {
        nav: visible(document.querySelector('.main-nav')),
        masthead: visible(document.querySelector('.masthead')),
        url: internal ? getComputedStyle(internal, '::after').content : 'none',
        cards: [...document.querySelectorAll('.issue .card')].every((c) => getComputedStyle(c).breakInside === 'avoid'),
      };
    });
    if (seen.nav) failures.push(`${path}: the navigation prints`);
    if (!seen.masthead) failures.push(`${path}: no masthead in print`);
    if (!seen.url.includes('attr(href)') && !seen.url.includes('/')) failures.push(`${path}: links print without their address (${seen.url})`);
    if (!seen.cards) failures.push(`${path}: a project card may split across pages`);
  }
  console.log(`  ${issues.length} bulletin issues checked in print`);
} finally {
  await browser.close();
  await server.close();
}
if (failures.length) {
  for (const f of failures) console.log(`  FAIL ${f}`);
  console.log(`FAIL print test: ${failures.length} problem(s)`);
  process.exit(1);
}
console.log('PASS print test');
