import { expect } from '@open-wc/testing';
import {
  categoryCounts, categoryShares, countBy, inForceAt, lastActivityByTwinning, partnersOf, signedPerYear,
} from '../../packages/schema/src/index.ts';
import type { Activity, Place, Twinning } from '../../packages/schema/src/index.ts';

const tw = (id: string, extra: Partial<Twinning> = {}): Twinning => ({ id, places: ['a', 'b'], type: 'sister-city', status: 'active', sources: ['s'], ...extra });
const act = (id: string, twinning: string, date: string, categories: string[]): Activity => ({ id, twinning, date, categories, title: id, sources: ['s'] });
const place = (id: string, country: string, region?: string): Place => ({ id, name: id, country, region, kind: 'municipality', lat: 0, lon: 0 });

describe('signedPerYear', () => {
  it('signedPerYear counts by year, ascending, and lists the undated apart', () => {
    const twinnings = [tw('t1', { signed: '1985-06' }), tw('t2', { signed: '1970' }), tw('t3', { signed: '1985-01-02' }), tw('t4'), tw('t5', { signed: 'bad' })];
    const r = signedPerYear({ twinnings });
    expect(r.years).to.deep.equal([{ year: 1970, count: 1 }, { year: 1985, count: 2 }]);
    expect(r.undated.map((t) => t.id)).to.deep.equal(['t4', 't5']);
    expect(signedPerYear(twinnings).years.length).to.equal(2);
  });
});

describe('inForceAt', () => {
  const twinnings = [
    tw('early', { signed: '1960-03' }),
    tw('late', { signed: '1990' }),
    tw('ended', { signed: '1960', ended: '1975-06', status: 'ended' }),
    tw('ended-undated', { signed: '1960', status: 'ended' }),
    tw('unsigned'),
    tw('dormant', { signed: '1965', status: 'dormant' }),
  ];
  const ids = (at: string | Date) => inForceAt(twinnings, at).map((t) => t.id);
  it('inForceAt counts agreements signed on or before the date and not yet ended', () => {
    expect(ids('1970')).to.deep.equal(['early', 'ended', 'dormant']);
    expect(ids('1980-01-01')).to.deep.equal(['early', 'dormant']);
  });
  it('inForceAt treats a partial date as its whole span', () => {
    expect(ids('1990')).to.include('late');
    expect(ids('1975-06-30')).to.include('ended');
    expect(ids('1975-07')).to.not.include('ended');
    expect(ids('1960-01')).to.deep.equal(['ended']); // signed "1960" may be January 1960; "1960-03" may not
  });
  it('inForceAt accepts a Date', () => {
    expect(ids(new Date(Date.UTC(1989, 11, 31)))).to.deep.equal(['early', 'dormant']);
  });
  it('inForceAt excludes status "ended" without an ended date, and unsigned agreements', () => {
    expect(ids('2000')).to.not.include.members(['ended-undated', 'unsigned']);
  });
  it('inForceAt throws "invalid date" for a malformed date', () => {
    expect(() => inForceAt(twinnings, '1990-13')).to.throw(/^invalid date/);
  });
});

describe('categoryCounts', () => {
  const activities = [act('1', 't', '2000', ['youth', 'culture']), act('2', 't', '2000', ['youth']), act('3', 't', '2000', ['sport', 'sport'])];
  it("categoryCounts(…, 'activities') counts each activity once per distinct category", () => {
    expect(categoryCounts(activities, 'activities')).to.deep.equal([
      { category: 'youth', count: 2 }, { category: 'culture', count: 1 }, { category: 'sport', count: 1 },
    ]);
  });
  it("categoryCounts(…, 'tags') counts every tag", () => {
    expect(categoryCounts(activities, 'tags')).to.deep.equal([
      { category: 'sport', count: 2 }, { category: 'youth', count: 2 }, { category: 'culture', count: 1 },
    ]);
  });
});

describe('categoryShares', () => {
  const activities = [act('1', 't', '2000', ['youth', 'culture']), act('2', 't', '2000', ['youth'])];
  it("categoryShares(…, 'activities') gives shares of activities, which may sum past 1", () => {
    const shares = categoryShares(activities, 'activities');
    expect(shares.map((s) => [s.category, s.share])).to.deep.equal([['youth', 1], ['culture', 0.5]]);
  });
  it("categoryShares(…, 'tags') gives shares of tags that sum to 1", () => {
    const shares = categoryShares(activities, 'tags');
    expect(shares.map((s) => [s.category, s.share])).to.deep.equal([['youth', 2 / 3], ['culture', 1 / 3]]);
  });
  it('categoryShares([]) is empty, not NaN', () => {
    expect(categoryShares([], 'activities')).to.deep.equal([]);
  });
});

describe('partnersOf', () => {
  it('partnersOf lists the other places of every twinning of a place', () => {
    const places = [place('a', 'CA'), place('b', 'JP'), place('c', 'JP'), place('d', 'US')];
    const twinnings = [tw('t1'), tw('t2', { places: ['c', 'a', 'd'] }), tw('t3', { places: ['b', 'c'] })];
    const r = partnersOf({ places, twinnings }, 'a');
    expect(r.map((p) => `${p.twinning.id}:${p.partner.id}`)).to.deep.equal(['t1:b', 't2:c', 't2:d']);
    expect(partnersOf({ places, twinnings }, 'zz')).to.deep.equal([]);
  });
});

describe('lastActivityByTwinning', () => {
  it('lastActivityByTwinning keeps the latest activity of each twinning', () => {
    const activities = [act('x1', 't1', '1990-05', ['youth']), act('x2', 't1', '1990', ['youth']), act('x3', 't1', '1989-12-31', ['youth']), act('y1', 't2', '2001', ['sport']), act('y2', 't2', 'bad', ['sport'])];
    const r = lastActivityByTwinning({ activities });
    expect([...r].map(([k, v]) => `${k}:${v.id}`)).to.deep.equal(['t1:x1', 't2:y1']);
    expect(lastActivityByTwinning({}).size).to.equal(0);
  });
});

describe('countBy', () => {
  const places = [place('a', 'CA', 'CA-BC'), place('b', 'JP', 'JP-01'), place('c', 'JP')];
  const twinnings = [tw('t1', { signed: '1965', type: 'sister-city' }), tw('t2', { places: ['a', 'c'], signed: '1969-02', type: 'friendship-city', status: 'dormant' }), tw('t3', { places: ['b', 'c'] })];
  const activities = [act('1', 't1', '2000', ['youth', 'youth', 'culture'])];
  const d = { places, twinnings, activities };
  const flat = (key: Parameters<typeof countBy>[1]) => countBy(d, key).map((b) => `${b.key}=${b.count}`);
  it('countBy country counts each agreement once per country', () => {
    expect(flat('country')).to.deep.equal(['CA=2', 'JP=3']);
  });
  it('countBy region puts places without a region under "none", last', () => {
    expect(flat('region')).to.deep.equal(['CA-BC=2', 'JP-01=2', 'none=2']);
  });
  it('countBy decade buckets by decade of signing, "undated" last', () => {
    expect(flat('decade')).to.deep.equal(['1960s=2', 'undated=1']);
  });
  it('countBy type, status and category', () => {
    expect(flat('type')).to.deep.equal(['friendship-city=1', 'sister-city=2']);
    expect(flat('status')).to.deep.equal(['active=2', 'dormant=1']);
    expect(flat('category')).to.deep.equal(['culture=1', 'youth=1']);
  });
});
