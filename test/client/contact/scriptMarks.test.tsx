import { act, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { EventEnvelope } from "@shared/events/index";
import type { Bulletin } from "@shared/schemas/bulletin";
import { ScriptPanel } from "../../../client/src/features/contact/ScriptPanel";
import { useStore } from "../../../client/src/store";
import { makeBulletin } from "../bulletins/fixtures";
import { stubFetch } from "../helpers/fetchStub";
import { jsonResponse, makeIncident, makeUser, resetStore, uuid } from "../helpers/fixtures";

// The script panel shows one version per message (scriptVersions): her UI language where published, else the
// original. Its "Ny"/"Ändrad" marks and what it says aloud follow that version: a translation she does not see is no
// news to her, and one that takes the original's place is.

const incident = makeIncident({ title: "Kokningsrekommendation i Norrby" });
const at = (h: number) => `2026-11-25T${String(h).padStart(2, "0")}:00:00.000Z`;
const master = makeBulletin(incident.id, {
  headline: "Koka vattnet i Norrby",
  status: "published",
  publishedAt: at(8),
  firstPublishedAt: at(8),
});
const translation = (language: "en" | "fi", headline: string, hour: number) =>
  makeBulletin(incident.id, {
    headline,
    language,
    translationOf: master.id,
    status: "published",
    publishedAt: at(hour),
    firstPublishedAt: at(hour),
  });
const fi = translation("fi", "Keitä vesi Norrbyssä", 9);
const en = translation("en", "Boil the water in Norrby", 9);

let live: Bulletin[] = [];

function open(language: "sv" | "en", published: Bulletin[]) {
  resetStore();
  useStore.getState().setSignedIn(makeUser({ role: "agent" }));
  useStore.getState().setLanguage(language);
  live = published;
  stubFetch(() => jsonResponse(200, { bulletins: live }));
  render(<ScriptPanel incidents={[incident]} />);
}

/** The publish event an agent receives, after which the server lists `after` (newest first). */
function published(seq: number, b: Bulletin, after: Bulletin[]) {
  live = after;
  const event: EventEnvelope = {
    seq,
    at: b.publishedAt ?? at(0),
    actor: { id: uuid(), displayName: "Lena Lead" },
    type: "bulletin.status_changed",
    incidentId: b.incidentId,
    entity: { type: "bulletin", id: b.id },
    visibleTo: null,
    data: { bulletin: b, from: "approved", to: "published", version: b.version },
  };
  act(() => useStore.getState().applyEvents([event]));
}

const cards = () => screen.getAllByTestId("script-bulletin");
const reloads = () => vi.mocked(fetch).mock.calls.length;

describe("the script panel's marks follow the version she sees", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("says nothing of a Finnish translation while she reads the Swedish original", async () => {
    open("sv", [master]);
    await screen.findByText("Koka vattnet i Norrby");
    published(5, fi, [fi, master]);
    await waitFor(() => expect(reloads()).toBe(2));
    await screen.findByText("Koka vattnet i Norrby");
    expect(cards()).toHaveLength(1);
    expect(within(cards()[0]!).queryByText("Ny")).toBeNull();
    expect(useStore.getState().announcement).toBeNull();
  });

  it("marks and announces the English translation that takes the original's place in the English UI", async () => {
    open("en", [master]);
    await screen.findByText("Koka vattnet i Norrby");
    published(5, en, [en, master]);
    const card = (await screen.findByText("New")).closest("[data-testid=script-bulletin]") as HTMLElement;
    expect(card).toHaveTextContent("Boil the water in Norrby");
    await waitFor(
      () =>
        expect(useStore.getState().announcement).toMatchObject({
          key: "contact.announce.bulletinNew",
          params: { headline: "Boil the water in Norrby" },
        }),
      { timeout: 5000 },
    );
  });

  it("says nothing when the Swedish original is published again behind the English version she reads", async () => {
    open("en", [en, master]);
    await screen.findByText("Boil the water in Norrby");
    const again = { ...master, headline: "Koka vattnet i Norrby och Söderäng", publishedAt: at(10) };
    published(5, again, [again, en]);
    await waitFor(() => expect(reloads()).toBe(2));
    await screen.findByText("Boil the water in Norrby");
    expect(within(cards()[0]!).queryByText("Changed")).toBeNull();
    expect(useStore.getState().announcement).toBeNull();
  });
});
