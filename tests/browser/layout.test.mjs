// Phones first (issue 15), in headless Chromium at 375 × 812 px, on a built site:
//   1. on the catalogue of every language, the first project starts on the first screen,
//      with JavaScript and without;
//   2. on one page of every template in every language, the header takes at most a quarter
//      of the first screen, and the page does not scroll sideways as a whole;
//   3. the results pages' charts are tables of bars whose text is 11 px or more, each with its
//      CSV; a table that scrolls says so, visibly and to assistive technology, and scrolls with
//      the keyboard;
//   4. without JavaScript the catalogue's filters sit behind one details/summary control that
//      opens and holds the links to the filter pages;
//   5. every project page has its contact box before its facts; every page's footer has a
//      Contact link; when the site names a guide for partners, the home page and the
//      catalogue link to it;
//   6. no English address word (a section's or a generated address's) is left under /vi/.
//
//   node tests/browser/layout.test.mjs SITE_DIR
//
// Prints what it measured; exits 1 on failure, 2 on bad usage.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serve, chromiumOptions } from '../../scripts/quality/serve.mjs';
import { templateSamples, fileOf } from '../../scripts/quality/site.mjs';
import { attrs, tags } from '../../scripts/quality/html.mjs';

const site = process.argv[2];
if (!site || !existsSync(site) || !statSync(site).isDirectory()) {
  console.error('usage: node tests/browser/layout.test.mjs SITE_DIR (a built site)');
  process.exit(2);
}
const root = resolve(site);
const WIDTH = 375, HEIGHT = 812;
const failures = [];
const check = (ok, message, detail = '') => {
  if (ok) console.log(`  ok   ${message}`);
  else { console.log(`  FAIL ${message}${detail ? `: ${detail}` : ''}`); failures.push(message); }
  return ok;
};

// Every language's address of a page, from its hreflang alternates.
function versions(url) {
  const found = {};
  for (const t of tags(readFileSync(join(root, fileOf(url)), 'utf8'), 'link')) {
    const a = attrs(t);
    if (a.rel === 'alternate' && a.hreflang && a.hreflang !== 'x-default' && a.href) found[a.hreflang] = new URL(a.href, 'http://x').pathname;
  }
  return found;
}
const languages = readdirSync(root).filter((d) => existsSync(join(root, d, 'index.html')) && statSync(join(root, d)).isDirectory()).sort();
// The catalogue and results pages: the section lists whose page has #project-list / .chart.
// The site's pages; an e-mail edition is a message, without the site's header and footer.
const samples = templateSamples(root).filter((s) => !s.mail);
const having = (pattern) => samples.filter((s) => / list$/.test(s.label) && pattern.test(readFileSync(join(root, fileOf(s.url)), 'utf8')));
const catalogues = having(/id="project-list"/);
const resultsPages = having(/class="chart"/);

const server = await serve(root);
const browser = await chromium.launch(chromiumOptions());
const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT } });
const noJs = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT }, javaScriptEnabled: false });
await context.route((u) => !u.href.startsWith(server.origin + '/'), (r) => r.abort('blockedbyclient'));
const page = await context.newPage();
const plain = await noJs.newPage();
const open = async (p, url) => {
  const response = await p.goto(server.origin + url, { waitUntil: 'load' });
  if (!response || response.status() !== 200) throw new Error(`${url} answered ${response?.status()}`);
};
try {
  console.log(`1. the first project on the first screen (${WIDTH} × ${HEIGHT} px)`);
  check(catalogues.length >= languages.length, `a catalogue in each language (${catalogues.map((c) => c.url).join(' ')})`);
  for (const { url } of catalogues) {
    for (const [p, how] of [[page, 'with JavaScript'], [plain, 'without JavaScript']]) {
      await open(p, url);
      const top = await p.evaluate(() => {
        const li = document.querySelector('#project-list > li');
        return li ? Math.round(li.getBoundingClientRect().top + scrollY) : null;
      });
      check(top !== null && top < HEIGHT, `${url} ${how}: the first project starts at ${top} px, within ${HEIGHT}`);
    }
  }

  console.log('2. the header and sideways scrolling, one page of every template in every language');
  let tallest = { url: '', height: 0 };
  for (const { url } of samples) {
    if (url === '/') continue;
    await open(page, url);
    const m = await page.evaluate(() => ({
      header: Math.round(document.querySelector('.site-header')?.getBoundingClientRect().height ?? 0),
      wide: document.documentElement.scrollWidth - innerWidth,
    }));
    if (m.header > tallest.height) tallest = { url, height: m.header };
    if (m.header > HEIGHT / 4) check(false, `${url}: the header is ${m.header} px, over a quarter of ${HEIGHT}`);
    if (m.wide > 0) check(false, `${url}: the page is ${m.wide} px wider than the screen`);
  }
  check(tallest.height > 0 && tallest.height <= HEIGHT / 4, `the tallest header is ${tallest.height} px (${tallest.url}), at most ${HEIGHT / 4}`);
  check(!failures.some((f) => / wider than /.test(f)), `no page of ${samples.length} scrolls sideways`);

  console.log('3. charts and tables');
  check(resultsPages.length >= languages.length, `a results page with charts in each language (${resultsPages.map((r) => r.url).join(' ')})`);
  for (const { url } of resultsPages) {
    await open(page, url);
    const charts = await page.$$eval('.chart', (figs) => figs.map((f) => {
      const texts = [...f.querySelectorAll('th, td, .bar-value, figcaption, figcaption *')]
        .filter((el) => el.checkVisibility() && el.textContent.trim())
        .map((el) => parseFloat(getComputedStyle(el).fontSize));
      return {
        id: f.id, table: !!f.querySelector('table'), svg: !!f.querySelector('svg text'),
        csv: !!f.querySelector('a[href$=".csv"]'), smallest: Math.min(...texts),
      };
    }));
    check(charts.length > 0, `${url}: ${charts.length} charts`);
    for (const c of charts) {
      check(c.table && !c.svg && c.csv && c.smallest >= 11,
        `${url} #${c.id}: a table of bars with its CSV, smallest text ${c.smallest} px (at least 11)`,
        JSON.stringify(c));
    }
    const regions = await page.$$eval('.table-scroll', (els) => els.map((el, i) => {
      el.setAttribute('data-test-region', String(i));
      const hint = document.getElementById(el.getAttribute('aria-describedby') || '');
      return {
        i, scrolls: el.scrollWidth > el.clientWidth + 4, tab: el.tabIndex, role: el.getAttribute('role'),
        named: !!(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby')),
        hint: !!hint && hint.checkVisibility() && hint.textContent.trim().length > 0,
      };
    }));
    const scrolling = regions.filter((r) => r.scrolls);
    check(scrolling.length > 0, `${url}: a table wider than ${WIDTH} px scrolls in its region (${scrolling.length} of ${regions.length})`);
    for (const r of scrolling) {
      check(r.tab === 0 && r.role === 'region' && r.named && r.hint,
        `${url}: scrolling table ${r.i} is a named, focusable region described by a visible hint`, JSON.stringify(r));
      const region = page.locator(`[data-test-region="${r.i}"]`);
      await region.focus();
      const before = await region.evaluate((el) => el.scrollLeft);
      for (let k = 0; k < 5; k++) await page.keyboard.press('ArrowRight');
      // Keyboard scrolling is animated: wait for it to move, a second at most.
      let after = before;
      for (let t = 0; t < 20 && after <= before; t++) {
        await page.waitForTimeout(50);
        after = await region.evaluate((el) => el.scrollLeft);
      }
      check(after > before, `${url}: scrolling table ${r.i} scrolls with the arrow keys (${before} → ${after})`);
    }
  }

  console.log('4. the filters behind one control, without JavaScript');
  for (const { url } of catalogues) {
    await open(plain, url);
    const before = await plain.evaluate(() => {
      const boxes = [...document.querySelectorAll('main details')].filter((d) => !d.parentElement.closest('details'));
      const links = [...document.querySelectorAll('main a[href]')].filter((a) => a.closest('.filters-box') && a.checkVisibility());
      return { boxes: boxes.length, id: boxes[0]?.id, open: boxes[0]?.open, summary: !!boxes[0]?.querySelector(':scope > summary'), visibleLinks: links.length,
        forms: [...document.querySelectorAll('main form')].filter((f) => f.checkVisibility()).length };
    });
    check(before.boxes === 1 && before.summary && !before.open && before.visibleLinks === 0 && before.forms === 0,
      `${url}: the filters are one closed details/summary control, nothing of them shown`, JSON.stringify(before));
    await plain.click('#filters > summary');
    const after = await plain.evaluate(() => {
      const box = document.getElementById('filters');
      for (const d of box.querySelectorAll('details')) d.open = true;
      const links = [...box.querySelectorAll('a[href]')].filter((a) => a.checkVisibility()).map((a) => a.getAttribute('href'));
      return { open: box.open, links };
    });
    const dir = url.replace(/\/$/, '');
    check(after.open && after.links.filter((h) => h.startsWith(dir + '/')).length >= 4,
      `${url}: opened without JavaScript, it shows ${after.links.length} links to the filter pages`, after.links.slice(0, 5).join(' '));
  }

  console.log('5. contact and the guide for partners');
  const projectPages = samples.filter((s) => catalogues.some((c) => s.url.startsWith(c.url) && / entry$/.test(s.label)));
  check(projectPages.length >= languages.length, `a project page in each language (${projectPages.map((p) => p.url).join(' ')})`);
  for (const { url } of projectPages) {
    await open(page, url);
    const m = await page.evaluate(() => {
      const box = document.querySelector('main .contact-box');
      const facts = document.querySelector('main .summary-list');
      return { box: !!box, before: !!box && !!facts && !!(box.compareDocumentPosition(facts) & Node.DOCUMENT_POSITION_FOLLOWING),
        top: box ? Math.round(box.getBoundingClientRect().top + scrollY) : null, reach: !!box?.querySelector('a[href^="mailto:"], a[href^="tel:"]') };
    });
    check(m.box && m.before && m.reach, `${url}: the contact box (at ${m.top} px) comes before the facts, with an address to write to or call`, JSON.stringify(m));
  }
  const linkIn = (html, cls) => tags(html, 'a').map(attrs).find((a) => (a.class ?? '').split(/\s+/).includes(cls))?.href ?? null;
  const footerOf = (html) => html.slice(html.indexOf('<footer'));
  const mainOf = (html) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  const noContact = samples.filter((s) => s.url !== '/' && !linkIn(footerOf(readFileSync(join(root, fileOf(s.url)), 'utf8')), 'to-contact'));
  check(noContact.length === 0, `every page's footer has a Contact link (${samples.length - 1} pages)`, noContact.map((s) => s.url).join(' '));
  for (const lang of languages) {
    const homeHtml = readFileSync(join(root, lang, 'index.html'), 'utf8');
    const guide = linkIn(footerOf(homeHtml), 'to-partners');
    if (!guide) {
      console.log(`  note /${lang}/: the site names no guide for partners ([site] partners in site.toml)`);
      continue;
    }
    const catalogue = catalogues.find((c) => c.url.startsWith(`/${lang}/`));
    const inHome = mainOf(homeHtml).includes(`href="${guide}"`);
    const inCatalogue = !!catalogue && mainOf(readFileSync(join(root, fileOf(catalogue.url)), 'utf8')).includes(`href="${guide}"`);
    check(inHome && inCatalogue, `/${lang}/: the home page and the catalogue link to the guide for partners (${guide})`);
  }

  console.log('6. Vietnamese addresses');
  const en = join(root, 'en');
  if (!existsSync(join(root, 'vi')) || !existsSync(en)) {
    console.log('  note: the site has no /vi/ and /en/ to compare');
  } else {
    // English address words: the sections and generated pages at the top of /en/, the
    // folders of /en/ that only group pages (sector, locality, period, status, sort, page),
    // and the pages under the open-data page (how-we-count).
    const words = new Set();
    const dirs = (d) => readdirSync(d, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    const walk = (d, depth, visit) => { for (const n of dirs(d)) { visit(join(d, n), n, depth); walk(join(d, n), depth + 1, visit); } };
    for (const n of dirs(en)) words.add(n);
    walk(en, 1, (path, name) => { if (!existsSync(join(path, 'index.html'))) words.add(name); });
    const data = dirs(en).find((n) => existsSync(join(en, n, 'index.html')) && readFileSync(join(en, n, 'index.html'), 'utf8').includes('"@type":"Dataset"'));
    if (data) for (const n of dirs(join(en, data))) words.add(n);
    const left = new Set();
    walk(join(root, 'vi'), 1, (path, name) => { if (words.has(name)) left.add(path.slice(root.length)); });
    check(left.size === 0, `no English address word (${[...words].sort().join(', ')}) under /vi/`, [...left].slice(0, 10).join(' '));
  }
} catch (e) {
  check(false, `the test stopped: ${String(e.message || e).split('\n')[0]}`);
} finally {
  await browser.close();
  await server.close();
}
if (failures.length) {
  console.log(`FAIL layout test: ${failures.length} failure(s)`);
  process.exit(1);
}
console.log('PASS layout test');
