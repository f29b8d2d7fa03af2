import { fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { NationalItem } from "@shared/schemas/national";
import { NationalItemCard } from "../../../client/src/features/national/NationalPanel";
import { useStore } from "../../../client/src/store";
import { stubFetch } from "../helpers/fetchStub";
import { jsonResponse, makeIncident, resetStore } from "../helpers/fixtures";

// "Citera i faktaregistret" refused: the reason in the console's language, not the server's English.

const T0 = "2026-12-03T10:00:00.000Z";
const incident = makeIncident();
const news: NationalItem = {
  id: "news:n1",
  kind: "news",
  identifier: "n1",
  version: 1,
  headline: "Orange varning för storm",
  preamble: "SMHI varnar för hårda vindar i helgen.",
  bodyText: "",
  pushMessage: "",
  areas: [],
  web: "https://www.krisinformation.se/nyheter/n1",
  language: "sv",
  sourceId: null,
  publishedAt: T0,
  updatedAt: T0,
  withdrawnAt: null,
  firstSeenAt: T0,
  lastSeenAt: T0,
};

describe("citing a national item", () => {
  beforeEach(() => resetStore());
  afterEach(() => vi.unstubAllGlobals());

  const cite = async () => {
    render(
      <ul>
        <NationalItemCard item={news} incidentId={incident.id} canCite />
      </ul>,
    );
    fireEvent.click(screen.getByRole("button", { name: /^(Citera i faktaregistret|Cite in the facts register)$/ }));
    return screen.findByRole("alert");
  };

  it("says a refusal in Swedish", async () => {
    stubFetch(() => jsonResponse(403, { error: { code: "forbidden", message: "Your role may not do this" } }));
    const alert = await cite();
    expect(alert).toHaveTextContent("Det gick inte att citera: Din roll får inte göra detta.");
    expect(alert).not.toHaveTextContent("Your role");
  });

  it("and in English when English is chosen", async () => {
    useStore.getState().setLanguage("en");
    stubFetch(() => jsonResponse(404, { error: { code: "not_found", message: "National item not found" } }));
    const alert = await cite();
    expect(alert).toHaveTextContent("Could not cite: What you are looking for does not exist (any more).");
  });
});
