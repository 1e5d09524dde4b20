// minhbach: progressive enhancement, on every page. Tables wider than the screen say that they
// scroll; the catalogue's filters combine on one page, from a compact index fetched on first
// use (see src/render/filter_index.rs), and the totals follow the projects shown. No framework,
// no request to another host. Without JavaScript every page works: the filters are links to
// pre-rendered lists. The search page has its own script, search.js.
'use strict';
// The filter index (src/render/filter_index.rs), pure: node runs it in scripts/filter-transfer.mjs.
// `load(path, as)` resolves to a file of the index under /filter/, parsed when `as` is 'json',
// else as a Uint8Array; to null when there is no such file.
globalThis.MinhbachFilters = (() => {
  function filterIndex(load) {
    const files = new Map();
    // One request per file, shared by every choice.
    const get = (path, as) => {
      if (!files.has(path)) files.set(path, load(path, as).catch((e) => { files.delete(path); throw e; }));
      return files.get(path);
    };
    const meta = () => get('meta.json', 'json');
    const bits = (dimension, value) => get(`${dimension}/${encodeURIComponent(value)}.bin`);
    // Unsigned LEB128, read from `at.i` on (numbers past 2^31, so no bit shifts).
    const number = (bytes, at) => {
      let value = 0, scale = 1, byte;
      do {
        byte = bytes[at.i++];
        value += (byte & 0x7f) * scale;
        scale *= 128;
      } while (byte & 0x80);
      return value;
    };
    // A status's projects and their money: [n, still sought, committed, disbursed, open].
    async function status(m, key) {
      const data = await bits('status', key);
      if (!data) return [];
      const size = Math.ceil(m.projects / 8);
      const columns = data[size] || 0;
      const at = { i: size + 1 };
      const open = m.open.includes(key);
      const rows = [];
      for (let n = 0; n < m.projects; n++) {
        if (!(data[n >> 3] & (1 << (n & 7)))) continue;
        const v = [0, 0, 0];
        for (let c = 0; c < columns; c++) v[c] = number(data, at) * m.scales[c];
        // Columns: committed, disbursed, still sought.
        rows.push([n, v[2], v[0], v[1], open]);
      }
      return rows;
    }
    // Each project's place in an order, by its number.
    async function ranks(m, path) {
      const data = await get(path);
      if (!data) return null;
      const w = m.rank_bytes, out = new Array(m.projects);
      for (let n = 0; n < m.projects; n++) {
        let r = 0;
        for (let b = 0; b < w; b++) r = r * 256 + data[n * w + b];
        out[n] = r;
      }
      return out;
    }
    /**
     * The projects that `choice` holds ({ sector, locality, period, status: a key or '';
     * min, max: numbers or null; sort }), in its order, with their totals.
     */
    async function select(choice, lang) {
      const m = await meta();
      const facets = ['sector', 'locality', 'period'].filter((k) => choice[k]);
      const statuses = choice.status ? [choice.status] : m.statuses;
      const sortPath = { 'still-sought': 'sort/still-sought.bin', title: `${lang}/sort/title.bin` }[choice.sort];
      const [sets, rows, rank] = await Promise.all([
        Promise.all(facets.map((k) => bits(k, choice[k]))),
        Promise.all(statuses.map((s) => status(m, s))),
        sortPath ? ranks(m, sortPath) : null,
      ]);
      const holds = (n) => sets.every((s) => s && s[n >> 3] & (1 << (n & 7)));
      const totals = { projects: 0, 'open-projects': 0, 'still-sought': 0, committed: 0, disbursed: 0 };
      const found = [];
      for (const [n, still, committed, disbursed, open] of rows.flat()) {
        if (!holds(n) || (choice.min !== null && still < choice.min) || (choice.max !== null && still > choice.max)) continue;
        found.push(n);
        // Sums stay exact: every figure and total is far below 2^53.
        totals.projects += 1;
        totals['open-projects'] += open ? 1 : 0;
        totals['still-sought'] += still;
        totals.committed += committed;
        totals.disbursed += disbursed;
      }
      found.sort(rank ? (a, b) => rank[a] - rank[b] : (a, b) => a - b);
      return { found, totals };
    }
    return { select };
  }
  return { filterIndex };
})();

(() => {
  if (typeof document === 'undefined') return;
  const { filterIndex } = globalThis.MinhbachFilters;
  const $ = (id) => document.getElementById(id);
  const fill = (template, values) =>
    (template || '').replace(/\{(\w+)\}/g, (m, k) => (k in values ? values[k] : m));
  const words = (s) => (s || '').split(/\s+/).filter(Boolean);

  // ---- Tables that scroll sideways say so, to the eye and to assistive technology ----------
  function scrollingTables() {
    const hint = document.body.dataset.scrollHint;
    const regions = [...document.querySelectorAll('.table-scroll')];
    if (!hint || !regions.length) return;
    const check = () => regions.forEach((region, i) => {
      const id = `scroll-hint-${i + 1}`;
      let note = $(id);
      // A few pixels of padding past the edge are not worth a sentence.
      const scrolls = region.scrollWidth > region.clientWidth + 4;
      if (scrolls && !note) {
        note = Object.assign(document.createElement('p'), { id, className: 'scroll-hint', textContent: hint });
        region.before(note);
        region.setAttribute('aria-describedby', id);
      } else if (!scrolls && note) {
        note.remove();
        region.removeAttribute('aria-describedby');
      }
      region.classList.toggle('scrolls', scrolls);
    });
    check();
    let timer = 0;
    addEventListener('resize', () => { clearTimeout(timer); timer = setTimeout(check, 150); });
  }

  // ---- Catalogue filters -------------------------------------------------------------------
  function catalogue(form, list) {
    const count = $('result-count');
    const box = $('filters');
    const more = $('list-more');
    const lang = document.documentElement.lang;
    const numbers = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
    const measures = [...document.querySelectorAll('#list-totals [data-measure]')];
    const money = ($('list-totals') || {}).dataset?.money || '{amount}';
    const indexBase = form.dataset.index || '/filter/';
    // From a disc (build --offline, file://) there is no fetch: the disc's loader reads the same
    // data from script files (assets/offline.js).
    const offline = location.protocol === 'file:' ? globalThis.MinhbachOffline : null;
    const index = filterIndex((path, as) => (offline ? offline.load(indexBase + path) : fetch(indexBase + path).then((r) => {
      if (r.status === 404) return null;
      if (!r.ok) throw new Error(`${path}: ${r.status}`);
      return as === 'json' ? r.json() : r.arrayBuffer().then((b) => new Uint8Array(b));
    })));
    const cardsBase = form.dataset.cards || '';
    const controls = [...form.elements].filter((el) => el.name && /^(SELECT|INPUT)$/.test(el.tagName)
      && !/^(submit|button|reset|image)$/.test(el.type));
    const num = (v) => (v !== '' && Number(v) >= 0 ? Number(v) : null);
    const FACETS = ['sector', 'locality', 'period', 'status'];
    const isItem = (li) => li.classList.contains('project-item');

    form.hidden = false;
    // The form replaces the links to the filter pages and to the other orders.
    for (const el of document.querySelectorAll('.filter-links, .sort-links')) el.hidden = true;
    // On a wide screen the filters stand open beside the list.
    if (box && matchMedia('(min-width: 50rem)').matches) box.open = true;
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
    if (box && [...query.keys()].some((k) => k in defaults)) box.open = true;

    // The page as rendered, to come back to when the filters are cleared.
    const page = {
      cards: [...list.children].filter(isItem),
      count: count ? count.textContent : '',
      totals: measures.map((el) => [el.textContent, el.dataset.value]),
    };
    const cards = new Map(page.cards.map((li) => [Number(li.dataset.n), li]));
    const pagers = [...document.querySelectorAll('.pagination')];

    const values = () => Object.fromEntries(controls.map((el) => [el.name, el.value.trim()]));
    const changed = (v) => controls.some((el) => v[el.name] !== defaults[el.name]);
    const format = (name, value) => (name === 'projects' || name === 'open-projects'
      ? numbers.format(value) : fill(money, { amount: numbers.format(value) }));
    function showTotals(totals) {
      measures.forEach((el, i) => {
        const name = el.dataset.measure;
        const [text, value] = totals ? [format(name, totals[name]), String(totals[name])] : page.totals[i];
        if (el.textContent !== text) el.textContent = text;
        el.dataset.value = value;
      });
    }
    function say(text) {
      if (count && count.textContent !== text) count.textContent = text;
    }
    function keepUrl() {
      // The URL keeps what differs from the page's own defaults, so the view can be shared.
      const params = new URLSearchParams(location.search);
      for (const el of controls) {
        const value = el.value.trim();
        params.delete(el.name);
        if (value !== defaults[el.name]) params.set(el.name, value);
      }
      const search = params.toString();
      const url = location.pathname + (search ? '?' + search : '') + location.hash;
      // A page from a disc may refuse a new address: the view then stays, unshared.
      try {
        if (url !== location.pathname + location.search + location.hash) history.replaceState(history.state, '', url);
      } catch (e) { /* file:// */ }
    }

    // Goes to another list of this site, with `search` as its query; false when `address`
    // is this page or elsewhere.
    let leaving = false;
    function go(address, search = '') {
      const to = new URL(address, location.href);
      if (to.origin !== location.origin || to.pathname === location.pathname) return false;
      leaving = true;
      location.assign(to.pathname + (search ? '?' + search : ''));
      return true;
    }
    // A facet page whose own facet is changed goes to the whole catalogue with the choice.
    function leave(v) {
      const home = form.dataset.catalogue;
      if (!home || !FACETS.some((k) => defaults[k] && v[k] !== defaults[k])) return false;
      const params = new URLSearchParams();
      for (const el of controls) {
        const plain = el.tagName === 'SELECT' && el.options.length ? el.options[0].value : '';
        if (v[el.name] && v[el.name] !== plain) params.set(el.name, v[el.name]);
      }
      return go(home, params.toString());
    }
    // On a long list, a new order alone opens that order's pre-rendered list.
    function resort(v) {
      const sort = form.elements.sort;
      const option = sort && sort.selectedOptions[0];
      if (!option || !option.dataset.list || v.sort === defaults.sort) return false;
      if (controls.some((el) => el !== sort && v[el.name] !== defaults[el.name])) return false;
      return go(option.dataset.list);
    }

    // A card by its number: in the page, or fetched once.
    const fetched = new Map();
    function card(n) {
      if (cards.has(n)) return Promise.resolve(cards.get(n));
      if (!fetched.has(n)) {
        const json = offline
          ? offline.load(`${cardsBase}c/${n}.json`).then((html) => {
            if (html === null) throw new Error(`card ${n}`);
            return html;
          })
          : fetch(`${cardsBase}c/${n}.json`).then((r) => {
            if (!r.ok) throw new Error(r.status);
            return r.json();
          });
        fetched.set(n, json.then((html) => {
          const t = document.createElement('template');
          t.innerHTML = html;
          const li = t.content.firstElementChild;
          if (offline) offline.relink(li);
          cards.set(n, li);
          return li;
        }).catch((e) => { fetched.delete(n); throw e; }));
      }
      return fetched.get(n);
    }

    // What the list shows: the page as rendered, or a selection and how many of it are shown.
    let view = null;
    const STEP = 20;
    async function show(upTo) {
      const wanted = view.found.slice(0, upTo);
      const got = await Promise.allSettled(wanted.map(card));
      const shown = got.filter((r) => r.status === 'fulfilled').map((r) => r.value);
      view.shown = wanted.length;
      list.replaceChildren(...shown);
      for (const li of shown) li.hidden = false;
      const missing = shown.length < wanted.length;
      const total = view.found.length;
      say(fill(total > wanted.length ? count.dataset.shown : count.dataset.template,
        { count: numbers.format(total), shown: numbers.format(wanted.length) })
        + (missing ? ' ' + count.dataset.incomplete : ''));
      if (more) more.hidden = total <= wanted.length;
    }
    function restore() {
      view = null;
      list.replaceChildren(...page.cards);
      for (const li of page.cards) li.hidden = false;
      say(page.count);
      showTotals(null);
      for (const nav of pagers) nav.hidden = false;
      if (more) more.hidden = true;
    }

    // Without the index (it failed to load), the cards at hand are filtered and the count says
    // the list may be incomplete.
    function atHand(v) {
      const min = num(v.min), max = num(v.max);
      const data = (li, k) => li.getAttribute('data-' + k) || '';
      const has = (li, k) => !v[k] || words(data(li, k === 'locality' ? 'localities' : k)).includes(v[k]);
      let shown = 0;
      list.replaceChildren(...page.cards);
      for (const li of page.cards) {
        const sought = Number(data(li, 'still-sought')) || 0;
        li.hidden = !(FACETS.every((k) => has(li, k)) && (min === null || sought >= min) && (max === null || sought <= max));
        if (!li.hidden) shown++;
      }
      say(fill(count.dataset.template, { count: numbers.format(shown) }) + ' ' + count.dataset.incomplete);
      if (more) more.hidden = true;
    }

    let asked = 0;
    // The book's link becomes the leaflet's when the form narrows the list to one sector or
    // one place that has one (the leaflet holds that slice's open needs, whatever the order).
    const printLink = document.querySelector('.print-link[data-leaflet-label]');
    const book = printLink && { href: printLink.getAttribute('href'), text: printLink.textContent };
    function offerLeaflet(v) {
      if (!book) return;
      const one = ['sector', 'locality'].filter((k) => v[k]);
      const select = one.length === 1 && !v.period && !v.status && !v.min && !v.max && form.elements[one[0]];
      const leaflet = select && select.selectedOptions[0] && select.selectedOptions[0].dataset.leaflet;
      printLink.setAttribute('href', leaflet || book.href);
      printLink.textContent = leaflet ? printLink.dataset.leafletLabel : book.text;
    }

    async function apply() {
      const v = values();
      keepUrl();
      offerLeaflet(v);
      if (leaving || leave(v) || resort(v)) return;
      const mine = ++asked;
      if (!changed(v)) {
        restore();
        return;
      }
      const choice = { sector: v.sector || '', locality: v.locality || '', period: v.period || '', status: v.status || '',
        min: num(v.min ?? ''), max: num(v.max ?? ''), sort: v.sort || 'newest' };
      let selection;
      try {
        selection = await index.select(choice, lang);
      } catch (e) {
        if (mine === asked) atHand(v);
        return;
      }
      if (mine !== asked) return;
      view = { ...selection, shown: 0 };
      for (const nav of pagers) nav.hidden = true;
      showTotals(selection.totals);
      await show(STEP);
    }

    // While cards load (seconds on a slow connection) the list says it is busy: assistive
    // technology waits for it, the style sheet dims it, and so does a test.
    let pending = 0;
    const busy = (work) => {
      pending++;
      list.setAttribute('aria-busy', 'true');
      return work().catch(() => {}).finally(() => {
        if (--pending === 0) list.removeAttribute('aria-busy');
      });
    };
    const update = () => busy(apply);
    form.addEventListener('submit', (e) => { e.preventDefault(); update(); });
    form.addEventListener('input', update);
    form.addEventListener('change', update);
    if (more) {
      more.addEventListener('click', () => busy(async () => {
        if (!view) return;
        const first = view.shown;
        await show(view.shown + STEP);
        // Focus moves to the first card added, so that a keyboard user reads on from there.
        const li = list.children[first];
        const link = li && li.querySelector('a');
        if (link) link.focus();
      }));
    }
    // A shared filtered view is restored at once.
    if (controls.some((el) => query.has(el.name))) update();
  }

  const start = () => {
    scrollingTables();
    const filters = $('project-filters'), list = $('project-list');
    if (filters && list) catalogue(filters, list);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
