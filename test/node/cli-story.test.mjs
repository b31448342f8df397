// `twinning story`, run as users run it: steps proposed from a dataset, printed as HTML sections.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'packages/cli/bin/twinning.js');
const data = join(root, 'data/japan-canada.json');

function twinning(...args) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The step sections of the output: their ids, attributes and headings. */
function sections(html) {
  return [...html.matchAll(/<section data-twinning-step id="([^"]+)"([^>]*)>\n {2}<h2>([^<]+)<\/h2>\n {2}<p>([^<]+)<\/p>\n<\/section>/g)]
    .map(([, id, attributes, heading, text]) => ({ id, attributes: attributes.trim(), heading, text }));
}

test('twinning story prints the proposed steps of the bundled data as editable HTML sections', () => {
  const r = twinning('story', data, '--now', '2026-12-02');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^<!-- Proposed from .+japan-canada\.json on 2026-12-02: a first draft\. Check every fact and rewrite/);
  const steps = sections(r.stdout);
  assert.deepEqual(steps.map((s) => s.id), ['step-first', 'step-peak', 'step-longest', 'step-anniversaries', 'step-category-mix', 'step-quiet']);
  const first = steps[0];
  assert.equal(first.attributes, 'selected="newwestminster-moriguchi" until="1963"');
  assert.match(first.text, /New Westminster/);
  assert.match(first.text, /1963/);
  // Nothing but sections and the one comment: an editor pastes it as it is.
  assert.equal(r.stdout.replace(/<!--.*-->\n/, '').replace(/<section[\s\S]*?<\/section>\n*/g, ''), '');
});

test('twinning story --lang fr and --lang ja write the text in that language; --now moves the anniversaries', () => {
  const fr = sections(twinning('story', data, '--lang', 'fr', '--now', '2026-12-02').stdout);
  assert.match(fr[0].heading, /1963/);
  assert.match(fr.find((s) => s.id === 'step-anniversaries').heading, /anniversaires/i);
  const ja = sections(twinning('story', data, '--lang=ja', '--now', '2026-12-02').stdout);
  assert.match(ja[0].text, /[\u3040-\u30ff\u4e00-\u9fff]/);
  const later = sections(twinning('story', data, '--now', '2040-06-01').stdout).find((s) => s.id === 'step-anniversaries');
  const now = sections(twinning('story', data, '--now', '2026-12-02').stdout).find((s) => s.id === 'step-anniversaries');
  assert.notEqual(later?.text, now.text);
});

test('twinning story rejects a bad --lang, a bad --now and a second file with a usage error', () => {
  for (const [args, message] of [
    [['story', data, '--lang', 'de'], /invalid --lang: "de"; expected one of en, fr, ja/],
    [['story', data, '--now', '2026-02-30'], /invalid --now: "2026-02-30"; expected a day as YYYY-MM-DD/],
    [['story', data, data], /story takes one file/],
    [['story'], /story needs a file/],
  ]) {
    const r = twinning(...args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, message);
    assert.equal(r.stdout, '');
  }
});

test('twinning story on a dataset with errors lists them and writes no story', () => {
  const dir = mkdtempSync(join(tmpdir(), 'twinning-story-'));
  const file = join(dir, 'bad.json');
  writeFileSync(file, '{"schemaVersion": "1.0", "places": [], "twinnings": [{"id": "x"}], "sources": []}');
  const r = twinning('story', file);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /no story from a dataset with errors/);
});

test('twinning --help lists the story command and its options', () => {
  const r = twinning('--help');
  assert.match(r.stdout, /twinning story FILE \[--lang en\|fr\|ja\] \[--now YYYY-MM-DD\]/);
});
