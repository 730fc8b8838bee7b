// Whether the loader's Back guard runs before the first paint, in Chromium, for builds of the
// WordPress plugin on a block theme and on a classic one (docs/wordpress.md). The loader defines
// <safe-exit> right after its guard, so the define is taken as the guard's time. Prints figures,
// asserts nothing. Usage, after scripts/build-wordpress.sh:
//   SAFE_EXIT_WORDPRESS=sid node scripts/wordpress-guard-timing.mjs [LABEL=PLUGIN_DIR ...]
// (default: built=dist/wordpress/safe-exit).
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/e2e/helpers.mjs';
import { startWordPress } from '../tests/wordpress/site.mjs';

const LOADS = 10;
const builds = process.argv.slice(2).map((pair) => pair.split('='));
if (!builds.length) builds.push(['built', 'dist/wordpress/safe-exit']);
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];

const wp = await startWordPress();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const classic = join(wp.content, 'themes/safe-exit-timing-classic');
  mkdirSync(classic, { recursive: true });
  writeFileSync(join(classic, 'style.css'), '/*\nTheme Name: Safe Exit timing classic\n*/\n');
  writeFileSync(join(classic, 'index.php'), '<!doctype html><html><head><?php wp_head(); ?></head><body><?php wp_body_open(); ?><main>Classic</main><?php wp_footer(); ?></body></html>\n');
  const [[block]] = await wp.sql("SELECT option_value FROM wp_options WHERE option_name = 'stylesheet'");
  for (const theme of [block, 'safe-exit-timing-classic']) {
    await wp.sql(`UPDATE wp_options SET option_value = '${theme}' WHERE option_name IN ('template', 'stylesheet')`);
    for (const [label, dir] of builds) {
      rmSync(join(wp.content, 'plugins/safe-exit'), { recursive: true, force: true });
      cpSync(dir, join(wp.content, 'plugins/safe-exit'), { recursive: true });
      await wp.sql(`UPDATE wp_options SET option_value = 'a:1:{i:0;s:23:"safe-exit/safe-exit.php";}' WHERE option_name = 'active_plugins'`);
      const loads = [];
      for (let i = 0; i < LOADS; i++) {
        const context = await browser.newContext();
        await context.addInitScript(() => {
          const define = customElements.define.bind(customElements);
          customElements.define = (tag, ...rest) => {
            if (tag === 'safe-exit') window.safeExitDefinedAt = performance.now();
            return define(tag, ...rest);
          };
        });
        const page = await context.newPage();
        await page.goto(`${wp.base}/`, { waitUntil: 'load' });
        await page.waitForFunction(() => window.safeExitDefinedAt && performance.getEntriesByName('first-paint').length, null, { timeout: 15000 });
        loads.push(await page.evaluate(() => ({ guard: window.safeExitDefinedAt, paint: performance.getEntriesByName('first-paint')[0].startTime })));
        await context.close();
      }
      const first = loads.filter((load) => load.guard < load.paint).length;
      console.log(`WordPress ${wp.version}, ${theme}, ${label}: guard before the first paint in ${first}/${LOADS} loads; median guard ${median(loads.map((l) => l.guard)).toFixed(0)} ms, first paint ${median(loads.map((l) => l.paint)).toFixed(0)} ms`);
    }
  }
} finally {
  await browser.close();
  await wp.stop();
}
