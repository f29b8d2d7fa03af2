import { expect } from "vitest";
import type { Bulletin, BulletinContentInput, Fact, Incident } from "../../../shared/index.js";
import type { ApiClient } from "../../helpers/http.js";

/** A bulletin in plain Swedish that passes the publish gate (no error finding, score well above 70). */
export function goodBulletin(factIds: string[], extra: Partial<BulletinContentInput> = {}): BulletinContentInput {
  return {
    headline: "Koka dricksvattnet i Norrby och Söderäng",
    body:
      "Norrby kommun informerar: En huvudvattenledning gick sönder vid Storgatan i Norrby i morse. Trycket i " +
      "ledningsnätet föll. Därför finns det risk för förorenat dricksvatten i Norrby, Söderäng och Västra " +
      "industriområdet. Smittskyddsläkaren i regionen har bekräftat att vattnet ska kokas.",
    instruction:
      "Koka vatten som du ska dricka eller laga mat med i minst en minut. Du kan duscha och spola toaletten som " +
      "vanligt. Hämta dricksvatten från tankbilarna vid Norrby skola. Har du frågor? Ring kommunens kontaktcenter.",
    audiences: ["residents", "affected-area"],
    channels: ["web"],
    factIds,
    area: {
      description: "Norrby, Söderäng och Västra industriområdet",
      polygon: [
        { lat: 59.33, lon: 18.06 },
        { lat: 59.34, lon: 18.08 },
        { lat: 59.32, lon: 18.09 },
      ],
    },
    nextUpdateAt: new Date(Date.now() + 2 * 3_600_000).toISOString(),
    ...extra,
  };
}

export async function createIncident(
  lead: ApiClient,
  opts: { exercise?: boolean; title?: string } = {},
): Promise<Incident> {
  const res = await lead.post<Incident>("/api/incidents", {
    title: opts.title ?? "Vattenläcka i Norrby",
    exercise: opts.exercise ?? false,
    affectedAreas: ["Norrby"],
    description: "INTERN: krisledningen sammanträder kl. 10 i stabsrummet",
  });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

export async function createFact(
  client: ApiClient,
  incidentId: string,
  statement: string,
  status: Fact["status"] = "confirmed",
): Promise<Fact> {
  const res = await client.post<Fact>(`/api/incidents/${incidentId}/facts`, { statement, source: "VA-jouren", status });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

export async function createBulletin(
  client: ApiClient,
  incidentId: string,
  body: Record<string, unknown>,
): Promise<Bulletin> {
  const res = await client.post<Bulletin>(`/api/incidents/${incidentId}/bulletins`, body);
  expect(res.status, res.text).toBe(201);
  return res.body;
}

/** Runs a bulletin through the workflow: submit (communicator), approve and publish (lead). */
export async function publish(
  communicator: ApiClient,
  lead: ApiClient,
  bulletin: Bulletin,
  reason?: string,
): Promise<Bulletin> {
  const submitted = await communicator.post<Bulletin>(`/api/bulletins/${bulletin.id}/submit`, {});
  expect(submitted.status, submitted.text).toBe(200);
  const approved = await lead.post<Bulletin>(`/api/bulletins/${bulletin.id}/approve`, {
    expectedVersion: submitted.body.version,
  });
  expect(approved.status, approved.text).toBe(200);
  const published = await lead.post<Bulletin>(`/api/bulletins/${bulletin.id}/publish`, reason ? { reason } : {});
  expect(published.status, published.text).toBe(200);
  return published.body;
}

export const put = <T = Bulletin>(client: ApiClient, path: string, body: unknown) =>
  client.request<T>("PUT", path, body);
