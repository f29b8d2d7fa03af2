import { z } from "zod";
import * as shared from "../../shared/index.js";
import { CallbackMark, CallbackState } from "../../shared/schemas/callback.js";
import { NationalCite, NationalListQuery, NationalPicture } from "../../shared/schemas/national.js";
import {
  ReachList,
  Webhook,
  WebhookCreate,
  WebhookCreated,
  WebhookTestQueued,
  WebhookDeliveryList,
  WebhookEnvelope,
  WebhookList,
  WebhookPatch,
} from "../../shared/schemas/outbox.js";
import { IncidentReport, PeriodQuery, PeriodReport } from "../../shared/schemas/report.js";
import {
  FromTemplate,
  FromTemplateResult,
  TemplateApprove,
  TemplateDraftList,
  TemplateList,
  TemplateSave,
  TemplateVersion,
  TemplateVersionList,
} from "../../shared/schemas/template.js";
import { SESSION_COOKIE } from "./cookies.js";
import { BulletinListQuery } from "./routes/bulletins.js";
import { EventPageQuery } from "./routes/events.js";
import { IncidentListQuery } from "./routes/incidents.js";
import { TimelineQuery } from "./routes/log.js";

/**
 * The REST API as an OpenAPI 3.1 document (GET /api/openapi.json), built from the same zod schemas the routes parse
 * requests with and `send` holds responses to, so the municipality's other systems can generate clients. docs/api.md
 * keeps the prose (roles, rules, examples); test/server/openapi.test.ts checks this table against what Express mounts.
 */

/** Every schema named in the document: one component each, referenced by name. */
const SCHEMAS = {
  ApiError: shared.ApiError,
  AssignableUserList: shared.AssignableUserList,
  Bulletin: shared.Bulletin,
  BulletinApprove: shared.BulletinApprove,
  BulletinCreate: shared.BulletinCreate,
  BulletinList: shared.BulletinList,
  BulletinPublish: shared.BulletinPublish,
  BulletinRetract: shared.BulletinRetract,
  BulletinReturn: shared.BulletinReturn,
  BulletinSave: shared.BulletinSave,
  BulletinSubmit: shared.BulletinSubmit,
  BulletinVersion: shared.BulletinVersion,
  BulletinVersionList: shared.BulletinVersionList,
  CallbackMark,
  CallbackState,
  ChannelVersion: shared.ChannelVersion,
  ChannelVersionCreate: shared.ChannelVersionCreate,
  ChannelVersionSave: shared.ChannelVersionSave,
  Claim: shared.Claim,
  ClaimAssign: shared.ClaimAssign,
  ClaimCallbacks: shared.ClaimCallbacks,
  ClaimCorrection: shared.ClaimCorrection,
  ClaimCreate: shared.ClaimCreate,
  ClaimConfirmFacts: shared.ClaimConfirmFacts,
  ClaimDismiss: shared.ClaimDismiss,
  ClaimList: shared.ClaimList,
  ClaimMerge: shared.ClaimMerge,
  ClaimMergeResult: shared.ClaimMergeResult,
  ClaimMetrics: shared.ClaimMetrics,
  ClaimNoteCreate: shared.ClaimNoteCreate,
  ClaimPatch: shared.ClaimPatch,
  ClaimStartCorrection: shared.ClaimStartCorrection,
  ClaimSummary: shared.ClaimSummary,
  ClaimTriage: shared.ClaimTriage,
  ConsoleSettings: shared.ConsoleSettings,
  ContactClaimList: shared.ContactClaimList,
  ContactStats: shared.ContactStats,
  ContactTrends: shared.ContactTrends,
  CorrectionFaqFound: shared.CorrectionFaqFound,
  CorrectionFaqResult: shared.CorrectionFaqResult,
  CorrectionToFaq: shared.CorrectionToFaq,
  EventPage: shared.EventPage,
  Fact: shared.Fact,
  FactCreate: shared.FactCreate,
  FactList: shared.FactList,
  FactPatch: shared.FactPatch,
  FactVersionList: shared.FactVersionList,
  FaqCreate: shared.FaqCreate,
  FaqEntry: shared.FaqEntry,
  FaqApprove: shared.FaqApprove,
  FaqEntryList: shared.FaqEntryList,
  FaqPatch: shared.FaqPatch,
  FaqPublish: shared.FaqPublish,
  FaqReturn: shared.FaqReturn,
  FaqSearchHits: shared.FaqSearchHits,
  FaqStatusChange: shared.FaqStatusChange,
  FaqSubmit: shared.FaqSubmit,
  FaqSuggestion: shared.FaqSuggestion,
  FaqSuggestionCreate: shared.FaqSuggestionCreate,
  FaqSuggestionList: shared.FaqSuggestionList,
  FaqVersionList: shared.FaqVersionList,
  FromTemplate,
  FromTemplateResult,
  GateDecision: shared.GateDecision,
  Inbox: shared.Inbox,
  Incident: shared.Incident,
  IncidentCreate: shared.IncidentCreate,
  IncidentList: shared.IncidentList,
  IncidentPatch: shared.IncidentPatch,
  Inquiry: shared.Inquiry,
  InquiryCreate: shared.InquiryCreate,
  InquiryList: shared.InquiryList,
  IncidentReport,
  LogEntry: shared.LogEntry,
  LogEntryCreate: shared.LogEntryCreate,
  LogExport: shared.LogExport,
  LogPage: shared.LogPage,
  LoginRequest: shared.LoginRequest,
  MePatch: shared.MePatch,
  NationalCite,
  NationalPicture,
  PasswordReset: shared.PasswordReset,
  PeriodReport,
  ReachList,
  SimilarClaimList: shared.SimilarClaimList,
  SuggestionDrafted: shared.SuggestionDrafted,
  SuggestionToDraft: shared.SuggestionToDraft,
  TemplateList,
  TemplateSave,
  TemplateApprove,
  TemplateVersion,
  TemplateVersionList,
  TemplateDraftList,
  UncoveredQuestions: shared.UncoveredQuestions,
  UserCreate: shared.UserCreate,
  UserEnvelope: shared.UserEnvelope,
  UserList: shared.UserList,
  UserPatch: shared.UserPatch,
  Webhook,
  WebhookCreate,
  WebhookCreated,
  WebhookTestQueued,
  WebhookDeliveryList,
  WebhookEnvelope,
  WebhookList,
  WebhookPatch,
} satisfies Record<string, z.ZodType>;
type SchemaName = keyof typeof SCHEMAS;

/** A response: a schema's name, no body (204), a file that is not JSON, or this document itself. */
type Answer = SchemaName | "empty" | "csv" | "openapi";

export interface Operation {
  summary: string;
  tag: string;
  /** Query string, as the route parses it. */
  query?: z.ZodObject;
  body?: SchemaName;
  /** By status code: the success answers. Every operation may also answer an ApiError (4xx, 5xx). */
  ok: Record<number, Answer>;
  /** Needs no session (login, logout, this document). */
  public?: true;
  /** Path parameters that are not the usual uuid `id` (see PATH_PARAMS). */
  params?: Record<string, JsonSchema>;
}

/** Every mounted /api route, "METHOD /api/path" with Express's `:param` path syntax. */
export const OPERATIONS: Record<string, Operation> = {
  "GET /api/openapi.json": { summary: "This document", tag: "Meta", ok: { 200: "openapi" }, public: true },
  "POST /api/auth/login": {
    summary: "Sign in; sets the session cookie",
    tag: "Auth",
    body: "LoginRequest",
    ok: { 200: "UserEnvelope" },
    public: true,
  },
  "POST /api/auth/logout": {
    summary: "Sign out; clears the session cookie",
    tag: "Auth",
    ok: { 204: "empty" },
    public: true,
  },
  "GET /api/me": { summary: "The signed-in user", tag: "Auth", ok: { 200: "UserEnvelope" } },
  "PATCH /api/me": {
    summary: "Change one's own interface language",
    tag: "Auth",
    body: "MePatch",
    ok: { 200: "UserEnvelope" },
  },
  "GET /api/settings": {
    summary: "The municipality's settings the console scores and gates with",
    tag: "Settings",
    ok: { 200: "ConsoleSettings" },
  },
  "GET /api/users": { summary: "All users", tag: "Users", ok: { 200: "UserList" } },
  "GET /api/users/assignable": {
    summary: "Active users a claim may be assigned to (communicators, leads, admins)",
    tag: "Users",
    ok: { 200: "AssignableUserList" },
  },
  "POST /api/users": { summary: "Create a user", tag: "Users", body: "UserCreate", ok: { 201: "UserEnvelope" } },
  "PATCH /api/users/:id": {
    summary: "Change a user's name, role, language or disabled flag",
    tag: "Users",
    body: "UserPatch",
    ok: { 200: "UserEnvelope" },
  },
  "POST /api/users/:id/password": {
    summary: "Set a user's password",
    tag: "Users",
    body: "PasswordReset",
    ok: { 204: "empty" },
  },
  "GET /api/incidents": {
    summary: "Incidents, optionally by status",
    tag: "Incidents",
    query: IncidentListQuery,
    ok: { 200: "IncidentList" },
  },
  "POST /api/incidents": {
    summary: "Open an incident",
    tag: "Incidents",
    body: "IncidentCreate",
    ok: { 201: "Incident" },
  },
  "GET /api/incidents/:id": { summary: "One incident", tag: "Incidents", ok: { 200: "Incident" } },
  "PATCH /api/incidents/:id": {
    summary: "Change an incident",
    tag: "Incidents",
    body: "IncidentPatch",
    ok: { 200: "Incident" },
  },
  "GET /api/incidents/:id/log": {
    summary: "The incident's timeline, newest first",
    tag: "Log",
    query: TimelineQuery,
    ok: { 200: "LogPage" },
  },
  "POST /api/incidents/:id/log": {
    summary: "Add a manual log entry",
    tag: "Log",
    body: "LogEntryCreate",
    ok: { 201: "LogEntry" },
  },
  "GET /api/incidents/:id/log/export.csv": { summary: "The whole log as CSV", tag: "Log", ok: { 200: "csv" } },
  "GET /api/incidents/:id/log/export.json": { summary: "The whole log as JSON", tag: "Log", ok: { 200: "LogExport" } },
  "GET /api/events": {
    summary: "Events after a sequence number (catch-up)",
    tag: "Events",
    query: EventPageQuery,
    ok: { 200: "EventPage" },
  },
  "GET /api/incidents/:id/facts": { summary: "The incident's facts register", tag: "Facts", ok: { 200: "FactList" } },
  "POST /api/incidents/:id/facts": { summary: "Add a fact", tag: "Facts", body: "FactCreate", ok: { 201: "Fact" } },
  "GET /api/facts/:id": { summary: "One fact", tag: "Facts", ok: { 200: "Fact" } },
  "PATCH /api/facts/:id": {
    summary: "Change, confirm or retract a fact",
    tag: "Facts",
    body: "FactPatch",
    ok: { 200: "Fact" },
  },
  "GET /api/facts/:id/versions": { summary: "A fact's versions", tag: "Facts", ok: { 200: "FactVersionList" } },
  "GET /api/incidents/:id/bulletins": {
    summary: "The incident's bulletins, optionally by status",
    tag: "Bulletins",
    query: BulletinListQuery,
    ok: { 200: "BulletinList" },
  },
  "GET /api/incidents/:id/uncovered-questions": {
    summary: "The contact centre's top questions no published FAQ entry covers (the checklist's OP4 context)",
    tag: "Bulletins",
    ok: { 200: "UncoveredQuestions" },
  },
  "POST /api/incidents/:id/bulletins": {
    summary: "Draft a bulletin",
    tag: "Bulletins",
    body: "BulletinCreate",
    ok: { 201: "Bulletin" },
  },
  "GET /api/inbox": { summary: "What waits for a lead", tag: "Bulletins", ok: { 200: "Inbox" } },
  "GET /api/bulletins/:id": { summary: "One bulletin", tag: "Bulletins", ok: { 200: "Bulletin" } },
  "PUT /api/bulletins/:id": {
    summary: "Save a new version of a draft",
    tag: "Bulletins",
    body: "BulletinSave",
    ok: { 200: "Bulletin" },
  },
  "POST /api/bulletins/:id/submit": {
    summary: "Submit for review",
    tag: "Bulletins",
    body: "BulletinSubmit",
    ok: { 200: "Bulletin" },
  },
  "POST /api/bulletins/:id/return": {
    summary: "Return to draft with a reason",
    tag: "Bulletins",
    body: "BulletinReturn",
    ok: { 200: "Bulletin" },
  },
  "POST /api/bulletins/:id/approve": {
    summary: "Approve a version",
    tag: "Bulletins",
    body: "BulletinApprove",
    ok: { 200: "Bulletin" },
  },
  "POST /api/bulletins/:id/publish": {
    summary: "Publish (a reason when the gate does not pass)",
    tag: "Bulletins",
    body: "BulletinPublish",
    ok: { 200: "Bulletin" },
  },
  "POST /api/bulletins/:id/retract": {
    summary: "Retract a published bulletin",
    tag: "Bulletins",
    body: "BulletinRetract",
    ok: { 200: "Bulletin" },
  },
  "GET /api/bulletins/:id/gate": {
    summary: "What publishing would decide now",
    tag: "Bulletins",
    ok: { 200: "GateDecision" },
  },
  "GET /api/bulletins/:id/versions": {
    summary: "A bulletin's versions",
    tag: "Bulletins",
    ok: { 200: "BulletinVersionList" },
  },
  "GET /api/bulletins/:id/versions/:version": {
    summary: "One version of a bulletin",
    tag: "Bulletins",
    ok: { 200: "BulletinVersion" },
  },
  "POST /api/bulletins/:id/channels": {
    summary: "Derive a channel version (SMS, social, press, contact centre)",
    tag: "Bulletins",
    body: "ChannelVersionCreate",
    ok: { 201: "ChannelVersion" },
  },
  "PUT /api/bulletins/:id/channels/:channel": {
    summary: "Save a channel version",
    tag: "Bulletins",
    body: "ChannelVersionSave",
    ok: { 200: "ChannelVersion" },
  },
  "GET /api/bulletins/:id/faq": {
    summary: "The FAQ entry a published correction made, if any",
    tag: "FAQ",
    ok: { 200: "CorrectionFaqFound" },
  },
  "POST /api/bulletins/:id/faq": {
    summary: "Make (201) or update (200) the correction's FAQ entry",
    tag: "FAQ",
    body: "CorrectionToFaq",
    ok: { 200: "CorrectionFaqResult", 201: "CorrectionFaqResult" },
  },
  "GET /api/faq": { summary: "FAQ entries", tag: "FAQ", query: shared.FaqListQuery, ok: { 200: "FaqEntryList" } },
  "POST /api/faq": { summary: "Write an FAQ entry", tag: "FAQ", body: "FaqCreate", ok: { 201: "FaqEntry" } },
  "GET /api/faq/search": {
    summary: "Search the published FAQ as the console does",
    tag: "FAQ",
    query: shared.FaqSearchQuery,
    ok: { 200: "FaqSearchHits" },
  },
  "GET /api/faq/suggestions": {
    summary: "Questions callers asked that the FAQ lacks",
    tag: "FAQ",
    query: shared.SuggestionListQuery,
    ok: { 200: "FaqSuggestionList" },
  },
  "POST /api/faq/suggestions": {
    summary: "Suggest a question (200: joined an open one)",
    tag: "FAQ",
    body: "FaqSuggestionCreate",
    ok: { 200: "FaqSuggestion", 201: "FaqSuggestion" },
  },
  "POST /api/faq/suggestions/:id/draft": {
    summary: "Turn a suggestion into a draft entry",
    tag: "FAQ",
    body: "SuggestionToDraft",
    ok: { 201: "SuggestionDrafted" },
  },
  "POST /api/faq/suggestions/:id/dismiss": {
    summary: "Dismiss a suggestion",
    tag: "FAQ",
    ok: { 200: "FaqSuggestion" },
  },
  "GET /api/faq/review": {
    summary: "FAQ texts in review or approved, waiting for a decision",
    tag: "FAQ",
    ok: { 200: "FaqEntryList" },
  },
  "GET /api/faq/:id": { summary: "One FAQ entry", tag: "FAQ", ok: { 200: "FaqEntry" } },
  "PATCH /api/faq/:id": {
    summary: "Change an FAQ entry (a new version)",
    tag: "FAQ",
    body: "FaqPatch",
    ok: { 200: "FaqEntry" },
  },
  "POST /api/faq/:id/status": {
    summary: "Unpublish or archive an FAQ entry (publish: as POST /publish)",
    tag: "FAQ",
    body: "FaqStatusChange",
    ok: { 200: "FaqEntry" },
  },
  "POST /api/faq/:id/submit": {
    summary: "Submit an FAQ text for review",
    tag: "FAQ",
    body: "FaqSubmit",
    ok: { 200: "FaqEntry" },
  },
  "POST /api/faq/:id/approve": {
    summary: "Approve an FAQ text in review",
    tag: "FAQ",
    body: "FaqApprove",
    ok: { 200: "FaqEntry" },
  },
  "POST /api/faq/:id/return": {
    summary: "Return an FAQ text to draft",
    tag: "FAQ",
    body: "FaqReturn",
    ok: { 200: "FaqEntry" },
  },
  "POST /api/faq/:id/publish": {
    summary: "Publish an approved FAQ text",
    tag: "FAQ",
    body: "FaqPublish",
    ok: { 200: "FaqEntry" },
  },
  "GET /api/faq/:id/versions": { summary: "An FAQ entry's versions", tag: "FAQ", ok: { 200: "FaqVersionList" } },
  "GET /api/inquiries": {
    summary: "Logged inquiries",
    tag: "Contact centre",
    query: shared.InquiryListQuery,
    ok: { 200: "InquiryList" },
  },
  "POST /api/inquiries": {
    summary: "Log an inquiry",
    tag: "Contact centre",
    body: "InquiryCreate",
    ok: { 201: "Inquiry" },
  },
  "GET /api/inquiries/:id": { summary: "One inquiry", tag: "Contact centre", ok: { 200: "Inquiry" } },
  "PUT /api/inquiries/:id/called-back": {
    summary: "Mark a caller rung back, or undo it",
    tag: "Contact centre",
    body: "CallbackMark",
    ok: { 200: "CallbackState" },
  },
  "GET /api/contact/trends": {
    summary: "What callers ask about, by window",
    tag: "Contact centre",
    query: shared.TrendsQuery,
    ok: { 200: "ContactTrends" },
  },
  "GET /api/contact/stats": {
    summary: "Inquiry statistics over a date range",
    tag: "Contact centre",
    query: shared.StatsQuery,
    ok: { 200: "ContactStats" },
  },
  "GET /api/contact/claims": {
    summary: "The claims callers reported, without the desk's notes",
    tag: "Contact centre",
    query: shared.ContactClaimsQuery,
    ok: { 200: "ContactClaimList" },
  },
  "GET /api/incidents/:id/claims": { summary: "The incident's claims board", tag: "Claims", ok: { 200: "ClaimList" } },
  "POST /api/incidents/:id/claims": {
    summary: "Raise a claim (200: a caller report joined an open claim)",
    tag: "Claims",
    body: "ClaimCreate",
    ok: { 200: "Claim", 201: "Claim" },
  },
  "GET /api/incidents/:id/claims/summary": {
    summary: "Open claims by status and severity",
    tag: "Claims",
    ok: { 200: "ClaimSummary" },
  },
  "GET /api/incidents/:id/claims/metrics": {
    summary: "Time to correct, by severity",
    tag: "Claims",
    ok: { 200: "ClaimMetrics" },
  },
  "GET /api/claims/:id": { summary: "One claim", tag: "Claims", ok: { 200: "Claim" } },
  "PATCH /api/claims/:id": {
    summary: "Change a claim's text or sources",
    tag: "Claims",
    body: "ClaimPatch",
    ok: { 200: "Claim" },
  },
  "POST /api/claims/:id/triage": {
    summary: "Set severity and reach",
    tag: "Claims",
    body: "ClaimTriage",
    ok: { 200: "Claim" },
  },
  "POST /api/claims/:id/take": { summary: "Take a claim oneself", tag: "Claims", ok: { 200: "Claim" } },
  "POST /api/claims/:id/assign": {
    summary: "Assign a claim",
    tag: "Claims",
    body: "ClaimAssign",
    ok: { 200: "Claim" },
  },
  "POST /api/claims/:id/correct": {
    summary: "Start a correction: drafts its bulletin",
    tag: "Claims",
    body: "ClaimStartCorrection",
    ok: { 201: "ClaimCorrection" },
  },
  "POST /api/claims/:id/confirm-facts": {
    summary: "Confirm a correction against its changed refuting facts (lifts the hold)",
    tag: "Claims",
    body: "ClaimConfirmFacts",
    ok: { 200: "Claim" },
  },
  "POST /api/claims/:id/dismiss": {
    summary: "Dismiss a claim with a reason",
    tag: "Claims",
    body: "ClaimDismiss",
    ok: { 200: "Claim" },
  },
  "POST /api/claims/:id/notes": { summary: "Add a note", tag: "Claims", body: "ClaimNoteCreate", ok: { 201: "Claim" } },
  "GET /api/claims/:id/similar": {
    summary: "Claims that may repeat this one",
    tag: "Claims",
    ok: { 200: "SimilarClaimList" },
  },
  "POST /api/claims/:id/merge": {
    summary: "Merge a claim into another",
    tag: "Claims",
    body: "ClaimMerge",
    ok: { 200: "ClaimMergeResult" },
  },
  "GET /api/claims/:id/callbacks": {
    summary: "Whom to ring back once the correction is published",
    tag: "Claims",
    ok: { 200: "ClaimCallbacks" },
  },
  "GET /api/national": {
    summary: "The national picture (Krisinformation): VMAs first, and the source's status",
    tag: "National",
    query: NationalListQuery,
    ok: { 200: "NationalPicture" },
  },
  "POST /api/national/:id/cite": {
    summary: "Cite a national item as a fact of an incident",
    tag: "National",
    params: { id: { type: "string", minLength: 1, maxLength: 300 } },
    body: "NationalCite",
    ok: { 201: "Fact" },
  },
  "GET /api/templates": { summary: "The scenario message bank", tag: "Bulletins", ok: { 200: "TemplateList" } },
  "GET /api/templates/drafts": {
    summary: "Templates that so far exist only as drafts (admins and leads)",
    tag: "Bulletins",
    ok: { 200: "TemplateDraftList" },
  },
  "PUT /api/templates/:id": {
    summary: "Save a template version as a draft (admins and leads)",
    tag: "Bulletins",
    params: { id: { type: "string", pattern: "^[a-z0-9-]{2,60}$" } },
    body: "TemplateSave",
    ok: { 201: "TemplateVersion" },
  },
  "POST /api/templates/:id/approve": {
    summary: "Approve a template's latest draft (not its author)",
    tag: "Bulletins",
    params: { id: { type: "string", pattern: "^[a-z0-9-]{2,60}$" } },
    body: "TemplateApprove",
    ok: { 200: "TemplateVersion" },
  },
  "GET /api/templates/:id/versions": {
    summary: "A template's saved versions",
    tag: "Bulletins",
    params: { id: { type: "string", pattern: "^[a-z0-9-]{2,60}$" } },
    ok: { 200: "TemplateVersionList" },
  },
  "POST /api/incidents/:id/bulletins/from-template": {
    summary: "Draft a bulletin from a template",
    tag: "Bulletins",
    body: "FromTemplate",
    ok: { 201: "FromTemplateResult" },
  },
  "GET /api/incidents/:id/report": {
    summary: "The incident's after-action report",
    tag: "Reports",
    ok: { 200: "IncidentReport" },
  },
  "GET /api/incidents/:id/report.csv": {
    summary: "The after-action report as CSV (Swedish Excel)",
    tag: "Reports",
    ok: { 200: "csv" },
  },
  "GET /api/reports": {
    summary: "The period report for the committee",
    tag: "Reports",
    query: PeriodQuery,
    ok: { 200: "PeriodReport" },
  },
  "GET /api/reports.csv": {
    summary: "The period report as CSV (Swedish Excel)",
    tag: "Reports",
    query: PeriodQuery,
    ok: { 200: "csv" },
  },
  "POST /api/webhooks": {
    summary: "Register a webhook (the answer carries its signing secret, once)",
    tag: "Webhooks",
    body: "WebhookCreate",
    ok: { 201: "WebhookCreated" },
  },
  "GET /api/webhooks": { summary: "Registered webhooks", tag: "Webhooks", ok: { 200: "WebhookList" } },
  "PATCH /api/webhooks/:id": {
    summary: "Change or re-enable a webhook",
    tag: "Webhooks",
    body: "WebhookPatch",
    ok: { 200: "WebhookEnvelope" },
  },
  "DELETE /api/webhooks/:id": { summary: "Remove a webhook", tag: "Webhooks", ok: { 204: "empty" } },
  "POST /api/webhooks/:id/test": { summary: "Send a test delivery", tag: "Webhooks", ok: { 202: "WebhookTestQueued" } },
  "GET /api/webhooks/:id/deliveries": {
    summary: "A webhook's recent deliveries",
    tag: "Webhooks",
    ok: { 200: "WebhookDeliveryList" },
  },
  "GET /api/bulletins/:id/reach": {
    summary: "How far the bulletin's publishes reached (webhooks, e-mail)",
    tag: "Webhooks",
    ok: { 200: "ReachList" },
  },
  "GET /api/incidents/:id/reach": {
    summary: "How far the incident's publishes reached",
    tag: "Webhooks",
    ok: { 200: "ReachList" },
  },
};

type JsonSchema = Record<string, unknown>;

/** Responses may gain fields (clients ignore unknown ones), so no `additionalProperties: false` on their side. */
function componentSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const json = z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    override: (ctx) => {
      if (io === "output" && ctx.jsonSchema.additionalProperties === false) delete ctx.jsonSchema.additionalProperties;
    },
  }) as JsonSchema;
  delete json.$schema; // OpenAPI 3.1's dialect is already JSON Schema 2020-12
  return json;
}

const PATH_PARAMS: Record<string, JsonSchema> = {
  id: { type: "string", format: "uuid" },
  version: { type: "integer", minimum: 1 },
  channel: { type: "string", enum: [...shared.DERIVED_CHANNELS] },
};

function parameters(path: string, query: z.ZodObject | undefined, own: Record<string, JsonSchema> = {}): JsonSchema[] {
  const inPath = [...path.matchAll(/:(\w+)/g)].map(([, name]) => ({
    name,
    in: "path",
    required: true,
    schema: own[name!] ?? PATH_PARAMS[name!] ?? { type: "string" },
  }));
  if (!query) return inPath;
  const json = componentSchema(query, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  const inQuery = Object.entries(json.properties ?? {}).map(([name, schema]) => ({
    name,
    in: "query",
    required: json.required?.includes(name) ?? false,
    schema,
  }));
  return [...inPath, ...inQuery];
}

const ref = (name: SchemaName) => ({ $ref: `#/components/schemas/${name}` });

function answer(status: number, what: Answer): JsonSchema {
  if (what === "csv") return { description: "CSV file", content: { "text/csv": { schema: { type: "string" } } } };
  if (what === "openapi")
    return { description: "OpenAPI 3.1 document", content: { "application/json": { schema: { type: "object" } } } };
  if (what === "empty") return { description: status === 204 ? "No content" : "OK" };
  return {
    description: status === 201 ? "Created" : status === 202 ? "Accepted" : "OK",
    content: { "application/json": { schema: ref(what) } },
  };
}

/** "GET /api/users/:id" → ["get", "/api/users/{id}"]. */
export function openApiPath(route: string): [method: string, path: string] {
  const [method, path] = route.split(" ") as [string, string];
  return [method.toLowerCase(), path.replace(/:(\w+)/g, "{$1}")];
}

function buildDocument(version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  const used = new Set<SchemaName>(["ApiError"]);
  for (const [route, op] of Object.entries(OPERATIONS)) {
    const [method, path] = openApiPath(route);
    const responses: Record<string, JsonSchema> = {};
    for (const [status, what] of Object.entries(op.ok)) {
      responses[status] = answer(Number(status), what);
      if (what in SCHEMAS) used.add(what as SchemaName);
    }
    responses.default = {
      description: "An error: 400 names the field, 401 no session, 403 the role may not, 404, 409, 422, 429",
      content: { "application/json": { schema: ref("ApiError") } },
    };
    if (op.body) used.add(op.body);
    (paths[path] ??= {})[method] = {
      tags: [op.tag],
      summary: op.summary,
      operationId: `${method}${path.replace(/[{}]/g, "").replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? "").toUpperCase())}`,
      parameters: parameters(route.split(" ")[1]!, op.query, op.params),
      ...(op.body
        ? { requestBody: { required: true, content: { "application/json": { schema: ref(op.body) } } } }
        : {}),
      responses,
      ...(op.public ? { security: [] } : {}),
    };
  }
  // Request bodies are described as the client sends them (defaults optional), responses as the server sends them.
  const bodies = new Set(Object.values(OPERATIONS).flatMap((op) => (op.body ? [op.body] : [])));
  const schemas = Object.fromEntries(
    [...used].sort().map((name) => [name, componentSchema(SCHEMAS[name], bodies.has(name) ? "input" : "output")]),
  );
  return {
    openapi: "3.1.0",
    info: {
      title: "Krisrum REST API",
      version,
      description:
        "The crisis-communication console's API. Prose, roles per route and rules: docs/api.md. Sign in with POST /api/auth/login; " +
        "the session is an HttpOnly cookie. Requests that change state must come from the console's own origin (Origin header).",
    },
    servers: [{ url: "/" }],
    security: [{ session: [] }],
    paths,
    components: { schemas, securitySchemes: { session: { type: "apiKey", in: "cookie", name: SESSION_COOKIE } } },
  };
}

let built: JsonSchema | undefined;

/** Built once, on first request: the schemas do not change while the process runs. */
export function openApiDocument(version = "0.1.0"): JsonSchema {
  return (built ??= buildDocument(version));
}
