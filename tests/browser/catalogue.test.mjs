// Headless-Chromium test of the catalogue filters and the site search (themes/default/static/assets/minhbach.js).
//
//   node tests/browser/catalogue.test.mjs SITE_DIR
//
// Serves SITE_DIR on 127.0.0.1, drives Debian's chromium through playwright-core, and checks:
//   1. /en/projects/: two facets picked from the cards' own data-* attributes filter the cards
//      to exactly the matching projects of the whole catalogue (read from its pages as
//      served), fetching only the pages of the shorter chosen list; the count and the URL
//      query follow, reloading that URL restores the same view, and clearing the filters
//      brings back every project; a new order alone opens that order's pre-rendered list;
//      when a page of the list fails to load, the count says so;
//   2. the Vietnamese search page finds "đường", "giáo dục" and "Đà Bắc" typed without
//      diacritics, fetches nothing of the index before typing and ≤ 150 KB per query;
//   3. with JavaScript disabled the catalogue shows every card and the catalogue and search
//      pages link to the pre-rendered filter pages.
// Any request to another host, console error or page error fails the test. Exits 1 on failure.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { serve, chromiumOptions } from '../../scripts/quality/serve.mjs';

const siteArg = process.argv[2];
if (!siteArg) {
  console.error('usage: node tests/browser/catalogue.test.mjs SITE_DIR');
  process.exit(2);
}
const root = resolve(siteArg);
if (!(await stat(root).catch(() => null))?.isDirectory()) {
  console.error(`catalogue test: ${siteArg} is not a folder (build the site first)`);
  process.exit(2);
}

const failures = new Map(); // message → times seen
const fail = (msg) => {
  if (msg.length > 400) msg = msg.slice(0, 400) + '…';
  if (!failures.has(msg)) console.log(`  FAIL ${msg}`);
  failures.set(msg, (failures.get(msg) ?? 0) + 1);
  return false;
};
const pass = (msg) => { console.log(`  ok   ${msg}`); return true; };
const check = (cond, msg, detail = '') => (cond ? pass(msg) : fail(detail ? `${msg}: ${detail}` : msg));
const norm = (s) => (s || '').normalize('NFC').toLowerCase();

// ---- The site, served on 127.0.0.1 by the quality gates' static server ----------------------
const server = await serve(root);
const { origin } = server;

// The search pages: the HTML files holding both #site-search and #search-results.
async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(p);
    else if (entry.name.endsWith('.html')) yield p;
  }
}
async function findSearchPage(lang) {
  const found = [];
  const dir = join(root, lang);
  if (!(await stat(dir).catch(() => null))) return null;
  for await (const file of htmlFiles(dir)) {
    const html = await readFile(file, 'utf8');
    if (/id="site-search"/.test(html) && /id="search-results"/.test(html)) found.push(file);
  }
  found.sort((a, b) => a.length - b.length);
  if (!found.length) return null;
  return '/' + relative(root, found[0]).split(sep).join('/').replace(/index\.html$/, '');
}

// ---- The browser ----------------------------------------------------------------------------
const browser = await chromium.launch(chromiumOptions());

/** A context that refuses other hosts and records requests, console errors and 404s. */
async function newContext({ fetchDelay, failFetch, ...options } = {}) {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(5000);
  const log = { requests: [], responses: [], notFound: new Set() };
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    // A slow connection, as many NGO readers have: a script's fetches answer late, so a test
    // that reads the page before the script has settled fails every time, not now and then.
    if (url.startsWith(origin + '/') && ['fetch', 'xhr'].includes(route.request().resourceType())) {
      await new Promise((done) => setTimeout(done, fetchDelay ?? 0));
      // A connection that drops: the request fails as it would on the network.
      if (failFetch?.test(new URL(url).pathname)) return route.abort('failed');
    }
    if (url.startsWith(origin + '/') || /^(data|blob|about):/.test(url)) return route.continue();
    fail(`request to another host: ${url}`);
    return route.abort('blockedbyclient');
  });
  context.on('request', (r) => log.requests.push(r));
  context.on('response', (r) => {
    log.responses.push(r);
    if (r.status() === 404) log.notFound.add(r.url());
  });
  const open = async (path) => {
    const page = await context.newPage();
    page.on('pageerror', (e) => fail(`page error on ${page.url()}: ${e.message}`));
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      // The search index answers 404 for a token shard that does not exist: that is the
      // contract ("a missing shard file means no token with that prefix"), not an error.
      const at = msg.location()?.url ?? '';
      // Chromium also asks for /favicon.ico on its own; the site need not have one.
      if (/^Failed to load resource: .*404/.test(msg.text())
        && /\/t\/[^/]+\.json$|^\/favicon\.ico$/.test(new URL(at, origin).pathname)) return;
      if (failFetch && /^Failed to load resource/.test(msg.text()) && failFetch.test(new URL(at, origin).pathname)) return;
      fail(`console error on ${page.url()}: ${msg.text()}${at ? ` (${at})` : ''}`);
    });
    const response = await page.goto(origin + path, { waitUntil: 'load' });
    if (!response || response.status() !== 200) fail(`${path} answered ${response?.status()}`);
    return page;
  };
  return { context, log, open };
}

/** The cards of #project-list as the test sees them: data-* and whether each is displayed. */
const readCards = (page) => page.$$eval('#project-list > li.project-item', (items) => items.map((li) => ({
  sector: li.dataset.sector || '', status: li.dataset.status || '', period: li.dataset.period || '',
  localities: li.dataset.localities || '', gap: Number(li.dataset.gap) || 0,
  title: li.querySelector('a')?.textContent ?? '', key: li.dataset.title || '',
  visible: !li.hidden && li.checkVisibility(),
})));
const has = (list, v) => (list || '').split(/\s+/).includes(v);

/** Every card of a pre-rendered list, read from its pages' HTML as served (no script). */
async function listCards(first) {
  const cards = [];
  for (let n = 1, pages = 1; n <= pages; n++) {
    const html = await (await fetch(origin + (n === 1 ? first : `${first}page/${n}/`))).text();
    if (n === 1) pages = Number(/id="project-list"[^>]*data-pages="(\d+)"/.exec(html)?.[1] ?? 1);
    for (const [, attrs] of html.matchAll(/<li class="project-item"([^>]*)>/g)) {
      const get = (k) => new RegExp(`data-${k}="([^"]*)"`).exec(attrs)?.[1] ?? '';
      cards.push({ sector: get('sector'), status: get('status'), key: get('title') });
    }
  }
  return cards;
}

async function catalogue() {
  console.log('1. catalogue filters on /en/projects/ (every fetch answered 1 s late)');
  const { context, log, open } = await newContext({ fetchDelay: 1000 });
  try {
    const page = await open('/en/projects/');
    if (!(await page.$('#project-filters'))) return fail('/en/projects/ has no #project-filters form');
    if (!(await page.$('#project-list'))) return fail('/en/projects/ has no #project-list');
    const shown = await page.waitForSelector('#project-filters:not([hidden])', { timeout: 5000 }).then(() => true, () => false);
    if (!shown) return fail('/en/projects/: the filter form is still hidden after the script ran (is /assets/minhbach.js loaded?)');
    const cards = await readCards(page);
    check(cards.length > 0, `${cards.length} cards on the catalogue`);
    check(cards.every((c) => c.visible), 'every card shown before filtering',
      `${cards.filter((c) => !c.visible).length} hidden`);

    // A sector and a status that cards share, chosen so that each filter narrows the other.
    const options = (name) => page.$$eval(`#project-filters select[name="${name}"] option`,
      (os) => os.map((o) => o.value).filter(Boolean));
    const sectors = await options('sector'), statuses = await options('status');
    let best = null;
    for (const sector of sectors) {
      for (const status of statuses) {
        const n = cards.filter((c) => has(c.sector, sector) && has(c.status, status)).length;
        if (!n) continue;
        const narrows = n < cards.filter((c) => has(c.sector, sector)).length
          && n < cards.filter((c) => has(c.status, status)).length;
        const score = (narrows ? 1000 : 0) + n;
        if (!best || score > best.score) best = { sector, status, score };
      }
    }
    if (!best) return fail(`no sector option (${sectors}) and status option (${statuses}) that a card has together`);
    const { sector, status } = best;
    // What the script should fetch: the pages of the chosen facet list with the fewest
    // pages (the first on a tie), not the whole catalogue.
    const listOf = (name, value) => page.$eval(`#project-filters select[name="${name}"] option[value="${value}"]`,
      (o) => ({ url: o.dataset.list, pages: Number(o.dataset.pages) }));
    const sectorList = await listOf('sector', sector), statusList = await listOf('status', status);
    const smallest = statusList.pages < sectorList.pages ? statusList : sectorList;
    const expectedFetches = Array.from({ length: smallest.pages }, (_, i) => (i ? `${smallest.url}page/${i + 1}/` : smallest.url));
    const catalogue = await listCards('/en/projects/');
    const fetchedFrom = log.requests.length;
    // The facet of the shorter list first, as a visitor who starts from the narrower
    // choice: the script then never needs the longer list.
    const choices = smallest === statusList ? [['status', status], ['sector', sector]] : [['sector', sector], ['status', status]];
    await page.selectOption(`#project-filters select[name="${choices[0][0]}"]`, choices[0][1]);
    // The list's cards are on their way (a second, at least): the list must say so.
    const busy = await page.getAttribute('#project-list', 'aria-busy');
    check(busy === 'true', 'the list is marked aria-busy while its cards load', `aria-busy=${busy}`);
    await page.selectOption(`#project-filters select[name="${choices[1][0]}"]`, choices[1][1]);
    await page.selectOption('#project-filters select[name="sort"]', 'gap').catch(() => fail('no sort option "gap"'));
    const settled = () => page.waitForSelector('#project-list:not([aria-busy])', { timeout: 10000 })
      .then(() => true, () => fail('the list is still aria-busy after 10 s'));
    await settled();

    const expectState = async (label) => {
      const now = await readCards(page);
      // The truth comes from the catalogue's own pages, not from what the script gathered;
      // both sides are keyed by data-title.
      const want = catalogue.filter((c) => has(c.sector, sector) && has(c.status, status)).map((c) => c.key).sort();
      const shown = now.filter((c) => c.visible);
      check(JSON.stringify(shown.map((c) => c.key).sort()) === JSON.stringify(want),
        `${label}: sector=${sector} & status=${status} shows exactly the ${want.length} matching projects of all ${catalogue.length}`,
        `${shown.length} shown: ${shown.map((c) => c.title).join(' | ')}`);
      const count = await page.textContent('#result-count').catch(() => null);
      check(count !== null && new RegExp(`(^|\\D)${shown.length}(\\D|$)`).test(count),
        `${label}: #result-count says ${shown.length}`, `it says "${count}"`);
      const gaps = shown.map((c) => c.gap);
      check(gaps.every((g, i) => i === 0 || gaps[i - 1] >= g), `${label}: sorted by largest funding gap`,
        gaps.join(' '));
      return shown.map((c) => c.title);
    };
    const before = await expectState('after choosing');
    const fetchedNow = log.requests.slice(fetchedFrom).filter((r) => r.resourceType() === 'fetch')
      .map((r) => new URL(r.url()).pathname);
    check(JSON.stringify(fetchedNow) === JSON.stringify(expectedFetches),
      `only the ${expectedFetches.length} page(s) of the shorter chosen list were fetched, not the catalogue's`,
      `fetched ${fetchedNow.join(', ') || 'nothing'}; expected ${expectedFetches.join(', ')}`);
    const url = new URL(page.url());
    check(url.searchParams.get('sector') === sector && url.searchParams.get('status') === status
      && url.searchParams.get('sort') === 'gap', 'the URL query holds sector, status and sort', url.search);

    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('#project-filters:not([hidden])', { timeout: 5000 }).catch(() => {});
    await settled();
    const values = await page.$$eval('#project-filters select', (ss) => Object.fromEntries(ss.map((s) => [s.name, s.value])));
    check(values.sector === sector && values.status === status && values.sort === 'gap',
      'reloading the URL restores the controls', JSON.stringify(values));
    const after = await expectState('after reload');
    check(JSON.stringify(after) === JSON.stringify(before), 'reloading restores the same cards in the same order');

    // Back to all: the query empties and every card shows again.
    await page.selectOption('#project-filters select[name="sector"]', '');
    await page.selectOption('#project-filters select[name="status"]', '');
    await page.selectOption('#project-filters select[name="sort"]', 'newest');
    await settled();
    const all = await readCards(page);
    check(all.length === catalogue.length && all.every((c) => c.visible) && new URL(page.url()).search === '',
      `choosing "all" again shows all ${catalogue.length} projects and leaves a clean URL`,
      `${all.filter((c) => c.visible).length} of ${all.length} cards shown; ${page.url()}`);

    // A facet page: its pre-selected value is the default, so it loads clean and unfiltered.
    const facet = `/en/projects/sector/${sector}/`;
    const facetPage = await open(facet);
    await facetPage.waitForSelector('#project-filters:not([hidden])', { timeout: 5000 })
      .catch(() => fail(`${facet}: the filter form is still hidden after the script ran`));
    await facetPage.waitForSelector('#project-list:not([aria-busy])', { timeout: 10000 })
      .catch(() => fail(`${facet}: the list is still aria-busy after 10 s`));
    const facetCards = await readCards(facetPage);
    const chosen = await facetPage.inputValue('#project-filters select[name="sector"]').catch(() => null);
    check(chosen === sector && new URL(facetPage.url()).search === ''
      && facetCards.length > 0 && facetCards.every((c) => c.visible && has(c.sector, sector)),
    `${facet} keeps its pre-selected sector as the default (clean URL, its ${facetCards.length} cards shown)`,
    `select=${chosen}, url=${facetPage.url()}, shown ${facetCards.filter((c) => c.visible).length}`);
  } finally {
    await context.close();
  }

  // A new order alone on a long list goes to that order's pre-rendered list: one page load,
  // not every page of the catalogue fetched to be sorted in the browser.
  const sorting = await newContext();
  try {
    const page = await sorting.open('/en/projects/');
    const from = sorting.log.requests.length;
    await Promise.all([
      page.waitForURL((u) => u.pathname === '/en/projects/sort/gap/', { timeout: 10000 }),
      page.selectOption('#project-filters select[name="sort"]', 'gap'),
    ]).catch(() => {});
    await page.waitForSelector('#project-filters:not([hidden])', { timeout: 5000 }).catch(() => {});
    const fetches = sorting.log.requests.slice(from).filter((r) => r.resourceType() === 'fetch').map((r) => r.url());
    const sortValue = await page.inputValue('#project-filters select[name="sort"]').catch(() => null);
    const gaps = (await readCards(page)).map((c) => c.gap);
    check(new URL(page.url()).pathname === '/en/projects/sort/gap/' && !fetches.length && sortValue === 'gap'
      && gaps.length > 0 && gaps.every((g, i) => i === 0 || gaps[i - 1] >= g),
    'sorting a long list by largest gap alone opens /en/projects/sort/gap/ (no fetch), sorted, with its order chosen',
    `at ${page.url()}, ${fetches.length} fetch(es), sort=${sortValue}, gaps ${gaps.join(' ')}`);
    await Promise.all([
      page.waitForURL((u) => u.pathname === '/en/projects/', { timeout: 10000 }),
      page.selectOption('#project-filters select[name="sort"]', 'newest'),
    ]).catch(() => {});
    check(new URL(page.url()).pathname === '/en/projects/' && new URL(page.url()).search === '',
      'choosing newest first again goes back to /en/projects/', page.url());
  } finally {
    await sorting.context.close();
  }

  // A page of the list that fails to load: the filters work on the cards at hand, and the
  // count says the list may be incomplete rather than passing a partial count off as whole.
  const dropped = await newContext({ failFetch: /^\/en\/projects\/page\/2\/$/ });
  try {
    const page = await dropped.open('/en/projects/');
    // An aid-size range needs every card of the catalogue.
    await page.fill('#project-filters input[name="min"]', '1');
    await page.waitForSelector('#project-list:not([aria-busy])', { timeout: 10000 })
      .catch(() => fail('with a page that fails to load, the list is still aria-busy after 10 s'));
    const warning = await page.getAttribute('#result-count', 'data-incomplete');
    const said = await page.textContent('#result-count');
    const cards = await readCards(page);
    check(Boolean(warning) && said.includes(warning) && new RegExp(`(^|\\D)${cards.filter((c) => c.visible).length}(\\D|$)`).test(said),
      'when a page of the list fails to load, #result-count counts the cards at hand and says the list may be incomplete',
      `it says "${said}"`);
  } finally {
    await dropped.context.close();
  }
}

async function searchVi() {
  const path = await findSearchPage('vi');
  console.log(`2. Vietnamese search on ${path ?? '(no page with #site-search under vi/)'}`);
  if (!path) return fail('no Vietnamese search page (a page under vi/ with #site-search and #search-results)');
  const { context, log, open } = await newContext();
  try {
    const page = await open(path);
    const indexPath = await page.getAttribute('#site-search', 'data-index');
    if (!indexPath) return fail('#site-search has no data-index');
    const index = new URL(indexPath, origin + path).pathname;
    const shown = await page.waitForSelector('#site-search:not([hidden])', { timeout: 5000 }).then(() => true, () => false);
    if (!shown) return fail(`${path}: the search form is still hidden after the script ran (is /assets/minhbach.js loaded?)`);
    await page.waitForTimeout(500);
    const early = log.requests.filter((r) => new URL(r.url()).pathname.startsWith(index)
      || ['fetch', 'xhr'].includes(r.resourceType()));
    check(early.length === 0, `no request to ${index} before typing`, early.map((r) => r.url()).join(', '));

    const searches = [
      ['duong', 'a title containing “đường”', (r) => norm(r.title).includes('đường')],
      ['giao duc', 'a title containing “giáo dục”', (r) => norm(r.title).includes('giáo dục')],
      ['da bac', 'a title or summary containing “Đà Bắc”', (r) => norm(r.title + ' ' + r.summary).includes('đà bắc')],
    ];
    const readResults = () => page.$$eval('#search-results li', (lis) => lis.map((li) => ({
      title: li.querySelector('a')?.textContent ?? '', href: li.querySelector('a')?.getAttribute('href') ?? '',
      summary: li.querySelector('p')?.textContent ?? '',
    })));
    let total = 0;
    for (const [query, what, ok] of searches) {
      await page.fill('#search-input', '');
      await page.waitForTimeout(300);
      const from = log.responses.length;
      await page.locator('#search-input').pressSequentially(query, { delay: 40 });
      // Wait for the debounced search to answer and the network to fall quiet.
      let results = [];
      const deadline = Date.now() + 8000;
      let quietSince = Date.now(), seen = log.requests.length;
      while (Date.now() < deadline) {
        await page.waitForTimeout(100);
        if (log.requests.length !== seen) { seen = log.requests.length; quietSince = Date.now(); }
        results = await readResults();
        if (results.some(ok) && Date.now() - quietSince > 500) break;
      }
      const bodies = await Promise.all(log.responses.slice(from)
        .filter((r) => new URL(r.url()).pathname.startsWith(index))
        .map((r) => r.body().then((b) => b.length, () => 0)));
      const bytes = bodies.reduce((a, b) => a + b, 0);
      total += bytes;
      const status = await page.textContent('#search-status').catch(() => '');
      check(results.some(ok), `"${query}" finds ${what}`,
        results.length ? results.map((r) => r.title).join(' | ') : `no results (${status || 'nothing rendered'})`);
      check(bytes <= 150 * 1024, `"${query}" transferred ${(bytes / 1024).toFixed(1)} KB of the index (≤ 150 KB)`);
      const links = results.filter((r) => !r.href.startsWith('/'));
      check(!links.length, `"${query}" results link into the site`, links.map((r) => r.href).join(', '));
    }
    console.log(`       (all three queries: ${(total / 1024).toFixed(1)} KB of the index)`);
  } finally {
    await context.close();
  }
}

async function withoutJs() {
  console.log('3. without JavaScript');
  const { context, open } = await newContext({ javaScriptEnabled: false });
  try {
    const page = await open('/en/projects/');
    const cards = await readCards(page);
    check(cards.length > 0 && cards.every((c) => c.visible), `/en/projects/ shows all ${cards.length} cards`,
      `${cards.filter((c) => !c.visible).length} not shown`);
    const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href')));
    const sectorLinks = hrefs.filter((h) => h.startsWith('/en/projects/sector/'));
    check(sectorLinks.length > 0, '/en/projects/ links to the sector filter pages');
    if (sectorLinks.length) {
      const target = await open(sectorLinks[0]);
      check(await target.$('#project-list') !== null, `${sectorLinks[0]} is a catalogue page`);
    }
    const path = await findSearchPage('en');
    if (!path) return fail('no English search page (a page under en/ with #site-search and #search-results)');
    const search = await open(path);
    const links = await search.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href'))
      .filter((h) => h.startsWith('/en/projects/sector/') || h.startsWith('/en/projects/status/')));
    check(links.length > 0, `${path} links to the filter pages`);
  } finally {
    await context.close();
  }
}

const started = Date.now();
try {
  await catalogue();
  await searchVi();
  await withoutJs();
} catch (e) {
  fail(`the test stopped: ${String(e.message || e).split('\n')[0]}${e.stack ? ` (${e.stack.split('\n').find((l) => l.includes('catalogue.test.mjs'))?.trim() ?? ''})` : ''}`);
} finally {
  await browser.close();
  await server.close();
}
const secs = ((Date.now() - started) / 1000).toFixed(1);
if (failures.size) {
  console.log(`\nFAIL catalogue test: ${failures.size} failure(s) in ${secs} s`);
  for (const [f, n] of failures) console.log(`  - ${f}${n > 1 ? ` (×${n})` : ''}`);
  process.exit(1);
}
console.log(`\nPASS catalogue test (${secs} s)`);
