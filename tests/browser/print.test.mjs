// Print test in headless Chromium: every project page prints as a one-page A4
// brief, and a bulletin issue prints with its masthead and without the site's
// navigation, with the addresses of its links written out. The catalogue book
// of each language prints to PDF with a number on every page but the cover, each
// sector's name at the head of its pages, and no project cut between two pages
// or taller than half a page; every leaflet prints on one A4 page. The PDFs are
// read back (their text, page by page) by `pdfPages` below.
//
//   node tests/browser/print.test.mjs SITE_DIR
//
// Exits 1 with the pages that fail, 2 on bad usage.
import { readdir, stat } from 'node:fs/promises';
import { inflateSync } from 'node:zlib';
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
    if (['sector', 'locality', 'period', 'status', 'sort', 'print', 'ban-in'].includes(name)) continue;
    if (await stat(join(root, section, name, 'index.html')).catch(() => null)) pages.push(`/${section}/${name}/`);
  }
  return pages;
}

const pagesOf = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

/**
 * The text of each page of a PDF that Chromium printed, in page order. Chromium's PDF (Skia)
 * writes plain objects, each stream Flate-compressed, its fonts Type0 with a ToUnicode map, its
 * text shown glyph by glyph with Tj/TJ: enough to read it back without a PDF library. The
 * text of a page is its glyphs in drawing order, NFC, without line breaks.
 */
function pdfPages(pdf) {
  const src = pdf.toString('latin1');
  const objects = new Map();
  for (const m of src.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = m[2];
    const at = body.indexOf('stream');
    let dict = body, data = null;
    if (at >= 0) {
      dict = body.slice(0, at);
      let start = m.index + m[0].indexOf(body) + at + 'stream'.length;
      if (src[start] === '\r') start++;
      if (src[start] === '\n') start++;
      const raw = pdf.subarray(start, start + Number(dict.match(/\/Length (\d+)/)[1]));
      data = /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw;
    }
    objects.set(Number(m[1]), { dict, data });
  }
  const ref = (dict, key) => Number((dict.match(new RegExp(`/${key} (\\d+) 0 R`)) || [])[1]);
  const maps = new Map();
  const unicodeOf = (font) => {
    if (!maps.has(font)) {
      const map = new Map();
      const cmap = objects.get(ref(objects.get(font).dict, 'ToUnicode'))?.data?.toString('latin1') ?? '';
      const chars = (hex) => String.fromCodePoint(...hex.match(/.{4}/g).map((h) => parseInt(h, 16)));
      for (const [, block] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
        for (const [, glyph, text] of block.matchAll(/<(\w+)>\s*<(\w+)>/g)) map.set(parseInt(glyph, 16), chars(text));
      }
      for (const [, block] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
        for (const [, from, to, text] of block.matchAll(/<(\w+)>\s*<(\w+)>\s*<(\w+)>/g)) {
          for (let g = parseInt(from, 16), u = parseInt(text, 16); g <= parseInt(to, 16); g++, u++) map.set(g, String.fromCodePoint(u));
        }
      }
      maps.set(font, map);
    }
    return maps.get(font);
  };
  const catalog = [...objects.values()].find((o) => /\/Type \/Catalog/.test(o.dict));
  const pages = [];
  const walk = (n) => {
    const { dict } = objects.get(n);
    if (/\/Type \/Pages/.test(dict)) {
      for (const [, kid] of dict.match(/\/Kids \[([^\]]*)\]/)[1].matchAll(/(\d+) 0 R/g)) walk(Number(kid));
    } else {
      pages.push(dict);
    }
  };
  walk(ref(catalog.dict, 'Pages'));
  return pages.map((dict) => {
    const fonts = new Map([...(dict.match(/\/Font <<([^>]*)>>/)?.[1] ?? '').matchAll(/\/(\w+) (\d+) 0 R/g)]
      .map(([, name, n]) => [name, Number(n)]));
    const contents = dict.match(/\/Contents (?:\[([^\]]*)\]|(\d+ 0 R))/);
    let text = '';
    let map = new Map();
    for (const [, n] of (contents ? contents[1] ?? contents[2] : '').matchAll(/(\d+) 0 R/g)) {
      const ops = objects.get(Number(n)).data.toString('latin1');
      for (const [, font, shown] of ops.matchAll(/\/(\w+) [\d.]+ Tf|(<[0-9A-Fa-f]*>|\[[^\]]*\])\s*T[jJ]/g)) {
        if (font) {
          map = unicodeOf(fonts.get(font));
          continue;
        }
        for (const [, hex] of shown.matchAll(/<([0-9A-Fa-f]*)>/g)) {
          for (const glyph of hex.match(/.{4}/g) ?? []) text += map.get(parseInt(glyph, 16)) ?? '';
        }
      }
    }
    return text.normalize('NFC');
  });
}

const squeeze = (text) => text.normalize('NFC').replace(/\s+/g, '');
const A4_MM = 297;
const MM = 96 / 25.4; // CSS pixels in a millimetre

/** The book of one language: printed to PDF and read back. */
async function checkBook(page, path, pageNumber) {
  await page.goto(server.origin + path);
  // The book's own layout on paper: print media, at the printed page's width.
  const layout = await page.evaluate((mm) => {
    const block = (el) => el.getBoundingClientRect().height;
    return {
      projects: [...document.querySelectorAll('.book-project')].map((el) => ({
        id: el.id,
        code: el.querySelector('.eyebrow').textContent.split(' · ')[0].trim(),
        address: el.querySelector('.cite a').textContent.trim(),
        sector: el.closest('.book-sector').querySelector('h2').textContent.trim(),
        height: block(el) / mm,
      })),
      sectors: [...document.querySelectorAll('.book-sector')].map((s) => s.querySelectorAll('.book-project').length),
    };
  }, MM);
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  const texts = pdfPages(pdf);
  const count = texts.length;
  if (count !== pagesOf(pdf)) failures.push(`${path}: ${count} pages read back of ${pagesOf(pdf)}`);
  // The page count: a cover, the contents, then each sector from a new page; each project at
  // most half a page, so a sector of n projects takes at most ceil(n / 2) + 1 pages.
  const least = 2 + layout.sectors.length;
  const most = 2 + layout.sectors.reduce((sum, n) => sum + Math.ceil(n / 2) + 1, 0);
  if (count < least || count > most) failures.push(`${path}: ${count} pages, not between ${least} and ${most}`);
  // A number at the foot of every page but the cover.
  texts.forEach((text, i) => {
    const number = squeeze(pageNumber(i + 1, count));
    if (i === 0 && squeeze(text).includes(squeeze(pageNumber(1, count)))) failures.push(`${path}: the cover has a page number`);
    if (i > 0 && !squeeze(text).includes(number)) failures.push(`${path}: page ${i + 1} has no "${pageNumber(i + 1, count)}"`);
  });
  // Each project whole on one page, with its sector's name at the head of that page, and at
  // most half a page tall on paper (the printed height less the page's margins, 15 + 16 mm).
  const half = (A4_MM - 31) / 2;
  for (const p of layout.projects) {
    const on = texts.map((t, i) => [squeeze(t), i + 1]).filter(([t]) => t.includes(squeeze(p.code))).map(([, i]) => i);
    const end = texts.map((t, i) => [squeeze(t), i + 1]).filter(([t]) => t.includes(squeeze(p.address))).map(([, i]) => i);
    if (on.length !== 1 || end.length !== 1 || on[0] !== end[0]) {
      failures.push(`${path}: ${p.id} is cut or repeated (its code on page ${on.join(', ') || 'none'}, its address on page ${end.join(', ') || 'none'})`);
    } else if (!squeeze(texts[on[0] - 1]).includes(squeeze(p.sector))) {
      failures.push(`${path}: page ${on[0]} does not name its sector, ${p.sector}`);
    }
    if (p.height > half) failures.push(`${path}: ${p.id} is ${p.height.toFixed(0)} mm tall, over half a page (${half} mm)`);
  }
  if (layout.projects.length === 0) failures.push(`${path}: no project in the book`);
  console.log(`  ${path}: ${count} A4 pages, ${layout.projects.length} projects in ${layout.sectors.length} sectors, each whole on one page`);
  return count;
}

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

  // The catalogue book, in each language; the page width of A4 less its margins (14 mm each
  // side) for the layout measured in print media.
  await page.setViewportSize({ width: Math.round((210 - 28) * MM), height: 1000 });
  const books = {
    '/en/projects/print/': (n, of) => `Page ${n} of ${of}`,
    '/vi/du-an/ban-in/': (n, of) => `Trang ${n}/${of}`,
  };
  for (const [path, pageNumber] of Object.entries(books)) await checkBook(page, path, pageNumber);

  // Every leaflet, on one page, with the address of its list online.
  const leaflets = [];
  for (const book of Object.keys(books)) {
    for (const dimension of await readdir(join(root, book)).catch(() => [])) {
      const dir = join(root, book, dimension);
      if (!(await stat(dir)).isDirectory()) continue;
      for (const key of await readdir(dir)) leaflets.push(`${book}${dimension}/${key}/`);
    }
  }
  if (leaflets.length === 0) failures.push('no leaflet found under the books');
  for (const path of leaflets) {
    await page.goto(server.origin + path);
    const online = await page.$eval('.leaflet-online .cite a', (a) => a.textContent);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const texts = pdfPages(pdf);
    if (texts.length !== 1) failures.push(`${path} prints on ${texts.length} A4 pages, not one`);
    else if (!squeeze(texts[0]).includes(squeeze(online))) failures.push(`${path}: its address online is not printed`);
  }
  console.log(`  ${leaflets.length} leaflets printed, each on one A4 page`);
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
