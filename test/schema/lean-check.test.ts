import { expect } from '@open-wc/testing';
import { deepFreeze, hasDatasetShape, isValidated, parse, parseJson, validatedWarnings } from '@twinning/schema';
import json from '../../data/japan-canada.json';

// The bundled dataset skips the full validator at run time (it passes it in test/data): the lean
// check must accept it, and refuse what the elements can't read, so the full validator then says why.
describe('hasDatasetShape (the lean run-time check of the bundled data)', () => {
  const copy = () => JSON.parse(JSON.stringify(json)) as Record<string, any>;

  it('accepts the bundled dataset, which the full validator also accepts', () => {
    expect(hasDatasetShape(copy())).to.equal(true);
    expect(parse(copy()).ok).to.equal(true);
  });

  it('refuses a wrong schemaVersion, a missing list, a place without coordinates and a twinning to an unknown place', () => {
    const cases: [string, (d: Record<string, any>) => void][] = [
      ['schemaVersion', (d) => (d['schemaVersion'] = '9')],
      ['twinnings', (d) => delete d['twinnings']],
      ['lat', (d) => (d['places'][0].lat = '49')],
      ['unknown place', (d) => (d['twinnings'][0].places = [d['places'][0].id, 'nowhere'])],
      ['activities', (d) => (d['activities'] = {})],
    ];
    for (const [what, breakIt] of cases) {
      const d = copy();
      breakIt(d);
      expect(hasDatasetShape(d), what).to.equal(false);
      expect(parse(d).ok, `${what}: the full validator must report it too`).to.equal(false);
    }
  });
});

// parse remembers the copies it made, so an element given one as `.data` does not check it again;
// only those copies count, never an object the caller built, frozen or not.
describe('isValidated (datasets the validator produced)', () => {
  const copy = () => JSON.parse(JSON.stringify(json)) as Record<string, any>;

  it('is true for what parse and parseJson return, with their warnings kept', () => {
    const result = parse({ ...copy(), misspelt: 1 });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(isValidated(result.data)).to.equal(true);
    expect(validatedWarnings(result.data)!.map((p) => p.code)).to.deep.equal(['unknown-field']);
    const fromText = parseJson(JSON.stringify(json));
    expect(fromText.ok && isValidated(fromText.data)).to.equal(true);
    expect(fromText.ok && validatedWarnings(fromText.data)).to.deep.equal([]);
  });

  it('is false for the input, a deep-frozen look-alike, a part of a dataset, and copies made with other options', () => {
    const input = copy();
    const result = parse(input);
    expect(isValidated(input)).to.equal(false);
    expect(isValidated(deepFreeze(copy()))).to.equal(false);
    expect(result.ok && isValidated(result.data.places)).to.equal(false);
    expect(isValidated(null)).to.equal(false);
    expect(isValidated('{}')).to.equal(false);
    const relaxed = parse(copy(), { rules: {} });
    expect(relaxed.ok && isValidated(relaxed.data)).to.equal(false);
    const otherNow = parse(copy(), { now: new Date('2000-01-01') });
    expect(otherNow.ok && isValidated(otherNow.data)).to.equal(false);
  });
});
