import { expect } from '@open-wc/testing';
import { countryNameIn, regionNameIn } from '../../packages/core/src/place-names.ts';
import city from '../fixtures/multi-country-city.json';

describe('countryNameIn', () => {
  it('countryNameIn names countries through Intl in en, fr and ja, tagged with the locale', () => {
    expect(countryNameIn(city, 'CA', 'en')).to.deep.equal({ text: 'Canada', lang: 'en', source: 'intl' });
    expect(countryNameIn(city, 'JP', 'fr')).to.deep.equal({ text: 'Japon', lang: 'fr', source: 'intl' });
    expect(countryNameIn(city, 'CA', 'ja')).to.deep.equal({ text: 'カナダ', lang: 'ja', source: 'intl' });
    expect(countryNameIn(city, 'MX', 'fr').text).to.equal('Mexique');
    expect(countryNameIn(city, 'UA', 'ja').text).to.equal('ウクライナ');
    for (const code of ['GB', 'NZ', 'CN', 'US']) {
      for (const locale of ['en', 'fr', 'ja']) expect(countryNameIn(city, code, locale).text, `${code} ${locale}`).to.not.equal(code);
    }
  });

  it("countryNameIn lets the dataset's own country names win", () => {
    const book = { countries: [{ id: 'GB', name: { en: 'Scotland (UK)', fr: 'Écosse (R.-U.)' } }] };
    expect(countryNameIn(book, 'GB', 'fr')).to.deep.equal({ text: 'Écosse (R.-U.)', lang: 'fr', source: 'dataset' });
    // Japanese missing in the dataset: the dataset's fallback (English) still wins over Intl.
    expect(countryNameIn(book, 'GB', 'ja')).to.deep.equal({ text: 'Scotland (UK)', lang: 'en', source: 'dataset' });
  });

  it('countryNameIn returns a code Intl does not know as a flagged code', () => {
    expect(countryNameIn(null, 'QQ', 'en')).to.deep.equal({ text: 'QQ', lang: 'und', source: 'code' });
    expect(countryNameIn(null, 'nope', 'ja').source).to.equal('code');
  });
});

describe('regionNameIn', () => {
  it("regionNameIn takes the dataset's region names in en, fr and ja", () => {
    expect(regionNameIn(city, 'CA-BC', 'en')).to.deep.equal({ text: 'British Columbia', lang: 'en', source: 'dataset' });
    expect(regionNameIn(city, 'CA-BC', 'fr')).to.deep.equal({ text: 'Colombie-Britannique', lang: 'fr', source: 'dataset' });
    expect(regionNameIn(city, 'JP-14', 'ja')).to.deep.equal({ text: '神奈川県', lang: 'ja', source: 'dataset' });
  });

  it('regionNameIn falls back to the country name, never the code, for a region the dataset does not name', () => {
    expect(regionNameIn(city, 'UA-51', 'en')).to.deep.equal({ text: 'Ukraine', lang: 'en', source: 'country' });
    expect(regionNameIn(city, 'MX-JAL', 'fr')).to.deep.equal({ text: 'Mexique', lang: 'fr', source: 'country' });
    expect(regionNameIn(city, 'NZ-WGN', 'ja').text).to.not.match(/NZ/);
    expect(regionNameIn(city, undefined, 'en', 'GB').source).to.equal('country');
    expect(regionNameIn(city, undefined, 'en', 'GB').text).to.not.equal('GB');
  });

  it('regionNameIn gives the code only when neither the dataset nor Intl knows the country', () => {
    expect(regionNameIn(city, 'QQ-1', 'en')).to.deep.equal({ text: 'QQ-1', lang: 'und', source: 'code' });
    expect(regionNameIn(city, undefined, 'en')).to.deep.equal({ text: '', lang: 'und', source: 'code' });
  });
});

describe('bundled country names', () => {
  it('are exactly what Intl.DisplayNames says, in en, fr and ja', async () => {
    const { countryName } = await import('../../packages/core/src/names.ts');
    for (const locale of ['en', 'fr', 'ja'] as const) {
      const intl = new Intl.DisplayNames([locale], { type: 'region' });
      for (const code of ['CA', 'JP']) expect(countryName(code, locale), `${code} in ${locale}`).to.equal(intl.of(code));
    }
  });
});
