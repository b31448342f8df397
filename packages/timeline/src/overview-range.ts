/**
 * The overview strip, where a range of years is chosen: its model and time scale, laid out over
 * every agreement the other filters keep (never only the range already chosen), and the
 * conversions between its pixels and years that the brush and the range sliders share.
 */
import { applyFilters, type Filters } from '@twinning/core';
import type { TwinningDataset } from '@twinning/schema';
import { activityExtent, overviewModel, partialExtent, timeDomain, timeScale, type OverviewModel, type TimeScale } from './layout/index.ts';

export class OverviewRange {
  /** The strip's bars and line; null until laid out. */
  model: OverviewModel | null = null;
  scale: TimeScale = timeScale([new Date(0), new Date(1)], [0, 1]);

  /** Lays the strip out over `dataset` with every filter but since/until, across `range` pixels. */
  layOut(dataset: TwinningDataset, filters: Filters, today: Date, range: [number, number]): void {
    const { since: _s, until: _u, ...rest } = filters;
    const all = applyFilters(dataset, rest);
    const dates = all.resolved.dateOf;
    const domain = timeDomain([...all.twinnings.flatMap((t) => [partialExtent(t.signed, dates), partialExtent(t.ended, dates)]), ...all.activities.map((a) => activityExtent(a, dates))], today);
    this.scale = timeScale(domain, range);
    this.model = overviewModel(all.twinnings, domain[0].getUTCFullYear(), domain[1].getUTCFullYear() - 1, dates);
  }

  /** The first and last year of the strip. */
  years(): [number, number] {
    const years = this.model?.years;
    return [years?.[0]?.year ?? 0, years?.at(-1)?.year ?? 0];
  }

  /** The pixels of a since/until range on the strip (open ends at the strip's ends), or null for none. */
  pixels(since: number | null | undefined, until: number | null | undefined): [number, number] | null {
    if (since == null && until == null) return null;
    const [from, to] = this.years();
    const at = (y: number) => this.scale(new Date(Date.UTC(y, 0, 1)));
    return [at(since ?? from), at((until ?? to) + 1)];
  }

  /** The year at a pixel of the strip. */
  yearAt(x: number): number {
    return this.scale.invert(x).getUTCFullYear();
  }
}
