import type { Slice } from "../slice";
import { EMPTY_LOG, mergeLogItems, type LogSlice } from "./state";

export const createLogSlice: Slice<LogSlice> = (set) => ({
  logs: {},
  setLogStatus: (incidentId, status) =>
    set((s) => ({ logs: { ...s.logs, [incidentId]: { ...(s.logs[incidentId] ?? EMPTY_LOG), status } } })),
  mergeLogItems: (incidentId, items, options = {}) =>
    set((s) => {
      const log = s.logs[incidentId] ?? EMPTY_LOG;
      const base = options.replace ? [] : log.items;
      return {
        logs: {
          ...s.logs,
          [incidentId]: {
            items: mergeLogItems(base, items),
            status: "loaded",
            hasMore: options.hasMore ?? log.hasMore,
          },
        },
      };
    }),
});
