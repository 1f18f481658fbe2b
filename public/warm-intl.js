// Started by the page's first inline script (scripts/view-preload-script.ts), before any module
// loads. The first Intl formatter a page builds loads the browser's locale data (ICU): 70-100 ms
// of the main thread in Chromium on our machines, four times that on a phone, in the middle of the
// first render. That data is shared by every thread of the page's process, so this throwaway
// worker builds the first formatters while the page downloads its code and data; the page's own
// then cost a few milliseconds. Where workers are missing or refused, nothing changes.
var lang = self.name || undefined;
new Intl.NumberFormat(lang).format(1);
new Intl.DateTimeFormat(lang && lang + "-u-ca-gregory", { dateStyle: "long", timeZone: "UTC" }).format(0);
new Intl.PluralRules(lang).select(1);
self.close();
