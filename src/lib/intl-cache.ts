/** Intl formatters are costly to build and are asked for on every render: build each one once per language, on first use. */
export interface LocaleFormats {
  number: Intl.NumberFormat;
  year: Intl.NumberFormat;
  month: Intl.DateTimeFormat;
  day: Intl.DateTimeFormat;
}

type Makers = { [K in keyof LocaleFormats]: (lang: string) => LocaleFormats[K] };

// Dates stay on the Gregorian calendar: a month of the documents is not one month of another calendar.
const makers: Makers = {
  number: (lang) => new Intl.NumberFormat(lang),
  year: (lang) => new Intl.NumberFormat(lang, { useGrouping: false }),
  month: (lang) =>
    new Intl.DateTimeFormat(`${lang}-u-ca-gregory`, { year: "numeric", month: "long", timeZone: "UTC" }),
  day: (lang) => new Intl.DateTimeFormat(`${lang}-u-ca-gregory`, { dateStyle: "long", timeZone: "UTC" }),
};

const cache = new Map<string, Partial<LocaleFormats>>();

export function localeFormats(lang: string): LocaleFormats {
  const formats = cache.get(lang) ?? {};
  cache.set(lang, formats);
  const lazy = <K extends keyof LocaleFormats>(key: K): LocaleFormats[K] => {
    formats[key] ??= makers[key](lang);
    return formats[key] as LocaleFormats[K];
  };
  return {
    get number() {
      return lazy("number");
    },
    get year() {
      return lazy("year");
    },
    get month() {
      return lazy("month");
    },
    get day() {
      return lazy("day");
    },
  };
}
