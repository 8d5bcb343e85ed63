// What makes a page fail on a phone, measured in the browser: sideways overflow, text its box cuts off, words broken mid-word, squeezed checkboxes, tiny text.
import type { Page } from "playwright-core";

/** The faults on the page as it is laid out now, each naming the element, e.g. `text clipped by its box: td.plan__name "Camilla Strö…"`. */
export function phoneFitProblems(page: Page): Promise<string[]> {
  return page.evaluate(measure);
}

/** Runs inside the page; self-contained, as page.evaluate sends only its source. */
function measure(): string[] {
  const problems: string[] = [];
  const width = document.documentElement.clientWidth;
  const describe = (el: Element) => {
    const classes = typeof el.className === "string" && el.className.trim() ? `.${el.className.trim().split(/\s+/).join(".")}` : "";
    const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${classes} "${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
  };
  // Visually hidden text (1 px and clipped, for screen readers) and the inside of a closed <details> are not laid out for the eye.
  const unseen = (el: Element) => {
    if (el.closest("details:not([open]) > :not(summary)")) return true;
    for (let node: Element | null = el; node; node = node.parentElement) {
      const rect = node.getBoundingClientRect();
      const style = getComputedStyle(node);
      if (style.visibility === "hidden" || style.display === "none") return true;
      if (rect.width <= 1 && rect.height <= 1 && style.overflow !== "visible") return true;
    }
    return el.getClientRects().length === 0;
  };

  if (document.documentElement.scrollWidth > width) problems.push(`the page is ${document.documentElement.scrollWidth} px wide, wider than the screen`);

  for (const el of Array.from(document.body.querySelectorAll("*"))) {
    if (["SCRIPT", "STYLE", "TEMPLATE", "OPTION"].includes(el.tagName) || unseen(el)) continue;
    const rect = el.getBoundingClientRect();
    const parentRight = el.parentElement?.getBoundingClientRect().right ?? 0;
    if (rect.right > width + 0.5 && parentRight <= width + 0.5) problems.push(`reaches ${Math.round(rect.right)} px, past the screen's right edge: ${describe(el)}`);

    const style = getComputedStyle(el);
    const clips = (overflow: string) => overflow === "hidden" || overflow === "clip";
    const formControl = ["INPUT", "SELECT", "TEXTAREA"].includes(el.tagName);
    if (!formControl && (el.textContent ?? "").trim()) {
      if (el.scrollWidth > el.clientWidth + 1 && clips(style.overflowX)) problems.push(`text clipped by its box (${el.scrollWidth} px in ${el.clientWidth} px): ${describe(el)}`);
      else if (el.scrollWidth > el.clientWidth + 1 && style.overflowX !== "visible") problems.push(`scrolls sideways (${el.scrollWidth} px in ${el.clientWidth} px): ${describe(el)}`);
      else if (clips(style.overflowY) && el.scrollHeight > el.clientHeight + 1) problems.push(`text clipped by its box (${el.scrollHeight} px high in ${el.clientHeight} px): ${describe(el)}`);
    }

    if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio") && Math.abs(rect.width - rect.height) > 1)
      problems.push(`${el.type} squeezed to ${rect.width.toFixed(1)}×${rect.height.toFixed(1)} px: ${describe(el.closest("label") ?? el)}`);

    if (el instanceof SVGTextElement) {
      const size = parseFloat(style.fontSize) * (el.ownerSVGElement?.getScreenCTM()?.a ?? 1);
      if (size < 12) problems.push(`chart text ${size.toFixed(1)} px high, too small to read: ${describe(el)}`);
    }
  }

  // A word of letters short enough to fit a line that still breaks over two lines has been squeezed (or told to break anywhere).
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent?.trim() || ["SCRIPT", "STYLE", "OPTION"].includes(parent.tagName) || unseen(parent)) continue;
    range.selectNodeContents(node);
    const right = range.getBoundingClientRect().right;
    if (right > width + 0.5 && parent.getBoundingClientRect().right <= width + 0.5) problems.push(`text runs to ${Math.round(right)} px, past the screen's right edge: ${describe(parent)}`);
    for (const match of node.textContent.matchAll(/[^\s\-\u00ad\u200b/]+/g)) {
      const word = match[0].replace(/^[("'«»”“]+|[)"'«»”“.,:;!?]+$/g, "");
      if (!/^\p{L}{2,24}$/u.test(word)) continue;
      const start = match.index + match[0].indexOf(word);
      range.setStart(node, start);
      range.setEnd(node, start + word.length);
      const tops = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top)));
      if (tops.size > 1) problems.push(`"${word}" breaks mid-word: ${describe(parent)}`);
    }
  }
  return problems;
}
