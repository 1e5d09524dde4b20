#!/usr/bin/env node
// Bytes a search transfers on a built site: for each language and query, every file of the
// index the browser fetches (meta.json, the shards of its words and of their pairs, the
// document chunks of its top 20 results), ranked by the browser's own code
// (themes/default/static/assets/search.js, loaded as the search page loads it).
//
//   node scripts/search-transfer.mjs SITE_DIR [QUERY ...]
//
// Prints one line per language and query; exits 1 when a query transfers more than 150 KB.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const LIMIT = 150 * 1024;
const [site, ...given] = process.argv.slice(2);
if (!site) {
  console.error('usage: node scripts/search-transfer.mjs SITE_DIR [QUERY ...]');
  process.exit(2);
}
const queries = given.length ? given
  : ['duong', 'giao duc', 'da bac', 'nuoc sach', 'nước sạch', 'truong mam non', 'xa', 'water supply', 'yagi'];
const here = dirname(fileURLToPath(import.meta.url));
const context = vm.createContext({});
vm.runInContext(readFileSync(join(here, '../themes/default/static/assets/search.js'), 'utf8'), context);
const { rank } = context.MinhbachSearch;

let over = 0;
for (const lang of readdirSync(join(site, 'search')).sort()) {
  const base = join(site, 'search', lang);
  if (!statSync(base).isDirectory()) continue;
  for (const query of queries) {
    const seen = new Map(); // path → bytes, each file counted once as the browser caches it
    const get = async (path) => {
      const file = join(base, decodeURIComponent(path));
      let text;
      try { text = readFileSync(file, 'utf8'); } catch { seen.set(path, 0); return null; }
      seen.set(path, Buffer.byteLength(text));
      return JSON.parse(text);
    };
    const { chunk, docs } = await rank(get, query);
    for (const n of new Set(docs.slice(0, 20).map((d) => Math.floor(d / chunk)))) await get(`d/${n}.json`);
    const bytes = [...seen.values()].reduce((a, b) => a + b, 0);
    if (bytes > LIMIT) over += 1;
    console.log(`search ${lang} ${JSON.stringify(query)}: ${docs.length} results, ${seen.size} files, ${(bytes / 1024).toFixed(1)} KB transferred${bytes > LIMIT ? ' (OVER 150 KB)' : ''}`);
  }
}
process.exit(over ? 1 : 0);
