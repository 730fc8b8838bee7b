// WebKitGTK's MiniBrowser through WebKitWebDriver and selenium-webdriver. The MiniBrowser has no
// headless mode: launch() starts an Xvfb display and the driver on free ones, and close() (or
// this process ending) stops both.
import { execFile, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { Builder, By, Key, Origin } from 'selenium-webdriver';
import { decodeXwd } from '../images.mjs';

export const name = 'webkit';

const MINIBROWSER = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const KEYS = { left: Key.SHIFT, right: '\uE050' }; // WebDriver's code for the right Shift key

const children = new Set();
process.on('exit', () => children.forEach((child) => child.kill()));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    children.forEach((child) => child.kill());
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  });
}

function start(command, args, options) {
  const child = spawn(command, args, options);
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

/** Xvfb on the first free display, which it reports on file descriptor 3. */
async function startDisplay() {
  const xvfb = start('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  const display = await new Promise((done, fail) => {
    let text = '';
    xvfb.stdio[3].on('data', (data) => (text += data) && text.includes('\n') && done(`:${text.trim()}`));
    xvfb.on('exit', (code) => fail(new Error(`Xvfb exited (${code})`)));
  });
  return { xvfb, display };
}

function freePort() {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

async function until(probe) {
  for (const deadline = Date.now() + 10000; Date.now() < deadline; await new Promise((done) => setTimeout(done, 100))) {
    const value = await probe();
    if (value.length) return value;
  }
  throw new Error('the new MiniBrowser window did not appear');
}

async function startDriver(display) {
  const port = await freePort();
  const driver = start('WebKitWebDriver', [`--port=${port}`], { env: { ...process.env, DISPLAY: display }, stdio: 'ignore' });
  for (const deadline = Date.now() + 10000; Date.now() < deadline; ) {
    const up = await fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false);
    if (up) return { driver, url: `http://127.0.0.1:${port}` };
    await new Promise((done) => setTimeout(done, 100));
  }
  driver.kill();
  throw new Error('WebKitWebDriver did not start');
}

export async function launch({ javascript = true } = {}) {
  const { xvfb, display } = await startDisplay();
  const { driver: server, url } = await startDriver(display).catch((error) => (xvfb.kill(), Promise.reject(error)));
  const stop = () => [server, xvfb].forEach((child) => child.kill());
  let session;
  try {
    session = await new Builder()
      .usingServer(url)
      .withCapabilities({
        browserName: 'MiniBrowser',
        // The test sources' https site has a certificate of its own (tests/engines/sites.mjs).
        acceptInsecureCerts: true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', `--enable-javascript=${javascript}`] },
      })
      .build();
  } catch (error) {
    stop();
    throw error;
  }
  // The first window stays open and unused, so the session lives while tabs come and go.
  const home = await session.getWindowHandle();
  return {
    // A window, not a tab: the MiniBrowser does not render a background tab, and WebDriver's
    // input actions wait for it to render.
    async newTab() {
      const before = await browserWindows(display);
      await session.switchTo().newWindow('window');
      const [window] = await until(async () => (await browserWindows(display)).filter((id) => !before.includes(id)));
      return webkitTab(session, home, () => screen(display, window));
    },
    async close() {
      await session.quit().catch(() => {});
      stop();
    },
  };
}

const x11 = (command, args) =>
  new Promise((done, fail) =>
    execFile(command, args, { encoding: 'buffer', maxBuffer: 64 << 20 }, (error, out) => (error ? fail(error) : done(out))),
  );

/** The MiniBrowser's top-level windows on `display` (xwininfo), by X window id. */
async function browserWindows(display) {
  const tree = (await x11('xwininfo', ['-root', '-children', '-display', display])).toString();
  return tree.split('\n').filter((line) => line.includes('("MiniBrowser" "MiniBrowser")') && !/ \d\dx\d\d\+/.test(line)).map((line) => line.trim().split(' ')[0]);
}

/**
 * What the tab's window shows on the X display now (xwd). WebDriver's own screenshot waits,
 * like every WebDriver command in WebKit, for a pending navigation to finish, and renders the
 * page anew instead of reading what is on screen.
 */
async function screen(display, window) {
  return decodeXwd(await x11('xwd', ['-id', window, '-silent', '-display', display]));
}

function webkitTab(session, home, screenshot) {
  const run = (fn, arg) => session.executeScript(`return (${fn}).apply(null, arguments)`, arg);
  return {
    goto: (url) => session.get(url),
    url: () => session.getCurrentUrl(),
    evaluate: run,
    // Clicks through the actions API, which, unlike Element Click, does not wait for the
    // navigation the click starts.
    async click(selector) {
      const element = await session.findElement(By.css(selector));
      await session.actions().move({ origin: element }).click().perform();
    },
    async clickInShadow(host, inner) {
      const root = await session.findElement(By.css(host)).getShadowRoot();
      const element = await root.findElement(By.css(inner));
      await session.actions().move({ origin: element }).click().perform();
    },
    async followFirstLink() {
      await session.actions().sendKeys(Key.TAB, Key.ENTER).perform();
    },
    async pressShift(sides) {
      let actions = session.actions();
      for (const side of sides) actions = actions.keyDown(KEYS[side]).keyUp(KEYS[side]);
      await actions.perform();
    },
    back() {
      session.navigate().back().catch(() => {});
    },
    forward() {
      session.navigate().forward().catch(() => {});
    },
    reload() {
      session.navigate().refresh().catch(() => {});
    },
    async typeInFrame(selector, text) {
      await session.switchTo().frame(0);
      const element = await session.findElement(By.css(selector));
      await session.actions().move({ origin: element }).click().sendKeys(text).perform();
      await session.switchTo().defaultContent();
    },
    async clickAt(x, y) {
      await session.actions().move({ origin: Origin.VIEWPORT, x: Math.round(x), y: Math.round(y) }).click().perform();
    },
    screenshot,
    async tabCount() {
      return (await session.getAllWindowHandles()).length - 1;
    },
    async close() {
      for (const other of await session.getAllWindowHandles()) {
        if (other === home) continue;
        await session.switchTo().window(other);
        await session.close();
      }
      await session.switchTo().window(home);
    },
  };
}
