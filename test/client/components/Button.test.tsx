import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { Button } from "../../../client/src/components/Button";

describe("Button", () => {
  it("stays focused while busy and ignores clicks until the action is done", async () => {
    const onClick = vi.fn();
    const { rerender } = render(<Button onClick={onClick}>Spara</Button>);
    const button = screen.getByRole("button", { name: "Spara" });
    button.focus();
    rerender(
      <Button onClick={onClick} busy>
        Spara
      </Button>,
    );
    // A disabled button would lose the focus to the page's body.
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).toHaveAttribute("aria-busy", "true");
    await userEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
    rerender(<Button onClick={onClick}>Spara</Button>);
    await userEvent.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it("a busy submit button does not submit its form again", async () => {
    const onSubmit = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    render(
      <form onSubmit={onSubmit}>
        <Button type="submit" busy>
          Spara
        </Button>
      </form>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Spara" }));
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
