/** Japanese UI text for `export-messages.ts`, a chunk loaded only where the page speaks Japanese. */
import type { ExportMessages } from './export-messages.ts';

const ja: ExportMessages = {
  menu: 'エクスポート',
  menuLabel: 'エクスポートと引用',
  png: 'PNG画像をダウンロード',
  svg: 'SVG画像をダウンロード',
  csv: 'データ（CSV）をダウンロード',
  embed: '埋め込みコードをコピー',
  cite: 'このデータを引用',
  copied: '埋め込みコードをコピーしました。',
  copyFailed: 'コピーできませんでした。下のコードが選択されています。Ctrl+C または ⌘C でコピーしてください。',
  embedLabel: '埋め込みコード',
  downloaded: (file) => `${file} をダウンロードしました。`,
  exportFailed: 'エクスポートに失敗しました。',
  citationTitle: '引用',
  dataset: 'データセット',
  updated: '更新日',
  license: 'ライセンス',
  suggested: '推奨する引用形式',
  sources: '出典',
  untitled: '姉妹都市データセット',
  citation: (title, updated, license, accessed) =>
    `${title}${updated ? `（${updated}更新）` : ''}。データセット${license ? `、ライセンス ${license}` : ''}。${accessed}閲覧。`,
  dataComment: 'データはプロパティ（.data）で渡されたため HTML には含められません。公開して src を指定してください。指定しない場合は同梱の日本–カナダのデータが表示されます。',
  close: '閉じる',
};

export default ja;
