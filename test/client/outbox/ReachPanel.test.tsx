import { render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import axe from "axe-core";
import { ReachPanel } from "../../../client/src/features/outbox/ReachPanel";
import { useStore } from "../../../client/src/store";
import type { PublicationReach } from "@shared/schemas/outbox";
import { resetStore } from "../helpers/fixtures";
import { stubFetch } from "../helpers/fetchStub";

const bulletinId = "6f1c1e7a-2f7e-4d39-9a55-0b6f3f1c2a11";
const incidentId = "0b8d6a53-3b0e-4d2c-8f5e-1f0c4a9e7d22";
const reach = (over: Partial<PublicationReach>): PublicationReach => ({
  publicationId: "9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d",
  type: "bulletin.published",
  incidentId,
  bulletinId,
  at: "2026-12-03T08:00:00.000Z",
  webhooks: { total: 2, delivered: 1, retrying: 1, queued: 0, failed: 0 },
  email: { total: 10_000, delivered: 2_500, retrying: 0, queued: 7_500, failed: 0 },
  emailPending: false,
  ...over,
});
const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });

describe("reach of a publish", () => {
  beforeEach(() => resetStore());
  afterEach(() => vi.unstubAllGlobals());

  it("shows webhooks and subscribers per publish and asks again while deliveries are on their way", async () => {
    const answers = [
      { reach: [reach({})] },
      {
        reach: [
          reach({
            webhooks: { total: 2, delivered: 2, retrying: 0, queued: 0, failed: 0 },
            email: { total: 10_000, delivered: 9_998, retrying: 0, queued: 0, failed: 2 },
          }),
        ],
      },
    ];
    const { calls } = stubFetch(() => json(answers[Math.min(calls.length - 1, answers.length - 1)]));
    const { container } = render(<ReachPanel bulletinId={bulletinId} changedAt="2026-12-03T08:00:00.000Z" />);
    const panel = await screen.findByRole("region", { name: "Spridning" });
    await waitFor(() =>
      expect(
        within(panel)
          .getByText(/Webbhookar/)
          .closest("li"),
      ).toHaveTextContent("Webbhookar: 1 av 2 levererade, 1 försöker igen"),
    );
    expect(
      within(panel)
        .getByText(/E-postprenumeranter/)
        .closest("li"),
    ).toHaveTextContent(/2\s500 av 10\s000 levererade, 7\s500 i kö/);
    expect(calls[0]?.url).toBe(`/api/bulletins/${bulletinId}/reach`);
    // Still in flight: asked again, and the counts move without a reload.
    await waitFor(
      () =>
        expect(
          within(panel)
            .getByText(/E-postprenumeranter/)
            .closest("li"),
        ).toHaveTextContent(/9\s998 av 10\s000 levererade, 2 misslyckade/),
      { timeout: 5_000 },
    );
    expect(
      within(panel)
        .getByText(/Webbhookar/)
        .closest("li"),
    ).toHaveTextContent("Webbhookar: 2 av 2 levererade");
    const settled = calls.length;
    await new Promise((r) => setTimeout(r, 3_500));
    expect(calls).toHaveLength(settled); // all settled: no more polling
    expect(panel.querySelector('[aria-live="polite"]')).toBeInTheDocument();
    const results = await axe.run(container);
    expect(results.violations).toEqual([]);
  }, 15_000);

  it("speaks English and says when the subscribers are still being counted", async () => {
    useStore.setState({ language: "en" });
    stubFetch(() =>
      json({
        reach: [
          reach({ emailPending: true, email: { total: 0, delivered: 0, retrying: 0, queued: 0, failed: 0 } }),
          reach({ publicationId: "1a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d", type: "bulletin.retracted" }),
        ],
      }),
    );
    render(<ReachPanel bulletinId={bulletinId} changedAt={null} />);
    const panel = await screen.findByRole("region", { name: "Reach" });
    await waitFor(() =>
      expect(
        within(panel)
          .getAllByText(/E-mail subscribers/)[0]
          ?.closest("li"),
      ).toHaveTextContent("0 of 0 delivered, counting subscribers"),
    );
    expect(within(panel).getByText(/Retraction/)).toBeInTheDocument();
    expect(within(panel).getAllByText(/E-mail subscribers/)).toHaveLength(1); // a retraction e-mails nobody
  });

  it("says a failed load in the UI language, not the server's English", async () => {
    stubFetch(
      () =>
        new Response(JSON.stringify({ error: { code: "forbidden", message: "Your role may not do this" } }), {
          status: 403,
          headers: { "content-type": "application/json" },
        }),
    );
    render(<ReachPanel bulletinId={bulletinId} changedAt={null} />);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Din roll får inte göra detta.");
    expect(alert).not.toHaveTextContent("Your role");
  });

  it("beside the loggbok: the incident's publishes and its closing", async () => {
    const { calls } = stubFetch(() =>
      json({
        reach: [
          reach({
            publicationId: "2a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d",
            type: "incident.closed",
            bulletinId: null,
            webhooks: { total: 1, delivered: 1, retrying: 0, queued: 0, failed: 0 },
          }),
        ],
      }),
    );
    render(<ReachPanel incidentId={incidentId} changedAt="2026-12-03T08:00:00.000Z" />);
    const panel = await screen.findByRole("region", { name: "Spridning" });
    await waitFor(() => expect(within(panel).getByText(/Händelsen avslutad/)).toBeInTheDocument());
    expect(calls[0]?.url).toBe(`/api/incidents/${incidentId}/reach`);
    expect(within(panel).queryByText(/E-postprenumeranter/)).toBeNull();
  });
});
