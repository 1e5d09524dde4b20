#!/usr/bin/env node
// Bytes the catalogue's filters transfer on a built site: for combinations of filters (the
// aid-size range alone included), every file the browser fetches for them — the filter index
// (/filter/: meta.json, the chosen values' bit sets, the statuses' money, an order) and the
// cards of the first 20 projects shown — selected by the browser's own code
// (themes/default/static/assets/minhbach.js, run here under node). The cards already in the
// catalogue's first page are counted too, as if fetched: an upper bound.
//
//   node scripts/filter-transfer.mjs SITE_DIR [LANG]
//
// Values are chosen from the site's own index: for each filter, the value that holds the
// most projects. Prints one line per combination; exits 1 when one transfers over 150 KB.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const LIMIT = 150 * 1024;
const SHOWN = 20;
const [site, langArg] = process.argv.slice(2);
if (!site || !existsSync(join(site, 'filter', 'meta.json'))) {
  console.error('usage: node scripts/filter-transfer.mjs SITE_DIR [LANG]   (a built site, with /filter/)');
  process.exit(2);
}
const base = join(site, 'filter');
const lang = langArg ?? readdirSync(base).filter((d) => existsSync(join(base, d, 'c'))).sort()[0];
const here = dirname(fileURLToPath(import.meta.url));
const context = vm.createContext({});
vm.runInContext(readFileSync(join(here, '../themes/default/static/assets/minhbach.js'), 'utf8'), context);
const { filterIndex } = context.MinhbachFilters;

// The value of a filter that holds the most projects (the largest status file, the bit set
// with the most bits set).
const ones = (bytes) => bytes.reduce((n, b) => { for (; b; b &= b - 1) n++; return n; }, 0);
const meta = JSON.parse(readFileSync(join(base, 'meta.json'), 'utf8'));
function biggest(dimension) {
  const dir = join(base, dimension);
  if (!existsSync(dir)) return '';
  const size = Math.ceil(meta.projects / 8);
  return readdirSync(dir).filter((f) => f.endsWith('.bin'))
    .map((f) => [f.slice(0, -4), ones(readFileSync(join(dir, f)).subarray(0, size))])
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
}
const top = Object.fromEntries(['sector', 'locality', 'period', 'status'].map((d) => [d, biggest(d)]));
const none = { sector: '', locality: '', period: '', status: '', min: null, max: null, sort: 'newest' };
const combinations = [
  ['aid-size range alone (at least 1)', { min: 1 }],
  ['aid-size range alone (at most 1,000,000,000)', { max: 1_000_000_000 }],
  ['sector', { sector: top.sector }],
  ['sector and status', { sector: top.sector, status: top.status }],
  ['place and period', { locality: top.locality, period: top.period }],
  ['sector, place, period, range', { sector: top.sector, locality: top.locality, period: top.period, min: 1 }],
  ['every filter, sorted by title', { ...top, min: 0, max: 1e15, sort: 'title' }],
  ['place, sorted by aid still sought', { locality: top.locality, sort: 'still-sought' }],
];

let over = 0;
for (const [label, given] of combinations) {
  const seen = new Map(); // path → bytes, each file once, as the browser caches it
  const load = async (path, as) => {
    const file = join(base, decodeURIComponent(path));
    if (!existsSync(file) || !statSync(file).isFile()) { seen.set(path, 0); return null; }
    const bytes = readFileSync(file);
    seen.set(path, bytes.length);
    return as === 'json' ? JSON.parse(bytes.toString('utf8')) : new Uint8Array(bytes);
  };
  const choice = { ...none, ...given };
  const { found, totals } = await filterIndex(load).select(choice, lang);
  for (const n of found.slice(0, SHOWN)) await load(`${lang}/c/${n}.json`, 'json');
  const bytes = [...seen.values()].reduce((a, b) => a + b, 0);
  if (bytes > LIMIT) over += 1;
  const values = Object.entries(given).map(([k, v]) => `${k}=${v}`).join(' ');
  console.log(`filters ${lang} ${label} (${values}): ${totals.projects} projects, ${seen.size} files, ${(bytes / 1024).toFixed(1)} KB transferred${bytes > LIMIT ? ' (OVER 150 KB)' : ''}`);
}
process.exit(over ? 1 : 0);
