/**
 * The closed lists the schemas and the UI share. Kept apart from the zod schemas so that a language
 * menu or a category chip does not pull zod into the first chunk: only code that parses needs it.
 */
export const LANGS = ["en", "zh", "he", "ar", "fa"] as const;
export type Lang = (typeof LANGS)[number];

export const CATEGORIES = ["diplomacy", "trade", "arms", "energy", "security", "society"] as const;
export type Category = (typeof CATEGORIES)[number];

/** What an oil-share figure is a share of: the documents' "40%" figures measure different things. */
export const OIL_MEASURES = ["israel-oil", "israel-gasoline", "azerbaijan-exports", "btc-route"] as const;

/** Every id in the data and in links: kebab-case. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
