// minhbach's disc edition (`build --offline`) only: src/offline.rs writes this file into assets/
// and every page loads it before its other scripts. Opened from a disc (file://), a browser
// refuses fetch(); the build wrote each data file of the search and the filters also as a script,
// NAME.js, that hands the same data to `put`, and `load` adds that script to the page instead.
// The site's scripts use `load` only when the page comes from file://.
'use strict';
(() => {
  // This file is in assets/, one folder below the site's root.
  const root = new URL('../', document.currentScript.src).href;
  const waiting = new Map(); // script element → its promise's resolve
  /** The data of the file at `address` (relative to the page, as the pages' data attributes give
   *  it): parsed JSON, or a Uint8Array for a binary file; null when there is no such file. */
  function load(address) {
    return new Promise((resolve) => {
      const script = document.createElement('script');
      script.src = address + '.js';
      waiting.set(script, resolve);
      // A file that is not there is what a 404 is online: no such data.
      script.onerror = () => { waiting.delete(script); script.remove(); resolve(null); };
      document.head.append(script);
    });
  }
  /** Called by each NAME.js with its own script element and its data. */
  function put(script, data, binary) {
    const resolve = waiting.get(script);
    waiting.delete(script);
    script.remove();
    if (resolve) resolve(binary ? Uint8Array.from(atob(data), (c) => c.charCodeAt(0)) : data);
  }
  /** A site address (/vi/du-an/x/#y) as a file of the disc: …/vi/du-an/x/index.html#y. */
  function href(address) {
    const [, path, rest] = address.match(/^\/([^?#]*)(.*)$/) || [null, address, ''];
    return root + path + (path === '' || path.endsWith('/') ? 'index.html' : '') + rest;
  }
  /** Every link from the site's root inside `node` (a card made from the data) as a file. */
  function relink(node) {
    for (const a of node.querySelectorAll('a[href^="/"]')) a.href = href(a.getAttribute('href'));
  }
  globalThis.MinhbachOffline = { load, put, href, relink };
})();
