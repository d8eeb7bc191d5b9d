/**
 * A usage error as one line of the shape every other failure has ("triangulate: ..."), with where the
 * usage is. Commander words its own as "error: unknown option '--bogus'"; two shapes for one kind of
 * line made scripts and readers look for both.
 */
export function usageErrorLine(message: string): string {
  return `triangulate: ${message.trim().replace(/^error:\s*/i, '')} (run with --help for usage)\n`;
}
