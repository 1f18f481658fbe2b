import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { PANELS } from "@/filters/view-state";
import { datasetsFor, PANEL_REGISTRY } from "./panel-registry";

const ROOT = resolve(import.meta.dirname, "../..");

describe("panel registry", () => {
  it.each(PANELS)("names the module the %s panel loads, and that module draws the panel", async (panel) => {
    const { source } = PANEL_REGISTRY[panel];
    expect(existsSync(resolve(ROOT, source))).toBe(true);
    const module = (await import(/* @vite-ignore */ resolve(ROOT, source))) as { default: unknown };
    expect(typeof module.default).toBe("function");
  });

  it("fetches for an embed only what its own panel reads", () => {
    expect(datasetsFor("milestones")).toEqual(["milestoneIndex", "sources", "places"]);
    expect(datasetsFor("energy")).not.toContain("tradeArms");
    expect(datasetsFor("trade")).not.toContain("energy");
  });

  it("fetches for the dashboard what any panel reads, each once", () => {
    const all = datasetsFor(null);
    expect(new Set(all).size).toBe(all.length);
    for (const panel of PANELS)
      for (const name of PANEL_REGISTRY[panel].datasets) expect(all).toContain(name);
  });
});
