/** French UI text for `twinning-timeline.messages.ts`, a chunk loaded only where the page speaks French. */
import type { TimelineMessages } from './twinning-timeline.messages.ts';

const fr: TimelineMessages = {
  label: 'Frise chronologique des ententes de jumelage et de leurs activités',
  overviewLabel: (from, to) => `Ententes par année, ${from}–${to}`,
  signedPerYear: 'signées par année (barres)',
  inForce: 'en vigueur (ligne)',
  firstAgreement: (year) => `première entente, ${year}`,
  peakYear: (year, n) => `${n} signées en ${year}`,
  rangeStart: 'Début de la période',
  rangeEnd: 'Fin de la période',
  resetRange: 'Toutes les années',
  rangeHelp: 'Faites glisser sur la vue d’ensemble pour choisir des années, ou utilisez les deux curseurs.',
  era: 'Ère japonaise',
  noRecordedActivity: 'aucune activité recensée',
  quietLabel: (from, to) => `aucune activité recensée, ${from}–${to}`,
  undatedStart: 'date de signature inconnue',
  signed: (date) => `signée en ${date}`,
  ended: (date) => `terminée en ${date}`,
  since: (year) => `depuis ${year}`,
  lastActivity: (year) => `dernière activité en ${year}`,
  selectAgreement: 'Sélectionner cette entente',
  toToday: "jusqu'à aujourd'hui",
  laneLabel: (names, dates, status, count) =>
    `${names}. ${dates}. ${status}. ${count} ${count > 1 ? 'activités recensées' : 'activité recensée'}.`,
  activityLabel: (title, date, categories) => `${title}, ${date}, ${categories}`,
  yearPrecision: "date connue à l'année",
  monthPrecision: 'date connue au mois',
  dayPrecision: 'jour exact',
  close: 'Fermer',
  categories: 'Catégories',
  sources: 'Sources',
  participants: (n) => `${n} participants`,
  keyboardHelp: 'Flèches gauche et droite : le long d’une entente ; haut et bas : d’une entente à l’autre. Entrée sélectionne ou ouvre une activité ; Échap ferme.',
  activitiesOf: (names) => `Activités de ${names}, dans l’ordre`,
  noActivities: 'Aucune activité recensée.',
  legendSpan: "barre : date connue seulement à l'année ou au mois",
  legendPoint: 'symbole seul : jour exact',
  legendQuiet: 'hachures : aucune activité recensée pendant {n} ans ou plus',
  tableCaption: (agreements, activities) =>
    `${agreements} ${agreements > 1 ? 'ententes' : 'entente'} et ${activities} ${activities > 1 ? 'activités' : 'activité'} sur la frise`,
  columns: { kind: 'Ligne', agreement: 'Entente', date: 'Date', ended: 'Fin', status: 'Statut', categories: 'Catégories', title: 'Activité', quiet: 'Aucune activité recensée', sources: 'Sources' },
  kindAgreement: 'entente',
  kindActivity: 'activité',
  summary: (agreements, activities, years, quiet, quietYears) =>
    `${agreements}${years ? `, signées de ${years}` : ''}, avec ${activities}. ` +
    (quiet ? `${quiet} ${quiet > 1 ? 'périodes' : 'période'} de ${quietYears} ans ou plus sans activité recensée.` : `Aucune période de ${quietYears} ans sans activité recensée.`),
  agreementsCount: (n, count) => `${n} ${count > 1 ? 'ententes' : 'entente'}`,
  activitiesCount: (n, count) => `${n} ${count > 1 ? 'activités recensées' : 'activité recensée'}`,
  ungrouped: 'Région inconnue',
};

export default fr;
