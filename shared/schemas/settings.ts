import { z } from "zod";
import { MessageLanguage } from "./checklist.js";
import { lazySchema } from "./lazy.js";

/**
 * The municipality's settings the console needs to judge as the server does: the sender the checklist counts, the
 * languages every bulletin must exist in, four eyes and the publish threshold (GET /api/settings).
 */
export const ConsoleSettings = lazySchema(() =>
  z.object({
    senderName: z.string(),
    requiredLanguages: z.array(MessageLanguage),
    fourEyes: z.boolean(),
    publishThreshold: z.number().int().min(0).max(100),
  }),
);
export type ConsoleSettings = z.infer<typeof ConsoleSettings>;
