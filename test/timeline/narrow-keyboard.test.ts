import { expect } from '@open-wc/testing';
import type { Activity, Place, TwinningDataset } from '@twinning/schema';
import { groupLanes, isNarrow, narrowList, nextFocus } from '../../packages/timeline/src/layout/index.ts';
import data from '../fixtures/timeline-small.json' with { type: 'json' };

const dataset = data as unknown as TwinningDataset;
const placeById = new Map<string, Place>(dataset.places.map((p) => [p.id, p]));
const byTwinning = new Map<string, Activity[]>();
for (const a of dataset.activities!) byTwinning.set(a.twinning, [...(byTwinning.get(a.twinning) ?? []), a]);

describe('narrow-list', () => {
  it('isNarrow is true under 480 px only', () => {
    expect([isNarrow(375), isNarrow(479), isNarrow(480), isNarrow(1200), isNarrow(0)]).to.deep.equal([true, true, false, false, false]);
  });

  it('narrowList keeps lane order and formats dates at their precision', () => {
    const groups = groupLanes(dataset.twinnings, { groupBy: 'region', placeById, label: (k) => k });
    const list = narrowList(groups, byTwinning, 'fr');
    const burnaby = list[0]!.items.find((i) => i.lane.id === 'burnaby-kushiro')!;
    expect(burnaby.signedLabel).to.equal('1965');
    expect(burnaby.activities.map((a) => a.dateLabel).slice(0, 4)).to.deep.equal(['1965', '1982', 'mai 1986', '1990']);
    expect(burnaby.activities.find((a) => a.activity.id === 'bk-2005')!.span).to.equal(false);
    const ja = narrowList(groups, byTwinning, 'ja');
    const dundas = ja[1]!.items[0]!;
    expect([dundas.signedLabel, dundas.endedLabel]).to.deep.equal(['1968年7月', '2001年']);
  });
});

describe('keyboard-nav', () => {
  const times = [[1, 5, 9], [], [4, 10]];
  it('nextFocus moves right into and along a lane, left back out to the lane', () => {
    expect(nextFocus({ lane: 0, mark: null }, 'ArrowRight', times)).to.deep.equal({ lane: 0, mark: 0 });
    expect(nextFocus({ lane: 0, mark: 2 }, 'ArrowRight', times)).to.deep.equal({ lane: 0, mark: 2 });
    expect(nextFocus({ lane: 0, mark: 0 }, 'ArrowLeft', times)).to.deep.equal({ lane: 0, mark: null });
  });

  it('nextFocus moves between lanes to the mark nearest in time', () => {
    expect(nextFocus({ lane: 0, mark: 2 }, 'ArrowDown', times)).to.deep.equal({ lane: 1, mark: null });
    expect(nextFocus({ lane: 1, mark: null }, 'ArrowDown', times)).to.deep.equal({ lane: 2, mark: null });
    expect(nextFocus({ lane: 1, mark: 1 }, 'ArrowUp', [[1, 5, 9], [4, 10]])).to.deep.equal({ lane: 0, mark: 2 });
    expect(nextFocus({ lane: 0, mark: null }, 'ArrowUp', times)).to.deep.equal({ lane: 0, mark: null });
  });

  it('nextFocus Home and End jump to the ends', () => {
    expect(nextFocus({ lane: 1, mark: null }, 'End', times)).to.deep.equal({ lane: 2, mark: null });
    expect(nextFocus({ lane: 0, mark: 1 }, 'End', times)).to.deep.equal({ lane: 0, mark: 2 });
    expect(nextFocus({ lane: 2, mark: 1 }, 'Home', times)).to.deep.equal({ lane: 2, mark: 0 });
  });
});
