import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { createContext, type ReactNode, useContext, useMemo } from "react";
import { LANGS, type Lang } from "@/data/vocabulary";
import { localeFormats } from "@/lib/intl-cache";
import { english } from "./catalogues";
import type { Catalogue, MessageKey, PluralKey } from "./locales/en";
import { type PluralMessage, selectPlural } from "./plural";

export const RTL_LANGS: readonly Lang[] = ["he", "ar", "fa"];
export const dirOf = (lang: Lang): "rtl" | "ltr" => (RTL_LANGS.includes(lang) ? "rtl" : "ltr");

/** Other languages are separate chunks, fetched only when chosen. */
const LOADERS: Record<Lang, () => Promise<Catalogue>> = {
  en: async () => english,
  zh: async () => (await import("./languages/zh")).zh,
  he: async () => (await import("./languages/he")).he,
  ar: async () => (await import("./languages/ar")).ar,
  fa: async () => (await import("./languages/fa")).fa,
};

export const messagesQuery = (lang: Lang) =>
  queryOptions({
    queryKey: ["messages", lang] as const,
    queryFn: () => LOADERS[lang](),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** The URL's language, else the browser's first supported language, else English. */
export function resolveLang(
  urlLang: Lang | null,
  browser: readonly string[] = navigator.languages ?? [],
): Lang {
  if (urlLang) return urlLang;
  for (const tag of browser) {
    const base = tag.toLowerCase().split("-")[0];
    if (base === "iw") return "he";
    if ((LANGS as readonly string[]).includes(base ?? "")) return base as Lang;
  }
  return "en";
}

export function interpolate(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

type Vars = Record<string, string | number>;

/** A message that depends on a number takes that number, unformatted, as `count`: it picks the form and is written in the language's digits. */
export type Translate = <K extends MessageKey>(
  key: K,
  ...vars: K extends PluralKey ? [vars: Vars & { count: number }] : [vars?: Vars]
) => string;

function render(message: string | PluralMessage, lang: Lang, vars?: Vars): string {
  if (typeof message === "string") return interpolate(message, vars);
  const count = vars?.count;
  if (typeof count !== "number") throw new Error("A plural message needs a numeric count");
  const chosen = selectPlural(message, count, lang);
  return interpolate(chosen.form, { ...vars, count: chosen.count });
}

export function translator(messages: Catalogue, lang: Lang): Translate {
  return ((key: MessageKey, vars?: Vars) => {
    const message = messages[key];
    if (message === undefined) {
      if (import.meta.env.DEV) throw new Error(`Missing message "${key}"`);
      return render(english[key], "en", vars);
    }
    return render(message, lang, vars);
  }) as Translate;
}

const formatters = new Map<
  Lang,
  { formatNumber: (n: number) => string; formatYear: (y: number) => string }
>();

/** Stable per language, so that components can memoise on them. */
function formattersFor(lang: Lang) {
  let found = formatters.get(lang);
  if (!found) {
    const formats = localeFormats(lang);
    found = {
      formatNumber: (n: number) => formats.number.format(n),
      formatYear: (y: number) => formats.year.format(y),
    };
    formatters.set(lang, found);
  }
  return found;
}

export interface I18n {
  lang: Lang;
  dir: "rtl" | "ltr";
  t: Translate;
  formatNumber: (n: number) => string;
  formatYear: (y: number) => string;
}

const i18nFor = (lang: Lang, messages: Catalogue): I18n => ({
  lang,
  dir: dirOf(lang),
  t: translator(messages, lang),
  ...formattersFor(lang),
});

/** Made once at the top of the tree; without a provider (a component rendered alone), English. */
const I18nContext = createContext<I18n>(i18nFor("en", english));

/**
 * Gives every component below the language the app asks for (the URL's `lang`; null lets the
 * browser decide) and its catalogue, loaded once here rather than by a query in each component.
 */
export function I18nProvider({ lang: requested, children }: { lang: Lang | null; children: ReactNode }) {
  const lang = resolveLang(requested);
  const { data } = useQuery({ ...messagesQuery(lang), placeholderData: keepPreviousData });
  const messages = data ?? english;
  const value = useMemo(() => i18nFor(lang, messages), [lang, messages]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

export const useI18n = (): I18n => useContext(I18nContext);
export const useLang = (): Lang => useContext(I18nContext).lang;
