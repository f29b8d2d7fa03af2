import { describe, expect, it } from "vitest";
import { capDefaults, incidentSeverityOf } from "../../shared/capDefaults.js";
import { INCIDENT_SEVERITIES } from "../../shared/constants.js";
import { TEMPLATES } from "../../shared/templates/index.js";

describe("an incident started from a template takes the template's severity", () => {
  it("maps each CAP severity back to the incident severity that gives it, Unknown to the default", () => {
    for (const severity of INCIDENT_SEVERITIES) {
      const cap = capDefaults({ severity, title: "", description: "" }).severity;
      expect(incidentSeverityOf(cap)).toBe(severity);
    }
    expect(incidentSeverityOf("Unknown")).toBe("moderate");
  });

  it("starts the storm template's incident as severe, not the default moderate", () => {
    const storm = TEMPLATES.find((t) => /storm/i.test(t.title.sv));
    expect(storm?.cap.severity).toBe("Severe");
    expect(incidentSeverityOf(storm?.cap.severity ?? "Unknown")).toBe("severe");
  });
});
