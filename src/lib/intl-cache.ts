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

const cache = new Map<string, LocaleFormats>();

/** An object whose formatters are each built on first read, then kept. */
function lazyFormats(lang: string): LocaleFormats {
  const built: Partial<Record<keyof LocaleFormats, Intl.NumberFormat | Intl.DateTimeFormat>> = {};
  const formats = {} as LocaleFormats;
  for (const key of Object.keys(makers) as (keyof LocaleFormats)[]) {
    Object.defineProperty(formats, key, { get: () => (built[key] ??= makers[key](lang)) });
  }
  return formats;
}

export function localeFormats(lang: string): LocaleFormats {
  let formats = cache.get(lang);
  if (!formats) {
    formats = lazyFormats(lang);
    cache.set(lang, formats);
  }
  return formats;
}
