/**
 * The public names of @twinning/partners without registering `<twinning-partners>`: for apps
 * that define the tag themselves or only need the model and the locator geometry.
 * Keep in step with index.ts (test/consumer checks both export the same names).
 */
export { TwinningPartners, LOCATOR_MODES, type LocatorMode } from './twinning-partners.element.ts';
export { partnersModel, type PartnersModel, type PartnersModelOptions } from './partners-model.ts';
export { locatorScene, LOCATOR_WIDTH, LOCATOR_HEIGHT, type LocatorScene } from './locator.ts';
