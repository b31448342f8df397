/**
 * What the response reader (read-response.ts, a chunk loaded with each `src` request) says when a
 * response is not a dataset, in each language. They load with the reader, so no first paint
 * carries them. A failed request or a timeout is reported without the reader (its chunk may be
 * what failed to load): those texts stay in messages.ts.
 */
import { formatNumber } from './format.ts';
import { LOCALES, type Locale } from './locale.ts';
import { messagesFor, type Messages } from './messages.ts';

export interface LoadMessages {
  httpError: (url: string, status: number, text: string) => string;
  tooLarge: (url: string, limit: string) => string;
  wrongContentType: (url: string, type: string) => string;
  sheetNotShown: (file: string, rows: number) => string;
}

const TEXT: Record<Locale, LoadMessages> = {
  en: {
    httpError: (url, status, text) => `Loading ${url} failed: HTTP ${status}${text ? ` ${text}` : ''}.`,
    tooLarge: (url, limit) => `${url} is too large: the limit is ${limit}. Split the dataset or filter it on the server.`,
    wrongContentType: (url, type) => `${url} answered with a web page (${type}), not a dataset: check the address.`,
    sheetNotShown: (file, rows) => `Nothing from ${file} is shown until ${rows === 1 ? 'the row below is' : `the ${formatNumber(rows, 'en')} rows below are`} fixed; the other rows are read correctly and will appear then.`,
  },
  fr: {
    httpError: (url, status, text) => `Le chargement de ${url} a échoué : HTTP ${status}${text ? ` ${text}` : ''}.`,
    tooLarge: (url, limit) => `${url} est trop volumineux : la limite est de ${limit}. Divisez le jeu de données ou filtrez-le sur le serveur.`,
    wrongContentType: (url, type) => `${url} a renvoyé une page web (${type}), pas un jeu de données : vérifiez l’adresse.`,
    sheetNotShown: (file, rows) => `Rien de ${file} n’est affiché tant que ${rows === 1 ? 'la ligne ci-dessous n’est pas corrigée' : `les ${formatNumber(rows, 'fr')} lignes ci-dessous ne sont pas corrigées`} ; les autres lignes sont lues correctement et apparaîtront alors.`,
  },
  ja: {
    httpError: (url, status, text) => `${url} の読み込みに失敗しました（HTTP ${status}${text ? ` ${text}` : ''}）。`,
    tooLarge: (url, limit) => `${url} は大きすぎます（上限 ${limit}）。データセットを分割するか、サーバー側で絞り込んでください。`,
    wrongContentType: (url, type) => `${url} はデータセットではなくウェブページ（${type}）を返しました。アドレスを確認してください。`,
    sheetNotShown: (file, rows) => `下の${formatNumber(rows, 'ja')}行を直すまで、${file} の内容は表示されません。ほかの行は正しく読み込まれており、修正後に表示されます。`,
  },
};

/**
 * The reader's texts in the language of `m`, the shared text the element reports in (English
 * until, and unless, its language's chunk is in, like the rest of its text).
 */
export function loadMessages(m: Messages): LoadMessages {
  return TEXT[LOCALES.find((locale) => messagesFor(locale) === m) ?? 'en'];
}
