import { expect } from '@open-wc/testing';
import { validate } from '../../packages/schema/src/index.ts';
import city from '../fixtures/multi-country-city.json';
import { minimalDataset } from './fixture.ts';

const codes = (data: unknown) => validate(data).problems.map((p) => [p.code, p.pointer]);

describe('validate: countries beyond Canada and Japan', () => {
  it('validate accepts the multi-country fixture (seven ISO countries, contacts) without a problem', () => {
    expect(validate(city).problems).to.deep.equal([]);
  });

  it('validate accepts any ISO 3166-1 alpha-2 country and its ISO 3166-2 regions', () => {
    for (const [country, region] of [['GB', 'GB-EDH'], ['UA', 'UA-51'], ['NZ', 'NZ-WGN'], ['MX', 'MX-JAL'], ['CN', 'CN-GD'], ['DE', 'DE-BY']]) {
      const data = minimalDataset();
      data.places[1] = { ...data.places[1], id: `x-${country}`, country, region };
      data.twinnings[0].places = ['ca-bc-burnaby', `x-${country}`];
      expect(codes(data), country).to.deep.equal([]);
    }
  });

  it('validate still rejects a country that is not an alpha-2 code, at its pointer', () => {
    const data = minimalDataset();
    data.places[1].country = 'JPN';
    data.places[1].region = undefined;
    expect(codes(data)).to.deep.include(['invalid-country', '/places/1/country']);
  });
});

describe('validate: twinning contact', () => {
  it('validate accepts a contact with a url, a label in several languages, or an e-mail', () => {
    const data = minimalDataset();
    data.twinnings[0].contact = { url: 'https://example.org/assoc', label: { en: 'Friendship association', ja: '友好協会' }, email: 'a@example.org' };
    expect(codes(data)).to.deep.equal([]);
  });

  it('validate reports a bad contact url, e-mail, unknown field and an empty contact where they are', () => {
    const data = minimalDataset();
    data.twinnings[0].contact = { url: 'javascript:alert(1)', email: 'not an address', phone: '555' };
    expect(codes(data)).to.deep.equal([
      ['unknown-field', '/twinnings/0/contact/phone'],
      ['invalid-url', '/twinnings/0/contact/url'],
      ['invalid-value', '/twinnings/0/contact/email'],
    ]);
    data.twinnings[0].contact = { label: 'Only a label' };
    expect(codes(data)).to.deep.equal([['missing-field', '/twinnings/0/contact']]);
    data.twinnings[0].contact = 'https://example.org';
    expect(codes(data)).to.deep.equal([['wrong-type', '/twinnings/0/contact']]);
  });
});
