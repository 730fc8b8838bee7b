// The release archive as a partner unpacks it, for the tests that serve it: built from a copy
// of dist/ (without the other targets' outputs), so that dist/release stays as it was.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { version } from '../../scripts/build-pkg.mjs';

/** Builds the .tar.gz from `dist` in `work`, unpacks it into `work/folder`, and returns the unpacked release's folder. */
export function unpackedRelease(work, folder, dist = process.env.SAFE_EXIT_DIST || 'dist') {
  const copy = join(work, 'dist');
  for (const name of readdirSync(dist).filter((name) => !['release', 'publish', 'wordpress'].includes(name))) {
    cpSync(join(dist, name), join(copy, name), { recursive: true });
  }
  execFileSync('node', ['scripts/build-release.mjs'], { env: { ...process.env, SAFE_EXIT_DIST: copy }, stdio: ['ignore', 'ignore', 'inherit'] });
  mkdirSync(join(work, folder));
  execFileSync('tar', ['-xzf', join(copy, 'release', `safe-exit-${version()}.tar.gz`), '-C', join(work, folder)]);
  return join(work, folder, `safe-exit-${version()}`);
}
