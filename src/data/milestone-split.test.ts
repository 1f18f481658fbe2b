import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { DatasetError } from "./dataset-error";
import { joinMilestones } from "./join-milestones";
import { splitMilestones } from "./milestone-split";
import type { Milestone } from "./schemas";

const read = <T>(file: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, "../../data", file), "utf8")) as T;
const { milestones } = read<{ milestones: Milestone[] }>("milestones.json");

describe("the milestones split into an index and details", () => {
  it("joins back into every record of milestones.json, in its order", () => {
    const { index, details } = splitMilestones(milestones);
    expect(joinMilestones(index, details)).toEqual(milestones);
  });

  it("keeps summaries and quotes out of the index, and each milestone's documents in it", () => {
    const { index } = splitMilestones(milestones);
    const text = JSON.stringify(index);
    const first = milestones[0]!;
    expect(text).not.toContain(first.summary.en);
    expect(text).not.toContain(first.sources[0]!.quote);
    expect(index.milestones[0]!.sources).toEqual(first.sources.map(({ doc }) => ({ doc })));
    expect(index.milestones[0]!.title).toEqual(first.title);
  });

  it("is what the committed files hold", () => {
    const { index, details } = splitMilestones(milestones);
    expect(read("milestones-index.json")).toEqual(index);
    expect(read("milestone-details.json")).toEqual(details);
  });

  it("names the details file when it lacks a milestone of the index", () => {
    const { index, details } = splitMilestones(milestones);
    const fewer = { details: details.details.slice(1) };
    expect(() => joinMilestones(index, fewer)).toThrow(DatasetError);
    expect(() => joinMilestones(index, fewer)).toThrow(/milestone-details\.json/);
  });

  it("gives every reader the same joined array", () => {
    const { index, details } = splitMilestones(milestones);
    expect(joinMilestones(index, details)).toBe(joinMilestones(index, details));
  });
});
