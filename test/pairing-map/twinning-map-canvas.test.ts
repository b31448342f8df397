import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { Place, Twinning, TwinningDataset } from '@twinning/schema';
import '../../packages/pairing-map/src/index.ts';
import { CANVAS_THRESHOLD } from '../../packages/pairing-map/src/twinning-map.element.ts';
import type { TwinningMap } from '../../packages/pairing-map/src/index.ts';
import { nextEvent } from '../helpers/events.ts';

/** A deterministic large dataset: a grid of places in each country, each Canadian place paired with several Japanese ones. */
function largeDataset(links: number): TwinningDataset {
  const places: Place[] = [];
  for (let i = 0; i < 400; i++) places.push({ id: `ca-${i}`, name: `CA ${i}`, country: 'CA', kind: 'municipality', lat: 43 + (i % 20) * 0.6, lon: -125 + Math.floor(i / 20) * 2.7 });
  for (let i = 0; i < 400; i++) places.push({ id: `jp-${i}`, name: `JP ${i}`, country: 'JP', kind: 'municipality', lat: 31 + (i % 20) * 0.6, lon: 130 + Math.floor(i / 20) * 0.55 });
  const twinnings: Twinning[] = [];
  for (let i = 0; i < links; i++) twinnings.push({ id: `t-${i}`, places: [`ca-${i % 400}`, `jp-${(i * 7) % 400}`], type: 'sister-city', status: 'active', sources: ['s'], signed: String(1960 + (i % 60)) });
  return { schemaVersion: '1.0', sources: [{ id: 's', title: 'synthetic test data' }], places, twinnings };
}

describe("<twinning-map> at scale (canvas mode)", function () {
  this.timeout(30000);
  it(`draws more than ${CANVAS_THRESHOLD} links on a canvas and keeps SVG for interactive marks only`, async () => {
    const data = largeDataset(CANVAS_THRESHOLD + 50);
    const el = (await fixture<HTMLDivElement>(html`<div style="width: 900px"><twinning-map .data=${data}></twinning-map></div>`)).firstElementChild as TwinningMap;
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('canvas.marks'); i++) await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    const canvas = el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.marks')!;
    expect(canvas).to.exist;
    expect(el.shadowRoot!.querySelectorAll('[part~="link"]').length).to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('[data-place]').length).to.be.at.most(3);
    expect(el.shadowRoot!.querySelectorAll('[data-place][tabindex="0"]').length).to.equal(1);
    // Something is drawn: count non-background pixels.
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const corner = pixels.slice(0, 4).join();
    let different = 0;
    for (let i = 0; i < pixels.length; i += 4 * 97) if (pixels.slice(i, i + 4).join() !== corner) different++;
    expect(different).to.be.greaterThan(100);
  });

  it('hit-tests a click on a canvas dot through the spatial index and selects its agreement', async () => {
    const data = largeDataset(CANVAS_THRESHOLD + 10);
    const el = (await fixture<HTMLDivElement>(html`<div style="width: 900px"><twinning-map .data=${data}></twinning-map></div>`)).firstElementChild as TwinningMap;
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('canvas.marks'); i++) await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    // Pick a dot that is drawn only on the canvas (not the focusable SVG mark).
    const svgMark = el.shadowRoot!.querySelector('[data-place]')!.getAttribute('data-place');
    const dots = (el as unknown as { model: { dots: { id: string; x: number; y: number }[] } }).model.dots;
    const target = dots.find((d) => d.id !== svgMark && d.id.startsWith('jp-'))!;
    const box = el.shadowRoot!.querySelector('.map svg')!.getBoundingClientRect();
    const event = nextEvent(el, 'twinning-select');
    await sendMouse({ type: 'click', position: [Math.round(box.left + target.x), Math.round(box.top + target.y)] });
    const selected = (await event).twinning!;
    expect(data.twinnings.find((t) => t.id === selected)!.places).to.include(target.id);
    await el.updateComplete;
    // The selected agreement is highlighted in SVG above the canvas.
    expect(el.shadowRoot!.querySelector(`[part~="link"][data-twinning="${selected}"]`)!.getAttribute('part')).to.contain('link--selected');
  });

  it('a real click beside a link drawn only on the canvas selects a link passing within 6 px', async () => {
    const data = largeDataset(CANVAS_THRESHOLD + 10);
    const el = (await fixture<HTMLDivElement>(html`<div style="width: 900px"><twinning-map .data=${data}></twinning-map></div>`)).firstElementChild as TwinningMap;
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('canvas.marks'); i++) await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    // In the gap between the panels there are links and no dots.
    const { layout } = (el as unknown as { model: { layout: { panels: { x: number; width: number }[]; height: number } } }).model;
    const [first, second] = layout.panels;
    const point = [Math.round((first!.x + first!.width + second!.x) / 2), Math.round(layout.height / 2)] as const;
    const box = el.shadowRoot!.querySelector('.map svg')!.getBoundingClientRect();
    const event = nextEvent(el, 'twinning-select');
    await sendMouse({ type: 'click', position: [Math.round(box.left + point[0]), Math.round(box.top + point[1])] });
    const selected = (await event).twinning!;
    await el.updateComplete;
    // Measured on the selected link, now drawn in SVG: it passes within the 6 px band of the click.
    const path = el.shadowRoot!.querySelector(`[part~="link"][data-twinning="${selected}"]`) as SVGPathElement;
    const length = path.getTotalLength();
    let nearest = Number.POSITIVE_INFINITY;
    for (let i = 0; i <= 400; i++) {
      const p = path.getPointAtLength((length * i) / 400);
      nearest = Math.min(nearest, Math.hypot(p.x - point[0], p.y - point[1]));
    }
    expect(nearest).to.be.at.most(6.5);
  });
});

describe('<twinning-map> canvas mode zoom (the bitmap moves, one redraw at the end)', function () {
  this.timeout(30000);
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  /** Full draws of `canvas` and strokes on it, counted on the 2D context's prototype until `restore`. */
  function countDraws(canvas: HTMLCanvasElement) {
    const proto = CanvasRenderingContext2D.prototype;
    const { fillRect, stroke } = proto;
    const counts = { draws: 0, strokes: 0 };
    // drawScene paints the water with one fillRect per draw, then strokes land and each link style.
    proto.fillRect = function (this: CanvasRenderingContext2D, ...args: Parameters<typeof fillRect>) {
      if (this.canvas === canvas) counts.draws++;
      return fillRect.apply(this, args);
    };
    proto.stroke = function (this: CanvasRenderingContext2D, path?: Path2D) {
      if (this.canvas === canvas) counts.strokes++;
      return path ? stroke.call(this, path) : (stroke as (this: CanvasRenderingContext2D) => void).call(this);
    };
    return { counts, restore: () => Object.assign(proto, { fillRect, stroke }) };
  }
  const pixels = (canvas: HTMLCanvasElement) => canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  const differing = (a: Uint8ClampedArray, b: Uint8ClampedArray) => {
    let count = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) count++;
    return count;
  };
  const zoomOf = (el: TwinningMap) => (el as unknown as { zoom: { transform: { k: number; x: number; y: number } } }).zoom.transform;
  async function mountLarge(links = 2000) {
    const data = largeDataset(links);
    const el = (await fixture<HTMLDivElement>(html`<div style="width: 900px"><twinning-map .data=${data}></twinning-map></div>`)).firstElementChild as TwinningMap;
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('canvas.marks'); i++) await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    return { el, canvas: el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.marks')! };
  }
  /** Waits until the canvas is drawn at rest again (no transform left on it), or 2 s. */
  async function settled(canvas: HTMLCanvasElement) {
    for (let i = 0; i < 100 && canvas.style.transform; i++) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => requestAnimationFrame(r));
  }
  /** The picture a fresh full draw at the current zoom gives (a Lit update redraws a canvas that is not in place). */
  async function freshDraw(el: TwinningMap, canvas: HTMLCanvasElement) {
    canvas.style.transform = 'translate(0px)';
    el.requestUpdate();
    await el.updateComplete;
    return pixels(canvas);
  }

  it('a wheel notch draws nothing and moves the bitmap where the new zoom puts it; the gesture\'s end redraws once, crisp', async () => {
    const { el, canvas } = await mountLarge();
    const svg = el.shadowRoot!.querySelector('.map svg')!;
    const box = svg.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + 4), Math.round(box.top + 4)] });
    await (el as unknown as { zoom: { gestures: Promise<void> } }).zoom.gestures;
    const before = pixels(canvas);
    const { counts, restore } = countDraws(canvas);
    // The gesture's end is held while the middle of the gesture is checked (a loaded machine can
    // take longer than the 150 ms the wheel waits), then a second notch ends it for real.
    const zoom = (el as unknown as { zoom: { end: () => void } }).zoom;
    const end = zoom.end;
    zoom.end = () => undefined;
    try {
      svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -200, clientX: box.left + 300, clientY: box.top + 200, bubbles: true, cancelable: true }));
      await new Promise((r) => requestAnimationFrame(r));
      const t = zoomOf(el);
      expect(t.k).to.be.greaterThan(1);
      expect(counts, 'draw calls on the link canvas during the gesture').to.deep.equal({ draws: 0, strokes: 0 });
      expect(differing(pixels(canvas), before), 'bitmap untouched').to.equal(0);
      // On screen the bitmap is where the SVG overlay (same transform) is: scaled by k, moved by (x, y).
      const shown = canvas.getBoundingClientRect();
      expect(shown.width / canvas.clientWidth).to.be.closeTo(t.k, 1e-3);
      expect(shown.left - box.left).to.be.closeTo(t.x, 0.5);
      expect(shown.top - box.top).to.be.closeTo(t.y, 0.5);
      expect(el.shadowRoot!.querySelector('.overlay')!.getAttribute('transform')).to.equal(`translate(${t.x},${t.y}) scale(${t.k})`);
      // The frame clips the moved bitmap to the map.
      expect(getComputedStyle(canvas.parentElement!).overflow).to.equal('hidden');
      await new Promise((r) => setTimeout(r, 300));
      expect(counts.draws, 'no redraw until the gesture ends').to.equal(0);
      expect(canvas.style.transform).to.contain('matrix');
      delete (zoom as { end?: unknown }).end;
      expect(zoom.end).to.equal(end);
      svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, clientX: box.left + 300, clientY: box.top + 200, bubbles: true, cancelable: true }));
      await settled(canvas);
      expect(canvas.style.transform, 'bitmap back in place').to.equal('');
      expect(counts.draws, 'one full redraw after the gesture').to.equal(1);
      expect(counts.strokes).to.be.greaterThan(1);
    } finally {
      delete (zoom as { end?: unknown }).end;
      restore();
    }
    const after = pixels(canvas);
    expect(differing(after, before), 'the picture changed with the zoom').to.be.greaterThan(1000);
    expect(differing(after, await freshDraw(el, canvas)), 'the redraw is the picture a fresh draw at this zoom gives').to.equal(0);
  });

  it('a key step and an animated framing of a selection redraw the canvas once each, at their end', async () => {
    const { el, canvas } = await mountLarge();
    const { counts, restore } = countDraws(canvas);
    try {
      (el.shadowRoot!.querySelector('[data-place][tabindex="0"]') as SVGGElement).focus();
      await sendKeys({ press: '+' });
      await settled(canvas);
      expect(zoomOf(el).k).to.be.closeTo(1.6, 1e-9);
      expect(counts.draws, 'one redraw for one key step').to.equal(1);
      expect(differing(pixels(canvas), await freshDraw(el, canvas))).to.equal(0);
      counts.draws = 0;
      // Zoom into the top-left corner, then select an agreement elsewhere: the map animates to frame it.
      await import('../../packages/pairing-map/src/map-interaction.ts');
      for (let i = 0; i < 3; i++) await sendKeys({ press: '+' });
      await settled(canvas);
      // On a loaded machine a key step's end-of-gesture redraw can come after the bitmap is back
      // in place: wait until no draw has come for longer than the 150 ms gesture-end delay.
      for (let last = -1; counts.draws !== last; ) {
        last = counts.draws;
        await new Promise((r) => setTimeout(r, 300));
      }
      counts.draws = 0;
      const before = zoomOf(el);
      el.selected = 't-5';
      await el.updateComplete;
      const frames: string[] = [];
      for (let i = 0; i < 120 && (frames.length === 0 || canvas.style.transform); i++) {
        await new Promise((r) => requestAnimationFrame(r));
        if (canvas.style.transform) frames.push(canvas.style.transform);
      }
      await settled(canvas);
      expect(zoomOf(el), 'the view moved to frame the selection').to.not.deep.equal(before);
      expect(new Set(frames).size, 'the bitmap moved over several frames').to.be.greaterThan(2);
      expect(counts.draws, 'one redraw for the whole animation').to.equal(1);
      expect(differing(pixels(canvas), await freshDraw(el, canvas))).to.equal(0);
    } finally {
      restore();
    }
  });

  it('under reduced motion the framing jumps and redraws once', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { el, canvas } = await mountLarge();
    (el.shadowRoot!.querySelector('[data-place][tabindex="0"]') as SVGGElement).focus();
    await import('../../packages/pairing-map/src/map-interaction.ts');
    for (let i = 0; i < 4; i++) await sendKeys({ press: '+' });
    await settled(canvas);
    const before = zoomOf(el);
    const { counts, restore } = countDraws(canvas);
    try {
      el.selected = 't-5';
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      expect(zoomOf(el)).to.not.deep.equal(before);
      expect(canvas.style.transform).to.equal('');
      expect(counts.draws).to.equal(1);
    } finally {
      restore();
    }
  });
});

describe('canvas layer: links out of view are skipped when zoomed in', () => {
  const colors = { water: '#ffffff', land: '#eeeeee', border: '#cccccc', place: '#000000', halo: '#ffffff' };
  /** Whether the canvas pixel at (`x`, `y`) CSS px is reddish (a link), not the white water. */
  const red = (canvas: HTMLCanvasElement, x: number, y: number) => {
    const ratio = canvas.width / 200;
    const [r, g, b] = canvas.getContext('2d')!.getImageData(Math.floor(x * ratio), Math.floor(y * ratio), 1, 1).data;
    return r! > 200 && g! < 200 && b! < 200;
  };

  it('draws links (a curve, a polyline) that cross the view with both ends outside it, and redraws culled links when zoomed back out', async () => {
    const { drawScene } = await import('../../packages/pairing-map/src/canvas-layer.ts');
    const { ZoomTransform } = await import('../../packages/pairing-map/src/zoom-controller.ts');
    const scene = {
      width: 200, height: 100, land: [], dots: [],
      links: [
        // A straight cubic along y = 40, from far left to far right of the zoomed view.
        { d: 'M10,40C60,40,140,40,190,40', color: '#ff0000' },
        // A polyline along y = 45 whose only segment meeting the view is the middle one.
        { d: 'M10,45L60,45L140,45L190,45', color: '#ff0000' },
        // Dashed, along y = 90: wholly below the zoomed view.
        { d: 'M10,90Q100,90,190,90', color: '#ff0000', dash: '7 4' },
        // Reaching past the bottom of the drawing (drawn apart from the links within it), left of the zoomed view.
        { d: 'M30,20L30,150', color: '#ff0000' },
      ],
    };
    const canvas = document.createElement('canvas');
    canvas.style.width = '200px';
    document.body.append(canvas);
    try {
      // Zoom 4 at (−300, −100): the view is x 75…125, y 25…50 of the drawing; the first link crosses it at screen y 60.
      drawScene(canvas, scene, new ZoomTransform(4, -300, -100), colors);
      for (const x of [2, 50, 100, 150, 198]) expect(red(canvas, x, 60), `curve at screen x ${x}`).to.equal(true);
      for (const x of [2, 50, 100, 150, 198]) expect(red(canvas, x, 80), `polyline at screen x ${x}`).to.equal(true);
      expect(red(canvas, 100, 30)).to.equal(false);
      // Zoomed out: the dashed link (culled above) is drawn again, on a dash (x 10…17 is the first one).
      drawScene(canvas, scene, new ZoomTransform(1, 0, 0), colors);
      expect(red(canvas, 100, 40)).to.equal(true);
      expect(red(canvas, 13, 90), 'the dashed link, culled when zoomed in').to.equal(true);
      expect(red(canvas, 30, 60), 'the link reaching past the drawing').to.equal(true);
    } finally {
      canvas.remove();
    }
  });

  it('a scene rebuilt with new land and the same links (a new array) does not prepare its links again', async () => {
    const { drawScene } = await import('../../packages/pairing-map/src/canvas-layer.ts');
    const { ZoomTransform } = await import('../../packages/pairing-map/src/zoom-controller.ts');
    const links = [{ d: 'M10,40L100,45L190,40', color: '#ff0000' }, { d: 'M10,60Q100,70,190,60', color: '#00ff00', dash: '7 4' }];
    const scene = { width: 200, height: 100, land: [], dots: [], links };
    const canvas = document.createElement('canvas');
    const { lineTo } = Path2D.prototype;
    let added = 0;
    Path2D.prototype.lineTo = function (this: Path2D, x: number, y: number) {
      added++;
      return lineTo.call(this, x, y);
    };
    try {
      drawScene(canvas, scene, new ZoomTransform(1, 0, 0), colors);
      expect(added, 'the first scene prepares its links').to.be.greaterThan(0);
      added = 0;
      drawScene(canvas, { ...scene, land: ['M0,0L50,0L50,50Z'], links: links.map((l) => ({ ...l })) }, new ZoomTransform(1, 0, 0), colors);
      expect(added, 'same links in a new array').to.equal(0);
      drawScene(canvas, { ...scene, links: [...links, { d: 'M10,80L190,80', color: '#ff0000' }] }, new ZoomTransform(1, 0, 0), colors);
      expect(added, 'other links').to.be.greaterThan(0);
    } finally {
      Path2D.prototype.lineTo = lineTo;
    }
  });
});
