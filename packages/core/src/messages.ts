/**
 * UI text the shared layer shows, in each supported locale. Element-specific text lives in each
 * element's own `*.messages.ts`; this file is the common vocabulary (states, table, notices,
 * summaries) so every element says the same thing the same way.
 */
import type { Locale } from './locale.ts';

const pluralRules = new Map<Locale, Intl.PluralRules>();
const plural = (locale: Locale, n: number, one: string, other: string) => {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(n) === 'one' ? one : other;
};

const en = {
  loading: 'Loading twinning data…',
  dataTable: 'Data table',
  hideDataTable: 'Hide data table',
  sortBy: (column: string) => `Sort by ${column}`,
  emptyData: 'This dataset has no agreements to show.',
  emptyFilters: (filters: string) => `No agreements match the current filters (${filters}).`,
  errorTitle: 'The data could not be shown.',
  moreProblems: (n: number) => `…and ${n} more ${plural('en', n, 'problem', 'problems')}.`,
  notDrawn: (n: number, total: number, noun: string) => `${n} of ${total} ${noun} not drawn`,
  details: 'details',
  agreements: (n: number) => plural('en', n, 'agreement', 'agreements'),
  activities: (n: number) => plural('en', n, 'activity', 'activities'),
  httpError: (url: string, status: number, text: string) => `Loading ${url} failed: HTTP ${status}${text ? ` ${text}` : ''}.`,
  networkError: (url: string) => `Loading ${url} failed: the server could not be reached.`,
  timeout: (url: string, seconds: number) => `Loading ${url} took longer than ${seconds} s and was stopped.`,
  tooLarge: (url: string, limit: string) => `${url} is too large: the limit is ${limit}. Split the dataset or filter it on the server.`,
  wrongContentType: (url: string, type: string) => `${url} answered with a web page (${type}), not a dataset: check the address.`,
  summaryAgreements: (n: number, places: string, years: string) =>
    `${n} ${plural('en', n, 'agreement', 'agreements')} between ${places}${years ? `, signed ${years}` : ''}.`,
  summaryPlaces: (n: number, country: string) => `${n} ${plural('en', n, 'place', 'places')} in ${country}`,
  summaryMost: (region: string, n: number) => `Most in ${region} (${n}).`,
  summaryUndated: (n: number) => `${n} undated.`,
  filterNames: {
    twinning: 'agreement', place: 'place', status: 'status', type: 'type',
    since: 'since', until: 'until', categories: 'categories',
  } as Record<string, string>,
  status: { active: 'active', dormant: 'dormant', ended: 'ended', unknown: 'status unknown' } as Record<string, string>,
  type: {
    'sister-city': 'sister cities', 'friendship-city': 'friendship cities', 'sister-province': 'sister provinces',
    partner: 'partners', other: 'other agreement',
  } as Record<string, string>,
};

export type Messages = typeof en;

const fr: Messages = {
  loading: 'Chargement des données de jumelage…',
  dataTable: 'Tableau de données',
  hideDataTable: 'Masquer le tableau',
  sortBy: (column) => `Trier par ${column}`,
  emptyData: 'Ce jeu de données ne contient aucune entente à afficher.',
  emptyFilters: (filters) => `Aucune entente ne correspond aux filtres actuels (${filters}).`,
  errorTitle: 'Les données ne peuvent pas être affichées.',
  moreProblems: (n) => `…et ${n} autre${n > 1 ? 's' : ''} problème${n > 1 ? 's' : ''}.`,
  notDrawn: (n, total, noun) => `${n} ${noun} sur ${total} non ${n > 1 ? 'dessinées' : 'dessinée'}`,
  details: 'détails',
  agreements: (n) => plural('fr', n, 'entente', 'ententes'),
  activities: (n) => plural('fr', n, 'activité', 'activités'),
  httpError: (url, status, text) => `Le chargement de ${url} a échoué : HTTP ${status}${text ? ` ${text}` : ''}.`,
  networkError: (url) => `Le chargement de ${url} a échoué : serveur injoignable.`,
  timeout: (url, seconds) => `Le chargement de ${url} a dépassé ${seconds} s et a été interrompu.`,
  tooLarge: (url, limit) => `${url} est trop volumineux : la limite est de ${limit}. Divisez le jeu de données ou filtrez-le sur le serveur.`,
  wrongContentType: (url, type) => `${url} a renvoyé une page web (${type}), pas un jeu de données : vérifiez l’adresse.`,
  summaryAgreements: (n, places, years) =>
    `${n} ${plural('fr', n, 'entente', 'ententes')} entre ${places}${years ? `, signées de ${years}` : ''}.`,
  summaryPlaces: (n, country) => `${n} ${plural('fr', n, 'lieu', 'lieux')} (${country})`,
  summaryMost: (region, n) => `La plupart en ${region} (${n}).`,
  summaryUndated: (n) => `${n} sans date.`,
  filterNames: {
    twinning: 'entente', place: 'lieu', status: 'statut', type: 'type',
    since: 'depuis', until: "jusqu'à", categories: 'catégories',
  },
  status: { active: 'active', dormant: 'en sommeil', ended: 'terminée', unknown: 'statut inconnu' },
  type: {
    'sister-city': 'villes jumelles', 'friendship-city': "villes d'amitié", 'sister-province': 'provinces jumelles',
    partner: 'partenaires', other: 'autre entente',
  },
};

const ja: Messages = {
  loading: '姉妹都市データを読み込み中…',
  dataTable: 'データ表',
  hideDataTable: 'データ表を閉じる',
  sortBy: (column) => `${column}で並べ替え`,
  emptyData: 'このデータセットには表示できる提携がありません。',
  emptyFilters: (filters) => `現在の絞り込み（${filters}）に該当する提携はありません。`,
  errorTitle: 'データを表示できません。',
  moreProblems: (n) => `…ほか${n}件の問題があります。`,
  notDrawn: (n, total, noun) => `${total}件の${noun}のうち${n}件は描画されていません`,
  details: '詳細',
  agreements: () => '提携',
  activities: () => '活動',
  httpError: (url, status, text) => `${url} の読み込みに失敗しました（HTTP ${status}${text ? ` ${text}` : ''}）。`,
  networkError: (url) => `${url} の読み込みに失敗しました（サーバーに接続できません）。`,
  timeout: (url, seconds) => `${url} の読み込みが${seconds}秒を超えたため中止しました。`,
  tooLarge: (url, limit) => `${url} は大きすぎます（上限 ${limit}）。データセットを分割するか、サーバー側で絞り込んでください。`,
  wrongContentType: (url, type) => `${url} はデータセットではなくウェブページ（${type}）を返しました。アドレスを確認してください。`,
  summaryAgreements: (n, places, years) => `${places}の間に${n}件の提携${years ? `（${years}年に締結）` : ''}。`,
  summaryPlaces: (n, country) => `${country}の${n}自治体`,
  summaryMost: (region, n) => `最多は${region}（${n}件）。`,
  summaryUndated: (n) => `締結日不明${n}件。`,
  filterNames: {
    twinning: '提携', place: '自治体', status: '状況', type: '種類',
    since: '開始年', until: '終了年', categories: '分野',
  },
  status: { active: '活動中', dormant: '休眠中', ended: '終了', unknown: '状況不明' },
  type: {
    'sister-city': '姉妹都市', 'friendship-city': '友好都市', 'sister-province': '姉妹州・省',
    partner: 'パートナー', other: 'その他の提携',
  },
};

const MESSAGES: Record<Locale, Messages> = { en, fr, ja };

/** The shared UI strings in `locale`. */
export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}
