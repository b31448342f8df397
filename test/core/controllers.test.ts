/**
 * The shared controllers on their own, each on a small test host (not one of the elements):
 * what a later element built on them can count on.
 */
import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { html, css, LitElement } from 'lit';
import {
  CategoryToggleController, commaListConverter, formatListAttribute, HighlightController, parseList, RovingFocusController, toggleInList,
  TooltipController, TwinningCategoryToggleEvent,
} from '../../packages/core/src/index.ts';

const KEYS = ['a', 'b', 'c', 'd'];

/** A key press as the browser delivers it to the focused mark. */
function press(el: ProbeHost, key: string): void {
  const target = el.shadowRoot!.querySelector(`[data-key="${el.roving.current}"]`) ?? el.shadowRoot!.querySelector('.marks')!;
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
}

class ProbeHost extends LitElement {
  static override styles = css`[part~='tooltip'] { position: absolute; } [part~='tooltip'][hidden] { display: none; }`;
  static override properties = { categories: { reflect: true } };
  declare categories: string | undefined;
  renders = 0;
  linked = false;
  activated: string[] = [];
  escaped = 0;
  readonly tip = new TooltipController(this, { container: () => this.renderRoot.querySelector('.chart') });
  readonly roving = new RovingFocusController(this, {
    root: () => this.renderRoot.querySelector('.marks'),
    markOf: (key) => `[data-key="${key}"]`,
    keys: () => KEYS,
    onActivate: (key) => this.activated.push(key),
    onEscape: () => this.escaped++,
  });
  readonly highlight = new HighlightController(this, {
    root: () => this.renderRoot.querySelector('.marks'),
    containerClass: 'highlighting',
    marksOf: (key) => [[`[data-key="${key}"]`, 'mark--active'], [`[data-partner-of="${key}"]`, 'mark--partner']],
  });
  readonly toggles = new CategoryToggleController(this, {
    all: () => ['culture', 'sport', 'education'],
    current: () => this.categories,
    linked: () => this.linked,
  });
  override render() {
    this.renders++;
    return html`<div class="chart" style="position: relative; width: 400px; height: 200px">
      <svg class="marks" width="400" height="100" @keydown=${this.roving.onKeydown}>
        ${KEYS.map((key, i) => html`<rect part="mark" data-key=${key} data-partner-of=${KEYS[(i + 1) % KEYS.length]!} x=${i * 50} y="10" width="40" height="40" tabindex=${this.roving.tabIndexOf(key)}></rect>`)}
      </svg>${this.tip.element}</div>`;
  }
}
customElements.define('probe-host', ProbeHost);

async function mount(): Promise<ProbeHost> {
  const el = await fixture<ProbeHost>(fixtureHtml`<probe-host></probe-host>`);
  await el.updateComplete;
  return el;
}
/** The mark holding the tab stop (tabindex 0): exactly one. */
const focusedKey = (el: ProbeHost) => {
  const stops = [...el.shadowRoot!.querySelectorAll('[tabindex="0"]')];
  return stops.length === 1 ? stops[0]!.getAttribute('data-key') : `${stops.length} tab stops`;
};
const mark = (el: ProbeHost, key: string) => el.shadowRoot!.querySelector<SVGRectElement>(`[data-key="${key}"]`)!;

describe('RovingFocusController', () => {
  it('one tab stop; arrow keys, Home and End move it and the focus, without re-rendering', async () => {
    const el = await mount();
    expect(KEYS.map((k) => mark(el, k).getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1', '-1']);
    mark(el, 'a').focus();
    const renders = el.renders;
    press(el, 'ArrowRight');
    expect(focusedKey(el)).to.equal('b');
    expect(KEYS.map((k) => mark(el, k).getAttribute('tabindex'))).to.deep.equal(['-1', '0', '-1', '-1']);
    press(el, 'End');
    expect(focusedKey(el)).to.equal('d');
    press(el, 'ArrowDown');
    expect(el.roving.current, 'stops at the end').to.equal('d');
    press(el, 'Home');
    press(el, 'ArrowUp');
    expect(focusedKey(el)).to.equal('a');
    expect(el.renders).to.equal(renders);
  });

  it('Enter and Space activate the current mark; Escape is passed on', async () => {
    const el = await mount();
    mark(el, 'a').focus();
    press(el, 'ArrowRight');
    press(el, 'Enter');
    press(el, ' ');
    press(el, 'Escape');
    expect(el.activated).to.deep.equal(['b', 'b']);
    expect(el.escaped).to.equal(1);
  });

  it('a re-render keeps the tab stop where the keys left it', async () => {
    const el = await mount();
    el.roving.moveTo('c');
    el.requestUpdate();
    await el.updateComplete;
    expect(mark(el, 'c').getAttribute('tabindex')).to.equal('0');
    expect(mark(el, 'a').getAttribute('tabindex')).to.equal('-1');
  });
});

describe('HighlightController', () => {
  it('adds a class and a part token to exactly the affected marks, and one class to the container', async () => {
    const el = await mount();
    const changed = new Set<Element>();
    const observer = new MutationObserver((records) => records.forEach((r) => changed.add(r.target as Element)));
    observer.observe(el.shadowRoot!.querySelector('.marks')!, { subtree: true, attributes: true });
    el.highlight.set('b');
    await Promise.resolve();
    observer.disconnect();
    expect(mark(el, 'b').classList.contains('mark--active')).to.equal(true);
    expect(mark(el, 'b').getAttribute('part')).to.equal('mark mark--active');
    expect(mark(el, 'a').getAttribute('part')).to.equal('mark mark--partner');
    expect([...changed].map((n) => n.getAttribute('data-key') ?? n.localName).sort()).to.deep.equal(['a', 'b', 'svg']);
    expect(el.shadowRoot!.querySelector('.marks')!.classList.contains('highlighting')).to.equal(true);
  });

  it('moving the highlight clears the previous marks; null clears all', async () => {
    const el = await mount();
    el.highlight.set('b');
    el.highlight.set('c');
    expect(el.shadowRoot!.querySelectorAll('.mark--active, .mark--partner')).to.have.length(2);
    expect(mark(el, 'c').getAttribute('part')).to.equal('mark mark--active');
    expect(mark(el, 'b').getAttribute('part')).to.equal('mark mark--partner');
    expect(mark(el, 'a').getAttribute('part')).to.equal('mark');
    el.highlight.set(null);
    expect(el.shadowRoot!.querySelectorAll('.mark--active, .mark--partner, .highlighting')).to.have.length(0);
  });
});

describe('TooltipController', () => {
  it('shows next to a mark inside the container, and hides, without re-rendering the host', async () => {
    const el = await mount();
    const renders = el.renders;
    el.tip.show(mark(el, 'b'), html`<strong>Bee</strong>`, 'b');
    const tip = el.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
    expect(tip.hidden).to.equal(false);
    expect(tip.getAttribute('aria-hidden')).to.equal('true');
    expect(tip.querySelector('strong')!.textContent).to.equal('Bee');
    const box = tip.getBoundingClientRect();
    const markBox = mark(el, 'b').getBoundingClientRect();
    expect(box.left).to.be.closeTo(markBox.right + 8, 1);
    expect(box.top).to.be.closeTo(markBox.top, 1);
    el.tip.hide('a');
    expect(tip.hidden, 'hiding another key leaves it').to.equal(false);
    el.tip.hide();
    expect(tip.hidden).to.equal(true);
    expect(getComputedStyle(tip).display).to.equal('none');
    expect(el.renders).to.equal(renders);
  });

  it('stays inside the container on the right', async () => {
    const el = await mount();
    el.tip.show({ x: 390, y: 10 }, 'edge');
    const container = el.shadowRoot!.querySelector('.chart')!.getBoundingClientRect();
    expect(el.tip.element.getBoundingClientRect().left - container.left).to.be.at.most(400 - 240);
  });
});

describe('CategoryToggleController', () => {
  it('standalone: sets the attribute and fires one event per changed category', async () => {
    const el = await mount();
    const events: string[] = [];
    el.addEventListener('twinning-category-toggle', (e) => events.push(`${(e as TwinningCategoryToggleEvent).category}:${(e as TwinningCategoryToggleEvent).active}`));
    el.toggles.toggle('sport');
    expect(el.categories).to.equal('culture,education');
    el.toggles.solo('education');
    expect(el.categories).to.equal('education');
    el.toggles.solo('education');
    expect(el.categories).to.equal(undefined);
    expect(events).to.deep.equal(['sport:false', 'culture:false', 'culture:true', 'sport:true']);
  });

  it('inside a provider: leaves the attribute alone and only fires the events', async () => {
    const el = await mount();
    el.linked = true;
    const events: string[] = [];
    el.addEventListener('twinning-category-toggle', (e) => events.push((e as TwinningCategoryToggleEvent).category));
    el.toggles.toggle('culture');
    expect(el.categories).to.equal(undefined);
    expect(events).to.deep.equal(['culture']);
  });
});

describe('comma lists', () => {
  it('parseList trims and drops empties; formatListAttribute removes the attribute for none', () => {
    expect(parseList(' a, b ,,c ')).to.deep.equal(['a', 'b', 'c']);
    expect(parseList(undefined)).to.deep.equal([]);
    expect(formatListAttribute([])).to.equal(undefined);
    expect(commaListConverter.fromAttribute!('x, y', undefined)).to.deep.equal(['x', 'y']);
    expect(commaListConverter.toAttribute!(['x', 'y'], undefined)).to.equal('x,y');
  });

  it('toggleInList keeps the order of all and collapses a full list to undefined', () => {
    const all = ['a', 'b', 'c'];
    expect(toggleInList(undefined, 'b', false, all)).to.equal('a,c');
    expect(toggleInList('c,a', 'b', true, all)).to.equal(undefined);
    expect(toggleInList('a', 'z', true, all)).to.equal('a,z');
  });
});
