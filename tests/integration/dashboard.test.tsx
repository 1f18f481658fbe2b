import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Milestone } from "@/data/schemas";
import { milestoneYears } from "@/filters/milestone-filter";
import { goBack, readData, renderApp } from "./render-app";

const { milestones } = readData<{ milestones: Milestone[] }>("milestones.json");
const byId = new Map(milestones.map((m) => [m.id, m]));

/** The first render of the whole app compiles every panel cold: slow on a loaded machine. */
const loaded = { timeout: 30_000 };

async function panels() {
  const trade = await screen.findByRole("region", { name: "Trade and arms" }, loaded);
  const energy = await screen.findByRole("region", { name: "Energy flows" }, loaded);
  const list = await screen.findByRole("region", { name: "Diplomatic milestones" }, loaded);
  await within(list).findAllByRole("button", { pressed: false }, loaded);
  await within(energy).findByRole("button", { name: /Baku–Tbilisi–Ceyhan/ }, loaded);
  return { trade, energy, list };
}

const visibleMilestones = (list: HTMLElement) =>
  [...list.querySelectorAll<HTMLElement>("[data-milestone-id]")].map(
    (el) => byId.get(el.dataset.milestoneId ?? "")!,
  );

describe("the linked dashboard", () => {
  it("shows the three panels as named regions with every milestone", async () => {
    renderApp();
    const { list } = await panels();
    expect(visibleMilestones(list)).toHaveLength(milestones.length);
  });

  it("narrows the list and dims unbuilt lines when the year range moves, and the URL follows", async () => {
    renderApp();
    const { list, energy } = await panels();
    fireEvent.change(screen.getByRole("slider", { name: "From year" }), { target: { value: "2006" } });
    fireEvent.change(screen.getByRole("slider", { name: "To year" }), { target: { value: "2016" } });
    await waitFor(() => expect(window.location.search).toContain("from=2006&to=2016"));
    // The list follows the range in a render that can yield, after the URL.
    await waitFor(() => expect(visibleMilestones(list).length).toBeLessThan(milestones.length));
    const shown = visibleMilestones(list);
    expect(shown.length).toBeGreaterThan(0);
    for (const m of shown) {
      const years = milestoneYears(m);
      if (years) expect(years.start <= 2016 && years.end >= 2006).toBe(true);
    }
    const undated = milestones.filter((m) => m.date.precision === "undated");
    expect(undated.length).toBeGreaterThan(0);
    expect(shown).toEqual(expect.arrayContaining(undated));
    expect(within(list).getByRole("heading", { name: /Standing facts/ })).toBeInTheDocument();
    const tanap = within(energy).getByRole("button", { name: /Trans-Anatolian/ });
    expect(tanap).toHaveAttribute("data-dimmed", "true");
    expect(within(energy).getByRole("button", { name: /Baku–Tbilisi–Ceyhan/ })).not.toHaveAttribute(
      "data-dimmed",
    );
    expect(screen.getByRole("button", { name: "Remove filter: 2006–2016" })).toBeInTheDocument();
  });

  it("shows only a category's milestones and hides the energy layers when energy is off", async () => {
    renderApp();
    const { list, energy } = await panels();
    await userEvent.click(screen.getByRole("button", { name: "Diplomacy", pressed: false }));
    await waitFor(() => expect(visibleMilestones(list).every((m) => m.category === "diplomacy")).toBe(true));
    expect(within(energy).queryByRole("button", { name: /Baku–Tbilisi–Ceyhan/ })).not.toBeInTheDocument();
    expect(window.location.search).toContain("cat=diplomacy");
    await userEvent.click(screen.getByRole("button", { name: "Energy", pressed: false }));
    expect(await within(energy).findByRole("button", { name: /Baku–Tbilisi–Ceyhan/ })).toBeInTheDocument();
  });

  it("states the panels' counts as label and number, right for one as for many", async () => {
    renderApp();
    const { trade, energy } = await panels();
    await userEvent.click(screen.getByRole("button", { name: "Arms", pressed: false }));
    // Only arms milestones: no line, a single place, no trade or oil figure.
    expect(
      await within(energy).findByText(
        "Lines and routes: 0 (not yet built in the selected years: 0). Places: 1.",
      ),
    ).toBeInTheDocument();
    expect(within(trade).getByText(/Figures shown: trade 0, oil share 0\.$/)).toBeInTheDocument();
  });

  it("legend toggles hide a category's series in the chart", async () => {
    renderApp();
    const { trade, list } = await panels();
    await userEvent.click(within(trade).getByRole("button", { name: /^Trade/, pressed: true }));
    expect(within(trade).getByRole("button", { name: /^Trade/, pressed: false })).toBeInTheDocument();
    expect(window.location.search).toMatch(/cat=diplomacy,arms,energy,security,society/);
    expect(visibleMilestones(list).some((m) => m.category === "trade")).toBe(false);
  });

  it("shows only what the chosen documents report", async () => {
    renderApp();
    const { list } = await panels();
    await userEvent.click(screen.getByRole("button", { name: "INSS Insight 1665" }));
    await waitFor(() => {
      const shown = visibleMilestones(list);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.every((m) => m.sources.some((s) => s.doc === "inss"))).toBe(true);
    });
    expect(window.location.search).toContain("src=inss");
  });

  it("opens a milestone's detail with its quotes, marks the chart and highlights its places on the map", async () => {
    renderApp();
    const { list, energy, trade } = await panels();
    const btc = byId.get("btc-inauguration")!;
    const item = list.querySelector('[data-milestone-id="btc-inauguration"] button') as HTMLElement;
    await userEvent.click(item);
    const detail = await within(list).findByRole("article", { name: "Milestone detail" });
    expect(within(detail).getByRole("heading", { name: btc.title.en })).toBeInTheDocument();
    // The quotes come with the details file, which is fetched when a milestone is first opened.
    expect(await within(detail).findAllByText("Original")).toHaveLength(btc.sources.length);
    expect(window.location.search).toContain("m=btc-inauguration");
    expect(within(energy).getByRole("button", { name: /Baku–Tbilisi–Ceyhan/ })).toHaveAttribute(
      "data-highlighted",
      "true",
    );
    await waitFor(() => expect(trade.querySelector(".milestone-line")).not.toBeNull());
  });

  it("narrows the list to a map feature's milestones", async () => {
    renderApp();
    const { list, energy } = await panels();
    await userEvent.click(within(energy).getByRole("button", { name: /Baku–Tbilisi–Ceyhan/ }));
    await waitFor(() => {
      const shown = visibleMilestones(list);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.every((m) => m.features.includes("btc") || m.places.includes("btc"))).toBe(true);
    });
    expect(window.location.search).toContain("f=btc");
  });

  it("searches milestone text and clears every filter with Reset", async () => {
    renderApp("?from=2000");
    const { list } = await panels();
    await userEvent.type(screen.getByRole("searchbox", { name: "Search milestones" }), "embassy");
    const mentionsEmbassy = (m: Milestone) =>
      JSON.stringify([m.title, m.summary]).toLowerCase().includes("embassy");
    await waitFor(() => {
      const shown = visibleMilestones(list);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.every(mentionsEmbassy)).toBe(true);
    });
    await userEvent.click(screen.getByRole("button", { name: "Reset" }));
    await waitFor(() => expect(visibleMilestones(list)).toHaveLength(milestones.length));
    expect(window.location.search).toBe("");
  });

  it("summarises the result in a polite live region", async () => {
    renderApp("?from=2006&to=2016&cat=energy");
    await panels();
    const status = screen.getAllByRole("status").find((el) => el.getAttribute("aria-live") === "polite")!;
    await waitFor(() => expect(status).toHaveTextContent(/^2006–2016 · Energy · \d+ of \d+ milestones$/));
  });

  it("restores a permalink and corrects a bad one in place", async () => {
    renderApp("?from=abc&to=2016&cat=energy,nonsense&m=no-such-milestone&lang=xx");
    await panels();
    await waitFor(() => expect(window.location.search).toBe("?to=2016&cat=energy&v=2"));
    expect(screen.getByRole("slider", { name: "To year" })).toHaveValue("2016");
  });

  it("opens a link from a newer version as the default view, says so, and keeps the link", async () => {
    renderApp("?cat=energy&m=btc-inauguration&v=99");
    await panels();
    expect(
      screen.getByText(
        "This link comes from a newer version of Iceberg, so the default view is shown instead.",
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Energy", pressed: false })).toBeInTheDocument();
    expect(window.location.search).toBe("?cat=energy&m=btc-inauguration&v=99");
    await userEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByText(/newer version of Iceberg/)).not.toBeInTheDocument();
  });

  it("walks back through the views with the browser's back button", async () => {
    renderApp();
    const { energy } = await panels();
    await userEvent.click(within(energy).getByRole("button", { name: /Baku–Tbilisi–Ceyhan/ }));
    await userEvent.click(screen.getByRole("button", { name: "Arms", pressed: false }));
    expect(window.location.search).toBe("?cat=arms&f=btc&v=2");
    await goBack();
    expect(screen.getByRole("button", { name: "Arms", pressed: false })).toBeInTheDocument();
    expect(within(energy).getByRole("button", { name: /Baku–Tbilisi–Ceyhan/ })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
  });

  it("makes one history entry for each of two quick clicks", async () => {
    renderApp();
    await panels();
    await userEvent.click(screen.getByRole("button", { name: "Arms", pressed: false }));
    await userEvent.click(screen.getByRole("button", { name: "Energy", pressed: false }));
    expect(window.location.search).toBe("?cat=arms,energy&v=2");
    await goBack();
    expect(window.location.search).toBe("?cat=arms&v=2");
    expect(screen.getByRole("button", { name: "Arms", pressed: true })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Energy", pressed: false })).toBeInTheDocument();
    await goBack();
    expect(window.location.search).toBe("");
  });

  it("makes one history entry for a drag of the year slider, and one for a held arrow key", async () => {
    renderApp("?cat=energy");
    await panels();
    const from = screen.getByRole("slider", { name: "From year" });
    fireEvent.pointerDown(from);
    for (const year of ["1995", "2000", "2004"]) fireEvent.change(from, { target: { value: year } });
    fireEvent.pointerUp(from);
    expect(window.location.search).toBe("?from=2004&to=2025&cat=energy&v=2");

    const to = screen.getByRole("slider", { name: "To year" });
    fireEvent.keyDown(to, { key: "ArrowLeft" });
    fireEvent.change(to, { target: { value: "2024" } });
    for (const year of ["2023", "2022"]) {
      fireEvent.keyDown(to, { key: "ArrowLeft", repeat: true });
      fireEvent.change(to, { target: { value: year } });
    }
    fireEvent.keyUp(to, { key: "ArrowLeft" });
    expect(window.location.search).toBe("?from=2004&to=2022&cat=energy&v=2");

    await goBack();
    expect(window.location.search).toBe("?from=2004&to=2025&cat=energy&v=2");
    expect(to).toHaveValue("2025");
    await goBack();
    expect(window.location.search).toBe("?cat=energy&v=2");
    expect(from).toHaveValue("1991");
  });

  it("makes one history entry for a run of typing in the search box", async () => {
    renderApp();
    await panels();
    await userEvent.type(screen.getByRole("searchbox", { name: "Search milestones" }), "oil");
    expect(window.location.search).toBe("?q=oil&v=2");
    await goBack();
    expect(window.location.search).toBe("");
    expect(screen.getByRole("searchbox", { name: "Search milestones" })).toHaveValue("");
  });

  it("keeps the other panels working when one dataset is broken", async () => {
    renderApp("", { "trade-arms.json": '{"trade": "nope"}', "places.json": "not json" });
    const trade = await screen.findByRole("region", { name: "Trade and arms" });
    const energy = await screen.findByRole("region", { name: "Energy flows" });
    expect(await within(trade).findByRole("alert")).toHaveTextContent(
      "The file trade-arms.json failed validation at trade.",
    );
    expect(await within(energy).findByRole("alert")).toHaveTextContent(
      "The file places.json is not valid JSON.",
    );
    const list = screen.getByRole("region", { name: "Diplomatic milestones" });
    await waitFor(() => expect(visibleMilestones(list)).toHaveLength(milestones.length));
    expect(within(trade).getByRole("button", { name: "Retry" })).toBeInTheDocument();
  });
});

describe("hover", () => {
  it("hovering a milestone highlights its lines on the map and its year on the chart", async () => {
    renderApp();
    const trade = await screen.findByRole("region", { name: "Trade and arms" });
    const energy = await screen.findByRole("region", { name: "Energy flows" });
    const list = await screen.findByRole("region", { name: "Diplomatic milestones" });
    const btcButton = await within(energy).findByRole("button", { name: /Baku–Tbilisi–Ceyhan/ });
    expect(btcButton).not.toHaveAttribute("data-highlighted");
    await userEvent.hover(list.querySelector('[data-milestone-id="btc-inauguration"] button') as HTMLElement);
    expect(btcButton).toHaveAttribute("data-highlighted", "true");
    await waitFor(() => expect(trade.querySelector(".hover-line")).not.toBeNull());
    await userEvent.unhover(
      list.querySelector('[data-milestone-id="btc-inauguration"] button') as HTMLElement,
    );
    expect(btcButton).not.toHaveAttribute("data-highlighted");
  });
});
