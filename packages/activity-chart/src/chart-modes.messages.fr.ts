/** French UI text for `chart-modes.messages.ts`, a chunk loaded only where the page speaks French. */
import type { ChartModeMessages } from './chart-modes.messages.ts';

const fr: ChartModeMessages = {
  nLabel: (n) => `n = ${n}`,
  decadeRule: 'Chaque barre représente 100 % des étiquettes comptées dans la décennie ; n est le nombre d’activités.',
  undated: (n) => `${n} ${n === '1' ? 'activité sans date n’est pas' : 'activités sans date ne sont pas'} dans les barres.`,
  regionRule: 'Une activité figure sous la province ou la préfecture de chacun de ses lieux : une activité Canada–Japon compte dans les deux panneaux.',
  twinningRule: 'Un panneau par entente ; chaque activité figure dans un seul panneau.',
  unassigned: (n) => `${n} activités n’ont pu être placées dans aucun panneau.`,
  omittedFacets: (n, max) => `${n} autres panneaux (au plus ${max} activités chacun) ne sont pas dessinés (attribut max-facets).`,
  reference: 'Référence',
  noReference: 'Aucune référence : définissez la propriété reference pour comparer.',
  noFigureNote: 'réf. — : la référence ne donne aucun chiffre pour cette catégorie.',
  unverified: 'non vérifié',
  segmentName: (label, decade, count, share) => `${label}, ${decade} : ${count}, ${share} de la décennie`,
};

export default fr;
