// Every link in the repository's Markdown resolves: a relative link names a file or folder that
// exists, and its #fragment, if any, names a heading of that file (as GitHub makes the ids).
// And no text names a docs/ Markdown file that is not there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const tracked = (...patterns) => execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', ...patterns], { encoding: 'utf8' }).split('\n').filter(Boolean);
const MARKDOWN = tracked('*.md').filter((path) => !path.startsWith('node_modules/') && existsSync(path));

// GitHub's heading ids: lower case, punctuation dropped, spaces made dashes.
const slug = (heading) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');

function headings(path) {
  const text = readFileSync(path, 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map(([, heading]) => slug(heading)));
}

// Links of the form [text](target), outside code spans and fenced code.
function links(path) {
  const text = readFileSync(path, 'utf8').replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map(([, target]) => target);
}

test('every relative Markdown link names a file that exists, and a heading of it', () => {
  const broken = [];
  for (const path of MARKDOWN) {
    for (const target of links(path)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
      const [file, fragment] = target.split('#');
      const resolved = file ? normalize(join(dirname(path), decodeURIComponent(file))) : path;
      if (!existsSync(resolved)) broken.push(`${path}: ${target} (no ${resolved})`);
      else if (fragment && resolved.endsWith('.md') && !headings(resolved).has(fragment)) broken.push(`${path}: ${target} (no heading #${fragment})`);
      else if (fragment && !resolved.endsWith('.md') && statSync(resolved).isDirectory()) broken.push(`${path}: ${target} (a folder has no headings)`);
    }
  }
  assert.deepEqual(broken, []);
});

test('every docs/*.md named in the repository exists', () => {
  const named = [];
  for (const path of tracked('*.md', '*.rs', '*.mjs', '*.js', '*.sh', '*.php', '*.txt', 'Makefile', '*.toml', '*.json', '*.html', '*.po', '*.pot')) {
    if (path.startsWith('node_modules/') || !existsSync(path) || statSync(path).isDirectory()) continue;
    for (const [docs] of readFileSync(path, 'utf8').matchAll(/\bdocs\/[\w./-]*?\.md\b/g)) {
      if (!existsSync(docs)) named.push(`${path}: ${docs}`);
    }
  }
  assert.deepEqual(named, []);
});
