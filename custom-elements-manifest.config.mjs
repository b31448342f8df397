/**
 * Custom Elements Manifest: `npm run manifest` (cem analyze --litelement).
 *
 * The analyzer reads the shared base class in @twinning/core together with every element, so
 * each element's manifest lists the inherited attributes, events and parts (the shared contract)
 * as well as its own. A plugin then writes one `custom-elements.json` per element package, with
 * module paths relative to that package, which its package.json names in `"customElements"`.
 * The merged manifest (every element, for Storybook and the docs) goes to dist/manifest/, and
 * @twinning/elements gets one listing every element. Packing a package regenerates them (prepack).
 */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';

/** Element packages that ship a manifest. */
const PACKAGES = ['pairing-map', 'timeline', 'activity-chart', 'provider', 'story', 'partners'];

/**
 * Elements register through `defineElement('twinning-x', Class)` (safe to load twice), which the
 * analyzer does not know: read those calls and give each class its tag name and a definition export.
 */
function defineElementCalls() {
  const found = [];
  return {
    name: 'twinning-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText?.() !== 'defineElement') return;
      const [tag, cls] = node.arguments;
      if (tag && cls && ts.isStringLiteral(tag) && ts.isIdentifier(cls)) found.push({ tag: tag.text, name: cls.text, path: moduleDoc.path });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const { tag, name, path } of found) {
        for (const mod of customElementsManifest.modules) {
          const decl = (mod.declarations ?? []).find((d) => d.kind === 'class' && d.name === name);
          if (!decl) continue;
          decl.tagName = tag;
          decl.customElement = true;
          const definer = customElementsManifest.modules.find((m) => m.path === path);
          definer.exports = [...(definer.exports ?? []), { kind: 'custom-element-definition', name: tag, declaration: { name, module: mod.path } }];
        }
      }
    },
  };
}

/**
 * Tidies what the analyzer read from the JSDoc headers: several `@csspart`/`@cssprop` tags on one
 * line become separate entries, a comma list of part names becomes one entry per name, events
 * guessed from `dispatchEvent(new X(...))` arguments (not `twinning-*` names) are dropped, and
 * private or protected members are left out of the public API.
 */
function tidyDeclarations() {
  const split = (items, tag) => items.flatMap((item) => {
    const raw = item.name.endsWith(',') ? `${item.name} ${item.description ?? ''}` : `${item.name} - ${item.description ?? ''}`;
    const pieces = raw.split(new RegExp(`\\s*@${tag}\\s+`));
    return pieces.flatMap((piece) => {
      const [names, ...rest] = piece.split(' - ');
      const description = rest.join(' - ').trim();
      return names.split(',').map((n) => n.trim()).filter(Boolean).map((name) => ({ ...item, name, description }));
    });
  });
  const unique = (items) => items.filter((item, i) => items.findIndex((other) => other.name === item.name) === i);
  // Internal reactive state (`state: true` in a static `properties` table) is no attribute and no API; the analyzer lists it as both.
  // Keyed `Class.field`; an inherited entry is looked up under the class it comes from.
  const stateFields = new Set();
  return {
    name: 'twinning-tidy-declarations',
    analyzePhase({ ts, node }) {
      if (!ts.isPropertyDeclaration(node) || node.name.getText() !== 'properties' || !node.initializer || !ts.isObjectLiteralExpression(node.initializer)) return;
      for (const entry of node.initializer.properties) {
        if (ts.isPropertyAssignment(entry) && /\bstate:\s*true\b/.test(entry.initializer.getText())) stateFields.add(`${node.parent.name?.getText()}.${entry.name.getText()}`);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          if (d.cssParts) d.cssParts = unique(split(d.cssParts, 'csspart'));
          if (d.cssProperties) d.cssProperties = unique(split(d.cssProperties, 'cssprop'));
          if (d.events) d.events = unique(d.events).filter((e) => typeof e.name === 'string' && e.name.startsWith('twinning-'));
          // The analyzer marks properties from a static `properties` table `privacy: 'public'` (others have none when public).
          for (const m of d.members ?? []) if (m.privacy === 'public') delete m.privacy;
          if (d.members) d.members = d.members.filter((m) => !m.privacy && !m.static && !m.name.startsWith('#') && !/@internal/.test(m.description ?? '') && !stateFields.has(`${m.inheritedFrom?.name ?? d.name}.${m.name}`));
          if (d.attributes) d.attributes = d.attributes.filter((a) => !stateFields.has(`${a.inheritedFrom?.name ?? d.name}.${a.fieldName}`));
        }
      }
    },
  };
}

/** Writes one manifest per element package from the merged one. */
function perPackageManifests() {
  return {
    name: 'twinning-per-package-manifests',
    packageLinkPhase({ customElementsManifest }) {
      for (const pkg of PACKAGES) {
        const prefix = `packages/${pkg}/`;
        if (!existsSync(`${prefix}package.json`)) continue;
        const modules = customElementsManifest.modules
          .filter((m) => m.path.startsWith(prefix))
          .map((m) => JSON.parse(JSON.stringify(m).replaceAll(`"${prefix}`, '"')));
        const manifest = { ...customElementsManifest, modules };
        writeFileSync(`${prefix}custom-elements.json`, `${JSON.stringify(manifest, null, 2)}\n`);
      }
      // @twinning/elements re-exports every element: its manifest lists them all, each module path
      // naming the package that holds it (`@twinning/pairing-map/src/…`).
      if (existsSync('packages/elements/package.json')) {
        const names = Object.fromEntries(PACKAGES.map((pkg) => [`packages/${pkg}/`, `@twinning/${pkg}/`]));
        const rename = (text) => Object.entries(names).reduce((t, [from, to]) => t.replaceAll(`"${from}`, `"${to}`), text);
        const modules = customElementsManifest.modules
          .filter((m) => PACKAGES.some((pkg) => m.path.startsWith(`packages/${pkg}/`)))
          .map((m) => JSON.parse(rename(JSON.stringify(m))));
        writeFileSync('packages/elements/custom-elements.json', `${JSON.stringify({ ...customElementsManifest, modules }, null, 2)}\n`);
      }
    },
  };
}

mkdirSync('dist/manifest', { recursive: true });

export default {
  globs: [
    'packages/core/src/twinning-element.ts',
    'packages/core/src/events.ts',
    ...PACKAGES.map((pkg) => `packages/${pkg}/src/*.ts`),
  ],
  exclude: ['**/*.messages.ts', '**/*.styles.ts', '**/layout/**', '**/render/**'],
  outdir: 'dist/manifest',
  litelement: true,
  plugins: [defineElementCalls(), tidyDeclarations(), perPackageManifests()],
};
