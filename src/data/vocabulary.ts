import "../lib/zod-without-eval";
import { z } from "zod";

/** The words the data and the view share: languages, categories, ids. */
export const LANGS = ["en", "zh", "he", "ar", "fa"] as const;
export const LangSchema = z.enum(LANGS);
export type Lang = z.infer<typeof LangSchema>;

export const CATEGORIES = ["diplomacy", "trade", "arms", "energy", "security", "society"] as const;
export const CategorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof CategorySchema>;

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const IdSchema = z.string().regex(ID_PATTERN, "must be a kebab-case id");
