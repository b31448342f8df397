/**
 * The element packages' custom-elements.json files (written by `npm run manifest`) merged into
 * one manifest for Storybook, plus the attribute names of each element, read from it.
 */
import activityChart from '../../packages/activity-chart/custom-elements.json' with { type: 'json' };
import pairingMap from '../../packages/pairing-map/custom-elements.json' with { type: 'json' };
import partners from '../../packages/partners/custom-elements.json' with { type: 'json' };
import provider from '../../packages/provider/custom-elements.json' with { type: 'json' };
import timeline from '../../packages/timeline/custom-elements.json' with { type: 'json' };

/** The parts of a manifest the stories read. */
interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
}

const parts: readonly [string, Manifest][] = [
  ['pairing-map', pairingMap as Manifest],
  ['timeline', timeline as Manifest],
  ['activity-chart', activityChart as Manifest],
  ['provider', provider as Manifest],
  ['partners', partners as Manifest],
];

/** One manifest holding every element; module paths are made relative to the repository. */
export const mergedManifest: Manifest = {
  schemaVersion: pairingMap.schemaVersion,
  modules: parts.flatMap(([pkg, m]) => m.modules.map((mod) => ({ ...mod, path: `packages/${pkg}/${mod.path}` }))),
};

/** The attribute names an element declares (its own and inherited), from the manifest. */
export function attributeNames(tag: string): readonly string[] {
  for (const mod of mergedManifest.modules) {
    for (const d of mod.declarations ?? []) if (d.tagName === tag) return (d.attributes ?? []).map((a) => a.name);
  }
  throw new Error(`no manifest entry for <${tag}>: run npm run manifest`);
}
