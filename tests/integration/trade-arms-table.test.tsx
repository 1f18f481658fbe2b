import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderApp } from "./render-app";

const loaded = { timeout: 15000 };

describe("the chart's data table and the data credits", () => {
  it("lists every supplier's deliveries per year and marks the years from SIPRI's later register", async () => {
    renderApp();
    const trade = await screen.findByRole("region", { name: "Trade and arms" }, loaded);
    const opener = await within(trade).findByText("Chart data as a table", {}, loaded);
    // Built when first opened, not during the first load.
    expect(within(trade).queryByRole("table")).toBeNull();
    await userEvent.click(opener);
    const table = await within(trade).findByRole("table", {
      name: /^Arms deliveries to Azerbaijan/,
    });
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(headers).toContain("Deliveries by supplier (SIPRI TIV)");
    expect(headers).toContain("Azerbaijan's share of Israel's arms exports (%)");
    const row2016 = within(table).getByRole("row", { name: /^2016 / });
    expect(row2016).toHaveTextContent("Israel 250 · Türkiye 16 · Russia 7");
    expect(row2016).toHaveTextContent("17.1");
    expect(within(table).getByRole("row", { name: /^2022\* / })).toHaveTextContent("Türkiye 19.35");
    expect(within(trade).getByText(/Years marked \* are summed from SIPRI's deal register/)).toBeVisible();
    const volumes = within(trade).getByRole("table", { name: "Crude volumes (kb/d, Mt, million bbl)" });
    expect(
      within(volumes).getByRole("row", { name: /Israel's crude imports from Azerbaijan/ }),
    ).toHaveTextContent("87 kb/d");
  });

  it("links the open data package and each of its CSVs from the data credits", async () => {
    renderApp();
    const link = await screen.findByRole("link", { name: "Download the data (CSV, Data Package)" }, loaded);
    expect(link).toHaveAttribute("href", "data/datapackage.json");
    expect(screen.getByRole("link", { name: "sipri-suppliers.csv" })).toHaveAttribute(
      "href",
      "data/csv/sipri-suppliers.csv",
    );
  });
});
