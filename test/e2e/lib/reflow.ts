/**
 * What WCAG 1.4.10 (reflow) and 1.4.12 (text spacing) ask of a page, measured in Chromium: the page does not scroll
 * sideways, nothing is drawn outside the window, no box cuts its text off, and nothing but a data table scrolls
 * sideways in its own box.
 */
import type { Page } from "playwright-core";

/** The text spacing WCAG 1.4.12 asks content to survive, as a reader's style sheet sets it. */
export const TEXT_SPACING =
  "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } " +
  "p { margin-bottom: 2em !important }";

export interface ReflowReport {
  /** document.documentElement.scrollWidth: wider than the window means the page scrolls sideways. */
  pageWidth: number;
  /** The outermost elements drawn beyond the window's left or right edge (none of them inside a scrolling box). */
  outside: string[];
  /** Text drawn past the side of the card, button or badge it is in (over its neighbours, or under the next one). */
  spills: string[];
  /** Boxes that hide part of their text (overflow hidden or clip, or an ellipsis). */
  clipped: string[];
  /** Boxes that scroll sideways without being a named, focusable region holding a data table. */
  sideways: string[];
  /** The computed letter spacing of the body: shows the text-spacing style took effect. */
  letterSpacing: string;
}

/** Measures the page as laid out now, in a window `width` CSS px wide. */
export async function measureReflow(page: Page, width: number): Promise<ReflowReport> {
  // Two frames: what a ResizeObserver or a layout effect changes after the style sheet arrived is drawn by then.
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const raf = (globalThis as unknown as { requestAnimationFrame(cb: () => void): void }).requestAnimationFrame;
        raf(() => raf(done));
      }),
  );
  return page.evaluate((width) => {
    type Rect = { left: number; right: number; width: number; height: number };
    type El = {
      tagName: string;
      id: string;
      className: unknown;
      textContent: string | null;
      parentElement: El | null;
      scrollWidth: number;
      clientWidth: number;
      scrollHeight: number;
      clientHeight: number;
      getAttribute(name: string): string | null;
      querySelector(s: string): El | null;
      closest(s: string): El | null;
      getBoundingClientRect(): Rect;
    };
    type Text = { textContent: string | null; parentElement: El | null };
    type Style = {
      display: string;
      visibility: string;
      clip: string;
      clipPath: string;
      overflowX: string;
      overflowY: string;
      textOverflow: string;
      letterSpacing: string;
      backgroundColor: string;
      borderLeftWidth: string;
      borderRightWidth: string;
    };
    const g = globalThis as unknown as {
      document: {
        documentElement: El;
        body: El;
        querySelectorAll(s: string): ArrayLike<El>;
        createTreeWalker(root: El, what: number): { nextNode(): Text | null };
        createRange(): {
          setStart(n: Text, o: number): void;
          setEnd(n: Text, o: number): void;
          getClientRects(): ArrayLike<Rect>;
        };
      };
      getComputedStyle(el: El): Style;
    };
    const style = g.getComputedStyle;
    const name = (el: El) => {
      const classes = typeof el.className === "string" ? el.className.trim().split(/\s+/).filter(Boolean) : [];
      const text = (el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40);
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${classes.map((c) => `.${c}`).join("")} “${text}”`;
    };
    // Not drawn, or drawn as a 1 px visually hidden box for screen readers only.
    const unseen = (el: El) => {
      for (let e: El | null = el; e; e = e.parentElement) {
        const s = style(e);
        if (s.display === "none" || s.visibility === "hidden") return true;
        if (s.clip.startsWith("rect(0") || s.clipPath === "inset(50%)") return true;
      }
      return false;
    };
    const scrolls = (v: string) => v === "auto" || v === "scroll";
    const hides = (v: string) => v === "hidden" || v === "clip";
    const inScrollingBox = (el: El) => {
      for (let e = el.parentElement; e && e !== g.document.body; e = e.parentElement)
        if (scrolls(style(e).overflowX) || hides(style(e).overflowX)) return true;
      return false;
    };
    const beyond = (el: El) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && (r.right > width + 0.5 || r.left < -0.5);
    };
    // A skip link waits off the left edge until it is focused.
    const skipLink = (el: El) => {
      const link = el.closest("a");
      return link !== null && link.getBoundingClientRect().right <= 0;
    };
    // A data table may scroll inside its own box when the box is a named region a keyboard can reach (1.4.10 allows
    // two-dimensional tables to).
    const tableRegion = (el: El) =>
      el.querySelector("table") !== null &&
      el.getAttribute("tabindex") === "0" &&
      (el.getAttribute("aria-label") !== null || el.getAttribute("aria-labelledby") !== null);

    const outside: string[] = [];
    const spills: string[] = [];
    const clipped: string[] = [];
    const sideways: string[] = [];
    for (const el of Array.from(g.document.querySelectorAll("body *"))) {
      if (unseen(el)) continue;
      const s = style(el);
      const text = (el.textContent ?? "").trim() !== "";
      if (beyond(el) && !(el.parentElement && beyond(el.parentElement)) && !inScrollingBox(el) && !skipLink(el))
        outside.push(`${name(el)} (to x ${Math.round(el.getBoundingClientRect().right)})`);
      if (/^(INPUT|TEXTAREA|SELECT|svg|CANVAS|IMG)$/.test(el.tagName)) continue;
      const wider = el.scrollWidth > el.clientWidth + 1;
      const taller = el.scrollHeight > el.clientHeight + 1;
      if (text && ((hides(s.overflowX) && wider) || (hides(s.overflowY) && taller))) clipped.push(name(el));
      else if (text && s.textOverflow === "ellipsis" && wider) clipped.push(`${name(el)} (ellipsis)`);
      if (scrolls(s.overflowX) && wider && !tableRegion(el)) sideways.push(name(el));
    }
    // Text: a word too long for its line overflows its block without widening the block.
    const drawn = (b: El) => {
      const s = style(b);
      return s.backgroundColor !== "rgba(0, 0, 0, 0)" || s.borderLeftWidth !== "0px" || s.borderRightWidth !== "0px";
    };
    const walker = g.document.createTreeWalker(g.document.body, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || (node.textContent ?? "").trim() === "" || unseen(parent)) continue;
      // Word by word: a space that hangs past the end of a line (pre-wrap text, wide word spacing) is not drawn.
      const rects: Rect[] = [];
      for (const word of (node.textContent ?? "").matchAll(/\S+/gu)) {
        const range = g.document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        rects.push(...Array.from(range.getClientRects()).filter((r) => r.width > 0));
      }
      if (rects.length === 0) continue;
      const right = Math.max(...rects.map((r) => r.right));
      const left = Math.min(...rects.map((r) => r.left));
      const what = `“${(node.textContent ?? "").trim().slice(0, 40)}” in ${name(parent)}`;
      if ((right > width + 0.5 || left < -0.5) && !inScrollingBox(parent) && !skipLink(parent)) {
        outside.push(`${what} (to x ${Math.round(right)})`);
        continue;
      }
      // The nearest card, button or badge around the text; text in a box that scrolls sideways on its way there is
      // the scrolling box's business.
      let box: El | null = parent;
      while (box && box !== g.document.body && !drawn(box) && !scrolls(style(box).overflowX)) box = box.parentElement;
      if (!box || box === g.document.body || !drawn(box) || scrolls(style(box).overflowX)) continue;
      const b = box.getBoundingClientRect();
      if (right > b.right + 1 || left < b.left - 1) spills.push(`${what} past ${name(box)}`);
    }
    return {
      pageWidth: g.document.documentElement.scrollWidth,
      outside,
      spills,
      clipped,
      sideways,
      letterSpacing: style(g.document.body).letterSpacing,
    };
  }, width);
}
