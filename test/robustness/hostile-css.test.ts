/**
 * A host page with aggressive global CSS: reverted styles, 40px !important type, content-box
 * sizing, hidden svg/table/button, right-to-left, and a 300% zoom. The elements' shadow roots
 * must keep every mark, button and table visible.
 *
 * Zoom method: CSS `zoom: 3` on <body> (standard CSS zoom, which Chromium applies like browser
 * zoom to layout and to getBoundingClientRect), because a test cannot press Ctrl-+ on the tab.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { all, ELEMENTS, settled, shadow, SMALL, type ElementKind } from './support.ts';

const HOSTILE = `
  * { all: revert; font-size: 40px !important; box-sizing: content-box !important }
  svg { display: none !important }
  table { display: none }
  button { visibility: hidden }
`;

function visible(node: Element): { ok: boolean; why: string } {
  const style = getComputedStyle(node);
  const box = node.getBoundingClientRect();
  if (style.display === 'none') return { ok: false, why: 'display none' };
  if (style.visibility !== 'visible') return { ok: false, why: `visibility ${style.visibility}` };
  if (box.width === 0 && box.height === 0) return { ok: false, why: 'empty box' };
  return { ok: true, why: '' };
}

function expectVisible(nodes: Element[], what: string): void {
  expect(nodes.length, `${what}: none found`).to.be.greaterThan(0);
  for (const node of nodes) {
    const { ok, why } = visible(node);
    expect(ok, `${what} ${node.getAttribute('data-twinning') ?? node.getAttribute('data-category') ?? node.outerHTML.slice(0, 80)}: ${why}`).to.equal(true);
  }
}

async function mount(kind: ElementKind): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(kind.tag);
  el.data = SMALL;
  holder.append(el);
  return settled(el);
}

describe('hostile host CSS (all: revert, 40px !important, hidden svg/table/button, rtl, zoom 300%)', function () {
  this.timeout(20000);
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE;
    document.head.append(style);
    document.documentElement.dir = 'rtl';
    document.body.style.zoom = '3';
  });
  after(() => {
    style.remove();
    document.documentElement.removeAttribute('dir');
    document.body.style.zoom = '';
  });

  it('the hostile rules are in force on the page itself', async () => {
    const probe = await fixture(html`<div><svg width="10" height="10"></svg><button>x</button><table><tr><td>x</td></tr></table></div>`);
    expect(getComputedStyle(probe.querySelector('svg')!).display).to.equal('none');
    expect(getComputedStyle(probe.querySelector('button')!).visibility).to.equal('hidden');
    expect(getComputedStyle(probe.querySelector('table')!).display).to.equal('none');
    expect(getComputedStyle(probe).fontSize).to.equal('40px');
  });

  for (const kind of ELEMENTS) {
    it(`<${kind.tag}> still draws visible marks and buttons`, async () => {
      const el = await mount(kind);
      expect(el.getBoundingClientRect().width).to.be.greaterThan(0);
      expectVisible(all(el, 'svg').filter((s) => !s.closest('defs') && s.getAttribute('width') !== '0'), 'svg');
      expectVisible(all(el, kind.marks), 'mark');
      expectVisible(all(el, 'button'), 'button');
      const summary = shadow(el).querySelector("[part~='summary']")!;
      expect(summary.textContent!.trim().length).to.be.greaterThan(10);
      expectVisible([summary], 'summary');
    });

    it(`<${kind.tag}> shows its data table when the "Data table" button is clicked`, async () => {
      const el = await mount(kind);
      const toggle = all<HTMLButtonElement>(el, "[part~='actions'] button[aria-controls='table']")[0]!;
      toggle.click();
      await el.updateComplete;
      const table = shadow(el).querySelector("[part~='table'] table")!;
      expectVisible([table], 'table');
      expect(table.querySelectorAll('tbody tr').length).to.be.greaterThan(0);
    });
  }

  it('<twinning-map> places labels beside their dots the same way in a right-to-left page', async () => {
    const positions = async () => {
      const el = await mount(ELEMENTS[0]!);
      const origin = el.getBoundingClientRect();
      return all(el, "[part~='label']").map((label) => {
        const box = label.getBoundingClientRect();
        return `${label.textContent} ${Math.round(box.left - origin.left)},${Math.round(box.top - origin.top)}`;
      });
    };
    const rtl = await positions();
    document.documentElement.dir = 'ltr';
    const ltr = await positions();
    document.documentElement.dir = 'rtl';
    expect(rtl.length).to.be.greaterThan(0);
    expect(rtl).to.deep.equal(ltr);
  });
});
