/**
 * A tiny zip writer for tests and benchmarks: raw name bytes, UTF-8 flag on/off, stored or
 * deflated members, optional lying size headers. Not used by extraction itself.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipMemberSpec {
  name: string | Buffer;
  data: Buffer;
  utf8Flag?: boolean;
  deflate?: boolean;
  /** write this uncompressed size in the headers instead of the real one (a lying zip bomb) */
  declaredSize?: number;
}

export function writeZip(members: ZipMemberSpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const m of members) {
    const name = typeof m.name === 'string' ? Buffer.from(m.name, 'utf8') : m.name;
    const body = m.deflate === false ? m.data : deflateRawSync(m.data);
    const method = m.deflate === false ? 0 : 8;
    const flags = m.utf8Flag === false ? 0 : 0x800;
    const crc = crc32(m.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(m.declaredSize ?? m.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(m.declaredSize ?? m.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
