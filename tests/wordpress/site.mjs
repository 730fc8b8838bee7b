// A real WordPress for the plugin's tests, set up from nothing on this machine: Debian's
// packages (scripts/install-tools.sh --wordpress installs them), MariaDB started if it is not
// running, a database and the host's config file, `php -S` with tests/wordpress/router.php,
// and WordPress's own installer. `stop()` undoes all of it, whatever happened in between.
import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, rmSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = process.getuid() === 0 ? [] : ['sudo'];
const sudo = (command, args, options) => (root.length ? run('sudo', [command, ...args], options) : run(command, args, options));

export const WORDPRESS = '/usr/share/wordpress';
export const CONTENT = '/var/lib/wordpress/wp-content';
const CONFIG = '/etc/wordpress/config-127.0.0.1.php';
const MARKER = '// Written by the Safe Exit WordPress tests';
const DATABASE = 'safe_exit_wp';
export const ADMIN = { user: 'admin', password: 'a-Strong-test-passw0rd!' };

/** Runs SQL as MariaDB's root (over its socket); returns the rows as arrays of strings. */
export async function sql(query, database = DATABASE) {
  const { stdout } = await sudo('mysql', ['--batch', '--skip-column-names', ...(database ? [database] : []), '-e', query]);
  return stdout.split('\n').filter(Boolean).map((line) => line.split('\t'));
}

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

async function mariadbRunning() {
  try {
    await sudo('mysqladmin', ['ping', '--silent']);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(check, what, ms = 20000) {
  for (const deadline = Date.now() + ms; Date.now() < deadline; ) {
    if (await check()) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * Starts WordPress on a free port of 127.0.0.1 and installs it with an administrator. Returns
 * `{ base, debugLog, sql, stop }`.
 */
export async function startWordPress() {
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
    if (!(await mariadbRunning())) {
      await sudo('service', ['mariadb', 'start']);
      undo.push(() => sudo('service', ['mariadb', 'stop']));
      await waitFor(mariadbRunning, 'MariaDB');
    }
    const password = `pw-${process.pid}-${Date.now()}`;
    await sql(
      `DROP DATABASE IF EXISTS ${DATABASE}; CREATE DATABASE ${DATABASE} CHARACTER SET utf8mb4;` +
        ` CREATE OR REPLACE USER '${DATABASE}'@'localhost' IDENTIFIED BY '${password}';` +
        ` GRANT ALL ON ${DATABASE}.* TO '${DATABASE}'@'localhost';`,
      null,
    );
    undo.push(() => sql(`DROP DATABASE IF EXISTS ${DATABASE}; DROP USER IF EXISTS '${DATABASE}'@'localhost';`, null));

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const scratch = mkdtempSync(join(tmpdir(), 'safe-exit-wp-'));
    undo.push(async () => rmSync(scratch, { recursive: true, force: true }));
    const debugLog = join(scratch, 'debug.log');
    // A config left by someone else is put back afterwards.
    const previous = existsSync(CONFIG) ? readFileSync(CONFIG, 'utf8') : null;
    if (previous !== null && !previous.includes(MARKER)) undo.push(async () => writeFileSync(CONFIG, previous));
    else undo.push(async () => rmSync(CONFIG, { force: true }));
    writeFileSync(
      CONFIG,
      `<?php\n${MARKER}; removed when they end.\n` +
        `define('DB_NAME', '${DATABASE}');\ndefine('DB_USER', '${DATABASE}');\ndefine('DB_PASSWORD', '${password}');\n` +
        `define('DB_HOST', 'localhost');\ndefine('WP_CONTENT_DIR', '${CONTENT}');\n` +
        `define('WP_HOME', '${base}');\ndefine('WP_SITEURL', '${base}');\n` +
        // Nothing leaves the machine (update checks, plugin directory), no loopback requests
        // into the test server (cron), and plugins install without FTP credentials.
        `define('WP_HTTP_BLOCK_EXTERNAL', true);\ndefine('DISABLE_WP_CRON', true);\ndefine('AUTOMATIC_UPDATER_DISABLED', true);\n` +
        `define('FS_METHOD', 'direct');\n` +
        `define('WP_DEBUG', true);\ndefine('WP_DEBUG_DISPLAY', false);\ndefine('WP_DEBUG_LOG', '${debugLog}');\n`,
    );
    // A plugin left by an interrupted run would make the upload fail.
    const plugin = join(CONTENT, 'plugins/safe-exit');
    rmSync(plugin, { recursive: true, force: true });
    undo.push(async () => rmSync(plugin, { recursive: true, force: true }));

    // Its own process group: with workers, killing the first process alone leaves the others.
    const server = spawn('php', ['-S', `127.0.0.1:${port}`, resolve('tests/wordpress/router.php')], {
      cwd: WORDPRESS,
      detached: true,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let serverLog = '';
    server.stderr.on('data', (chunk) => (serverLog = (serverLog + chunk).slice(-4000)));
    undo.push(async () => {
      if (server.exitCode === null) {
        const exited = new Promise((done) => server.once('exit', done));
        process.kill(-server.pid, 'SIGTERM');
        await exited;
      }
    });
    await waitFor(() => fetch(`${base}/wp-login.php`).then(() => true, () => false), `php -S on ${base} (${serverLog})`);

    const install = await fetch(`${base}/wp-admin/install.php?step=2`, {
      method: 'POST',
      body: new URLSearchParams({
        weblog_title: 'Crisis Centre', user_name: ADMIN.user, admin_password: ADMIN.password, admin_password2: ADMIN.password,
        pw_weak: '1', admin_email: 'admin@example.org', blog_public: '0', language: '',
      }),
    });
    const page = await install.text();
    if (!install.ok || !page.includes('wp-login.php')) throw new Error(`the installer failed: ${install.status} ${page.slice(0, 500)}`);
    return { base, debugLog, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
