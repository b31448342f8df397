/**
 * The context that `<twinning-data>` provides to the elements inside it: the dataset and the
 * shared state of a linked dashboard. Elements consume it; their own attributes win.
 */
import { createContext } from '@lit/context';
import type { Annotation, TwinningDataset } from '@twinning/schema';

/** What a provider shares. Absent fields leave the element's own value in force. */
export interface SharedState {
  readonly dataset?: TwinningDataset;
  readonly selected?: string;
  readonly since?: number;
  readonly until?: number;
  readonly categories?: string;
  readonly status?: string;
  readonly type?: string;
  /**
   * The home place of a clerk's partners sheet the provider loaded (`src="partners.csv"`): what
   * `place` defaults to in every element inside that has no `place` of its own.
   */
  readonly place?: string;
  /** Editors' notes given to the provider (its `annotations` property), drawn by every element inside. */
  readonly annotations?: readonly Annotation[];
}

export const twinningContext = createContext<SharedState | undefined>(Symbol('twinning-shared-state'));
