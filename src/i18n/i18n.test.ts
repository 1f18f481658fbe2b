import type { Lang } from "@/data/schemas";
import { english as en } from "./catalogues";
import { interpolate, resolveLang, translator } from "./i18n";
import { ar } from "./languages/ar";
import { fa } from "./languages/fa";
import { he } from "./languages/he";
import { zh } from "./languages/zh";
import type { Catalogue } from "./locales/en";
import { en as sharedEnglish } from "./locales/en";
import type { PanelCatalogue } from "./panel-messages";

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
/** Every placeholder any form of a message uses: a form may spell its number out ("one record"). */
const allPlaceholders = (message: Catalogue[keyof Catalogue]) =>
  [
    ...new Set((typeof message === "string" ? [message] : Object.values(message)).flatMap(placeholders)),
  ].sort();

/** Each language whole: the shared catalogue and every panel's own strings. */
const catalogues: Record<Lang, Catalogue> = { en, zh, he, ar, fa };
const panelEnglish = import.meta.glob<PanelCatalogue>("../panels/*/locales/en.ts", {
  eager: true,
  import: "en",
});

describe("translations", () => {
  for (const [lang, messages] of Object.entries(catalogues)) {
    it(`${lang} has every English key, translated, with the same placeholders`, () => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
      for (const [key, english] of Object.entries(en)) {
        const message = messages[key as keyof Catalogue];
        expect(typeof message, key).toBe(typeof english);
        for (const text of typeof message === "string" ? [message] : Object.values(message)) {
          expect(text.trim(), key).not.toBe("");
        }
        expect(allPlaceholders(message), key).toEqual(allPlaceholders(english));
      }
    });

    it(`${lang} gives each count message exactly the plural forms its grammar has`, () => {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const [key, message] of Object.entries(messages)) {
        if (typeof message === "string") continue;
        expect(Object.keys(message).sort(), key).toEqual([...categories].sort());
      }
    });
  }

  it("gives each panel's own strings keys that no other catalogue uses", () => {
    const seen = new Set(Object.keys(sharedEnglish));
    for (const [file, panel] of Object.entries(panelEnglish)) {
      for (const key of Object.keys(panel)) {
        expect(seen.has(key), `${file}: ${key}`).toBe(false);
        seen.add(key);
      }
    }
    expect([...seen].sort()).toEqual(Object.keys(en).sort());
  });

  it("follows the URL, then the browser, then English", () => {
    expect(resolveLang("fa", ["he-IL"])).toBe("fa");
    expect(resolveLang(null, ["de-DE", "he-IL"])).toBe("he");
    expect(resolveLang(null, ["iw"])).toBe("he");
    expect(resolveLang(null, ["de-DE"])).toBe("en");
  });

  it("fills placeholders", () => {
    expect(interpolate("{count} of {total}", { count: 3, total: 9 })).toBe("3 of 9");
  });
});

describe("counts", () => {
  const records = (lang: Lang, count: number) =>
    translator(catalogues[lang], lang)("milestones.disputesHeading", { count });

  it("says one record and many records in English", () => {
    expect(records("en", 1)).toBe("Where the documents disagree: 1 record");
    expect(records("en", 0)).toBe("Where the documents disagree: 0 records");
    expect(records("en", 1200)).toBe("Where the documents disagree: 1,200 records");
  });

  it("picks Arabic's six forms: zero, one, two, 3–10, 11–99 and 100", () => {
    const digits = new Intl.NumberFormat("ar");
    const heading = "حيث تختلف الوثائق: ";
    expect(records("ar", 0)).toBe(`${heading}لا سجلات`);
    expect(records("ar", 1)).toBe(`${heading}سجل واحد`);
    expect(records("ar", 2)).toBe(`${heading}سجلان`);
    expect(records("ar", 3)).toBe(`${heading}${digits.format(3)} سجلات`);
    expect(records("ar", 11)).toBe(`${heading}${digits.format(11)} سجلًا`);
    expect(records("ar", 100)).toBe(`${heading}${digits.format(100)} سجل`);
  });

  it("picks Hebrew's one, two and other", () => {
    const t = translator(he, "he");
    expect(t("present.moreSources", { count: 1 })).toBe("עוד מקור אחד בלוח המחוונים");
    expect(t("present.moreSources", { count: 2 })).toBe("עוד שני מקורות בלוח המחוונים");
    expect(t("present.moreSources", { count: 3 })).toBe("עוד 3 מקורות בלוח המחוונים");
  });

  it("has one form in Chinese and keeps the noun singular after a number in Persian", () => {
    expect(translator(zh, "zh")("deck.imported", { count: 1 })).toBe("已打开故事：1 步。");
    expect(translator(zh, "zh")("deck.imported", { count: 5 })).toBe("已打开故事：5 步。");
    const persian = new Intl.NumberFormat("fa");
    expect(translator(fa, "fa")("deck.imported", { count: 5 })).toBe(
      `روایت باز شد: ${persian.format(5)} گام.`,
    );
  });

  it("chooses the noun by the total in “shown of total”", () => {
    const t = translator(en, "en");
    expect(t("milestones.count", { shown: "1", count: 1 })).toBe("1 of 1 milestone");
    expect(t("milestones.count", { shown: "14", count: 118 })).toBe("14 of 118 milestones");
  });
});
