import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from "../../scripts/security-headers";
import { expect, test } from "./fixtures";

test("the production site is served with the CSP and security headers, and the page carries the policy too", async ({
  page,
  request,
}) => {
  const response = await request.get("./?embed=trade");
  expect(response.headers()["content-security-policy"]).toBe(CONTENT_SECURITY_POLICY);
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  await page.goto("./");
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    "content",
    META_CONTENT_SECURITY_POLICY,
  );
  // Scripts from the site itself, plus the one inline script that starts a view's downloads, by its hash.
  expect(META_CONTENT_SECURITY_POLICY).toMatch(
    /script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'; style-src 'self'/,
  );
  expect(META_CONTENT_SECURITY_POLICY).not.toContain("unsafe");
});

test("under the CSP the flow arrows still point along their flows: west along BTC, south down the tanker legs", async ({
  page,
}) => {
  await page.goto("./?from=2006&to=2016");
  const arrows = page.locator(".flow-arrow path");
  await expect(arrows.first()).toBeAttached();
  // The direction each arrow is drawn in on screen, whatever the map's zoom scale at that moment.
  const directions = () =>
    arrows.evaluateAll((paths) =>
      paths.map((path) => {
        const m = (path as SVGPathElement).getScreenCTM();
        const length = m ? Math.hypot(m.a, m.b) : 0;
        return m && length > 0 ? { x: m.a / length, y: m.b / length } : { x: 0, y: 0 };
      }),
    );
  await expect
    .poll(async () => (await directions()).some(({ x, y }) => x < -0.8 && Math.abs(y) < 0.5))
    .toBe(true);
  expect((await directions()).some(({ x, y }) => y > 0.8 && Math.abs(x) < 0.5)).toBe(true);
});

test("PNG and SVG exports cause no CSP violation", async ({ page }) => {
  await page.goto("./?from=2006&to=2016");
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await page.getByRole("button", { name: "Share and export" }).click();
  const dialog = page.getByRole("dialog", { name: "Share and export this view" });
  for (const [name, file] of [
    ["Trade and arms as PNG", "iceberg-trade.png"],
    ["Energy flows as PNG", "iceberg-energy.png"],
    ["Chart as SVG", "iceberg-trade-and-arms.svg"],
  ] as const) {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      dialog.getByRole("button", { name }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(file);
  }
});
