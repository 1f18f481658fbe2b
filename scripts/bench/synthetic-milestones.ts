import type { Category, Milestone, MilestoneDate } from "../../src/data/schemas";
import { CATEGORIES } from "../../src/data/schemas";

/** mulberry32: a tiny seeded generator, so every run benchmarks the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Vocabulary {
  templates: readonly Milestone[];
  placeIds: readonly string[];
  featureIds: readonly string[];
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Benchmark-only milestones in the real schema: texts and citations are borrowed from the real
 * milestones, dates, categories, places and features are drawn at random. Never shown as facts.
 */
export function syntheticMilestones(size: number, vocabulary: Vocabulary, seed = 20061): Milestone[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const some = (items: readonly string[], max: number) => {
    const chosen = new Set<string>();
    const count = Math.floor(random() * (max + 1));
    for (let i = 0; i < count && items.length; i++) chosen.add(pick(items));
    return [...chosen];
  };
  const undated = vocabulary.templates.find((m) => m.date.precision === "undated")?.date;
  const milestones: Milestone[] = [];
  for (let i = 0; i < size; i++) {
    const template = pick(vocabulary.templates);
    const year = 1991 + Math.floor(random() * 35);
    const roll = random();
    const date: MilestoneDate =
      roll < 0.04 && undated
        ? undated
        : roll < 0.4
          ? { start: String(year), precision: "year" }
          : roll < 0.7
            ? { start: `${year}-${pad(1 + Math.floor(random() * 12))}`, precision: "month" }
            : {
                start: `${year}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`,
                precision: "day",
              };
    milestones.push({
      ...template,
      id: `${template.id}-synthetic-${i}`,
      date,
      category: pick(CATEGORIES) as Category,
      places: some(vocabulary.placeIds, 2),
      features: some(vocabulary.featureIds, 1),
      importance: pick([1, 2, 3] as const),
    });
  }
  return milestones;
}
