/** Japanese UI text for `twinning-partners.messages.ts`, a chunk loaded only where the page speaks Japanese. */
import type { PartnersMessages } from './twinning-partners.messages.ts';

const ja: PartnersMessages = {
  chartLabel: (home) => `${home}の提携先`,
  summary: (home, _n, count, _countries, countryCount, firstYear) =>
    `${home}の提携先は${countryCount}か国・${count}件です${firstYear ? `。最初の提携は${firstYear}年です` : ''}。`,
  summaryAnniversary: (anniversary, partner) => `今後の節目：${partner}との${anniversary}。`,
  noPlace: '提携先を表示するには、place属性に場所のIDを指定してください。',
  unknownPlace: (id) => `このデータセットにはID「${id}」の場所がありません。`,
  noPartners: (home) => `このデータセットには${home}の提携先がありません。`,
  partnersNoun: () => '提携先',
  unknownPartner: (partner, twinning) => `${partner}（提携 ${twinning}）：データセットの場所にありません`,
  latest: '最近の交流',
  shownOf: (shown, total) => `記録された${total}件のうち${shown}件を表示しています。`,
  noActivities: '交流の記録はありません。',
  planned: '予定',
  sources: '出典：',
  signedOn: (date) => `${date}締結`,
  missingSource: 'データセットにありません',
  email: (address) => `メール：${address}`,
  selected: '選択中',
  locator: (home, partner) => `地図：${home}と${partner}`,
  noLocator: '座標がないため地図はありません。',
  partnerWebsite: 'ウェブサイト',
  columns: {
    partner: '提携先', ownName: '現地語の名称', country: '国', region: '地域',
    type: '種類', status: '状況', signed: '締結', years: '年数', anniversary: '次の節目の周年',
    activities: '交流',
  },
  tableCaption: (home) => `${home}の提携先`,
};

export default ja;
