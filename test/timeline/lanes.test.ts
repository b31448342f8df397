import { expect } from '@open-wc/testing';
import type { Place, TwinningDataset } from '@twinning/schema';
import { compareLanes, groupLanes, laneGeometry, laneNames, laneLabelText, timeScale } from '../../packages/timeline/src/layout/index.ts';
import data from '../fixtures/timeline-small.json' with { type: 'json' };

const dataset = data as unknown as TwinningDataset;
const placeById = new Map<string, Place>(dataset.places.map((p) => [p.id, p]));
const regionName = (code: string) => dataset.regions?.find((r) => r.id === code)?.name;
const label = (key: string) => {
  const name = regionName(key);
  return typeof name === 'object' ? (name['en'] ?? key) : key;
};

describe('lanes', () => {
  it('groupLanes by region labels groups with region names and keeps every agreement once', () => {
    const groups = groupLanes(dataset.twinnings, { groupBy: 'region', placeById, label });
    expect(groups.map((g) => g.label)).to.deep.equal(['British Columbia', 'Ontario', 'Alberta', 'Quebec']);
    expect(groups.flatMap((g) => g.lanes).length).to.equal(dataset.twinnings.length);
  });

  it('groupLanes sorts by signing date within a group, undated last', () => {
    const groups = groupLanes(dataset.twinnings, { groupBy: 'region', placeById, label });
    // BC: 1963 New Westminster, 1965 Burnaby, 1965 Vancouver (same year: by id).
    expect(groups[0]!.lanes.map((l) => l.id)).to.deep.equal(['newwestminster-moriguchi', 'burnaby-kushiro', 'vancouver-yokohama']);
    // Ontario: Dundas 1968-07, Thunder Bay with no signing date last.
    expect(groups[1]!.lanes.map((l) => l.id)).to.deep.equal(['dundas-kaga', 'thunderbay-gifu']);
  });

  it('groupLanes by type, status and none', () => {
    const byType = groupLanes(dataset.twinnings, { groupBy: 'type', placeById, label: (k) => k });
    expect(byType.map((g) => [g.key, g.lanes.length])).to.deep.equal([['sister-city', 5], ['sister-province', 1], ['friendship-city', 1]]);
    const byStatus = groupLanes(dataset.twinnings, { groupBy: 'status', placeById, label: (k) => k });
    expect(byStatus.find((g) => g.key === 'ended')!.lanes.map((l) => l.id)).to.deep.equal(['dundas-kaga']);
    const none = groupLanes(dataset.twinnings, { groupBy: 'none', placeById, label: (k) => k });
    expect(none).to.have.length(1);
    expect(none[0]!.lanes.at(-1)!.id).to.equal('thunderbay-gifu');
  });

  it('compareLanes puts a year-only date before a day in the same year', () => {
    const a = { ...dataset.twinnings[0]!, id: 'b', signed: '1980' };
    const b = { ...dataset.twinnings[0]!, id: 'a', signed: '1980-01-01' };
    expect(compareLanes(a, b)).to.be.lessThan(0);
  });

  it('laneNames names both places in the locale, with the language each name is in', () => {
    const tw = dataset.twinnings.find((t) => t.id === 'burnaby-kushiro')!;
    expect(laneNames(tw, placeById, 'en')).to.deep.equal([{ text: 'Burnaby', lang: 'en' }, { text: 'Kushiro', lang: 'en' }]);
    expect(laneNames(tw, placeById, 'ja')).to.deep.equal([{ text: 'バーナビー', lang: 'ja' }, { text: '釧路市', lang: 'ja' }]);
    const quebec = dataset.twinnings.find((t) => t.id === 'quebec-kyoto')!;
    expect(laneLabelText(laneNames(quebec, placeById, 'fr'))).to.equal('Québec – Préfecture de Kyoto');
  });

  it('laneGeometry stacks headers and lanes and ends open lifelines today', () => {
    const groups = groupLanes(dataset.twinnings, { groupBy: 'region', placeById, label });
    const scale = timeScale([new Date(Date.UTC(1960, 0, 1)), new Date(Date.UTC(2030, 0, 1))], [0, 700]);
    const today = new Date(Date.UTC(2026, 10, 28));
    const layout = laneGeometry(groups, scale, { laneHeight: 20, headerHeight: 24, today, expanded: 'burnaby-kushiro', expandedHeight: 80 });
    expect(layout.headers.map((h) => h.y)).to.deep.equal([0, 24 + 20 + 80 + 20, 144 + 24 + 40, 208 + 24 + 20]);
    expect(layout.height).to.equal(4 * 24 + 6 * 20 + 80);
    const dundas = layout.rows.find((r) => r.lane.id === 'dundas-kaga')!;
    // Signed 1968-07 → starts 1968-07-01; ended "2001" → ends 2002-01-01.
    expect(dundas.x0).to.be.closeTo(85, 0.1);
    expect(dundas.x1).to.be.closeTo(420, 0.1);
    expect(dundas.openEnd).to.equal(false);
    const nw = layout.rows.find((r) => r.lane.id === 'newwestminster-moriguchi')!;
    expect(nw.openEnd).to.equal(true);
    expect(nw.x1).to.be.closeTo(scale(today), 0.1);
  });

  it('laneGeometry flags an undated start and starts it at the first activity', () => {
    const groups = groupLanes(dataset.twinnings, { groupBy: 'none', placeById, label: (k) => k });
    const scale = timeScale([new Date(Date.UTC(1960, 0, 1)), new Date(Date.UTC(2030, 0, 1))], [0, 700]);
    const first = new Map([['thunderbay-gifu', new Date(Date.UTC(1990, 0, 1))]]);
    const layout = laneGeometry(groups, scale, { laneHeight: 20, headerHeight: 24, today: new Date(), firstActivity: first });
    const tb = layout.rows.find((r) => r.lane.id === 'thunderbay-gifu')!;
    expect(tb.undatedStart).to.equal(true);
    expect(tb.x0).to.be.closeTo(300, 0.1);
    expect(layout.headers).to.have.length(0);
    expect(layout.rows.filter((r) => r.undatedStart)).to.have.length(1);
  });
});
