import assert from 'node:assert/strict';
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { CosmosTuning } from '../../src/storage/cosmos/cosmosClient';

/** Short budgets for the stores behind the proxy, so that a fault costs milliseconds instead of the production seconds. */
export const FAST_COSMOS: CosmosTuning = {
  throttleRetries: 3,
  throttleMaxWaitSeconds: 1,
  requestTimeoutMs: 2_000,
  attempts: 2,
  backoffMs: 5,
  // A read on a dropped connection is retried by the SDK once a second for ten seconds; this cuts it short while
  // leaving ordinary calls (milliseconds) ample room on a busy machine.
  operationTimeoutMs: 1_500,
  prepareBackoffMs: 20,
  prepareMaxBackoffMs: 200,
};

/** Waits until `condition` holds — a bounded wait for an outcome (recovery in the background), not a timing assertion. */
export async function eventually(condition: () => Promise<boolean>, what: string, limitMs = 10_000): Promise<void> {
  const end = Date.now() + limitMs;
  while (!(await condition())) {
    if (Date.now() > end) assert.fail(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** What a fault rule sees of a request to the Cosmos-protocol server. */
export interface CosmosRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The container the request is about ("registrations", "botstate"), if any. */
  container?: string;
  /** A document write: create, upsert, replace, delete (a query is a POST too, but not a write). */
  write: boolean;
}

export type Match = (request: CosmosRequest) => boolean;

/**
 * - drop: destroy the connection without forwarding (Cosmos DB unreachable, or dropping mid-dialog)
 * - throttle: answer 429 with x-ms-retry-after-ms (a 429 storm)
 * - conflict: answer 412 Precondition Failed without forwarding (as if the eTag no longer matched)
 * - loseResponse: forward, let the server do the work, then destroy the connection instead of answering
 *   (the write happened; the client did not hear it)
 * - hold: keep the request until `release()`, then forward it (to make two turns cross deterministically)
 */
export type FaultKind = 'drop' | 'throttle' | 'conflict' | 'loseResponse' | 'hold';

export interface FaultRule {
  kind: FaultKind;
  /** Which requests; default every request. */
  match?: Match;
  /** How many matching requests to fault; default until removed. */
  times?: number;
  /** For throttle: the retry-after hint, default 5 ms. */
  retryAfterMs?: number;
}

export interface Injection {
  /** Requests this rule faulted so far. */
  readonly hits: number;
  /** Stops faulting; held requests are forwarded. */
  remove(): void;
  /** For hold: forwards the held requests (and stops holding). */
  release(): void;
}

const COSMOS_PATH = /^\/dbs\/[^/]+\/colls\/([^/?]+)(\/docs(?:\/[^?]*)?)?/;

function describe(req: IncomingMessage): CosmosRequest {
  const method = req.method ?? 'GET';
  const path = req.url ?? '/';
  const match = COSMOS_PATH.exec(path);
  const isQuery =
    req.headers['x-ms-documentdb-isquery'] === 'true' || String(req.headers['content-type'] ?? '').startsWith('application/query+json');
  const onDocs = match?.[2] !== undefined;
  const write = onDocs && (method === 'PUT' || method === 'DELETE' || method === 'PATCH' || (method === 'POST' && !isQuery));
  return { method, path, headers: req.headers, container: match?.[1] ? decodeURIComponent(match[1]) : undefined, write };
}

/** Matchers for the usual targets. */
export const requests = {
  all: (): Match => () => true,
  /** Everything about one container: reads, queries, writes. */
  to:
    (container: string): Match =>
    (r) =>
      r.container === container,
  /** Document writes to one container (create/upsert POST, replace PUT, DELETE). */
  writesTo:
    (container: string): Match =>
    (r) =>
      r.container === container && r.write,
  /** New documents in one container: a POST that is neither a query nor an upsert. */
  createsIn:
    (container: string): Match =>
    (r) =>
      r.container === container && r.write && r.method === 'POST' && r.headers['x-ms-documentdb-is-upsert'] !== 'true',
  /** Replacements of a document (PUT …/docs/<id>) in one container. */
  replacesIn:
    (container: string): Match =>
    (r) =>
      r.container === container && r.write && r.method === 'PUT',
  /** Deletions of a document in one container. */
  deletesIn:
    (container: string): Match =>
    (r) =>
      r.container === container && r.write && r.method === 'DELETE',
};

const ERROR_BODY: Record<number, { code: string; message: string }> = {
  412: { code: 'PreconditionFailed', message: 'Operation cannot be performed because one of the specified precondition is not met.' },
  429: {
    code: 'TooManyRequests',
    message: 'Request rate is large. More Request Units may be needed, so no changes were made. Please retry this request later.',
  },
};

/**
 * A small HTTP proxy in front of the Cosmos-protocol server, with switchable faults. Everything it does not fault is
 * forwarded unchanged. Counts what it faulted, by kind.
 */
export class FaultProxy {
  /** Requests faulted, by kind (refused connections are not requests and are not counted). */
  readonly faulted: Record<FaultKind, number> = { drop: 0, throttle: 0, conflict: 0, loseResponse: 0, hold: 0 };
  /** Requests that reached the proxy. */
  requests = 0;
  private rules: (FaultRule & { hits: number; held: (() => void)[] })[] = [];
  private refusing = false;
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
    private readonly upstream: URL,
  ) {}

  /** Starts a proxy on an ephemeral loopback port in front of `upstream` (e.g. the protocol server's endpoint). */
  static async start(upstream: string): Promise<FaultProxy> {
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const proxy = new FaultProxy(server, `http://127.0.0.1:${port}`, new URL(upstream));
    server.on('connection', (socket) => proxy.onConnection(socket));
    server.on('request', (req, res) => proxy.onRequest(req, res));
    return proxy;
  }

  /**
   * Cosmos DB unreachable until `pass()`: the proxy stops listening (new connections are refused) and destroys the
   * connections it has (requests in flight and kept-alive sockets see a reset).
   */
  async refuse(): Promise<void> {
    if (this.refusing) return;
    this.refusing = true;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  /** Adds a fault rule; rules are tried in the order added. */
  inject(rule: FaultRule): Injection {
    const entry = { ...rule, hits: 0, held: [] as (() => void)[] };
    this.rules.push(entry);
    const remove = () => {
      this.rules = this.rules.filter((r) => r !== entry);
      for (const forward of entry.held.splice(0)) forward();
    };
    return {
      get hits() {
        return entry.hits;
      },
      remove,
      release: remove,
    };
  }

  /** Pass-through: no rules (held requests are forwarded), listening again on the same port. */
  async pass(): Promise<void> {
    for (const rule of this.rules.splice(0)) for (const forward of rule.held.splice(0)) forward();
    if (!this.refusing) return;
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(Number(new URL(this.url).port), '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    this.refusing = false;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    if (!this.refusing) await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private onConnection(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
  }

  private onRequest(req: IncomingMessage, res: ServerResponse): void {
    this.requests++;
    const request = describe(req);
    const rule = this.rules.find((r) => (r.times === undefined || r.hits < r.times) && (r.match ?? (() => true))(request));
    if (!rule) return this.forward(req, res, false);
    rule.hits++;
    this.faulted[rule.kind]++;
    switch (rule.kind) {
      case 'drop':
        req.resume();
        req.socket.destroy();
        return;
      case 'throttle':
        return this.answer(req, res, 429, { 'x-ms-retry-after-ms': String(rule.retryAfterMs ?? 5) });
      case 'conflict':
        return this.answer(req, res, 412);
      case 'loseResponse':
        return this.forward(req, res, true);
      case 'hold':
        rule.held.push(() => this.forward(req, res, false));
        return;
    }
  }

  private answer(req: IncomingMessage, res: ServerResponse, status: number, headers: Record<string, string> = {}): void {
    req.resume();
    req.on('end', () => {
      const body = JSON.stringify(ERROR_BODY[status]);
      res.writeHead(status, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        'x-ms-activity-id': '00000000-0000-0000-0000-000000000000',
        ...headers,
      });
      res.end(body);
    });
  }

  private forward(req: IncomingMessage, res: ServerResponse, loseResponse: boolean): void {
    const upstream = http.request(
      {
        host: this.upstream.hostname,
        port: this.upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: this.upstream.host },
      },
      (answer) => {
        if (loseResponse) {
          // The server has done the work; the client never hears about it.
          answer.resume();
          answer.on('end', () => req.socket.destroy());
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => req.socket.destroy());
    req.pipe(upstream);
  }
}
