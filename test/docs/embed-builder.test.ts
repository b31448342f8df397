/**
 * The embed builder: choosing options with real clicks and key presses updates the preview's
 * elements and both code boxes, the code holds exactly the preview's attributes, an uploaded
 * file is validated with its problems listed, and the page is axe-clean at 1280 and 390 px.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../docs/embed-builder/twinning-embed-builder.ts';
import type { TwinningEmbedBuilder } from '../../docs/embed-builder/twinning-embed-builder.ts';
import { readEmbedQuery } from '../../packages/elements/src/embed/embed-params.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import bundled from '../../data/japan-canada.json';

// Resizing the viewport makes the previewed charts' ResizeObservers skip a frame; the browser
// reports that as an error event although nothing is lost.
// Mocha installs its handler when the run starts, so the filter wraps it in a before hook.
before(() => {
  const reportError = window.onerror;
  window.onerror = (message, ...rest) => (/ResizeObserver loop/.test(String(message)) ? true : reportError?.call(window, message, ...rest));
});

const until = async (check: () => boolean, what: string, ms = 10000) => {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 30));
  }
};

async function mount(): Promise<TwinningEmbedBuilder> {
  const el = await fixture<TwinningEmbedBuilder>(html`<twinning-embed-builder></twinning-embed-builder>`);
  await until(() => !!el.shadowRoot!.querySelector('.check.ok'), 'the bundled data to be checked');
  return el;
}

const $ = <T extends Element>(el: TwinningEmbedBuilder, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;

async function click(node: Element): Promise<void> {
  node.scrollIntoView({ block: 'center' });
  // The previews above finish their first render (language and data chunks) at their own pace and
  // push the controls down: click only once the target has stayed put for a few frames.
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  let box = node.getBoundingClientRect();
  for (let still = 0, tries = 0; still < 3 && tries < 120; tries++) {
    await frame();
    const next = node.getBoundingClientRect();
    still = next.x === box.x && next.y === box.y ? still + 1 : 0;
    if (still === 0) node.scrollIntoView({ block: 'center' });
    box = node.getBoundingClientRect();
  }
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/**
 * Chooses the option whose text starts with `optionText` with the keyboard: focus, then the arrow
 * keys. (Typing the text relied on the select's type-ahead, which starts over when a keystroke
 * comes more than a second after the last, as it does while the previews redraw on a busy machine.)
 */
async function choose(el: TwinningEmbedBuilder, id: string, optionText: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, `#${id}`);
  const target = [...select.options].findIndex((o) => o.text.startsWith(optionText));
  if (target < 0) throw new Error(`#${id} has no option "${optionText}"`);
  select.focus();
  for (let i = 0; i < select.options.length && select.selectedIndex !== target; i++) {
    await sendKeys({ press: select.selectedIndex < target ? 'ArrowDown' : 'ArrowUp' });
  }
  expect(select.selectedIndex, `#${id} reached "${optionText}"`).to.equal(target);
  await sendKeys({ press: 'Tab' });
  await el.updateComplete;
}

/** The attributes of the elements in an HTML snippet, by tag. */
function attributesIn(code: string): Record<string, Record<string, string>> {
  const doc = new DOMParser().parseFromString(code, 'text/html');
  const out: Record<string, Record<string, string>> = {};
  for (const node of doc.querySelectorAll('*')) {
    if (!node.localName.startsWith('twinning-')) continue;
    out[node.localName] = Object.fromEntries([...node.attributes].map((a) => [a.name, a.value]));
  }
  return out;
}

function previewAttributes(el: TwinningEmbedBuilder): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const node of $(el, '#preview').querySelectorAll('*')) {
    if (!node.localName.startsWith('twinning-')) continue;
    out[node.localName] = Object.fromEntries([...node.attributes].filter((a) => !['tabindex'].includes(a.name)).map((a) => [a.name, a.value]));
  }
  return out;
}

/**
 * The preview's elements carry every expected attribute. (They may carry more: elements reflect
 * their defaults, such as `color-by="type"`, which the code rightly leaves out.)
 */
function expectPreviewHas(el: TwinningEmbedBuilder, expected: Record<string, Record<string, string>>): void {
  const preview = previewAttributes(el);
  for (const [tag, attrs] of Object.entries(expected)) {
    for (const [name, value] of Object.entries(attrs)) expect(preview[tag]?.[name], `${tag} ${name}`).to.equal(value);
  }
}

describe('<twinning-embed-builder>', function () {
  // Each test first checks the whole bundled dataset in the page (the full validator, every rule),
  // then drives the builder with real input: more than mocha's 10 s default on a 2-core machine.
  this.timeout(30000);
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('set by keyboard and clicks: the preview and the script code carry exactly the chosen attributes', async () => {
    const el = await mount();
    await choose(el, 'view', 'Timeline');
    await choose(el, 'lang', 'Fr');
    await click($(el, '#status input[value="ended"]'));
    $<HTMLInputElement>(el, '#since').focus();
    await sendKeys({ type: '1970' });
    await el.updateComplete;
    await choose(el, 'group-by', 'Status');
    await el.updateComplete;

    const expected = { 'twinning-timeline': { status: 'ended', since: '1970', 'group-by': 'status', lang: 'fr', theme: 'light' } };
    expectPreviewHas(el, expected);
    const code = $<HTMLTextAreaElement>(el, '#script-code').value;
    expect(code).to.contain('<script type="module" src="https://cdn.jsdelivr.net/npm/@twinning/elements@0.1.0/dist/twinning.js"></script>');
    expect(attributesIn(code)).to.deep.equal(expected);
  });

  it('focus on one agreement: the searchable list holds the data\'s agreements and the id reaches preview and iframe', async () => {
    const el = await mount();
    await choose(el, 'focus-kind', 'One agreement');
    const options = [...el.shadowRoot!.querySelectorAll('#focus-options option')].map((o) => o.getAttribute('value'));
    expect(options).to.include('burnaby-kushiro');
    expect(options.length).to.equal(bundled.twinnings.length);
    $<HTMLInputElement>(el, '#focus').focus();
    await sendKeys({ type: 'burnaby-kushiro' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expectPreviewHas(el, { 'twinning-map': { twinning: 'burnaby-kushiro', lang: 'en', theme: 'light' } });
    expect(attributesIn($<HTMLTextAreaElement>(el, '#script-code').value)).to.deep.equal({ 'twinning-map': { twinning: 'burnaby-kushiro', lang: 'en', theme: 'light' } });
    const iframe = $<HTMLTextAreaElement>(el, '#iframe-code').value;
    const src = new DOMParser().parseFromString(iframe, 'text/html').querySelector('iframe')!.getAttribute('src')!;
    const request = readEmbedQuery(new URL(src).search);
    expect(request.ok).to.equal(true);
    expect(new URL(src).searchParams.get('twinning')).to.equal('burnaby-kushiro');
    expect(new URL(src).searchParams.get('view')).to.equal('map');
  });

  it('dashboard: filters go on <twinning-data>, the three elements inside, in preview and code alike', async () => {
    const el = await mount();
    await choose(el, 'view', 'Dashboard');
    await click($(el, '#categories input[value="youth"]'));
    await el.updateComplete;
    const expected = {
      'twinning-data': { categories: 'youth' },
      'twinning-map': { lang: 'en', theme: 'light' }, 'twinning-timeline': { lang: 'en', theme: 'light' }, 'twinning-activity-chart': { lang: 'en', theme: 'light' },
    };
    expect(Object.keys(previewAttributes(el))).to.deep.equal(Object.keys(expected));
    expectPreviewHas(el, expected);
    expect(attributesIn($<HTMLTextAreaElement>(el, '#script-code').value)).to.deep.equal(expected);
  });

  it('an uploaded CSV with a bad row is validated on the spot, listing the problem and its line', async () => {
    const el = await mount();
    await click($(el, 'input[name="data"][value="file"]'));
    await el.updateComplete;
    const header = 'id,a_name,a_country,a_region,a_kind,a_lat,a_lon,b_name,b_country,b_region,b_kind,b_lat,b_lon,type,signed,status,sources';
    const bad = 'x-y,Xville,CA,CA-BC,municipality,49,-123,Yshi,JP,JP-01,municipality,43,141,sister-city,1999-13,active,https://example.org/x';
    const input = $<HTMLInputElement>(el, '#file');
    const transfer = new DataTransfer();
    transfer.items.add(new File([`${header}\n${bad}\n`], 'ours.csv', { type: 'text/csv' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await until(() => /ours\.csv/.test(el.shadowRoot!.querySelector('.problems')?.textContent ?? ''), 'the problems of ours.csv');
    const text = $(el, '.problems').textContent!;
    expect(text).to.contain('invalid-date');
    expect(text).to.contain('ours.csv line 2, column');
    expect($(el, '.check').getAttribute('role')).to.equal('alert');
  });

  it('copy buttons put the shown code on the clipboard, or select it when copying is refused', async () => {
    const el = await mount();
    const box = $<HTMLTextAreaElement>(el, '#script-code');
    const shown = box.value;
    expect(shown).to.contain('<script');
    // Headless Chromium lets the page write the clipboard but not read it back, so the test
    // records what the page writes (and, the second time, refuses like a locked-down browser).
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    const written: string[] = [];
    try {
      clipboard.writeText = async (text: string) => void written.push(text);
      await click($(el, '#copy-script'));
      await until(() => /copied/.test($(el, '.status').textContent ?? ''), 'the copied status');
      expect(written).to.deep.equal([shown]);
      clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      await click($(el, '#copy-script'));
      await until(() => /selected/.test($(el, '.status').textContent ?? ''), 'the selected status');
      expect(el.shadowRoot!.activeElement).to.equal(box);
      expect(box.value.slice(box.selectionStart, box.selectionEnd)).to.equal(shown);
    } finally {
      clipboard.writeText = original;
    }
  });

  for (const width of [1280, 390]) {
    it(`has no axe violations at ${width} px (setViewport)`, async () => {
      await setViewport({ width, height: 900 });
      const el = await mount();
      await until(() => !!$(el, '#preview').querySelector('twinning-map')?.shadowRoot?.querySelector('[part~="summary"]'), 'the preview map');
      await expectNoAxeViolations($(el, '.layout'));
      expect($(el, '.layout').scrollWidth).to.be.at.most(width);
    });
  }
});
