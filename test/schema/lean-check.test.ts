import { expect } from '@open-wc/testing';
import { hasDatasetShape, parse } from '@twinning/schema';
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
