import { expect } from '@open-wc/testing';
import { readHash, writeHash } from '../../packages/provider/src/url-state.ts';
import { toggledCategories } from '../../packages/provider/src/linked-state.ts';

describe('readHash', () => {
  it('reads the provider\'s keys and years as numbers', () => {
    expect(readHash('#selected=burnaby-kushiro&since=1980&until=1990&categories=youth,education')).to.deep.equal({
      selected: 'burnaby-kushiro', since: 1980, until: 1990, categories: 'youth,education',
    });
  });
  it('ignores other keys, non-integer years and empty values', () => {
    expect(readHash('#tab=map&since=19x0&status=&type=partner')).to.deep.equal({ type: 'partner' });
  });
  it('returns null for a plain anchor, and {} for no hash', () => {
    expect(readHash('#report')).to.equal(null);
    expect(readHash('')).to.deep.equal({});
  });
});

describe('writeHash', () => {
  it('writes the keys in a fixed order, commas unescaped', () => {
    expect(writeHash('', { until: 1990, since: 1980, categories: 'youth,education' })).to.equal('#since=1980&until=1990&categories=youth,education');
  });
  it('keeps other key=value pairs and replaces its own', () => {
    expect(writeHash('#tab=map&since=1970', { since: 1980 })).to.equal('#tab=map&since=1980');
    expect(writeHash('#since=1970', {})).to.equal('');
  });
  it('round-trips through readHash', () => {
    const state = { selected: 'a b&c', since: 1963, status: 'active,ended' };
    expect(readHash(writeHash('', state))).to.deep.equal(state);
  });
});

describe('toggledCategories', () => {
  const all = ['youth', 'education', 'culture'];
  it('switching one off from "all" lists the others; switching it back on gives "all" (undefined)', () => {
    const off = toggledCategories(undefined, 'education', false, all);
    expect(off).to.equal('youth,culture');
    expect(toggledCategories(off, 'education', true, all)).to.equal(undefined);
  });
});
