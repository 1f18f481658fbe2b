import "../lib/zod-config";
import * as z from "zod/mini";
import { CATEGORIES, ID_PATTERN, LANGS } from "./vocabulary";

/** The shared lists as schemas, for the data files and the view codec alike. */
export const LangSchema = z.enum(LANGS);
export const CategorySchema = z.enum(CATEGORIES);
export const IdSchema = z.string().check(z.regex(ID_PATTERN, "must be a kebab-case id"));
