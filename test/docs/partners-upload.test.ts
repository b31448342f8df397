/**
 * A clerk's partners sheet in the "your own data" paths: the embed builder's upload (validated on
 * the spot, its place framed, problems located by line and column) and the demo's own-data reader.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../docs/embed-builder/twinning-embed-builder.ts';
import type { TwinningEmbedBuilder } from '../../docs/embed-builder/twinning-embed-builder.ts';
import { readUpload } from '../../docs/embed-builder/builder-data.ts';
import { readOwnData, sheetKind } from '../../demo/own-data.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';

const until = async (check: () => boolean, what: string, ms = 10000) => {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 30));
  }
};

let good = '';
let bad = '';
before(async () => {
  good = await (await fetch('/docs/templates/partners-multi-country.csv')).text();
  bad = await (await fetch('/test/fixtures/partners-bad-row.csv')).text();
});

describe('partners sheet: readUpload and readOwnData', () => {
  it('readUpload reads a partners CSV by its role column and names its home place', () => {
    const result = readUpload('partners.csv', good);
    expect(result.ok).to.equal(true);
    expect(result.home).to.equal('ca-bc-port-alder');
    if (result.ok) expect(result.data.twinnings).to.have.length(8);
  });

  it('readUpload lists a bad row at its line and column', () => {
    const result = readUpload('partners.csv', bad);
    expect(result.ok).to.equal(false);
    const lat = result.problems.find((p) => p.code === 'coordinate-out-of-range')!;
    expect([lat.file, lat.line, lat.column]).to.deep.equal(['partners.csv', 8, 41]);
  });

  it('readOwnData takes the partners sheet on its own, and refuses it with other files', () => {
    expect(sheetKind(good)).to.equal('partners');
    const result = readOwnData([{ name: 'ours.csv', text: good }]);
    expect(result.ok).to.equal(true);
    const located = readOwnData([{ name: 'ours.csv', text: bad }]);
    expect(located.ok).to.equal(false);
    expect(located.problems.some((p) => p.file === 'ours.csv' && p.line === 8 && p.column === 41)).to.equal(true);
    const two = readOwnData([{ name: 'ours.csv', text: good }, { name: 'more.csv', text: good }]);
    expect(two.ok).to.equal(false);
    expect(two.problems[0]!.code).to.equal('too-many-files');
  });
});

describe('<twinning-embed-builder> with a partners sheet', function () {
  this.timeout(30000);

  async function upload(text: string, name: string): Promise<TwinningEmbedBuilder> {
    const el = await fixture<TwinningEmbedBuilder>(html`<twinning-embed-builder></twinning-embed-builder>`);
    await until(() => !!el.shadowRoot!.querySelector('.check.ok'), 'the bundled data to be checked');
    el.set({ dataKind: 'file' });
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#file')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], name, { type: 'text/csv' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await until(() => el.choices.url === name && !!el.shadowRoot!.querySelector('.check'), `${name} to be checked`);
    await el.updateComplete;
    return el;
  }

  it('frames the sheet’s home place and previews its partners on the world map', async () => {
    const el = await upload(good, 'partners.csv');
    expect(el.shadowRoot!.querySelector('.check')!.textContent).to.contain('8 agreements, 9 places');
    expect(el.choices.focusKind).to.equal('place');
    expect(el.choices.focus).to.equal('ca-bc-port-alder');
    expect(el.shadowRoot!.querySelector<HTMLTextAreaElement>('#script-code')!.value).to.contain('place="ca-bc-port-alder"').and.contain('src="partners.csv"');
    const map = el.shadowRoot!.querySelector('#preview twinning-map')!;
    await until(() => !!map.shadowRoot?.querySelector('.map[data-layout="world"] [part~="link"]'), 'the preview map in the world layout');
    expect(map.shadowRoot!.querySelectorAll('[part~="link"]')).to.have.length(8);
    await expectNoAxeViolations(el.shadowRoot!.querySelector('.controls')!);
  });

  it('lists a bad row with its line and column, as an alert', async () => {
    const el = await upload(bad, 'partners.csv');
    await until(() => /partners\.csv line 8, column 41/.test(el.shadowRoot!.querySelector('.problems')?.textContent ?? ''), 'the located problem');
    expect(el.shadowRoot!.querySelector('.check')!.getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.querySelector('.problems')!.textContent).to.contain('coordinate-out-of-range');
  });
});
