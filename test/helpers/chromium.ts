import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** The system's Chromium (apt-get install -y chromium; CHROMIUM_PATH elsewhere), driven headless by playwright-core. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Portal hosts are <name>.localhost:<port>: make every one of them this machine.
  '--host-resolver-rules=MAP *.localhost 127.0.0.1',
];

/** false when Chromium is there; else why a browser test is skipped. */
export const browserSkip: false | string = existsSync(CHROMIUM)
  ? false
  : `${CHROMIUM} is missing: install it with apt-get install -y chromium`;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * What a reader on a narrow screen would suffer: the page wider than the viewport, the elements
 * that stick out (left or right, so right-to-left pages count too), and images without alt text.
 * Runs in the page.
 */
export const LAYOUT_PROBE = `(() => {
  const root = document.documentElement;
  const width = root.clientWidth;
  const wide = [...document.querySelectorAll('body *')]
    .filter((e) => {
      const box = e.getBoundingClientRect();
      return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5);
    })
    .map((e) => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''))
    .slice(0, 5);
  const noAlt = [...document.images].filter((i) => !(i.getAttribute('alt') || '').trim()).length;
  return { scrollWidth: root.scrollWidth, clientWidth: width, wide, noAlt, lang: root.lang, dir: root.dir };
})()`;

export interface LayoutReport {
  readonly scrollWidth: number;
  readonly clientWidth: number;
  readonly wide: readonly string[];
  readonly noAlt: number;
  readonly lang: string;
  readonly dir: string;
}
