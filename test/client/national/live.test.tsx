/**
 * The national picture is live: the panel fetches GET /api/national once and then follows
 * national.item events (new, changed, withdrawn) through the store, without asking again.
 */
import { act, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { EventEnvelope } from "@shared/events/index";
import type { NationalItem, NationalPicture } from "@shared/schemas/national";
import { NationalPanel } from "../../../client/src/features/national/NationalPanel";
import { emptyDomainState, useStore } from "../../../client/src/store";
import { applyEvents } from "../../../client/src/store/events";
import { stubFetch } from "../helpers/fetchStub";
import { jsonResponse, LEAD, makeUser } from "../helpers/fixtures";

const T0 = "2026-12-03T10:00:00.000Z";

function item(id: string, kind: "news" | "vma", headline: string, extra: Partial<NationalItem> = {}): NationalItem {
  return {
    id: `${kind}:${id}`,
    kind,
    identifier: id,
    version: 1,
    headline,
    preamble: "",
    bodyText: "",
    pushMessage: "",
    areas: [{ description: "Västra Götalands län", type: "County" }],
    web: null,
    language: "sv",
    sourceId: null,
    publishedAt: T0,
    updatedAt: T0,
    withdrawnAt: null,
    firstSeenAt: T0,
    lastSeenAt: T0,
    ...extra,
  };
}

const NEWS = item("n1", "news", "Orange varning för storm");
const picture = (): NationalPicture => ({
  items: [NEWS],
  status: { enabled: true, lastSuccessAt: T0, lastAttemptAt: T0, lastError: null, skipped: 0 },
});

function nationalEvent(seq: number, change: "new" | "changed" | "withdrawn", it: NationalItem): EventEnvelope {
  return {
    seq,
    at: new Date(Date.parse(T0) + seq * 60_000).toISOString(),
    actor: null,
    type: "national.item",
    incidentId: null,
    entity: { type: "national_item", id: it.id },
    visibleTo: null,
    data: { change, item: it },
  };
}

describe("national picture reducer", () => {
  it("merges pushed items once the picture is fetched: VMA first, newer version wins, withdrawn leaves", () => {
    const vma = item("v1", "vma", "VMA: Brand i Hamnen", { updatedAt: "2026-12-03T09:00:00.000Z" });
    const loaded = emptyDomainState({
      national: { picture: picture(), status: "loaded", fetching: false, pending: [] },
    });
    let { state } = applyEvents(loaded, [nationalEvent(1, "new", vma)]);
    expect(state.national.picture?.items.map((i) => i.id)).toEqual([vma.id, NEWS.id]);
    expect(state.national.picture?.status.lastSuccessAt).toBe(nationalEvent(1, "new", vma).at);

    const changed = { ...NEWS, version: 2, headline: "Röd varning för storm" };
    ({ state } = applyEvents(state, [nationalEvent(2, "changed", changed)]));
    expect(state.national.picture?.items.find((i) => i.id === NEWS.id)?.headline).toBe("Röd varning för storm");
    // An older copy arriving late does not overwrite the newer one.
    ({ state } = applyEvents(state, [nationalEvent(3, "changed", { ...NEWS, version: 1 })]));
    expect(state.national.picture?.items.find((i) => i.id === NEWS.id)?.version).toBe(2);

    ({ state } = applyEvents(state, [nationalEvent(4, "withdrawn", { ...vma, version: 2, withdrawnAt: T0 })]));
    expect(state.national.picture?.items.map((i) => i.id)).toEqual([NEWS.id]);
  });

  it("keeps a push that arrives while the fetch is in flight, and merges it into the (older) answer", () => {
    useStore.getState().beginNationalFetch();
    const vma = item("v3", "vma", "VMA: Rök över Norrby");
    useStore.getState().applyEvents([nationalEvent(1, "new", vma)]);
    // The GET was answered before the worker stored the VMA: its picture lacks it.
    useStore.getState().setNationalPicture(picture());
    const { national } = useStore.getState();
    expect(national.picture?.items.map((i) => i.id)).toEqual([vma.id, NEWS.id]);
    expect(national.pending).toEqual([]);
    expect(national.status).toBe("loaded");
    expect(national.fetching).toBe(false);
  });

  it("leaves an unfetched picture alone when no fetch is in flight (the next fetch brings the item)", () => {
    const { state } = applyEvents(emptyDomainState(), [nationalEvent(1, "new", NEWS)]);
    expect(state.national.picture).toBeNull();
  });
});

describe("NationalPanel", () => {
  beforeEach(() => {
    useStore.getState().setSignedIn(makeUser({ id: LEAD.id, role: "agent" }));
  });
  afterEach(() => vi.unstubAllGlobals());

  it("shows the picture when the connection comes up while the first fetch is in flight (that fetch is aborted)", async () => {
    // A fetch that honours its abort signal, as the browser's does, answering after a moment.
    const fetchMock = vi.fn(
      (_url: string, init?: RequestInit) =>
        new Promise<Response>((resolve, reject) => {
          const timer = setTimeout(() => resolve(jsonResponse(200, picture())), 30);
          init?.signal?.addEventListener("abort", () => {
            clearTimeout(timer);
            reject(new DOMException("aborted", "AbortError"));
          });
        }),
    );
    vi.stubGlobal("fetch", fetchMock);
    useStore.getState().setConnection("syncing");
    render(<NationalPanel />);
    act(() => useStore.getState().setConnection("online"));
    await screen.findByRole("heading", { name: NEWS.headline });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it("says when an item changed after it was published (orange raised to red), not only when it was published", async () => {
    stubFetch((call) => (call.url.startsWith("/api/national") ? jsonResponse(200, picture()) : jsonResponse(404, {})));
    render(<NationalPanel />);
    await screen.findByRole("heading", { name: NEWS.headline });
    const changed = () => screen.getByTestId("national-panel").querySelector("time.national-item-updated");
    expect(changed()).toBeNull();
    const raised = { ...NEWS, headline: "Röd varning för storm", version: 2, updatedAt: "2026-12-03T10:30:00.000Z" };
    act(() => useStore.getState().applyEvents([nationalEvent(1, "changed", raised)]));
    await screen.findByRole("heading", { name: raised.headline });
    expect(changed()).toHaveAttribute("datetime", raised.updatedAt);
    expect(changed()?.textContent).toMatch(/^uppdaterad /);
  });

  it("shows a pushed VMA first, marked and announced, without asking the server again", async () => {
    const { calls } = stubFetch((call) =>
      call.url.startsWith("/api/national") ? jsonResponse(200, picture()) : jsonResponse(404, {}),
    );
    render(<NationalPanel />);
    await screen.findByRole("heading", { name: NEWS.headline });
    expect(calls.filter((c) => c.url.startsWith("/api/national"))).toHaveLength(1);

    const vma = item("v2", "vma", "VMA: Gasutsläpp i Hamnen");
    act(() => useStore.getState().applyEvents([nationalEvent(1, "new", vma)]));
    const headings = within(screen.getByTestId("national-panel")).getAllByRole("heading", { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual([vma.headline, NEWS.headline]);
    expect(screen.getByRole("status")).toHaveTextContent(vma.headline);
    expect(calls.filter((c) => c.url.startsWith("/api/national"))).toHaveLength(1);
  });
});
