import { render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ScriptPanel } from "../../../client/src/features/contact/ScriptPanel";
import { useStore } from "../../../client/src/store";
import { makeBulletin } from "../bulletins/fixtures";
import { stubFetch } from "../helpers/fetchStub";
import { jsonResponse, makeIncident, makeUser, resetStore } from "../helpers/fixtures";

// A boil-water notice published in Swedish, then translated into Finnish and English (published later, so the
// newest); an earlier Swedish message before it, with its own Finnish translation.
const incident = makeIncident({ title: "Kokningsrekommendation i Norrby" });
const at = (h: number) => `2026-11-25T${String(h).padStart(2, "0")}:00:00.000Z`;
const earlier = makeBulletin(incident.id, {
  headline: "Ledningsbrott i Norrby",
  status: "published",
  publishedAt: at(6),
});
const earlierFi = makeBulletin(incident.id, {
  headline: "Putkirikko Norrbyssä",
  language: "fi",
  translationOf: earlier.id,
  status: "published",
  publishedAt: at(7),
});
const master = makeBulletin(incident.id, {
  headline: "Koka vattnet i Norrby",
  status: "published",
  publishedAt: at(8),
});
const fi = makeBulletin(incident.id, {
  headline: "Keitä vesi Norrbyssä",
  language: "fi",
  translationOf: master.id,
  status: "published",
  publishedAt: at(9),
});
const en = makeBulletin(incident.id, {
  headline: "Boil the water in Norrby",
  language: "en",
  translationOf: master.id,
  status: "published",
  publishedAt: at(10),
});

function show(language: "sv" | "en") {
  resetStore();
  useStore.getState().setSignedIn(makeUser({ role: "agent" }));
  useStore.getState().setLanguage(language);
  // The server's order: newest published first.
  stubFetch(() => jsonResponse(200, { bulletins: [en, fi, master, earlierFi, earlier] }));
  render(<ScriptPanel incidents={[incident]} />);
}

const headlines = () =>
  screen.getAllByTestId("script-bulletin").map((el) => el.querySelector(".script-headline")?.textContent);

describe("the script panel's messages", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("shows each message once, as the Swedish original, not its newer translations", async () => {
    show("sv");
    await screen.findByText("Koka vattnet i Norrby");
    expect(headlines()).toEqual(["Koka vattnet i Norrby", "Ledningsbrott i Norrby"]);
    const card = screen.getAllByTestId("script-bulletin")[0]!;
    expect(within(card).getByText("Koka vattnet i Norrby")).toHaveAttribute("lang", "sv");
  });

  it("shows the English version in the English UI where one is published, else the original", async () => {
    show("en");
    await screen.findByText("Boil the water in Norrby");
    expect(headlines()).toEqual(["Boil the water in Norrby", "Ledningsbrott i Norrby"]);
    expect(screen.getByText("Boil the water in Norrby")).toHaveAttribute("lang", "en");
  });
});
