import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { FieldError, FormField } from "../../../client/src/components/FormField";
import { SelectField } from "../../../client/src/components/SelectField";

const describedIds = (el: HTMLElement) => (el.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);

describe("FormField", () => {
  it("labels the control and leaves it valid and undescribed without hint or error", () => {
    render(<FormField label="Rubrik">{(p) => <input {...p} />}</FormField>);
    const input = screen.getByLabelText("Rubrik");
    expect(input.tagName).toBe("INPUT");
    expect(input).not.toHaveAttribute("aria-invalid");
    expect(input).not.toHaveAttribute("aria-describedby");
  });

  it("describes the control by its hint and its error, marks it invalid, and shows the label suffix", () => {
    render(
      <FormField label="Länk" labelSuffix="frivilligt" hint="Börja med https://" error="Ogiltig länk">
        {(p) => <input {...p} />}
      </FormField>,
    );
    const input = screen.getByLabelText("Länk (frivilligt)");
    expect(input).toHaveAttribute("aria-invalid", "true");
    const texts = describedIds(input).map((id) => document.getElementById(id)?.textContent);
    expect(texts).toEqual(["Börja med https://", "⚠ Ogiltig länk"]);
    expect(input).toHaveAccessibleDescription("Börja med https:// Ogiltig länk");
    expect(input.closest(".field")).toHaveClass("field-invalid");
  });

  it("with only a hint, is described by the hint and not invalid", () => {
    render(
      <FormField label="Text" hint="Kort och tydligt">
        {(p) => <textarea {...p} />}
      </FormField>,
    );
    const area = screen.getByLabelText("Text");
    expect(area).toHaveAccessibleDescription("Kort och tydligt");
    expect(area).not.toHaveAttribute("aria-invalid");
  });

  it("keeps a fixed id when given one, so other code can find the control", () => {
    render(
      <FormField label="Händelse" id="contact-incident">
        {(p) => <select {...p} />}
      </FormField>,
    );
    expect(screen.getByLabelText("Händelse")).toHaveAttribute("id", "contact-incident");
  });

  it("FieldError renders nothing without a message", () => {
    const { container } = render(<FieldError id="e" message={undefined} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe("SelectField", () => {
  function Harness({ error }: { error?: string }) {
    const [value, setValue] = useState<"low" | "high">("low");
    return (
      <>
        <SelectField
          label="Allvar"
          options={["low", "high"] as const}
          optionLabel={(v) => (v === "low" ? "Låg" : "Hög")}
          value={value}
          onChange={setValue}
          error={error}
        />
        <output>{value}</output>
      </>
    );
  }

  it("lists the options by their labels and reports the picked value", async () => {
    render(<Harness />);
    const select = screen.getByLabelText("Allvar");
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["Låg", "Hög"]);
    await userEvent.selectOptions(select, "Hög");
    expect(select).toHaveValue("high");
    expect(screen.getByRole("status")).toHaveTextContent("high");
  });

  it("passes its error to the field", () => {
    render(<Harness error="Välj ett värde" />);
    const select = screen.getByLabelText("Allvar");
    expect(select).toHaveAttribute("aria-invalid", "true");
    expect(select).toHaveAccessibleDescription("Välj ett värde");
  });
});
