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

/**
 * `artifacts/screenshots/<name>-desktop.png` and `<name>-phone.png`, full page. At each width the
 * page must not scroll sideways, every form control must be labelled and the visible text must
 * meet WCAG AA contrast; the problems found are returned (empty when the page looks right).
 */
export async function screenshotBoth(page: Page, name: string): Promise<string[]> {
  await mkdir(screenshotDir, { recursive: true });
  const original = page.viewportSize() ?? DESKTOP;
  const problems: string[] = [];
  for (const [width, size] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(screenshotDir, `${name}-${width}.png`), fullPage: true });
    for (const p of await layoutProblems(page)) problems.push(`${name}-${width}: ${p}`);
  }
  await page.setViewportSize(original);
  return problems;
}

/**
 * Runs in the page: elements sticking out of the viewport sideways (the page would scroll
 * horizontally), form controls without a label, and text whose colour contrast with its (blended) background is below WCAG AA
 * (4.5:1, or 3:1 for large text). Off-screen and visually hidden elements are skipped.
 */
const LAYOUT_PROBLEMS = `(() => {
  const problems = [];
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width + 1) {
    problems.push('page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + width);
  }
  const describe = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
    (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width > 1 && r.height > 1 && r.right > width + 1 && r.left < width && !el.closest('.table-wrap')) {
      problems.push('sticks out on the right: ' + describe(el) + ' (' + Math.round(r.right) + ' > ' + width + ')');
    }
  }
  // every form control has a name a screen reader can read out
  for (const el of document.querySelectorAll('input:not([type=hidden]), select, textarea, button')) {
    const labelled = (el.labels && el.labels.length > 0) || el.getAttribute('aria-label') ||
      el.getAttribute('aria-labelledby') || (el.tagName === 'BUTTON' && el.textContent.trim());
    if (!labelled) problems.push('control without a label: ' + describe(el));
  }
  const parse = (c) => {
    const m = /rgba?\\(([^)]+)\\)/.exec(c);
    if (!m) return [0, 0, 0, 0];
    const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const over = (top, bottom) => {
    const a = top[3];
    return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1);
  };
  const backgroundOf = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) layers.push(c);
      if (c[3] >= 1) break;
    }
    let color = [255, 255, 255, 1];
    for (let i = layers.length - 1; i >= 0; i -= 1) color = over(layers[i], color);
    return color;
  };
  const opacityOf = (el) => {
    let o = 1;
    for (let e = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
    return o;
  };
  const lum = (c) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
  };
  const seen = new Set();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const el = node.parentElement;
    if (!el || seen.has(el) || !node.textContent.trim()) continue;
    seen.add(el);
    const style = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    if (style.visibility !== 'visible' || r.width <= 1 || r.height <= 1 || r.bottom < 0) continue;
    // disabled controls are exempt from the contrast rule (WCAG 1.4.3)
    if (el.closest('script, style, noscript, option, :disabled')) continue;
    const bg = backgroundOf(el);
    const fg = parse(style.color);
    const text = over([fg[0], fg[1], fg[2], fg[3] * opacityOf(el)], bg);
    const [hi, lo] = [lum(text), lum(bg)].sort((a, b) => b - a);
    const ratio = (hi + 0.05) / (lo + 0.05);
    const px = parseFloat(style.fontSize);
    const large = px >= 24 || (Number(style.fontWeight) >= 700 && px >= 18.66);
    const need = large ? 3 : 4.5;
    if (ratio < need) {
      problems.push('contrast ' + ratio.toFixed(2) + ' < ' + need + ': ' + describe(el) + ' "' + node.textContent.trim().slice(0, 30) + '"');
    }
  }
  return [...new Set(problems)];
})()`;

export async function layoutProblems(page: Page): Promise<string[]> {
  return (await page.evaluate(LAYOUT_PROBLEMS)) as string[];
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
