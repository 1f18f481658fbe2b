import type { Lang } from "../data/schemas";
import { localeFormats } from "../lib/intl-cache";

/**
 * A message that depends on a number: one form for each CLDR plural category its language uses
 * (Arabic six, Hebrew one/two/other, Persian one/other, Chinese only other); `other` always.
 */
export type PluralMessage = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

const rules = new Map<Lang, Intl.PluralRules>();

function pluralRules(lang: Lang): Intl.PluralRules {
  let found = rules.get(lang);
  if (!found) {
    found = new Intl.PluralRules(lang);
    rules.set(lang, found);
  }
  return found;
}

/** The form of `message` that the language's grammar asks for with `count`, the number written as the language writes it. */
export function selectPlural(
  message: PluralMessage,
  count: number,
  lang: Lang,
): { form: string; count: string } {
  return {
    form: message[pluralRules(lang).select(count)] ?? message.other,
    count: localeFormats(lang).number.format(count),
  };
}
