import type { DatasetData } from "./datasets";

export interface AllDatasets {
  sources: DatasetData<"sources">;
  milestones: DatasetData<"milestones">;
  places: DatasetData<"places">;
  energy: DatasetData<"energy">;
  tradeArms: DatasetData<"tradeArms">;
  stories: DatasetData<"stories">;
}

function duplicates(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}

/** Every id one file uses that another file must define; returns one line per problem. */
export function checkCrossReferences(d: AllDatasets): string[] {
  const problems: string[] = [];
  const docs = new Set(d.sources.documents.map((x) => x.id));
  const credits = new Set(d.sources.credits.map((x) => x.id));
  const places = new Set(d.places.places.map((x) => x.id));
  const features = new Set(d.energy.features.map((x) => x.id));
  const milestones = new Set(d.milestones.milestones.map((x) => x.id));
  const need = (set: Set<string>, id: string, what: string, where: string) => {
    if (!set.has(id)) problems.push(`${where}: unknown ${what} "${id}"`);
  };

  for (const [name, ids] of [
    ["milestone", d.milestones.milestones.map((x) => x.id)],
    ["place", d.places.places.map((x) => x.id)],
    ["feature", d.energy.features.map((x) => x.id)],
    ["story", d.stories.stories.map((x) => x.id)],
  ] as const) {
    for (const id of duplicates(ids)) problems.push(`duplicate ${name} id "${id}"`);
  }
  for (const id of places) if (features.has(id)) problems.push(`"${id}" is both a place and a feature`);

  const citations: [string, { doc: string }][] = [];
  for (const m of d.milestones.milestones) {
    for (const id of m.places) need(places, id, "place", `milestones.json ${m.id}`);
    for (const id of m.features) need(features, id, "feature", `milestones.json ${m.id}`);
    for (const c of m.sources) citations.push([`milestones.json ${m.id}`, c]);
    if (m.date.precision === "undated") {
      for (const { doc, date } of m.date.asOf) {
        const where = `milestones.json ${m.id} date.asOf`;
        if (!m.sources.some((c) => c.doc === doc))
          problems.push(`${where}: "${doc}" is not one of its sources`);
        const stated = d.sources.documents.find((x) => x.id === doc)?.date;
        if (stated !== date) problems.push(`${where}: "${doc}" is dated ${stated ?? "nothing"}, not ${date}`);
      }
    }
  }
  for (const f of d.energy.features) {
    for (const id of f.places) need(places, id, "place", `energy.json ${f.id}`);
    need(credits, f.credit, "credit", `energy.json ${f.id}`);
    for (const q of [f.lengthKm, f.capacity])
      for (const c of q?.sources ?? []) citations.push([`energy.json ${f.id}`, c]);
  }
  const t = d.tradeArms;
  need(credits, t.arms.credit, "credit", "trade-arms.json arms");
  for (const fig of [...t.trade, ...t.oilShare])
    for (const c of fig.sources) citations.push([`trade-arms.json ${fig.id}`, c]);
  for (const w of t.arms.windows)
    for (const c of w.sources) citations.push([`trade-arms.json window ${w.from}-${w.to}`, c]);
  for (const deal of [...t.arms.deals, ...t.reportedDeals]) {
    if (deal.milestone) need(milestones, deal.milestone, "milestone", `trade-arms.json ${deal.id}`);
  }
  for (const deal of t.reportedDeals)
    for (const c of deal.sources) citations.push([`trade-arms.json ${deal.id}`, c]);
  for (const [where, c] of citations) need(docs, c.doc, "source document", where);

  for (const story of d.stories.stories) {
    story.steps.forEach((step, i) => {
      const where = `stories.json ${story.id} step ${i + 1}`;
      if (step.view.m) need(milestones, step.view.m, "milestone", where);
      if (step.view.f && !features.has(step.view.f)) need(places, step.view.f, "place or feature", where);
      for (const id of step.view.src ?? []) need(docs, id, "source document", where);
    });
  }
  return problems;
}
