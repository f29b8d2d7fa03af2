import type { Slice } from "../slice";
import { EMPTY_NATIONAL, type NationalSlice } from "./state";

export const createNationalSlice: Slice<NationalSlice> = (set) => ({
  national: EMPTY_NATIONAL,
  setNationalPicture: (picture) => set({ national: { picture, status: "loaded" } }),
  setNationalStatus: (status) => set((s) => ({ national: { ...s.national, status } })),
});
