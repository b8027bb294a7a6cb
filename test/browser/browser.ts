/** Debian's Chromium driven by playwright-core, and page screenshots at two widths. */
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const screenshotDir = join(repoRoot, 'artifacts', 'screenshots');

export const DESKTOP = { width: 1280, height: 900 } as const;
export const PHONE = { width: 390, height: 844 } as const;

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** `artifacts/screenshots/<name>-desktop.png` and `<name>-phone.png`, full page. */
export async function screenshotBoth(page: Page, name: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  const original = page.viewportSize() ?? DESKTOP;
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: join(screenshotDir, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: join(screenshotDir, `${name}-phone.png`), fullPage: true });
  await page.setViewportSize(original);
}

/** Presses Tab until the element with `id` has focus; returns how many presses it took (or -1). */
export async function tabTo(page: Page, id: string, maxPresses = 25): Promise<number> {
  for (let i = 1; i <= maxPresses; i += 1) {
    await page.keyboard.press('Tab');
    if ((await page.locator(':focus').getAttribute('id')) === id) return i;
  }
  return -1;
}

/** The `href` attributes of the matched links, in document order. */
export async function hrefs(links: Locator): Promise<string[]> {
  const values: string[] = [];
  for (const link of await links.all()) values.push((await link.getAttribute('href')) ?? '');
  return values;
}

/** The computed outline style of the focused element (keyboard focus must be visible). */
export async function focusOutline(page: Page): Promise<string> {
  return String(
    await page.evaluate(
      'document.activeElement ? getComputedStyle(document.activeElement).outlineStyle : "none"',
    ),
  );
}
