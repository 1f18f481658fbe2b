import { test as base, expect } from "@playwright/test";

interface Options {
  /** Console errors a test provokes on purpose (the browser logs every request it aborts). */
  expectedErrors: RegExp[];
}

/**
 * Every page fails its test on any console error, uncaught exception or Content-Security-Policy
 * violation (in the page and in every frame it embeds). Service workers are blocked, so that
 * page.route sees every request; the offline test turns them back on.
 */
export const test = base.extend<Options & { consoleErrors: string[] }>({
  expectedErrors: [[], { option: true }],
  serviceWorkers: "block",
  consoleErrors: [
    async ({ page, context, expectedErrors }, use) => {
      const errors: string[] = [];
      const record = (text: string) => {
        if (!expectedErrors.some((pattern) => pattern.test(text))) errors.push(text);
      };
      page.on("console", (message) => {
        if (message.type() === "error") record(message.text());
      });
      page.on("pageerror", (error) => record(error.message));
      await context.exposeBinding("__reportCspViolation", ({ frame }, text: string) => {
        errors.push(`CSP violation in ${frame.url()}: ${text}`);
      });
      await context.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          const report = (window as unknown as { __reportCspViolation?: (text: string) => void })
            .__reportCspViolation;
          report?.(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sample})`);
        });
      });
      await use(errors);
      expect(errors, "console errors and CSP violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
