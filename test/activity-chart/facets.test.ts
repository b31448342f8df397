import { expect } from '@open-wc/testing';
import type { Activity, Place, Twinning } from '@twinning/schema';
import { facetLayout, facetGrid, facetKeys } from '../../packages/activity-chart/src/layout/facets.ts';

const place = (id: string, country: string, region?: string): Place =>
  ({ id, name: id, country, kind: 'municipality', lat: 0, lon: 0, ...(region ? { region } : {}) }) as Place;
const places = [place('a', 'CA', 'CA-BC'), place('b', 'JP', 'JP-01'), place('c', 'CA', 'CA-BC'), place('d', 'JP', 'JP-13'), place('e', 'JP')];
const twinnings = [
  { id: 't1', places: ['a', 'b'] },
  { id: 't2', places: ['c', 'd'] },
  { id: 't3', places: ['a', 'e'] },
] as unknown as Twinning[];
const act = (id: string, twinning: string, categories: string[]): Activity =>
  ({ id, twinning, date: '2000', categories, title: id, sources: [] }) as Activity;
const activities = [act('x1', 't1', ['education']), act('x2', 't2', ['culture', 'education']), act('x3', 't3', ['business']), act('x4', 'nope', ['sport'])];
const input = {
  activities,
  twinningById: new Map(twinnings.map((t) => [t.id, t])),
  placeById: new Map(places.map((p) => [p.id, p])),
};

describe('facetLayout', () => {
  it('facetKeys puts a Canada–Japan activity in both its province and its prefecture', () => {
    expect(facetKeys(activities[0]!, 'region', input).map((k) => k.key)).to.deep.equal(['CA-BC', 'JP-01']);
  });

  it('facetLayout("region") counts each activity once per facet and sorts by country then n', () => {
    const { facets, unassigned } = facetLayout(input, 'region', 'activities', ['education', 'culture', 'business']);
    expect(facets.map((f) => [f.key, f.activities])).to.deep.equal([['CA-BC', 3], ['JP-01', 1], ['JP-13', 1]]);
    const bc = facets[0]!;
    expect(bc.bars.map((b) => [b.category, b.count])).to.deep.equal([['education', 2], ['culture', 1], ['business', 1]]);
    expect(bc.bars[0]!.share).to.be.closeTo(2 / 3, 1e-12);
    expect(unassigned).to.equal(1);
  });

  it('facetLayout shares one maximum across facets', () => {
    const { maxShare } = facetLayout(input, 'region', 'activities', []);
    // JP-01 has one activity, all education: share 1.
    expect(maxShare).to.equal(1);
  });

  it('facetLayout("twinning") puts each activity in exactly one facet', () => {
    const { facets } = facetLayout(input, 'twinning', 'tags', []);
    expect(facets.map((f) => f.key).sort()).to.deep.equal(['t1', 't2', 't3']);
    expect(facets.reduce((s, f) => s + f.activities, 0)).to.equal(3);
  });
});

describe('facetGrid', () => {
  it('facetGrid fits as many minimum-width columns as the width allows', () => {
    expect(facetGrid(10, 900, { minWidth: 240, gap: 16 }).columns).to.equal(3);
    expect(facetGrid(10, 375, { minWidth: 240, gap: 16 }).columns).to.equal(1);
    expect(facetGrid(2, 1600, { minWidth: 240, gap: 16 })).to.deep.equal({ columns: 2, rows: 1, facetWidth: 792 });
  });

  it('facetGrid never returns zero columns', () => {
    expect(facetGrid(0, 0).columns).to.equal(1);
  });
});

describe('facetLayout limit', () => {
  it('facetLayout(…, limit) keeps the facets with the most activities and reports the rest', () => {
    const { facets, omitted } = facetLayout(input, 'region', 'activities', [], 1);
    expect(facets.map((f) => f.key)).to.deep.equal(['CA-BC']);
    expect(omitted).to.deep.equal({ facets: 2, maxActivities: 1 });
  });
});
