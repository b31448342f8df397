// Plain Node imports every entry of every package (no DOM); prints what each exports.
const entries = [
  '@twinning/schema', '@twinning/schema/import', '@twinning/core',
  '@twinning/pairing-map', '@twinning/pairing-map/classes', '@twinning/pairing-map/layout',
  '@twinning/timeline', '@twinning/timeline/classes', '@twinning/timeline/layout',
  '@twinning/activity-chart', '@twinning/activity-chart/classes', '@twinning/activity-chart/layout',
  '@twinning/provider', '@twinning/provider/classes', '@twinning/story/propose',
  '@twinning/partners', '@twinning/partners/classes', '@twinning/pairing-map/basemap',
  '@twinning/elements', '@twinning/elements/classes', '@twinning/react',
];
const warnings = [];
console.warn = (...args) => warnings.push(args.join(' '));
const out = {};
for (const entry of entries) out[entry] = Object.keys(await import(entry)).sort();
const { createRequire } = await import('node:module');
const require = createRequire(import.meta.url);
out['@twinning/data/japan-canada.json'] = Object.keys(require('@twinning/data/japan-canada.json')).sort();
const { validate } = await import('@twinning/schema');
const result = validate(require('@twinning/data/japan-canada.json'));
process.stdout.write(JSON.stringify({ exports: out, warnings, bundledDataValid: result.valid }));
