import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { AnswerHold } from "./answer-hold";
import { type RuntimeSettings, handleControl } from "./control";
import { driftAnswer } from "./drift";
import { ApiError, type Reply, invalidBody } from "./http";
import { notificationFor } from "./notifications";
import { RateLimiter } from "./rate-limit";
import { type RouteMatch, listsRoute, matchRoute } from "./router";
import { apiRoutes } from "./routes";
import { TrafficStats } from "./stats";
import { Clock, Store } from "./store";
import { type WebhookEvent, WebhookSender } from "./webhooks";

export interface SandboxOptions {
  /** 0 picks a free port. */
  port?: number;
  apiKey?: string;
  dataFile: string;
  latencyMs?: number;
  failRate?: number;
  /** Requests per rolling minute per key; 0 turns limiting off. */
  rateLimitRpm?: number;
  /** Freezes the clock at this ISO instant; the seed is built relative to it. */
  now?: string;
  /** Where changes are announced, as Whautomate's webhooks would; unset = no deliveries. */
  webhookUrl?: string;
  /** Sent with every delivery, like the vendor's `webhookHeaders` (e.g. a shared secret). */
  webhookHeaders?: Record<string, string>;
  /** Answers drift from the docs as a real account's may (see drift.ts). */
  drift?: boolean;
  /** The account's notification automations message clients about their changes; default on. */
  notifications?: boolean;
}

export interface SandboxHandle {
  url: string;
  port: number;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1_000_000;
const internalError: Reply = { status: 500, body: { message: "Internal Server Error" } };

export async function startSandbox(options: SandboxOptions): Promise<SandboxHandle> {
  const frozenAt = options.now === undefined ? null : Date.parse(options.now);
  if (frozenAt !== null && !Number.isFinite(frozenAt)) throw new Error(`Invalid "now": ${options.now}`);
  const store = await Store.open(options.dataFile, new Clock(frozenAt));
  const apiKey = options.apiKey ?? "sandbox-key";
  const settings: RuntimeSettings = {
    latencyMs: options.latencyMs ?? 0,
    latencyRoutes: [],
    failRate: options.failRate ?? 0,
    rateLimitRpm: options.rateLimitRpm ?? 300,
    drift: options.drift ?? false,
    notifications: options.notifications ?? true,
  };
  const stats = new TrafficStats();
  const rateLimiter = new RateLimiter(settings.rateLimitRpm);
  const hold = new AnswerHold();
  const webhooks = new WebhookSender({
    url: options.webhookUrl ?? null,
    headers: options.webhookHeaders ?? {},
  });

  async function answerApi(request: IncomingMessage, url: URL, match: RouteMatch | null): Promise<Reply> {
    const method = request.method ?? "GET";
    if (request.headers["x-api-key"] !== apiKey) return { status: 403, body: { message: "Forbidden" } };
    if (!rateLimiter.allow(apiKey)) return { status: 429, body: { message: "Too Many Requests" } };
    // Decided before any work so an injected failure never leaves a half-made change behind.
    if (Math.random() < settings.failRate) return internalError;
    if (!match) return { status: 404, body: { message: "Not Found" } };
    try {
      const body = method === "POST" || method === "PUT" ? await readJsonBody(request) : undefined;
      const revision = store.currentRevision;
      const events: WebhookEvent[] = [];
      const reply = match.route.handler({
        store,
        state: store.state,
        params: match.params,
        query: url.searchParams,
        body,
        now: store.now(),
        emit: (event) => events.push(event),
        webhookTarget: webhooks.target,
      });
      if (settings.notifications) sendNotifications(store, events);
      if (store.currentRevision !== revision) await store.persist();
      if (reply.status === 200) webhooks.send(events);
      return reply.status === 200 && settings.drift ? { ...reply, body: driftAnswer(reply.body) } : reply;
    } catch (error) {
      if (error instanceof ApiError) return { status: error.status, body: error.body };
      process.stderr.write(`Sandbox: ${method} ${url.pathname} failed: ${(error as Error).stack}\n`);
      return internalError;
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://sandbox.local");
    if (url.pathname.startsWith("/__sandbox/")) {
      let body: unknown;
      try {
        body = await readJsonBody(request);
      } catch {
        return send(response, { status: 400, body: { message: "Invalid request body" } });
      }
      const route = url.pathname.replace(/\/+$/, "");
      return send(
        response,
        await handleControl(
          { store, stats, rateLimiter, settings, webhooks, hold },
          request.method ?? "GET",
          route,
          body,
        ),
      );
    }
    if (url.pathname !== "/v1" && !url.pathname.startsWith("/v1/")) {
      return send(response, { status: 404, body: { message: "Not Found" } });
    }
    const method = request.method ?? "GET";
    const match = matchRoute(apiRoutes, method, url.pathname);
    const route = match ? `${method} ${match.route.template}` : null;
    stats.countRequest(route);
    const reply = await answerApi(request, url, match);
    stats.countStatus(reply.status);
    // After the work, before the answer: a client that gives up may still have booked, as with the real API.
    if (settings.latencyMs > 0 && listsRoute(settings.latencyRoutes, route)) await sleep(settings.latencyMs);
    if (hold.catches(route)) await hold.wait();
    send(response, reply);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      process.stderr.write(`Sandbox: unhandled ${(error as Error).stack}\n`);
      if (!response.headersSent) send(response, internalError);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    async close() {
      hold.release();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await Promise.all([store.idle(), webhooks.idle()]);
    },
  };
}

function sendNotifications(store: Store, events: readonly WebhookEvent[]): void {
  const now = store.now();
  const messages = events.flatMap((event) => notificationFor(store.state, event, now) ?? []);
  if (messages.length === 0) return;
  store.state.outbox.push(...messages);
  store.markChanged();
}

function send(response: ServerResponse, reply: Reply): void {
  if (response.destroyed) return;
  const text = JSON.stringify(reply.body);
  response.writeHead(reply.status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  response.end(text);
}

/** Undefined for an empty body; throws the vendor's 400 for anything that is not JSON. */
async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw invalidBody();
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8").trim();
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalidBody();
  }
}
