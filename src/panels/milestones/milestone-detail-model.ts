import type { Place } from "@/data/map-schemas";
import type { MilestoneEntry } from "@/data/milestone-split";
import type { Citation, Lang, SourceDoc } from "@/data/schemas";

/** The places a milestone names that the map knows, in the milestone's order. */
export function linkedPlaces(milestone: MilestoneEntry, places: readonly Place[]): Place[] {
  return milestone.places
    .map((id) => places.find((p) => p.id === id))
    .filter((p): p is Place => p !== undefined);
}

export interface CitationModel {
  key: string;
  citation: Citation;
  document: SourceDoc | undefined;
  /** Beside the quote when the document is not in the reader's language: theirs, else English. */
  translation: string | undefined;
}

export function citationModels(
  citations: readonly Citation[],
  documents: readonly SourceDoc[],
  lang: Lang,
): CitationModel[] {
  return citations.map((citation) => {
    const document = documents.find((d) => d.id === citation.doc);
    const translation =
      document?.language === lang ? undefined : (citation.translation[lang] ?? citation.translation.en);
    return { key: `${citation.doc}-${citation.quote}`, citation, document, translation };
  });
}

/** The disputes view's two lists: records the documents disagree on, and those only doubted. */
export function partitionDisputes<M extends Pick<MilestoneEntry, "disputed" | "caveat">>(
  milestones: readonly M[],
): { disputed: M[]; doubtful: M[] } {
  return {
    disputed: milestones.filter((m) => m.disputed),
    doubtful: milestones.filter((m) => m.caveat && !m.disputed),
  };
}
