// The editorial rules a dataset can declare (status rule, citable sources), prelude activities,
// planned events, and the `original` language of a record's texts.
import { expect } from '@open-wc/testing';
import { expectedStatus, validate, ACTIVE_SINCE, mirrorHostOf } from '../../packages/schema/src/index.ts';
import type { Problem } from '../../packages/schema/src/index.ts';
import { minimalDataset } from './fixture.ts';

const brief = (problems: Problem[]) => problems.map((p) => `${p.severity} ${p.code} ${p.pointer}`);
const NOW = new Date('2026-12-02T00:00:00Z');

describe('expectedStatus (the status rule)', () => {
  it('expectedStatus is active when an activity reaches 2014, unknown when the last one is 2013', () => {
    expect(ACTIVE_SINCE).to.equal('2014');
    expect(expectedStatus({ signed: '1965' }, [{ date: '2014' }], { now: NOW })).to.deep.equal({ status: 'active', latest: '2014' });
    expect(expectedStatus({ signed: '1965' }, [{ date: '2013-12-31' }], { now: NOW })).to.deep.equal({ status: 'unknown', latest: '2013-12-31' });
  });

  it('expectedStatus counts an activity end date and the signing itself as contact', () => {
    expect(expectedStatus({ signed: '1984' }, [{ date: '1984', endDate: '2020' }], { now: NOW }).status).to.equal('active');
    expect(expectedStatus({ signed: '2016' }, [], { now: NOW })).to.deep.equal({ status: 'active', latest: '2016' });
  });

  it('expectedStatus ignores evidence dated after now and gives ended for an end date', () => {
    expect(expectedStatus({ signed: '1990' }, [{ date: '2027-05' }], { now: NOW })).to.deep.equal({ status: 'unknown', latest: '1990' });
    expect(expectedStatus({ signed: '1968', ended: '2000' }, [{ date: '2024' }], { now: NOW }).status).to.equal('ended');
  });

  it('expectedStatus takes another start of "current" contact', () => {
    expect(expectedStatus({}, [{ date: '2019' }], { now: NOW, activeSince: '2020' }).status).to.equal('unknown');
    expect(expectedStatus({}, [], { now: NOW })).to.deep.equal({ status: 'unknown' });
  });
});

describe('validate: the status rule, when the dataset declares it', () => {
  const withRule = () => {
    const d = minimalDataset();
    d.rules = { activeSince: '2014' };
    return d;
  };

  it('validate does not apply the status rule to a dataset that does not declare it', () => {
    expect(validate(minimalDataset(), { now: NOW }).problems).to.deep.equal([]);
  });

  it('validate warns when status is active but no contact since 2014 is recorded, naming the latest', () => {
    const r = validate(withRule(), { now: NOW });
    expect(brief(r.problems)).to.deep.equal(['warning status-disagrees /twinnings/0/status']);
    expect(r.problems[0]!.message).to.contain('gives "unknown"').and.to.contain('1990-07');
  });

  it('validate accepts the status the rule computes, or another with a statusReason', () => {
    const d = withRule();
    d.twinnings[0].status = 'unknown';
    expect(validate(d, { now: NOW }).problems).to.deep.equal([]);
    const e = withRule();
    e.twinnings[0].status = 'dormant';
    e.twinnings[0].statusReason = { en: 'The city calls the tie dormant (2022 report).' };
    expect(validate(e, { now: NOW }).problems).to.deep.equal([]);
  });

  it('validate warns about "ended" without an end date or a reason', () => {
    const d = withRule();
    d.twinnings[0].status = 'ended';
    expect(brief(validate(d, { now: NOW }).problems)).to.deep.equal(['warning status-disagrees /twinnings/0/status']);
  });

  it('validate reports a malformed rules object', () => {
    const d = minimalDataset();
    d.rules = { activeSince: 'last year', citations: 'yes', strict: true };
    expect(brief(validate(d).problems)).to.deep.equal([
      'warning unknown-field /rules/strict',
      'error invalid-date /rules/activeSince',
      'error wrong-type /rules/citations',
    ]);
  });
});

describe('validate: prelude activities and planned events', () => {
  it('validate accepts an activity before the signing when it is marked prelude', () => {
    const d = minimalDataset();
    d.activities[0].date = '1964';
    d.activities[0].prelude = true;
    expect(validate(d).problems).to.deep.equal([]);
  });

  it('validate warns about a prelude activity that is not before the signing', () => {
    const d = minimalDataset();
    d.activities[0].prelude = true;
    expect(brief(validate(d).problems)).to.deep.equal(['warning prelude-after-signing /activities/0/prelude']);
  });

  it('validate rejects a prelude that is not a boolean', () => {
    const d = minimalDataset();
    d.activities[0].prelude = 'yes';
    expect(brief(validate(d).problems)).to.deep.equal(['error wrong-type /activities/0/prelude']);
  });

  it('validate warns about a "planned" activity only once its date has passed (now is injectable)', () => {
    const d = minimalDataset();
    d.activities[0].date = '2026-08-17';
    d.activities[0].title = { en: 'Planned: exchange resumes', ja: '交流再開の予定' };
    expect(validate(d, { now: new Date('2026-08-01T00:00:00Z') }).problems).to.deep.equal([]);
    expect(brief(validate(d, { now: NOW }).problems)).to.deep.equal(['warning planned-in-past /activities/0/title']);
  });

  it('validate recognises planned titles in French and Japanese', () => {
    for (const title of [{ fr: 'Visite prévue à Kushiro' }, { ja: '訪問予定' }]) {
      const d = minimalDataset();
      d.activities[0].title = title;
      expect(brief(validate(d, { now: NOW }).problems), JSON.stringify(title)).to.deep.equal(['warning planned-in-past /activities/0/title']);
    }
  });
});

describe('validate: citations, when the dataset declares them', () => {
  const cited = (source: Record<string, unknown>) => {
    const d = minimalDataset();
    d.rules = { citations: true };
    d.sources[0] = { id: 's1', ...source };
    return brief(validate(d).problems);
  };

  it('validate accepts a titled https source', () => {
    expect(cited({ title: 'Register of agreements', url: 'https://example.org/register', language: 'en' })).to.deep.equal([]);
  });

  it('validate warns about a title that is only the address', () => {
    expect(cited({ title: 'example.org/register', url: 'https://www.example.org/register' })).to.deep.equal(['warning source-untitled /sources/0/title']);
  });

  it('validate warns about http and about a mirror host', () => {
    expect(cited({ title: 'A page', url: 'http://example.org/a' })).to.deep.equal(['warning source-insecure-url /sources/0/url']);
    expect(cited({ title: 'Abashiri delegation', url: 'https://bpbpd.wpengine.com/news/abashiri' })).to.deep.equal(['warning source-mirror-host /sources/0/url']);
    expect(mirrorHostOf('https://www.liquisearch.com/x')).to.equal('liquisearch.com');
    expect(mirrorHostOf('https://www.albernivalleynews.com/news/x')).to.equal(null);
  });

  it('validate checks language tags and archive addresses', () => {
    expect(cited({ title: 'A page', url: 'https://example.org/a', language: 'english!', archiveUrl: 'not a url' })).to.deep.equal([
      'error invalid-value /sources/0/language',
      'error invalid-url /sources/0/archiveUrl',
    ]);
  });

  it('validate does not check citations of a dataset that does not declare them', () => {
    const d = minimalDataset();
    d.sources[0] = { id: 's1', title: 'example.org/register', url: 'http://example.org/register' };
    expect(validate(d).problems).to.deep.equal([]);
  });
});

describe('validate: original language', () => {
  it('validate accepts original "en" on text that has English', () => {
    const d = minimalDataset();
    d.activities[0].title = { en: 'Student exchange', fr: 'Échange scolaire' };
    d.activities[0].original = 'en';
    expect(validate(d).problems).to.deep.equal([]);
  });

  it('validate rejects an original that is not a content language, or missing from the text', () => {
    const d = minimalDataset();
    d.activities[0].original = 'de';
    expect(brief(validate(d).problems)).to.deep.equal(['error invalid-value /activities/0/original']);
    const e = minimalDataset();
    e.activities[0].title = { fr: 'Échange scolaire' };
    e.activities[0].original = 'ja';
    expect(brief(validate(e).problems)).to.deep.equal(['error original-text-missing /activities/0/title']);
    const t = minimalDataset();
    t.twinnings[0].note = { en: 'Renewed in 1990.' };
    t.twinnings[0].original = 'fr';
    expect(brief(validate(t).problems)).to.deep.equal(['error original-text-missing /twinnings/0/note']);
  });
});

describe('isAgreement / countAgreements', () => {
  it('a twinning of type other is kept but not counted as an agreement', async () => {
    const { isAgreement, countAgreements } = await import('../../packages/schema/src/index.ts');
    expect(isAgreement({ type: 'sister-city' })).to.equal(true);
    expect(isAgreement({ type: 'other' })).to.equal(false);
    expect(countAgreements([{ type: 'sister-city' }, { type: 'other' }, { type: 'friendship-city' }])).to.deep.equal({ agreements: 2, other: 1 });
  });
});
