// The pattern textures are a chunk of their own (textures-controller.ts): a chart with `patterns`
// waits for it and fills each bar with its category's pattern from the first paint on.
import { expect, fixture, html } from '@open-wc/testing';
import type { TwinningDataset } from '@twinning/schema';
import '../../packages/activity-chart/src/index.ts';
import type { TwinningActivityChart } from '../../packages/activity-chart/src/index.ts';
import small from '../fixtures/activities-small.json';

const data = small as unknown as TwinningDataset;

async function mount(template: ReturnType<typeof html>): Promise<TwinningActivityChart> {
  const el = (await fixture<HTMLDivElement>(html`<div style="width: 800px">${template}</div>`)).firstElementChild as TwinningActivityChart;
  for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('[part~="bar"]'); i++) await new Promise((r) => setTimeout(r, 20));
  await el.updateComplete;
  return el;
}

it('with `patterns`, the first drawing of the bars is filled with their category\'s pattern', async () => {
  const el = await mount(html`<twinning-activity-chart patterns .data=${data}></twinning-activity-chart>`);
  const bars = [...el.shadowRoot!.querySelectorAll<SVGElement>('[part~="bar"]')];
  expect(bars.length).to.be.greaterThan(0);
  for (const bar of bars) {
    const id = /url\("?#([^")]+)"?\)/.exec(getComputedStyle(bar).fill)?.[1];
    expect(id, `bar ${bar.dataset['category']} fill ${getComputedStyle(bar).fill}`).to.be.a('string');
    expect(el.shadowRoot!.getElementById(id!)?.localName, `#${id}`).to.equal('pattern');
  }
});
