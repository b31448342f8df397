/**
 * The iframe embed in every engine: the built files (dist/embed.html, which loads dist/twinning.js,
 * and dist/embed-resize.js from `npm run build:lib`) on a CMS-like host page. The embed draws,
 * fits its height, takes a real click and the keyboard, and its dashboard links the elements.
 */
import { waitUntil } from '@open-wc/testing';
import { nextEvent } from '../helpers/events.ts';
import { click, drawn, expect, marks, onTop, press, settle, stable, type Host } from './support.ts';

/** Opens `src` in an iframe `width` px wide on the test page. */
async function open(src: string, width: number, height = 560): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  frame.style.border = '0';
  frame.style.display = 'block';
  const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The first `tag` element in `frame`'s page, once it exists. */
async function elementIn(frame: HTMLIFrameElement, tag: string): Promise<Host> {
  await waitUntil(() => frame.contentDocument?.querySelector(tag), `no <${tag}> in ${frame.src}`, { timeout: 20000 });
  return frame.contentDocument!.querySelector<Host>(tag)!;
}

/** The host page with the embed iframe inside, once the embedded map has drawn its links. */
async function hostPage(width: number): Promise<{ host: HTMLIFrameElement; embed: HTMLIFrameElement; map: Host }> {
  const host = await open('/test/engines/embed-host.html', width);
  const embed = await elementIn(host, 'iframe#embed') as unknown as HTMLIFrameElement;
  await waitUntil(() => embed.contentDocument?.readyState === 'complete', 'the embed never loaded', { timeout: 20000 });
  const map = await elementIn(embed, 'twinning-map');
  await drawn(map, "[part~='link']", 20000);
  await stable(map);
  return { host, embed, map };
}

/** Resolves once the iframe is as tall as its document (within 2 px). */
async function fitted(embed: HTMLIFrameElement): Promise<void> {
  const doc = embed.contentDocument!;
  await waitUntil(() => Math.abs(embed.clientHeight - doc.documentElement.getBoundingClientRect().height) <= 2,
    'the iframe height never matched its document', { timeout: 15000 });
  const root = doc.documentElement;
  expect(root.scrollHeight, 'content taller than the iframe').to.be.at.most(root.clientHeight + 1);
  expect(root.scrollWidth, 'content wider than the iframe').to.be.at.most(root.clientWidth + 1);
}

describe('engines: the iframe embed (dist/embed.html, dist/embed-resize.js)', function () {
  this.timeout(60000);

  it('draws the map inside the iframe, which embed-resize.js sizes to its content, also when the host narrows', async () => {
    const { host, embed, map } = await hostPage(760);
    await fitted(embed);
    expect(embed.clientHeight).to.be.greaterThan(300);
    expect(marks(map, "[part~='link']").length).to.be.greaterThan(10);
    const wide = embed.clientHeight;
    host.width = '460';
    await waitUntil(() => embed.clientHeight !== wide, 'the iframe height did not change', { timeout: 15000 });
    await fitted(embed);
  });

  it('a real click on a link inside the embed selects it; arrows and Enter select from the keyboard', async () => {
    const { map } = await hostPage(760);
    const link = onTop(marks(map, "[part~='link']"));
    const id = link.getAttribute('data-twinning');
    let selected = nextEvent(map, 'twinning-select');
    await click(link);
    expect((await selected).twinning).to.equal(id);
    await settle(map);
    expect(marks(map, `[data-twinning='${id}']`)[0]!.getAttribute('part')).to.contain('link--selected');
    const dot = marks(map, "[data-place][tabindex='0']")[0]!;
    dot.focus();
    await settle(map);
    await press('ArrowRight');
    await settle(map);
    const focused = map.shadowRoot!.activeElement!;
    expect(focused.getAttribute('data-place')).to.be.a('string').and.not.equal(dot.getAttribute('data-place'));
    selected = nextEvent(map, 'twinning-select');
    await press('Enter');
    expect((await selected).twinning).to.be.a('string');
  });

  it('?view=dashboard: a real click on a map link selects the lane in the timeline of the built bundle', async () => {
    const frame = await open('/packages/elements/dist/embed.html?view=dashboard', 760, 1400);
    const provider = await elementIn(frame, 'twinning-data');
    const map = await elementIn(frame, 'twinning-map');
    const timeline = await elementIn(frame, 'twinning-timeline');
    const chart = await elementIn(frame, 'twinning-activity-chart');
    await drawn(map, "[part~='link']", 20000);
    await drawn(timeline, "[part~='lane']", 20000);
    await drawn(chart, "[part~='bar']", 20000);
    await stable(map);
    const link = onTop(marks(map, "[part~='link']"));
    const id = link.getAttribute('data-twinning');
    const selected = nextEvent(provider, 'twinning-select');
    await click(link);
    expect((await selected).twinning).to.equal(id);
    await waitUntil(() => marks(timeline, "[part~='lane--selected']").length === 1, 'the timeline marked no lane', { timeout: 10000 });
    expect(marks(timeline, "[part~='lane--selected']")[0]!.dataset['twinning']).to.equal(id);
  });
});
