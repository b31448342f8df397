/** Japanese UI text for `messages.ts`, a chunk loaded only where the page speaks Japanese. */
import { formatNumber } from './format.ts';
import { plural, type Messages } from './messages.ts';

/** Counts in this language's digits and grouping ("5,000", "5 000", "5,000"). */
const num = (n: number) => formatNumber(n, 'ja');

const ja: Messages = {
  loading: '姉妹都市データを読み込み中…',
  dataTable: 'データ表',
  hideDataTable: 'データ表を閉じる',
  sortBy: (column) => `${column}で並べ替え`,
  emptyData: 'このデータセットには表示できる提携がありません。',
  emptyFilters: (filters) => `現在の絞り込み（${filters}）に該当する提携はありません。`,
  errorTitle: 'データを表示できません。',
  moreProblems: (n) => `…ほか${num(n)}件の問題があります。`,
  notDrawn: (n, total, noun) => `${num(total)}件の${noun}のうち${num(n)}件は描画されていません`,
  details: '詳細',
  agreements: () => '提携',
  activities: () => '活動',
  networkError: (url) => `${url} の読み込みに失敗しました（サーバーに接続できません）。`,
  timeout: (url, seconds) => `${url} の読み込みが${seconds}秒を超えたため中止しました。`,
  summaryAgreements: (n, places, years) => `${places}の間に${num(n)}件の提携${years ? `（${years}年に締結）` : ''}。`,
  summaryPlaces: (n, country) => `${country}の${num(n)}自治体`,
  summaryMost: (region, n) => `最多は${region}（${num(n)}件）。`,
  summaryUndated: (n) => `締結日不明${num(n)}件。`,
  summaryOther: (n) => `ほかに正式な提携が確認できない交流${num(n)}件。`,
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

export default ja;
