// Just enough HTML reading for the static gates: start tags and their attributes.
// Comments are removed first; the contents of <script> and <style> are not scanned as tags.

/** Start tags named `name` in `html`, as their source text. */
export function tags(html, name) {
  const clean = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<(script|style)(?=[\s>])[^>]*>)[\s\S]*?<\/\2\s*>/gi, '$1');
  const re = new RegExp(`<${name}(?=[\\s/>])[^>]*>`, 'gi');
  return clean.match(re) ?? [];
}

/** The attributes of one start tag, names lower-cased, entities &amp; decoded. */
export function attrs(tag) {
  const out = {};
  const re = /([^\s"'<>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  const body = tag.replace(/^<[^\s/>]+/, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(re)) {
    out[m[1].toLowerCase()] = (m[2] ?? m[3] ?? m[4] ?? '').replace(/&amp;/g, '&');
  }
  return out;
}

/** True when a URL stays on the site: relative, root-relative, data: or a fragment. */
export function isLocal(url) {
  const u = url.trim();
  if (u.startsWith('//')) return false;
  return !/^[a-z][a-z0-9+.-]*:/i.test(u) || /^(data|blob|about):/i.test(u);
}

/** The text of every <style> element in `html`. */
export function styleBlocks(html) {
  return [...html.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<style(?=[\s>])[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((m) => m[1]);
}

/** Every URL that a piece of CSS fetches: url(…) and @import "…". */
export function cssUrls(css) {
  const out = [];
  const clean = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const m of clean.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi)) out.push(m[1] ?? m[2] ?? m[3]);
  for (const m of clean.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) out.push(m[1] ?? m[2]);
  return out;
}
