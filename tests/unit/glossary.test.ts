import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { LANGS, type Lang, type Milestone } from "@/data/schemas";
import { ar } from "@/i18n/locales/ar";
import { en, type Messages } from "@/i18n/locales/en";
import { fa } from "@/i18n/locales/fa";
import { he } from "@/i18n/locales/he";
import { zh } from "@/i18n/locales/zh";

const ROOT = resolve(import.meta.dirname, "../..");
const read = (path: string) => readFileSync(resolve(ROOT, path), "utf8");

interface GlossaryEntry {
  section: string;
  match: string;
  names: Record<Lang, string>;
  notToUse: [Lang, string][];
}

/** The rows of every table in docs/glossary.md: match | English | zh | he | ar | fa | not to use. */
function readGlossary(): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [];
  let section = "";
  for (const line of read("docs/glossary.md").split("\n")) {
    if (line.startsWith("## ")) section = line.slice(3);
    if (!line.startsWith("| ") || line.startsWith("| match") || line.startsWith("|---")) continue;
    const [match = "", english = "", zhName = "", heName = "", arName = "", faName = "", avoid = ""] = line
      .slice(1, -1)
      .split("|")
      .map((cell) => cell.trim());
    const notToUse = avoid
      .split(";")
      .map((part) => part.trim())
      .filter(Boolean)
      .flatMap((part) => {
        const [lang, spellings = ""] = part.split(":");
        return spellings.split(",").map((s): [Lang, string] => [lang?.trim() as Lang, s.trim()]);
      });
    const names = { en: english, zh: zhName, he: heName, ar: arName, fa: faName };
    entries.push({ section, match, names, notToUse });
  }
  return entries;
}

const { milestones } = JSON.parse(read("data/milestones.json")) as { milestones: Milestone[] };
const stories = JSON.parse(read("data/stories.json")) as {
  stories: { title: Record<Lang, string>; steps: { caption: Record<Lang, string> }[] }[];
};
const catalogues: Record<Lang, Messages> = { en, zh, he, ar, fa };
const named = (file: string, key: "places" | "features") =>
  (JSON.parse(read(file)) as Record<string, { name: Record<Lang, string> }[]>)[key] ?? [];
const mapNames = [...named("data/places.json", "places"), ...named("data/energy.json", "features")];

/** Every string the project wrote in one language (quotes keep their document's spelling). */
function projectStrings(lang: Lang): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const m of milestones) {
    for (const field of ["title", "summary", "disputed", "caveat"] as const) {
      const text = m[field]?.[lang];
      if (text) out.push({ where: `${m.id} ${field}`, text });
    }
    m.sources.forEach((c, i) => {
      const translation = c.translation[lang];
      if (translation) out.push({ where: `${m.id} source ${i} translation`, text: translation });
      if (c.claim) out.push({ where: `${m.id} source ${i} claim`, text: c.claim[lang] });
    });
  }
  for (const story of stories.stories) {
    out.push({ where: "story title", text: story.title[lang] });
    for (const step of story.steps) out.push({ where: "story caption", text: step.caption[lang] });
  }
  for (const [key, message] of Object.entries(catalogues[lang])) {
    const forms: [string, string][] = typeof message === "string" ? [["", message]] : Object.entries(message);
    for (const [form, text] of forms) out.push({ where: `catalogue ${key}${form && ` (${form})`}`, text });
  }
  return out;
}

const glossary = readGlossary();

/** A text may call a person by surname alone ("President Aliyev"); bodies and places go by their whole name. */
const mention = (entry: GlossaryEntry, lang: Lang) =>
  entry.section === "People" ? (entry.names[lang].split(/[·\s]/).at(-1) ?? "") : entry.names[lang];

describe("the glossary (docs/glossary.md)", () => {
  it("has names in all five languages", () => {
    expect(glossary.length).toBeGreaterThan(30);
    for (const entry of glossary)
      for (const lang of LANGS) expect(entry.names[lang], entry.match).not.toBe("");
  });

  it.each(LANGS.filter((l) => l !== "en"))("spells every name one way in %s", (lang) => {
    const strings = projectStrings(lang);
    const wrong = glossary.flatMap((entry) =>
      entry.notToUse
        .filter(([l]) => l === lang)
        .flatMap(([, spelling]) =>
          strings.filter((s) => s.text.includes(spelling)).map((s) => `${spelling} in ${s.where}`),
        ),
    );
    expect(wrong).toEqual([]);
  });

  it.each(LANGS.filter((l) => l !== "en"))(
    "names in %s whoever and whatever a record names in English",
    (lang) => {
      const missing: string[] = [];
      for (const m of milestones) {
        const english = `${m.title.en} ${m.summary.en}`;
        const translated = `${m.title[lang]} ${m.summary[lang]}`;
        for (const entry of glossary) {
          if (english.includes(entry.match) && !translated.includes(mention(entry, lang)))
            missing.push(`${m.id}: ${entry.names[lang]} (${entry.match})`);
        }
      }
      expect(missing).toEqual([]);
    },
  );

  it("agrees with the map's place and pipeline names", () => {
    const disagree = glossary
      .filter((entry) => entry.section === "Places" || entry.section === "Pipelines")
      .flatMap((entry) =>
        mapNames
          .filter((feature) => feature.name.en.includes(entry.match))
          .flatMap((feature) =>
            LANGS.filter((lang) => lang !== "en" && !feature.name[lang].includes(entry.names[lang])).map(
              (lang) => `${feature.name.en} (${lang}): ${feature.name[lang]} lacks ${entry.names[lang]}`,
            ),
          ),
      );
    expect(disagree).toEqual([]);
  });
});
