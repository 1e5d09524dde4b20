// minhbach search: the ranking of the static index (src/search/mod.rs defines it, and a test
// runs this file under node against it: one definition), and the search page that uses it.
// Loaded by the search page only. No request to another host; without JavaScript the page
// offers the pre-rendered filter pages instead.
'use strict';
(function (root) {
  // ---- The ranking: pure functions, no document needed --------------------------------------
  const lower = (s) => s.normalize('NFC').toLowerCase();
  // As src/fold.rs: decomposed, marks dropped, lower case, đ → d.
  const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/đ/g, 'd');
  // As src/search tokens(): lowercase NFC runs of letters and digits.
  const tokens = (s) => lower(s).split(/[^\p{Alphabetic}\p{N}]+/u).filter(Boolean);
  const PAIR = '_';

  // The shard a key lives in: its first two characters, one more for each prefix that was split.
  function shardOf(key, split) {
    const chars = [...key];
    let n = Math.min(2, chars.length);
    while (n < chars.length && split.has(chars.slice(0, n).join(''))) n++;
    return chars.slice(0, n).join('');
  }

  // A word typed without marks matches any marks in a phrase; typed with marks, only its own.
  const compatible = (typed, spelling) => typed === spelling || typed === fold(typed);

  /**
   * The documents matching every word of `text`, best first: more of the query's adjacent
   * pairs found adjacent in the text (any field but the body) first; then the higher score (each word's best posting,
   * doubled for the query's own marks, halved for the last word matching the start of a
   * longer word of its shard); then the earlier document. `get(path)` resolves to a file of
   * the index, parsed, or null when there is none.
   */
  async function rank(get, text) {
    const meta = await get('meta.json');
    if (!meta || meta.version !== 2) throw new Error('search index: unknown version');
    const words = tokens(text);
    const folded = words.map(fold);
    const split = new Set(meta.split), pairsSplit = new Set(meta.pairs_split);
    const pairKeys = folded.slice(1).map((f, i) => folded[i] + PAIR + f);
    const file = (folder, key, s) => get(`${folder}/${encodeURIComponent(shardOf(key, s))}.json`);
    const [shards, pairShards] = await Promise.all([
      Promise.all(folded.map((f) => file('t', f, split))),
      Promise.all(pairKeys.map((k) => file('p', k, pairsSplit))),
    ]);
    let total = null;
    for (let i = 0; i < words.length; i++) {
      const q = words[i], f = folded[i], shard = shards[i] || {};
      const prefix = i === words.length - 1 && [...f].length >= 2;
      const best = new Map();
      for (const key of Object.keys(shard)) {
        if (key !== f && !(prefix && key.startsWith(f))) continue;
        const whole = key === f ? 1 : 0.5;
        for (const [spelling, flat] of Object.entries(shard[key])) {
          const same = spelling === q ? 2 : 1;
          for (let j = 0; j < flat.length; j += 2) {
            const score = flat[j + 1] * same * whole;
            if (!(best.get(flat[j]) >= score)) best.set(flat[j], score);
          }
        }
      }
      if (total === null) {
        total = best;
      } else {
        const next = new Map();
        for (const [doc, s] of total) if (best.has(doc)) next.set(doc, s + best.get(doc));
        total = next;
      }
    }
    const phrases = new Map();
    pairKeys.forEach((key, i) => {
      const spellings = (pairShards[i] || {})[key] || {};
      const found = new Set();
      for (const [spelling, docs] of Object.entries(spellings)) {
        const [a, b] = spelling.split(PAIR);
        if (compatible(words[i], a) && compatible(words[i + 1], b)) for (const d of docs) found.add(d);
      }
      for (const d of found) phrases.set(d, (phrases.get(d) || 0) + 1);
    });
    const ranked = [...(total || [])].map(([doc, score]) => [doc, phrases.get(doc) || 0, score]);
    ranked.sort((a, b) => b[1] - a[1] || b[2] - a[2] || a[0] - b[0]);
    return { chunk: meta.chunk, docs: ranked.map(([doc]) => doc) };
  }

  root.MinhbachSearch = { fold, tokens, shardOf, rank };
  if (typeof document === 'undefined') return;

  // ---- The search page ----------------------------------------------------------------------
  const fill = (template, values) =>
    (template || '').replace(/\{(\w+)\}/g, (m, k) => (k in values ? values[k] : m));

  function search(form, out) {
    const input = form.elements.q;
    const base = form.dataset.index || '';
    const status = document.getElementById('search-status');
    const cache = new Map();
    let seq = 0, timer = 0;
    // From a disc (build --offline, file://) there is no fetch: the disc's loader reads the same
    // files from scripts (assets/offline.js).
    const offline = location.protocol === 'file:' ? root.MinhbachOffline : null;

    // One request per file, shared by every query; a 404 means "nothing there".
    function get(path) {
      if (offline && !cache.has(path)) cache.set(path, offline.load(base + path));
      if (!cache.has(path)) {
        cache.set(path, fetch(base + path).then((r) => {
          if (r.status === 404) return null;
          if (!r.ok) throw new Error(r.status);
          return r.json();
        }).catch((e) => { cache.delete(path); throw e; }));
      }
      return cache.get(path);
    }

    async function find(text) {
      const { chunk, docs } = await rank(get, text);
      const top = docs.slice(0, 20);
      const chunks = new Map(await Promise.all([...new Set(top.map((d) => Math.floor(d / chunk)))]
        .map(async (n) => [n, (await get(`d/${n}.json`)) || []])));
      return { count: docs.length, rows: top.map((d) => chunks.get(Math.floor(d / chunk))[d % chunk]).filter(Boolean) };
    }

    const el = (tag, cls, text) => {
      const node = document.createElement(tag);
      if (cls) node.className = cls;
      if (text != null) node.textContent = text;
      return node;
    };
    const label = (name) => form.getAttribute('data-' + name) || '';

    function render(text, result) {
      const values = { query: text, count: result ? result.count : 0 };
      // Only the count is announced (#search-status is the live region), not the list.
      status.textContent = fill(result && result.count ? form.dataset.count : form.dataset.none, values);
      const nodes = [];
      if (result && result.rows.length) {
        const ol = el('ol');
        for (const [url, title, kind, summary, state, lang] of result.rows) {
          const li = el('li');
          const a = el('a', null, title);
          if (/^\//.test(url)) a.href = offline ? offline.href(url) : url;
          const heading = el('p', 'result-title');
          heading.append(a);
          if (lang) {
            a.lang = lang;
            heading.append(' ', el('span', 'lang-mark', label('lang-' + lang)));
          }
          const meta = el('p', 'meta', label('kind-' + kind) || kind);
          if (state) meta.append(' · ', el('span', 'tag status-' + state, label('status-' + state) || state));
          li.append(heading, meta);
          if (summary) {
            const p = el('p', null, summary);
            if (lang) p.lang = lang;
            li.append(p);
          }
          ol.append(li);
        }
        nodes.push(ol);
      }
      out.replaceChildren(...nodes);
    }

    async function run() {
      clearTimeout(timer);
      const text = input.value.trim();
      const mine = ++seq;
      const params = new URLSearchParams(location.search);
      if (text) params.set('q', text); else params.delete('q');
      const query = params.toString();
      // A page from a disc may refuse a new address: the query then stays unshared.
      try {
        history.replaceState(history.state, '', location.pathname + (query ? '?' + query : '') + location.hash);
      } catch (e) { /* file:// */ }
      if (!text) {
        out.replaceChildren();
        status.textContent = '';
        return;
      }
      let result;
      try {
        result = await find(text);
      } catch (e) {
        if (mine === seq) status.textContent = form.dataset.error || '';
        return;
      }
      if (mine === seq) render(text, result);
    }

    form.hidden = false;
    form.addEventListener('submit', (e) => { e.preventDefault(); run(); });
    input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(run, 200); });
    const q = new URLSearchParams(location.search).get('q');
    if (q && q.trim()) { input.value = q; run(); }
  }

  const start = () => {
    const form = document.getElementById('site-search'), out = document.getElementById('search-results');
    if (form && out && form.elements.q && document.getElementById('search-status')) search(form, out);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})(globalThis);
