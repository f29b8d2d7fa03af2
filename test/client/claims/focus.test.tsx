import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, Route, Routes } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Claim } from "@shared/schemas/claim";
import { ClaimsBoardPage } from "../../../client/src/features/claims/ClaimsBoardPage";
import { stubFetch, type RecordedCall } from "../helpers/fetchStub";
import { jsonResponse, makeIncident } from "../helpers/fixtures";
import { cardFor, renderBoard as renderHarnessBoard, signInSaraOn } from "./harness";
import { makeClaim, SARA } from "./fixtures";

/**
 * A keyboard user keeps their place on the board (WCAG 2.4.3): an action that moves a card to another column, or
 * closes the panel that held the focused button, hands focus to the card, never to the page's body.
 */
const incident = makeIncident({ title: "Vattenläcka i Centrum" });

function serve(claims: Claim[], extra: (call: RecordedCall) => Response | null) {
  return stubFetch((call) => {
    const answer = extra(call);
    if (answer) return answer;
    if (call.url === `/api/incidents/${incident.id}/claims`) return jsonResponse(200, { claims });
    return jsonResponse(404, { error: { code: "not_found", message: "no" } });
  });
}

const renderBoard = () => renderHarnessBoard(incident.id);
const column = (name: RegExp) => screen.getByRole("region", { name });

describe("claims board keeps the keyboard user's place", () => {
  beforeEach(() => signInSaraOn(incident));
  afterEach(() => vi.unstubAllGlobals());

  it("'Ta' moves the card to Tilldelade and focus goes with it", async () => {
    const claim = makeClaim(incident.id, { text: "Bron är stängd" });
    serve([claim], (call) =>
      call.method === "POST" && call.url === `/api/claims/${claim.id}/take`
        ? jsonResponse(200, {
            ...claim,
            status: "assigned",
            assigneeId: SARA.id,
            assigneeName: SARA.displayName,
            version: 2,
          })
        : null,
    );
    renderBoard();
    const take = within(await cardFor("Bron är stängd")).getByRole("button", { name: "Ta" });
    take.focus();
    fireEvent.click(take);
    const moved = await waitFor(() => within(column(/^Tilldelade/)).getByRole("listitem"));
    await waitFor(() => expect(document.activeElement).toBe(moved));
  });

  it("a menu item's panel takes focus, and saving a triage keeps focus on the moved card", async () => {
    const claim = makeClaim(incident.id, { text: "Elen går i hela stan" });
    serve([claim], (call) =>
      call.method === "POST" && call.url === `/api/claims/${claim.id}/triage`
        ? jsonResponse(200, { ...claim, status: "triaged", severity: "critical", version: 2 })
        : null,
    );
    renderBoard();
    const card = await cardFor("Elen går i hela stan");
    fireEvent.click(within(card).getByRole("button", { name: "Fler åtgärder" }));
    fireEvent.click(within(card).getByRole("button", { name: "Bedöm" }));
    const form = within(card).getByRole("form", { name: "Bedöm" });
    // The menu item that opened the panel is gone: focus is on the panel's first field, not on the body.
    expect(form.contains(document.activeElement)).toBe(true);
    expect(document.activeElement?.tagName).toBe("SELECT");
    const save = within(form).getByRole("button", { name: "Spara" });
    save.focus();
    fireEvent.click(save);
    const moved = await waitFor(() => within(column(/^Bedömda/)).getByRole("listitem"));
    await waitFor(() => expect(document.activeElement).toBe(moved));
  });

  it("dismissing a card into the collapsed column focuses the card that followed it", async () => {
    const first = makeClaim(incident.id, { text: "Satir om vattnet" });
    const second = makeClaim(incident.id, { text: "Skolan är stängd" });
    serve([first, second], (call) =>
      call.method === "POST" && call.url === `/api/claims/${first.id}/dismiss`
        ? jsonResponse(200, { ...first, status: "dismissed", dismissReason: "Satir", version: 2 })
        : null,
    );
    renderBoard();
    const card = await cardFor("Satir om vattnet");
    const next = await cardFor("Skolan är stängd");
    // Both are new; the order in the column decides which one "follows".
    const cards = within(column(/^Nya/)).getAllByRole("listitem");
    const expected = cards[0] === card ? next : (cards[cards.indexOf(card) + 1] ?? cards[cards.indexOf(card) - 1]);
    fireEvent.click(within(card).getByRole("button", { name: "Fler åtgärder" }));
    fireEvent.click(within(card).getByRole("button", { name: "Avfärda" }));
    const form = within(card).getByRole("form", { name: "Avfärda" });
    expect(document.activeElement).toBe(within(form).getByLabelText("Skäl att avfärda"));
    fireEvent.change(within(form).getByLabelText("Skäl att avfärda"), { target: { value: "Satir" } });
    const submit = within(form).getByRole("button", { name: "Avfärda" });
    submit.focus();
    fireEvent.click(submit);
    await waitFor(() => expect(within(column(/^Avfärdade/)).getByText("(1 st)")).toBeInTheDocument());
    await waitFor(() => expect(document.activeElement).toBe(expected));
  });

  it("the card menu closes when focus leaves it, forwards past its last item or back past its button", async () => {
    const claim = makeClaim(incident.id, { text: "Bron är stängd" });
    serve([claim], () => null);
    renderBoard();
    const card = await cardFor("Bron är stängd");
    const more = within(card).getByRole("button", { name: "Fler åtgärder" });
    await userEvent.click(more);
    expect(more).toHaveAttribute("aria-expanded", "true");
    await userEvent.tab({ shift: true });
    expect(more).toHaveAttribute("aria-expanded", "false");

    await userEvent.click(more);
    const items = within(document.getElementById(more.getAttribute("aria-controls") ?? "") as HTMLElement).getAllByRole(
      "button",
    );
    for (let i = 0; i < items.length; i++) await userEvent.tab();
    expect(document.activeElement).toBe(items.at(-1));
    expect(more).toHaveAttribute("aria-expanded", "true");
    await userEvent.tab();
    expect(more).toHaveAttribute("aria-expanded", "false");
  });

  it("does not take focus back when the user has moved on", async () => {
    const claim = makeClaim(incident.id, { text: "Bron är stängd" });
    let release: (r: Response) => void = () => undefined;
    const slow = new Promise<Response>((r) => (release = r));
    vi.stubGlobal(
      "fetch",
      vi.fn((url: string) =>
        url === `/api/claims/${claim.id}/take` ? slow : Promise.resolve(jsonResponse(200, { claims: [claim] })),
      ),
    );
    renderBoard();
    const take = within(await cardFor("Bron är stängd")).getByRole("button", { name: "Ta" });
    take.focus();
    fireEvent.click(take);
    const elsewhere = screen.getByRole("heading", { level: 2, name: /^Nya/ });
    elsewhere.setAttribute("tabindex", "-1");
    elsewhere.focus();
    await act(async () => {
      release(
        jsonResponse(200, {
          ...claim,
          status: "assigned",
          assigneeId: SARA.id,
          assigneeName: SARA.displayName,
          version: 2,
        }),
      );
      await new Promise((r) => setTimeout(r, 100));
    });
    expect(document.activeElement).toBe(elsewhere);
    // Having moved on, the user's own later loss of focus is theirs: the finished action does not pull focus back.
    await act(async () => {
      elsewhere.blur();
      await new Promise((r) => setTimeout(r, 100));
    });
    expect(document.activeElement).toBe(document.body);
  });
});

describe("the list view's bulk bar keeps the keyboard user's place", () => {
  beforeEach(() => signInSaraOn(incident));
  afterEach(() => vi.unstubAllGlobals());

  it("after 'Bedöm valda' the forms go and focus is on the bar's heading, not the body", async () => {
    const claim = makeClaim(incident.id, { text: "Bron är stängd" });
    serve([claim], (call) =>
      call.method === "POST" && call.url === `/api/claims/${claim.id}/triage`
        ? jsonResponse(200, { ...claim, status: "triaged", version: 2 })
        : null,
    );
    render(
      <MemoryRouter initialEntries={[`/incidents/${incident.id}/claims?view=list`]}>
        <Routes>
          <Route path="/incidents/:id/claims" element={<ClaimsBoardPage />} />
        </Routes>
      </MemoryRouter>,
    );
    fireEvent.click(await screen.findByRole("checkbox", { name: /Bron är stängd/ }));
    const triage = screen.getByRole("button", { name: "Bedöm valda" });
    triage.focus();
    fireEvent.click(triage);
    await waitFor(() => expect(screen.queryByRole("button", { name: "Bedöm valda" })).not.toBeInTheDocument());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("heading", { name: /^Gör med valda/ })));
  });
});

describe("the list view's bulk bar comes after the list in the focus order (WCAG 2.4.3)", () => {
  beforeEach(() => signInSaraOn(incident));
  afterEach(() => vi.unstubAllGlobals());

  const renderList = () =>
    render(
      <MemoryRouter initialEntries={[`/incidents/${incident.id}/claims?view=list`]}>
        <Routes>
          <Route path="/incidents/:id/claims" element={<ClaimsBoardPage />} />
        </Routes>
      </MemoryRouter>,
    );

  it("follows every row in the DOM, so Tab from a ticked row goes on to the bulk actions", async () => {
    const claims = [
      makeClaim(incident.id, { text: "Bron är stängd" }),
      makeClaim(incident.id, { text: "Vattnet är förgiftat" }),
    ];
    serve(claims, () => null);
    renderList();
    const table = await screen.findByRole("table");
    const bar = screen.getByRole("region", { name: /^Gör med valda/ });
    expect(table.compareDocumentPosition(bar) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    const boxes = within(table).getAllByRole("checkbox", { name: /^Välj ”/ });
    const last = boxes[boxes.length - 1]!;
    await userEvent.click(last);
    expect(last).toHaveFocus();
    await userEvent.tab();
    expect(bar).toContainElement(document.activeElement as HTMLElement);
    expect(document.activeElement).toBe(within(bar).getByLabelText("Allvarlighet"));
    // Every action of the bar follows every row's checkbox.
    for (const action of within(bar).getAllByRole("button"))
      for (const box of boxes)
        expect(box.compareDocumentPosition(action) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
