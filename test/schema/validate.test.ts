import { expect } from '@open-wc/testing';
import { validate, escapePointerToken, MAX_PROBLEMS, parse } from '../../packages/schema/src/index.ts';
import type { Problem } from '../../packages/schema/src/index.ts';
import { minimalDataset } from './fixture.ts';

const brief = (problems: Problem[]) => problems.map((p) => `${p.severity} ${p.code} ${p.pointer}`);

describe('validate', () => {
  it('validate(minimal dataset) reports zero problems', () => {
    expect(validate(minimalDataset())).to.deep.equal({ valid: true, problems: [] });
  });

  it('validate accepts a dataset without the optional activities', () => {
    const d = minimalDataset();
    delete d.activities;
    expect(validate(d).problems).to.deep.equal([]);
  });

  describe('structure', () => {
    it('validate(null) reports wrong-type at the root', () => {
      expect(brief(validate(null).problems)).to.deep.equal(['error wrong-type ']);
    });
    it('validate reports each missing required field', () => {
      const r = validate({ schemaVersion: '1.0' });
      expect(r.valid).to.equal(false);
      expect(r.problems.map((p) => p.message)).to.deep.equal([
        'missing field "sources" at the top level',
        'missing field "places" at the top level',
        'missing field "twinnings" at the top level',
      ]);
    });
    it('validate reports an unknown schemaVersion', () => {
      const d = minimalDataset();
      d.schemaVersion = '2.0';
      expect(brief(validate(d).problems)).to.deep.equal(['error unknown-schema-version /schemaVersion']);
    });
    it('validate reports wrong types and names the expected one', () => {
      const d = minimalDataset();
      d.places[0].lat = '49.25';
      d.twinnings[0].places = 'ca-bc-burnaby';
      const r = validate(d);
      expect(brief(r.problems)).to.include.members(['error wrong-type /places/0/lat', 'error wrong-type /twinnings/0/places']);
      expect(r.problems.find((p) => p.pointer === '/places/0/lat')!.message).to.equal('wrong type at /places/0/lat: a string; expected a number');
    });
    it('validate names the valid values of a closed vocabulary', () => {
      const d = minimalDataset();
      d.twinnings[0].type = 'twin-city';
      const [p] = validate(d).problems;
      expect(p).to.deep.equal({
        severity: 'error',
        code: 'invalid-value',
        pointer: '/twinnings/0/type',
        message: 'invalid type at /twinnings/0/type: "twin-city"; expected one of sister-city, friendship-city, sister-province, partner, other',
      });
    });
    it('validate warns about an unknown field', () => {
      const d = minimalDataset();
      d.twinnings[0].signd = '1965';
      expect(brief(validate(d).problems)).to.deep.equal(['warning unknown-field /twinnings/0/signd']);
      expect(validate(d).valid).to.equal(true);
    });
    it('validate reports every problem, not only the first', () => {
      const d = minimalDataset();
      d.places[0].kind = 'town';
      d.places[1].country = 'jp';
      d.twinnings[0].status = 'alive';
      expect(brief(validate(d).problems)).to.have.members([
        'error invalid-value /places/0/kind',
        'error invalid-country /places/1/country',
        'error invalid-value /twinnings/0/status',
      ]);
    });
    it('validate escapes "~" and "/" in pointers (RFC 6901)', () => {
      const d = minimalDataset();
      d.places[0].name = { 'a/b~c': 'x' };
      expect(brief(validate(d).problems)).to.deep.equal(['error invalid-value /places/0/name/a~1b~0c']);
      expect(escapePointerToken('~/')).to.equal('~0~1');
    });
    it('validate reports an id unsafe in URLs', () => {
      const d = minimalDataset();
      d.sources[0].id = 's 1';
      d.twinnings[0].sources = ['s 1'];
      d.activities[0].sources = ['s 1'];
      expect(brief(validate(d).problems)).to.deep.equal(['error invalid-id /sources/0/id']);
    });
    it('validate reports a javascript: url', () => {
      const d = minimalDataset();
      d.places[0].url = 'javascript:alert(1)';
      expect(brief(validate(d).problems)).to.deep.equal(['error invalid-url /places/0/url']);
    });
  });

  describe('references', () => {
    it('validate reports a twinning naming an unknown place', () => {
      const d = minimalDataset();
      d.twinnings[0].places[1] = 'jp-01-nowhere';
      const r = validate(d);
      expect(brief(r.problems)).to.deep.equal(['error unknown-place /twinnings/0/places/1']);
      expect(r.problems[0]!.message).to.contain('"jp-01-nowhere"');
    });
    it('validate reports an activity naming an unknown twinning', () => {
      const d = minimalDataset();
      d.activities[0].twinning = 't9';
      expect(brief(validate(d).problems)).to.deep.equal(['error unknown-twinning /activities/0/twinning']);
    });
    it('validate reports unknown source ids in twinnings and activities', () => {
      const d = minimalDataset();
      d.twinnings[0].sources = ['s1', 's2'];
      d.activities[0].sources = ['s3'];
      expect(brief(validate(d).problems)).to.deep.equal(['error unknown-source /twinnings/0/sources/1', 'error unknown-source /activities/0/sources/0']);
    });
    it('validate warns when a twinning cites no source', () => {
      const d = minimalDataset();
      d.twinnings[0].sources = [];
      expect(brief(validate(d).problems)).to.deep.equal(['warning no-sources /twinnings/0/sources']);
    });
  });

  describe('duplicate ids', () => {
    it('validate reports a duplicate id in each collection, pointing at the second', () => {
      const d = minimalDataset();
      d.places.push({ ...d.places[0] });
      d.sources.push({ ...d.sources[0] });
      d.activities.push({ ...d.activities[0] });
      const r = validate(d);
      expect(brief(r.problems)).to.have.members(['error duplicate-id /places/2/id', 'error duplicate-id /sources/1/id', 'error duplicate-id /activities/1/id']);
      expect(r.problems.find((p) => p.pointer === '/places/2/id')!.message).to.contain('already used by /places/0');
    });
    it('validate allows the same id in different collections', () => {
      const d = minimalDataset();
      d.activities[0].id = 't1';
      expect(validate(d).problems).to.deep.equal([]);
    });
  });

  describe('coordinates', () => {
    for (const [key, value] of [['lat', 90.5], ['lat', -91], ['lon', 180.01], ['lon', Infinity], ['lat', NaN]] as const) {
      it(`validate reports ${key} = ${value} as out of range`, () => {
        const d = minimalDataset();
        d.places[1][key] = value;
        expect(brief(validate(d).problems)).to.deep.equal([`error coordinate-out-of-range /places/1/${key}`]);
      });
    }
    it('validate accepts the extremes ±90 and ±180', () => {
      const d = minimalDataset();
      Object.assign(d.places[0], { lat: -90, lon: 180 });
      expect(validate(d).problems).to.deep.equal([]);
    });
  });

  describe('dates', () => {
    it('validate reports a malformed date', () => {
      const d = minimalDataset();
      d.twinnings[0].signed = '11/05/1965';
      const [p] = validate(d).problems;
      expect([p!.code, p!.pointer]).to.deep.equal(['invalid-date', '/twinnings/0/signed']);
      expect(p!.message).to.contain('expected YYYY, YYYY-MM or YYYY-MM-DD');
    });
    it('validate reports impossible dates (2019-02-29, month 13)', () => {
      const d = minimalDataset();
      d.twinnings[0].signed = '2019-02-29';
      d.activities[0].date = '1990-13';
      expect(brief(validate(d).problems)).to.deep.equal(['error invalid-date /twinnings/0/signed', 'error invalid-date /activities/0/date']);
    });
    it('validate accepts 2020-02-29, a leap day', () => {
      const d = minimalDataset();
      d.activities[0].date = '2020-02-29';
      expect(validate(d).problems).to.deep.equal([]);
    });
    it('validate reports ended before signed', () => {
      const d = minimalDataset();
      Object.assign(d.twinnings[0], { status: 'ended', ended: '1964-12' });
      expect(brief(validate(d).problems)).to.deep.equal(['error ended-before-signed /twinnings/0/ended']);
    });
    it('validate does not order overlapping dates of different precision ("1965" vs "1965-05-11")', () => {
      const d = minimalDataset();
      Object.assign(d.twinnings[0], { status: 'ended', ended: '1965' });
      expect(validate(d).problems).to.deep.equal([]);
    });
    it('validate reports an activity endDate before its date', () => {
      const d = minimalDataset();
      d.activities[0].endDate = '1990-06-30';
      expect(brief(validate(d).problems)).to.deep.equal(['error end-before-start /activities/0/endDate']);
    });
    it('validate warns (not errors) about an activity before its agreement was signed', () => {
      const d = minimalDataset();
      d.activities[0].date = '1964';
      const r = validate(d);
      expect(r.valid).to.equal(true);
      expect(brief(r.problems)).to.deep.equal(['warning activity-before-signing /activities/0/date']);
    });
    it('validate warns about an ended date with a status other than "ended"', () => {
      const d = minimalDataset();
      d.twinnings[0].ended = '2001';
      expect(brief(validate(d).problems)).to.deep.equal(['warning status-conflicts-with-ended /twinnings/0/status']);
    });
  });

  describe('categories', () => {
    it('validate reports an unknown category and lists the valid ones', () => {
      const d = minimalDataset();
      d.activities[0].categories = ['youth', 'gastronomy'];
      const [p] = validate(d).problems;
      expect([p!.code, p!.pointer]).to.deep.equal(['unknown-category', '/activities/0/categories/1']);
      expect(p!.message).to.contain('education, culture, youth');
    });
    it('validate accepts a category declared in dataset.categories', () => {
      const d = minimalDataset();
      d.activities[0].categories = ['gastronomy'];
      d.categories = [{ id: 'gastronomy', label: { en: 'Food', fr: 'Gastronomie' }, color: '#117733' }];
      expect(validate(d).problems).to.deep.equal([]);
    });
    it('validate reports a colour that could break out of a style', () => {
      const d = minimalDataset();
      d.categories = [{ id: 'youth', color: 'red; background: url(x)' }];
      expect(brief(validate(d).problems)).to.deep.equal(['error invalid-color /categories/0/color']);
    });
  });

  describe('text and values', () => {
    it('validate warns about markup in text: tags and entities', () => {
      const d = minimalDataset();
      d.activities[0].title = { en: 'Visit <b>now</b>', fr: 'Visite &eacute;t&eacute;' };
      d.twinnings[0].note = 'AT&T and <3 are fine';
      const r = validate(d);
      expect(r.valid).to.equal(true);
      expect(brief(r.problems)).to.deep.equal(['warning markup-in-text /activities/0/title/en', 'warning markup-in-text /activities/0/title/fr']);
    });
    it('validate reports a twinning with fewer than two places', () => {
      const d = minimalDataset();
      d.twinnings[0].places = ['ca-bc-burnaby'];
      expect(brief(validate(d).problems)).to.deep.equal(['error too-few-places /twinnings/0/places']);
    });
    it('validate reports a place listed twice in a twinning', () => {
      const d = minimalDataset();
      d.twinnings[0].places = ['ca-bc-burnaby', 'ca-bc-burnaby'];
      expect(brief(validate(d).problems)).to.deep.equal(['error repeated-place /twinnings/0/places/1']);
    });
    for (const value of [-1, 2.5, NaN]) {
      it(`validate reports participants = ${value}`, () => {
        const d = minimalDataset();
        d.activities[0].participants = value;
        expect(brief(validate(d).problems)).to.deep.equal(['error invalid-participants /activities/0/participants']);
      });
    }
    it('validate accepts participants = 0', () => {
      const d = minimalDataset();
      d.activities[0].participants = 0;
      expect(validate(d).problems).to.deep.equal([]);
    });
    it('validate reports a region that is not ISO 3166-2 shaped', () => {
      const d = minimalDataset();
      d.places[0].region = 'BC';
      expect(brief(validate(d).problems)).to.deep.equal(['error invalid-region /places/0/region']);
    });
    it('validate reports a country that is not two capitals', () => {
      const d = minimalDataset();
      d.places[0].country = 'CAN';
      expect(brief(validate(d).problems)).to.deep.equal(['error invalid-country /places/0/country']);
    });
    it('validate reports a region outside its country', () => {
      const d = minimalDataset();
      d.places[1].region = 'CA-BC';
      const [p] = validate(d).problems;
      expect([p!.code, p!.pointer]).to.deep.equal(['region-country-mismatch', '/places/1/region']);
      expect(p!.message).to.contain('"JP-"');
    });
    it('validate reports empty required text', () => {
      const d = minimalDataset();
      d.places[0].name = { en: ' ' };
      expect(brief(validate(d).problems)).to.deep.equal(['error empty-value /places/0/name']);
    });
  });

  describe('hostile input', () => {
    it('validate does not throw on a getter that throws, and reports it', () => {
      const d = minimalDataset();
      Object.defineProperty(d.places[0], 'lat', { enumerable: true, get() { throw new Error('boom'); } });
      const r = validate(d);
      expect(brief(r.problems)).to.deep.equal(['error unreadable-value /places/0/lat']);
      expect(r.problems[0]!.message).to.contain('boom');
    });
    it('a getter that throws inside a list is reported at its index, and the rest still checked', () => {
      const d = minimalDataset();
      Object.defineProperty(d.sources, 0, { enumerable: true, get() { throw new TypeError('gone'); } });
      const r = validate(d);
      expect(r.problems.find((p) => p.pointer === '/sources/0')!.code).to.equal('unreadable-value');
      expect(r.problems.find((p) => p.pointer === '/sources/0')!.message).to.contain('TypeError: gone');
    });
    it('an own "__proto__" key stays a field of the copy parse returns, never its prototype', () => {
      const input = JSON.parse(JSON.stringify(minimalDataset()).replace('{', '{"__proto__":{"polluted":true},'));
      const result = parse(input);
      expect(result.ok).to.equal(true);
      if (!result.ok) return;
      expect(Object.getPrototypeOf(result.data)).to.equal(Object.prototype);
      expect(Object.hasOwn(result.data, '__proto__')).to.equal(true);
      expect((result.data as unknown as { polluted?: boolean }).polluted).to.equal(undefined);
      expect(brief(result.problems)).to.include('warning unknown-field /__proto__');
    });
    it('validate does not throw on a cyclic object', () => {
      const d = minimalDataset();
      d.places[0].name = d.places[0];
      d.self = d;
      const r = validate(d);
      expect(brief(r.problems)).to.deep.equal(['warning unknown-field /self', 'error unreadable-value /places/0/name']);
    });
    it('validate does not throw on a revoked proxy or exotic values', () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      expect(brief(validate(proxy).problems)).to.deep.equal(['error unreadable-value ']);
      const d = minimalDataset();
      d.places[0].lat = 10n;
      d.twinnings[0].signed = new Date(1965, 4, 11);
      expect(brief(validate(d).problems)).to.deep.equal(['error wrong-type /places/0/lat', 'error wrong-type /twinnings/0/signed']);
    });
    it('validate stops listing at MAX_PROBLEMS and says so', () => {
      const d = minimalDataset();
      d.places = Array.from({ length: MAX_PROBLEMS + 5 }, () => 0);
      const r = validate(d);
      expect(r.problems.length).to.equal(MAX_PROBLEMS + 1);
      expect(r.problems.at(-1)!.code).to.equal('too-many-problems');
      expect(validate(d, { maxProblems: 3 }).problems.length).to.equal(4);
    });
    it('validate does not modify its input', () => {
      const d = minimalDataset();
      const before = JSON.stringify(d);
      validate(d);
      expect(JSON.stringify(d)).to.equal(before);
      expect(Object.isFrozen(d)).to.equal(false);
    });
  });
});
