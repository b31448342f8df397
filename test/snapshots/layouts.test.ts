/**
 * SVG snapshots of each element's drawing on fixed data, the way Observable Plot keeps them:
 * numbers rounded to one decimal, ids renumbered, Lit's comment markers dropped, one tag per
 * line. A refactor that changes a picture changes a snapshot and fails here. The map's land
 * outlines are left out (they come from the basemap assets, which change on their own).
 *
 * A missing snapshot is written on the first run (commit it); to accept a change on purpose,
 * delete the file and run again.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { readFile, writeFile } from '@web/test-runner-commands';
import type { TwinningDataset } from '@twinning/schema';
import '../../packages/pairing-map/src/index.ts';
import '../../packages/timeline/src/index.ts';
import '../../packages/activity-chart/src/index.ts';
import mapSmall from '../fixtures/map-small.json';
import timelineSmall from '../fixtures/timeline-small.json';
import activitiesSmall from '../fixtures/activities-small.json';

type Host = HTMLElement & { updateComplete: Promise<boolean> };

/** Rounds numbers, renumbers ids and references, drops comments and per-run noise. */
export function normalizeSvg(markup: string): string {
  const ids = new Map<string, string>();
  const idOf = (id: string) => {
    if (!ids.has(id)) ids.set(id, `id-${ids.size + 1}`);
    return ids.get(id)!;
  };
  return markup
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\sid="([^"]+)"/g, (_, id: string) => ` id="${idOf(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${idOf(id)})`)
    .replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => {
      const rounded = Math.round(Number(n) * 10) / 10;
      return String(Object.is(rounded, -0) ? 0 : rounded);
    })
    .replace(/<path part="land"[^>]*><\/path>/g, '')
    .replace(/>\s+</g, '><')
    .replace(/></g, '>\n<')
    .trim();
}

async function settle(el: Host, selector: string): Promise<Host> {
  for (let i = 0; i < 250 && !el.shadowRoot!.querySelector(selector); i++) await new Promise((r) => setTimeout(r, 20));
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
  return el;
}

async function expectSnapshot(name: string, svgs: Element[]): Promise<void> {
  expect(svgs.length, `${name}: something to snapshot`).to.be.greaterThan(0);
  const actual = `${svgs.map((s) => normalizeSvg(s.outerHTML)).join('\n\n')}\n`;
  // The file plugin reports a missing file as an unknown command rather than undefined.
  const expected = await readFile({ path: `./${name}.svg` }).catch(() => undefined);
  if (expected === undefined) {
    await writeFile({ path: `./${name}.svg`, content: actual });
    return;
  }
  if (actual === expected) return;
  const a = actual.split('\n');
  const e = expected.split('\n');
  const line = a.findIndex((text, i) => text !== e[i]);
  expect.fail(`${name}.svg differs from line ${line + 1}:\n  expected ${e[line]}\n  actual   ${a[line]}`);
}

describe('layout snapshots (800 px, English)', function () {
  this.timeout(20000);

  it('<twinning-map> split panels: links, dots, labels and panel titles', async () => {
    const host = await fixture<HTMLElement>(html`<div style="width: 800px"><twinning-map lang="en" .data=${mapSmall as unknown as TwinningDataset}></twinning-map></div>`);
    const el = await settle(host.firstElementChild as Host, "[part~='link']");
    await expectSnapshot('map-split', [el.shadowRoot!.querySelector('.map svg')!]);
  });

  it('<twinning-map layout="globe">', async () => {
    const host = await fixture<HTMLElement>(html`<div style="width: 800px"><twinning-map lang="en" layout="globe" .data=${mapSmall as unknown as TwinningDataset}></twinning-map></div>`);
    const el = await settle(host.firstElementChild as Host, "[part~='link']");
    await expectSnapshot('map-globe', [el.shadowRoot!.querySelector('.map svg')!]);
  });

  it('<twinning-timeline>: overview, axis and lanes', async () => {
    const host = await fixture<HTMLElement>(html`<div style="width: 800px"><twinning-timeline lang="en" .now=${new Date(Date.UTC(2026, 0, 1))}
      .data=${timelineSmall as unknown as TwinningDataset}></twinning-timeline></div>`);
    const el = await settle(host.firstElementChild as Host, "[part~='lane']");
    await expectSnapshot('timeline', [...el.shadowRoot!.querySelectorAll('.chart svg')].filter((s) => !s.closest('svg:not(:scope)') || s.parentElement?.closest('svg') === null));
  });

  for (const mode of ['share', 'by-decade', 'by-region', 'compare']) {
    it(`<twinning-activity-chart mode="${mode}">`, async () => {
      const host = await fixture<HTMLElement>(html`<div style="width: 800px"><twinning-activity-chart lang="en" mode=${mode}
        .data=${activitiesSmall as unknown as TwinningDataset}></twinning-activity-chart></div>`);
      const el = await settle(host.firstElementChild as Host, "[part~='bar']");
      await expectSnapshot(`chart-${mode}`, [...el.shadowRoot!.querySelectorAll('.marks svg')]);
    });
  }

  it('normalizeSvg rounds, renumbers and drops land', () => {
    expect(normalizeSvg('<g id="zz"><!--?lit$1$--><path part="land" d="M1,2"></path><rect x="1.2345" y="-0.04" fill="url(#zz)"></rect></g>'))
      .to.equal('<g id="id-1">\n<rect x="1.2" y="0" fill="url(#id-1)">\n</rect>\n</g>');
  });
});
