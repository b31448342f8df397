import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { TwinningDataset } from '@twinning/schema';
import '../../packages/timeline/src/index.ts';
import type { TwinningTimeline } from '../../packages/timeline/src/index.ts';
import { glyphPath } from '../../packages/timeline/src/glyphs.ts';
import { nextEvent } from '../helpers/events.ts';
import data from '../fixtures/timeline-small.json' with { type: 'json' };

const NOW = new Date(Date.UTC(2026, 10, 28));

async function mount(attrs: Record<string, string> = {}): Promise<TwinningTimeline> {
  const el = await fixture<TwinningTimeline>(html`<twinning-timeline style="width:1000px" .now=${NOW} .data=${data as unknown as TwinningDataset}></twinning-timeline>`);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  await waitUntil(() => el.shadowRoot!.querySelector("[part~='lane']"), 'timeline did not render', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const box = (el: TwinningTimeline, selector: string) => el.shadowRoot!.querySelector(`[part~='overview'] ${selector}`)!.getBoundingClientRect();
/** The screen x where `year` begins on the overview: the strip spans its first to its last year, linearly in time. */
const yearLeft = (el: TwinningTimeline, year: number) => {
  const labels = [...el.shadowRoot!.querySelectorAll("[part~='overview'] > text.muted")].map((t) => Number(t.textContent));
  const [first, last] = [labels[0]!, labels[1]!];
  const overlay = box(el, '.brush .overlay');
  return overlay.left + (overlay.width * (Date.UTC(year, 0, 1) - Date.UTC(first, 0, 1))) / (Date.UTC(last + 1, 0, 1) - Date.UTC(first, 0, 1));
};
const barCentre = (el: TwinningTimeline, year: number) => Math.round((yearLeft(el, year) + yearLeft(el, year + 1)) / 2);

async function drag(from: [number, number], to: [number, number]): Promise<void> {
  await sendMouse({ type: 'move', position: from });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'move', position: [Math.round((from[0] + to[0]) / 2), to[1]] });
  await sendMouse({ type: 'move', position: to });
  await sendMouse({ type: 'up' });
}

describe('<twinning-timeline> range brush', function () {
  this.timeout(30000);

  it('draws the selection for since/until and hides it from assistive technology', async () => {
    const el = await mount({ since: '1965', until: '1980' });
    await el.updateComplete;
    const g = el.shadowRoot!.querySelector("[part~='overview'] g.brush")!;
    expect(g.getAttribute('aria-hidden')).to.equal('true');
    const selection = box(el, '.brush .selection');
    expect(selection.left).to.be.closeTo(yearLeft(el, 1965), 1);
    expect(selection.right).to.be.closeTo(yearLeft(el, 1981), 1);
    expect(box(el, '.brush .handle--w').width).to.equal(6);
  });

  it('dragging the selection moves the range and keeps its length', async () => {
    const el = await mount({ since: '1965', until: '1970' });
    await el.updateComplete;
    const selection = box(el, '.brush .selection');
    const y = Math.round(selection.top + selection.height / 2);
    const shift = barCentre(el, 1975) - barCentre(el, 1965);
    const event = nextEvent(el, 'twinning-range-change');
    const start = Math.round(selection.left + selection.width / 2);
    await drag([start, y], [start + shift, y]);
    const { from, to } = await event;
    expect([from, to]).to.deep.equal([1975, 1980]);
    await el.updateComplete;
    expect([el.getAttribute('since'), el.getAttribute('until')]).to.deep.equal(['1975', '1980']);
  });

  it('dragging an edge resizes the range, past the other edge too', async () => {
    const el = await mount({ since: '1965', until: '1980' });
    await el.updateComplete;
    const handle = box(el, '.brush .handle--e');
    const y = Math.round(handle.top + handle.height / 2);
    let event = nextEvent(el, 'twinning-range-change');
    await drag([Math.round(handle.left + handle.width / 2), y], [barCentre(el, 1990), y]);
    const first = await event;
    expect([first.from, first.to]).to.deep.equal([1965, 1990]);
    await el.updateComplete;
    const west = box(el, '.brush .handle--w');
    event = nextEvent(el, 'twinning-range-change');
    await drag([Math.round(west.left + west.width / 2), y], [barCentre(el, 2000), y]);
    const { from, to } = await event;
    expect([from, to]).to.deep.equal([1991, 2000]);
  });

  it('a click on the strip without a drag clears the range', async () => {
    const el = await mount({ since: '1965', until: '1980' });
    await el.updateComplete;
    const overlay = box(el, '.brush .overlay');
    const event = nextEvent(el, 'twinning-range-change');
    await sendMouse({ type: 'click', position: [barCentre(el, 2000), Math.round(overlay.bottom - 4)] });
    const { from, to } = await event;
    expect([from, to]).to.deep.equal([null, null]);
    await el.updateComplete;
    expect(el.hasAttribute('since') || el.hasAttribute('until')).to.equal(false);
    expect((el.shadowRoot!.querySelector('.brush .selection') as SVGElement).style.display).to.equal('none');
  });
});

describe('timeline glyphs', () => {
  it('are the d3-shape symbols of the same area, as fixed paths', () => {
    // Expected strings: d3-shape 3.2 `symbol(type, 80)()` for each shape.
    const expected: Record<string, string> = {
      administration: 'M5.046,0A5.046,5.046,0,1,1,-5.046,0A5.046,5.046,0,1,1,5.046,0',
      commemoration: 'M-4.472,-4.472h8.944v8.944h-8.944Z',
      youth: 'M0,-7.848L6.796,3.924L-6.796,3.924Z',
      culture: 'M0,-8.324L4.806,0L0,8.324L-4.806,0Z',
      education: 'M-6,-2L-2,-2L-2,-6L2,-6L2,-2L6,-2L6,2L2,2L2,6L-2,6L-2,2L-6,2Z',
      sport: 'M0,-8.442L1.895,-2.609L8.029,-2.609L3.067,0.996L4.962,6.83L0,3.225L-4.962,6.83L-3.067,0.996L-8.029,-2.609L-1.895,-2.609Z',
      tourism: 'M2.414,1.394L2.414,6.221L-2.414,6.221L-2.414,1.394L-6.594,-1.02L-4.181,-5.201L0,-2.787L4.181,-5.201L6.594,-1.02Z',
    };
    for (const [category, path] of Object.entries(expected)) expect(glyphPath(category, 80), category).to.equal(path);
  });
});
