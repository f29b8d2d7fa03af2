/**
 * Keeps the keyboard user's place when an action removes the control they used: a claim card that moves to another
 * column once the store has the server's answer, a button that is gone once its work is done. Call it as the action
 * starts. As soon as focus has fallen to the page's body (the focused control left the page), focus goes to the first
 * of `targets` that is in the page then: the moved card, else a neighbour, else a heading. If the user has put focus
 * anywhere else meanwhile, or nothing is lost within `withinMs`, it does nothing (WCAG 2.4.3, focus order).
 */
const POLL_MS = 25;

export type FocusTarget = string | (() => HTMLElement | null | undefined);

function resolve(target: FocusTarget): HTMLElement | null {
  return (typeof target === "string" ? document.getElementById(target) : target()) ?? null;
}

function lost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || active === document.documentElement;
}

export function focusWhenLost(targets: readonly FocusTarget[], withinMs = 5_000): () => void {
  const origin = document.activeElement;
  const until = Date.now() + withinMs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = () => {
    timer = undefined;
    if (lost()) {
      for (const target of targets) {
        const element = resolve(target);
        if (element === null) continue;
        // A heading or a list item is focused programmatically only: give it a tab index of -1 if it has none.
        if (element.tabIndex < 0 && !element.hasAttribute("tabindex")) element.setAttribute("tabindex", "-1");
        element.focus();
        return;
      }
    } else if (document.activeElement !== origin) {
      return; // the user moved on
    }
    if (Date.now() < until) timer = setTimeout(tick, POLL_MS);
  };
  timer = setTimeout(tick, 0);
  return () => {
    if (timer !== undefined) clearTimeout(timer);
  };
}
