// The browser gates, in one launch of Debian's chromium: axe-core (WCAG 2.0–2.2 A and AA,
// with target-size), the keyboard checks, and every request the pages make.
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { serve, chromiumOptions } from './serve.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = require.resolve('axe-core/axe.min.js');
const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  rules: { 'target-size': { enabled: true } },
  resultTypes: ['violations', 'incomplete'],
};
export const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'mobile', width: 375, height: 800 },
];

/**
 * Visits every sample page at every viewport. `checks` is a set of 'a11y', 'external'.
 * Returns { a11y: { failures, views, violations, review, form }, external: { failures, requests } }.
 */
export async function runBrowser(root, samples, checks) {
  const server = await serve(root);
  const browser = await chromium.launch(chromiumOptions());
  const result = { a11y: { failures: [], views: 0, form: { controls: 0 } }, external: { failures: [], requests: 0 } };
  const violations = new Map(); // rule id → { impact, help, url, nodes: [{ where, target, summary }] }
  const review = new Map(); // rule id → elements axe could not decide (reported, not failed)
  const outside = new Map(); // "page [viewport]: url" → the kinds of request made for it
  try {
    for (const vp of VIEWPORTS) {
      const context = await browser.newContext({ viewport: { width: vp.width, height: vp.height } });
      let current = '';
      context.on('request', (req) => {
        result.external.requests += 1;
        const url = req.url();
        if (!url.startsWith(server.origin + '/') && !/^(data|blob|about):/.test(url)) {
          const key = `${current} [${vp.name}]: request to ${url}`;
          outside.set(key, (outside.get(key) ?? new Set()).add(req.resourceType()));
        }
      });
      // Nothing leaves the machine: requests to other hosts are recorded above, then refused.
      await context.route((url) => !url.href.startsWith(server.origin + '/'), (route) => route.abort('blockedbyclient'));
      const page = await context.newPage();
      for (const s of samples) {
        current = s.url;
        const t0 = Date.now();
        const where = `${s.url} [${vp.name}]`;
        const response = await page.goto(server.origin + s.url, { waitUntil: 'load', timeout: 20_000 });
        if (!response || response.status() !== 200) {
          for (const c of checks) result[c].failures.push(`${where}: HTTP ${response?.status()} when loading the page`);
          continue;
        }
        if (!checks.has('a11y')) continue;
        result.a11y.views += 1;
        await page.addScriptTag({ path: AXE_SOURCE });
        const axe = await page.evaluate((o) => window.axe.run(document, o), AXE_OPTIONS);
        for (const v of axe.violations) {
          const entry = violations.get(v.id) ?? { impact: v.impact, help: v.help, url: v.helpUrl, nodes: [] };
          for (const n of v.nodes) entry.nodes.push({ where, target: n.target.join(' '), summary: n.failureSummary });
          violations.set(v.id, entry);
        }
        for (const v of axe.incomplete) review.set(v.id, (review.get(v.id) ?? 0) + v.nodes.length);
        if (vp.width < 400) {
          // WCAG 1.4.10 Reflow: no sideways scrolling of the page itself on a narrow screen
          // (wide tables scroll inside their own focusable region).
          const wide = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
          if (wide > 0) result.a11y.failures.push(`${where}: reflow: the page is ${wide} px wider than the ${vp.width} px screen`);
        }
        // A message read in a mail program has no site around it to skip.
        const problems = s.mail ? [] : await keyboardProblems(page, server.origin + s.url, result.a11y.form);
        for (const problem of problems) {
          result.a11y.failures.push(`${where}: keyboard: ${problem}`);
        }
        if (process.env.GATES_TIMING) console.log(`  timing ${where}: ${Date.now() - t0} ms`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  for (const [id, v] of violations) {
    const pages = new Set(v.nodes.map((n) => n.where));
    result.a11y.failures.push(`axe ${id} (${v.impact}): ${v.help} — ${v.nodes.length} element(s) on ${pages.size} page view(s) ${v.url}`);
    const shown = v.nodes.slice(0, 6);
    for (const n of shown) result.a11y.failures.push(`    ${n.where} ${n.target}\n      ${n.summary.replace(/\n/g, '\n      ')}`);
    if (v.nodes.length > shown.length) result.a11y.failures.push(`    … and ${v.nodes.length - shown.length} more`);
  }
  for (const [key, kinds] of outside) result.external.failures.push(`${key} (${[...kinds].join(', ')})`);
  result.a11y.review = [...review].map(([id, n]) => `${id} (${n})`);
  result.a11y.violations = [...violations.values()].reduce((n, v) => n + v.nodes.length, 0);
  return result;
}

/** What fails in the keyboard checks of one page, as sentences; [] when all is well. */
async function keyboardProblems(page, url, stats) {
  const problems = [];
  await page.goto(url, { waitUntil: 'load' });
  await page.keyboard.press('Tab');
  const skip = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { error: 'the first Tab focuses nothing' };
    const href = el.getAttribute('href') ?? '';
    const describe = `<${el.tagName.toLowerCase()}${href ? ` href="${href}"` : ''}> “${el.textContent.trim().slice(0, 40)}”`;
    if (el.tagName !== 'A' || !href.startsWith('#') || href.length < 2) return { error: `the first Tab focuses ${describe}, not a skip link` };
    const target = document.getElementById(decodeURIComponent(href.slice(1)));
    if (!target) return { error: `the skip link points to ${href}, which is not on the page` };
    if (!(target.tagName === 'MAIN' || target.getAttribute('role') === 'main')) return { error: `the skip link points to ${href}, which is not the main element` };
    const r = el.getBoundingClientRect();
    const onScreen = r.width >= 1 && r.height >= 1 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    const style = getComputedStyle(el);
    if (!onScreen || !(hit === el || el.contains(hit)) || style.visibility !== 'visible' || Number(style.opacity) === 0) {
      return { error: `the focused skip link is not visible (box ${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)})` };
    }
    return { ok: true };
  });
  if (skip.error) problems.push(skip.error);
  else {
    await page.keyboard.press('Enter');
    const moved = await page.evaluate(() => {
      const main = document.querySelector('main, [role=main]');
      const el = document.activeElement;
      return !!main && !!el && (el === main || main.contains(el));
    });
    if (!moved) problems.push('activating the skip link does not move focus to the main content');
  }
  problems.push(...(await filterFormProblems(page, stats)));
  return problems;
}

/**
 * Every control of a filter form in main is reached by Tab and shows a focus indicator.
 * Tabs on from where the skip link left focus (the form is in main) until every control has
 * been reached or focus has left main.
 */
async function filterFormProblems(page, stats) {
  const count = await page.evaluate(() => {
    const controls = [...document.querySelectorAll('main form select, main form input:not([type=hidden]), main form button, main form textarea')]
      .filter((c) => !c.disabled && c.checkVisibility()); // a form hidden until its script runs is not there yet
    controls.forEach((c, i) => c.setAttribute('data-gate-control', String(i)));
    return controls.some((c) => c.matches('select, input[type=checkbox], input[type=radio]')) ? controls.length : 0;
  });
  if (count === 0) return [];
  // The look of a control (and its labels, and their ::before/::after): outline, shadow, border, background.
  const look = (c) => {
    const out = [];
    for (const el of [c, ...(c.labels ?? [])]) for (const pseudo of [null, '::before', '::after']) {
      const s = getComputedStyle(el, pseudo);
      out.push([s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.borderColor, s.backgroundColor].join('|'));
    }
    return out.join(';');
  };
  const info = await page.evaluate((lookSource) => {
    const lookOf = new Function(`return (${lookSource})`)();
    return [...document.querySelectorAll('[data-gate-control]')].map((c) => ({
      i: c.getAttribute('data-gate-control'),
      name: `<${c.tagName.toLowerCase()}${c.type ? ` type="${c.type}"` : ''}${c.name ? ` name="${c.name}"` : ''}${c.value && (c.type === 'checkbox' || c.type === 'radio') ? ` value="${c.value}"` : ''}>`,
      radio: c.type === 'radio' ? c.name : null,
      before: lookOf(c),
    }));
  }, look.toString());
  const reached = new Map(); // control index → its look changed when focused
  for (let step = 0; step < 600 && reached.size < info.length; step += 1) {
    await page.keyboard.press('Tab');
    const now = await page.evaluate((lookSource) => {
      const el = document.activeElement;
      const i = el?.getAttribute('data-gate-control');
      if (i == null) return { inMain: !!el?.closest('main') };
      return { inMain: true, i, look: new Function(`return (${lookSource})`)()(el) };
    }, look.toString());
    if (now.i != null) reached.set(now.i, now.look !== info[Number(now.i)].before);
    else if (!now.inMain && reached.size > 0) break; // past the form and out of main
  }
  stats.controls += info.length;
  const problems = [];
  const radioGroupsReached = new Set(info.filter((c) => c.radio && reached.has(c.i)).map((c) => c.radio));
  for (const c of info) {
    if (!reached.has(c.i)) {
      if (c.radio && radioGroupsReached.has(c.radio)) continue; // one Tab stop per radio group
      problems.push(`filter control ${c.name} is not reached by Tab`);
    } else if (!reached.get(c.i)) problems.push(`filter control ${c.name} shows no focus indicator (outline, box-shadow, border and background unchanged)`);
  }
  return problems;
}
