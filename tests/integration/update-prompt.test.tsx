import { QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createQueryClient } from "@/app/query-client";

const updateServiceWorker = vi.fn(async () => {});
let needRefresh = true;
const setNeedRefresh = vi.fn((value: boolean) => {
  needRefresh = value;
});

vi.mock("virtual:pwa-register/react", () => ({
  useRegisterSW: () => ({
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [false, () => {}],
    updateServiceWorker,
  }),
}));

const { UpdatePrompt } = await import("@/app/offline/update-prompt");

const renderPrompt = () =>
  render(
    <QueryClientProvider client={createQueryClient()}>
      <UpdatePrompt />
    </QueryClientProvider>,
  );

describe("a new version of Iceberg", () => {
  it("is offered, and installed only when the reader asks", async () => {
    renderPrompt();
    expect(screen.getByRole("status", { name: "A new version of Iceberg is ready." })).toBeInTheDocument();
    expect(updateServiceWorker).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole("button", { name: "Update now" }));
    expect(updateServiceWorker).toHaveBeenCalledWith(true);
  });

  it("can be put off", async () => {
    renderPrompt();
    await userEvent.click(screen.getByRole("button", { name: "Later" }));
    expect(setNeedRefresh).toHaveBeenCalledWith(false);
  });

  it("is not mentioned while there is none", () => {
    needRefresh = false;
    renderPrompt();
    expect(screen.queryByRole("status")).toBeNull();
  });
});
