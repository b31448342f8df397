/** French UI text for `export-messages.ts`, a chunk loaded only where the page speaks French. */
import type { ExportMessages } from './export-messages.ts';

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

export default fr;
