import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Milestone } from "@/data/schemas";
import { readData, renderApp } from "./render-app";

const { milestones } = readData<{ milestones: Milestone[] }>("milestones.json");
const byId = (id: string) => milestones.find((m) => m.id === id)!;

async function milestonesPanel() {
  // The first render loads every panel's code: give a busy machine time.
  const list = await screen.findByRole("region", { name: "Diplomatic milestones" }, { timeout: 15000 });
  await within(list).findAllByRole("button", { pressed: false }, { timeout: 15000 });
  return list;
}

describe("a milestone's sources", () => {
  it("shows a Hebrew quote in reading order and keeps the verbatim extract one click away", async () => {
    const record = byId("aliyev-5bn-israeli-arms-2016");
    const [citation] = record.sources;
    renderApp("?m=aliyev-5bn-israeli-arms-2016");
    const detail = await within(await milestonesPanel()).findByRole(
      "article",
      { name: "Milestone detail" },
      { timeout: 5000 },
    );
    expect(await within(detail).findByText(citation!.display!, { exact: false })).toBeInTheDocument();
    const verbatim = within(detail).getByText("Verbatim extract from the document");
    expect(verbatim.closest("details")).not.toHaveAttribute("open");
    await userEvent.click(verbatim);
    expect(verbatim.closest("details")).toHaveAttribute("open");
    expect(verbatim.closest("details")).toHaveTextContent(citation!.quote.slice(0, 30));
  });

  it("says when a fact is undated and which document states it as of when", async () => {
    renderApp("?m=israeli-tourists-before-covid");
    const detail = await within(await milestonesPanel()).findByRole(
      "article",
      { name: "Milestone detail" },
      { timeout: 5000 },
    );
    expect(
      await within(detail).findByText(/Undated — stated as of November 30, 2022 in INSS Insight 1665/),
    ).toBeInTheDocument();
  });

  it("says when a date comes from outside the documents", async () => {
    renderApp("?m=krausz-ambassador-2025");
    const detail = await within(await milestonesPanel()).findByRole(
      "article",
      { name: "Milestone detail" },
      { timeout: 5000 },
    );
    expect(within(detail).getByText(/This date is from outside the documents/)).toBeInTheDocument();
  });

  it("shows a visible caveat on a claim that is doubtful in itself", async () => {
    renderApp("?m=sitalchay-airbase-reports-2012");
    const detail = await within(await milestonesPanel()).findByRole(
      "article",
      { name: "Milestone detail" },
      { timeout: 5000 },
    );
    expect(within(detail).getByRole("note")).toHaveTextContent(/Doubtful: .*311 miles/);
  });
});

describe("the disputes view", () => {
  it("lists every disputed record with each document's claim side by side", async () => {
    renderApp();
    const list = await milestonesPanel();
    await userEvent.click(within(list).getByRole("button", { name: "Disputed only", pressed: false }));
    // The claims are in the details file, which may still be on its way: "Loading…" shows until then.
    const view = await within(list).findByRole("region", { name: "Disputed only" });
    const disputed = milestones.filter((m) => m.disputed);
    expect(within(view).getByRole("heading", { level: 3, name: /: 10 records/ })).toBeInTheDocument();
    for (const m of disputed)
      expect(within(view).getByRole("button", { name: m.title.en })).toBeInTheDocument();
    const lieberman = view.querySelector<HTMLElement>(
      '[data-milestone-id="lieberman-backs-azerbaijan-2016"]',
    )!;
    const claims = within(lieberman).getAllByRole("listitem");
    expect(claims.map((c) => c.textContent)).toEqual([
      expect.stringContaining("非常合理"),
      expect.stringContaining("absolutely justified"),
    ]);
    expect(disputed).toHaveLength(10);
  });
});
