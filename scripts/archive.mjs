// Deterministic archives: the same entries give the same bytes, whoever builds them and when.
// Entries are sorted by path, every timestamp is `mtime` (seconds since 1970, UTC), files are
// mode 0644 and folders 0755, owned by uid/gid 0 with no owner names.
import { crc32, deflateRawSync, gzipSync } from 'node:zlib';

/** `files`: [{ path, data }] with '/'-separated relative paths. Adds each parent folder. */
function entries(files) {
  const folders = new Set();
  for (const { path } of files) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) folders.add(`${parts.slice(0, i).join('/')}/`);
  }
  return [...[...folders].map((path) => ({ path, data: null })), ...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A POSIX ustar archive, gzip-compressed (level 9, no name, mtime 0 in the gzip header). */
export function tarGz(files, mtime) {
  const blocks = [];
  for (const { path, data } of entries(files)) {
    const header = Buffer.alloc(512);
    let name = path;
    let prefix = '';
    if (Buffer.byteLength(name) > 100) {
      const cut = path.lastIndexOf('/', path.length - 2);
      prefix = path.slice(0, cut);
      name = path.slice(cut + 1);
    }
    if (Buffer.byteLength(name) > 100 || Buffer.byteLength(prefix) > 155) throw new Error(`path too long for ustar: ${path}`);
    const octal = (value, width) => `${value.toString(8).padStart(width - 1, '0')}\0`;
    header.write(name, 0);
    header.write(octal(data ? 0o644 : 0o755, 8), 100);
    header.write(octal(0, 8), 108); // uid
    header.write(octal(0, 8), 116); // gid
    header.write(octal(data ? data.length : 0, 12), 124);
    header.write(octal(mtime, 12), 136);
    header.write('        ', 148); // the checksum counts its own field as spaces
    header.write(data ? '0' : '5', 156);
    header.write('ustar\u000000', 257);
    header.write(prefix, 345);
    let sum = 0;
    for (const byte of header) sum += byte;
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    blocks.push(header);
    if (data) {
      blocks.push(data, Buffer.alloc((512 - (data.length % 512)) % 512));
    }
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks), { level: 9 });
}

/** MS-DOS date and time of `mtime` (UTC), as zip stores them. */
function dosTime(mtime) {
  const d = new Date(mtime * 1000);
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1);
  const date = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  return { time, date };
}

/** A zip archive, files deflated (level 9), with Unix modes and no extra fields. */
export function zip(files, mtime) {
  const { time, date } = dosTime(mtime);
  const local = [];
  const central = [];
  let offset = 0;
  for (const { path, data } of entries(files)) {
    const name = Buffer.from(path);
    const raw = data || Buffer.alloc(0);
    const packed = data ? deflateRawSync(raw, { level: 9 }) : raw;
    const method = data ? 8 : 0;
    const crc = crc32(raw);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4); // version needed
    head.writeUInt16LE(0x0800, 6); // names are UTF-8
    head.writeUInt16LE(method, 8);
    head.writeUInt16LE(time, 10);
    head.writeUInt16LE(date, 12);
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(raw.length, 22);
    head.writeUInt16LE(name.length, 26);
    local.push(head, name, packed);

    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, zip 2.0
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt16LE(time, 12);
    entry.writeUInt16LE(date, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(raw.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE((((data ? 0o100644 : 0o040755) << 16) | (data ? 0 : 0x10)) >>> 0, 38);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += head.length + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}
