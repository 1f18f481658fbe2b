import { flowArrows } from "./flow-arrows";

describe("flow arrows", () => {
  it("points arrows along the flow", () => {
    const [arrow] = flowArrows(
      [
        [49, 40],
        [36, 40],
      ],
      1,
    );
    expect(arrow?.lon).toBeCloseTo(42.5);
    expect(Math.abs(arrow?.angle ?? 0)).toBeCloseTo(180);
  });
});
