/**
 * A story page inside an iframe that dist/embed-resize.js sizes to its content: the frame never
 * scrolls, so the host page's viewport (sent by embed-resize.js) drives the active step, the
 * graphic's place and the step buttons. Uses the built files (`npm run build:lib`).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { TwinningStory } from '../../packages/story/src/index.ts';

const HOST_HEIGHT = 600;

interface Framed {
  host: HTMLIFrameElement;
  hostWin: Window;
  frame: HTMLIFrameElement;
  doc: Document;
  story: TwinningStory;
}

async function openHost(): Promise<Framed> {
  const host = document.createElement('iframe');
  host.width = '1000';
  host.height = String(HOST_HEIGHT);
  const loaded = new Promise((resolve) => host.addEventListener('load', resolve, { once: true }));
  host.src = '/test/story/frame-host.html';
  document.body.append(host);
  await loaded;
  const frame = host.contentDocument!.querySelector<HTMLIFrameElement>('iframe#story')!;
  await waitUntil(() => frame.contentDocument?.querySelector('twinning-story')?.shadowRoot?.querySelector('.aside'), 'the framed story never rendered', { timeout: 15000 });
  const doc = frame.contentDocument!;
  return { host, hostWin: host.contentWindow!, frame, doc, story: doc.querySelector<TwinningStory>('twinning-story')! };
}

/** True once the frame is as tall as its document (within 2 px), which is taller than the host's viewport. */
async function fitted({ frame, doc }: Framed): Promise<void> {
  const fits = () => Math.abs(frame.clientHeight - doc.documentElement.getBoundingClientRect().height) <= 2 && frame.clientHeight > HOST_HEIGHT;
  await waitUntil(fits, 'the iframe height never matched its document', { timeout: 15000 });
  await new Promise((resolve) => setTimeout(resolve, 300));
  await waitUntil(fits, 'the iframe height stopped matching its document', { timeout: 5000 });
}

/** Where the middle of `step` is, in the host page's document. */
function stepMiddleInHost({ frame, hostWin }: Framed, step: Element): number {
  const rect = step.getBoundingClientRect();
  return hostWin.scrollY + frame.getBoundingClientRect().top + rect.top + rect.height / 2;
}

/** Where `element` is in the top-level test page (for a real mouse click through two frames). */
function centreOnTestPage({ host, frame }: Framed, element: Element): { x: number; y: number } {
  const h = host.getBoundingClientRect();
  const f = frame.getBoundingClientRect();
  const e = element.getBoundingClientRect();
  return { x: Math.round(h.left + f.left + e.left + e.width / 2), y: Math.round(h.top + f.top + e.top + e.height / 2) };
}

describe('<twinning-story> in an iframe sized by embed-resize.js', function () {
  this.timeout(40000);

  afterEach(() => {
    for (const frame of document.body.querySelectorAll('iframe')) frame.remove();
  });

  it('keeps the frame at its content height, with steps spaced by the host viewport, not the frame', async () => {
    const framed = await openHost();
    await fitted(framed);
    const height = framed.frame.clientHeight;
    // Spacing in the host's viewport heights: 4 steps with 40% of 600 px between them and the
    // padding around them come to under 4 host viewports; spacing by the frame's own height would grow without end.
    expect(height).to.be.below(HOST_HEIGHT * 5);
    const step = framed.story.stepElements[0]!;
    expect(parseFloat(framed.doc.defaultView!.getComputedStyle(step).marginBottom)).to.be.closeTo(0.4 * HOST_HEIGHT, 2);
    expect(framed.doc.documentElement.scrollHeight).to.be.at.most(framed.doc.documentElement.clientHeight + 1);
  });

  it('scrolling the host page makes the step in the middle of its viewport active, with the graphic held at its top', async () => {
    const framed = await openHost();
    await fitted(framed);
    const { hostWin, story, frame } = framed;
    // The frame's top in the host document: a step's middle can sit less than half a viewport
    // below it (the first step, with short text), and the graphic is held at the top only once
    // the story's own top has reached it, so the host never scrolls to less than that.
    const frameTop = hostWin.scrollY + frame.getBoundingClientRect().top;
    for (const index of [1, 2, 0]) {
      hostWin.scrollTo({ top: Math.max(frameTop, stepMiddleInHost(framed, story.stepElements[index]!) - HOST_HEIGHT / 2), behavior: 'instant' });
      await waitUntil(() => story.activeIndex === index, `step ${index + 1} did not become active (active: ${story.activeIndex})`, { timeout: 5000 });
      expect(story.stepElements[index]!.getAttribute('aria-current')).to.equal('step');
      // The graphic stays at the top of what the reader sees, like a sticky graphic in a page.
      const aside = story.shadowRoot!.querySelector('.aside')!;
      await waitUntil(() => Math.abs(frame.getBoundingClientRect().top + aside.getBoundingClientRect().top) <= 2, `the graphic is not at the top of the host viewport at step ${index + 1}`, { timeout: 5000 });
    }
    expect(story.shadowRoot!.querySelector('[part="counter"]')!.textContent).to.contain('1 of 4');
  });

  it('the next and previous buttons inside the frame scroll the host page to the step', async () => {
    const framed = await openHost();
    await fitted(framed);
    const { hostWin, story } = framed;
    hostWin.scrollTo({ top: stepMiddleInHost(framed, story.stepElements[0]!) - HOST_HEIGHT / 2, behavior: 'instant' });
    await waitUntil(() => story.activeIndex === 0, 'step 1 did not become active', { timeout: 5000 });
    const [previous, next] = story.shadowRoot!.querySelectorAll('[part="controls"] button');
    const before = hostWin.scrollY;
    const target = story.stepElements[1]!;
    const at = centreOnTestPage(framed, next!);
    await sendMouse({ type: 'click', position: [at.x, at.y] });
    await waitUntil(() => Math.abs(stepMiddleInHost(framed, target) - hostWin.scrollY - HOST_HEIGHT / 2) <= 4, 'the host page did not scroll step 2 to its middle', { timeout: 8000 });
    expect(hostWin.scrollY).to.be.greaterThan(before);
    expect(story.activeIndex).to.equal(1);
    const back = centreOnTestPage(framed, previous!);
    await sendMouse({ type: 'click', position: [back.x, back.y] });
    await waitUntil(() => Math.abs(stepMiddleInHost(framed, story.stepElements[0]!) - hostWin.scrollY - HOST_HEIGHT / 2) <= 4, 'the host page did not scroll back to step 1', { timeout: 8000 });
    expect(story.activeIndex).to.equal(0);
  });

  it('sends the viewport only to frames it sized, and ignores scroll requests from other frames', async () => {
    const framed = await openHost();
    await fitted(framed);
    const { hostWin, story } = framed;
    // A same-origin frame on the host page that never reported a height.
    const other = hostWin.document.createElement('iframe');
    other.title = 'Another frame';
    const loaded = new Promise((resolve) => other.addEventListener('load', resolve, { once: true }));
    hostWin.document.body.append(other);
    await loaded;
    const heard: string[] = [];
    other.contentWindow!.addEventListener('message', (event) => heard.push(String((event.data as { type?: string })?.type)));
    hostWin.scrollTo({ top: stepMiddleInHost(framed, story.stepElements[2]!) - HOST_HEIGHT / 2, behavior: 'instant' });
    await waitUntil(() => story.activeIndex === 2, 'step 3 did not become active', { timeout: 5000 });
    expect(heard).to.deep.equal([]);
    // The host's own listener ran first (it was added first), so the scroll position is final here.
    const before = hostWin.scrollY;
    const handled = new Promise<number>((resolve) => hostWin.addEventListener('message', (event) => {
      if ((event.data as { type?: string })?.type === 'twinning:scroll') resolve(hostWin.scrollY);
    }));
    // Posted by the other frame's own code (a call from this test's realm would come from this window).
    const inOther = (other.contentWindow as unknown as { Function: FunctionConstructor }).Function;
    inOther("parent.postMessage({ type: 'twinning:scroll', top: -2000, behavior: 'instant' }, '*')")();
    expect(await handled).to.equal(before);
  });
});
