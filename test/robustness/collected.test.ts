/**
 * Removed elements are garbage-collected. Chromium's style cache keeps a `clip-path: url(#…)` or
 * `fill: url(#…)` reference (and the shadow tree behind it) alive, so the elements clip with
 * nested SVG viewports and draw hatching as paths; this test keeps it that way.
 */
import { expect } from '@open-wc/testing';
import '../../packages/pairing-map/src/index.ts';
import '../../packages/timeline/src/index.ts';
import '../../packages/activity-chart/src/index.ts';
import small from '../fixtures/timeline-small.json';

declare const gc: () => void;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

for (const tag of ['twinning-map', 'twinning-timeline', 'twinning-activity-chart']) {
  it(`<${tag}> removed from the page is garbage-collected`, async function () {
    this.timeout(60000);
    const removed: WeakRef<Element>[] = [];
    for (let i = 0; i < 8; i++) {
      const el = document.createElement(tag) as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
      el.data = small;
      document.body.append(el);
      await el.updateComplete;
      await sleep(30);
      await el.updateComplete;
      el.remove();
      removed.push(new WeakRef(el));
    }
    await sleep(500);
    for (let i = 0; i < 5; i++) {
      gc();
      await sleep(30);
    }
    // One or two may still be referenced by a task in flight (a pending frame, a style cache that
    // has not been swept yet); a leak keeps every one of the eight.
    expect(removed.filter((ref) => ref.deref()).length).to.be.at.most(2);
  });
}
