import type { EnergyFeature, Place } from "@/data/map-schemas";
import type { Milestone, Story } from "@/data/schemas";
import type { TradeArmsFile } from "@/data/trade-arms-schemas";
import { readData } from "../../../tests/integration/render-app";
import { chartMarksInRange, planSlide } from "./slide-plan";

const { stories } = readData<{ stories: Story[] }>("stories.json");
const data = {
  tradeArms: readData<TradeArmsFile>("trade-arms.json"),
  features: readData<{ features: EnergyFeature[] }>("energy.json").features,
  places: readData<{ places: Place[] }>("places.json").places,
  milestones: readData<{ milestones: Milestone[] }>("milestones.json").milestones,
};
const steps = stories.flatMap((story) => story.steps.map((step, i) => ({ story: story.id, n: i + 1, step })));

describe("a slide shows only what has something to show", () => {
  it.each(steps)("$story step $n: every part it shows has marks; its milestone is on it", ({ step }) => {
    const plan = planSlide(step.view, data, "en", (id) => id);
    expect(plan.chart || plan.map || plan.milestone).toBeTruthy();
    if (plan.chart) {
      const plots = chartMarksInRange(plan.chart.series, plan.range);
      expect(plots.arms || plots.money).toBe(true);
      expect(plots).toEqual({ arms: plan.chart.arms, money: plan.chart.money });
    }
    if (plan.map) expect(plan.map.frame.length).toBeGreaterThan(0);
    expect(plan.milestone?.id).toBe(step.view.m);
  });

  it("leaves the chart out of a diplomacy-only step and keeps the map only where there is a place to frame", () => {
    const first = planSlide({ from: 1991, to: 1992, cat: ["diplomacy"] }, data, "en", (id) => id);
    expect(first.chart).toBeNull();
    expect(first.map).toBeNull();
    const baku = planSlide({ from: 1991, to: 1997, cat: ["diplomacy"], f: "baku" }, data, "en", (id) => id);
    const place = data.places.find((p) => p.id === "baku")!;
    expect(baku.map?.frame).toContainEqual([place.coordinates[1], place.coordinates[0]]);
  });

  it("frames the step's pipeline on the map", () => {
    const plan = planSlide({ from: 2005, to: 2007, cat: ["energy"], f: "btc" }, data, "en", (id) => id);
    const btc = data.features.find((f) => f.id === "btc")!;
    for (const [lon, lat] of btc.coordinates) expect(plan.map?.frame).toContainEqual([lat, lon]);
  });
});
