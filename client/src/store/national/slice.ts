import type { Slice } from "../slice";
import { EMPTY_NATIONAL, mergeNationalItem, type NationalSlice } from "./state";

export const createNationalSlice: Slice<NationalSlice> = (set) => ({
  national: EMPTY_NATIONAL,
  setNationalPicture: (fetched) =>
    set((s) => ({
      national: {
        picture: s.national.pending.reduce((p, push) => mergeNationalItem(p, push.change, push.item, push.at), fetched),
        status: "loaded",
        fetching: false,
        pending: [],
      },
    })),
  beginNationalFetch: () =>
    set((s) => ({
      national: {
        ...s.national,
        status: s.national.status === "loaded" ? "loaded" : "loading",
        fetching: true,
        pending: [],
      },
    })),
  setNationalStatus: (status) => set((s) => ({ national: { ...s.national, status, fetching: false, pending: [] } })),
});
