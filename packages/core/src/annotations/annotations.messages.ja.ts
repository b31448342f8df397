/** Japanese UI text for `annotations.messages.ts`, loaded only where the page speaks Japanese. */
import type { AnnotationMessages } from './annotations.messages.ts';

const ja: AnnotationMessages = {
  note: (n, text) => `注${n}：${text}`,
  notes: (n) => `注記${n}件：`,
  tableCaption: '注記',
  number: '番号',
  text: '注記',
  about: '対象',
  sources: '出典',
  kinds: { twinning: '提携', place: '地域', activity: '活動', category: '分野', years: '年' },
  notShown: (n) => `注記${n}件を表示できません`,
  details: '詳細',
};
export default ja;
