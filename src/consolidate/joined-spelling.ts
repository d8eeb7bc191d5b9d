/**
 * One name written with its parts joined in one report and apart in another: "Hossein Rezaeifar" and
 * "Hossein Rezaei-Far", "Alireza Karimi" and "Ali Reza Karimi". The same letters in the same order, only
 * the breaks between words differ; romanisations of Persian, Arabic and Kurdish names break compounds
 * as each desk pleases. Two words at least on each side: a lone "Rezaeifar" says too little.
 */
export function joinedSpelling(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === b.length || Math.min(a.length, b.length) < 2) return false;
  return a.join('') === b.join('');
}
