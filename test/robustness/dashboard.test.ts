/**
 * The linked dashboard (`<twinning-data>` around the three elements) by keyboard alone: Tab into
 * the timeline, arrows and Enter through every lane; each agreement becomes the shared selection
 * (the map marks its link); every live announcement stays under 120 characters.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TwinningDataset } from '@twinning/schema';
import '../../packages/provider/src/index.ts';
import { all, settled, shadow } from './support.ts';
import mapSmall from '../fixtures/map-small.json' with { type: 'json' };

const DATA = mapSmall as unknown as TwinningDataset;
type Host = HTMLElement & { updateComplete: Promise<boolean> };

async function dashboard(data: unknown): Promise<{ provider: Host; map: Host; timeline: Host; chart: Host; start: HTMLButtonElement }> {
  const holder = await fixture<HTMLDivElement>(html`<div style="width: 900px"><button>before</button>
    <twinning-data .data=${data}><twinning-map></twinning-map><twinning-timeline></twinning-timeline><twinning-activity-chart></twinning-activity-chart></twinning-data></div>`);
  const provider = holder.querySelector('twinning-data') as Host;
  const [map, timeline, chart] = ['twinning-map', 'twinning-timeline', 'twinning-activity-chart'].map((t) => holder.querySelector(t) as Host);
  await Promise.all([settled(map!), settled(timeline!), settled(chart!)]);
  return { provider, map: map!, timeline: timeline!, chart: chart!, start: holder.querySelector('button')! };
}

/** Every non-empty text of live regions in the light and shadow trees under `root`. */
function liveTexts(hosts: Element[]): () => string[] {
  const texts: string[] = [];
  const read = () => {
    for (const host of hosts) {
      for (const region of [...(host.shadowRoot?.querySelectorAll("[aria-live], [role='status']") ?? [])]) {
        const text = region.textContent!.replace(/\s+/g, ' ').trim();
        if (text && !texts.includes(text)) texts.push(text);
      }
    }
  };
  const observer = new MutationObserver(read);
  for (const host of hosts) if (host.shadowRoot) observer.observe(host.shadowRoot, { subtree: true, childList: true, characterData: true });
  return () => {
    read();
    observer.disconnect();
    return texts;
  };
}

async function walkLanes(parts: Awaited<ReturnType<typeof dashboard>>): Promise<Set<string>> {
  const { timeline, provider, start } = parts;
  start.focus();
  for (let i = 0; i < 40 && !shadow(timeline).activeElement?.matches("[part~='lane']"); i++) await sendKeys({ press: 'Tab' });
  expect(shadow(timeline).activeElement?.matches("[part~='lane']"), 'Tab reaches a timeline lane').to.equal(true);
  await sendKeys({ press: 'Home' });
  const selected = new Set<string>();
  const lanes = all(timeline, "[part~='lane']").length;
  for (let i = 0; i < lanes; i++) {
    await sendKeys({ press: 'Enter' });
    await provider.updateComplete;
    const id = provider.getAttribute('selected');
    if (id) selected.add(id);
    await sendKeys({ press: 'ArrowDown' });
  }
  return selected;
}

describe('linked dashboard by keyboard', function () {
  this.timeout(60000);

  it('Tab, arrows and Enter in the timeline select every agreement for the whole dashboard', async () => {
    const parts = await dashboard(DATA);
    const stop = liveTexts([parts.provider, parts.map, parts.timeline, parts.chart]);
    const selected = await walkLanes(parts);
    const texts = stop();
    expect([...selected].sort()).to.deep.equal(DATA.twinnings.map((t) => t.id).sort());
    const last = parts.provider.getAttribute('selected')!;
    await parts.map.updateComplete;
    expect(shadow(parts.map).querySelector(`[part~='link--selected']`)?.getAttribute('data-twinning')).to.equal(last);
    expect(texts.length).to.be.greaterThan(0);
    for (const text of texts) expect(text.length, text).to.be.lessThan(120);
  });

  it('announcements stay under 120 characters with very long place names', async () => {
    const long = structuredClone(DATA) as unknown as { places: { name: unknown }[] };
    for (const place of long.places) place.name = `Place ${'and Surrounding Rural Municipality '.repeat(4)}`;
    const parts = await dashboard(long);
    const stop = liveTexts([parts.provider, parts.map, parts.timeline, parts.chart]);
    await walkLanes(parts);
    const texts = stop();
    expect(texts.length).to.be.greaterThan(0);
    for (const text of texts) expect(text.length, text).to.be.lessThan(120);
  });
});
