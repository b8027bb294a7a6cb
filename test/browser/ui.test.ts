/**
 * The staff web interface end to end, in Debian's Chromium against the real API and worker
 * (test/helpers/stack.ts) on the real Meilisearch and Redis of the global setup: sign in, upload
 * the seeds archive and an HTML-laden text, search, follow citations, filter, and check that
 * document text is shown as text. Screenshots of every page go to artifacts/screenshots/.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Dialog, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../helpers/stack.ts';
import {
  DESKTOP,
  focusOutline,
  hrefs,
  launchChromium,
  repoRoot,
  screenshotBoth,
  tabTo,
} from './browser.ts';

interface ZipListing {
  members: Array<{ path: string; documentId: string }>;
}

const UPLOADER = { username: 'bientap', password: 'mat-khau-bien-tap-1', role: 'uploader' };
const VIEWER = { username: 'xemvanban', password: 'mat-khau-xem-van-ban', role: 'viewer' };

let stack: Stack;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const dialogs: string[] = [];
const pageErrors: string[] = [];
let idsOf: (seed: string) => string[];

async function createUser(user: typeof UPLOADER): Promise<void> {
  const response = await stack.request('/api/admin/users', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(user),
  });
  expect(response.status, await response.clone().text()).toBeLessThan(300);
}

async function signIn(p: Page, user: typeof UPLOADER, path = '/'): Promise<void> {
  await p.goto(`${stack.baseUrl}${path}`);
  await expect.poll(() => new URL(p.url()).pathname).toBe('/dang-nhap');
  await p.getByLabel('Tên đăng nhập').fill(user.username);
  await p.getByLabel('Mật khẩu').fill(user.password);
  await Promise.all([
    p.waitForURL((url) => url.pathname !== '/dang-nhap'),
    p.getByRole('button', { name: 'Đăng nhập' }).click(),
  ]);
}

beforeAll(async () => {
  const listing = JSON.parse(
    await readFile(join(repoRoot, 'fixtures/expected/seeds-zip.json'), 'utf8'),
  ) as ZipListing;
  idsOf = (seed) =>
    listing.members.filter((m) => m.path.includes(`/${seed}.`)).map((m) => m.documentId);
  [stack, browser] = await Promise.all([startStack({ workers: 1 }), launchChromium()]);
  await createUser(UPLOADER);
  await createUser(VIEWER);
  context = await browser.newContext({ viewport: DESKTOP, locale: 'vi-VN' });
  page = await context.newPage();
  page.on('dialog', (dialog: Dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await stack?.stop();
});

describe('staff web interface', () => {
  it('sends anonymous visitors to a labelled sign-in form and signs the uploader in', async () => {
    await page.goto(`${stack.baseUrl}/tim-kiem?q=35`);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/dang-nhap');
    expect(url.searchParams.get('next')).toBe('/tim-kiem?q=35');
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await expect.poll(() => page.getByRole('textbox', { name: 'Tên đăng nhập' }).count()).toBe(1);
    await screenshotBoth(page, 'sign-in');

    await page.getByLabel('Tên đăng nhập').fill(UPLOADER.username);
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau-roi');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Tên đăng nhập hoặc mật khẩu không đúng');

    await signIn(page, UPLOADER, '/tim-kiem?q=35');
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/tim-kiem?q=35');
    await expect.poll(() => page.getByRole('link', { name: 'Tải lên' }).count()).toBe(1);
  });

  it('refuses a sign-in form posted from another site (CSRF)', async () => {
    const response = await fetch(`${stack.baseUrl}/dang-nhap`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://evil.example',
      },
      body: new URLSearchParams({ username: UPLOADER.username, password: UPLOADER.password }),
      redirect: 'manual',
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie') ?? '').not.toContain('vanban_session');
  });

  it('uploads the seeds archive and an HTML-laden text and shows every file reach "Xong"', async () => {
    await page.goto(`${stack.baseUrl}/tai-len`);
    // keyboard users reach the labelled file input with Tab
    expect(await tabTo(page, 'file-input')).toBeGreaterThan(0);
    await expect.poll(() => page.getByLabel('Chọn tệp từ máy…').count()).toBe(1);
    await screenshotBoth(page, 'upload-empty');

    // one file dropped on the drop zone, the archive chosen with the file input
    const html = await readFile(join(repoRoot, 'fixtures/bad/html-injection.txt'), 'utf8');
    const dataTransfer = await page.evaluateHandle(
      `(() => { const dt = new DataTransfer(); dt.items.add(new File([${JSON.stringify(html)}], 'html-injection.txt', { type: 'text/plain' })); return dt; })()`,
    );
    await page.dispatchEvent('#dropzone', 'drop', { dataTransfer });
    await page
      .getByLabel('Chọn tệp từ máy…')
      .setInputFiles(join(repoRoot, 'fixtures/archives/seeds.zip'));
    await page
      .locator('#upload-summary[data-finished="true"]')
      .waitFor({ state: 'attached', timeout: 170_000 });
    const rows = page.locator('#file-rows tr');
    expect(await rows.count()).toBe(11);
    const statuses = await page.locator('#file-rows td.status').allTextContents();
    expect(
      statuses.every((s) => s.startsWith('Xong')),
      statuses.join(' | '),
    ).toBe(true);
    expect(await page.locator('#upload-summary').textContent()).toContain('11 xong');
    await screenshotBoth(page, 'upload');
  });

  it('finds the documents about Nghị quyết 35 with the act card on top, reachable by keyboard', async () => {
    // the start page puts the cursor in the search box
    await page.goto(`${stack.baseUrl}/`);
    expect(await page.locator(':focus').getAttribute('id')).toBe('q');
    // and keyboard users reach it with Tab from the top of the search page
    await page.goto(`${stack.baseUrl}/tim-kiem`);
    expect(await tabTo(page, 'q')).toBeGreaterThan(0);
    expect(await page.getByRole('searchbox', { name: 'Tìm văn bản' }).count()).toBe(1);
    expect(await focusOutline(page)).not.toBe('none');
    await page.keyboard.type('nghi quyet 35');
    await Promise.all([page.waitForURL(/\/tim-kiem\?/), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('nghi quyet 35');

    const card = page.locator('section.act-card');
    await expect.poll(() => card.locator('h2').textContent()).toContain('35-NQ/TW');
    const hitLinks = await hrefs(page.locator('.result h3 a'));
    // seed 001 (the plan implementing 35-NQ/TW) is among the results, in both its PDF and DOCX
    for (const id of idsOf('001')) expect(hitLinks).toContain(`/van-ban/${id}`);
    await screenshotBoth(page, 'search');

    // the act card opens the act page
    await Promise.all([
      page.waitForURL(/\/van-ban-goc\//),
      card.getByRole('link', { name: /Xem trang văn bản 35-NQ\/TW/ }).click(),
    ]);
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe('/van-ban-goc/35-NQ/TW');
    await expect.poll(() => page.locator('h1').textContent()).toContain('35-NQ/TW');
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('nghi quyet 35');
  });

  it('follows seed 001’s citation of 3006/KH-UBND to the act page and on to seed 000', async () => {
    const seed001 = idsOf('001');
    await Promise.all([
      page.waitForURL(/\/van-ban\/[0-9a-f]{24}$/),
      page.locator(`.result h3 a[href="/van-ban/${seed001[0]}"]`).click(),
    ]);
    expect(await page.locator('h1').textContent()).toContain('Nghị quyết số 35-NQ/TW');
    const cite = page.locator('#toan-van a.cite[data-key="3006/KH-UBND"]').first();
    expect(await cite.textContent()).toContain('3006/KH-UBND');
    await screenshotBoth(page, 'document');

    await Promise.all([page.waitForURL(/\/van-ban-goc\//), cite.click()]);
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe('/van-ban-goc/3006/KH-UBND');
    const citing = await hrefs(page.locator('ol.timeline a'));
    const seed000 = idsOf('000');
    expect(citing.some((p) => seed000.includes(p.replace('/van-ban/', '')))).toBe(true);
    await screenshotBoth(page, 'act');

    const target = seed000.find((id) => citing.includes(`/van-ban/${id}`)) as string;
    await Promise.all([
      page.waitForURL(`**/van-ban/${target}`),
      page.locator(`ol.timeline a[href="/van-ban/${target}"]`).first().click(),
    ]);
    expect(await page.locator('h1').textContent()).toContain('3006/KH-UBND');
    await page.goBack();
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe('/van-ban-goc/3006/KH-UBND');
  });

  it('narrows the results by year with the histogram, keeping the whole search in the URL', async () => {
    await page.goto(`${stack.baseUrl}/tim-kiem?q=${encodeURIComponent('nghi quyet 35')}`);
    const total = await page.locator('.result').count();
    const yearLinks = page.locator('#loc-ket-qua .histogram a');
    expect(await yearLinks.count()).toBeGreaterThan(1);
    const first = yearLinks.first();
    const year = (await first.locator('span').first().textContent())?.trim() as string;
    await Promise.all([page.waitForURL(/year=/), first.click()]);
    const url = new URL(page.url());
    expect(url.searchParams.get('year')).toBe(year);
    expect(url.searchParams.get('q')).toBe('nghi quyet 35');
    const years = await page.locator('.result .meta').allTextContents();
    expect(years.length).toBeGreaterThan(0);
    expect(years.length).toBeLessThan(total);
    for (const meta of years) expect(meta).toContain(year);
    // the filter can be removed again
    await Promise.all([
      page.waitForURL((u) => !u.searchParams.has('year')),
      page.getByRole('link', { name: `Bỏ lọc năm ${year}` }).click(),
    ]);
    expect(await page.locator('.result').count()).toBe(total);
  });

  it('shows HTML inside a document as text and runs none of it', async () => {
    const listing = await page.goto(
      `${stack.baseUrl}/tim-kiem?q=${encodeURIComponent('THỬ NGHIỆM')}`,
    );
    expect(listing?.status()).toBe(200);
    const link = page.locator('.result h3 a').first();
    await Promise.all([page.waitForURL(/\/van-ban\//), link.click()]);
    const text = (await page.locator('#toan-van').innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<img src=x onerror="alert(2)">');
    expect(await page.locator('#toan-van script, #toan-van img, #toan-van b').count()).toBe(0);
    expect(
      await page.locator('#toan-van a[href^="javascript:"], a[href^="javascript:"]').count(),
    ).toBe(0);
    await screenshotBoth(page, 'document-html');
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('gives a viewer search and reading but no upload page or link', async () => {
    const viewerContext = await browser.newContext({ viewport: DESKTOP });
    const viewer = await viewerContext.newPage();
    try {
      await signIn(viewer, VIEWER);
      expect(await viewer.getByRole('link', { name: 'Tải lên' }).count()).toBe(0);
      expect(await viewer.getByRole('searchbox', { name: 'Tìm văn bản' }).count()).toBe(1);
      const refused = await viewer.goto(`${stack.baseUrl}/tai-len`);
      expect(refused?.status()).toBe(403);
      expect(await viewer.locator('h1').textContent()).toContain('Không có quyền');
      // sign out through the header form
      await Promise.all([
        viewer.waitForURL(/\/dang-nhap/),
        viewer.getByRole('button', { name: 'Đăng xuất' }).click(),
      ]);
      await viewer.goto(`${stack.baseUrl}/`);
      expect(new URL(viewer.url()).pathname).toBe('/dang-nhap');
    } finally {
      await viewerContext.close();
    }
  });
});
