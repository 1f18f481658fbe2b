import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Locator, Page, Request, Route } from "@playwright/test";
import { expect, test } from "./fixtures";

test.use({ expectedErrors: [/Failed to load resource: the server responded with a status of (404|500)/] });

const FAULTS = ["404", "500", "stall", "truncated JSON", "schema violation"] as const;
type Fault = (typeof FAULTS)[number];

const MESSAGE: Record<Fault, (file: string) => string> = {
  "404": (file) => `The file ${file} could not be loaded.`,
  "500": (file) => `The file ${file} could not be loaded.`,
  stall: (file) => `The file ${file} took too long to load.`,
  "truncated JSON": (file) => `The file ${file} is not valid JSON.`,
  "schema violation": (file) => `The file ${file} failed validation at`,
};

const realBody = (file: string) => readFileSync(resolve(import.meta.dirname, "../../data", file), "utf8");

/** The file with its first id made invalid: well-formed JSON that its schema must refuse. */
const schemaViolation = (file: string) => realBody(file).replace(/"id": "[^"]+"/, '"id": "Not An Id"');

/**
 * Serves `file` with the fault until the test lets it through; counts every request for it. A stall
 * never answers: the page's own timeout is reached with the page clock, not by waiting.
 */
async function breakFile(page: Page, file: string, fault: Fault) {
  let broken = true;
  let requests = 0;
  const stalled: Route[] = [];
  await page.route(`**/data/${file}`, (route) => {
    requests += 1;
    if (!broken) return route.continue();
    switch (fault) {
      case "404":
        return route.fulfill({ status: 404, body: "" });
      case "500":
        return route.fulfill({ status: 500, body: "" });
      case "stall":
        stalled.push(route);
        return;
      case "truncated JSON":
        return route.fulfill({
          status: 200,
          contentType: "application/json",
          body: realBody(file).slice(0, 200),
        });
      default:
        return route.fulfill({ status: 200, contentType: "application/json", body: schemaViolation(file) });
    }
  });
  // The other files still on their way: jumping the clock past the timeout would time them out too.
  const othersInFlight = new Set<Request>();
  if (fault === "stall") {
    await page.clock.install();
    const isOther = (request: Request) =>
      request.url().includes("/data/") && !request.url().endsWith(`/${file}`);
    page.on("request", (request) => isOther(request) && othersInFlight.add(request));
    const settled = (request: Request) => othersInFlight.delete(request);
    page.on("requestfinished", settled);
    page.on("requestfailed", settled);
  }
  return {
    /** Until the fault shows: a stalled request first shows the panel still loading, then times out. */
    async reachFault(loading: Locator) {
      if (fault !== "stall") return;
      await expect.poll(() => stalled.length).toBeGreaterThan(0);
      await expect(loading).toBeVisible();
      await expect.poll(() => othersInFlight.size).toBe(0);
      await page.clock.fastForward(10_000);
    },
    repair() {
      broken = false;
    },
    requests: () => requests,
  };
}

const region = (page: Page, name: string) => page.getByRole("region", { name });

interface Owner {
  file: string;
  /** Where the failure is shown. */
  owner: (page: Page) => Locator;
  /** What is there once the file loads. */
  content: (page: Page) => Locator;
  /** A panel that must keep working meanwhile. */
  other: (page: Page) => Locator;
}

const milestonesList = (page: Page) =>
  region(page, "Diplomatic milestones").locator("[data-milestone-id]").first();
const chart = (page: Page) => region(page, "Trade and arms").locator(".recharts-surface").first();
const map = (page: Page) => region(page, "Energy flows").locator(".leaflet-container").first();

const DASHBOARD: Owner[] = [
  {
    file: "trade-arms.json",
    owner: (p) => region(p, "Trade and arms"),
    content: chart,
    other: milestonesList,
  },
  { file: "energy.json", owner: (p) => region(p, "Energy flows"), content: map, other: milestonesList },
  { file: "places.json", owner: (p) => region(p, "Energy flows"), content: map, other: chart },
  {
    file: "milestones-index.json",
    owner: (p) => region(p, "Diplomatic milestones"),
    content: milestonesList,
    other: chart,
  },
  {
    file: "sources.json",
    owner: (p) => region(p, "Filters"),
    // The document chips sit in a closed dropdown; the credits list the same documents in view.
    content: (p) => p.getByRole("heading", { name: "Source documents" }),
    other: milestonesList,
  },
  {
    file: "stories.json",
    owner: (p) => p.getByRole("banner"),
    content: (p) => p.getByRole("button", { name: "Present", exact: true }),
    other: milestonesList,
  },
];

for (const { file, owner, content, other } of DASHBOARD) {
  test(`dashboard: ${file} failing (${FAULTS.join(", ")}) is named where it matters, retried on request, and nothing else breaks`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    for (const fault of FAULTS) {
      await test.step(fault, async () => {
        await page.unrouteAll();
        const network = await breakFile(page, file, fault);
        await page.goto("./?from=2000&to=2020&cat=arms,energy");
        await network.reachFault(owner(page).getByText("Loading…").or(other(page)).first());
        const alert = owner(page).getByRole("alert");
        await expect(alert).toContainText(MESSAGE[fault](file));
        await expect(other(page)).toBeVisible();
        await expect(page).toHaveURL(/from=2000&to=2020&cat=arms,energy/);
        expect(network.requests(), "one request before Retry").toBe(1);

        network.repair();
        await alert.getByRole("button", { name: "Retry" }).click();
        await expect(content(page)).toBeVisible();
        await expect(page.getByRole("alert")).toHaveCount(0);
        expect(network.requests(), "one more on Retry").toBe(2);
      });
    }
  });
}

const VIEWS: { view: string; address: string; cases: (Owner & { fault: Fault })[] }[] = [
  {
    view: "presenter mode",
    address: "./?present=1&story=oil-for-arms&step=2",
    cases: [
      {
        file: "stories.json",
        fault: "500",
        owner: (p) => p.getByRole("main"),
        content: (p) => p.locator(".presenter__caption"),
        other: (p) => p.getByRole("button", { name: "Back to the dashboard" }),
      },
      {
        file: "trade-arms.json",
        fault: "schema violation",
        // A slide draws its chart, map and milestone together: the failure takes the slide, not the caption.
        owner: (p) => p.locator(".slide"),
        content: chart,
        other: (p) => p.locator(".presenter__caption"),
      },
    ],
  },
  {
    view: "the chart embed",
    address: "./?embed=trade&from=2006&to=2016",
    cases: [
      {
        file: "trade-arms.json",
        fault: "truncated JSON",
        owner: (p) => region(p, "Trade and arms"),
        content: chart,
        other: (p) => p.getByRole("link", { name: /Open in Iceberg/ }),
      },
      { file: "sources.json", fault: "404", owner: (p) => p.locator(".embed"), content: chart, other: chart },
    ],
  },
  {
    view: "the map embed",
    address: "./?embed=energy&f=btc",
    cases: [
      {
        file: "energy.json",
        fault: "stall",
        owner: (p) => region(p, "Energy flows"),
        content: map,
        other: (p) => p.getByRole("link", { name: /Open in Iceberg/ }),
      },
      {
        file: "places.json",
        fault: "500",
        owner: (p) => region(p, "Energy flows"),
        content: map,
        other: (p) => p.getByRole("link", { name: /Open in Iceberg/ }),
      },
    ],
  },
  {
    view: "the milestones embed",
    address: "./?embed=milestones&m=btc-inauguration",
    cases: [
      {
        file: "milestones-index.json",
        fault: "schema violation",
        owner: (p) => region(p, "Diplomatic milestones"),
        content: milestonesList,
        other: (p) => p.getByRole("link", { name: /Open in Iceberg/ }),
      },
      {
        // The opened milestone's summary and quotes come apart from the list: the list stays.
        file: "milestone-details.json",
        fault: "500",
        owner: (p) => p.locator(".milestone-detail"),
        content: (p) => p.locator(".milestone-detail .citation").first(),
        other: milestonesList,
      },
      {
        file: "sources.json",
        fault: "truncated JSON",
        owner: (p) => p.locator(".milestone-detail"),
        content: (p) => p.locator(".milestone-detail"),
        other: milestonesList,
      },
    ],
  },
];

for (const { view, address, cases } of VIEWS) {
  test(`${view}: each failing file is named in place and retried on request`, async ({ page }) => {
    test.setTimeout(60_000);
    for (const { file, fault, owner, content, other } of cases) {
      await test.step(`${file}: ${fault}`, async () => {
        await page.unrouteAll();
        const network = await breakFile(page, file, fault);
        await page.goto(address);
        // An embed is one panel: its view shows one loading line until the panel can draw.
        const viewLoading = page.locator(".view-loading");
        await network.reachFault(owner(page).getByText("Loading…").or(other(page)).or(viewLoading).first());
        const alert = owner(page).getByRole("alert").first();
        await expect(alert).toContainText(MESSAGE[fault](file));
        await expect(other(page)).toBeVisible();
        expect(network.requests()).toBe(1);
        network.repair();
        await alert.getByRole("button", { name: "Retry" }).click();
        await expect(content(page)).toBeVisible();
        await expect(page.getByRole("alert")).toHaveCount(0);
        // The route handler counts the retried request as it completes, which may trail the paint.
        await expect.poll(() => network.requests()).toBe(2);
      });
    }
  });
}

test("presenter mode with no stories: Escape still leads back to the dashboard", async ({ page }) => {
  await page.route("**/data/stories.json", (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto("./?present=1&story=oil-for-arms&from=2006");
  await expect(page.getByRole("alert")).toContainText("stories.json could not be loaded");
  await page.keyboard.press("Escape");
  await expect(milestonesList(page)).toBeVisible();
  await expect(page).not.toHaveURL(/present=1/);
  await expect(page).toHaveURL(/from=2006/);
});
