import { fireEvent, waitFor } from "@testing-library/react";
import type { Milestone } from "@/data/schemas";
import { syntheticMilestones } from "../../scripts/bench/synthetic-milestones";
import { readData, renderApp } from "./render-app";

const real = readData<{ milestones: Milestone[] }>("milestones.json").milestones;
const synthetic = (size: number) =>
  syntheticMilestones(size, {
    templates: real,
    placeIds: readData<{ places: { id: string }[] }>("places.json").places.map((p) => p.id),
    featureIds: readData<{ features: { id: string }[] }>("energy.json").features.map((f) => f.id),
  });
const many = synthetic(2000);

/** jsdom lays nothing out: give the list's scroll box a screen's height and each row a row's. */
function stubLayout() {
  vi.spyOn(HTMLElement.prototype, "offsetHeight", "get").mockImplementation(function (this: HTMLElement) {
    if (this.classList.contains("milestone-virtual")) return 600;
    return this.classList.contains("milestone-virtual__row") ? 50 : 0;
  });
  vi.spyOn(HTMLElement.prototype, "offsetWidth", "get").mockReturnValue(400);
  vi.spyOn(Element.prototype, "clientHeight", "get").mockImplementation(function (this: Element) {
    return this.classList.contains("milestone-virtual") ? 600 : 0;
  });
  vi.spyOn(Element.prototype, "clientWidth", "get").mockReturnValue(400);
}

beforeEach(stubLayout);
afterEach(() => vi.restoreAllMocks());

const rows = () => document.querySelectorAll<HTMLElement>("[data-milestone-id]");

describe("a long milestone list", () => {
  it("draws only the rows in view, each still knowing its place in the whole list", async () => {
    renderApp("?embed=milestones", { "milestones.json": JSON.stringify({ milestones: many }) });
    await waitFor(() => expect(rows().length).toBeGreaterThan(0), { timeout: 10_000 });
    expect(rows().length).toBeLessThan(100);
    const [first] = rows();
    expect(first?.getAttribute("aria-setsize")).toBe("2000");
    expect(first?.getAttribute("aria-posinset")).toBe("1");
  });

  it("lists 10,000 milestones, the scale the list is built for, drawing only the rows in view", async () => {
    renderApp("?embed=milestones", { "milestones.json": JSON.stringify({ milestones: synthetic(10_000) }) });
    await waitFor(() => expect(rows().length).toBeGreaterThan(0), { timeout: 30_000 });
    expect(rows().length).toBeLessThan(100);
    expect(rows()[0]?.getAttribute("aria-setsize")).toBe("10000");
  }, 60_000);

  it("moves between milestones with the arrow keys", async () => {
    renderApp("?embed=milestones", { "milestones.json": JSON.stringify({ milestones: many }) });
    await waitFor(() => expect(rows().length).toBeGreaterThan(1), { timeout: 10_000 });
    const [first, second] = rows();
    first?.querySelector("button")?.focus();
    fireEvent.keyDown(document.activeElement as Element, { key: "ArrowDown" });
    expect(document.activeElement?.closest("[data-milestone-id]")).toBe(second);
    fireEvent.keyDown(document.activeElement as Element, { key: "ArrowUp" });
    expect(document.activeElement?.closest("[data-milestone-id]")).toBe(first);
  });
});
