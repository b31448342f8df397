/**
 * The error list and the not-drawn notice come with a chunk of their own (problem-parts.ts), loaded
 * only when an element has an error or a skipped record to show: both must still reach the reader
 * promptly, complete and styled, after a first paint that did not download them.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml, type TemplateResult } from 'lit';
import { TwinningElement, type SkippedRecords, type TableModel } from '../../packages/core/src/index.ts';
import '../../packages/activity-chart/src/index.ts';
import small from '../fixtures/activities-small.json';

/** A minimal element with records it could not draw. */
class SkippingElement extends TwinningElement {
  protected override chartLabel(): string {
    return 'Test chart';
  }
  protected override summaryText(): string {
    return 'Summary.';
  }
  protected override renderChart(): TemplateResult {
    return litHtml`<svg width="10" height="10"></svg>`;
  }
  protected override tableModel(): TableModel {
    return { columns: [], rows: [] } as unknown as TableModel;
  }
  protected override skippedRecords(): SkippedRecords | null {
    return { count: 2, total: 5, noun: 'agreements', details: ['a: no valid coordinates', 'b: unknown place'] };
  }
}
customElements.define('test-skipping-element', SkippingElement);

describe('error list and not-drawn notice (a chunk loaded when shown)', () => {
  it('invalid .data: the alert shows at once, then lists each problem with where it is, styled', async () => {
    const el = await fixture<HTMLElement>(html`<twinning-activity-chart .data=${{ schemaVersion: '1.0', places: 'nope' }}></twinning-activity-chart>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'no error part', { timeout: 3000 });
    const error = () => el.shadowRoot!.querySelector('[part="error"]')!;
    expect(error().getAttribute('role')).to.equal('alert');
    expect(error().textContent).to.contain('The data could not be shown.');
    await waitUntil(() => error().querySelector('li code'), 'no problem list', { timeout: 3000 });
    expect(error().querySelector('li code')!.textContent).to.equal('/places');
    expect(getComputedStyle(error()).borderTopWidth).to.equal('2px');
  });

  it('a src that fails: the error part comes with its list and styles in the first update that shows it', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<twinning-activity-chart src="/no-such-file.json"></twinning-activity-chart>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'no error part', { timeout: 3000 });
    const error = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(error.querySelector('li')!.textContent).to.contain('/no-such-file.json').and.contain('404');
    expect(getComputedStyle(error).borderTopWidth).to.equal('2px');
  });

  it('records not drawn: the notice follows the first paint, with a line per record', async () => {
    const el = await fixture<SkippingElement>(html`<test-skipping-element .data=${small}></test-skipping-element>`);
    await waitUntil(() => el.shadowRoot!.querySelector('details[part="notice"]'), 'no notice', { timeout: 3000 });
    const notice = el.shadowRoot!.querySelector('details[part="notice"]')!;
    expect(notice.querySelector('summary')!.textContent).to.equal('2 of 5 agreements not drawn — details');
    expect([...notice.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['a: no valid coordinates', 'b: unknown place']);
    expect(notice.getBoundingClientRect().height).to.be.greaterThan(0);
  });
});
