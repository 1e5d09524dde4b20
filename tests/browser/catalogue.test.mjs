// Headless-Chromium test of the catalogue filters and the site search (themes/default/static/assets/minhbach.js).
//
//   node tests/browser/catalogue.test.mjs SITE_DIR
//
// Serves SITE_DIR on 127.0.0.1, drives Debian's chromium through playwright-core, and checks:
//   1. /en/projects/: two facets picked from the cards' own data-* attributes filter the list
//      to exactly the matching projects of the whole catalogue (read from its pages as served),
//      fetching only the filter index and cards (no page of the catalogue), within 150 KB; the
//      count and the URL query follow, reloading that URL restores the same view, and clearing
//      the filters brings back the page as rendered; a new order alone opens that order's
//      pre-rendered list; when cards fail to load, the count says the list may be incomplete;
//   2. the filtered totals equal the sum of the shown projects (issue 12), for several
//      combinations, one with a withdrawn project, and read as the server writes them;
//   3. the Vietnamese search page finds "đường", "giáo dục" and "Đà Bắc" typed without
//      diacritics, fetches nothing of the index before typing and ≤ 150 KB per query; the
//      English one ranks a water project above the library for "nuoc sach", finds a results
//      report by its title and "Yagi" in the Vietnamese one, and labels each result with its
//      kind and, for a project, its status;
//   4. with JavaScript disabled the catalogue shows its first page of cards and the catalogue
//      and search pages link to the pre-rendered filter pages.
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
  localities: li.dataset.localities || '', gap: Number(li.dataset.stillSought) || 0,
  open: li.dataset.open === 'true', withdrawn: li.dataset.withdrawn === 'true',
  committed: Number(li.dataset.committed) || 0, disbursed: Number(li.dataset.disbursed) || 0, n: Number(li.dataset.n),
  title: li.querySelector('a')?.textContent ?? '', key: li.dataset.title || '',
  visible: !li.hidden && li.checkVisibility(),
})));
const has = (list, v) => (list || '').split(/\s+/).includes(v);

/** Every card of a pre-rendered list, read from its pages' HTML as served (no script). */
async function listCards(first) {
  const cards = [];
  // Page by page, following each page's rel="next".
  for (let next = first, n = 0; next && n < 2000; n++) {
    const html = await (await fetch(origin + next)).text();
    for (const [, attrs] of html.matchAll(/<li class="project-item"([^>]*)>/g)) {
      const get = (k) => new RegExp(`data-${k}="([^"]*)"`).exec(attrs)?.[1] ?? '';
      cards.push({ sector: get('sector'), status: get('status'), key: get('title') });
    }
    next = /<link rel="next" href="([^"]+)">/.exec(html)?.[1];
  }
  return cards;
}

/** Waits until the list is no longer busy; false (and a failure) after 10 s. */
const settled = (page, label = '') => page.waitForSelector('#project-list:not([aria-busy])', { timeout: 10000 })
  .then(() => true, () => fail(`${label}the list is still aria-busy after 10 s`));

/** Opens the filters' control, when the page has not opened it already. */
const openFilters = async (page) => {
  if (!(await page.$eval('#filters', (d) => d.open).catch(() => true))) await page.click('#filters > summary');
};

/** Shows every project of the current selection: "Show more" until it hides. */
async function showAll(page) {
  for (let i = 0; i < 600; i++) {
    const more = await page.$('#list-more:not([hidden])');
    if (!more) return;
    await more.click();
    await settled(page);
  }
}

async function catalogue() {
  console.log('1. catalogue filters on /en/projects/ (every fetch answered 1 s late)');
  const { context, log, open } = await newContext({ fetchDelay: 1000 });
  try {
    const page = await open('/en/projects/');
    if (!(await page.$('#project-filters'))) return fail('/en/projects/ has no #project-filters form');
    if (!(await page.$('#project-list'))) return fail('/en/projects/ has no #project-list');
    const shown = await page.waitForSelector('#project-filters:not([hidden])', { state: 'attached', timeout: 5000 }).then(() => true, () => false);
    if (!shown) return fail('/en/projects/: the filter form is still hidden after the script ran (is /assets/minhbach.js loaded?)');
    await openFilters(page);
    const first = await readCards(page);
    check(first.length > 0 && first.every((c) => c.visible), `${first.length} cards on the catalogue's first page, all shown`);
    const rendered = await page.evaluate(() => ({
      count: document.querySelector('#result-count').textContent,
      totals: [...document.querySelectorAll('#list-totals [data-measure]')].map((e) => [e.dataset.measure, e.dataset.value, e.textContent]),
    }));
    const catalogue = await listCards('/en/projects/');

    // A sector and a status that projects share, chosen so that each filter narrows the other.
    const options = (name) => page.$$eval(`#project-filters select[name="${name}"] option`,
      (os) => os.map((o) => o.value).filter(Boolean));
    const sectors = await options('sector'), statuses = await options('status');
    let best = null;
    for (const sector of sectors) {
      for (const status of statuses) {
        const n = catalogue.filter((c) => has(c.sector, sector) && has(c.status, status)).length;
        if (!n) continue;
        const narrows = n < catalogue.filter((c) => has(c.sector, sector)).length
          && n < catalogue.filter((c) => has(c.status, status)).length;
        const score = (narrows ? 1000 : 0) + n;
        if (!best || score > best.score) best = { sector, status, score };
      }
    }
    if (!best) return fail(`no sector option (${sectors}) and status option (${statuses}) that a project has together`);
    const { sector, status } = best;
    const fetchedFrom = log.responses.length;
    await page.selectOption('#project-filters select[name="sector"]', sector);
    // The index is on its way (a second, at least): the list must say so.
    const busy = await page.getAttribute('#project-list', 'aria-busy');
    check(busy === 'true', 'the list is marked aria-busy while the filter index loads', `aria-busy=${busy}`);
    await page.selectOption('#project-filters select[name="status"]', status);
    await page.selectOption('#project-filters select[name="sort"]', 'still-sought').catch(() => fail('no sort option "still-sought"'));
    await settled(page);

    const expectState = async (label) => {
      await showAll(page);
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
      check(gaps.every((g, i) => i === 0 || gaps[i - 1] >= g), `${label}: sorted by most aid still sought`, gaps.join(' '));
      return shown.map((c) => c.title);
    };
    const before = await expectState('after choosing');
    const fetched = log.responses.slice(fetchedFrom).filter((r) => ['fetch', 'xhr'].includes(r.request().resourceType()));
    const paths = fetched.map((r) => new URL(r.url()).pathname);
    const bytes = (await Promise.all(fetched.map((r) => r.body().then((b) => b.length, () => 0)))).reduce((x, y) => x + y, 0);
    check(paths.length > 0 && paths.every((p) => p.startsWith('/filter/')),
      `only the filter index and cards were fetched (${paths.length} files, ${(bytes / 1024).toFixed(1)} KB), no page of the catalogue`,
      paths.filter((p) => !p.startsWith('/filter/')).join(', '));
    check(bytes <= 150 * 1024, `the filters transferred ${(bytes / 1024).toFixed(1)} KB (≤ 150 KB)`);
    const url = new URL(page.url());
    check(url.searchParams.get('sector') === sector && url.searchParams.get('status') === status
      && url.searchParams.get('sort') === 'still-sought', 'the URL query holds sector, status and sort', url.search);

    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('#project-filters:not([hidden])', { state: 'attached', timeout: 5000 }).catch(() => {});
    await settled(page);
    const values = await page.$$eval('#project-filters select', (ss) => Object.fromEntries(ss.map((s) => [s.name, s.value])));
    check(values.sector === sector && values.status === status && values.sort === 'still-sought',
      'reloading the URL restores the controls', JSON.stringify(values));
    const after = await expectState('after reload');
    check(JSON.stringify(after) === JSON.stringify(before), 'reloading restores the same cards in the same order');

    // Back to all: the page as rendered, its count, totals and pagination, and a clean URL.
    await page.selectOption('#project-filters select[name="sector"]', '');
    await page.selectOption('#project-filters select[name="status"]', '');
    await page.selectOption('#project-filters select[name="sort"]', 'newest');
    await settled(page);
    const all = await readCards(page);
    const restored = await page.evaluate(() => ({
      count: document.querySelector('#result-count').textContent,
      totals: [...document.querySelectorAll('#list-totals [data-measure]')].map((e) => [e.dataset.measure, e.dataset.value, e.textContent]),
      pagination: [...document.querySelectorAll('.pagination')].every((n) => !n.hidden),
    }));
    check(JSON.stringify(all.map((c) => c.key)) === JSON.stringify(first.map((c) => c.key)) && all.every((c) => c.visible)
      && restored.count === rendered.count && JSON.stringify(restored.totals) === JSON.stringify(rendered.totals)
      && restored.pagination && new URL(page.url()).search === '',
    'choosing "any" again brings back the page as rendered (cards, count, totals, pagination) and a clean URL',
    `${all.filter((c) => c.visible).length} cards; ${restored.count}; ${page.url()}`);

    // The print link: the whole book, or the leaflet of the one sector the form narrows to.
    const printLink = () => page.$eval('.print-link', (a) => [a.getAttribute('href'), a.textContent]);
    const [bookHref, bookText] = await printLink();
    const withLeaflet = await page.$eval('#project-filters select[name="sector"]',
      (s) => [...s.options].find((o) => o.dataset.leaflet)?.value ?? null);
    if (!withLeaflet) {
      fail('/en/projects/: no sector option names its leaflet (data-leaflet)');
    } else {
      await page.selectOption('#project-filters select[name="sector"]', withLeaflet);
      await settled(page);
      const [href, text] = await printLink();
      check(href === `/en/projects/print/sector/${withLeaflet}/` && text !== bookText,
        `choosing sector ${withLeaflet} makes the print link its leaflet`, `${href} “${text}”`);
      const leafletStatus = await fetch(new URL(href, page.url())).then((r) => r.status, () => 0);
      check(leafletStatus === 200, `the leaflet ${href} is there`, String(leafletStatus));
      await page.selectOption('#project-filters select[name="sector"]', '');
      await settled(page);
      const [back, backText] = await printLink();
      check(back === bookHref && backText === bookText, 'choosing "any" again makes it the book again', `${back} “${backText}”`);
    }

    // A facet page: its pre-selected value is the default, so it loads clean and unfiltered.
    const sectorPage = await page.$eval(`#filters a[href*="/${sector}/"]`, (a) => a.getAttribute('href')).catch(() => null);
    if (!sectorPage) return fail(`/en/projects/ has no link to the page of sector ${sector}`);
    const facetPage = await open(sectorPage);
    await facetPage.waitForSelector('#project-filters:not([hidden])', { state: 'attached', timeout: 5000 })
      .catch(() => fail(`${sectorPage}: the filter form is still hidden after the script ran`));
    await settled(facetPage, `${sectorPage}: `);
    const facetCards = await readCards(facetPage);
    const chosen = await facetPage.inputValue('#project-filters select[name="sector"]').catch(() => null);
    check(chosen === sector && new URL(facetPage.url()).search === ''
      && facetCards.length > 0 && facetCards.every((c) => c.visible && has(c.sector, sector)),
    `${sectorPage} keeps its pre-selected sector as the default (clean URL, its ${facetCards.length} cards shown)`,
    `select=${chosen}, url=${facetPage.url()}, shown ${facetCards.filter((c) => c.visible).length}`);
  } finally {
    await context.close();
  }

  // A new order alone on a long list goes to that order's pre-rendered list: one page load,
  // not the whole catalogue sorted in the browser.
  const sorting = await newContext();
  try {
    const page = await sorting.open('/en/projects/');
    const target = await page.$eval('#project-filters option[value="still-sought"]', (o) => o.dataset.list).catch(() => null);
    if (!target) return fail('/en/projects/: the sort option "still-sought" names no list (data-list)');
    const from = sorting.log.requests.length;
    await openFilters(page);
    await Promise.all([
      page.waitForURL((u) => u.pathname === target, { timeout: 10000 }),
      page.selectOption('#project-filters select[name="sort"]', 'still-sought'),
    ]).catch(() => {});
    await page.waitForSelector('#project-filters:not([hidden])', { state: 'attached', timeout: 5000 }).catch(() => {});
    const fetches = sorting.log.requests.slice(from).filter((r) => r.resourceType() === 'fetch').map((r) => r.url());
    const sortValue = await page.inputValue('#project-filters select[name="sort"]').catch(() => null);
    const gaps = (await readCards(page)).map((c) => c.gap);
    check(new URL(page.url()).pathname === target && !fetches.length && sortValue === 'still-sought'
      && gaps.length > 0 && gaps.every((g, i) => i === 0 || gaps[i - 1] >= g),
    `sorting a long list by most aid still sought alone opens ${target} (no fetch), sorted, with its order chosen`,
    `at ${page.url()}, ${fetches.length} fetch(es), sort=${sortValue}, gaps ${gaps.join(' ')}`);
  } finally {
    await sorting.context.close();
  }

  // Cards that fail to load: the filters show the cards at hand, and the count says the list
  // may be incomplete rather than passing a partial list off as whole.
  const dropped = await newContext({ failFetch: /^\/filter\/en\/c\/\d+\.json$/ });
  try {
    const page = await dropped.open('/en/projects/');
    await openFilters(page);
    // Projects with aid still sought: some are past the first page, so their cards are fetched.
    await page.fill('#project-filters input[name="min"]', '1');
    await settled(page, 'with cards that fail to load, ');
    const warning = await page.getAttribute('#result-count', 'data-incomplete');
    const said = await page.textContent('#result-count');
    check(Boolean(warning) && said.includes(warning),
      'when cards fail to load, #result-count says the list may be incomplete', `it says "${said}"`);
  } finally {
    await dropped.context.close();
  }
}

/** The totals of cards as the spec counts them: withdrawn projects in no money total. */
const sums = (cards) => ({
  projects: cards.length,
  'open-projects': cards.filter((c) => c.open).length,
  'still-sought': cards.filter((c) => !c.withdrawn).reduce((a, c) => a + c.gap, 0),
  committed: cards.filter((c) => !c.withdrawn).reduce((a, c) => a + c.committed, 0),
  disbursed: cards.filter((c) => !c.withdrawn).reduce((a, c) => a + c.disbursed, 0),
});
const marks = (page) => page.$$eval('#list-totals [data-measure]', (els) => Object.fromEntries(
  els.map((e) => [e.dataset.measure, { value: Number(e.dataset.value), text: e.textContent }])));

async function totals() {
  console.log('2. the filtered totals equal the sum of the shown projects');
  const { context, open } = await newContext();
  try {
    const catalogue = await listCards('/en/projects/');
    const page = await open('/en/projects/');
    await page.waitForSelector('#project-filters:not([hidden])', { state: 'attached', timeout: 5000 });
    await openFilters(page);
    const withdrawn = catalogue.find((c) => c.status === 'withdrawn');
    const bySector = new Map();
    for (const c of catalogue) bySector.set(c.sector, (bySector.get(c.sector) ?? 0) + 1);
    const [bigSector] = [...bySector].sort((a, b) => b[1] - a[1])[0] ?? [];
    const combos = [
      { label: `sector=${bigSector}`, set: { sector: bigSector } },
      { label: `sector=${bigSector}, sorted by title`, set: { sector: bigSector, sort: 'title' } },
      { label: 'aid still sought of at least 1', set: { min: '1' } },
    ];
    if (withdrawn) {
      combos.push({ label: `sector=${withdrawn.sector} (has a withdrawn project)`, set: { sector: withdrawn.sector } });
      combos.push({ label: `status=withdrawn, at most ${Number.MAX_SAFE_INTEGER}`, set: { status: 'withdrawn', max: String(Number.MAX_SAFE_INTEGER) } });
    } else {
      console.log('  note: the site has no withdrawn project');
    }
    const clear = async () => {
      for (const name of ['sector', 'locality', 'period', 'status']) await page.selectOption(`#project-filters select[name="${name}"]`, '').catch(() => {});
      for (const name of ['min', 'max']) await page.fill(`#project-filters input[name="${name}"]`, '');
      await page.selectOption('#project-filters select[name="sort"]', 'newest');
      await settled(page);
    };
    let sawWithdrawn = false;
    for (const { label, set } of combos) {
      await clear();
      for (const [name, value] of Object.entries(set)) {
        if (name === 'min' || name === 'max') await page.fill(`#project-filters input[name="${name}"]`, value);
        else await page.selectOption(`#project-filters select[name="${name}"]`, value);
      }
      await settled(page);
      await showAll(page);
      const shown = (await readCards(page)).filter((c) => c.visible);
      sawWithdrawn ||= shown.some((c) => c.withdrawn);
      const want = sums(shown);
      const got = await marks(page);
      const values = Object.fromEntries(Object.keys(want).map((k) => [k, got[k]?.value]));
      check(shown.length > 0 && JSON.stringify(values) === JSON.stringify(want),
        `${label}: the ${shown.length} shown projects add up to the data-value marks`,
        `marks ${JSON.stringify(values)}, cards ${JSON.stringify(want)}`);
    }
    if (withdrawn) check(sawWithdrawn, 'a combination showed a withdrawn project');
    // The text of the marks reads as the server writes it, in every language: one facet
    // through the form gives the totals of that facet's own page, word for word.
    const catalogues = await page.$$eval('link[rel="alternate"][hreflang]:not([hreflang="x-default"])',
      (ls) => ls.map((l) => new URL(l.href).pathname));
    for (const list of catalogues) {
      const here = await open(list);
      await here.waitForSelector('#project-filters:not([hidden])', { state: 'attached', timeout: 5000 });
      await openFilters(here);
      await here.selectOption('#project-filters select[name="sector"]', bigSector);
      await settled(here);
      const fromForm = await marks(here);
      const href = await here.$eval(`#filters a[href*="/${bigSector}/"]`, (a) => a.getAttribute('href'));
      const fromServer = await marks(await open(href));
      check(JSON.stringify(fromForm) === JSON.stringify(fromServer),
        `${list}: the totals of sector=${bigSector} through the form read as on ${href}`,
        `${JSON.stringify(fromForm)} vs ${JSON.stringify(fromServer)}`);
    }
  } finally {
    await context.close();
  }
}

async function searchVi() {
  const path = await findSearchPage('vi');
  console.log(`3. Vietnamese search on ${path ?? '(no page with #site-search under vi/)'}`);
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
    const readResults = () => readSearchResults(page);
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

/** The results of the search page as shown: title, address, kind and status, summary. */
const readSearchResults = (page) => page.$$eval('#search-results li', (lis) => lis.map((li) => ({
  title: li.querySelector('a')?.textContent ?? '', href: li.querySelector('a')?.getAttribute('href') ?? '',
  lang: li.querySelector('a')?.lang ?? '', mark: !!li.querySelector('.lang-mark'),
  meta: li.querySelector('.meta')?.textContent ?? '', status: !!li.querySelector('.meta .tag'),
  summary: li.querySelector('p:last-child:not(.meta):not(.result-title)')?.textContent ?? '',
})));

/** Types `query` into the search page and waits for its results to settle. */
async function searchFor(page, query) {
  await page.fill('#search-input', '');
  await page.locator('#search-input').pressSequentially(query, { delay: 20 });
  let last = '', stable = 0;
  for (let t = 0; t < 80 && stable < 5; t++) {
    await page.waitForTimeout(100);
    const now = JSON.stringify(await readSearchResults(page)) + (await page.textContent('#search-status'));
    stable = now === last && now.length > 2 ? stable + 1 : 0;
    last = now;
  }
  return readSearchResults(page);
}

async function searchEn() {
  const path = await findSearchPage('en');
  console.log(`4. English and Vietnamese search: ranking by meaning, reports, kinds and statuses (${path})`);
  if (!path) return fail('no English search page');
  const vi = await findSearchPage('vi');
  const { context, open } = await newContext();
  try {
    const page = await open(path);
    await page.waitForSelector('#site-search:not([hidden])', { state: 'attached', timeout: 5000 });
    const kinds = await page.$eval('#site-search', (f) => ({ projects: f.dataset.kindProjects, results: f.dataset.kindResults }));
    // "nuoc sach" (clean water): the library ("Tủ sách", untranslated, so its Vietnamese words
    // are in the English index) has "sách" (book) in its title, the water projects "nước sạch"
    // as one phrase.
    const water = await searchFor(page, 'nuoc sach');
    const isWater = (r) => /nuoc-sach|water/i.test(r.href + ' ' + r.title);
    const library = water.findIndex((r) => /tu-sach/.test(r.href));
    const firstWater = water.findIndex(isWater);
    check(firstWater === 0 && (library === -1 || library > firstWater),
      '"nuoc sach" ranks a water project first, above the library',
      water.map((r, i) => `${i + 1}. ${r.title}`).slice(0, 6).join(' | '));
    check(water.length > 0 && water.every((r) => r.meta.startsWith(kinds.projects) ? r.status : true)
      && water.filter((r) => r.meta.startsWith(kinds.projects)).length > 0,
    'each project result is labelled with its kind and its status', water.map((r) => r.meta).slice(0, 4).join(' | '));
    const untranslated = water.filter((r) => r.lang && r.lang !== 'en');
    check(untranslated.every((r) => r.mark), `the ${untranslated.length} untranslated results carry their language and its mark`,
      untranslated.filter((r) => !r.mark).map((r) => r.title).join(' | '));
    // A results report, found by its title.
    // The results section is the third of the main navigation (projects, procedures, results).
    const results = await page.$$eval('nav.main-nav a', (as) => as.map((a) => a.getAttribute('href')));
    const listHtml = await (await fetch(`${origin}${results[2]}`)).text();
    const report = [...listHtml.matchAll(/<td><a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map(([, href, title]) => ({ href, title }))[0];
    if (!report) {
      fail(`no results report listed on ${results[2]}`);
    } else {
      const found = await searchFor(page, report.title);
      check(found[0]?.href === report.href && found[0]?.meta.startsWith(kinds.results),
        `a results report is found by its title, "${report.title}", labelled "${kinds.results}"`,
        found.map((r) => `${r.title} [${r.meta}]`).slice(0, 3).join(' | '));
    }
    // "Yagi", the 2024 typhoon, in the Vietnamese words of a results report.
    if (vi) {
      const viPage = await open(vi);
      await viPage.waitForSelector('#site-search:not([hidden])', { state: 'attached', timeout: 5000 });
      const viKinds = await viPage.$eval('#site-search', (f) => f.dataset.kindResults);
      const yagi = await searchFor(viPage, 'Yagi');
      check(yagi.some((r) => r.meta.startsWith(viKinds)), `"Yagi" finds a results report on ${vi}`,
        yagi.map((r) => `${r.title} [${r.meta}]`).slice(0, 3).join(' | ') || 'nothing');
    }
  } finally {
    await context.close();
  }
}

async function withoutJs() {
  console.log('5. without JavaScript');
  const { context, open } = await newContext({ javaScriptEnabled: false });
  try {
    const page = await open('/en/projects/');
    const cards = await readCards(page);
    check(cards.length > 0 && cards.every((c) => c.visible), `/en/projects/ shows its first page of ${cards.length} cards`,
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
  await totals();
  await searchVi();
  await searchEn();
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
