/**
 * The iframe embed (dist/embed.html, built by `npm run build:lib`) and the host script that
 * sizes it (dist/embed-resize.js), checked on test/embed/host.html as a reader's browser sees it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { drawn } from './frame.ts';

interface HeightMessage { type: string; height: number; id: string | null }

async function open(src: string, width = 900): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '700';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The first `tag` element in the page of `frame`, once it exists. */
async function elementIn(frame: HTMLIFrameElement, tag: string): Promise<Element> {
  await waitUntil(() => frame.contentDocument?.querySelector(tag), `embed.html made no <${tag}>`, { timeout: 15000 });
  return frame.contentDocument!.querySelector(tag)!;
}

/** The embed iframe inside the host page, once its map has drawn its links. */
async function embedIn(host: HTMLIFrameElement): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const frame = host.contentDocument!.querySelector<HTMLIFrameElement>('iframe#a')!;
  await drawn(await elementIn(frame, 'twinning-map'), '[part~="link"]');
  return { frame, doc: frame.contentDocument! };
}

/** True once the iframe's content box is as tall as its document (within 2 px) and stays so. */
async function fitted(frame: HTMLIFrameElement, doc: Document): Promise<void> {
  const fits = () => Math.abs(frame.clientHeight - doc.documentElement.getBoundingClientRect().height) <= 2;
  await waitUntil(fits, 'the iframe height never matched its document', { timeout: 15000 });
  await new Promise((resolve) => setTimeout(resolve, 300));
  await waitUntil(fits, 'the iframe height stopped matching its document', { timeout: 5000 });
}

function expectNoScrollbar(frame: HTMLIFrameElement, doc: Document): void {
  const root = doc.documentElement;
  expect(root.scrollHeight, 'content taller than the iframe').to.be.at.most(root.clientHeight + 1);
  expect(frame.contentWindow!.innerWidth - root.clientWidth, 'vertical scrollbar width').to.equal(0);
  expect(frame.contentWindow!.innerHeight - root.clientHeight, 'horizontal scrollbar height').to.equal(0);
}

describe('dist/embed.html with dist/embed-resize.js on a host page', function () {
  this.timeout(40000);

  it('embed-resize.js sets the iframe to its document height, with no scrollbar', async () => {
    const host = await open('/test/embed/host.html');
    const { frame, doc } = await embedIn(host);
    await fitted(frame, doc);
    expect(frame.clientHeight).to.be.greaterThan(300);
    expectNoScrollbar(frame, doc);
  });

  it('embed-resize.js follows the height when the host gets narrower', async () => {
    const host = await open('/test/embed/host.html', 1000);
    const { frame, doc } = await embedIn(host);
    await fitted(frame, doc);
    const wide = frame.clientHeight;
    host.width = '420';
    await waitUntil(() => frame.clientHeight !== wide, 'the iframe height did not change', { timeout: 10000 });
    await fitted(frame, doc);
    expectNoScrollbar(frame, doc);
  });
});

describe('dist/embed.html', function () {
  this.timeout(40000);

  it('posts {type: "twinning:height", height, id} to its parent, echoing the id query parameter', async () => {
    const messages: HeightMessage[] = [];
    let frame: HTMLIFrameElement | undefined;
    const listener = (event: MessageEvent<HeightMessage>) => {
      if (frame && event.source === frame.contentWindow) messages.push(event.data);
    };
    addEventListener('message', listener);
    try {
      frame = await open('/packages/elements/dist/embed.html?view=chart&id=second');
      await drawn(await elementIn(frame, 'twinning-activity-chart'), '[part~="bar"]');
      const height = Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height);
      await waitUntil(() => messages.some((m) => m.height === height), `no message with height ${height}`, { timeout: 10000 });
      expect(messages.every((m) => m.type === 'twinning:height' && m.id === 'second')).to.equal(true);
    } finally {
      removeEventListener('message', listener);
    }
  });

  it('?view=pie shows an error that lists the valid views, and draws nothing', async () => {
    const frame = await open('/packages/elements/dist/embed.html?view=pie');
    const doc = frame.contentDocument!;
    await waitUntil(() => doc.querySelector('[role="alert"]'), 'no error shown', { timeout: 10000 });
    const text = doc.querySelector('[role="alert"]')!.textContent!;
    expect(text).to.contain('pie');
    for (const view of ['map', 'timeline', 'chart', 'dashboard']) expect(text).to.contain(view);
    expect(doc.querySelector('twinning-map, twinning-timeline, twinning-activity-chart, twinning-data')).to.equal(null);
    expect(doc.documentElement.scrollWidth, 'the error overflows sideways').to.be.at.most(doc.documentElement.clientWidth);
  });

  it('query values become attributes, never HTML', async () => {
    const evil = '"><img src=x id=injected>';
    const frame = await open(`/packages/elements/dist/embed.html?view=timeline&lang=fr&place=${encodeURIComponent(evil)}&status=active`);
    const doc = frame.contentDocument!;
    const timeline = await elementIn(frame, 'twinning-timeline');
    expect(timeline.getAttribute('place')).to.equal(evil.trim());
    expect(timeline.getAttribute('status')).to.equal('active');
    expect(doc.documentElement.lang).to.equal('fr');
    expect(doc.getElementById('injected')).to.equal(null);
  });

  it('?view=dashboard puts the shared state on <twinning-data> and draws the three views inside it', async () => {
    const frame = await open('/packages/elements/dist/embed.html?view=dashboard&since=1990&until=2000&theme=dark&lang=ja');
    const provider = await elementIn(frame, 'twinning-data');
    expect([provider.getAttribute('since'), provider.getAttribute('until')]).to.deep.equal(['1990', '2000']);
    const children = [...provider.children].map((c) => `${c.localName} ${c.getAttribute('theme')}`);
    expect(children).to.deep.equal(['twinning-map dark', 'twinning-timeline dark', 'twinning-activity-chart dark']);
    expect((await drawn(provider.children[0]!, '[part~="link"]')).length).to.be.greaterThan(0);
  });
});
