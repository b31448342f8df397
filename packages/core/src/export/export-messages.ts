/**
 * UI text of the export-and-cite menu, in each supported locale. Kept apart from the shared
 * messages so the menu is one concern in one folder.
 */
import type { Locale } from '../locale.ts';

const en = {
  menu: 'Export',
  menuLabel: 'Export and cite',
  png: 'Download PNG image',
  svg: 'Download SVG image',
  csv: 'Download data (CSV)',
  embed: 'Copy embed code',
  cite: 'Cite this data',
  copied: 'Embed code copied.',
  copyFailed: 'Copying was blocked: the code is selected below, copy it with Ctrl+C or ⌘C.',
  embedLabel: 'Embed code',
  downloaded: (file: string) => `Downloaded ${file}.`,
  exportFailed: 'The export failed.',
  citationTitle: 'Citation',
  dataset: 'Dataset',
  updated: 'Updated',
  license: 'License',
  suggested: 'Suggested citation',
  sources: 'Sources',
  untitled: 'Twinning dataset',
  citation: (title: string, updated: string, license: string, accessed: string) =>
    `${title}${updated ? ` (updated ${updated})` : ''}. Dataset${license ? `, license ${license}` : ''}. Accessed ${accessed}.`,
  dataComment: 'The data was given as a property (.data), which HTML cannot carry: publish it and set src, or the bundled Japan–Canada dataset is shown.',
  close: 'Close',
};

/** The menu's strings in one locale. */
export type ExportMessages = typeof en;

const fr: ExportMessages = {
  menu: 'Exporter',
  menuLabel: 'Exporter et citer',
  png: 'Télécharger l’image PNG',
  svg: 'Télécharger l’image SVG',
  csv: 'Télécharger les données (CSV)',
  embed: 'Copier le code d’intégration',
  cite: 'Citer ces données',
  copied: 'Code d’intégration copié.',
  copyFailed: 'La copie a été bloquée : le code est sélectionné ci-dessous, copiez-le avec Ctrl+C ou ⌘C.',
  embedLabel: 'Code d’intégration',
  downloaded: (file) => `${file} téléchargé.`,
  exportFailed: 'L’exportation a échoué.',
  citationTitle: 'Citation',
  dataset: 'Jeu de données',
  updated: 'Mise à jour',
  license: 'Licence',
  suggested: 'Citation suggérée',
  sources: 'Sources',
  untitled: 'Jeu de données de jumelages',
  citation: (title, updated, license, accessed) =>
    `${title}${updated ? ` (mis à jour ${updated})` : ''}. Jeu de données${license ? `, licence ${license}` : ''}. Consulté le ${accessed}.`,
  dataComment: 'Les données ont été fournies en propriété (.data), que le HTML ne peut pas transmettre : publiez-les et indiquez src, sinon le jeu Japon–Canada intégré est affiché.',
  close: 'Fermer',
};

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

const MESSAGES: Record<Locale, ExportMessages> = { en, fr, ja };

/** The export menu's strings in `locale`. */
export function exportMessagesFor(locale: Locale): ExportMessages {
  return MESSAGES[locale];
}
