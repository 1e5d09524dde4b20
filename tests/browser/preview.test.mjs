// The preview in headless Chromium, as staff use it: a page left open changes
// by itself after an edit is saved, a mistake appears in the page with its
// place and fix, and goes when it is fixed. Nobody reloads the page here.
//
//   node tests/browser/preview.test.mjs MINHBACH_BINARY FIXTURE_SITE
//
// Exits 1 with what failed, 2 on bad usage.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumOptions } from '../../scripts/quality/serve.mjs';

const [binary, fixture] = process.argv.slice(2);
if (!binary || !fixture) {
  console.error('usage: node tests/browser/preview.test.mjs MINHBACH_BINARY FIXTURE_SITE');
  process.exit(2);
}

const freePort = () => new Promise((ok) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => ok(port));
  });
});

const work = await mkdtemp(join(tmpdir(), 'minhbach-preview-test-'));
const site = join(work, 'site');
await cp(resolve(fixture), site, { recursive: true });
const port = await freePort();
const preview = spawn(resolve(binary), ['--lang', 'en', 'serve', '--port', String(port), site], {
  env: { ...process.env, SOURCE_DATE_EPOCH: '1796083200' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((ok, fail) => {
  let seen = '';
  preview.stdout.on('data', (chunk) => {
    seen += chunk;
    if (seen.includes('preview on http://127.0.0.1:')) ok();
  });
  preview.on('exit', (code) => fail(new Error(`the preview ended with ${code}`)));
});

const failures = [];
const edit = async (file, from, to) => {
  const path = join(site, file);
  const text = await readFile(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  await writeFile(path, text.replace(from, to));
};
const browser = await chromium.launch(chromiumOptions());
try {
  const page = await browser.newPage();
  let reloads = 0;
  page.on('load', () => { reloads += 1; });
  await page.goto(`http://127.0.0.1:${port}/vi/trang/gioi-thieu/`);
  const title = () => page.locator('h1').first().textContent();
  if ((await title()).trim() !== 'Giới thiệu') failures.push(`unexpected first title: ${await title()}`);

  // An edit: the open page shows it by itself.
  const saved = Date.now();
  await edit('content/pages/gioi-thieu/vi.md', 'title = "Giới thiệu"', 'title = "Giới thiệu cổng"');
  try {
    await page.waitForFunction(() => document.querySelector('h1')?.textContent.trim() === 'Giới thiệu cổng', null, { timeout: 15000 });
    console.log(`  the edit showed in the open page ${Date.now() - saved} ms after the save`);
  } catch {
    failures.push('the open page did not show the edit by itself');
  }

  // A mistake: it shows in the page within a second, with its file, line and fix.
  const mistaken = Date.now();
  await edit('content/projects/truong-mam-non-tien-phong/facts.toml', 'sector = "education"', 'sector = "educaton"');
  try {
    const panel = page.locator('#minhbach-mistakes');
    await panel.waitFor({ state: 'visible', timeout: 15000 });
    const took = Date.now() - mistaken;
    console.log(`  the mistake showed in the open page ${took} ms after the save`);
    if (took > 1000) failures.push(`the mistake took ${took} ms to show, more than a second`);
    const text = await panel.textContent();
    for (const words of ['educaton', 'facts.toml:2:10', 'did you mean `education`?']) {
      if (!text.includes(words)) failures.push(`the mistake panel lacks ${JSON.stringify(words)}: ${text}`);
    }
    if ((await title()).trim() !== 'Giới thiệu cổng') failures.push('the last good build is not shown under the mistake');
  } catch {
    failures.push('the mistake did not show in the open page');
  }

  // Fixed: the panel goes by itself, within a second too.
  const fixed = Date.now();
  await edit('content/projects/truong-mam-non-tien-phong/facts.toml', 'sector = "educaton"', 'sector = "education"');
  try {
    await page.locator('#minhbach-mistakes').waitFor({ state: 'detached', timeout: 15000 });
    const took = Date.now() - fixed;
    console.log(`  the mistake left the open page ${took} ms after its fix`);
    if (took > 1000) failures.push(`the fixed mistake took ${took} ms to leave, more than a second`);
  } catch {
    failures.push('the mistake stayed in the page after its fix');
  }
  if (reloads < 3) failures.push(`the page reloaded ${reloads} times for 3 builds`);
} finally {
  await browser.close();
  preview.kill('SIGINT');
  await new Promise((ok) => preview.on('exit', ok));
  await rm(work, { recursive: true, force: true });
}

if (failures.length) {
  console.error(failures.map((f) => `FAIL ${f}`).join('\n'));
  process.exit(1);
}
console.log('  the preview reloads the open page, shows a mistake and clears it');
