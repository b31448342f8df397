/** French UI text for `twinning-activity-chart.messages.ts`, a chunk loaded only where the page speaks French. */
import { plural, type ChartMessages } from './twinning-activity-chart.messages.ts';

const fr: ChartMessages = {
  chartLabel: (mode) => `Activités par catégorie (${mode})`,
  modes: { share: 'parts', 'by-decade': 'par décennie', 'by-region': 'par région', compare: 'comparées à une référence' },
  category: 'Catégorie',
  count: 'Nombre',
  share: 'Part',
  decade: 'Décennie',
  region: 'Région',
  referenceShare: 'Part de référence',
  decadeLabel: (decade) => `années ${decade}`,
  coverage: (n, activities, m, agreements) =>
    `D’après ${n} ${plural('fr', activities, 'activité recensée', 'activités recensées')} dans ${m} ${plural('fr', agreements, 'entente', 'ententes')} ; les relevés sont incomplets.`,
  ruleActivities: 'Chaque activité compte une fois dans chacune de ses catégories : la somme des parts peut dépasser 100 %.',
  ruleTags: 'Chaque étiquette de catégorie compte une fois ; les parts font 100 % des étiquettes.',
  hiddenCategories: (shown, total) => `${shown} catégories sur ${total} affichées ; les parts portent sur toutes les activités.`,
  noFigure: 'aucun chiffre',
  refShort: 'réf.',
  barName: (label, count, n, share) => `${label} : ${count} ${plural('fr', n, 'activité', 'activités')}, ${share}`,
  barNameReference: (label, count, n, share, reference) => `${label} : ${count} ${plural('fr', n, 'activité', 'activités')}, ${share} ; référence ${reference}`,
  summary: (top, count, n, share) => `La catégorie la plus fréquente est ${top} : ${count} activités sur ${n} (${share}).`,
  summaryNone: 'Aucune activité recensée à compter.',
  emptyActivities: (filters) =>
    filters ? `Aucune activité recensée ne correspond aux filtres actuels (${filters}).` : 'Ce jeu de données ne contient aucune activité recensée.',
  legend: 'Catégories : appuyer pour afficher ou masquer',
  and: ' + ',
};

export default fr;
