/**
 * Navigation state for a new address of the same view (`navigate(to, { state: SAME_VIEW })`): a new bulletin's first
 * save gives the editor its own address, and the layout then keeps the user's focus where it is instead of moving it
 * to the top of the page as it does for a new page. The state stays on the history entry, so the layout honours it
 * for that navigation only: Back or Forward to the entry later moves focus as for any other page.
 */
export const SAME_VIEW = { sameView: true } as const;

export const isSameView = (state: unknown): boolean =>
  typeof state === "object" && state !== null && (state as { sameView?: unknown }).sameView === true;
