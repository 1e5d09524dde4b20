// The disc edition in headless Chromium, opened from file:// as a reader opens a disc or a USB
// stick (issue 17): from the root index.html, every link of every page reached leads to a file
// that is there (never a folder, which file:// shows as a listing); nothing is requested from
// anywhere but the disc; the search finds a project typed without diacritics and leads to its
// page; the catalogue's filters combine from the disc, with the totals of the filter page.
//
//   node tests/browser/offline.test.mjs SITE_DIR     (SITE_DIR built with `minhbach build --offline`)
//
// Exits 1 with the problems found, 2 on bad usage.
import { readFile, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumOptions } from '../../scripts/quality/serve.mjs';

const site = process.argv[2];
if (!site || !(await stat(site).catch(() => null))?.isDirectory()) {
  console.error('usage: node tests/browser/offline.test.mjs SITE_DIR (a site built with --offline)');
  process.exit(2);
}
const root = resolve(site);
const rootUrl = pathToFileURL(root + sep).href;
const failures = [];
const fail = (text) => failures.push(text);

/** The site's own address online, from the root page's canonical link on a page. */
const base = await readFile(resolve(root, 'vi/index.html'), 'utf8')
  .then((html) => html.match(/<link rel="canonical" href="(https?:\/\/[^/"]+)/)?.[1])
  .catch(() => null);
if (!base) fail('no canonical address on vi/index.html: is this a built site?');

const browser = await chromium.launch(chromiumOptions());
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  // Nothing but the disc: any request to another scheme is a failure (a link followed by the
  // test is loaded by page.goto, which is file:// too).
  page.on('request', (r) => { if (!r.url().startsWith('file:')) fail(`${page.url()} requests ${r.url()}`); });

  // 1. Every link followed from the home page leads to a file.
  // The root page leads on at once (a refresh): the navigation it starts is the one awaited.
  await page.goto(rootUrl + 'index.html', { waitUntil: 'commit' });
  await page.waitForURL((u) => u.href !== rootUrl + 'index.html', { timeout: 5000 }).catch(() => {});
  await page.waitForLoadState('domcontentloaded');
  const home = page.url();
  if (home === rootUrl + 'index.html') fail('the root index.html does not lead to a home page');
  const seen = new Set([home.split('#')[0]]);
  const queue = [home.split('#')[0]];
  let links = 0;
  while (queue.length) {
    const url = queue.shift();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const found = await page.evaluate(() => [...document.querySelectorAll('a[href], link[href], script[src], img[src], form[action]')].map((el) => ({
      tag: el.tagName.toLowerCase(),
      rel: el.getAttribute('rel') || '',
      written: el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action'),
      url: el.href || el.src || el.action,
      cite: !!el.closest('.cite'),
    })));
    for (const link of found) {
      const { tag, rel, written, url: target, cite } = link;
      if (written.startsWith('#') || /^(mailto|tel):/.test(target)) continue;
      const at = url.slice(rootUrl.length);
      if (/^https?:/.test(target)) {
        // The online site only where a page cites a permanent address; other sites are theirs.
        if (target.startsWith(base + '/') && !cite && !(tag === 'link' && /canonical|alternate/.test(rel))) {
          fail(`${at}: <${tag} ${written}> leads back online`);
        }
        continue;
      }
      links++;
      if (written.startsWith('/')) fail(`${at}: <${tag} ${written}> starts at the root of the disc`);
      if (!target.startsWith(rootUrl)) { fail(`${at}: <${tag} ${written}> leaves the disc`); continue; }
      const file = target.split(/[?#]/)[0];
      const info = await stat(fileURLToPath(file)).catch(() => null);
      if (!info) fail(`${at}: <${tag} ${written}> leads to nothing`);
      else if (!info.isFile()) fail(`${at}: <${tag} ${written}> leads to a folder, not a file`);
      // An issue's e-mail edition is a message to send, its links absolute by design
      // (tests/print.rs checks it): it is on the disc, and not followed.
      else if (tag === 'a' && file.endsWith('.html') && !file.endsWith('/email.html') && !seen.has(file)) {
        seen.add(file);
        queue.push(file);
      }
    }
  }
  console.log(`  ${seen.size} pages reached from ${home.slice(rootUrl.length)}, ${links} links to files of the disc checked`);
  if (seen.size < 50) fail(`only ${seen.size} pages reached from the home page`);

  // 2. The search, from the disc, finds a project typed without diacritics.
  for (const [path, query, expected] of [
    ['vi/tim-kiem/index.html', 'cap nuoc sinh hoat xa cao son', 'Cao Sơn'],
    ['en/search/index.html', 'nuoc sach', 'water'],
  ]) {
    await page.goto(rootUrl + path);
    await page.fill('#site-search input[name=q]', query);
    await page.press('#site-search input[name=q]', 'Enter');
    const first = await page.waitForSelector('#search-results li a', { timeout: 5000 }).catch(() => null);
    if (!first) { fail(`${path}: "${query}" finds nothing from the disc`); continue; }
    const titles = await page.$$eval('#search-results li a', (as) => as.map((a) => a.textContent));
    if (!titles.slice(0, 3).some((t) => t.toLowerCase().includes(expected.toLowerCase()))) fail(`${path}: "${query}" does not find "${expected}" first (${titles.slice(0, 3).join('; ')})`);
    const href = await first.evaluate((a) => a.href);
    await first.click();
    await page.waitForURL((u) => u.href !== rootUrl + path && !u.href.includes('?q='), { timeout: 5000 }).catch(() => {});
    if (!(await stat(fileURLToPath(href)).catch(() => null))?.isFile()) fail(`${path}: the result leads to ${href}, not a file`);
    else if (!(await page.$('h1'))) fail(`${path}: the result's page did not open`);
    console.log(`  ${path}: "${query}" finds ${titles.length} (${titles[0]}) and opens its page`);
  }

  // 3. The filters combine from the disc: a sector with an order, its count and totals those of
  //    its pre-rendered page, each card leading to a file.
  for (const [list, sector, order] of [['en/projects/index.html', 'education', 'title'], ['vi/du-an/index.html', 'health', 'still-sought']]) {
    const facetPage = list.replace('index.html', `${list.startsWith('vi') ? 'linh-vuc' : 'sector'}/${sector}/index.html`);
    await page.goto(rootUrl + facetPage);
    const expected = await page.$$eval('#list-totals [data-measure]', (els) => els.map((e) => `${e.dataset.measure}=${e.dataset.value}`).join(' '));
    await page.goto(rootUrl + list);
    await page.selectOption('#filter-sector', sector);
    await page.selectOption('#filter-sort', order);
    await page.waitForFunction(() => !document.getElementById('project-list').hasAttribute('aria-busy'));
    await page.waitForTimeout(300);
    const shown = await page.$$eval('#list-totals [data-measure]', (els) => els.map((e) => `${e.dataset.measure}=${e.dataset.value}`).join(' '));
    if (shown !== expected) fail(`${list}: sector ${sector} totals ${shown}, its page says ${expected}`);
    const count = Number(expected.match(/(?:^| )projects=(\d+)/)[1]);
    const cards = await page.$$eval('#project-list > li', (lis) => lis.filter((li) => !li.hidden).map((li) => li.querySelector('a').href));
    if (cards.length !== Math.min(count, 20)) fail(`${list}: sector ${sector} shows ${cards.length} cards, not ${Math.min(count, 20)}`);
    for (const href of cards) if (!(await stat(fileURLToPath(href)).catch(() => null))?.isFile()) fail(`${list}: a card leads to ${href}`);
    const said = await page.$eval('#result-count', (el) => el.textContent);
    if (/incomplete|chưa đầy đủ/i.test(said) || !said.includes(String(count))) fail(`${list}: the count says "${said}" for ${count} projects`);
    console.log(`  ${list}: sector ${sector} by ${order}: ${said}, totals as on its page`);
  }
  for (const e of errors) fail(`script error: ${e}`);
} finally {
  await browser.close();
}
if (failures.length) {
  for (const f of [...new Set(failures)].slice(0, 60)) console.log(`  FAIL ${f}`);
  console.log(`FAIL offline test: ${failures.length} problem(s)`);
  process.exit(1);
}
console.log('PASS offline test');
