/**
 * The feed's sort choice. Its default order depends on whether words are searched (best match with
 * words, newest first without), so the empty choice is named after the order it gives, and renamed as
 * words are typed: one sentence explaining both was cut off in a select of the filter grid's width.
 * The named choice the default duplicates is hidden, so no order is listed twice. Best match has no
 * choice of its own: it is the default with words and refused without them (a 400).
 */
import { h } from './dom.js';

const ORDERS: readonly [string, string][] = [
  ['date-desc', 'newest first'],
  ['date-asc', 'oldest first'],
  ['updated', 'recently updated'],
  ['sources', 'most sources'],
];

export function sortSelect(value: string, words: HTMLInputElement): HTMLSelectElement {
  const automatic = h('option', { value: '' });
  const named = ORDERS.map(([order, text]) => h('option', { value: order }, text));
  const el = h('select', { name: 'sort', title: 'Without words: newest first. With words: best match first.' }, automatic, named);
  const follow = (): void => {
    const searching = words.value.trim() !== '';
    automatic.text = searching ? 'best match' : 'newest first';
    for (const option of named) option.hidden = !searching && option.value === 'date-desc' && el.value !== 'date-desc';
  };
  el.value = value === 'relevance' ? '' : value;
  follow();
  words.addEventListener('input', follow);
  return el;
}
