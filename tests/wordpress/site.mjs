// A real WordPress for the plugin's tests, set up from nothing on this machine and torn down by
// `stop()`, whatever happened in between: a copy of a WordPress tree in a scratch folder with its
// own wp-config.php, a private MariaDB (bookworm's binaries, its own data folder and socket, no
// network), `php -S` with tests/wordpress/router.php, and WordPress's own installer. Nothing
// outside the scratch folder is written. Which WordPress: SAFE_EXIT_WORDPRESS=debian (Debian
// 12's 6.1, scripts/install-tools.sh --wordpress installs it) or sid (Debian sid's newest, with
// Twenty Twenty-Five, fetched into a cache folder by tests/wordpress/newest.sh).
import { execFile, spawn } from 'node:child_process';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const DATABASE = 'safe_exit_wp';
export const ADMIN = { user: 'admin', password: 'a-Strong-test-passw0rd!' };
export const FLAVOUR = process.env.SAFE_EXIT_WORDPRESS || 'debian';

/** The WordPress tree of a flavour, fetched first if it is sid's. */
async function source(flavour) {
  if (flavour === 'debian') return '/usr/share/wordpress';
  if (flavour === 'sid') {
    const { stdout } = await run('bash', [resolve('tests/wordpress/newest.sh')], { maxBuffer: 1 << 24 });
    return stdout.trim().split('\n').pop();
  }
  throw new Error(`SAFE_EXIT_WORDPRESS=${flavour}: choose debian or sid`);
}

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

async function waitFor(check, what, ms = 30000) {
  for (const deadline = Date.now() + ms; Date.now() < deadline; ) {
    if (await check()) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Starts a process in its own group; the returned function stops the whole group. */
function started(command, args, options) {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (chunk) => (log = (log + chunk).slice(-4000)));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    process.kill(-child.pid, 'SIGTERM');
    await exited;
  };
  return { child, stop, log: () => log };
}

/**
 * A private MariaDB in `folder`, reachable only over its socket; root over the socket is the
 * user running the tests. Returns `{ socket, sql, stop }`.
 */
async function startMariaDB(folder) {
  const data = join(folder, 'db');
  const runDir = join(folder, 'run');
  mkdirSync(data);
  mkdirSync(runDir);
  const socket = join(runDir, 'db.sock');
  // As root, the server runs as `mysql`, which must reach the folders.
  const asRoot = process.getuid() === 0;
  const owner = asRoot ? ['--user=mysql'] : [];
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'mysql']);
    const { stdout: group } = await run('id', ['-g', 'mysql']);
    for (const dir of [data, runDir]) chownSync(dir, Number(stdout), Number(group));
  }
  await run('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, ...owner, '--auth-root-authentication-method=socket', `--auth-root-socket-user=${userInfo().username}`, '--skip-test-db']);
  const server = started('mariadbd', ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, `--pid-file=${join(runDir, 'db.pid')}`, '--skip-networking', ...owner], {});
  const sql = async (query, database = DATABASE) => {
    const { stdout } = await run('mysql', ['--no-defaults', `--socket=${socket}`, '-u', 'root', '--batch', '--skip-column-names', ...(database ? [database] : []), '-e', query]);
    return stdout.split('\n').filter(Boolean).map((line) => line.split('\t'));
  };
  try {
    await waitFor(() => sql('SELECT 1', null).then(() => true, () => false), `MariaDB (${server.log()})`);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { socket, sql, stop: server.stop };
}

/**
 * Starts WordPress on a free port of 127.0.0.1 and installs it with an administrator. Returns
 * `{ base, version, root, content, debugLog, sql, stop }`.
 */
export async function startWordPress({ flavour = FLAVOUR } = {}) {
  const undo = [];
  const stop = async () => {
    for (const step of undo.reverse()) await step().catch((error) => console.error('clean-up:', error.message));
    undo.length = 0;
    process.off('SIGINT', interrupted).off('SIGTERM', interrupted);
  };
  // An interrupted run (Ctrl+C, a CI timeout) cleans up too.
  const interrupted = (signal) => stop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  try {
    const tree = await source(flavour);
    const scratch = mkdtempSync(join(tmpdir(), 'safe-exit-wp-'));
    undo.push(async () => rmSync(scratch, { recursive: true, force: true }));
    chmodSync(scratch, 0o755);
    const root = join(scratch, 'wordpress');
    // Links that lead nowhere here (Debian's .htaccess into /etc/wordpress) are left out.
    cpSync(tree, root, { recursive: true, dereference: true, filter: (path) => existsSync(path) });
    const version = readFileSync(join(root, 'wp-includes/version.php'), 'utf8').match(/\$wp_version = '([^']+)'/)[1];

    const db = await startMariaDB(scratch);
    undo.push(db.stop);
    const password = `pw-${process.pid}-${Date.now()}`;
    await db.sql(
      `CREATE DATABASE ${DATABASE} CHARACTER SET utf8mb4; CREATE USER '${DATABASE}'@'localhost' IDENTIFIED BY '${password}';` +
        ` GRANT ALL ON ${DATABASE}.* TO '${DATABASE}'@'localhost';`,
      null,
    );

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const debugLog = join(scratch, 'debug.log');
    writeFileSync(
      join(root, 'wp-config.php'),
      `<?php\n// Written by the Safe Exit WordPress tests (tests/wordpress/site.mjs).\n` +
        `define('DB_NAME', '${DATABASE}');\ndefine('DB_USER', '${DATABASE}');\ndefine('DB_PASSWORD', '${password}');\n` +
        `define('DB_HOST', 'localhost:${db.socket}');\n$table_prefix = 'wp_';\n` +
        `define('WP_HOME', '${base}');\ndefine('WP_SITEURL', '${base}');\n` +
        // Nothing leaves the machine (update checks, plugin directory), no loopback requests
        // into the test server (cron), and plugins install without FTP credentials.
        `define('WP_HTTP_BLOCK_EXTERNAL', true);\ndefine('DISABLE_WP_CRON', true);\ndefine('AUTOMATIC_UPDATER_DISABLED', true);\n` +
        `define('FS_METHOD', 'direct');\n` +
        `define('WP_DEBUG', true);\ndefine('WP_DEBUG_DISPLAY', false);\ndefine('WP_DEBUG_LOG', '${debugLog}');\n` +
        `if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');\nrequire_once ABSPATH . 'wp-settings.php';\n`,
    );

    // Its own process group: with workers, killing the first process alone leaves the others.
    const server = started('php', ['-S', `127.0.0.1:${port}`, resolve('tests/wordpress/router.php')], {
      cwd: root,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    });
    undo.push(server.stop);
    await waitFor(() => fetch(`${base}/wp-login.php`).then(() => true, () => false), `php -S on ${base} (${server.log()})`);

    const install = await fetch(`${base}/wp-admin/install.php?step=2`, {
      method: 'POST',
      body: new URLSearchParams({
        weblog_title: 'Crisis Centre', user_name: ADMIN.user, admin_password: ADMIN.password, admin_password2: ADMIN.password,
        pw_weak: '1', admin_email: 'admin@example.org', blog_public: '0', language: '',
      }),
    });
    const page = await install.text();
    if (!install.ok || !page.includes('wp-login.php')) throw new Error(`the installer failed: ${install.status} ${page.slice(0, 500)}`);
    return { base, version, root, content: join(root, 'wp-content'), debugLog, sql: db.sql, serverLog: server.log, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
