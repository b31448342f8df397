#!/usr/bin/env node
/**
 * After `changeset version`: writes @twinning/elements' new version into every pinned CDN address
 * (`…/npm/@twinning/elements@X.Y.Z/…`) in the embed code, README, docs and tests.
 * test/node/release.test.mjs fails when one is left behind.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(`${root}packages/elements/package.json`, 'utf8'));
const pinned = /@twinning\/elements@\d+\.\d+\.\d+(?:-[\w.]+)?\//g;
const files = execFileSync('git', ['grep', '-lE', '@twinning/elements@[0-9]+\\.[0-9]+\\.[0-9]+', '--', ':!**/CHANGELOG.md', ':!package-lock.json'], { cwd: root, encoding: 'utf8' }).trim().split('\n').filter(Boolean);
for (const file of files) {
  const text = readFileSync(`${root}${file}`, 'utf8');
  const next = text.replace(pinned, `@twinning/elements@${version}/`);
  if (next !== text) {
    writeFileSync(`${root}${file}`, next);
    console.log(`${file}: @twinning/elements@${version}`);
  }
}
