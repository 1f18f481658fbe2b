import { afterFirstLoad } from "./after-first-load";

describe("afterFirstLoad", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("runs once, at the reader's first move, and not again when the page settles", () => {
    const task = vi.fn();
    afterFirstLoad(task);
    expect(task).not.toHaveBeenCalled();
    window.dispatchEvent(new Event("pointermove"));
    window.dispatchEvent(new Event("keydown"));
    vi.advanceTimersByTime(60_000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it("runs on its own once the loaded page has been left alone for a while", () => {
    const task = vi.fn();
    afterFirstLoad(task);
    vi.advanceTimersByTime(4_000);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it("does nothing once cancelled", () => {
    const task = vi.fn();
    const cancel = afterFirstLoad(task);
    cancel();
    window.dispatchEvent(new Event("scroll"));
    vi.advanceTimersByTime(60_000);
    expect(task).not.toHaveBeenCalled();
  });
});
