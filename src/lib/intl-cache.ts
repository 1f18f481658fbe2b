/** Intl formatters are costly to build and are asked for on every render: build each one once per language. */
export interface LocaleFormats {
  number: Intl.NumberFormat;
  year: Intl.NumberFormat;
  month: Intl.DateTimeFormat;
  day: Intl.DateTimeFormat;
}

const cache = new Map<string, LocaleFormats>();

export function localeFormats(lang: string): LocaleFormats {
  let formats = cache.get(lang);
  if (!formats) {
    // Dates stay on the Gregorian calendar: a month of the documents is not one month of another calendar.
    const gregorian = `${lang}-u-ca-gregory`;
    formats = {
      number: new Intl.NumberFormat(lang),
      year: new Intl.NumberFormat(lang, { useGrouping: false }),
      month: new Intl.DateTimeFormat(gregorian, { year: "numeric", month: "long", timeZone: "UTC" }),
      day: new Intl.DateTimeFormat(gregorian, { dateStyle: "long", timeZone: "UTC" }),
    };
    cache.set(lang, formats);
  }
  return formats;
}
