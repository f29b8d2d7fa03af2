import { describe, expect, it } from "vitest";
import { en } from "../../client/src/i18n/en";
import { sv } from "../../client/src/i18n/sv";
import { joinList, translate } from "../../client/src/i18n";
import { describeEvent } from "../../client/src/i18n/describeEvent";
import { incidentCreated, incidentUpdated, makeIncident } from "./helpers/fixtures";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("i18n dictionaries", () => {
  it("sv and en have exactly the same keys", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
  });

  it("every translation uses the same placeholders as the Swedish text", () => {
    for (const key of Object.keys(sv) as Array<keyof typeof sv>) {
      expect(placeholders(en[key]), key).toEqual(placeholders(sv[key]));
    }
  });

  it("has no empty strings", () => {
    for (const [key, value] of [...Object.entries(sv), ...Object.entries(en)]) expect(value.trim(), key).not.toBe("");
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(translate("sv", "app.signedInAs", { name: "Lena" })).toBe("Inloggad som Lena");
    expect(translate("en", "app.signedInAs")).toBe("Signed in as {name}");
  });

  it("joins lists the Swedish way", () => {
    expect(joinList(["rubrik", "beskrivning", "status"], "sv")).toBe("rubrik, beskrivning och status");
    expect(joinList(["title"], "en")).toBe("title");
  });
});

describe("describeEvent", () => {
  it("writes system events as readable Swedish sentences", () => {
    const incident = makeIncident({ title: "Stormen Gudrun" });
    expect(describeEvent(incidentCreated(1, incident), "sv")).toBe(
      "Lena Krisledare skapade händelsen ”Stormen Gudrun”.",
    );
    expect(describeEvent(incidentUpdated(2, { ...incident, status: "monitoring" }, ["status"]), "sv")).toBe(
      "Lena Krisledare ändrade status till bevakning.",
    );
    expect(describeEvent(incidentUpdated(3, incident, ["title", "description"]), "sv")).toBe(
      "Lena Krisledare ändrade rubrik och beskrivning.",
    );
  });

  it("writes them in English when English is chosen", () => {
    const incident = makeIncident({ severity: "severe" });
    expect(describeEvent(incidentUpdated(2, incident, ["severity"]), "en")).toBe(
      "Lena Krisledare changed the severity to severe.",
    );
  });
});
