// The page scripts/partners-screenshots.mjs photographs: <twinning-partners> alone, on the invented
// multi-country fixture (or the bundled data with ?data=bundled), with a pinned `now`.
// Query: place, lang, now, data (fixture | bundled), theme.
import '../../packages/partners/src/index.ts';
import fixture from '../../test/fixtures/multi-country-city.json';

const query = new URLSearchParams(location.search);
const lang = query.get('lang') ?? 'en';
document.documentElement.lang = lang;
const element = document.createElement('twinning-partners');
element.setAttribute('place', query.get('place') ?? 'ca-bc-port-alder');
element.setAttribute('now', query.get('now') ?? '2026-06-01');
element.setAttribute('lang', lang);
if (query.get('theme')) element.setAttribute('theme', query.get('theme')!);
if (query.get('data') !== 'bundled') (element as HTMLElement & { data: unknown }).data = fixture;
document.body.append(element);
