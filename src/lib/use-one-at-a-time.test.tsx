import { act, render, screen } from "@testing-library/react";
import { useOneAtATime } from "./use-one-at-a-time";

function Charts({ count }: { count: number }) {
  const drawn = useOneAtATime(count);
  return (
    <ul>
      {Array.from({ length: count }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the items are positions, nothing else
        <li key={i}>{i < drawn ? `chart ${i + 1} drawn` : `chart ${i + 1} waiting`}</li>
      ))}
    </ul>
  );
}

describe("useOneAtATime", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("draws the first at once and each next one in a task of its own, until all are drawn", async () => {
    render(<Charts count={3} />);
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "chart 1 drawn",
      "chart 2 waiting",
      "chart 3 waiting",
    ]);
    await act(async () => vi.advanceTimersToNextTimer());
    expect(screen.getByText("chart 2 drawn")).toBeInTheDocument();
    expect(screen.getByText("chart 3 waiting")).toBeInTheDocument();
    await act(async () => vi.advanceTimersToNextTimer());
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "chart 1 drawn",
      "chart 2 drawn",
      "chart 3 drawn",
    ]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("keeps what it drew when fewer are asked for, and draws none that do not exist", async () => {
    const { rerender } = render(<Charts count={2} />);
    await act(async () => vi.runAllTimers());
    rerender(<Charts count={1} />);
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual(["chart 1 drawn"]);
    rerender(<Charts count={3} />);
    await act(async () => vi.runAllTimers());
    expect(screen.getByText("chart 3 drawn")).toBeInTheDocument();
  });
});
