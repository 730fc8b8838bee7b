// The release workflow, in one command (`make release-all`): tests, builds every artefact a
// release publishes into dist/publish/ with SHA256SUMS beside them, checks the packages as their
// registries would (npm publish --dry-run, publint, arethetypeswrong; cargo publish --dry-run),
// and writes PUBLISHING.md there: each publishing step, with the credentials it needs. It
// publishes nothing itself: the steps are run by a maintainer who holds those credentials
// (docs/releasing.md).
//   node scripts/release.mjs             the release: a clean work tree; `make test` first
//   node scripts/release.mjs --dry-run   the same artefacts and checks from the dist/ already
//                                        built, without `make test` and in any work tree
//                                        (tests/release/release-workflow.test.mjs runs it)
//   --out DIR                            where the artefacts go (default dist/publish)
//   SAFE_EXIT_DIST (default dist) is where the bundle is read, as for build-release.mjs.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { buildPackage, version } from './build-pkg.mjs';

const NODE_BIN = resolve('node_modules/.bin');

/** Runs `command`; returns its standard output and error. Throws with both when it fails. */
export function run(command, args, { cwd, env } = {}) {
  try {
    const result = execFileSync(command, args, { cwd, env: env ?? process.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
    return result;
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
}

/** Runs `command` and returns stdout and stderr apart (for commands whose warnings go to stderr). */
function runBoth(command, args, { cwd } = {}) {
  const out = mkdtempSync(join(tmpdir(), 'safe-exit-run-'));
  try {
    execFileSync('sh', ['-c', `"$@" >"${out}/stdout" 2>"${out}/stderr"`, 'sh', command, ...args], { cwd, stdio: 'ignore' });
    return { stdout: readFileSync(join(out, 'stdout'), 'utf8'), stderr: readFileSync(join(out, 'stderr'), 'utf8') };
  } catch {
    throw new Error(`${command} ${args.join(' ')} failed:\n${readFileSync(join(out, 'stdout'), 'utf8')}${readFileSync(join(out, 'stderr'), 'utf8')}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The npm package as npm would publish it: built from `embed` and packed into `out`; its path. */
export function packNpm(embed, out) {
  const work = mkdtempSync(join(tmpdir(), 'safe-exit-pkg-'));
  try {
    const pkg = buildPackage(join(work, 'pkg'), embed);
    const name = run('npm', ['pack', '--silent', '--pack-destination', resolve(out)], { cwd: pkg }).trim().split('\n').pop();
    return join(out, name);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * What npm and the packaging linters say of the packed package `tarball`: `npm publish
 * --dry-run` (no warning allowed), publint (no message of any level) and arethetypeswrong
 * (no problem for ESM importers: the package is ESM only). Returns the lines each printed.
 */
export async function checkNpm(tarball) {
  const publish = runBoth('npm', ['publish', '--dry-run', '--ignore-scripts', resolve(tarball)]);
  // Without credentials, npm says that publishing needs a login: about the maintainer, not the package.
  const warnings = publish.stderr.split('\n').filter((line) => /^npm (warn|error|ERR)/i.test(line) && !/requires you to be logged in .* \(dry-run\)$/.test(line));
  if (warnings.length) throw new Error(`npm publish --dry-run warned:\n${warnings.join('\n')}`);

  const { publint } = await import('publint');
  const { formatMessage } = await import('publint/utils');
  const { messages, pkg } = await publint({ pack: { tarball: new Uint8Array(readFileSync(tarball)).buffer }, level: 'suggestion', strict: true });
  if (messages.length) throw new Error(`publint:\n${messages.map((m) => `${m.type}: ${formatMessage(m, pkg)}`).join('\n')}`);

  const types = run(join(NODE_BIN, 'attw'), [resolve(tarball), '--profile', 'esm-only', '--format', 'ascii']);
  return { publish: publish.stderr + publish.stdout, publint: 'no messages', attw: types };
}

/** `cargo package` of the library: its file list and the .crate copied into `out`; its path.
 *  `verify: false` leaves out building it (cargo publish --dry-run does that). */
export function packCrate(out, { allowDirty = false, verify = true } = {}) {
  const flags = ['-p', 'safe-exit', '--locked', ...(allowDirty ? ['--allow-dirty'] : []), ...(verify ? [] : ['--no-verify'])];
  run('cargo', ['package', ...flags]);
  const crate = `safe-exit-${version()}.crate`;
  copyFileSync(join(process.env.CARGO_TARGET_DIR || 'target', 'package', crate), join(out, crate));
  return join(out, crate);
}

/** `cargo publish --dry-run` of the library: packs it, builds the packed crate, uploads nothing. */
export function checkCrate({ allowDirty = false } = {}) {
  return run('cargo', ['publish', '--dry-run', '-p', 'safe-exit', '--locked', ...(allowDirty ? ['--allow-dirty'] : [])]);
}

/** SHA256SUMS of every file in `dir` (but itself), in `sha256sum -c` format. */
export function sums(dir) {
  return readdirSync(dir)
    .filter((name) => name !== 'SHA256SUMS')
    .sort()
    .map((name) => `${createHash('sha256').update(readFileSync(join(dir, name))).digest('hex')}  ${name}\n`)
    .join('');
}

/** The publishing steps for the artefacts of `VERSION`, with the credentials each needs. */
export function publishingSteps(VERSION) {
  return `# Publishing Safe Exit ${VERSION}

Every file here was built, checked and summed by \`make release-all\` (scripts/release.mjs);
check them with \`sha256sum -c SHA256SUMS\` in this folder. Nothing was published. Each step
below is run by a maintainer who holds its credentials; they are independent of each other.
Publish the tag first: \`git tag -s v${VERSION} && git push --tags\` (push access to the
project's repository).

## 1. The archive (partners without a toolchain)

Files: \`safe-exit-${VERSION}.zip\`, \`safe-exit-${VERSION}.tar.gz\`, and \`SHA256SUMS\` beside them.
Attach all three to the release of the project's public home (project-home.json; not decided
yet, so hand them out directly until it is). Credentials: write access to that release page.

## 2. npm (bundler developers)

File: \`safe-exit-${VERSION}.tgz\` (checked with npm publish --dry-run, publint and arethetypeswrong).

    npm login
    npm publish safe-exit-${VERSION}.tgz --access public

Credentials: an npm account allowed to publish the package \`safe-exit\` (the first publish
claims the name), with two-factor authentication: \`npm publish\` asks for its one-time code
(\`--otp\`); or a granular access token with read and write access to the package.

## 3. crates.io (Yew developers)

File: \`safe-exit-${VERSION}.crate\` (checked with cargo publish --dry-run). cargo publishes
from the tagged source, not from the file; the file is what it uploads, for the record.

    git checkout v${VERSION}
    cargo login          # or CARGO_REGISTRY_TOKEN in the environment
    cargo publish -p safe-exit --locked

Credentials: a crates.io API token of an account that owns the crate \`safe-exit\` (the first
publish claims the name), with the publish-new scope the first time and publish-update after.

## 4. WordPress.org (WordPress admins)

File: \`safe-exit-wordpress-${VERSION}.zip\` (the plugin: one folder \`safe-exit/\`).

- First release: submit the zip on WordPress.org's "Add your plugin" page and wait for the
  review; the approval names the plugin's slug and its Subversion repository.
- Then, and for every later release: check out that repository, replace \`trunk/\` with the
  zip's \`safe-exit/\` folder, copy it to \`tags/${VERSION}/\` (its readme.txt's "Stable tag" is
  ${VERSION}), and commit:

      svn co <the plugin's Subversion repository> safe-exit-svn
      # trunk/ := the zip's safe-exit/; svn add / svn rm what changed
      svn cp trunk tags/${VERSION}
      svn ci -m "Safe Exit ${VERSION}" --username <WordPress.org username>

Credentials: the WordPress.org account that submitted the plugin (or one added as a committer),
with its SVN password, which is set apart from the login password in the account's profile
(Account & Security). Debian's \`subversion\` package gives \`svn\`.
`;
}

/** The release: every artefact into `out`, checked; returns the file names written. */
export async function release({ dryRun = false, out = join(process.env.SAFE_EXIT_DIST || 'dist', 'publish') } = {}) {
  const dist = process.env.SAFE_EXIT_DIST || 'dist';
  const VERSION = version();
  const step = (text) => console.log(`== ${text}`);
  if (!dryRun) {
    const dirty = run('git', ['status', '--porcelain']).trim();
    if (dirty) throw new Error(`the work tree has changes: commit them first, so that the artefacts are a commit's\n${dirty}`);
    step('make test (builds dist/ and runs every test)');
    execFileSync('make', ['test'], { stdio: 'inherit' });
  } else if (!existsSync(join(dist, 'embed', 'safe-exit.js'))) {
    throw new Error(`no bundle in ${dist}/embed: run make dist first`);
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  step('the archives (scripts/build-release.mjs)');
  run('node', ['scripts/build-release.mjs']);
  for (const ext of ['zip', 'tar.gz']) copyFileSync(join(dist, 'release', `safe-exit-${VERSION}.${ext}`), join(out, `safe-exit-${VERSION}.${ext}`));

  step('the npm package: npm pack, npm publish --dry-run, publint, arethetypeswrong');
  const tarball = packNpm(join(dist, 'embed'), out);
  await checkNpm(tarball);

  step('the crate: cargo package, cargo publish --dry-run');
  packCrate(out, { allowDirty: dryRun, verify: false });
  checkCrate({ allowDirty: dryRun });

  step('the WordPress plugin (scripts/build-wordpress.sh)');
  run('scripts/build-wordpress.sh', [], { env: { ...process.env, SAFE_EXIT_BUNDLE: join(dist, 'embed') } });
  copyFileSync(join('dist', 'wordpress', 'safe-exit.zip'), join(out, `safe-exit-wordpress-${VERSION}.zip`));

  writeFileSync(join(out, 'PUBLISHING.md'), publishingSteps(VERSION));
  writeFileSync(join(out, 'SHA256SUMS'), sums(out));
  const written = readdirSync(out).sort();
  step(`${out}/: ${written.join(', ')}${dryRun ? ' (dry run: no make test, any work tree)' : ''}`);
  console.log(`\n${publishingSteps(VERSION)}`);
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  await release({ dryRun: args.includes('--dry-run'), ...(outAt >= 0 && { out: args[outAt + 1] }) });
}
