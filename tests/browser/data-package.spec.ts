import { expect, test } from "./fixtures";

test("the data credits link the open data package, and every CSV it lists downloads with its schema's header", async ({
  page,
}) => {
  await page.goto("./");
  const link = page.getByRole("link", { name: "Download the data (CSV, Data Package)" });
  await expect(link).toBeVisible();
  const descriptorUrl = new URL((await link.getAttribute("href"))!, page.url()).href;
  const response = await page.request.get(descriptorUrl);
  expect(response.ok()).toBe(true);
  const descriptor = (await response.json()) as {
    profile: string;
    resources: { name: string; path: string; schema: { fields: { name: string }[] } }[];
  };
  expect(descriptor.profile).toBe("tabular-data-package");
  expect(descriptor.resources.length).toBeGreaterThanOrEqual(10);
  for (const resource of descriptor.resources) {
    const csvUrl = new URL(resource.path, descriptorUrl).href;
    const csv = await page.request.get(csvUrl);
    expect(csv.ok(), resource.path).toBe(true);
    const [header, firstRow] = (await csv.text()).split("\r\n");
    expect(header).toBe(resource.schema.fields.map((f) => f.name).join(","));
    expect(firstRow, `${resource.path} has rows`).not.toBe("");
    await expect(page.getByRole("link", { name: `${resource.name}.csv` })).toHaveAttribute(
      "href",
      `data/${resource.path}`,
    );
  }
});
