import { fireEvent, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Story } from "@/data/schemas";
import { goBack, readData, renderApp } from "./render-app";

const { stories } = readData<{ stories: Story[] }>("stories.json");
const oilForArms = stories.find((s) => s.id === "oil-for-arms")!;
const caption = (step: number) => oilForArms.steps[step - 1]!.caption.en;

describe("presenter mode", () => {
  it("shows a story step by step, with each step's view in the URL, and leaves with Escape", async () => {
    renderApp("?present=1&story=oil-for-arms&step=2");
    // The first slide loads the presenter, chart and map modules cold.
    expect(await screen.findByText(caption(2))).toBeInTheDocument();
    expect(screen.getByText(`Step 2 of ${oilForArms.steps.length}`)).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toContain(`m=${oilForArms.steps[1]!.view.m}`));
    expect(document.documentElement.dataset.theme).toBe("contrast");

    fireEvent.keyDown(window, { key: "ArrowRight" });
    expect(await screen.findByText(caption(3))).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toContain("step=3"));
    expect(window.location.search).toContain(`m=${oilForArms.steps[2]!.view.m}`);

    fireEvent.keyDown(window, { key: "PageUp" });
    expect(await screen.findByText(caption(2))).toBeInTheDocument();

    fireEvent.keyDown(window, { key: "Escape" });
    // The dashboard's modules load cold here, after the presenter's.
    expect(await screen.findByRole("region", { name: "Diplomatic milestones" })).toBeInTheDocument();
    expect(window.location.search).not.toContain("present=1");
    expect(window.location.search).toContain(`m=${oilForArms.steps[1]!.view.m}`);
  });

  it("starts from the dashboard's Present button, and Back returns to the previous step", async () => {
    renderApp();
    await userEvent.click(await screen.findByRole("button", { name: "Present" }));
    const first = stories[0]!;
    expect(await screen.findByText(first.steps[0]!.caption.en)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Next" }));
    expect(await screen.findByText(first.steps[1]!.caption.en)).toBeInTheDocument();
    await goBack();
    expect(await screen.findByText(first.steps[0]!.caption.en)).toBeInTheDocument();
  });
});
