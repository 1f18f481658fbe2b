import { describe, expect, it } from "vitest";
import type { Citation, SourceDoc } from "@/data/schemas";
import { milestone, place, text } from "../../../tests/fixtures/model";
import { citationModels, linkedPlaces, partitionDisputes } from "./milestone-detail-model";

const hebrewDoc: SourceDoc = {
  id: "he-wikipedia",
  file: "001_0123456789abcdef.txt",
  language: "he",
  title: "ויקיפדיה",
  titleTranslated: text("Hebrew Wikipedia"),
  publisher: "Wikipedia",
  kind: "encyclopedia",
  perspective: text("Israeli"),
};

const quote = (doc: string, translation: Citation["translation"]): Citation => ({
  doc,
  quote: "שגרירות",
  translation,
});

describe("the places a milestone links to the map", () => {
  it("keeps the milestone's order and leaves out places the map does not know", () => {
    const baku = place("baku");
    const telAviv = place("tel-aviv");
    const linked = linkedPlaces(milestone("m", { places: ["tel-aviv", "nowhere", "baku"] }), [baku, telAviv]);
    expect(linked).toEqual([telAviv, baku]);
  });
});

describe("a milestone's citations", () => {
  it("gives no translation to a reader of the document's own language", () => {
    const [model] = citationModels([quote("he-wikipedia", { en: "embassy" })], [hebrewDoc], "he");
    expect(model?.document).toBe(hebrewDoc);
    expect(model?.translation).toBeUndefined();
  });
  it("translates into the reader's language, else into English", () => {
    const citation = quote("he-wikipedia", { en: "embassy", zh: "大使馆" });
    expect(citationModels([citation], [hebrewDoc], "zh")[0]?.translation).toBe("大使馆");
    expect(citationModels([citation], [hebrewDoc], "fa")[0]?.translation).toBe("embassy");
  });
  it("still lists a citation whose document is unknown", () => {
    const [model] = citationModels([quote("lost", { en: "embassy" })], [hebrewDoc], "en");
    expect(model).toMatchObject({ key: "lost-שגרירות", document: undefined, translation: "embassy" });
  });
});

describe("the disputes view's lists", () => {
  it("puts disputed records first and caveated ones apart, each once", () => {
    const disputed = milestone("disputed", { disputed: text("dates differ"), caveat: text("unsure") });
    const doubtful = milestone("doubtful", { caveat: text("unsure") });
    const plain = milestone("plain");
    expect(partitionDisputes([plain, doubtful, disputed])).toEqual({
      disputed: [disputed],
      doubtful: [doubtful],
    });
  });
});
