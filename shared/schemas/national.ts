import { z } from "zod";
import { Id, IsoDateTime } from "./common.js";
import { lazySchema } from "./lazy.js";

export const NATIONAL_KINDS = ["news", "vma"] as const;
export const NationalKind = lazySchema(() => z.enum(NATIONAL_KINDS));
export type NationalKind = z.infer<typeof NationalKind>;

export const NationalArea = lazySchema(() => z.object({ description: z.string(), type: z.string() }));
export type NationalArea = z.infer<typeof NationalArea>;

/** A Krisinformation news item or VMA as Krisrum stored it (its latest version). */
export const NationalItem = lazySchema(() =>
  z.object({
    id: z.string(),
    kind: NationalKind,
    identifier: z.string(),
    version: z.number().int().positive(),
    headline: z.string(),
    preamble: z.string(),
    bodyText: z.string(),
    pushMessage: z.string(),
    areas: z.array(NationalArea),
    web: z.string().nullable(),
    language: z.string(),
    sourceId: z.string().nullable(),
    publishedAt: IsoDateTime,
    updatedAt: IsoDateTime,
    withdrawnAt: IsoDateTime.nullable(),
    firstSeenAt: IsoDateTime,
    lastSeenAt: IsoDateTime,
  }),
);
export type NationalItem = z.infer<typeof NationalItem>;

/** How the polling goes, so the panel can say when it was last updated and whether the source answers. */
export const NationalStatus = lazySchema(() =>
  z.object({
    enabled: z.boolean(),
    lastSuccessAt: IsoDateTime.nullable(),
    lastAttemptAt: IsoDateTime.nullable(),
    lastError: z.string().nullable(),
    /** Items the source sent that could not be read, since the start. */
    skipped: z.number().int().nonnegative(),
  }),
);
export type NationalStatus = z.infer<typeof NationalStatus>;

/** GET /api/national: active VMAs first, then the newest news. */
export const NationalPicture = lazySchema(() => z.object({ items: z.array(NationalItem), status: NationalStatus }));
export type NationalPicture = z.infer<typeof NationalPicture>;

export const NationalListQuery = lazySchema(() =>
  z.object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    withdrawn: z
      .enum(["true", "false"])
      .default("false")
      .transform((v) => v === "true"),
  }),
);

/** POST /api/national/:id/cite: into this incident's facts register. */
export const NationalCite = lazySchema(() => z.object({ incidentId: Id }));
