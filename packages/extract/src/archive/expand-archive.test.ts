import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture } from '../testing/paths.ts';
import { writeZip } from '../testing/zip-writer.ts';
import { expandArchive, type ExpandedMember } from './expand-archive.ts';

interface ExpectedMember {
  path: string;
  type: 'file' | 'directory';
  sha256?: string;
}

const read = (...parts: string[]): Uint8Array => new Uint8Array(readFileSync(fixture(...parts)));
const expected = (name: string): { members: ExpectedMember[] } & Record<string, unknown> =>
  JSON.parse(readFileSync(fixture('expected', `${name}.json`), 'utf8'));
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const files = (members: ExpectedMember[]): ExpectedMember[] =>
  members.filter((m) => m.type === 'file');
const ok = (members: ExpandedMember[]) =>
  members.filter((m): m is { path: string; bytes: Uint8Array } => 'bytes' in m);
const failed = (members: ExpandedMember[]) =>
  members.filter(
    (m): m is { path: string; error: { code: string; message: string } } => 'error' in m,
  );

describe('expandArchive: member names', () => {
  it.each(['utf8-names', 'utf8-names-noflag', 'windows-names'])(
    '%s.zip: names decoded exactly, directories skipped, bytes intact',
    async (name) => {
      const members = await expandArchive(read('archives', `${name}.zip`));
      const want = files(expected(name).members);
      expect(members.map((m) => m.path)).toEqual(want.map((m) => m.path));
      ok(members).forEach((m, i) => expect(sha256(m.bytes)).toBe(want[i]!.sha256));
    },
  );

  it('CP437 names without the UTF-8 flag stay readable', async () => {
    const zip = writeZip([
      { name: Buffer.from('REPORT~1.TXT', 'latin1'), data: Buffer.from('a'), utf8Flag: false },
      {
        name: Buffer.from([0x43, 0x61, 0x66, 0x82, 0x2e, 0x74, 0x78, 0x74]),
        data: Buffer.from('b'),
        utf8Flag: false,
      },
    ]);
    const members = await expandArchive(new Uint8Array(zip));
    expect(members.map((m) => m.path)).toEqual(['REPORT~1.TXT', 'Café.txt']);
  });
});

describe('expandArchive: nesting and junk', () => {
  it('expands a zip inside a zip, keeping the folder path of each member', async () => {
    const spec = expected('nested') as unknown as {
      members: ExpectedMember[];
      inner: { path: string; members: ExpectedMember[] };
    };
    const members = await expandArchive(read('archives', 'nested.zip'));
    const paths = members.map((m) => m.path).sort();
    const want = [
      ...spec.inner.members.map((m) => `${spec.inner.path}/${m.path}`),
      ...files(spec.members)
        .map((m) => m.path)
        .filter((p) => p !== spec.inner.path),
    ].sort();
    expect(paths).toEqual(want);
  });

  it('skips __MACOSX, Thumbs.db and .DS_Store', async () => {
    const zip = writeZip([
      { name: '__MACOSX/._a.txt', data: Buffer.from('junk') },
      { name: 'folder/Thumbs.db', data: Buffer.from('junk') },
      { name: '.DS_Store', data: Buffer.from('junk') },
      { name: 'folder/a.txt', data: Buffer.from('nội dung') },
    ]);
    expect((await expandArchive(new Uint8Array(zip))).map((m) => m.path)).toEqual(['folder/a.txt']);
  });

  it('refuses nesting deeper than the limit, per member', async () => {
    let zip = writeZip([{ name: 'deep.txt', data: Buffer.from('x') }]);
    for (let i = 0; i < 3; i += 1) zip = writeZip([{ name: `level${i}.zip`, data: zip }]);
    const members = await expandArchive(new Uint8Array(zip), { maxDepth: 2 });
    expect(failed(members).map((m) => m.error.code)).toEqual(['archive_limit_exceeded']);
  });
});

describe('expandArchive: unsafe, encrypted and corrupt members', () => {
  it('rejects ../, absolute and traversal paths per member; the safe member still comes through', async () => {
    const spec = expected('traversal') as unknown as { unsafe: string[]; safe: string[] };
    const members = await expandArchive(read('archives', 'traversal.zip'));
    expect(failed(members).map((m) => [m.path, m.error.code])).toEqual(
      spec.unsafe.map((p) => [p, 'unsafe_archive_path']),
    );
    expect(ok(members).map((m) => m.path)).toEqual(spec.safe);
  });

  it('rejects drive-letter paths', async () => {
    const zip = writeZip([
      { name: 'C:\\Windows\\x.txt', data: Buffer.from('x') },
      { name: 'ok.txt', data: Buffer.from('y') },
    ]);
    const members = await expandArchive(new Uint8Array(zip));
    expect(failed(members)[0]!.error.code).toBe('unsafe_archive_path');
    expect(ok(members).map((m) => m.path)).toEqual(['ok.txt']);
  });

  it('refuses a symlink member, never following it', async () => {
    const spec = expected('symlink') as unknown as { unsafe: string[]; safe: string[] };
    const members = await expandArchive(read('archives', 'symlink.zip'));
    expect(failed(members).map((m) => [m.path, m.error.code])).toEqual(
      spec.unsafe.map((p) => [p, 'unsafe_archive_path']),
    );
    expect(ok(members).map((m) => m.path)).toEqual(spec.safe);
  });

  it('stops at the nesting-depth limit (deep-nesting.zip, 8 levels)', async () => {
    const members = await expandArchive(read('archives', 'deep-nesting.zip'));
    expect(failed(members).map((m) => [m.path, m.error.code])).toEqual([
      ['lop-2.zip/lop-3.zip/lop-4.zip/lop-5.zip', 'archive_limit_exceeded'],
    ]);
    const all = await expandArchive(read('archives', 'deep-nesting.zip'), { maxDepth: 10 });
    expect(ok(all).map((m) => m.path)).toEqual([
      'lop-2.zip/lop-3.zip/lop-4.zip/lop-5.zip/lop-6.zip/lop-7.zip/lop-8.zip/van-ban-sau.txt',
    ]);
  });

  it('reports an encrypted member on its own', async () => {
    const members = await expandArchive(read('archives', 'encrypted-member.zip'));
    expect(failed(members).map((m) => [m.path, m.error.code])).toEqual([
      ['mat.txt', 'encrypted_document'],
    ]);
    expect(ok(members).map((m) => m.path)).toEqual(['cong-khai.txt']);
  });

  it('reports a corrupt member on its own', async () => {
    const spec = expected('corrupt-member') as unknown as { corrupt: string[]; good: string[] };
    const members = await expandArchive(read('archives', 'corrupt-member.zip'));
    expect(failed(members).map((m) => [m.path, m.error.code])).toEqual(
      spec.corrupt.map((p) => [p, 'corrupt_document']),
    );
    expect(ok(members).map((m) => m.path)).toEqual(spec.good);
  });
});

describe('expandArchive: zip bombs', () => {
  it('refuses the 2 GiB bomb fixture quickly with bounded memory', async () => {
    const before = process.memoryUsage().rss;
    const started = Date.now();
    const members = await expandArchive(read('archives', 'zip-bomb.zip'));
    expect(failed(members).map((m) => m.error.code)).toEqual(['archive_limit_exceeded']);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 1024 * 1024);
  });

  it('counts inflated bytes while streaming: a member past the ratio limit stops early', async () => {
    const zip = writeZip([
      { name: 'zeros.txt', data: Buffer.alloc(64 * 1024 * 1024) },
      { name: 'ok.txt', data: Buffer.from('văn bản') },
    ]);
    const before = process.memoryUsage().rss;
    const members = await expandArchive(new Uint8Array(zip));
    expect(failed(members).map((m) => [m.path, m.error.code])).toEqual([
      ['zeros.txt', 'archive_limit_exceeded'],
    ]);
    expect(failed(members)[0]!.error.message).toMatch(/tỷ lệ nén/i);
    expect(ok(members).map((m) => m.path)).toEqual(['ok.txt']);
    expect(process.memoryUsage().rss - before).toBeLessThan(48 * 1024 * 1024);
  });

  it('never trusts the declared size: a member that inflates past its header is stopped', async () => {
    const zip = writeZip([
      { name: 'lying.txt', data: Buffer.alloc(64 * 1024 * 1024, 0x41), declaredSize: 1000 },
      { name: 'ok.txt', data: Buffer.from('văn bản') },
    ]);
    const before = process.memoryUsage().rss;
    const members = await expandArchive(new Uint8Array(zip));
    expect(failed(members).map((m) => [m.path, m.error.code])).toEqual([
      ['lying.txt', 'archive_limit_exceeded'],
    ]);
    expect(ok(members).map((m) => m.path)).toEqual(['ok.txt']);
    expect(process.memoryUsage().rss - before).toBeLessThan(48 * 1024 * 1024);
  });

  it('refuses the whole archive when the total inflated size passes the limit', async () => {
    // Incompressible bytes (ratio ~1), so only the total budget can stop them.
    const data = Buffer.alloc(2 * 1024 * 1024);
    for (let i = 0; i < data.length; i += 64) {
      createHash('sha512').update(String(i)).digest().copy(data, i);
    }
    const zip = writeZip([1, 2, 3].map((i) => ({ name: `part${i}.bin`, data })));
    await expect(
      expandArchive(new Uint8Array(zip), { maxTotalBytes: 5 * 1024 * 1024 }),
    ).rejects.toMatchObject({
      code: 'archive_limit_exceeded',
    });
  });

  it('refuses an archive with too many members', async () => {
    const zip = writeZip(
      Array.from({ length: 20 }, (_, i) => ({ name: `f${i}.txt`, data: Buffer.from('x') })),
    );
    await expect(expandArchive(new Uint8Array(zip), { maxEntries: 10 })).rejects.toMatchObject({
      code: 'archive_limit_exceeded',
    });
  });
});
