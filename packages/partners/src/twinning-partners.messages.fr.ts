/** French UI text for `twinning-partners.messages.ts`, a chunk loaded only where the page speaks French. */
import { plural, type PartnersMessages } from './twinning-partners.messages.ts';

const fr: PartnersMessages = {
  chartLabel: (home) => `Partenaires de ${home}`,
  summary: (home, n, count, countries, countryCount, firstYear) =>
    `${home} compte ${count} ${plural('fr', n, 'partenaire', 'partenaires')} dans ${countryCount} ${plural('fr', countries, 'pays', 'pays')}` +
    `${firstYear ? ` ; la première entente date de ${firstYear}` : ''}.`,
  summaryAnniversary: (anniversary, partner) => `À venir : ${anniversary}, avec ${partner}.`,
  noPlace: 'Donnez à l’attribut place l’identifiant d’un lieu pour afficher ses partenaires.',
  unknownPlace: (id) => `Aucun lieu n’a l’identifiant « ${id} » dans ce jeu de données.`,
  noPartners: (home) => `${home} n’a aucun partenaire dans ce jeu de données.`,
  partnersNoun: (n) => plural('fr', n, 'partenaire', 'partenaires'),
  unknownPartner: (partner, twinning) => `${partner} (entente ${twinning}) : absent des lieux du jeu de données`,
  latest: 'Activités récentes',
  shownOf: (shown, total) => `${shown} activités affichées sur ${total} recensées.`,
  noActivities: 'Aucune activité recensée.',
  planned: 'à venir',
  sources: 'Sources :',
  signedOn: (date) => `signature : ${date}`,
  missingSource: 'absente du jeu de données',
  email: (address) => `Courriel : ${address}`,
  selected: 'Sélectionné',
  locator: (home, partner) => `Carte : ${home} et ${partner}`,
  noLocator: 'Pas de carte : coordonnées manquantes.',
  partnerWebsite: 'Site web',
  columns: {
    partner: 'Partenaire', ownName: 'Nom dans sa langue', country: 'Pays', region: 'Région',
    type: 'Type', status: 'Statut', signed: 'Signature', years: 'Années', anniversary: 'Prochain anniversaire rond',
    activities: 'Activités',
  },
  tableCaption: (home) => `Partenaires de ${home}`,
};

export default fr;
