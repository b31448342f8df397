/** For the keyboard-entry tests: a button, then the map on the small fixture, drawn and holding its tab stop. */
import { waitUntil } from '@open-wc/testing';
import type { TwinningDataset } from '@twinning/schema';
import '../../packages/pairing-map/src/index.ts';
import small from '../fixtures/map-small.json';

export type MapHost = HTMLElement & { data: unknown; updateComplete: Promise<boolean> };

export async function mountAfterButton(): Promise<{ before: HTMLButtonElement; map: MapHost }> {
  const before = document.createElement('button');
  before.textContent = 'before';
  const map = document.createElement('twinning-map') as MapHost;
  map.style.width = '900px';
  map.data = small as unknown as TwinningDataset;
  document.body.append(before, map);
  await waitUntil(() => map.shadowRoot?.querySelector('[data-place][tabindex="0"]'), 'no place with the tab stop', { timeout: 8000 });
  return { before, map };
}
