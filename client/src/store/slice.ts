import type { StateCreator } from "zustand";
import type { StoreState } from "./types";

/** One domain's part of the store: its state and actions, created with access to the whole store. */
export type Slice<T> = StateCreator<StoreState, [], [], T>;
