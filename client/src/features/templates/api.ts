import { Incident } from "@shared/index";
import {
  FromTemplateResult,
  TemplateDraftList,
  TemplateList,
  TemplateVersion,
  TemplateVersionList,
  type TemplateSave,
} from "@shared/schemas/template";
import type { SlotValues, TemplateLanguage } from "@shared/templates";
import type { IncidentSeverity } from "@shared/schemas/incident";
import { ApiError, noteNetworkError } from "../../api/http";

/**
 * This feature's own small fetchers (the shared REST client is being restructured). Their errors are the shared
 * client's ApiError (code, field and the body's other members as `details`), so forms map them as the others do
 * (components/useFormState.ts, i18n/errors.ts).
 */
export class TemplateApiError extends ApiError {}

async function call(path: string, init: RequestInit = {}): Promise<unknown> {
  const method = init.method ?? "GET";
  let res: Response;
  try {
    res = await fetch(path, {
      ...init,
      credentials: "same-origin",
      headers:
        method === "GET"
          ? { Accept: "application/json" }
          : { Accept: "application/json", "Content-Type": "application/json" },
    });
  } catch (err) {
    if (!(err instanceof DOMException && err.name === "AbortError")) noteNetworkError();
    throw new TemplateApiError(0, "network", err instanceof Error ? err.message : "network error");
  }
  const body: unknown = res.headers.get("content-type")?.includes("json") ? await res.json() : null;
  if (!res.ok) {
    const error = (body as { error?: Record<string, unknown> } | null)?.error ?? {};
    const { code, message, field, ...details } = error;
    throw new TemplateApiError(
      res.status,
      typeof code === "string" ? code : res.status >= 500 ? "internal" : "unknown",
      typeof message === "string" ? message : `HTTP ${res.status}`,
      typeof field === "string" ? field : undefined,
      details,
    );
  }
  return body;
}

/** "Ny händelse från mall" starts the incident first (leads and admins). */
export async function createIncident(input: {
  title: string;
  exercise: boolean;
  affectedAreas: string[];
  severity: IncidentSeverity;
}): Promise<Incident> {
  return Incident.parse(await call("/api/incidents", { method: "POST", body: JSON.stringify(input) }));
}

export async function fetchTemplates(): Promise<TemplateList> {
  return TemplateList.parse(await call("/api/templates"));
}

/** The editor's: templates that so far are only drafts (admins and leads). */
export async function fetchDraftTemplates(): Promise<TemplateDraftList["templates"]> {
  return TemplateDraftList.parse(await call("/api/templates/drafts")).templates;
}

export async function createFromTemplate(
  incidentId: string,
  input: { templateId: string; slots: SlotValues; language: TemplateLanguage },
): Promise<FromTemplateResult> {
  return FromTemplateResult.parse(
    await call(`/api/incidents/${incidentId}/bulletins/from-template`, { method: "POST", body: JSON.stringify(input) }),
  );
}

export async function fetchVersions(templateId: string): Promise<TemplateVersion[]> {
  return TemplateVersionList.parse(await call(`/api/templates/${encodeURIComponent(templateId)}/versions`)).versions;
}

export async function saveTemplate(
  templateId: string,
  body: { template: TemplateSave["template"]; expectedVersion: number },
): Promise<TemplateVersion> {
  return TemplateVersion.parse(
    await call(`/api/templates/${encodeURIComponent(templateId)}`, { method: "PUT", body: JSON.stringify(body) }),
  );
}

export async function approveTemplate(templateId: string, version: number): Promise<TemplateVersion> {
  return TemplateVersion.parse(
    await call(`/api/templates/${encodeURIComponent(templateId)}/approve`, {
      method: "POST",
      body: JSON.stringify({ version }),
    }),
  );
}
