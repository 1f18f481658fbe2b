import { render } from "@testing-library/react";
import { ChartOverlay, type TransientOverlays } from "./chart-overlay";
import type { XScale } from "./scale-probe";

const hovering: TransientOverlays = {
  hoverYear: 2006,
  hoveredMilestoneYear: 2012,
  drag: { from: 2005, to: 2008 },
};
const scaleOf = (toPx: (year: number) => number): XScale => ({
  toPx,
  toYear: () => 2000,
  top: 8,
  height: 100,
});

describe("the chart overlay", () => {
  it("draws the hover line, the hovered milestone's line and the drag band at their years", () => {
    const { container } = render(
      <ChartOverlay scale={scaleOf((year) => (year - 1990) * 10)} overlays={hovering} />,
    );
    expect([...container.querySelectorAll("line")].map((line) => line.getAttribute("x1"))).toEqual([
      "160",
      "220",
    ]);
    expect(container.querySelector(".brush-band path")?.getAttribute("d")).toBe("M145,8H185V108H145Z");
  });

  it("draws nothing while the chart has a scale but no width yet, rather than lines at NaN", () => {
    const { container } = render(<ChartOverlay scale={scaleOf(() => Number.NaN)} overlays={hovering} />);
    expect(container.querySelector("svg")).toBeNull();
  });
});
