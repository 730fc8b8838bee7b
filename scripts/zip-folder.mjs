// Writes a folder into a reproducible zip (scripts/archive.mjs): the same files give the same
// bytes, whoever builds them and when; the only timestamp is SOURCE_DATE_EPOCH, else the
// commit's time. Usage: node scripts/zip-folder.mjs PARENT FOLDER OUT.zip (FOLDER inside PARENT
// becomes the archive's one top folder).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zip } from './archive.mjs';

const [parent, folder, out] = process.argv.slice(2);
if (!out) throw new Error('usage: node scripts/zip-folder.mjs PARENT FOLDER OUT.zip');
const mtime = Number(process.env.SOURCE_DATE_EPOCH || execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8' }).trim());
if (!Number.isInteger(mtime) || mtime <= 0) throw new Error(`SOURCE_DATE_EPOCH is not a time: ${process.env.SOURCE_DATE_EPOCH}`);

function walk(dir, prefix) {
  return readdirSync(join(dir, prefix)).sort().flatMap((name) => {
    const path = `${prefix}/${name}`;
    return statSync(join(dir, path)).isDirectory() ? walk(dir, path) : [path];
  });
}

writeFileSync(out, zip(walk(parent, folder).map((path) => ({ path, data: readFileSync(join(parent, path)) })), mtime));
