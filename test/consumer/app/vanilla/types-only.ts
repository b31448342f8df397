// Every public entry's types, checked with skipLibCheck off.
import type { TwinningDataset } from '@twinning/schema';
import type { TwinningElement } from '@twinning/core';
import type { TwinningMap } from '@twinning/pairing-map/classes';
import type { TwinningTimeline } from '@twinning/timeline';
import type { TwinningActivityChart } from '@twinning/activity-chart';
import type { TwinningData } from '@twinning/provider';
import type { TwinningMap as FromKit } from '@twinning/elements';

export type Everything = [TwinningDataset, TwinningElement, TwinningMap, TwinningTimeline, TwinningActivityChart, TwinningData, FromKit];
