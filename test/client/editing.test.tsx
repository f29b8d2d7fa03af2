import { act, render, renderHook, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Fact } from "@shared/schemas/fact";
import { FactItem } from "../../client/src/features/facts/FactItem";
import { useStore } from "../../client/src/store";
import { makeIncident, makeUser, resetStore } from "./helpers/fixtures";
import { makeFact } from "./bulletins/fixtures";

const setEditing = vi.fn();
const joinIncident = vi.fn();
const leaveIncident = vi.fn();
vi.mock("../../client/src/store/session/lifecycle", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  currentRealtime: () => ({ setEditing, joinIncident, leaveIncident }),
}));

// Imported after the mock, so the editors' presence goes to the spy.
const { OthersEditing, useEditingPresence } = await import("../../client/src/features/editing/presence");
const { useNewerVersion } = await import("../../client/src/features/editing/useNewerVersion");

const incident = makeIncident();
const signIn = () => useStore.getState().setSignedIn(makeUser({ role: "communicator" }));

describe("soft locks shared by every editor (presence while editing)", () => {
  beforeEach(() => {
    resetStore();
    setEditing.mockClear();
    joinIncident.mockClear();
    leaveIncident.mockClear();
  });
  afterEach(() => vi.unstubAllGlobals());

  it("takes a newer version over while nothing is unsaved, and offers it (take theirs / keep mine) when something is", () => {
    const takeOver = vi.fn();
    const { result, rerender } = renderHook(
      ({ live, dirty }: { live: { version: number; text: string }; dirty: boolean }) =>
        useNewerVersion(live, dirty, takeOver),
      { initialProps: { live: { version: 1, text: "a" }, dirty: false } },
    );
    rerender({ live: { version: 2, text: "b" }, dirty: false });
    expect(takeOver).toHaveBeenLastCalledWith({ version: 2, text: "b" });
    expect(result.current.base).toBe(2);
    expect(result.current.newer).toBeNull();

    rerender({ live: { version: 3, text: "c" }, dirty: true });
    expect(result.current.newer).toEqual({ version: 3, text: "c" });
    expect(result.current.base).toBe(2); // a save now would still name version 2: refused, never silent
    act(() => result.current.keepMine());
    expect(result.current).toMatchObject({ base: 3, newer: null });
    expect(takeOver).toHaveBeenCalledTimes(1); // my text stays

    rerender({ live: { version: 4, text: "d" }, dirty: true });
    act(() => result.current.takeTheirs());
    expect(takeOver).toHaveBeenLastCalledWith({ version: 4, text: "d" });
    expect(result.current).toMatchObject({ base: 4, newer: null });
  });

  it("does not offer my own save as someone else's version when its push arrives before its answer", async () => {
    const takeOver = vi.fn();
    type Live = { version: number; text: string };
    const { result, rerender } = renderHook(
      ({ live, dirty }: { live: Live; dirty: boolean }) => useNewerVersion(live, dirty, takeOver),
      { initialProps: { live: { version: 1, text: "a" }, dirty: true } },
    );
    // The server pushes version 2 (my save) while the request is still answering.
    let answer: (saved: Live) => void = () => {};
    let save: Promise<Live> = Promise.resolve({ version: 0, text: "" });
    act(() => {
      save = result.current.saving(() => new Promise<Live>((resolve) => (answer = resolve)));
    });
    rerender({ live: { version: 2, text: "mine" }, dirty: true });
    expect(result.current.newer).toBeNull();
    await act(async () => {
      answer({ version: 2, text: "mine" });
      await save;
    });
    expect(result.current).toMatchObject({ base: 2, newer: null });
    expect(takeOver).not.toHaveBeenCalled();

    // Someone else's save that lands after mine is still offered.
    act(() => {
      save = result.current.saving(() => new Promise<Live>((resolve) => (answer = resolve)));
    });
    rerender({ live: { version: 4, text: "theirs" }, dirty: true });
    await act(async () => {
      answer({ version: 3, text: "mine again" });
      await save;
    });
    expect(result.current.base).toBe(3);
    expect(result.current.newer).toEqual({ version: 4, text: "theirs" });
  });

  it("says what the innermost open editor edits, and gives the word back when it closes", async () => {
    signIn();
    function Editor({ card }: { card: boolean }) {
      useEditingPresence(incident.id, "bulletin:b1");
      return card ? <Card /> : null;
    }
    function Card() {
      useEditingPresence(incident.id, "bulletin:b1#sms");
      return null;
    }
    function Page() {
      const [open, setOpen] = useState(true);
      const [card, setCard] = useState(false);
      return (
        <>
          <button onClick={() => setCard((c) => !c)}>card</button>
          <button onClick={() => setOpen(false)}>close</button>
          {open ? <Editor card={card} /> : null}
        </>
      );
    }
    render(<Page />);
    await userEvent.click(screen.getByRole("button", { name: "card" }));
    await userEvent.click(screen.getByRole("button", { name: "card" }));
    await userEvent.click(screen.getByRole("button", { name: "close" }));
    expect(setEditing.mock.calls).toEqual([
      [incident.id, "bulletin:b1"],
      [incident.id, "bulletin:b1#sms"],
      [incident.id, "bulletin:b1"],
      [incident.id, null],
    ]);
    // Each open editor holds a counted join of the incident's presence (the FAQ desk is no incident page).
    expect(joinIncident).toHaveBeenCalledTimes(2);
    expect(leaveIncident).toHaveBeenCalledTimes(2);
  });

  it("names the others who have the same thing (or, for a bulletin, a part of it) open, not me", () => {
    signIn();
    const me = useStore.getState().user!;
    const user = (userId: string, displayName: string, editing: string | null) => ({
      userId,
      username: displayName,
      displayName,
      role: "communicator" as const,
      editing,
    });
    useStore
      .getState()
      .setPresence(incident.id, [
        user(me.id, "Jag", "fact:f1"),
        user("u2", "Erik", "fact:f1"),
        user("u3", "Maja", "bulletin:b1#sms"),
        user("u4", "Olle", "fact:f2"),
      ]);
    render(
      <>
        <OthersEditing incidentId={incident.id} what="fact:f1" message={(n) => `fakta: ${n}`} />
        <OthersEditing incidentId={incident.id} what="bulletin:b1" parts message={(n) => `meddelande: ${n}`} />
        <OthersEditing incidentId={incident.id} what="bulletin:b1" message={(n) => `exakt: ${n}`} />
      </>,
    );
    expect(screen.getByText("fakta: Erik")).toBeInTheDocument();
    expect(screen.getByText("meddelande: Maja")).toBeInTheDocument();
    expect(screen.queryByText(/exakt/)).not.toBeInTheDocument();
  });

  it("in the facts register: announces the open fact editor and offers a newer version instead of overwriting", async () => {
    signIn();
    const fact: Fact = makeFact(incident.id, { statement: "Tankbilen står vid skolan.", version: 1 });
    const { rerender } = render(
      <ul>
        <FactItem fact={fact} canWrite />
      </ul>,
    );
    await userEvent.click(screen.getByRole("button", { name: /Ändra/ }));
    expect(setEditing).toHaveBeenLastCalledWith(incident.id, `fact:${fact.id}`);
    const statement = screen.getByRole("textbox", { name: "Uppgift" });
    await userEvent.clear(statement);
    await userEvent.type(statement, "Tankbilen står vid biblioteket.");

    rerender(
      <ul>
        <FactItem fact={{ ...fact, statement: "Tankbilen står vid kyrkan.", version: 2 }} canWrite />
      </ul>,
    );
    expect(screen.getByText(/har sparat version 2 medan du skrev/)).toBeInTheDocument();
    expect(statement).toHaveValue("Tankbilen står vid biblioteket."); // nothing lost
    await userEvent.click(screen.getByRole("button", { name: "Ta deras version (min text försvinner)" }));
    expect(screen.getByRole("textbox", { name: "Uppgift" })).toHaveValue("Tankbilen står vid kyrkan.");
    expect(screen.queryByText(/har sparat version 2/)).not.toBeInTheDocument();
  });
});
