/**
 * Building the page. Everything from the API (article text above all, which is untrusted) goes in as
 * text nodes, never as markup: `h` has no way to set innerHTML.
 */
export type Child = Node | string | number | null | undefined | false | Child[];
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg(tag: string, attrs: Attrs = {}, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

function setAttrs(el: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, ''), value);
    else if (name === 'href' && !safeHref(String(value))) continue;
    else el.setAttribute(name, value === true ? '' : String(value));
  }
}

export function append(el: Element, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(typeof child === 'number' ? String(child) : child);
  }
}

/** Links from article data may only be web addresses or our own routes (no javascript: or data:). */
export function safeHref(href: string): boolean {
  return href.startsWith('#') || href.startsWith('/') || /^https?:\/\//i.test(href);
}

export function clear(el: Element): void {
  el.replaceChildren();
}

/** A table in a box that scrolls sideways on narrow screens (the page itself never does). */
export function scrollTable(label: string, ...children: Child[]): HTMLElement {
  return h('div', { class: 'scroll', role: 'region', 'aria-label': label, tabindex: 0 }, h('table', {}, children));
}

/**
 * A table whose rows become cards on a phone (styles.css, .stack): each cell on its own line after its
 * column's name (the cell's data-label). Scrolled sideways, a five-column table showed a phone two
 * columns and cut the third in half.
 */
export function stackedTable(label: string, ...children: Child[]): HTMLElement {
  return h('div', { class: 'scroll', role: 'region', 'aria-label': label, tabindex: 0 }, h('table', { class: 'stack' }, children));
}
