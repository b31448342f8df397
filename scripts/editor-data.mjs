#!/usr/bin/env node
/**
 * Editor autocomplete for the Twinning tags, made from the element packages' custom-elements.json
 * (run after `npm run manifest`; scripts/build-packages.mjs runs both):
 *
 *   packages/elements/vscode.html-custom-data.json   tags, attributes and their values
 *   packages/elements/vscode.css-custom-data.json    the --twinning-* custom properties
 *
 * VS Code reads them through `html.customData` / `css.customData` (see docs/frameworks.md).
 * An attribute's allowed values (a string-literal union, or a backticked list in its JSDoc)
 * become its value list.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = ['pairing-map', 'timeline', 'activity-chart', 'provider', 'story', 'partners'];
const DOCS = 'https://github.com/twinning/twinning/blob/main/docs/components';

const declarations = PACKAGES.flatMap((pkg) => {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', pkg, 'custom-elements.json'), 'utf8'));
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
});

/**
 * The values an attribute takes: from its type when that is a union of string literals
 * (`'a' | 'b'`), else from its JSDoc when the first clause lists them in backticks, as the
 * house style writes them ("What link colour encodes: `type` (default), `status` or `decade`.").
 */
function valuesOf(typeText = '', description = '') {
  const parts = typeText.split('|').map((p) => p.trim()).filter((p) => p !== 'undefined');
  if (parts.length > 0 && parts.every((p) => /^(['"]).*\1$/.test(p))) return parts.map((p) => ({ name: p.slice(1, -1) }));
  const clause = description.replace(/\([^)]*\)/g, '').split(/\.(?:\s|$)|;/)[0] ?? '';
  const listed = [...clause.slice(clause.lastIndexOf(':') + 1).matchAll(/`([a-z][a-z0-9-]*)`/g)].map((m) => m[1]);
  return listed.length >= 2 ? listed.map((name) => ({ name })) : undefined;
}

const html = {
  version: 1.1,
  tags: declarations.map((d) => ({
    name: d.tagName,
    description: [d.summary, d.description].filter(Boolean).join('\n\n') || d.tagName,
    attributes: (d.attributes ?? []).map((a) => ({
      name: a.name,
      description: a.description ?? '',
      ...(valuesOf(a.type?.text, a.description) ? { values: valuesOf(a.type?.text, a.description) } : {}),
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
