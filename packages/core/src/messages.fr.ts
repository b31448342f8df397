/** French UI text for `messages.ts`, a chunk loaded only where the page speaks French. */
import { formatNumber } from './format.ts';
import { plural, type Messages } from './messages.ts';

/** Counts in this language's digits and grouping ("5,000", "5 000", "5,000"). */
const num = (n: number) => formatNumber(n, 'fr');

const fr: Messages = {
  loading: 'Chargement des données de jumelage…',
  dataTable: 'Tableau de données',
  hideDataTable: 'Masquer le tableau',
  sortBy: (column) => `Trier par ${column}`,
  emptyData: 'Ce jeu de données ne contient aucune entente à afficher.',
  emptyFilters: (filters) => `Aucune entente ne correspond aux filtres actuels (${filters}).`,
  errorTitle: 'Les données ne peuvent pas être affichées.',
  moreProblems: (n) => `…et ${num(n)} autre${n > 1 ? 's' : ''} problème${n > 1 ? 's' : ''}.`,
  notDrawn: (n, total, noun) => `${num(n)} ${noun} sur ${num(total)} non ${n > 1 ? 'dessinées' : 'dessinée'}`,
  details: 'détails',
  agreements: (n) => plural('fr', n, 'entente', 'ententes'),
  activities: (n) => plural('fr', n, 'activité', 'activités'),
  networkError: (url) => `Le chargement de ${url} a échoué : serveur injoignable.`,
  timeout: (url, seconds) => `Le chargement de ${url} a dépassé ${seconds} s et a été interrompu.`,
  summaryAgreements: (n, places, years) =>
    `${num(n)} ${plural('fr', n, 'entente', 'ententes')} entre ${places}${years ? `, signées de ${years}` : ''}.`,
  summaryPlaces: (n, country) => `${num(n)} ${plural('fr', n, 'lieu', 'lieux')} (${country})`,
  summaryMost: (region, n) => `La plupart en ${region} (${num(n)}).`,
  summaryUndated: (n) => `${num(n)} sans date.`,
  summaryOther: (n) => (n === 1 ? 'Plus 1 échange sans entente officielle connue.' : `Plus ${num(n)} échanges sans entente officielle connue.`),
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

export default fr;
