import { expect } from '@open-wc/testing';
import { parse, parseJson, parseJsonBytes } from '../../packages/schema/src/index.ts';
import { locateJsonError, scanJson } from '../../packages/schema/src/json-position.ts';
import { minimalDataset } from './fixture.ts';

describe('parse', () => {
  it('parse(valid) gives deep-frozen data equal to the input, and leaves the input alone', () => {
    const input = minimalDataset();
    const r = parse(input);
    if (!r.ok) throw new Error('expected ok');
    expect(r.data).to.deep.equal(minimalDataset());
    expect(Object.isFrozen(r.data.places[0]!.name)).to.equal(true);
    expect(Object.isFrozen(input.places)).to.equal(false);
    expect(() => (r.data.places as unknown[]).push(1)).to.throw(TypeError);
  });
  it('parse keeps warnings with ok data', () => {
    const d = minimalDataset();
    d.activities[0].date = '1950';
    const r = parse(d);
    expect(r.ok).to.equal(true);
    expect(r.problems.map((p) => p.code)).to.deep.equal(['activity-before-signing']);
  });
  it('parse(invalid) gives the problems and no data', () => {
    const d = minimalDataset();
    d.places[0].lat = 100;
    const r = parse(d);
    expect(r.ok).to.equal(false);
    expect('data' in r).to.equal(false);
    expect(r.problems.map((p) => p.pointer)).to.deep.equal(['/places/0/lat']);
  });
});

describe('parseJson', () => {
  it('parseJson reads valid JSON and accepts a byte-order mark', () => {
    const r = parseJson('\uFEFF' + JSON.stringify(minimalDataset()));
    expect(r.ok).to.equal(true);
  });
  it('parseJson reports a syntax error with line and column, and the file', () => {
    const text = '{\n  "schemaVersion": "1.0",\n  "sources": []\n  "places": []\n}';
    const [p] = parseJson(text, 'data.json').problems;
    expect(p).to.include({ code: 'invalid-json', line: 4, column: 3, file: 'data.json' });
    expect(p!.message).to.match(/^invalid JSON at line 4, column 3: /);
  });
  it('parseJson reports a truncated file at its end', () => {
    const [p] = parseJson('{"a": [1, 2').problems;
    expect(p).to.include({ code: 'invalid-json', line: 1, column: 12 });
  });
  it('parseJson reports empty input', () => {
    expect(parseJson('  \n').problems.map((p) => p.code)).to.deep.equal(['empty-input']);
    expect(parseJson('\uFEFF').problems.map((p) => p.code)).to.deep.equal(['empty-input']);
  });
  it('parseJson reports input over the size limit', () => {
    const [p] = parseJson('[' + '1,'.repeat(100) + '1]', 'big.json', { maxBytes: 100 }).problems;
    expect(p).to.include({ code: 'too-large', file: 'big.json' });
    expect(p!.message).to.contain('too large');
  });
  it('parseJson sets the file on validation problems', () => {
    const d = minimalDataset();
    d.schemaVersion = '0.9';
    const [p] = parseJson(JSON.stringify(d), 'x.json').problems;
    expect(p).to.include({ code: 'unknown-schema-version', file: 'x.json', pointer: '/schemaVersion' });
  });
});

describe('parseJsonBytes', () => {
  it('parseJsonBytes rejects UTF-16 and bytes that are not UTF-8, with the line', () => {
    expect(parseJsonBytes(new Uint8Array([0xff, 0xfe, 0x7b, 0x00])).problems.map((p) => p.code)).to.deep.equal(['invalid-encoding']);
    const [p] = parseJsonBytes(new Uint8Array([0x7b, 0x0a, 0x22, 0xe9, 0x22, 0x7d])).problems;
    expect(p).to.include({ code: 'invalid-encoding', line: 2, column: 2 });
  });
  it('parseJsonBytes reads UTF-8 with Japanese text', () => {
    const d = minimalDataset();
    const r = parseJsonBytes(new TextEncoder().encode(JSON.stringify(d)));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.data.places[1]!.name).to.deep.equal({ en: 'Kushiro', ja: '釧路市' });
  });
});

describe('locateJsonError', () => {
  it('locateJsonError reads V8 and Firefox messages and scans when there is no position', () => {
    const text = '{\n "a": 1,\n}';
    expect(locateJsonError(text, 'Expected double-quoted property name in JSON at position 11')).to.deep.equal({ offset: 11, line: 3, column: 1 });
    expect(locateJsonError(text, 'JSON.parse: expected double-quoted property name at line 3 column 1 of the JSON data')).to.deep.equal({ offset: 11, line: 3, column: 1 });
    expect(locateJsonError(text, "JSON Parse error: Expected '}'")).to.deep.equal({ offset: 11, line: 3, column: 1 });
  });
  it('scanJson finds the first error or returns -1', () => {
    expect(scanJson('[1, {"a": [true, null, "x\\u00e9"]}]')).to.equal(-1);
    expect(scanJson('[1 2]')).to.equal(3);
    expect(scanJson('{"a": 01}')).to.equal(7);
    expect(scanJson('"abc')).to.equal(4);
  });
});
