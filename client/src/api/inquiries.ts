import type { z } from "zod";
import { ContactStats, ContactTrends, type TrendWindow } from "@shared/schemas/contactStats";
import { Inquiry, type InquiryCreate } from "@shared/schemas/inquiry";
import { request } from "./http";

export function logInquiry(body: z.input<typeof InquiryCreate>): Promise<Inquiry> {
  return request("/api/inquiries", { method: "POST", body, schema: Inquiry });
}

export function fetchTrends(window: TrendWindow, incidentId?: string | null): Promise<ContactTrends> {
  const params = new URLSearchParams({ window, limit: "10" });
  if (incidentId) params.set("incidentId", incidentId);
  return request(`/api/contact/trends?${params.toString()}`, { schema: ContactTrends });
}

export function fetchStats(range: { from: string; to: string }): Promise<ContactStats> {
  const params = new URLSearchParams(range);
  return request(`/api/contact/stats?${params.toString()}`, { schema: ContactStats });
}
