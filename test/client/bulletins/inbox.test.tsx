import { act, render, screen, within } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { InboxNavLink } from "../../../client/src/features/inbox/InboxNavLink";
import { InboxPage } from "../../../client/src/features/inbox/InboxPage";
import { useStore } from "../../../client/src/store";
import { stubFetch } from "../helpers/fetchStub";
import { jsonResponse, makeIncident, makeUser, resetStore, uuid } from "../helpers/fixtures";
import { bulletinEvent, makeBulletin, makeFact } from "./fixtures";

const incident = makeIncident({ title: "Vattenläcka i Centrum" });
const other = makeIncident({ title: "Storm över kusten", exercise: true });
const oldest = makeBulletin(other.id, {
  headline: "Äldst i kön",
  status: "in_review",
  statusChangedAt: "2026-11-25T07:50:00.000Z",
});
const middle = makeBulletin(incident.id, {
  headline: "Mitt i kön",
  status: "in_review",
  statusChangedAt: "2026-11-25T08:10:00.000Z",
});
const newest = makeBulletin(incident.id, {
  headline: "Senast inskickad",
  status: "in_review",
  statusChangedAt: "2026-11-25T08:30:00.000Z",
});
const approvedWaiting = makeBulletin(incident.id, {
  headline: "Godkänt men inte ute",
  status: "approved",
  statusChangedAt: "2026-11-25T08:40:00.000Z",
});
const draft = makeBulletin(incident.id, { headline: "Bara ett utkast" });

function serveInbox() {
  // The server's order is oldest first; the client keeps that order on its own, so serve them shuffled.
  const items = [newest, approvedWaiting, oldest, middle].map((b) => ({
    bulletin: b,
    incidentTitle: b.incidentId === other.id ? other.title : incident.title,
    exercise: b.incidentId === other.id,
    waitingSince: b.statusChangedAt,
  }));
  return stubFetch((call) =>
    call.url === "/api/inbox"
      ? jsonResponse(200, { items, count: items.length })
      : jsonResponse(404, { error: { code: "not_found", message: "no" } }),
  );
}

describe("approval inbox", () => {
  beforeEach(() => {
    resetStore();
    useStore.getState().setSignedIn(makeUser({ role: "lead" }));
    useStore.getState().upsertIncidents([incident, other]);
    useStore.getState().upsertBulletins([draft]);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("lists everything in review and approved-unpublished, oldest first, with its stage, score and incident", async () => {
    serveInbox();
    render(
      <MemoryRouter>
        <InboxPage />
      </MemoryRouter>,
    );
    const items = await screen.findAllByRole("listitem");
    // The headline shows; "Granska ”…”" around it is for screen readers (the headline tagged with its language).
    expect(items.map((li) => within(li).getByRole("link").querySelector("[lang]")?.textContent)).toEqual([
      "Äldst i kön",
      "Mitt i kön",
      "Senast inskickad",
      "Godkänt men inte ute",
    ]);
    expect(within(items[0] as HTMLElement).getByRole("link")).toHaveAccessibleName("Granska ”Äldst i kön”");
    expect(items[0]).toHaveTextContent("Väntar på granskning");
    expect(items[3]).toHaveTextContent("Godkänt, inte publicerat");
    // Who acted last, said as what they did: sent it for review, or approved it.
    expect(items[0]).toHaveTextContent(`från ${oldest.updatedByName}`);
    expect(items[3]).toHaveTextContent(`godkänt av ${approvedWaiting.updatedByName}`);
    expect(items[3]).not.toHaveTextContent(`från ${approvedWaiting.updatedByName}`);
    expect(items[0]).toHaveTextContent("Storm över kusten");
    expect(items[0]).toHaveTextContent("ÖVNING");
    expect(items[1]).toHaveTextContent(`${middle.score.overall} p`);
    expect(screen.queryByText("Bara ett utkast")).not.toBeInTheDocument();
  });

  it("keeps the header count live as bulletins enter and leave review", async () => {
    serveInbox();
    render(
      <MemoryRouter>
        <InboxNavLink />
      </MemoryRouter>,
    );
    const count = await screen.findByTestId("inbox-count");
    expect(count).toHaveTextContent("4");
    expect(screen.getByRole("link", { name: "Granska, 4 väntar på beslut" })).toBeInTheDocument();

    // Approved still waits for the lead (to publish); published does not.
    const approved = { ...oldest, status: "approved" as const, statusChangedAt: "2026-11-25T09:00:00.000Z" };
    act(() =>
      useStore.getState().applyEvents([
        bulletinEvent((useStore.getState().lastSeq ?? 0) + 1, "bulletin.status_changed", approved, {
          from: "in_review",
          to: "approved",
        }),
      ]),
    );
    expect(screen.getByTestId("inbox-count")).toHaveTextContent("4");
    const published = { ...approved, status: "published" as const, statusChangedAt: "2026-11-25T09:02:00.000Z" };
    act(() =>
      useStore.getState().applyEvents([
        bulletinEvent((useStore.getState().lastSeq ?? 0) + 1, "bulletin.status_changed", published, {
          from: "approved",
          to: "published",
        }),
      ]),
    );
    expect(screen.getByTestId("inbox-count")).toHaveTextContent("3");

    const submitted = { ...draft, status: "in_review" as const, statusChangedAt: "2026-11-25T09:05:00.000Z" };
    act(() =>
      useStore
        .getState()
        .applyEvents([bulletinEvent(1_000, "bulletin.status_changed", submitted, { from: "draft", to: "in_review" })]),
    );
    expect(screen.getByTestId("inbox-count")).toHaveTextContent("4");
  });

  it("lists stale bulletins, FAQ answers needing review and stale channel versions, each with why (review and staleness)", async () => {
    const fact = makeFact(incident.id, { statement: "Tankbilen står vid skolan.", status: "retracted", version: 2 });
    const at = "2026-11-25T09:30:00.000Z";
    const reason = { reason: "fact_retracted" as const, at, factId: fact.id, factVersion: 2 };
    const liveStale = makeBulletin(incident.id, {
      headline: "Publicerat men inaktuellt",
      status: "published",
      version: 2,
      publishedVersion: 2,
      stale: [{ ...reason, scope: "published" }],
    });
    const withChannel = makeBulletin(incident.id, {
      headline: "Med gammalt SMS",
      status: "published",
      publishedVersion: 1,
      channelVersions: [
        {
          id: uuid(),
          bulletinId: "x",
          channel: "sms",
          text: "Tankbilen står vid skolan.",
          version: 1,
          masterVersion: 1,
          stale: [reason],
          score: { overall: 90, status: "pass", errors: 0, warnings: 0 },
          updatedBy: uuid(),
          updatedByName: "Sara Nyström",
          createdAt: at,
          updatedAt: at,
        },
      ],
    });
    useStore.getState().upsertFacts([fact]);
    useStore.getState().upsertBulletins([liveStale, withChannel]);
    const faqItem = {
      id: uuid(),
      incidentId: incident.id,
      incidentTitle: incident.title,
      question: "Var står tankbilen?",
      status: "published",
      score: { overall: 40, status: "fail" as const },
      waitingSince: at,
      why: [{ kind: "stale" as const, at, stale: reason }],
    };
    stubFetch((call) =>
      call.url === "/api/inbox"
        ? jsonResponse(200, { items: [], faq: [faqItem], channels: [], count: 1 })
        : jsonResponse(404, { error: { code: "not_found", message: "no" } }),
    );
    render(
      <MemoryRouter>
        <InboxPage />
        <InboxNavLink />
      </MemoryRouter>,
    );
    const bulletins = within(screen.getByRole("list", { name: "Meddelanden" }));
    const stale = bulletins.getByRole("link", { name: "Granska ”Publicerat men inaktuellt”" }).closest("li");
    expect(stale).toHaveTextContent(
      "Varför: Inaktuellt: en uppgift har dragits tillbaka: ”Tankbilen står vid skolan.” (den publicerade versionen)",
    );
    const faqList = within(await screen.findByRole("list", { name: "FAQ-svar" }));
    expect(faqList.getByRole("link", { name: "Öppna FAQ-svaret ”Var står tankbilen?”" })).toBeInTheDocument();
    expect(faqList.getByRole("listitem")).toHaveTextContent("Inaktuellt: en uppgift har dragits tillbaka");
    const channels = within(screen.getByRole("list", { name: "Kanalversioner" }));
    expect(channels.getByRole("link", { name: "Öppna SMS för ”Med gammalt SMS”" })).toBeInTheDocument();
    // One stale bulletin, one stale channel version and one FAQ answer (the draft waits for nothing).
    expect(screen.getByTestId("inbox-count")).toHaveTextContent("3");
  });

  it("is not offered to a communicator", () => {
    useStore.getState().setSignedIn(makeUser({ role: "communicator" }));
    const { calls } = serveInbox();
    render(
      <MemoryRouter>
        <InboxNavLink />
      </MemoryRouter>,
    );
    expect(screen.queryByRole("link")).not.toBeInTheDocument();
    expect(calls).toEqual([]);
  });
});
