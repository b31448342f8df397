/**
 * Forced colours (Windows High Contrast) and print. Forced colours are emulated through the
 * DevTools protocol (the `emulate-forced-colors` command in test/robustness/server.mjs, since
 * emulateMedia has no forcedColors for the Chrome launcher); print with emulateMedia.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { all, ELEMENTS, settled, shadow, SMALL, type ElementKind } from './support.ts';

type Host = HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };

async function mount(kind: ElementKind): Promise<Host> {
  const holder = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
  const el = document.createElement(kind.tag) as Host;
  el.data = SMALL;
  holder.append(el);
  return settled(el);
}

/** The colour that carries a mark: its fill, or its stroke when it has no fill. */
function ink(node: Element): string {
  const style = getComputedStyle(node);
  const painted = (value: string) => value !== 'none' && !/rgba\(\d+, \d+, \d+, 0\)/.test(value) && value !== 'transparent';
  return painted(style.fill) ? style.fill : painted(style.stroke) ? style.stroke : 'none';
}

/** A visible focus indicator on (or drawn next to) the focused mark. */
function focusIndicator(el: Element): string {
  const active = shadow(el).activeElement;
  if (!active) return 'nothing focused';
  const style = getComputedStyle(active);
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) return `outline ${style.outlineColor}`;
  // A ring drawn as a child (map .mark-focus, timeline .hit/.focus) or next to the mark.
  const rings = [...active.querySelectorAll('.mark-focus, .focus, .hit'), ...shadow(el).querySelectorAll('.mark-focus, .focus-ring')];
  const ring = rings.find((r) => getComputedStyle(r).stroke !== 'none' && parseFloat(getComputedStyle(r).strokeWidth) >= 2);
  if (ring) return `ring ${getComputedStyle(ring).stroke}`;
  if (style.stroke !== 'none' && parseFloat(style.strokeWidth) >= 2) return `stroke ${style.stroke}`;
  // The focused group's own mark stroked (the map's dot before its ring's chunk is in).
  const own = active.firstElementChild ? getComputedStyle(active.firstElementChild) : null;
  if (own && own.stroke !== 'none' && parseFloat(own.strokeWidth) >= 2) return `mark stroke ${own.stroke}`;
  return 'none';
}

const canvas = (el: Element) => getComputedStyle(shadow(el).querySelector("[part~='base']")!).backgroundColor;

describe('forced colours', function () {
  this.timeout(30000);
  before(() => executeServerCommand('emulate-forced-colors', { active: true }));
  after(() => executeServerCommand('emulate-forced-colors', { active: false }));

  it('the emulation is in force', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  for (const kind of ELEMENTS) {
    it(`<${kind.tag}> marks are painted, and a keyboard focus shows a ring`, async () => {
      const el = await mount(kind);
      const marks = all(el, kind.marks);
      expect(marks.length).to.be.greaterThan(0);
      for (const mark of marks) expect(ink(mark), `${mark.getAttribute('part')} ${mark.getAttribute('data-twinning') ?? ''}`).to.not.equal('none');
      const start = shadow(el).querySelector<HTMLElement>("[tabindex='0']")!;
      start.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(focusIndicator(el)).to.not.equal('none');
    });
  }

  it('<twinning-map> a selected link differs from the others by more than opacity', async () => {
    const el = await mount(ELEMENTS[0]!);
    const id = SMALL.twinnings[0]!.id;
    (el as Host & { selected?: string }).selected = id;
    await el.updateComplete;
    const selected = shadow(el).querySelector(`[part~='link--selected'][data-twinning='${id}']`)!;
    const other = all(el, "[part~='link']").find((l) => l !== selected)!;
    const look = (n: Element) => `${getComputedStyle(n).stroke} ${getComputedStyle(n).strokeWidth}`;
    expect(look(selected)).to.not.equal(look(other));
    expect(getComputedStyle(selected).stroke).to.not.equal(canvas(el));
  });

  it('<twinning-activity-chart> an active bar differs from the others by more than opacity', async () => {
    const el = await mount(ELEMENTS[2]!);
    shadow(el).querySelector<HTMLElement>("[part~='bar'][tabindex='0']")!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    el.blur();
    (shadow(el).activeElement as HTMLElement | null)?.blur();
    await el.updateComplete;
    const active = shadow(el).querySelector("[part~='bar--active']")!;
    expect(active).to.not.equal(null);
    const look = (n: Element) => `${getComputedStyle(n).stroke} ${getComputedStyle(n).strokeWidth}`;
    const legendOff = all(el, "[part~='legend'] button[aria-pressed='false']");
    expect(legendOff.length, 'the legend shows which categories are off').to.be.greaterThan(0);
    expect(look(active)).to.not.equal('none 0px');
  });
});

describe('print', function () {
  this.timeout(30000);
  before(() => emulateMedia({ media: 'print' }));
  after(() => emulateMedia({ media: 'screen' }));

  for (const kind of ELEMENTS) {
    it(`<${kind.tag}> prints marks, summary and legend without controls or background`, async () => {
      const el = await mount(kind);
      expect(matchMedia('print').matches).to.equal(true);
      const hidden = (n: Element | null) => !n || getComputedStyle(n).display === 'none';
      expect(hidden(shadow(el).querySelector("[part~='actions']")), 'actions').to.equal(true);
      expect(hidden(shadow(el).querySelector("[part~='zoom']")), 'zoom').to.equal(true);
      expect(getComputedStyle(el).backgroundImage).to.equal('none');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(hidden(shadow(el).querySelector("[part~='summary']")), 'summary').to.equal(false);
      for (const mark of all(el, kind.marks)) expect(getComputedStyle(mark).display).to.not.equal('none');
      const legend = shadow(el).querySelector("[part~='legend']");
      if (legend) expect(hidden(legend), 'legend').to.equal(false);
    });

    it(`<${kind.tag}> an open data table prints in full, not in a scroll box`, async () => {
      const el = await mount(kind);
      await emulateMedia({ media: 'screen' });
      all<HTMLButtonElement>(el, "button[aria-controls='table']")[0]!.click();
      await el.updateComplete;
      await emulateMedia({ media: 'print' });
      const table = shadow(el).querySelector("[part~='table']")!;
      expect(getComputedStyle(table).maxHeight).to.equal('none');
      expect(getComputedStyle(table).overflowY).to.equal('visible');
    });
  }
});
