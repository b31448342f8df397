/** French UI text for `twinning-map.messages.ts`, a chunk loaded only where the page speaks French. */
import { formatNumber } from '@twinning/core';
import type { MapMessages } from './twinning-map.messages.ts';

/** Counts in this language's digits and grouping ("5,000", "5 000", "5,000"). */
const num = (n: number) => formatNumber(n, 'fr');

const fr: MapMessages = {
  label: 'Carte des ententes de jumelage',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  zoomReset: 'Réinitialiser le zoom',
  colorBy: { type: "Type d'entente", status: 'Statut', decade: 'Décennie de signature' },
  dashed: 'tirets : terminée ou en sommeil',
  undated: 'sans date',
  since: 'depuis',
  partners: 'Partenaires',
  agreementCount: (n) => `${num(n)} ${n > 1 ? 'ententes' : 'entente'}`,
  placeLabel: (name, where, partners) => `${name}, ${where}. ${partners}`,
  partnerList: (items) => `Partenaires : ${items}.`,
  choosePartner: (n) => `${num(n)} partenaires : flèches pour choisir, Entrée pour confirmer, Échap pour revenir.`,
  selected: (what) => `Sélection : ${what}`,
  places: 'lieux',
  notDrawnReason: { 'invalid-coordinates': 'coordonnées non valides', 'no-panel': "son pays n'a pas de panneau", 'outside-view': 'hors de la vue', 'unknown-place': 'lieu inconnu', 'not-home': 'pas une entente du lieu affiché' },
  keyboardHelp: 'Flèches : changer de lieu ; Entrée : sélectionner ; Échap : effacer ; + et − : zoom.',
  basemapFailed: 'Les contours des pays n’ont pas pu être chargés ; les ententes sont affichées sans eux.',
};

export default fr;
