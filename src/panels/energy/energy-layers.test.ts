import { feature, milestone, noCriteria, place } from "../../../tests/fixtures/model";
import { deriveEnergyLayers } from "./energy-layers";

describe("energy layers", () => {
  const features = [
    feature("btc", { opened: 2006, places: ["ceyhan"] }),
    feature("tanap", { opened: 2018, commodity: "gas" }),
  ];
  const places = [place("baku"), place("ceyhan", [35.8, 37]), place("tehran", [51.4, 35.7])];
  const milestones = [
    milestone("visit", {
      date: { start: "2016", precision: "year" },
      places: ["baku"],
      sources: [{ doc: "inss", quote: "q", translation: {} }],
    }),
    milestone("plot", {
      date: { start: "2018", precision: "year" },
      places: ["tehran"],
      category: "security",
    }),
  ];

  it("dims lines not yet built and places whose milestones fall outside the range", () => {
    const layers = deriveEnergyLayers({
      features,
      places,
      milestones,
      criteria: { ...noCriteria, range: { from: 2006, to: 2016 } },
      selected: null,
      hoveredMilestone: null,
    });
    expect(layers.features.map((f) => [f.feature.id, f.dimmed])).toEqual([
      ["btc", false],
      ["tanap", true],
    ]);
    expect(layers.places.map((p) => [p.place.id, p.dimmed])).toEqual([
      ["baku", false],
      ["ceyhan", false],
      ["tehran", true],
    ]);
  });

  it("shows only places named by the chosen documents' milestones", () => {
    const layers = deriveEnergyLayers({
      features,
      places,
      milestones,
      criteria: { ...noCriteria, sources: ["inss"] },
      selected: null,
      hoveredMilestone: null,
    });
    expect(layers.places.map((p) => p.place.id)).toEqual(["baku"]);
  });

  it("hides the energy layers when energy is not among the categories", () => {
    const layers = deriveEnergyLayers({
      features,
      places,
      milestones,
      criteria: { ...noCriteria, categories: ["security"] },
      selected: null,
      hoveredMilestone: null,
    });
    expect(layers.features).toEqual([]);
    expect(layers.places.map((p) => p.place.id)).toEqual(["tehran"]);
  });

  it("flies to and highlights the selected milestone's places", () => {
    const layers = deriveEnergyLayers({
      features,
      places,
      milestones,
      criteria: { ...noCriteria, milestone: "visit" },
      selected: null,
      hoveredMilestone: null,
    });
    expect(layers.focus).toEqual([[40.4, 49.9]]);
    expect(layers.focusKey).toBe("visit");
    expect(layers.places.find((p) => p.place.id === "baku")?.highlighted).toBe(true);
  });
});
