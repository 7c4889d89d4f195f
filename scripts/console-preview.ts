import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CONSOLE_STYLESHEET } from '../src/http/console/components/console-css.js';
import { renderSamplePages } from '../test/unit/console-sample-pages.js';

/**
 * Screenshots of the operator console's views with realistic sample data:
 *   node --import tsx scripts/console-preview.ts            the documented set → docs/images/console-*.png
 *   node --import tsx scripts/console-preview.ts --all DIR  every page and state, desktop and phone → DIR
 * Renders each page to a temporary directory, serves it with the style sheet from a local
 * node:http server under the console's Content-Security-Policy (a violation is reported and fails
 * the run), and takes full-page shots with Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
 */

const CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'";
// The states the docs show from samples. The main pages (overview, portals, portal, clients,
// webhooks, audit, and the phone shots) are screenshots of the running app, taken by
// test/e2e/console.test.ts with CONSOLE_SCREENSHOTS_DIR=docs/images: not overwritten here.
const DOCUMENTED = [
  'signin-error',
  'portal-remove-confirm',
  'clients-errors',
  'client-rotated',
  'webhook-created',
  'settings-error',
  'portals-empty',
];
const DOCUMENTED_PHONE: readonly string[] = [];

async function main(): Promise<number> {
  const all = process.argv.includes('--all');
  const outArg = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const outDir = resolve(outArg ?? 'docs/images');
  mkdirSync(outDir, { recursive: true });

  const pages = renderSamplePages();
  const dir = mkdtempSync(join(tmpdir(), 'console-preview-'));
  for (const p of pages) writeFileSync(join(dir, `${p.name}.html`), p.html);
  const server = serve(dir);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const problems: string[] = [];
  try {
    const shots = [
      ...pages
        .filter((p) => all || DOCUMENTED.includes(p.name))
        .map((p) => ({ name: p.name, width: 1280, file: `console-${p.name}.png` })),
      ...pages
        .filter((p) => all || DOCUMENTED_PHONE.includes(p.name))
        .map((p) => ({ name: p.name, width: 375, file: `console-${p.name}-phone.png` })),
    ];
    for (const shot of shots) {
      const context = await browser.newContext({ viewport: { width: shot.width, height: 800 }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`${shot.file}: ${m.text()}`);
      });
      await page.goto(`${base}/preview/${shot.name}.html`, { waitUntil: 'load' });
      const file = join(outDir, shot.file);
      await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
      process.stdout.write(`${file}  ${Math.round(statSync(file).size / 1024)} KB\n`);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  for (const p of problems) process.stderr.write(`browser error: ${p}\n`);
  return problems.length === 0 ? 0 : 1;
}

/** The rendered pages under /preview/, the style sheet at its real path, the console's CSP on all. */
function serve(dir: string): Server {
  return createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    res.setHeader('Content-Security-Policy', CSP);
    if (path === CONSOLE_STYLESHEET.href) {
      res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8' }).end(CONSOLE_STYLESHEET.css);
      return;
    }
    const match = /^\/preview\/([a-z0-9-]+)\.html$/.exec(path);
    if (match) {
      try {
        res
          .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
          .end(readFileSync(join(dir, `${match[1]}.html`)));
        return;
      } catch {
        // fall through to 404
      }
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  });
}

process.exitCode = await main();
