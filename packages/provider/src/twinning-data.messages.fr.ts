/** French UI text for `twinning-data.messages.ts`, a chunk loaded only where the page speaks French. */
import type { ProviderMessages } from './twinning-data.messages.ts';

const fr: ProviderMessages = {
  selected: (names) => `Sélection : ${names}`,
  selectionCleared: 'Sélection effacée',
  range: (from, to) => `Affichage de ${from} à ${to}`,
  rangeFrom: (from) => `Affichage depuis ${from}`,
  rangeUntil: (to) => `Affichage jusqu'à ${to}`,
  rangeCleared: 'Toutes les années affichées',
  categories: (list) => `Catégories : ${list}`,
  categoriesCleared: 'Toutes les catégories affichées',
  status: (list) => `Statut : ${list}`,
  statusCleared: 'Tous les statuts affichés',
  type: (list) => `Type : ${list}`,
  typeCleared: 'Tous les types affichés',
  noCategories: 'aucune catégorie',
  errorTitle: 'Les données n’ont pas pu être chargées.',
};

export default fr;
