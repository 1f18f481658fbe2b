import "../lib/zod-without-eval";
import { z } from "zod";
import { CATEGORIES, ID_PATTERN, LANGS } from "./vocabulary";

/** The shared lists as schemas, for the data files and the view codec alike. */
export const LangSchema = z.enum(LANGS);
export const CategorySchema = z.enum(CATEGORIES);
export const IdSchema = z.string().regex(ID_PATTERN, "must be a kebab-case id");
