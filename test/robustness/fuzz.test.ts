/**
 * Property-based tests (fast-check): random and mutated datasets fed to the validator, the
 * parser, the spreadsheet import and every element. Nothing may throw uncaught, every outcome
 * is a drawing or a listed problem, and markup in data is never run or turned into elements.
 * Runs are kept moderate (and seeded per run by fast-check) so the file stays within seconds.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { exportSpreadsheets, importSpreadsheets, parse, parseJson, validate, MAX_DATASET_BYTES, type TwinningDataset } from '@twinning/schema';
import { loadBundled } from '@twinning/core';
import { all, ELEMENTS, outcome, settled, shadow, SMALL, uncaughtSpy } from './support.ts';

type Json = unknown;
type Host = HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };

declare global {
  interface Window {
    __xss?: number;
  }
}

const XSS = ['<img src=x onerror="window.__xss=1">', '<script>window.__xss=2</script>', '<svg onload="window.__xss=3"></svg>', '"><iframe src="javascript:window.parent.__xss=4">'];

const HOSTILE: Json[] = [
  NaN, Infinity, -Infinity, -0, 1e308, -1e308, null, undefined, true, 0, -91, 181, '', ' ',
  '0000', '0000-01-01', '9999', '9999-12-31', '2020-02-30', '-0001', '１９６５',
  '\u0000', 'a\u0000b', 'שלום עולם', 'مدينة توأم', '\u202Eevil\u202C', '👩‍👩‍👧‍👦🇯🇵🇨🇦', 'e\u0301\u0301\u0301\u0301', 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
  'x'.repeat(200_000), ...XSS, [], {}, [null], { en: 42 }, { '': '' }, { __proto__: { polluted: true } }, ['a', 1, null],
];

const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2, maxKeys: 4 }) },
);

/** Every path (array of keys) inside `value`, leaves and containers alike. */
function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value as Record<string, Json>)) {
      const at = [...prefix, Array.isArray(value) ? Number(key) : key];
      out.push(at);
      paths(child, at, out);
    }
  }
  return out;
}

const SMALL_PATHS = paths(SMALL);

/** SMALL with 1–4 values replaced (or deleted) at random paths. */
const mutatedDataset: fc.Arbitrary<Json> = fc
  .array(fc.tuple(fc.constantFrom(...SMALL_PATHS), hostileValue, fc.boolean()), { minLength: 1, maxLength: 4 })
  .map((edits) => {
    const copy = structuredClone(SMALL) as unknown as Record<string, Json>;
    for (const [path, value, remove] of edits) {
      let node: Json = copy;
      for (const key of path.slice(0, -1)) node = node !== null && typeof node === 'object' ? (node as Record<string, Json>)[key] : undefined;
      if (node === null || typeof node !== 'object') continue;
      const last = path[path.length - 1]!;
      if (remove) delete (node as Record<string, Json>)[last];
      else (node as Record<string, Json>)[last] = value;
    }
    return copy;
  });

const anyInput: fc.Arbitrary<Json> = fc.oneof(
  { weight: 5, arbitrary: mutatedDataset },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.record({ schemaVersion: fc.constant('1.0'), places: fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 5 }), twinnings: fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 5 }) }) },
);

/** Every string in SMALL replaced by a markup payload (ids and references kept, so it still validates structurally). */
function withMarkupEverywhere(dataset: TwinningDataset, payload: string): Json {
  const keep = new Set(['id', 'schemaVersion', 'country', 'region', 'kind', 'type', 'status', 'twinning', 'signed', 'ended', 'date', 'endDate', 'url', 'updated', 'license', 'color']);
  const walk = (value: Json, key: string): Json => {
    if (typeof value === 'string') return keep.has(key) ? value : `${value} ${payload}`;
    if (Array.isArray(value)) return key === 'places' || key === 'sources' || key === 'categories' ? value : value.map((v) => walk(v, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return walk(dataset, '');
}

function expectListedOrValid(result: { ok: boolean; problems: { severity: string; code: string; message: string }[] }): void {
  if (!result.ok) expect(result.problems.some((p) => p.severity === 'error'), 'a failed parse lists an error').to.equal(true);
  for (const p of result.problems) {
    expect(p.code, 'every problem has a code').to.be.a('string').and.not.equal('');
    expect(p.message, 'every problem has a message').to.be.a('string').and.not.equal('');
  }
}

describe('fuzzed data: validate, parse, parseJson, importSpreadsheets', function () {
  this.timeout(30000);

  it('validate and parse never throw and list a problem for every rejection', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const v = validate(input);
        const p = parse(input);
        expect(v.valid).to.equal(p.ok);
        expectListedOrValid(p);
      }),
      { numRuns: 300 },
    );
  });

  it('parseJson never throws on mutated JSON text', () => {
    const text = JSON.stringify(SMALL);
    fc.assert(
      fc.property(fc.nat(text.length), fc.nat(40), fc.string({ unit: 'binary', maxLength: 20 }), (at, cut, insert) => {
        expectListedOrValid(parseJson(text.slice(0, at) + insert + text.slice(at + cut), 'fuzz.json'));
      }),
      { numRuns: 300 },
    );
  });

  it('importSpreadsheets never throws on mutated CSV cells', () => {
    const sheets = exportSpreadsheets(SMALL);
    const rows = sheets.twinnings.split('\n');
    const cell = fc.oneof(fc.constantFrom(...HOSTILE.filter((h): h is string => typeof h === 'string')), fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom('"', '""', '\n', ',', '"a,b"', '\r\n'));
    fc.assert(
      fc.property(fc.nat(rows.length - 1), fc.nat(30), cell, (row, column, value) => {
        const lines = [...rows];
        const cells = (lines[row] ?? '').split(',');
        cells[Math.min(column, cells.length - 1)] = value;
        lines[row] = cells.join(',');
        const result = importSpreadsheets({ twinnings: { text: lines.join('\n') }, activities: { text: sheets.activities }, meta: sheets.meta });
        if (!result.dataset) expect(result.problems.some((p) => p.severity === 'error')).to.equal(true);
      }),
      { numRuns: 150 },
    );
  });

  it('parseJson refuses a 50 MB string as too large, quickly', () => {
    const big = `{"title":"${'x'.repeat(50 * 1024 * 1024)}"}`;
    const started = performance.now();
    const result = parseJson(big, 'big.json');
    const elapsed = performance.now() - started;
    expect(result.ok).to.equal(false);
    expect(result.problems[0]!.code).to.equal('too-large');
    expect(result.problems[0]!.message).to.contain(`${MAX_DATASET_BYTES / 1048576} MB`);
    expect(elapsed, 'milliseconds').to.be.lessThan(50);
  });
});

describe('fuzzed data: every element', function () {
  // `.data = null` falls back to the bundled dataset; load it once up front, so the property's
  // time goes to the elements, not to the first download of the dataset on a cold machine.
  before(async () => {
    await loadBundled();
  });
  this.timeout(60000);
  let spy: ReturnType<typeof uncaughtSpy>;
  let drawingFailures: string[];
  const consoleError = console.error;
  beforeEach(() => {
    spy = uncaughtSpy();
    drawingFailures = [];
    console.error = (...args: unknown[]) => {
      drawingFailures.push(args.map(String).join(' '));
      consoleError.apply(console, args);
    };
    window.__xss = undefined;
  });
  afterEach(() => {
    spy.stop();
    console.error = consoleError;
  });

  async function waitFor(check: () => boolean, timeout: number): Promise<void> {
    const end = performance.now() + timeout;
    while (!check()) {
      if (performance.now() > end) throw new Error(`not drawn within ${timeout} ms`);
      await new Promise((done) => setTimeout(done, 20));
    }
  }

  async function mountAll(): Promise<Host[]> {
    const holder = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
    return ELEMENTS.map((kind) => {
      const el = document.createElement(kind.tag) as Host;
      el.data = SMALL;
      holder.append(el);
      return el;
    });
  }

  it('.data with random and mutated datasets: a drawing or a listed problem, never an uncaught error', async () => {
    const elements = await mountAll();
    await Promise.all(elements.map((el) => settled(el)));
    await fc.assert(
      fc.asyncProperty(anyInput, async (input) => {
        // null or undefined means "no data": the element falls back to the bundled dataset.
        const expected = input === null || input === undefined ? true : parse(input).ok;
        for (const el of elements) {
          el.data = input;
          await settled(el);
          const shown = outcome(el);
          if (expected) expect(shown, `<${el.localName}> should draw valid data`).to.be.oneOf(['ready', 'empty']);
          else {
            expect(shown, `<${el.localName}> should list the problems`).to.equal('error');
            // The list comes with its chunk (problem-parts.ts), an update after invalid `.data` first shows.
            await waitFor(() => all(el, "[part~='error'] li").length > 0, 2000);
          }
        }
        expect(spy.errors).to.deep.equal([]);
        expect(drawingFailures).to.deep.equal([]);
      }),
      { numRuns: 60 },
    );
  });

  for (const payload of XSS) {
    it(`.data with ${payload.slice(0, 24)}… in every text field: shown as text, never run`, async () => {
      const elements = await mountAll();
      const data = withMarkupEverywhere(SMALL, payload);
      for (const el of elements) {
        el.data = data;
        await settled(el);
        const tableButton = shadow(el).querySelector<HTMLButtonElement>("button[aria-controls='table']");
        tableButton?.click();
        await el.updateComplete;
        shadow(el).querySelector<HTMLElement>("[tabindex='0']")?.focus();
        await el.updateComplete;
        expect(all(el, 'img, script, iframe, svg[onload]'), `<${el.localName}> created elements from data`).to.have.length(0);
      }
      await new Promise((done) => setTimeout(done, 100));
      expect(window.__xss).to.equal(undefined);
      expect(spy.errors).to.deep.equal([]);
    });
  }

  it('.data with 10,000 places that share one name renders or lists problems within seconds', async () => {
    const places = Array.from({ length: 10_000 }, (_, i) => ({
      id: `p-${i}`, name: 'Springfield', country: i % 2 ? 'JP' : 'CA', kind: 'municipality',
      lat: i % 2 ? 35 + (i % 50) / 10 : 45 + (i % 50) / 10, lon: i % 2 ? 135 + (i % 70) / 10 : -100 + (i % 70) / 10,
    }));
    const twinnings = Array.from({ length: 5_000 }, (_, i) => ({
      id: `t-${i}`, places: [`p-${2 * i}`, `p-${2 * i + 1}`], type: 'sister-city', status: 'active', signed: String(1950 + (i % 70)), sources: ['s'],
    }));
    const data = { schemaVersion: '1.0', sources: [{ id: 's', title: 'synthetic' }], places, twinnings };
    const started = performance.now();
    // Shared names are legal: the dataset is valid, so every element must draw it (none may
    // fall back to its error state), and say how much it drew.
    expect(parse(data).ok).to.equal(true);
    const elements = await mountAll();
    const [map, timeline, chart] = elements as [Host, Host, Host];
    for (const el of elements) el.data = data;
    await settled(timeline, 20000);
    await settled(chart, 20000);
    await waitFor(() => !!shadow(map).querySelector("canvas.marks, [part~='error']"), 20000);
    await map.updateComplete;
    expect(outcome(map), 'the map draws the 5,000 agreements').to.equal('ready');
    expect(shadow(map).querySelector('canvas.marks'), 'so many links go on the canvas').to.not.equal(null);
    expect(shadow(map).querySelector("[part~='summary']")!.textContent).to.match(/5,?000 agreements/);
    expect(outcome(timeline), 'the timeline draws them').to.equal('ready');
    expect(all(timeline, "[part~='lane']").length).to.be.greaterThan(0);
    expect(shadow(timeline).querySelector("[part~='summary']")!.textContent).to.match(/5,?000/);
    // No activities in the data: the chart says so rather than drawing bars or an error.
    expect(outcome(chart), 'the chart has no activities to count').to.equal('empty');
    expect(all(chart, "[part~='bar']")).to.have.length(0);
    expect(performance.now() - started, 'milliseconds').to.be.lessThan(30000);
    expect(spy.errors).to.deep.equal([]);
  });
});
