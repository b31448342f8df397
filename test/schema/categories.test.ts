import { expect } from '@open-wc/testing';
import {
  CATEGORY_SHAPES, DEFAULT_CATEGORIES, DEFAULT_CATEGORY_DEFS, categoryColor, categoryLabel, categoryShape,
} from '../../packages/schema/src/index.ts';

describe('DEFAULT_CATEGORY_DEFS', () => {
  it('DEFAULT_CATEGORY_DEFS gives every default category en, fr and ja labels', () => {
    for (const id of DEFAULT_CATEGORIES) {
      const { label } = DEFAULT_CATEGORY_DEFS[id];
      expect(label.en, id).to.not.equal('');
      expect(label.fr, id).to.not.equal('');
      expect(label.ja, id).to.match(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
    expect(DEFAULT_CATEGORY_DEFS.education.label.fr).to.equal('Éducation');
  });
  it('DEFAULT_CATEGORY_DEFS uses eleven different colours', () => {
    const colors = DEFAULT_CATEGORIES.map((id) => DEFAULT_CATEGORY_DEFS[id].color.toLowerCase());
    expect(new Set(colors).size).to.equal(11);
    for (const c of colors) expect(c).to.match(/^#[0-9a-f]{6}$/);
  });
});

describe('categoryLabel', () => {
  it('categoryLabel gives the default label in the requested language, English otherwise', () => {
    expect(categoryLabel(null, 'disaster-relief', 'ja')).to.equal('災害支援');
    expect(categoryLabel(null, 'disaster-relief', 'fr-CA')).to.equal('Aide aux sinistrés');
    expect(categoryLabel(null, 'disaster-relief', 'de')).to.equal('Disaster relief');
  });
  it("categoryLabel honours the dataset's override and falls back to the id", () => {
    const d = { categories: [{ id: 'youth', label: { en: 'Young people' } }, { id: 'food' }] };
    expect(categoryLabel(d, 'youth', 'en')).to.equal('Young people');
    expect(categoryLabel(d, 'food', 'fr')).to.equal('food');
  });
});

describe('categoryColor', () => {
  it("categoryColor honours the dataset's colour, else the default", () => {
    const d = { categories: [{ id: 'youth', color: '#000000' }] };
    expect(categoryColor(d, 'youth')).to.equal('#000000');
    expect(categoryColor(d, 'culture')).to.equal(DEFAULT_CATEGORY_DEFS.culture.color);
  });
  it('categoryColor gives an added category a stable palette colour', () => {
    const c = categoryColor({ categories: [{ id: 'food' }] }, 'food');
    expect(c).to.equal(categoryColor(null, 'food'));
    expect(DEFAULT_CATEGORIES.map((id) => DEFAULT_CATEGORY_DEFS[id].color)).to.include(c);
  });
});

describe('categoryShape', () => {
  it('categoryShape gives the five commonest categories five different shapes', () => {
    const common = ['administration', 'commemoration', 'youth', 'culture', 'education'].map(categoryShape);
    expect(new Set(common).size).to.equal(5);
  });
  it('categoryShape with colour tells every default category apart', () => {
    const pairs = DEFAULT_CATEGORIES.map((id) => `${categoryShape(id)} ${DEFAULT_CATEGORY_DEFS[id].color}`);
    expect(new Set(pairs).size).to.equal(11);
    expect(CATEGORY_SHAPES).to.include(categoryShape('anything-else'));
  });
});
