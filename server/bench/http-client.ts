/**
 * The benchmark's HTTP client: POST /graphql over a keep-alive agent (node:http), as lean as a
 * load generator such as autocannon, the issue's own. The load generator runs on the same cores as
 * the servers it measures: fetch (undici) took about 1 ms of CPU per request in the spend section,
 * which is CPU the server under test did not get.
 */
import http from 'node:http';

const agents = new Map<number, http.Agent>();

/** POST /graphql over a keep-alive agent of `connections` sockets; the status and the parsed body. */
export function postGraphql(url: string, token: string, body: string, connections: number): Promise<{ status: number; json: any }> {
  let agent = agents.get(connections);
  if (!agent) agents.set(connections, (agent = new http.Agent({ keepAlive: true, maxSockets: connections })));
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const req = http.request(`${url}/graphql`, { method: 'POST', agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        try {
          resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
        } catch (err) {
          reject(err);
        }
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Closes the kept-alive sockets (so the process can exit). */
export function closeAgents(): void {
  for (const a of agents.values()) a.destroy();
  agents.clear();
}
