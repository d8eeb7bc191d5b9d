/** Text made safe to put inside a regular expression: a name matched as written ("St. Louis", "C++"). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
