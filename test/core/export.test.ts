import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TwinningDataset } from '@twinning/schema';
import type { TwinningExportEvent } from '../../packages/core/src/index.ts';
import '../../packages/pairing-map/src/index.ts';
import type { TwinningMap } from '../../packages/pairing-map/src/index.ts';
import small from '../fixtures/map-small.json';
import { expectNoAxeViolations } from '../helpers/axe.ts';

const data = small as unknown as TwinningDataset;
const CDN = '<script type="module" src="https://cdn.jsdelivr.net/npm/@twinning/elements@0.1.0/dist/twinning.js"></script>';

let wrapper: HTMLDivElement | undefined;
afterEach(() => wrapper?.remove());

/**
 * Mounts by hand rather than with `fixture`, which waits for an animation frame: frames do not
 * run while another test file's page is in front (WTR runs files side by side).
 */
async function place(attributes: Record<string, string>): Promise<TwinningMap> {
  wrapper = document.createElement('div');
  wrapper.style.width = '900px';
  const el = document.createElement('twinning-map');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = data;
  wrapper.append(el);
  document.body.append(wrapper);
  await el.updateComplete;
  return el;
}

async function mount(): Promise<TwinningMap> {
  const el = await place({ actions: '', status: 'active', lang: 'fr' });
  for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('svg [part~="link"]'); i++) {
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
  }
  await el.updateComplete;
  return el;
}

const shadow = (el: TwinningMap) => el.shadowRoot!;
const linkIds = (el: TwinningMap) => [...shadow(el).querySelectorAll('[part~="link"]')].map((l) => l.getAttribute('data-twinning')!).sort();

async function click(el: TwinningMap, node: Element): Promise<void> {
  node.scrollIntoView({ block: 'center' });
  const box = node.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
  await el.updateComplete;
}

function button(el: TwinningMap, text: string): HTMLButtonElement {
  const found = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

async function openMenu(el: TwinningMap): Promise<void> {
  await click(el, button(el, 'Exporter'));
  expect(button(el, 'Exporter').getAttribute('aria-expanded')).to.equal('true');
}

/** Clicks a menu item and returns the `twinning-export` event it fires (cancelled: nothing is saved). */
async function exportVia(el: TwinningMap, label: string): Promise<TwinningExportEvent> {
  const event = new Promise<TwinningExportEvent>((resolve) =>
    el.addEventListener('twinning-export', (e) => { e.preventDefault(); resolve(e); }, { once: true }));
  await click(el, button(el, label));
  return event;
}

/** A small RFC 4180 reader, written for the test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += ch;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

const placeName = (id: string) => {
  const place = data.places.find((p) => p.id === id)!;
  const name = place.name as Record<string, string>;
  return name.fr ?? name.en!;
};

describe('export menu (actions attribute)', () => {
  it('actions=false shows no Export button', async () => {
    const el = await place({});
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('[part="actions"]'); i++) {
      await new Promise((r) => setTimeout(r, 20));
      await el.updateComplete;
    }
    expect(el.shadowRoot!.querySelector('[part="actions"]')).not.to.equal(null);
    expect([...shadow(el).querySelectorAll('button')].map((b) => b.textContent!.trim())).not.to.include('Export');
  });

  it('Enter opens the menu, ArrowDown moves into it, Escape closes it and returns focus', async () => {
    const el = await mount();
    const toggle = button(el, 'Exporter');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    expect(shadow(el).activeElement!.textContent!.trim()).to.equal('Télécharger l’image PNG');
    await sendKeys({ press: 'ArrowDown' });
    expect(shadow(el).activeElement!.textContent!.trim()).to.equal('Télécharger l’image SVG');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(el).querySelector('#export-menu')).to.equal(null);
    expect(shadow(el).activeElement).to.equal(toggle);
  });

  it('CSV export (twinning-export) holds exactly the drawn agreements, in French, UTF-8 with BOM', async () => {
    const el = await mount();
    const drawn = linkIds(el);
    expect(drawn).to.deep.equal(data.twinnings.filter((t) => t.status === 'active').map((t) => t.id).sort());
    await openMenu(el);
    const event = await exportVia(el, 'Télécharger les données (CSV)');
    expect(event.format).to.equal('csv');
    expect(event.filename).to.match(/^twinning-map-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = new Uint8Array(await event.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes));
    const [header, ...body] = rows;
    expect(header!.slice(0, 3)).to.deep.equal(['Lieu', 'Région', 'Partenaire']);
    expect(header).to.include('Statut');
    expect(body).to.have.length(drawn.length);
    const expected = drawn.map((id) => data.twinnings.find((t) => t.id === id)!).map((t) => `${placeName(t.places[0]!)}|${placeName(t.places[1]!)}`).sort();
    expect(body.map((r) => `${r[0]}|${r[2]}`).sort()).to.deep.equal(expected);
    const typeColumn = header!.indexOf('Type');
    expect(body.map((r) => r[typeColumn]).sort()).to.deep.equal(['provinces jumelles', 'villes jumelles', 'villes jumelles', 'villes jumelles']);
  });

  it('SVG export has one path per drawn link, resolved colours and declared fonts; PNG is 2× its size', async () => {
    const el = await mount();
    await openMenu(el);
    const svgEvent = await exportVia(el, 'Télécharger l’image SVG');
    expect(svgEvent.filename).to.match(/^twinning-map-\d{4}-\d{2}-\d{2}\.svg$/);
    const markup = await svgEvent.blob.text();
    expect(markup).not.to.contain('var(');
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const root = doc.documentElement;
    expect(root.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    const paths = [...doc.querySelectorAll('path[data-twinning]')];
    expect(paths.map((p) => p.getAttribute('data-twinning')).sort()).to.deep.equal(linkIds(el));
    for (const path of paths) {
      const live = shadow(el).querySelector(`[part~="link"][data-twinning="${path.getAttribute('data-twinning')}"]`)!;
      expect(path.getAttribute('stroke')).to.equal(getComputedStyle(live).stroke);
      expect(path.getAttribute('stroke')).to.match(/^rgb/);
    }
    expect(doc.querySelector('title')!.textContent).to.equal(shadow(el).querySelector('.chart')!.getAttribute('aria-label'));
    expect(doc.querySelector('desc')!.textContent).to.equal(shadow(el).querySelector('[part="summary"]')!.textContent);
    expect(root.getAttribute('font-family')).to.match(/sans-serif|serif|system-ui/);
    expect(doc.querySelector('style')!.textContent).to.contain('font-family');
    expect(root.getAttribute('lang')).to.equal('fr');

    const pngEvent = await exportVia(el, 'Télécharger l’image PNG');
    expect(pngEvent.blob.type).to.equal('image/png');
    expect(pngEvent.blob.size).to.be.greaterThan(1000);
    const bitmap = await createImageBitmap(pngEvent.blob);
    expect(bitmap.width).to.equal(2 * Number(root.getAttribute('width')));
    expect(bitmap.height).to.equal(2 * Number(root.getAttribute('height')));
  });

  it('Copy embed code writes the CDN script and the view attributes to the clipboard and says so', async () => {
    const el = await mount();
    let copied = '';
    const clipboard = navigator.clipboard as Clipboard & { writeText: (t: string) => Promise<void> };
    const original = clipboard.writeText;
    clipboard.writeText = async (text: string) => { copied = text; };
    try {
      await openMenu(el);
      await click(el, button(el, 'Copier le code d’intégration'));
      await el.updateComplete;
    } finally {
      clipboard.writeText = original;
    }
    expect(copied).to.contain(CDN);
    expect(copied).to.match(/<twinning-map [^>]*status="active"/);
    expect(copied).to.match(/<twinning-map [^>]*lang="fr"/);
    expect(copied).not.to.contain(' actions');
    expect(copied).to.contain('<!--');
    expect(shadow(el).querySelector('[role="status"].export-status')!.textContent).to.equal('Code d’intégration copié.');
  });

  it('Copy embed code falls back to a selected text area when the clipboard refuses', async () => {
    const el = await mount();
    const clipboard = navigator.clipboard as Clipboard & { writeText: (t: string) => Promise<void> };
    const original = clipboard.writeText;
    clipboard.writeText = async () => { throw new DOMException('denied', 'NotAllowedError'); };
    try {
      await openMenu(el);
      await click(el, button(el, 'Copier le code d’intégration'));
      await el.updateComplete;
    } finally {
      clipboard.writeText = original;
    }
    const area = shadow(el).querySelector('textarea')!;
    expect(area.value).to.contain(CDN);
    expect(shadow(el).activeElement).to.equal(area);
    expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
  });

  it('Cite lists the dataset sources as links; axe finds no violations with the menu open', async () => {
    const el = await mount();
    await openMenu(el);
    await click(el, button(el, 'Citer ces données'));
    const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('.export-panel a')];
    expect(links.map((a) => [a.textContent, a.href])).to.deep.equal(data.sources.map((s) => [s.title, s.url]));
    expect(shadow(el).querySelector('.export-citation')!.textContent).to.contain(data.title as string);
    await expectNoAxeViolations(shadow(el).querySelector('[part="base"]')!);
  });
});
