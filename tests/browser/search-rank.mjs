// The browser's search ranking, run under node on an index written to a folder: loads
// themes/default/static/assets/search.js as the browser does (a classic script; no document,
// so it only defines the ranking) and prints, for each query, the documents in ranked order.
//
//   node tests/browser/search-rank.mjs INDEX_DIR QUERIES_JSON
//
// INDEX_DIR holds meta.json, t/, p/ and d/ (one language of /search/<lang>/); QUERIES_JSON is
// a JSON array of strings. Prints a JSON array of arrays of document numbers, one per query.
// src/search/tests.rs runs it and compares with the Rust reference, `search::query`.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const [dir, queriesJson] = process.argv.slice(2);
if (!dir || !queriesJson) {
  console.error('usage: node tests/browser/search-rank.mjs INDEX_DIR QUERIES_JSON');
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const source = readFileSync(join(here, '../../themes/default/static/assets/search.js'), 'utf8');
const context = vm.createContext({});
vm.runInContext(source, context, { filename: 'search.js' });
const { rank } = context.MinhbachSearch;

const get = async (path) => {
  try {
    return JSON.parse(readFileSync(join(dir, decodeURIComponent(path)), 'utf8'));
  } catch (e) {
    if (e.code === 'ENOENT') return null;
    throw e;
  }
};
const out = [];
for (const q of JSON.parse(queriesJson)) out.push((await rank(get, q)).docs);
console.log(JSON.stringify(out));
