// A `src` on another origin than the page's is not fetched unless the partner accepts, with
// third-party-src="shares-visitor-ip", that its server learns each visitor's IP address and the
// page they are on; the console says so either way. The other origin is a second server on
// another loopback port, so "no request" is counted where the request would arrive.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startWithOtherOrigin, newContext, ready, oneServiceDirectory, shownServices } from './helpers.mjs';

const CONTACTS = oneServiceDirectory('other-origin-line');

let env;
before(async () => (env = await startWithOtherOrigin(CONTACTS)));
after(() => env.close());

async function open(query) {
  const { context } = await newContext(env.browser);
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.goto(`${env.base}/test/widget.html?lang=en&${query}`);
  return { context, page, warnings };
}

test('a src on another origin is refused without the consent attribute, with a warning that says why', async () => {
  env.otherRequests.length = 0;
  const { context, page, warnings } = await open(`src=${encodeURIComponent(env.otherSrc)}`);
  await ready(page, 'degraded');
  const warning = warnings.find((w) => w.includes('<safe-exit> src'));
  assert.ok(warning, `no warning: ${warnings}`);
  assert.match(warning, /is another origin than this page .*IP address.*not fetched.*third-party-src="shares-visitor-ip"/);
  const services = await shownServices(page);
  assert.ok(services.includes('emergency-112') && !services.includes('other-origin-line'), `${services}`);
  assert.deepEqual(env.otherRequests, [], 'the other origin was asked for the file');
  await context.close();
});

test('with third-party-src="shares-visitor-ip" the file is fetched, and the console names the risk', async () => {
  env.otherRequests.length = 0;
  const { context, page, warnings } = await open(`src=${encodeURIComponent(env.otherSrc)}&third-party-src=shares-visitor-ip`);
  await ready(page, 'ready');
  const services = await shownServices(page);
  assert.deepEqual(services, ['other-origin-line']);
  assert.equal(env.otherRequests.length, 1);
  assert.equal(env.otherRequests[0].origin, env.base, 'what the other origin learns: the page it was fetched from');
  const warning = warnings.find((w) => w.includes('<safe-exit> src'));
  assert.match(warning || '', /another origin than this page .*IP address.*fetched because third-party-src="shares-visitor-ip"/);
  await context.close();
});

test('a src on the page\'s own origin, even written absolute, needs no consent and warns nothing', async () => {
  const { context, page, warnings } = await open(`src=${encodeURIComponent(`${env.base}/test/no-such-contacts.json`)}`);
  await ready(page, 'degraded');
  const warning = warnings.find((w) => w.includes('<safe-exit> src'));
  assert.match(warning || '', /answered HTTP 404/, 'fetched (and missing), not refused');
  assert.ok(!warnings.some((w) => w.includes('another origin')), `${warnings}`);
  await context.close();
});
