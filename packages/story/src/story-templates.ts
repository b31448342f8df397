/**
 * The sentences a proposed story is written with, in en, fr and ja. Each template takes facts
 * already formatted for its language (names, years, numbers) and returns a heading and a
 * paragraph. An editor rewrites them; they only have to be correct and plain.
 */
import type { Locale } from '@twinning/core';

/** A heading and a paragraph. */
export interface StepText {
  readonly heading: string;
  readonly text: string;
}

export interface StoryTemplates {
  first(name: string, year: string): StepText;
  peak(from: string, to: string, count: string, peakYears: string, peakCount: string): StepText;
  longest(name: string, from: string, to: string, activities: string): StepText;
  anniversaries(list: string, count: number): StepText;
  /** `n`th anniversary of `name` in `year`, as one list item. */
  anniversaryItem(name: string, n: string, year: string): string;
  categoryMix(business: string, businessCount: string, total: string, top: string, topShare: string): StepText;
  quiet(from: string, to: string, years: string): StepText;
}

const en: StoryTemplates = {
  first: (name, year) => ({
    heading: `Where it began: ${year}`,
    text: `The oldest agreement in this dataset joins ${name}. It was signed in ${year}.`,
  }),
  peak: (from, to, count, peakYears, peakCount) => ({
    heading: `A wave of agreements, ${from}–${to}`,
    text: `${count} agreements were signed between ${from} and ${to}, more than in any other ten years. The busiest year was ${peakYears}, with ${peakCount}.`,
  }),
  longest: (name, from, to, activities) => ({
    heading: 'The longest-running exchange',
    text: `${name} has recorded exchanges from ${from} to ${to}: ${activities} activities in this dataset.`,
  }),
  anniversaries: (list, count) => ({
    heading: count === 1 ? 'An anniversary ahead' : 'Anniversaries ahead',
    text: `Coming up within two years: ${list}.`,
  }),
  anniversaryItem: (name, n, year) => `${name}, ${n}th in ${year}`,
  categoryMix: (business, businessCount, total, top, topShare) => ({
    heading: 'What the exchanges are about',
    text: `Business appears in ${business} of the ${total} activities recorded here (${businessCount}). The most frequent category is ${top}, at ${topShare}. For comparison, Harrison (APF Canada, 2018, summary) puts business at 2% of North American twinning content; that figure covers the whole continent and is counted differently.`,
  }),
  quiet: (from, to, years) => ({
    heading: `A quiet period, ${from}–${to}`,
    text: `No agreement in this dataset was signed for ${years} years, between ${from} and ${to}.`,
  }),
};

const fr: StoryTemplates = {
  first: (name, year) => ({
    heading: `Le point de départ : ${year}`,
    text: `L’accord le plus ancien de ces données unit ${name}. Il a été signé en ${year}.`,
  }),
  peak: (from, to, count, peakYears, peakCount) => ({
    heading: `Une vague d’accords, ${from}–${to}`,
    text: `${count} accords ont été signés entre ${from} et ${to}, plus qu’en toute autre période de dix ans. L’année la plus active fut ${peakYears}, avec ${peakCount}.`,
  }),
  longest: (name, from, to, activities) => ({
    heading: 'L’échange le plus durable',
    text: `${name} compte des échanges de ${from} à ${to} : ${activities} activités dans ces données.`,
  }),
  anniversaries: (list, count) => ({
    heading: count === 1 ? 'Un anniversaire à venir' : 'Des anniversaires à venir',
    text: `D’ici deux ans : ${list}.`,
  }),
  anniversaryItem: (name, n, year) => `${name}, ${n}e anniversaire en ${year}`,
  categoryMix: (business, businessCount, total, top, topShare) => ({
    heading: 'Sur quoi portent les échanges',
    text: `Les affaires figurent dans ${business} des ${total} activités recensées ici (${businessCount}). La catégorie la plus fréquente est « ${top} », à ${topShare}. À titre de comparaison, Harrison (APF Canada, 2018, résumé) situe les affaires à 2 % du contenu des jumelages nord-américains ; ce chiffre couvre tout le continent et se compte autrement.`,
  }),
  quiet: (from, to, years) => ({
    heading: `Une période calme, ${from}–${to}`,
    text: `Aucun accord de ces données n’a été signé pendant ${years} ans, entre ${from} et ${to}.`,
  }),
};

const ja: StoryTemplates = {
  first: (name, year) => ({
    heading: `始まり：${year}年`,
    text: `このデータで最も古い提携は${name}で、${year}年に結ばれました。`,
  }),
  peak: (from, to, count, peakYears, peakCount) => ({
    heading: `提携の波：${from}〜${to}年`,
    text: `${from}年から${to}年までに${count}件の提携が結ばれ、どの10年間よりも多くなっています。最も多かったのは${peakYears}年の${peakCount}件です。`,
  }),
  longest: (name, from, to, activities) => ({
    heading: '最も長く続く交流',
    text: `${name}では${from}年から${to}年まで交流が記録されており、このデータには${activities}件の活動があります。`,
  }),
  anniversaries: (list) => ({
    heading: '迫る周年',
    text: `今後2年以内：${list}。`,
  }),
  anniversaryItem: (name, n, year) => `${name}（${year}年に${n}周年）`,
  categoryMix: (business, businessCount, total, top, topShare) => ({
    heading: '交流の中身',
    text: `ここに記録された${total}件の活動のうち、経済は${business}（${businessCount}件）です。最も多い分野は「${top}」で${topShare}を占めます。比較として、Harrison（APF Canada、2018年、要旨）は北米の姉妹都市交流に占める経済を2%としていますが、これは北米全体の数値で、数え方も異なります。`,
  }),
  quiet: (from, to, years) => ({
    heading: `空白期：${from}〜${to}年`,
    text: `${from}年から${to}年までの${years}年間、このデータには新たな提携がありません。`,
  }),
};

const TEMPLATES: Record<Locale, StoryTemplates> = { en, fr, ja };

/** The templates of `locale`. */
export const storyTemplates = (locale: Locale): StoryTemplates => TEMPLATES[locale];
