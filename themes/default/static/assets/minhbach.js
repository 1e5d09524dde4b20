// minhbach: progressive enhancement of the project catalogue filters and of the site search.
// No framework, no request to another host. Without JavaScript the pre-rendered filter pages
// and the search page's links still work; this file only un-hides and drives the two forms.
'use strict';
(() => {
  const $ = (id) => document.getElementById(id);
  const fill = (template, values) =>
    (template || '').replace(/\{(\w+)\}/g, (m, k) => (k in values ? values[k] : m));
  const words = (s) => (s || '').split(/\s+/).filter(Boolean);
  // Fold for comparisons and for the search index: NFC, lower case, strip the marks, đ → d.
  const lower = (s) => s.normalize('NFC').toLowerCase();
  const fold = (s) => lower(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');

  // ---- Catalogue filters -------------------------------------------------------------------
  function catalogue(form, list) {
    const count = $('result-count');
    const isItem = (li) => li.classList.contains('project-item');
    let items = [...list.children].filter(isItem);
    let order = new Map(items.map((li, i) => [li, i]));
    const controls = [...form.elements].filter((el) => el.name && /^(SELECT|INPUT)$/.test(el.tagName)
      && !/^(submit|button|reset|image)$/.test(el.type));
    const num = (v) => (v !== '' && Number(v) >= 0 ? Number(v) : null);
    const data = (li, k) => li.getAttribute('data-' + k) || '';
    const FACETS = ['sector', 'locality', 'period', 'status'];
    const has = (li, k, v) => !v || words(data(li, k === 'locality' ? 'localities' : k)).includes(v);

    form.hidden = false;
    // The form's own sort menu replaces the links to the pre-rendered sort pages.
    for (const links of document.querySelectorAll('.sort-links')) links.hidden = true;
    // The state the page was rendered with (a facet page pre-selects its facet) is the default.
    const defaults = {};
    for (const el of controls) defaults[el.name] = el.value.trim();
    // Then the query on top: a shared link restores its view.
    const query = new URLSearchParams(location.search);
    for (const el of controls) {
      if (!query.has(el.name)) continue;
      const v = query.get(el.name);
      if (el.tagName === 'SELECT') {
        if ([...el.options].some((o) => o.value === v)) el.value = v;
      } else if (v === '' || num(v) !== null) {
        el.value = v;
      }
    }

    const compare = {
      newest: (a, b) => (data(b, 'published') > data(a, 'published') ? 1
        : data(b, 'published') < data(a, 'published') ? -1 : 0),
      gap: (a, b) => (Number(data(b, 'gap')) || 0) - (Number(data(a, 'gap')) || 0),
      title: (a, b) => {
        const x = fold(data(a, 'title')), y = fold(data(b, 'title'));
        return x < y ? -1 : x > y ? 1 : 0;
      },
    };

    function apply() {
      const v = {};
      for (const el of controls) v[el.name] = el.value.trim();
      const min = num(v.min), max = num(v.max);
      let visible = 0;
      for (const li of items) {
        const sought = Number(data(li, 'sought')) || 0;
        const ok = FACETS.every((k) => has(li, k, v[k]))
          && (min === null || sought >= min) && (max === null || sought <= max);
        li.hidden = !ok;
        if (ok) visible++;
      }
      const by = compare[v.sort] || compare.newest;
      const sorted = items.slice().sort((a, b) => by(a, b) || order.get(a) - order.get(b));
      const now = [...list.children].filter(isItem);
      if (sorted.some((li, i) => li !== now[i])) list.append(...sorted);
      if (count) {
        const t = count.dataset.template;
        // Cards that could not be fetched are not silently left out of the count.
        const text = fill(t, { count: visible }) + (incomplete && count.dataset.incomplete ? ' ' + count.dataset.incomplete : '');
        if (t && count.textContent !== text) count.textContent = text;
      }
      // The URL keeps what differs from the page's own defaults, so the view can be shared.
      const params = new URLSearchParams(location.search);
      for (const el of controls) {
        const value = el.value.trim();
        params.delete(el.name);
        if (value !== defaults[el.name] && (value !== '' || defaults[el.name] !== '')) params.set(el.name, value);
      }
      const search = params.toString();
      const url = location.pathname + (search ? '?' + search : '') + location.hash;
      if (url !== location.pathname + location.search + location.hash) history.replaceState(history.state, '', url);
    }

    // A facet page may hold only its facet's projects: leaving that facet then goes to the
    // whole catalogue (the form's data-catalogue, else the reset link) with the chosen values,
    // rather than showing nothing.
    const home = form.dataset.catalogue || ($('filters-reset') || {}).href;
    let leaving = false;
    // Goes to another list of this site, with `search` as its query; false when `address`
    // is this page or elsewhere.
    function go(address, search = '') {
      const to = new URL(address, location.href);
      if (to.origin !== location.origin || to.pathname === location.pathname) return false;
      leaving = true;
      location.assign(to.pathname + (search ? '?' + search : ''));
      return true;
    }
    function leave() {
      if (leaving) return true;
      if (!home) return false;
      const left = FACETS.some((k) => defaults[k] && form.elements[k] && form.elements[k].value !== defaults[k]
        && items.every((li) => has(li, k, defaults[k])));
      if (!left) return false;
      const params = new URLSearchParams();
      for (const el of controls) {
        const value = el.value.trim();
        const plain = el.tagName === 'SELECT' && el.options.length ? el.options[0].value : '';
        if (value && value !== plain) params.set(el.name, value);
      }
      return go(home, params.toString());
    }
    // A long list is split into pages: the first at data-first, page N at data-first +
    // page/N/. Combining filters needs every card that can match, so the cards of the
    // shortest list that holds them all are fetched, once: a chosen facet's own list
    // (its option's data-list and data-pages), or the whole catalogue when no facet is
    // chosen. On a slow connection a sector's pages are far fewer than the catalogue's.
    const pagesOf = (first, count) =>
      Array.from({ length: Math.max(count, 1) }, (_, i) => (i ? `${first}page/${i + 1}/` : first));
    const fetched = new Map(); // page address → Promise of its cards
    const cardsOn = (url) => {
      if (!fetched.has(url)) {
        fetched.set(url, fetch(url).then((response) => {
          if (!response.ok) throw new Error(response.status);
          return response.text();
        }).then((html) => {
          const doc = new DOMParser().parseFromString(html, 'text/html');
          return [...doc.querySelectorAll('#project-list > li.project-item')].map((li) => document.importNode(li, true));
        }).catch((e) => { fetched.delete(url); throw e; }));
      }
      return fetched.get(url);
    };
    // The list whose cards are in the page: its first page, its pages, whether all of
    // them are in, and the facet that defines it (none for the whole catalogue).
    let shown = {
      url: list.dataset.first || location.pathname,
      pages: Number(list.dataset.pages) || 1,
      complete: !list.dataset.pages,
      facet: FACETS.find((k) => defaults[k]) || null,
    };
    shown.value = shown.facet ? defaults[shown.facet] : '';
    fetched.set(location.pathname, Promise.resolve(items));
    // The cheapest list that holds every card the chosen values can show.
    function source() {
      const holds = !shown.facet || (form.elements[shown.facet] || {}).value === shown.value;
      let best = holds ? { ...shown, cost: shown.complete ? 0 : shown.pages } : null;
      for (const k of FACETS) {
        const option = form.elements[k] && form.elements[k].selectedOptions[0];
        if (!option || !option.value || !option.dataset.list) continue;
        const pages = Number(option.dataset.pages) || 1;
        if (!best || pages < best.cost) best = { url: option.dataset.list, pages, facet: k, value: option.value, cost: pages };
      }
      if (!best) {
        const pages = Number(form.dataset.cataloguePages) || 1;
        best = { url: home, pages, facet: null, cost: pages };
      }
      return best;
    }
    // Whether the cards in the page may lack some that match: a page failed to load.
    let incomplete = false;
    let asked = 0;
    function gather() {
      const want = source();
      const mine = ++asked;
      if (want.url === shown.url && shown.complete) {
        incomplete = false;
        return Promise.resolve();
      }
      return Promise.all(pagesOf(want.url, want.pages).map(cardsOn)).then((parts) => {
        if (mine !== asked) return; // a later choice asked for another list
        incomplete = false;
        const all = parts.flat();
        list.replaceChildren(...all);
        items = all;
        order = new Map(all.map((li, i) => [li, i]));
        shown = { url: want.url, pages: want.pages, complete: true, facet: want.facet, value: want.value };
        list.removeAttribute('data-pages');
        list.removeAttribute('data-first');
        for (const nav of document.querySelectorAll('.pagination')) nav.hidden = true;
      }, (e) => {
        if (mine === asked) incomplete = true;
        throw e;
      });
    }
    // On a long list whose other pages are not in yet, a new order alone goes to that
    // order's pre-rendered list (one page) rather than fetching every page to sort here.
    function resort() {
      const sort = form.elements.sort;
      const option = sort && sort.selectedOptions[0];
      if (shown.complete || !option || !option.dataset.list || sort.value === defaults.sort) return false;
      if (controls.some((el) => el !== sort && el.value.trim() !== defaults[el.name])) return false;
      return go(option.dataset.list);
    }
    const settle = () => { if (!leave()) apply(); };
    // While the other pages load (seconds on a slow connection) the list says it is busy:
    // assistive technology waits for it, the style sheet dims it, and so does a test.
    let pending = 0;
    const update = () => {
      pending++;
      list.setAttribute('aria-busy', 'true');
      // Should a page fail to load, the filters still work on the cards at hand.
      return (leave() || resort() ? Promise.resolve() : gather()).then(settle, settle).finally(() => {
        if (--pending === 0) list.removeAttribute('aria-busy');
      });
    };
    form.addEventListener('submit', (e) => { e.preventDefault(); update(); });
    form.addEventListener('input', update);
    form.addEventListener('change', update);
    // A shared filtered view is restored at once; an unfiltered page of a long list
    // stays as it is until the visitor uses the filters.
    if (controls.some((el) => query.has(el.name)) || !list.dataset.pages) update();
  }

  // ---- Site search -------------------------------------------------------------------------
  function search(form, out) {
    const input = form.elements.q;
    const base = form.dataset.index || '';
    const cache = new Map();
    let seq = 0, timer = 0;

    // One request per file, shared by every query; a 404 means "nothing there".
    function get(path) {
      if (!cache.has(path)) {
        cache.set(path, fetch(base + path).then((r) => {
          if (r.status === 404) return null;
          if (!r.ok) throw new Error(r.status);
          return r.json();
        }).catch((e) => { cache.delete(path); throw e; }));
      }
      return cache.get(path);
    }

    async function rank(text) {
      const meta = await get('meta.json');
      if (!meta || meta.version !== 1) throw new Error('index');
      const tokens = lower(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      // The shard of a folded token is named by its first `prefix` characters (code points).
      const shardOf = (f) => [...f].slice(0, meta.prefix).join('');
      const shards = await Promise.all(tokens.map((q) =>
        get('t/' + encodeURIComponent(shardOf(fold(q))) + '.json')));
      let total = null;
      for (let i = 0; i < tokens.length; i++) {
        const q = tokens[i], f = fold(q), shard = shards[i] || {};
        // Prefix matching only for the word being typed (the last one) once it has 2 characters.
        const prefix = i === tokens.length - 1 && [...f].length >= 2;
        const scores = new Map();
        for (const k of Object.keys(shard)) {
          if (k !== f && !(prefix && k.startsWith(f))) continue;
          const keyFactor = k === f ? 1 : 0.5;
          for (const [e, postings] of Object.entries(shard[k])) {
            const factor = (e === q ? 2 : 1) * keyFactor;
            for (const [doc, w] of postings) {
              const s = w * factor;
              if (!scores.has(doc) || s > scores.get(doc)) scores.set(doc, s);
            }
          }
        }
        if (total === null) {
          total = scores;
        } else {
          const next = new Map();
          for (const [doc, s] of total) if (scores.has(doc)) next.set(doc, s + scores.get(doc));
          total = next;
        }
        if (!total.size) break;
      }
      const ranked = [...(total || [])].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      const top = ranked.slice(0, 20).map(([doc]) => doc);
      const chunks = await Promise.all([...new Set(top.map((d) => Math.floor(d / meta.chunk)))]
        .map(async (n) => [n, (await get('d/' + n + '.json')) || []]));
      const byChunk = new Map(chunks);
      const docs = top.map((d) => byChunk.get(Math.floor(d / meta.chunk))[d % meta.chunk]).filter(Boolean);
      return { count: ranked.length, docs };
    }

    function render(text, result) {
      const el = (tag, cls, content) => {
        const node = document.createElement(tag);
        if (cls) node.className = cls;
        if (content != null) node.textContent = content;
        return node;
      };
      const values = { query: text, count: result ? result.count : 0 };
      const message = fill(result && result.count ? form.dataset.count : form.dataset.none, values);
      // Only the count is announced (#search-status is the live region), not the list.
      const status = document.getElementById('search-status');
      const nodes = [];
      if (status) status.textContent = message;
      else nodes.push(el('p', 'search-count', message));
      if (result && result.docs.length) {
        const ol = el('ol');
        for (const [url, title, kind, summary] of result.docs) {
          const li = el('li');
          const a = el('a', null, title);
          if (/^(\/|https?:)/.test(url)) a.href = url;
          li.append(a, ' ', el('span', 'kind', form.getAttribute('data-kind-' + kind) || kind));
          if (summary) li.append(el('p', null, summary));
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
      const search = params.toString();
      history.replaceState(history.state, '', location.pathname + (search ? '?' + search : '') + location.hash);
      if (!text) {
        out.replaceChildren();
        const status = document.getElementById('search-status');
        if (status) status.textContent = '';
        return;
      }
      let result = null;
      try {
        result = await rank(text);
      } catch (e) {
        if (mine !== seq) return;
        if (form.dataset.error) out.replaceChildren(Object.assign(document.createElement('p'), { textContent: form.dataset.error }));
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
    const filters = $('project-filters'), list = $('project-list');
    if (filters && list) catalogue(filters, list);
    const find = $('site-search'), results = $('search-results');
    if (find && results && find.elements.q) search(find, results);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
