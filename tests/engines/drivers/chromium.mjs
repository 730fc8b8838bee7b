// Debian's Chromium through puppeteer-core (CDP), with the flags of the Playwright suite and the
// popup blocker on, as in a visitor's browser.
import { CHROMIUM_ARGS } from '../../e2e/helpers.mjs';
import { launchPuppeteer } from './puppeteer.mjs';

export const name = 'chromium';

export function launch({ javascript = true } = {}) {
  return launchPuppeteer(
    {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
      ignoreDefaultArgs: ['--disable-popup-blocking'],
      // The test sources' https site has a certificate of its own (tests/engines/sites.mjs).
      acceptInsecureCerts: true,
    },
    { javascript },
  );
}
