// An element the visitor puts in fullscreen (a video) enters the top layer after the widget's
// floating bar: before the bar re-entered it on `fullscreenchange`, the exit was hidden while a
// tap on its place still left. In every engine: the exit button is painted over the fullscreen
// element, and the shortcut still leaves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eachEngine, armed, at, visit, until } from './engines.mjs';
import { countColour } from './images.mjs';

const FILM = [255, 0, 0];
const EXIT_ACCENT = [0xa4, 0x16, 0x1a]; // the exit button's default background (static/widget.css --accent)

eachEngine({}, (env) => {
  test('an element in fullscreen does not hide the exit, and the shortcut still leaves', async () => {
    const tab = await env.browser.newTab();
    await tab.goto(`${env.base}/engines/site-1.html`);
    await armed(tab);
    await tab.evaluate(() => {
      const film = document.createElement('div');
      film.id = 'film';
      film.style.cssText = 'background:rgb(255,0,0);width:200px;height:100px;margin:200px 0 0 100px';
      film.addEventListener('click', () => film.requestFullscreen());
      document.body.append(film);
    });
    await tab.click('#film'); // a trusted click: fullscreen needs one
    await until(() => tab.evaluate(() => document.fullscreenElement?.id === 'film'), 'the element to be fullscreen');
    // The bar enters the top layer again when `fullscreenchange` is dispatched, in the frame
    // after the element went fullscreen: the screen is read until the film fills it.
    const screen = await until(async () => {
      const shot = await tab.screenshot();
      return countColour(shot, FILM) > (shot.pixels.length / shot.channels) / 2 && shot;
    }, 'the fullscreen element on screen');
    const painted = async () => countColour(await tab.screenshot(), EXIT_ACCENT);
    const exit = await until(async () => (await painted()) > 100, 'the exit button on screen', 3000).catch(painted);
    assert.ok(countColour(screen, FILM) > 0);
    assert.ok(exit === true, `${env.engine}: the exit button is not painted over the fullscreen element (${exit} pixels of it)`);
    const seen = env.neutral.visits.length;
    await tab.pressShift(['left', 'left', 'right']);
    await visit(env.neutral, seen + 1);
    await at(tab, env.neutral.url);
    await tab.close();
  });
});
