import type { PluralMessage } from "./plural";

/** A panel's own strings in one language: each a text, or the plural forms of one. */
export type PanelCatalogue = Readonly<Record<string, string | PluralMessage>>;

/**
 * Each panel's English catalogue, by panel: a panel registers its own here from its folder
 * (`src/panels/<folder>/locales/en.ts`, with `declare module "@/i18n/panel-messages"`), so its
 * keys are message keys like the shared catalogue's, and every other language must give them all.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by each panel's declaration merging
export interface PanelCatalogues {}

/** A panel's catalogue in another language: every key of its English one, in the same shape. */
export type Translation<English extends PanelCatalogue> = {
  [K in keyof English]: English[K] extends string ? string : PluralMessage;
};

type Intersection<U> = (U extends unknown ? (whole: U) => void : never) extends (whole: infer I) => void
  ? I
  : never;

/** Every panel's English strings together (nothing while no panel has strings of its own). */
export type PanelEnglish = Intersection<PanelCatalogues[keyof PanelCatalogues]>;
