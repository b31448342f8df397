import { expect } from '@open-wc/testing';
import type { Activity } from '@twinning/schema';
import { activityExtent, isSpan, partialExtent, placeActivities, sortActivities, timeScale } from '../../packages/timeline/src/layout/index.ts';

const utc = (y: number, m = 0, d = 1) => new Date(Date.UTC(y, m, d));
const act = (id: string, date: string, endDate?: string): Activity => ({
  id, twinning: 't', date, categories: ['culture'], title: id, sources: [], ...(endDate ? { endDate } : {}),
});
// 1 px per day over 1965: easy numbers.
const scale = timeScale([utc(1965), utc(1966)], [0, 365]);

describe('activity-marks', () => {
  it('partialExtent spans a year-only date over the whole year, never padded to a day', () => {
    const e = partialExtent('1965')!;
    expect([e.start.toISOString(), e.end.toISOString(), e.precision]).to.deep.equal(['1965-01-01T00:00:00.000Z', '1966-01-01T00:00:00.000Z', 'year']);
    const m = partialExtent('1986-05')!;
    expect([m.start.toISOString(), m.end.toISOString()]).to.deep.equal(['1986-05-01T00:00:00.000Z', '1986-06-01T00:00:00.000Z']);
    expect(isSpan(e)).to.equal(true);
    expect(isSpan(partialExtent('1965-03-04')!)).to.equal(false);
    expect(partialExtent('1965-13')).to.equal(null);
  });

  it('activityExtent runs to the end of endDate', () => {
    const e = activityExtent(act('a', '1965-03-01', '1965-03-05'))!;
    expect(e.end.toISOString()).to.equal('1965-03-06T00:00:00.000Z');
    expect(isSpan(e)).to.equal(true);
  });

  it('placeActivities draws years and months as spans and days as points', () => {
    const { marks } = placeActivities([act('y', '1965'), act('m', '1965-03'), act('d', '1965-07-20')], scale);
    const byId = Object.fromEntries(marks.map((m) => [m.activity.id, m]));
    expect([byId['y']!.kind, byId['y']!.x, byId['y']!.width]).to.deep.equal(['span', 0, 365]);
    // March 1965 starts on day 59 and lasts 31 days.
    expect([byId['m']!.kind, byId['m']!.x, byId['m']!.width]).to.deep.equal(['span', 59, 31]);
    // 20 July is day 200.
    expect([byId['d']!.kind, byId['d']!.x, byId['d']!.width]).to.deep.equal(['point', 200, 0]);
  });

  it('placeActivities stacks overlapping marks in rows and leaves separate ones in row 0', () => {
    const { marks, rows } = placeActivities([act('y', '1965'), act('m', '1965-03'), act('d1', '1965-07-20'), act('d2', '1965-07-21'), act('d3', '1965-12-01')], scale, { pointRadius: 4 });
    const row = Object.fromEntries(marks.map((m) => [m.activity.id, m.row]));
    expect(row).to.deep.equal({ y: 0, m: 1, d1: 1, d2: 2, d3: 1 });
    expect(rows).to.equal(3);
    const apart = placeActivities([act('a', '1965-01-10'), act('b', '1965-06-10')], scale);
    expect(apart.marks.map((m) => m.row)).to.deep.equal([0, 0]);
    expect(apart.rows).to.equal(1);
  });

  it('placeActivities skips undated activities and reports them', () => {
    const { marks, skipped } = placeActivities([act('ok', '1965'), act('bad', '')], scale);
    expect(marks.map((m) => m.activity.id)).to.deep.equal(['ok']);
    expect(skipped.map((a) => a.id)).to.deep.equal(['bad']);
  });

  it('sortActivities orders chronologically, the year before its months, undated last', () => {
    const order = sortActivities([act('c', '1990-02'), act('x', ''), act('b', '1990'), act('a', '1982')]).map((a) => a.id);
    expect(order).to.deep.equal(['a', 'b', 'c', 'x']);
  });
});
