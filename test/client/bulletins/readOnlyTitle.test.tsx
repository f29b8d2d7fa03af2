import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeIncident } from "../helpers/fixtures";
import { makeBulletin } from "./fixtures";
import { renderEditor } from "./renderEditor";

describe("bulletin editor title", () => {
  afterEach(() => vi.unstubAllGlobals());
  const incident = makeIncident();
  const bulletin = makeBulletin(incident.id, { status: "published", publishedVersion: 1 });

  it("a viewer reads a bulletin: the title does not offer to edit it", async () => {
    renderEditor({
      incident,
      bulletins: [bulletin],
      role: "viewer",
      path: `/incidents/${incident.id}/bulletins/${bulletin.id}`,
    });
    expect(await screen.findByRole("heading", { level: 1, name: "Meddelande" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Redigera meddelande" })).not.toBeInTheDocument();
    // Nor does it speak of saving: the reader has saved nothing.
    expect(screen.queryByText("Allt är sparat")).not.toBeInTheDocument();
  });

  it("a communicator still edits it", async () => {
    renderEditor({
      incident,
      bulletins: [bulletin],
      role: "communicator",
      path: `/incidents/${incident.id}/bulletins/${bulletin.id}`,
    });
    expect(await screen.findByRole("heading", { level: 1, name: "Redigera meddelande" })).toBeInTheDocument();
    expect(screen.getAllByText("Allt är sparat").length).toBeGreaterThan(0);
  });
});
