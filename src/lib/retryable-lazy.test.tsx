import { act, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { retryableLazy } from "./retryable-lazy";

const Ready = () => <p>ready</p>;

/** What one synchronous render shows (a print's beforeprint allows no other). */
function renderOnce(Lazy: React.ComponentType): string {
  const container = document.createElement("div");
  act(() =>
    createRoot(container).render(
      <Suspense fallback={<p>loading</p>}>
        <Lazy />
      </Suspense>,
    ),
  );
  return container.textContent ?? "";
}

describe("retryableLazy", () => {
  it("draws a preloaded module in the very render that first asks for it", async () => {
    const module = Promise.resolve({ default: Ready });
    const Lazy = retryableLazy(() => module);
    await Lazy.preload();
    expect(renderOnce(Lazy)).toBe("ready");
  });

  it("a preload settles when the chunk fails, leaving the failure for the render to show", async () => {
    const Lazy = retryableLazy<object>(() =>
      Promise.reject(new TypeError("Failed to fetch dynamically imported module: /assets/x.js")),
    );
    await expect(Lazy.preload()).resolves.toBeUndefined();
  });

  it("without a preload, the first render shows the fallback while the module arrives", async () => {
    const module = Promise.resolve({ default: Ready });
    const Lazy = retryableLazy(() => module);
    await module;
    expect(renderOnce(Lazy)).toBe("loading");
  });
});
