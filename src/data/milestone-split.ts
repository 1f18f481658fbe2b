import * as z from "zod/mini";
import { CitationSchema, type Localized, type Milestone, MilestoneSchema } from "./schemas";

/**
 * milestones.json is split by the data build into what every view draws (the index: ids, dates,
 * categories, links, titles, flags) and what only an opened, searched, exported or presented
 * milestone needs (the details: summaries and citations with their translations), so that a view
 * downloads a sixth of the data before it can paint.
 */
export const MilestoneEntrySchema = z.extend(z.omit(MilestoneSchema, { summary: true, sources: true }), {
  /** The documents it cites, for the source filter; the quotes themselves are in the details. */
  sources: z.array(z.pick(CitationSchema, { doc: true })).check(z.minLength(1)),
});

/**
 * A milestone as the index gives it; a full Milestone is one too, so whatever reads the index
 * reads the joined records as well (the search then also finds words of the summary).
 */
export type MilestoneEntry = z.infer<typeof MilestoneEntrySchema> & { summary?: Localized };

export const MilestoneIndexFileSchema = z.object({
  milestones: z.array(MilestoneEntrySchema).check(z.minLength(1)),
});
export type MilestoneIndexFile = z.infer<typeof MilestoneIndexFileSchema>;

export const MilestoneDetailsSchema = z.pick(MilestoneSchema, { id: true, summary: true, sources: true });
export type MilestoneDetails = z.infer<typeof MilestoneDetailsSchema>;
export const MilestoneDetailsFileSchema = z.object({
  details: z.array(MilestoneDetailsSchema).check(z.minLength(1)),
});
export type MilestoneDetailsFile = z.infer<typeof MilestoneDetailsFileSchema>;

/** The two files the data build writes from milestones.json, in its order. */
export function splitMilestones(milestones: readonly Milestone[]): {
  index: MilestoneIndexFile;
  details: MilestoneDetailsFile;
} {
  return {
    index: {
      milestones: milestones.map(({ summary: _summary, sources, ...entry }) => ({
        ...entry,
        sources: sources.map(({ doc }) => ({ doc })),
      })),
    },
    details: { details: milestones.map(({ id, summary, sources }) => ({ id, summary, sources })) },
  };
}
