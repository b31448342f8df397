import { expect } from '@open-wc/testing';
import { frameSubset } from '../../packages/pairing-map/src/layout/frame.ts';
import type { TwinningType } from '@twinning/schema';

const places = [
  { id: 'ca-bc-burnaby', country: 'CA', lat: 49.2488, lon: -122.9805 },
  { id: 'jp-01-kushiro', country: 'JP', lat: 42.9849, lon: 144.382 },
  { id: 'jp-14-yokohama', country: 'JP', lat: 35.4437, lon: 139.638 },
  { id: 'ca-bc-vancouver', country: 'CA', lat: 49.2827, lon: -123.1207 },
  { id: 'jp-13-tokyo', country: 'JP', lat: 35.68, lon: 139.65 },
];
const twinnings: { id: string; places: string[]; type: TwinningType; signed?: string }[] = [
  { id: 'burnaby-kushiro', places: ['ca-bc-burnaby', 'jp-01-kushiro'], type: 'sister-city', signed: '1965' },
  { id: 'vancouver-yokohama', places: ['ca-bc-vancouver', 'jp-14-yokohama'], type: 'sister-city', signed: '1965' },
  { id: 'burnaby-tokyo', places: ['ca-bc-burnaby', 'jp-13-tokyo'], type: 'friendship-city', signed: '1963-05' },
];

describe('frameSubset', () => {
  it('frameSubset with a twinning frames its two places, with its type and date', () => {
    const frame = frameSubset({ places, twinnings }, { twinning: 'vancouver-yokohama' });
    expect(frame.places.map((p) => p.id)).to.deep.equal(['ca-bc-vancouver', 'jp-14-yokohama']);
    expect(frame.twinnings.map((t) => t.id)).to.deep.equal(['vancouver-yokohama']);
    expect(frame.caption!.a.id).to.equal('ca-bc-vancouver');
    expect(frame.caption!.b.map((p) => p.id)).to.deep.equal(['jp-14-yokohama']);
    expect([frame.caption!.type, frame.caption!.signed]).to.deep.equal(['sister-city', '1965']);
  });

  it('frameSubset with a place frames it and all its partners, mixed types giving null, the earliest date', () => {
    const frame = frameSubset({ places, twinnings }, { place: 'ca-bc-burnaby' });
    expect(frame.places.map((p) => p.id)).to.deep.equal(['ca-bc-burnaby', 'jp-01-kushiro', 'jp-13-tokyo']);
    expect(frame.twinnings.map((t) => t.id)).to.deep.equal(['burnaby-kushiro', 'burnaby-tokyo']);
    expect(frame.caption!.b.map((p) => p.id)).to.deep.equal(['jp-01-kushiro', 'jp-13-tokyo']);
    expect(frame.caption!.type).to.equal(null);
    expect(frame.caption!.signed).to.equal('1963-05');
  });

  it('frameSubset reports an unknown id instead of framing nothing silently', () => {
    const frame = frameSubset({ places, twinnings }, { place: 'ca-bc-nowhere' });
    expect(frame).to.deep.equal({ places: [], twinnings: [], caption: null, missing: { attribute: 'place', id: 'ca-bc-nowhere' } });
    expect(frameSubset({ places, twinnings }, { twinning: 'x' }).missing).to.deep.equal({ attribute: 'twinning', id: 'x' });
  });

  it('frameSubset without place or twinning keeps everything, with no caption', () => {
    const frame = frameSubset({ places, twinnings }, {});
    expect([frame.places.length, frame.twinnings.length, frame.caption]).to.deep.equal([5, 3, null]);
  });
});
