import { expect } from '@open-wc/testing';
import type { TwinningDataset } from '@twinning/schema';
import { proposeStory } from '../../packages/story/src/propose-story.ts';
import { toStoryHtml } from '../../packages/story/src/story-html.ts';
import { readStepState } from '../../packages/story/src/story-state.ts';

const NOW = new Date(Date.UTC(2026, 5, 1));

const place = (id: string, en: string, ja: string) => ({ id, name: { en, ja }, country: id.startsWith('ca') ? 'CA' : 'JP', kind: 'municipality', lat: 45, lon: id.startsWith('ca') ? -75 : 140 });
const twinning = (id: string, a: string, b: string, signed: string, extra: object = {}) => ({ id, places: [a, b], type: 'sister-city', signed, status: 'active', sources: ['s'], ...extra });
const activity = (id: string, twinningId: string, date: string, categories: string[]) => ({ id, twinning: twinningId, date, categories, title: id, sources: ['s'] });

/**
 * Signings: 1963, 1967, 1968-07, 1978, 1981 ×2, 1985 (ended), 2001-11-20.
 * Busiest ten years: 1978–1987 (4 signings, 2 in 1981). Longest gap: 1986–2000 (15 years).
 * From 2026-06-01, within two years: 25th of t6 (2026-11-20), 60th of t7 (2027), 50th of t2 (2028).
 * The 60th of t8 (July 2028) falls after the horizon; t5 has ended.
 * Longest record of exchanges: t3, from its signing in 1981 to an activity in 2024.
 * 10 activities: 1 business (10%), 5 culture (50%).
 */
const FIXTURE = {
  schemaVersion: '1.0',
  sources: [{ id: 's', title: 'Test' }],
  places: [
    place('ca-a', 'Alderton', 'オルダートン'), place('jp-b', 'Bando', '坂東'), place('ca-c', 'Cedar', 'シーダー'), place('jp-d', 'Daigo', '醍醐'),
    place('ca-e', 'Elmford', 'エルムフォード'), place('jp-f', 'Fujimi', '富士見'), place('ca-g', 'Glen <b>', 'グレン'), place('jp-h', 'Hara', '原'),
    place('ca-i', 'Iona', 'アイオナ'), place('jp-j', 'Jinbo', '神保'), place('ca-k', 'Kent', 'ケント'), place('jp-l', 'Layama', '良山'),
    place('ca-m', 'Maple', 'メープル'), place('jp-n', 'Nara', '奈良'), place('ca-o', 'Oak', 'オーク'), place('jp-p', 'Piyo', 'ピヨ'),
  ],
  twinnings: [
    twinning('t1', 'ca-a', 'jp-b', '1963-04-10'),
    twinning('t2', 'ca-c', 'jp-d', '1978'),
    twinning('t3', 'ca-e', 'jp-f', '1981'),
    twinning('t4', 'ca-g', 'jp-h', '1981'),
    twinning('t5', 'ca-i', 'jp-j', '1985', { status: 'ended', ended: '1990' }),
    twinning('t6', 'ca-k', 'jp-l', '2001-11-20'),
    twinning('t7', 'ca-m', 'jp-n', '1967'),
    twinning('t8', 'ca-o', 'jp-p', '1968-07'),
  ],
  activities: [
    activity('a1', 't1', '1970', ['culture']),
    activity('a2', 't3', '1982', ['culture', 'youth']),
    activity('a3', 't3', '2024-05', ['culture']),
    activity('a4', 't4', '1990', ['business']),
    activity('a5', 't4', '1991', ['youth']),
    activity('a6', 't2', '1979', ['culture']),
    activity('a7', 't2', '1980', ['administration']),
    activity('a8', 't6', '2002', ['culture']),
    activity('a9', 't6', '2003', ['youth']),
    activity('a10', 't7', '1970', ['administration']),
  ],
} as unknown as TwinningDataset;

const byId = (id: string) => proposeStory(FIXTURE, { now: NOW }).find((s) => s.id === id)!;

describe('proposeStory', () => {
  it('proposes the six kinds of step in story order', () => {
    expect(proposeStory(FIXTURE, { now: NOW }).map((s) => s.id)).to.deep.equal(['first', 'peak', 'longest', 'anniversaries', 'category-mix', 'quiet']);
  });

  it('starts with the oldest agreement, selected, in three languages', () => {
    const step = byId('first');
    expect(step.state).to.deep.equal({ selected: 't1', until: 1963 });
    expect(step.text.en.heading).to.equal('Where it began: 1963');
    expect(step.text.en.text).to.contain('Alderton and Bando').and.contain('1963');
    expect(step.text.fr.text).to.contain('Alderton et Bando');
    expect(step.text.ja.text).to.contain('オルダートンと坂東').and.contain('1963年');
  });

  it('finds the busiest ten years and the busiest year in them', () => {
    const step = byId('peak');
    expect(step.state).to.deep.equal({ since: 1978, until: 1987, layout: 'split' });
    expect(step.text.en.text).to.equal('4 agreements were signed between 1978 and 1987, more than in any other ten years. The busiest year was 1981, with 2.');
  });

  it('finds the longest record of exchanges, from signing to the last activity', () => {
    const step = byId('longest');
    expect(step.state).to.deep.equal({ selected: 't3', since: 1981, until: 2024 });
    expect(step.text.en.text).to.contain('from 1981 to 2024').and.contain('2 activities');
  });

  it('lists the 25th, 50th and 60th anniversaries within two years, soonest first, skipping ended agreements', () => {
    const step = byId('anniversaries');
    expect(step.state).to.deep.equal({ selected: 't6', since: 2001 });
    expect(step.text.en.text).to.equal('Coming up within two years: Kent and Layama, 25th in 2026, Maple and Nara, 60th in 2027, and Cedar and Daigo, 50th in 2028.');
    expect(step.text.en.text).not.to.contain('Oak').and.not.to.contain('Iona');
  });

  it('leaves the anniversaries out when none falls within the horizon', () => {
    const ids = proposeStory(FIXTURE, { now: new Date(Date.UTC(2045, 0, 1)) }).map((s) => s.id);
    expect(ids).not.to.include('anniversaries');
  });

  it('sets the business share beside the report’s 2% and names the source', () => {
    const step = byId('category-mix');
    expect(step.state).to.deep.equal({ mode: 'share' });
    expect(step.text.en.text).to.contain('Business appears in 10% of the 10 activities recorded here (1)');
    expect(step.text.en.text).to.contain('Culture, at 50%').and.contain('Harrison (APF Canada, 2018, summary)');
    expect(step.text.fr.text).to.match(/dans 10\s%/);
  });

  it('finds the longest quiet period between signings', () => {
    const step = byId('quiet');
    expect(step.state).to.deep.equal({ since: 1986, until: 2000 });
    expect(step.text.en.text).to.contain('for 15 years');
  });

  it('proposes nothing from a dataset without agreements', () => {
    const empty = { ...FIXTURE, twinnings: [], activities: [] } as unknown as TwinningDataset;
    expect(proposeStory(empty, { now: NOW })).to.deep.equal([]);
  });
});

describe('toStoryHtml', () => {
  it('writes one editable section per step whose attributes give back the step’s state', () => {
    const steps = proposeStory(FIXTURE, { now: NOW });
    const doc = new DOMParser().parseFromString(toStoryHtml(steps, 'en'), 'text/html');
    const sections = [...doc.querySelectorAll('section[data-twinning-step]')];
    expect(sections).to.have.length(steps.length);
    sections.forEach((section, i) => {
      expect(readStepState(section)).to.deep.equal(steps[i]!.state);
      expect(section.querySelector('h2')!.textContent).to.equal(steps[i]!.text.en.heading);
      expect(section.querySelector('p')!.textContent).to.equal(steps[i]!.text.en.text);
    });
  });

  it('escapes data text instead of writing it as HTML', () => {
    const firstOf = proposeStory({ ...FIXTURE, twinnings: [FIXTURE.twinnings[3]!] } as TwinningDataset, { now: NOW });
    const source = toStoryHtml(firstOf, 'en');
    expect(source).to.contain('Glen &lt;b&gt;');
    const doc = new DOMParser().parseFromString(source, 'text/html');
    expect(doc.querySelector('section b')).to.equal(null);
    expect(doc.querySelector('p')!.textContent).to.contain('Glen <b>');
  });

  it('writes the language asked for', () => {
    const html = toStoryHtml([byId('first')], 'ja');
    expect(html).to.contain('始まり：1963年');
  });
});
