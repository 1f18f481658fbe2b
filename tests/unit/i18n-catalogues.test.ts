import { interpolate, resolveLang } from "../../src/i18n/i18n";
import { ar } from "../../src/i18n/locales/ar";
import { en } from "../../src/i18n/locales/en";
import { fa } from "../../src/i18n/locales/fa";
import { he } from "../../src/i18n/locales/he";
import { zh } from "../../src/i18n/locales/zh";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("translations", () => {
  for (const [lang, messages] of Object.entries({ zh, he, ar, fa })) {
    it(`${lang} has every English key, translated, with the same placeholders`, () => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
      for (const [key, english] of Object.entries(en)) {
        const text = messages[key as keyof typeof en];
        expect(text.trim(), key).not.toBe("");
        expect(placeholders(text), key).toEqual(placeholders(english));
      }
    });
  }

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
