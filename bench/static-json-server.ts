/**
 * The peer of `npm run bench:api`: a plain node:http server that answers each benchmarked URL with the
 * very bytes Triangulate's API gave for it, held in memory. No database, no query parsing, no JSON
 * serialisation: the ceiling for serving those responses from Node on this machine.
 * Usage: node dist/bench/static-json-server.js RESPONSES.json   (prints "listening PORT")
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const responses = new Map(Object.entries(JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Record<string, string>).map(([url, body]) => [url, Buffer.from(body)]));
const server = createServer({ keepAliveTimeout: 5_000 }, (req, res) => {
  const body = responses.get(req.url ?? '');
  if (!body) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(body.length) });
  res.end(body);
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`listening ${(server.address() as AddressInfo).port}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
