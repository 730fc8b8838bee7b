// Debian's Firefox ESR through puppeteer-core over WebDriver BiDi (no geckodriver), with the
// popup blocker on, as in a visitor's browser.
import { launchPuppeteer } from './puppeteer.mjs';

export const name = 'firefox';

export function launch({ javascript = true } = {}) {
  return launchPuppeteer(
    {
      browser: 'firefox',
      executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr',
      headless: true,
      extraPrefsFirefox: { 'dom.disable_open_during_load': true, ...(javascript ? {} : { 'javascript.enabled': false }) },
      // The test sources' https site has a certificate of its own (tests/engines/sites.mjs).
      acceptInsecureCerts: true,
    },
    { javascript },
  );
}
