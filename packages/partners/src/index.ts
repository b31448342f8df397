/** Public names of @twinning/partners, decided here and nowhere else. Importing it registers the element. */
export { TwinningPartners } from './twinning-partners.ts';
export { LOCATOR_MODES, type LocatorMode } from './twinning-partners.element.ts';
export { partnersModel, type PartnersModel, type PartnersModelOptions } from './partners-model.ts';
export { locatorScene, LOCATOR_WIDTH, LOCATOR_HEIGHT, type LocatorScene } from './locator.ts';
