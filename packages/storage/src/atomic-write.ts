import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Flushes a directory entry (after a rename) so the new name survives a power loss. */
export async function fsyncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export interface AtomicWriteOptions {
  /**
   * `file`: fsync the file before the rename but not the folder after it (the caller fsyncs the
   * folders of many files once, see `fsyncDir`); `none`: no fsync at all — only for data that is
   * rebuilt when missing or unreadable (a process crash loses nothing either way; a power loss
   * may leave the old file, no file or an unreadable one). Default `full`.
   */
  sync?: 'full' | 'file' | 'none';
}

/**
 * Writes `data` to `path` atomically: a temporary file in the same folder is written and fsynced,
 * then renamed over the target, then the folder is fsynced. A reader sees the old file or the
 * whole new one, never a half-written one, even after a crash.
 */
export async function writeFileAtomic(
  path: string,
  data: Uint8Array | string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const sync = options.sync ?? 'full';
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = `${path}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`;
  const handle = await open(temp, 'w', 0o644);
  try {
    await handle.writeFile(data);
    if (sync !== 'none') await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  if (sync === 'full') await fsyncDir(dir);
}
