import { DatasetError } from "./dataset-error";
import { DETAILS_FILE } from "./dataset-files";
import type { MilestoneDetailsFile, MilestoneIndexFile } from "./milestone-split";
import type { Milestone } from "./schemas";

const joined = new WeakMap<MilestoneIndexFile, WeakMap<MilestoneDetailsFile, Milestone[]>>();

/**
 * The full records again, in the index's order; one array per pair of files, so that every reader
 * shares it (and the filters' index built on it). The data build writes both files from one source,
 * so a missing record means files from two different builds.
 */
export function joinMilestones(index: MilestoneIndexFile, details: MilestoneDetailsFile): Milestone[] {
  let byDetails = joined.get(index);
  if (!byDetails) {
    byDetails = new WeakMap();
    joined.set(index, byDetails);
  }
  const cached = byDetails.get(details);
  if (cached) return cached;
  const detailsById = new Map(details.details.map((d) => [d.id, d]));
  const milestones = index.milestones.map((entry): Milestone => {
    const more = detailsById.get(entry.id);
    if (!more) throw new DatasetError(DETAILS_FILE, "invalid", "details", `nothing for ${entry.id}`);
    return { ...entry, summary: more.summary, sources: more.sources };
  });
  byDetails.set(details, milestones);
  return milestones;
}
