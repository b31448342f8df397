import { expect } from '@open-wc/testing';
import type { TwinningDataset } from '@twinning/schema';
import { applyFilters, resolved, resolveDataset, summarizeAgreements } from '../../packages/core/src/index.ts';

const dataset = {
  schemaVersion: '1.0',
  sources: [{ id: 's', title: 'S' }],
  categories: [{ id: 'zeta', label: 'Zeta' }],
  places: [
    { id: 'a', name: 'A', country: 'CA', kind: 'municipality', lat: 49, lon: -123 },
    { id: 'b', name: 'B', country: 'JP', kind: 'municipality', lat: 43, lon: 141 },
    { id: 'c', name: 'C', country: 'JP', kind: 'municipality', lat: 35, lon: 139 },
  ],
  twinnings: [
    { id: 'ab', places: ['a', 'b'], type: 'sister-city', status: 'active', signed: '1965-05', sources: ['s'] },
    { id: 'ac', places: ['a', 'c'], type: 'friendship', status: 'ended', signed: '1990', ended: '2001-03-04', sources: ['s'] },
    { id: 'bc', places: ['b', 'c'], type: 'friendship', status: 'unknown', sources: ['s'] },
  ],
  activities: [
    { id: 'x', twinning: 'ab', date: '1970', endDate: '1972-06', categories: ['culture'], title: 'X', sources: [] },
    { id: 'y', twinning: 'ab', date: 'not a date', categories: ['sport'], title: 'Y', sources: [] },
    { id: 'z', twinning: 'ac', date: '1995-02-28', categories: ['education'], title: 'Z', sources: [] },
  ],
} as unknown as TwinningDataset;

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

describe('resolveDataset', () => {
  it('parses every agreement date once into UTC spans with their precision', () => {
    const r = resolveDataset(dataset);
    expect(r.twinningDates.get('ab')).to.deep.equal({ signed: { start: utc(1965, 5), end: utc(1965, 6), year: 1965, precision: 'month' }, ended: null });
    expect(r.twinningDates.get('ac')!.ended).to.deep.equal({ start: utc(2001, 3, 4), end: utc(2001, 3, 5), year: 2001, precision: 'day' });
    expect(r.twinningDates.get('bc')).to.deep.equal({ signed: null, ended: null });
  });

  it('spans an activity from its date to the end of its endDate, at the coarser precision; unreadable dates give null', () => {
    const r = resolveDataset(dataset);
    expect(r.activitySpans.get('x')).to.deep.equal({ start: utc(1970), end: utc(1972, 7), year: 1970, precision: 'year' });
    expect(r.activitySpans.get('y')).to.equal(null);
    expect(r.dateOf('1995-02-28')).to.deep.equal({ start: utc(1995, 2, 28), end: utc(1995, 3, 1), year: 1995, precision: 'day' });
  });

  it('indexes places, agreements, activities per agreement and agreements per place', () => {
    const r = resolveDataset(dataset);
    expect(r.placeById.get('c')!.name).to.equal('C');
    expect(r.twinningById.get('ac')!.status).to.equal('ended');
    expect(r.activitiesByTwinning.get('ab')!.map((a) => a.id)).to.deep.equal(['x', 'y']);
    expect(r.twinningsByPlace.get('a')!.map((t) => t.id)).to.deep.equal(['ab', 'ac']);
    expect(r.twinningsByPlace.get('c')!.map((t) => t.id)).to.deep.equal(['ac', 'bc']);
    expect(r.categoryOrder[0]).to.equal('zeta');
    expect(r.categoryOrder).to.include('culture');
  });

  it('resolved() computes once per dataset object and every filtered view shares it', () => {
    const first = resolved(dataset);
    expect(resolved(dataset)).to.equal(first);
    expect(resolved(structuredClone(dataset))).to.not.equal(first);
    const all = applyFilters(dataset, {});
    const later = applyFilters(dataset, { since: 1991 });
    expect(all.resolved).to.equal(first);
    expect(later.resolved).to.equal(first);
  });
});

describe('applyFilters reads the resolved years', () => {
  it('since/until keep agreements in force in the range and undated ones unless ended before', () => {
    expect(applyFilters(dataset, { since: 2002 }).twinnings.map((t) => t.id)).to.deep.equal(['ab', 'bc']);
    expect(applyFilters(dataset, { until: 1980 }).twinnings.map((t) => t.id)).to.deep.equal(['ab', 'bc']);
    expect(applyFilters(dataset, { since: 2001, until: 2001 }).twinnings.map((t) => t.id)).to.deep.equal(['ab', 'ac', 'bc']);
  });

  it('activities in range by their start and end years; an undated one only without a range', () => {
    expect(applyFilters(dataset, {}).activities.map((a) => a.id)).to.deep.equal(['x', 'y', 'z']);
    expect(applyFilters(dataset, { since: 1972 }).activities.map((a) => a.id)).to.deep.equal(['x', 'z']);
    expect(applyFilters(dataset, { since: 1973 }).activities.map((a) => a.id)).to.deep.equal(['z']);
    expect(applyFilters(dataset, { until: 1971 }).activitiesByTwinning.get('ab')!.map((a) => a.id)).to.deep.equal(['x']);
  });

  it('the summary reads signing years from the resolved dataset', () => {
    const s = summarizeAgreements(applyFilters(dataset, {}));
    expect([s.firstYear, s.lastYear, s.undated]).to.deep.equal([1965, 1990, 1]);
  });
});
