#!/usr/bin/env node
/**
 * Editor autocomplete for the Twinning tags, made from the element packages' custom-elements.json
 * (run after `npm run manifest`; scripts/build-packages.mjs runs both):
 *
 *   packages/elements/vscode.html-custom-data.json   tags, attributes and their values
 *   packages/elements/vscode.css-custom-data.json    the --twinning-* custom properties
 *
 * VS Code reads them through `html.customData` / `css.customData` (see docs/frameworks.md).
 * Union types such as `'split' | 'globe'` become the attribute's value list.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = ['pairing-map', 'timeline', 'activity-chart', 'provider'];
const DOCS = 'https://github.com/twinning/twinning/blob/main/docs/components';

const declarations = PACKAGES.flatMap((pkg) => {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', pkg, 'custom-elements.json'), 'utf8'));
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
});

/** `'a' | 'b'` → [a, b]; anything that is not a union of string literals → no value list. */
function valuesOf(typeText = '') {
  const parts = typeText.split('|').map((p) => p.trim()).filter((p) => p !== 'undefined');
  if (parts.length === 0 || !parts.every((p) => /^(['"]).*\1$/.test(p))) return undefined;
  return parts.map((p) => ({ name: p.slice(1, -1) }));
}

const html = {
  version: 1.1,
  tags: declarations.map((d) => ({
    name: d.tagName,
    description: [d.summary, d.description].filter(Boolean).join('\n\n') || d.tagName,
    attributes: (d.attributes ?? []).map((a) => ({
      name: a.name,
      description: a.description ?? '',
      ...(valuesOf(a.type?.text) ? { values: valuesOf(a.type?.text) } : {}),
      ...(a.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
    })),
    references: [{ name: 'Documentation', url: `${DOCS}/${d.tagName}.md` }],
  })),
};

const seen = new Map();
for (const d of declarations) {
  for (const p of d.cssProperties ?? []) if (!seen.has(p.name)) seen.set(p.name, { name: p.name, description: `${p.description ?? ''} (<${d.tagName}>${p.inheritedFrom ? ' and every Twinning element' : ''})`.trim() });
}
const css = { version: 1.1, properties: [...seen.values()].sort((a, b) => a.name.localeCompare(b.name)) };

const out = join(root, 'packages/elements');
writeFileSync(join(out, 'vscode.html-custom-data.json'), `${JSON.stringify(html, null, 2)}\n`);
writeFileSync(join(out, 'vscode.css-custom-data.json'), `${JSON.stringify(css, null, 2)}\n`);
