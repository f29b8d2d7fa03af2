import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Bulletin } from "@shared/schemas/bulletin";
import { jsonResponse, makeIncident } from "../helpers/fixtures";
import { makeBulletin } from "./fixtures";
import { renderEditor } from "./renderEditor";

const incident = makeIncident();
const pathOf = (id: string) => `/incidents/${incident.id}/bulletins/${id}`;
const POLYGON = "59.3293, 18.0686\n59.3400, 18.0800\n59.3200, 18.0900";

function putBody(calls: Array<{ method: string; body: unknown }>): Bulletin | undefined {
  return calls.find((c) => c.method === "PUT")?.body as Bulletin | undefined;
}

describe("bulletin editor: affected area on the map", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("saves the point with its radius and the pasted polygon, and shows the polygon's outline", async () => {
    const bulletin = makeBulletin(incident.id, {
      version: 2,
      area: { description: "Norrby", point: null, polygon: null },
    });
    const { calls } = renderEditor({
      incident,
      bulletins: [bulletin],
      path: pathOf(bulletin.id),
      route: (call) =>
        call.method === "PUT" ? jsonResponse(200, { ...bulletin, ...(call.body as object), version: 3 }) : null,
    });
    const map = await screen.findByRole("group", { name: /Område på kartan/ });
    await userEvent.type(within(map).getByLabelText("Latitud"), "59,33");
    await userEvent.type(within(map).getByLabelText("Longitud"), "18.07");
    await userEvent.type(within(map).getByLabelText("Radie i km"), "1.5");
    // Pasted as a whole, the way it comes from a map tool.
    fireEvent.change(within(map).getByLabelText("Polygon (hörn)"), { target: { value: POLYGON } });
    expect(screen.getByRole("img", { name: "Förhandsvisning av polygonen, 3 hörn" })).toBeInTheDocument();
    expect(screen.getAllByText("Osparade ändringar").length).toBeGreaterThan(0);

    await userEvent.click(screen.getAllByRole("button", { name: "Spara" })[0]!);
    expect(await screen.findByText("Sparat som version 3.")).toBeInTheDocument();
    expect(putBody(calls)).toMatchObject({
      expectedVersion: 2,
      area: {
        description: "Norrby",
        point: { lat: 59.33, lon: 18.07, radiusKm: 1.5 },
        polygon: [
          { lat: 59.3293, lon: 18.0686 },
          { lat: 59.34, lon: 18.08 },
          { lat: 59.32, lon: 18.09 },
        ],
      },
    });
    // The saved area reads back as what was typed: nothing left unsaved.
    expect(screen.getAllByText("Allt är sparat").length).toBeGreaterThan(0);
    expect(screen.queryByText("Osparade ändringar")).not.toBeInTheDocument();
  });

  it("shows a saved point and polygon, and removing them saves an area with words only", async () => {
    const area = {
      description: "Söderäng",
      point: { lat: 59.3, lon: 18.1, radiusKm: 2 },
      polygon: [
        { lat: 59.3, lon: 18 },
        { lat: 59.4, lon: 18.1 },
        { lat: 59.3, lon: 18.2 },
      ],
    };
    const bulletin = makeBulletin(incident.id, { area });
    const { calls } = renderEditor({
      incident,
      bulletins: [bulletin],
      path: pathOf(bulletin.id),
      route: (call) =>
        call.method === "PUT" ? jsonResponse(200, { ...bulletin, ...(call.body as object), version: 2 }) : null,
    });
    const polygon = await screen.findByLabelText("Polygon (hörn)");
    expect(polygon).toHaveValue("59.3, 18\n59.4, 18.1\n59.3, 18.2");
    expect(screen.getByLabelText("Latitud")).toHaveValue("59.3");
    expect(screen.getByLabelText("Radie i km")).toHaveValue("2");
    await userEvent.clear(polygon);
    for (const label of ["Latitud", "Longitud", "Radie i km"]) await userEvent.clear(screen.getByLabelText(label));
    await userEvent.click(screen.getAllByRole("button", { name: "Spara" })[0]!);
    await screen.findByText("Sparat som version 2.");
    expect(putBody(calls)?.area).toEqual({ description: "Söderäng", point: null, polygon: null });
  });

  it("names the field and the polygon line with a problem and does not save", async () => {
    const bulletin = makeBulletin(incident.id);
    const { calls } = renderEditor({ incident, bulletins: [bulletin], path: pathOf(bulletin.id) });
    const polygon = await screen.findByLabelText("Polygon (hörn)");
    fireEvent.change(polygon, { target: { value: "59.33, 18.06\n95, 18.08\nStorgatan 5" } });
    await userEvent.type(screen.getByLabelText("Latitud"), "59.3");
    await userEvent.click(screen.getAllByRole("button", { name: "Spara" })[0]!);

    expect(await screen.findByText("Inte sparat: rätta uppgifterna om området.")).toBeInTheDocument();
    expect(calls.filter((c) => c.method === "PUT")).toHaveLength(0);
    expect(polygon).toHaveAttribute("aria-invalid", "true");
    expect(polygon).toHaveAccessibleDescription(/Rad 2: Latitud måste vara mellan −90 och 90\. Rad 3: Skriv två tal/);
    expect(screen.getByLabelText("Longitud")).toHaveAccessibleDescription("Fyll i både latitud och longitud.");
    // A point or polygon needs words too (CAP areaDesc).
    expect(screen.getByLabelText(/Berört område/)).toHaveAccessibleDescription(/Beskriv området med ord också/);
  });
});
