/** Where a REST load stands. A leaf module: every domain's state names it without importing the store. */
export type LoadStatus = "idle" | "loading" | "loaded" | "error";
