/**
 * The staff web interface end to end, in Debian's Chromium against the real API and worker
 * (test/helpers/stack.ts) on the real Meilisearch and Redis of the global setup. The tests run in
 * order on one signed-in page, as one member of staff would: sign in, upload the seeds archive and
 * an HTML-laden text, search `nghi quyet 35`, open the act card, open the seed 001 plan, follow its
 * citation of 3006/KH-UBND to the act page and on to seed 000, go back, filter by year, and check
 * that HTML in a document is shown as text. Further tests cover what the seeds cannot show (paging,
 * sorting, a citation of a held document, duplicates and failures on upload) and the roles.
 * Screenshots of every page at 1280 and 390 px go to artifacts/screenshots/; at both widths the
 * page must not scroll sideways and its text must meet WCAG AA contrast. Every request any page
 * makes is recorded: all must go to the app itself (127.0.0.1).
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
import {
  GENERATED_ISSUER,
  GENERATED_QUERY,
  HELD_KEY,
  generatedDocs,
  type GeneratedDoc,
} from './generated-docs.ts';

interface ZipListing {
  members: Array<{ path: string; documentId: string }>;
}

interface User {
  username: string;
  password: string;
  role: 'viewer' | 'uploader' | 'admin';
}

const UPLOADER: User = { username: 'bientap', password: 'mat-khau-bien-tap-1', role: 'uploader' };
const ADMIN: User = { username: 'quantri', password: 'mat-khau-quan-tri-1', role: 'admin' };
/** the account the admin creates on the administration page */
const NEW_VIEWER: User = {
  username: 'nguoixem2',
  password: 'mat-khau-nguoi-xem-2',
  role: 'viewer',
};

/** 22 plans: more than one page of 20 results */
const GENERATED: GeneratedDoc[] = generatedDocs(22);

let stack: Stack;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const dialogs: string[] = [];
const pageErrors: string[] = [];
/** every URL any page of any context asked for */
const requested: string[] = [];
let idsOf: (seed: string) => string[];

async function createUser(user: User): Promise<void> {
  const response = await stack.request('/api/admin/users', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(user),
  });
  expect(response.status, await response.clone().text()).toBeLessThan(300);
}

async function newContext(): Promise<BrowserContext> {
  const created = await browser.newContext({ viewport: DESKTOP, locale: 'vi-VN' });
  created.on('request', (request) => requested.push(request.url()));
  return created;
}

async function signIn(p: Page, user: User, path = '/'): Promise<void> {
  await p.goto(`${stack.baseUrl}${path}`);
  await expect.poll(() => new URL(p.url()).pathname).toBe('/dang-nhap');
  await p.getByLabel('Tên đăng nhập').fill(user.username);
  await p.getByLabel('Mật khẩu').fill(user.password);
  await Promise.all([
    p.waitForURL((url) => url.pathname !== '/dang-nhap'),
    p.getByRole('button', { name: 'Đăng nhập' }).click(),
  ]);
}

/** Screenshots at both widths; the page must fit the phone and have readable contrast. */
async function shoot(name: string, p: Page = page): Promise<void> {
  expect(await screenshotBoth(p, name)).toEqual([]);
}

async function search(q: string, extra: Record<string, string> = {}): Promise<void> {
  const params = new URLSearchParams({ q, ...extra });
  const response = await page.goto(`${stack.baseUrl}/tim-kiem?${params.toString()}`);
  expect(response?.status()).toBe(200);
}

/** The identity list of a document page as label → value. */
async function facts(p: Page): Promise<Map<string, string>> {
  const labels = await p.locator('dl.facts').first().locator('dt').allTextContents();
  const values = await p.locator('dl.facts').first().locator('dd').allTextContents();
  return new Map(labels.map((label, i) => [label.trim(), (values[i] ?? '').trim()]));
}

/** `dd/mm/yyyy` in a result's meta line → `yyyy-mm-dd` */
function isoOf(meta: string): string {
  const m = /(\d{2})\/(\d{2})\/(\d{4})/.exec(meta);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : '';
}

/** Records every status text shown in the upload table (to see the live progress). */
async function watchStatuses(): Promise<void> {
  await page.evaluate(`(() => {
    window.__statuses = new Set();
    const rows = document.getElementById('file-rows');
    new MutationObserver(() => {
      for (const cell of rows.querySelectorAll('td.status')) window.__statuses.add(cell.textContent.split(' ·')[0]);
    }).observe(rows, { childList: true, subtree: true });
  })()`);
}

async function seenStatuses(): Promise<string[]> {
  return (await page.evaluate('[...window.__statuses]')) as string[];
}

async function statusOf(name: string): Promise<string> {
  const row = page.locator('#file-rows tr').filter({ hasText: name });
  return (await row.locator('td.status').textContent()) ?? '';
}

beforeAll(async () => {
  const listing = JSON.parse(
    await readFile(join(repoRoot, 'fixtures/expected/seeds-zip.json'), 'utf8'),
  ) as ZipListing;
  idsOf = (seed) =>
    listing.members.filter((m) => m.path.includes(`/${seed}.`)).map((m) => m.documentId);
  [stack, browser] = await Promise.all([startStack({ workers: 1 }), launchChromium()]);
  await createUser(UPLOADER);
  await createUser(ADMIN);
  context = await newContext();
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
    await shoot('sign-in');

    await page.getByLabel('Tên đăng nhập').fill(UPLOADER.username);
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau-roi');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Tên đăng nhập hoặc mật khẩu không đúng');
    await shoot('sign-in-error');

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

  it('uploads the seeds archive and an HTML-laden text and shows every file go from "Đang chờ" to "Xong"', async () => {
    await page.goto(`${stack.baseUrl}/tai-len`);
    // keyboard users reach the labelled file input with Tab
    expect(await tabTo(page, 'file-input')).toBeGreaterThan(0);
    await expect.poll(() => page.getByLabel('Chọn tệp từ máy…').count()).toBe(1);
    await shoot('upload-empty');
    await watchStatuses();

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
    // the progress was live: the files were shown waiting or in work before they were done
    expect(await seenStatuses()).toEqual(expect.arrayContaining(['Đang tải lên', 'Xong']));
    expect((await seenStatuses()).some((s) => s === 'Đang chờ' || s === 'Đang xử lý')).toBe(true);
    await shoot('upload');
  });

  it('finds the documents about Nghị quyết 35 with the act card on top, reachable by keyboard', async () => {
    // the start page puts the cursor in the search box and explains how to search
    await page.goto(`${stack.baseUrl}/`);
    expect(await page.locator(':focus').getAttribute('id')).toBe('q');
    await shoot('search-start');
    // keyboard users reach it with Tab from the top of the search page, and see where they are
    await page.goto(`${stack.baseUrl}/tim-kiem`);
    // the first Tab reaches the skip link, visibly
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').textContent()).toBe('Bỏ qua đến nội dung chính');
    expect(await focusOutline(page)).not.toBe('none');
    expect(await tabTo(page, 'q')).toBeGreaterThan(0);
    expect(await page.getByRole('searchbox', { name: 'Tìm văn bản' }).count()).toBe(1);
    expect(await focusOutline(page)).not.toBe('none');
    await page.keyboard.type('nghi quyet 35');
    await Promise.all([page.waitForURL(/\/tim-kiem\?/), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('nghi quyet 35');

    const card = page.locator('section.act-card');
    await expect.poll(() => card.locator('h2').textContent()).toContain('35-NQ/TW');
    // the card: date, issuer, subject, citing documents per year
    const cardText = (await card.textContent()) ?? '';
    expect(cardText).toContain('22/10/2018');
    expect(cardText).toContain('Bộ Chính trị');
    expect(cardText).toContain('tăng cường bảo vệ nền tảng tư tưởng của Đảng');
    expect(await card.locator('.histogram li').count()).toBeGreaterThan(0);
    const hitLinks = await hrefs(page.locator('.result h3 a'));
    // seed 001 (the plan implementing 35-NQ/TW) is among the results, in both its PDF and DOCX
    for (const id of idsOf('001')) expect(hitLinks).toContain(`/van-ban/${id}`);
    // every hit shows its type, issuer and date or year
    const seed001Hit = page.locator('.result').filter({
      has: page.locator(`h3 a[href="/van-ban/${idsOf('001')[0]}"]`),
    });
    const meta = (await seed001Hit.locator('.meta').textContent()) ?? '';
    expect(meta).toContain('Kế hoạch');
    expect(meta).toContain('Ngọc Hồi');
    expect(meta).toContain('2019');
    // the file name tells the PDF and the DOCX copy apart
    expect(await seed001Hit.locator('.meta .file-name').textContent()).toMatch(/001\.(pdf|docx)$/);
    // the snippet marks the citation of the act
    const marks = await seed001Hit.locator('.snippet mark').allTextContents();
    expect(marks.some((m) => m.includes('35'))).toBe(true);
    await shoot('search');

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

  it('follows seed 001’s citation of 3006/KH-UBND to the act page and on to seed 000, then back', async () => {
    const seed001 = idsOf('001');
    await Promise.all([
      page.waitForURL(/\/van-ban\/[0-9a-f]{24}$/),
      page.locator(`.result h3 a[href="/van-ban/${seed001[0]}"]`).click(),
    ]);
    expect(await page.locator('h1').textContent()).toContain('Nghị quyết số 35-NQ/TW');
    // identity: type, issuer, date, signer, recipients; and the original to download
    const identity = await facts(page);
    expect(identity.get('Loại văn bản')).toBe('Kế hoạch');
    expect(identity.get('Cơ quan ban hành')).toContain('Ngọc Hồi');
    expect(identity.get('Ngày ban hành')).toContain('2019');
    expect(identity.get('Người ký')).toContain('Mai Văn Hữu');
    expect(identity.get('Nơi nhận')).toContain('Ban Tuyên giáo Huyện ủy');
    expect(await page.getByRole('link', { name: 'Tải bản gốc' }).count()).toBe(1);
    // the analysis notes are Vietnamese, with no internal codes such as `date_conflict:`
    await page.locator('details.notes summary').click();
    const notes = await page.locator('details.notes li').allInnerTexts();
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(note).not.toMatch(/\b[a-z]+_[a-z_]+:|\d{4}-\d{2}-\d{2}/);
    const cite = page.locator('#toan-van a.cite[data-key="3006/KH-UBND"]').first();
    expect(await cite.textContent()).toContain('3006/KH-UBND');
    // the archive does not hold 3006/KH-UBND: the citation goes to its act page
    expect(await cite.getAttribute('class')).toBe('cite');
    await shoot('document');

    await Promise.all([page.waitForURL(/\/van-ban-goc\//), cite.click()]);
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe('/van-ban-goc/3006/KH-UBND');
    // what the citing documents say (date, issuers, subjects) ...
    const variants = (await page.locator('.variant-list').textContent()) ?? '';
    expect(variants).toContain('13/11/2019');
    expect(variants).toContain('Kon Tum');
    // ... the implementation chain as a tree: 3006 implements 102-KH/TU, seed 000 reports on 3006
    const tree = page.locator('.tree').first();
    expect(await tree.locator('.current').textContent()).toContain('3006/KH-UBND');
    expect(await hrefs(tree.locator(':scope > li > a'))).toContain(
      `/van-ban-goc/${encodeURIComponent('102-KH/TU')}`,
    );
    const below = await hrefs(tree.locator('li:has(> .current) > ul a'));
    const seed000 = idsOf('000');
    expect(below.some((h) => seed000.includes(h.replace('/van-ban/', '')))).toBe(true);
    // ... and the citing documents by year
    const citing = await hrefs(page.locator('ol.timeline a'));
    expect(citing.some((p) => seed000.includes(p.replace('/van-ban/', '')))).toBe(true);
    expect(await page.locator('ol.timeline > li h3').allTextContents()).toEqual([
      expect.stringContaining('2019'),
      expect.stringContaining('2023'),
    ]);
    await shoot('act');

    const target = seed000.find((id) => citing.includes(`/van-ban/${id}`)) as string;
    await Promise.all([
      page.waitForURL(`**/van-ban/${target}`),
      page.locator(`ol.timeline a[href="/van-ban/${target}"]`).first().click(),
    ]);
    expect(await page.locator('h1').textContent()).toContain('3006/KH-UBND');
    await page.goBack();
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe('/van-ban-goc/3006/KH-UBND');
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe(`/van-ban/${seed001[0]}`);
    await page.goBack();
    expect(new URL(page.url()).searchParams.get('q')).toBe('nghi quyet 35');
  });

  it('narrows the results by year, type and issuer, keeping the whole search in the URL', async () => {
    // still on the results of `nghi quyet 35`, reached by going back
    const total = await page.locator('.result').count();
    const yearLinks = page.locator('#loc-ket-qua .histogram a');
    expect(await yearLinks.count()).toBeGreaterThan(1);
    const first = yearLinks.first();
    const year = (await first.locator('span').first().textContent())?.trim() as string;
    await Promise.all([page.waitForURL(/year=/), first.click()]);
    let url = new URL(page.url());
    expect(url.searchParams.get('year')).toBe(year);
    expect(url.searchParams.get('q')).toBe('nghi quyet 35');
    const years = await page.locator('.result .meta').allTextContents();
    expect(years.length).toBeGreaterThan(0);
    expect(years.length).toBeLessThan(total);
    for (const meta of years) expect(meta).toContain(year);
    // the URL alone gives the same search in a fresh page
    const shared = await context.newPage();
    await shared.goto(page.url());
    expect(await hrefs(shared.locator('.result h3 a'))).toEqual(
      await hrefs(page.locator('.result h3 a')),
    );
    await shared.close();
    // the filter can be removed again
    await Promise.all([
      page.waitForURL((u) => !u.searchParams.has('year')),
      page.getByRole('link', { name: `Bỏ lọc năm ${year}` }).click(),
    ]);
    expect(await page.locator('.result').count()).toBe(total);

    // type: only plans
    await Promise.all([
      page.waitForURL(/type=/),
      page
        .locator('#loc-ket-qua section[aria-labelledby="facet-type"] a', { hasText: 'Kế hoạch' })
        .click(),
    ]);
    url = new URL(page.url());
    expect(url.searchParams.get('type')).toBe('Kế hoạch');
    expect(url.searchParams.get('q')).toBe('nghi quyet 35');
    const badges = await page.locator('.result .meta .badge').allTextContents();
    expect(badges.length).toBe(await page.locator('.result').count());
    expect(new Set(badges)).toEqual(new Set(['Kế hoạch']));
    // issuer on top of type
    const issuer = page
      .locator('#loc-ket-qua section[aria-labelledby="facet-issuer"] li a')
      .first();
    const issuerName = ((await issuer.textContent()) ?? '').trim();
    await Promise.all([page.waitForURL(/issuer=/), issuer.click()]);
    url = new URL(page.url());
    expect(url.searchParams.get('issuer')).toBe(issuerName);
    expect(url.searchParams.get('type')).toBe('Kế hoạch');
    for (const meta of await page.locator('.result .meta').allTextContents()) {
      expect(meta).toContain(issuerName);
    }
    await shoot('search-filtered');
  });

  it('shows HTML inside a document as text and runs none of it', async () => {
    await search('THỬ NGHIỆM');
    const link = page.locator('.result h3 a').first();
    await Promise.all([page.waitForURL(/\/van-ban\//), link.click()]);
    const text = (await page.locator('#toan-van').innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<img src=x onerror="alert(2)">');
    expect(await page.locator('#toan-van script, #toan-van img, #toan-van b').count()).toBe(0);
    expect(
      await page.locator('#toan-van a[href^="javascript:"], a[href^="javascript:"]').count(),
    ).toBe(0);
    await shoot('document-html');
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('shows a duplicate, a failed file with its reason and a decoded legacy document', async () => {
    await page.goto(`${stack.baseUrl}/tai-len`);
    await watchStatuses();
    const html = await readFile(join(repoRoot, 'fixtures/bad/html-injection.txt'));
    await page.getByLabel('Chọn tệp từ máy…').setInputFiles([
      ...GENERATED.map((d) => ({
        name: d.name,
        mimeType: 'text/plain',
        buffer: Buffer.from(d.text, 'utf8'),
      })),
      // the same bytes as the file dropped earlier, under another name
      { name: 'ban-sao.txt', mimeType: 'text/plain', buffer: html },
      // seed 001 typed in the old TCVN3 font encoding
      {
        name: 'tcvn3.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        buffer: await readFile(join(repoRoot, 'fixtures/documents/legacy/tcvn3.docx')),
      },
      // a PDF that is not one
      {
        name: 'fake.pdf',
        mimeType: 'application/pdf',
        buffer: await readFile(join(repoRoot, 'fixtures/bad/fake.pdf')),
      },
    ]);
    await page
      .locator('#upload-summary[data-finished="true"]')
      .waitFor({ state: 'attached', timeout: 170_000 });
    expect(await page.locator('#file-rows tr').count()).toBe(GENERATED.length + 3);
    expect(await statusOf('ban-sao.txt')).toBe('Trùng lặp (đã có trong kho) · Mở văn bản');
    const failed = await statusOf('fake.pdf');
    // "Lỗi: " and a reason in Vietnamese
    expect(failed).toMatch(/^Lỗi: \S.{5,}/);
    expect(failed).not.toContain('không rõ lý do');
    for (const d of [...GENERATED, { name: 'tcvn3.docx' }]) {
      expect(await statusOf(d.name)).toMatch(/^Xong/);
    }
    const summary = (await page.locator('#upload-summary').textContent()) ?? '';
    expect(summary).toContain(`Hoàn tất ${GENERATED.length + 3} tệp`);
    expect(summary).toContain(`${GENERATED.length + 1} xong, 1 trùng lặp, 1 lỗi`);
    expect((await seenStatuses()).some((s) => s === 'Đang chờ' || s === 'Đang xử lý')).toBe(true);
    await shoot('upload-mixed');

    // the legacy-encoded document, opened from its row, reads as Vietnamese and says it was decoded
    await Promise.all([
      page.waitForURL(/\/van-ban\/[0-9a-f]{24}$/),
      page
        .locator('#file-rows tr')
        .filter({ hasText: 'tcvn3.docx' })
        .getByRole('link', { name: 'Mở văn bản tcvn3.docx' })
        .click(),
    ]);
    expect(await page.locator('h1').textContent()).toContain('Nghị quyết số 35-NQ/TW');
    const reading = page.getByRole('note', { name: 'Lưu ý khi đọc văn bản' });
    expect(await reading.textContent()).toContain('TCVN3');
    await shoot('document-legacy');
  });

  it('highlights the words found, pages through the results and sorts them by date', async () => {
    await search(GENERATED_QUERY);
    expect(await page.locator('.results h2 .count').textContent()).toContain(
      `${GENERATED.length} văn bản`,
    );
    // every hit's snippet marks words of the query, and only those
    const fold = (s: string) =>
      s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/giu, 'd').toLowerCase();
    const words = new Set(GENERATED_QUERY.split(' ').map(fold));
    for (const snippet of await page.locator('.result .snippet').all()) {
      const marks = await snippet.locator('mark').allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      // the last word of the query also matches as a prefix (search as you type)
      for (const m of marks)
        expect(
          [...words].some((w) => fold(m).startsWith(w)),
          m,
        ).toBe(true);
    }
    const firstPage = await hrefs(page.locator('.result h3 a'));
    expect(firstPage).toHaveLength(20);

    // page 2 by its link, the search kept
    await Promise.all([
      page.waitForURL(/page=2/),
      page
        .getByRole('navigation', { name: 'Phân trang' })
        .getByRole('link', { name: /Trang sau/ })
        .click(),
    ]);
    expect(new URL(page.url()).searchParams.get('q')).toBe(GENERATED_QUERY);
    const secondPage = await hrefs(page.locator('.result h3 a'));
    expect(secondPage).toHaveLength(GENERATED.length - 20);
    for (const h of secondPage) expect(firstPage).not.toContain(h);
    expect(await page.locator('.pager [aria-current="page"]').textContent()).toBe('2');

    // newest first, chosen in the form
    await page.getByLabel('Sắp xếp').selectOption('date');
    await Promise.all([
      page.waitForURL(/sort=date/),
      page.getByRole('button', { name: 'Tìm kiếm' }).click(),
    ]);
    const url = new URL(page.url());
    expect(url.searchParams.get('q')).toBe(GENERATED_QUERY);
    expect(url.searchParams.has('page')).toBe(false);
    const dates = (await page.locator('.result .meta').allTextContents()).map(isoOf);
    const newest = GENERATED.map((d) => d.date)
      .sort()
      .reverse()
      .slice(0, 20);
    expect(dates).toEqual(newest);
    await shoot('search-paged');
  });

  it('links a citation of a held document to the archive copy, lists who cites it, downloads the original', async () => {
    // the act card of a held act links to the archive copy
    await search(HELD_KEY);
    const card = page.locator('section.act-card');
    await expect.poll(() => card.locator('h2').textContent()).toContain(HELD_KEY);
    await Promise.all([
      page.waitForURL(/\/van-ban\/[0-9a-f]{24}$/),
      card.getByRole('link', { name: 'Mở bản lưu trong kho' }).click(),
    ]);
    const heldUrl = new URL(page.url()).pathname;
    expect(await page.locator('h1').textContent()).toContain(HELD_KEY);
    // plan 1 is cited by plan 2
    const citedBy = page.locator('section[aria-labelledby="cited-by-title"]');
    expect(await citedBy.locator('h2').textContent()).toContain('(1)');
    await Promise.all([
      page.waitForURL((u) => u.pathname !== heldUrl),
      citedBy.locator('a').first().click(),
    ]);
    const identity = await facts(page);
    const plan2 = GENERATED[1] as GeneratedDoc;
    expect(identity.get('Số/ký hiệu')).toBe('102/KH-UBND');
    expect(identity.get('Loại văn bản')).toBe('Kế hoạch');
    expect(identity.get('Cơ quan ban hành')).toBe(GENERATED_ISSUER);
    expect(identity.get('Ngày ban hành')).toBe(plan2.date.split('-').reverse().join('/'));
    expect(identity.get('Người ký')).toContain('Nguyễn Văn Thử');
    expect(identity.get('Nơi nhận')).toContain('Các phòng, ban thuộc huyện');
    // the download gives the bytes that were uploaded
    const download = page.getByRole('link', { name: 'Tải bản gốc' });
    const original = await page.request.get(
      `${stack.baseUrl}${(await download.getAttribute('href')) as string}`,
    );
    expect(original.status()).toBe(200);
    expect(await original.text()).toBe(plan2.text);
    // its citation of plan 1 is a link to the archive copy
    const cite = page.locator(`#toan-van a.cite.held[data-key="${HELD_KEY}"]`);
    expect(await cite.getAttribute('href')).toBe(heldUrl);
    const listed = page.locator('section[aria-labelledby="cites-title"] li', { hasText: HELD_KEY });
    expect(await listed.locator('a').getAttribute('href')).toBe(heldUrl);
    expect(await listed.locator('.badge.held').textContent()).toBe('Có trong kho');
    await shoot('document-held');
    await Promise.all([page.waitForURL(`**${heldUrl}`), cite.click()]);
  });

  it('shows the conflicting dates given for an act', async () => {
    await page.goto(`${stack.baseUrl}/van-ban-goc/${encodeURIComponent('102-KH/TU')}`);
    const notice = page.getByRole('note', { name: 'Thông tin không thống nhất' });
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('Ngày ban hành không thống nhất');
    expect(text).toContain('22/10/2018');
    expect(text).toContain('10/07/2019');
    expect(await page.locator('.variant.conflicting').count()).toBeGreaterThan(1);
    await shoot('act-conflict');
  });

  it('says plainly when nothing is found, with no empty boxes', async () => {
    await search('khongcovanbannaonhuthe');
    expect(await page.locator('.results').textContent()).toContain(
      'Không tìm thấy văn bản nào phù hợp',
    );
    expect(await page.locator('.result').count()).toBe(0);
    expect(await page.locator('#loc-ket-qua').count()).toBe(0);
    expect(await page.locator('.pager').count()).toBe(0);
    await shoot('search-empty');
    const missing = await page.goto(
      `${stack.baseUrl}/van-ban-goc/${encodeURIComponent('9999/XX-YY')}`,
    );
    expect(missing?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toContain('Không tìm thấy');
    await shoot('act-missing');
  });

  it('gives an admin the administration page: failed files with their reason, retry, new accounts', async () => {
    const adminContext = await newContext();
    const admin = await adminContext.newPage();
    try {
      await signIn(admin, ADMIN);
      expect(await admin.getByRole('link', { name: 'Tải lên' }).count()).toBe(1);
      await Promise.all([
        admin.waitForURL(/\/quan-tri$/),
        admin.getByRole('link', { name: 'Quản trị' }).click(),
      ]);
      await admin.locator('#failed-summary[data-loaded="true"]').waitFor();
      // the PDF that is not one, from the upload above, with the same reason
      const failedRow = admin.locator('#failed-rows tr').filter({ hasText: 'fake.pdf' });
      expect(await failedRow.count()).toBe(1);
      expect(await failedRow.locator('td').nth(1).textContent()).toContain('không phải PDF');
      await shoot('admin', admin);

      await admin.getByLabel('Tên đăng nhập').fill(NEW_VIEWER.username);
      await admin.getByLabel('Mật khẩu').fill(NEW_VIEWER.password);
      await admin.getByLabel('Vai trò').selectOption(NEW_VIEWER.role);
      await admin.getByRole('button', { name: 'Tạo tài khoản' }).click();
      await expect
        .poll(() => admin.locator('#account-result').textContent())
        .toBe(`Đã tạo tài khoản ${NEW_VIEWER.username} (Người xem).`);

      await failedRow.getByRole('button', { name: 'Thử lại fake.pdf' }).click();
      await expect.poll(() => failedRow.textContent()).toContain('Đã xếp lại vào hàng đợi');
    } finally {
      await adminContext.close();
    }
  });

  it('hides administration from an uploader', async () => {
    await page.goto(`${stack.baseUrl}/`);
    expect(await page.getByRole('link', { name: 'Tải lên' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Quản trị' }).count()).toBe(0);
    const refused = await page.goto(`${stack.baseUrl}/quan-tri`);
    expect(refused?.status()).toBe(403);
    expect(await page.locator('h1').textContent()).toContain('Không có quyền');
  });

  it('gives a viewer (the account the admin made) search and reading but no upload page or link', async () => {
    const viewerContext = await newContext();
    const viewer = await viewerContext.newPage();
    try {
      await signIn(viewer, NEW_VIEWER);
      expect(await viewer.getByRole('link', { name: 'Tải lên' }).count()).toBe(0);
      expect(await viewer.getByRole('link', { name: 'Quản trị' }).count()).toBe(0);
      expect(await viewer.getByRole('searchbox', { name: 'Tìm văn bản' }).count()).toBe(1);
      expect(await viewer.locator('.user-box').textContent()).toContain('Người xem');
      const refused = await viewer.goto(`${stack.baseUrl}/tai-len`);
      expect(refused?.status()).toBe(403);
      expect(await viewer.locator('h1').textContent()).toContain('Không có quyền');
      await shoot('forbidden', viewer);
      expect((await viewer.goto(`${stack.baseUrl}/quan-tri`))?.status()).toBe(403);
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

  it('loaded nothing from outside the app', () => {
    expect(requested.length).toBeGreaterThan(50);
    const outside = requested.filter((u) => {
      const url = new URL(u);
      return url.protocol !== 'data:' && url.hostname !== '127.0.0.1';
    });
    expect(outside).toEqual([]);
    // the app's own styles and scripts were among them
    expect(requested.some((u) => u.endsWith('/assets/app.css'))).toBe(true);
    expect(requested.some((u) => u.endsWith('/assets/upload.js'))).toBe(true);
    expect(requested.some((u) => u.endsWith('/assets/admin.js'))).toBe(true);
  });
});
