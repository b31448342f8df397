import { expect } from '@open-wc/testing';
import {
  DEFAULT_CATEGORIES, PLACE_KINDS, PROBLEM_CODES, PROBLEM_CODE_INFO, RECORD_FIELDS, SCHEMA_VERSIONS, TWINNING_STATUSES, TWINNING_TYPES, validate,
} from '../../packages/schema/src/index.ts';
import schemaJson from '../../packages/schema/twinning.schema.json';
import { minimalDataset } from './fixture.ts';

type Json = { [key: string]: any };
const schema: Json = schemaJson;

function resolve(ref: string): Json {
  expect(ref.startsWith('#/'), ref).to.equal(true);
  let node: any = schema;
  for (const token of ref.slice(2).split('/')) node = node?.[token.replace(/~1/g, '/').replace(/~0/g, '~')];
  expect(node, `${ref} resolves`).to.be.an('object');
  return node;
}

const defs: Record<string, string> = { dataset: '', source: 'Source', place: 'Place', twinning: 'Twinning', activity: 'Activity', category: 'CategoryDef', region: 'RegionDef', rules: 'DatasetRules', annotation: 'Annotation' };
const def = (kind: string) => (defs[kind] === '' ? schema : schema.$defs[defs[kind]!]);

describe('twinning.schema.json', () => {
  it('twinning.schema.json is a 2020-12 schema with an $id, and every $ref resolves', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).to.match(/^https:\/\//);
    const refs: string[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) (k === '$ref' ? refs.push(v as string) : walk(v));
    };
    walk(schema);
    expect(refs.length).to.be.greaterThan(20);
    for (const ref of refs) resolve(ref);
  });

  it('twinning.schema.json enums equal the vocabularies', () => {
    expect(schema.properties.schemaVersion.enum).to.deep.equal([...SCHEMA_VERSIONS]);
    expect(schema.$defs.Place.properties.kind.enum).to.deep.equal([...PLACE_KINDS]);
    expect(schema.$defs.Twinning.properties.type.enum).to.deep.equal([...TWINNING_TYPES]);
    expect(schema.$defs.Twinning.properties.status.enum).to.deep.equal([...TWINNING_STATUSES]);
    expect(schema.$defs.Activity.properties.categories.items.anyOf[0].enum).to.deep.equal([...DEFAULT_CATEGORIES]);
  });

  it('twinning.schema.json defines exactly the fields of each TypeScript interface, each described', () => {
    for (const [kind, fields] of Object.entries(RECORD_FIELDS)) {
      const properties = def(kind).properties;
      expect(Object.keys(properties), kind).to.have.members([...fields]);
      for (const field of fields) expect(properties[field].description, `${kind}.${field}`).to.be.a('string');
    }
  });

  it('twinning.schema.json requires exactly what validate() requires', () => {
    for (const kind of ['dataset', 'source', 'place', 'twinning', 'activity'] as const) {
      const required: string[] = def(kind).required;
      for (const field of RECORD_FIELDS[kind]) {
        const d = minimalDataset();
        const record = kind === 'dataset' ? d : d[`${kind === 'activity' ? 'activities' : kind + 's'}`][0];
        delete record[field];
        const missing = validate(d).problems.some((p) => p.code === 'missing-field' && p.message.includes(`"${field}"`));
        expect(missing, `${kind}.${field}`).to.equal(required.includes(field));
      }
    }
  });

  it('twinning.schema.json PartialDate pattern agrees with validate() on sample dates', () => {
    const pattern = new RegExp(schema.$defs.PartialDate.pattern);
    for (const date of ['1965', '1965-05', '1965-05-11', '1965-5', '65', '1965-13', '1965-00-10', '1965-05-32', '1965/05']) {
      const d = minimalDataset();
      d.twinnings[0].signed = date;
      expect(pattern.test(date), date).to.equal(validate(d).valid);
    }
  });
});

describe('PROBLEM_CODES', () => {
  it('PROBLEM_CODES are unique kebab-case, each with severity, meaning and fix', () => {
    expect(new Set(PROBLEM_CODES).size).to.equal(PROBLEM_CODES.length);
    for (const code of PROBLEM_CODES) {
      expect(code).to.match(/^[a-z]+(-[a-z0-9]+)*$/);
      expect(['error', 'warning']).to.include(PROBLEM_CODE_INFO[code].severity);
      expect(PROBLEM_CODE_INFO[code].meaning).to.not.equal('');
      expect(PROBLEM_CODE_INFO[code].fix).to.not.equal('');
    }
  });
  it('docs/data/validation-codes.md documents every code with its severity', async () => {
    const page = await (await fetch('/docs/data/validation-codes.md')).text();
    for (const code of PROBLEM_CODES) expect(page, code).to.contain(`| \`${code}\` | ${PROBLEM_CODE_INFO[code].severity} |`);
  });
});
