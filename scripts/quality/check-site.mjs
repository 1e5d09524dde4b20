#!/usr/bin/env node
// The node gates over a built site: weight, external, a11y (see scripts/gates).
// Usage: node scripts/quality/check-site.mjs --gates weight,external,a11y --status FILE SITE_DIR
// Prints each gate's failures, writes one verdict line per gate to FILE, exits 1 if any fails.
// GATES_ALL_PAGES=1 runs the browser gates over every page instead of one per template.
// GATES_TIMING=1 prints the time the browser spent on each page.
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkWeight } from './weight.mjs';
import { checkExternalStatic } from './external.mjs';
import { runBrowser, VIEWPORTS } from './browser.mjs';
import { templateSamples, htmlPages, isDir, fileOf } from './site.mjs';

const { values, positionals } = parseArgs({ options: { gates: { type: 'string' }, status: { type: 'string' } }, allowPositionals: true });
const root = positionals[0];
if (!root || !isDir(root) || !values.gates) {
  console.error('usage: check-site.mjs --gates weight,external,a11y [--status FILE] SITE_DIR');
  process.exit(2);
}
const gates = new Set(values.gates.split(','));
let failed = false;

function verdict(gate, ok, summary, details) {
  failed ||= !ok;
  const line = `${ok ? 'PASS' : 'FAIL'}  ${gate.padEnd(8)} ${summary}`;
  if (!ok && details.length) console.log(details.map((d) => `  ${d}`).join('\n'));
  console.log(line);
  if (values.status) appendFileSync(values.status, line + '\n');
}

const timed = async (f) => { const t = Date.now(); const r = await f(); return [r, ((Date.now() - t) / 1000).toFixed(1)]; };

if (gates.has('weight')) {
  console.log('== weight: HTML + CSS ≤ 50 kB and JS ≤ 30 kB per page, gzip -9');
  const [r, s] = await timed(() => checkWeight(root));
  verdict('weight', r.ok, `${r.summary}; ${r.details.length} over (${s} s)`, r.details);
}

let staticExternal;
if (gates.has('external')) staticExternal = checkExternalStatic(root);

if (gates.has('a11y') || gates.has('external')) {
  const all = process.env.GATES_ALL_PAGES ? htmlPages(root).map((p) => ({ label: p, url: p.replace(/index\.html$/, '') })) : templateSamples(root);
  // A page that only redirects (<meta http-equiv="refresh">, such as the root's language
  // redirect) is never read by anyone: the browser would leave it at once. vnu checks it.
  const isRedirect = (s) => /<meta[^>]+http-equiv\s*=\s*["']?refresh/i.test(readFileSync(join(root, fileOf(s.url)), 'utf8'));
  const samples = all.filter((s) => !isRedirect(s));
  if (samples.length < all.length) console.log(`(skipping redirect-only page(s): ${all.filter(isRedirect).map((s) => s.url).join(' ')})`);
  console.log(`== browser: ${samples.length} pages × ${VIEWPORTS.length} widths (${VIEWPORTS.map((v) => v.width).join(', ')} px): ${samples.map((s) => s.url).join(' ')}`);
  const checks = new Set([...gates].filter((g) => g === 'a11y' || g === 'external'));
  const [r, s] = await timed(() => runBrowser(root, samples, checks));
  if (gates.has('a11y')) {
    const keyboard = r.a11y.failures.filter((f) => / keyboard: /.test(f)).length;
    const reflow = r.a11y.failures.filter((f) => / reflow: /.test(f)).length;
    if (r.a11y.review.length) console.log(`  note: axe could not decide (check by eye, not a failure): ${r.a11y.review.join(', ')}`);
    const ok = r.a11y.failures.length === 0 && samples.length > 0;
    verdict('a11y', ok, `axe WCAG 2.2 A/AA + target-size: ${r.a11y.violations} violating element(s); keyboard: ${keyboard} problem(s) (skip link; ${r.a11y.form.controls} filter controls); reflow at 375 px: ${reflow}; ${r.a11y.views} page views (${s} s)`, r.a11y.failures);
  }
  if (gates.has('external')) {
    const failures = [...staticExternal.failures.map((f) => `static: ${f}`), ...r.external.failures];
    verdict('external', failures.length === 0,
      `${staticExternal.failures.length} external reference(s) in ${staticExternal.scanned}; ${r.external.failures.length} of ${r.external.requests} browser requests left 127.0.0.1`, failures);
  }
}
process.exit(failed ? 1 : 0);
