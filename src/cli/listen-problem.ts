/** Why `serve` could not listen, in words: Node gives a bare code (EADDRNOTAVAIL, ENOTFOUND) that names no fix. */

export function listenProblem(host: string, port: number, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EADDRINUSE') return `port ${port} on ${host} is in use (choose another with --port)`;
  if (code === 'EACCES') return `port ${port} needs administrator rights here (choose one above 1023 with --port)`;
  if (code === 'EADDRNOTAVAIL') return `cannot listen on ${host}: it is not an address of this machine (--host 127.0.0.1 for this machine alone, 0.0.0.0 for every interface)`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `cannot listen on ${host}: no such host name (give an address of this machine with --host, such as 127.0.0.1)`;
  return `cannot listen on ${host}:${port}: ${code ?? (error instanceof Error ? error.message : String(error))}`;
}
