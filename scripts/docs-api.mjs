/**
 * Rewrites the generated blocks of the Markdown docs, so the reference can't drift from the code:
 *
 *   <!-- api:start twinning-map -->  … <!-- api:end -->   an element's API tables (custom-elements.json)
 *   <!-- api:start theming -->       … <!-- api:end -->   every CSS custom property and part, per element
 *   <!-- api:start schema -->        … <!-- api:end -->   the data reference (packages/schema/twinning.schema.json)
 *   <!-- api:start codes -->         … <!-- api:end -->   the validation codes, linked to docs/data/validation-codes.md
 *
 * `node scripts/docs-api.mjs` writes the files; `--check` only reports stale blocks (exit 1).
 * Run `npm run manifest` first (`npm run docs:api` does both). The functions are exported for the
 * test that checks the committed docs are current.
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const ELEMENT_PACKAGES = ['pairing-map', 'timeline', 'activity-chart', 'provider', 'story', 'partners'];
const BLOCK = /<!-- api:start ([\w-]+) -->\n[\s\S]*?<!-- api:end -->/g;

/** Every custom element declaration in the element packages' manifests, in package order. */
export function loadElements(root = ROOT) {
  const elements = [];
  for (const pkg of ELEMENT_PACKAGES) {
    const file = join(root, 'packages', pkg, 'custom-elements.json');
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    for (const mod of manifest.modules) {
      for (const d of mod.declarations ?? []) if (d.customElement && d.tagName) elements.push({ ...d, package: `@twinning/${pkg}` });
    }
  }
  return elements;
}

/** Text safe inside a Markdown table cell. */
const cell = (text) => String(text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${text}\`` : '');

function table(headers, rows) {
  if (!rows.length) return '_None._\n';
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n') + '\n';
}

/** An element's API: attributes, properties set from script, events, parts, CSS custom properties. */
export function elementApi(element) {
  const attrs = element.attributes ?? [];
  const attrFields = new Set(attrs.map((a) => a.fieldName));
  const props = (element.members ?? []).filter((m) => m.kind === 'field' && !attrFields.has(m.name));
  const own = (item) => (item.inheritedFrom ? ' (shared)' : '');
  return [
    `**Tag** \`<${element.tagName}>\` · **class** \`${element.name}\` · **package** \`${element.package}\`\n`,
    `### Attributes\n`,
    table(['attribute', 'property', 'type', 'default', 'description'], attrs.map((a) => [
      code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), `${a.description ?? ''}${own(a)}`])),
    `### Properties (set from script)\n`,
    table(['property', 'type', 'description'], props.map((p) => [code(p.name), code(p.type?.text), `${p.description ?? ''}${own(p)}`])),
    `### Events\n`,
    table(['event', 'description'], (element.events ?? []).map((e) => [code(e.name), e.description])),
    `### CSS parts\n`,
    table(['part', 'description'], (element.cssParts ?? []).map((p) => [code(p.name), p.description])),
    `### CSS custom properties\n`,
    table(['property', 'description'], (element.cssProperties ?? []).map((p) => [code(p.name), p.description])),
  ].join('\n');
}

/** Every custom property and part, shared ones first, then each element's own. */
export function themingApi(elements) {
  const shared = new Map();
  const sharedParts = new Map();
  for (const e of elements) {
    for (const p of e.cssProperties ?? []) if (p.inheritedFrom) shared.set(p.name, p.description);
    for (const p of e.cssParts ?? []) if (p.inheritedFrom) sharedParts.set(p.name, p.description);
  }
  const out = [
    `### Shared custom properties (every element)\n`,
    table(['property', 'description'], [...shared].map(([n, d]) => [code(n), d])),
    `### Shared parts (every element)\n`,
    table(['part', 'description'], [...sharedParts].map(([n, d]) => [code(n), d])),
  ];
  for (const e of elements) {
    const props = (e.cssProperties ?? []).filter((p) => !p.inheritedFrom && !shared.has(p.name));
    const parts = (e.cssParts ?? []).filter((p) => !p.inheritedFrom && !sharedParts.has(p.name));
    out.push(`### \`<${e.tagName}>\`\n`,
      table(['kind', 'name', 'description'], [
        ...props.map((p) => ['custom property', code(p.name), p.description]),
        ...parts.map((p) => ['part', code(p.name), p.description]),
      ]));
  }
  return out.join('\n');
}

/** The JSON Schema as one table per object type, with required fields marked. */
export function schemaReference(schema) {
  const typeOf = (s) => {
    if (!s) return '';
    if (s.$ref) return s.$ref.replace('#/$defs/', '');
    if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
    if (s.type === 'array') return `${typeOf(s.items)}[]`;
    if (s.anyOf) return s.anyOf.map(typeOf).join(' or ');
    return Array.isArray(s.type) ? s.type.join(' or ') : s.type ?? '';
  };
  const objectTable = (s) => table(['field', 'type', 'required', 'description'],
    Object.entries(s.properties ?? {}).map(([name, p]) => [code(name), typeOf(p), (s.required ?? []).includes(name) ? 'yes' : '', p.description]));
  const out = [`### Dataset (the top level)\n`, `${schema.description}\n`, objectTable(schema)];
  for (const [name, def] of Object.entries(schema.$defs ?? {})) {
    out.push(`### ${name}\n`, `${def.description ?? ''}\n`);
    if (def.properties) out.push(objectTable(def));
    else if (def.pattern) out.push(`Pattern: \`${def.pattern}\`\n`);
    else if (def.enum) out.push(`One of: ${def.enum.map((v) => `\`${v}\``).join(', ')}.\n`);
  }
  return out.join('\n');
}

/** Every validation code from docs/data/validation-codes.md, each linked to that page. */
export function codesIndex(root = ROOT) {
  const page = readFileSync(join(root, 'docs/data/validation-codes.md'), 'utf8');
  const rows = [...page.matchAll(/^\| `([a-z-]+)` \| (error|warning) \| (.*?) \|/gm)];
  return table(['code', 'severity', 'meaning'], rows.map(([, c, severity, meaning]) => [`[${c}](data/validation-codes.md)`, severity, meaning]));
}

/** The generated content for a block name. */
export function blockContent(name, root = ROOT) {
  const elements = loadElements(root);
  if (name === 'theming') return themingApi(elements);
  if (name === 'codes') return codesIndex(root);
  if (name === 'schema') return schemaReference(JSON.parse(readFileSync(join(root, 'packages/schema/twinning.schema.json'), 'utf8')));
  const element = elements.find((e) => e.tagName === name);
  if (!element) throw new Error(`docs-api: no element <${name}> in the manifests (run npm run manifest)`);
  return elementApi(element);
}

/** A Markdown text with every generated block rewritten. */
export function rewrite(text, root = ROOT) {
  return text.replace(BLOCK, (_, name) => `<!-- api:start ${name} -->\n<!-- Generated by scripts/docs-api.mjs from the manifest or schema: do not edit by hand. -->\n\n${blockContent(name, root)}\n<!-- api:end -->`);
}

/** The Markdown files under docs/ (recursively). */
export function docFiles(dir = join(ROOT, 'docs')) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return docFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const file of docFiles()) {
    const text = readFileSync(file, 'utf8');
    const next = rewrite(text);
    if (next === text) continue;
    stale++;
    if (check) console.error(`stale generated block: ${file}`);
    else writeFileSync(file, next);
  }
  if (check && stale) process.exit(1);
  console.log(check ? 'docs-api: generated blocks are current' : `docs-api: ${stale} file(s) rewritten`);
}
