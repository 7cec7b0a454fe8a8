// The app's HTTP server: `npm start` and `npm run dev` run it (scripts/run.ts), and `npm run build`
// bundles it into the standalone output as `server.js`, which a deployment runs with plain node.
// Next believes any X-Forwarded-* header a client sends, so every request passes through here first:
// the forwarded headers are rewritten from the connection itself and TRUSTED_PROXIES, action requests
// Next would answer with a 500 and a stack in the log are refused with a 4xx and one line, every
// request is logged as one JSON line under a request id, and SIGTERM lets requests in flight finish.
import { existsSync, readFileSync } from "node:fs";
import { createServer, IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import next from "next";
import { env } from "../lib/env";
import { resolveLocale } from "../lib/i18n/locales";
import { runShutdownHooks } from "../lib/lifecycle/shutdown";
import { log } from "../lib/log/log";
import { withRequestContext } from "../lib/log/request-context";
import { requestIdFor } from "../lib/log/request-id";
import {
  actionBodyLimitBytes,
  isActionRequest,
  screenActionBody,
  screenActionHead,
  type ActionRefusal,
} from "../lib/security/action-request";
import { captureSentBody, createPageCache, sharedPageKey } from "../lib/rendering/page-cache";
import { recordingRender } from "../lib/rendering/render-record";
import { forwardingPolicy, rewriteForwardedHeaders } from "../lib/security/forwarded-headers";
import { closeGracefully } from "./graceful-shutdown";

const dev = process.argv[2] === "dev";
const port = Number(process.argv[3] ?? process.env.PORT ?? 3000);
// This file's folder's parent: the project in development, the standalone output once bundled.
const root = path.resolve(import.meta.dirname, "..");
const distDir = process.env.NEXT_DIST_DIR || ".next";
const shutdownTimeoutMs = 10_000;

process.chdir(root);
if (!dev) {
  // The configuration `next build` resolved, as Next's own standalone server passes it: the
  // deployment has no next.config.ts (nor the compiler to read it).
  const requiredFiles = path.join(root, distDir, "required-server-files.json");
  const { config } = JSON.parse(readFileSync(requiredFiles, "utf8")) as { config: unknown };
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
}

const app = next({ dev, dir: root, hostname: "localhost", port });
const handle = app.getRequestHandler();
const decideForwarding = forwardingPolicy(env.TRUSTED_PROXIES);

// In development the actions change as files do; Next itself answers unknown ones there.
function knownActionIds(): ReadonlySet<string> | null {
  const manifest = path.join(root, distDir, "server", "server-reference-manifest.json");
  if (dev || !existsSync(manifest)) return null;
  const { node = {} } = JSON.parse(readFileSync(manifest, "utf8")) as { node?: Record<string, unknown> };
  return new Set(Object.keys(node));
}
const actionIds = knownActionIds();

/** The path alone: a query string may carry a phone number or a name. */
const pathOf = (req: IncomingMessage) => (req.url ?? "/").split("?")[0];

function refuse(req: IncomingMessage, res: ServerResponse, refusal: ActionRefusal): void {
  log.warn("refused", {
    method: req.method,
    path: pathOf(req),
    status: refusal.status,
    reason: refusal.reason,
  });
  res.statusCode = refusal.status;
  // An unread body is left unread; the connection cannot be reused after it.
  res.setHeader("connection", "close");
  res.setHeader("content-type", "text/plain");
  if (refusal.status === 409) res.setHeader("x-nextjs-action-not-found", "1");
  res.end(`${refusal.status === 413 ? "Request too large" : "Request refused"}.\n`);
}

/** The body, or null once it passed the limit (counted as it arrives, whatever Content-Length said). */
function readLimited(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > actionBodyLimitBytes) {
        req.pause();
        resolve(null);
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** A request Next can read as if it came from the socket, carrying a body already read. */
function replay(req: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.httpVersion = req.httpVersion;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  copy.headers = { ...req.headers, "content-length": String(body.length) };
  delete copy.headers["transfer-encoding"];
  copy.rawHeaders = req.rawHeaders;
  copy.complete = true;
  copy.push(body);
  copy.push(null);
  return copy;
}

async function screenAction(req: IncomingMessage, res: ServerResponse, host: string | undefined) {
  const head = screenActionHead({
    actionId: [req.headers["next-action"]].flat()[0],
    contentType: req.headers["content-type"],
    contentLength: req.headers["content-length"],
    origin: req.headers.origin,
    host,
    knownActionIds: actionIds,
  });
  if (head) return refuse(req, res, head);
  const body = await readLimited(req);
  if (!body) return refuse(req, res, { status: 413, reason: "body over the limit" });
  const refusal = await screenActionBody(req.headers["content-type"] ?? "", body);
  if (refusal) return refuse(req, res, refusal);
  await handle(replay(req, body), res);
}

const languageOf = (acceptLanguage: string) =>
  resolveLocale({ acceptLanguage }, env.LOCALES, env.DEFAULT_LOCALE);

// In development a page changes as its files do.
const pageCache = dev ? null : createPageCache({ maxEntries: 300, maxAgeMs: 60_000 });

/** A page any visitor sending the same request sees: served again while it is current (page-cache.ts). */
async function serveShared(key: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const kept = await pageCache!.answer(key, req.headers);
  if (kept) {
    for (const [name, value] of kept.headers) res.setHeader(name, value);
    res.setHeader("x-page-cache", "hit");
    res.setHeader("content-length", kept.body.length);
    res.end(kept.body);
    return;
  }
  res.setHeader("x-page-cache", "miss");
  const renderedAt = Date.now();
  const sent = captureSentBody(res);
  const { record, result } = recordingRender(() => handle(req, res));
  res.on("finish", () => {
    const body = sent();
    if (body)
      pageCache!.keep(key, { status: res.statusCode, headers: res.getHeaders(), body }, record, renderedAt);
  });
  await result;
}

function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const forwarding = decideForwarding(req.socket.remoteAddress, req.headers);
  rewriteForwardedHeaders(req.headers, forwarding);
  if (isActionRequest(req.method, req.url))
    return screenAction(req, res, forwarding.host ?? req.headers.host);
  const sharedKey = pageCache && sharedPageKey(req.method, req.url, req.headers, languageOf);
  return sharedKey ? serveShared(sharedKey, req, res) : handle(req, res);
}

await app.prepare();
const upgrade = app.getUpgradeHandler();

const server = createServer((req, res) => {
  const startedAt = performance.now();
  const requestId = requestIdFor(req.headers["x-request-id"]);
  req.headers["x-request-id"] = requestId;
  res.setHeader("x-request-id", requestId);
  res.on("close", () => {
    const durationMs = Math.round(performance.now() - startedAt);
    const fields = { requestId, method: req.method, path: pathOf(req), status: res.statusCode, durationMs };
    log.info("request", res.writableFinished ? fields : { ...fields, aborted: true });
  });
  withRequestContext({ requestId }, () => serve(req, res)).catch((error: unknown) => {
    withRequestContext({ requestId }, () => log.error("request failed", { path: pathOf(req), error }));
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
// Development's hot reload runs over WebSocket upgrades, which must reach Next too.
server.on("upgrade", (req, socket, head) => {
  rewriteForwardedHeaders(req.headers, decideForwarding(req.socket.remoteAddress, req.headers));
  void upgrade(req, socket, head);
});
server.listen(port, () => log.info("listening", { port, mode: dev ? "development" : "production" }));

let stopping = false;
async function stop(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info("stopping", { signal });
  const outcome = await closeGracefully(server, {
    timeoutMs: shutdownTimeoutMs,
    cleanUp: async () => {
      await Promise.race([runShutdownHooks(), new Promise((resolve) => setTimeout(resolve, 2_000))]);
      await app.close();
    },
  });
  log.info("stopped", { signal, outcome });
  process.exit(0);
}
process.on("SIGTERM", (signal) => void stop(signal));
process.on("SIGINT", (signal) => void stop(signal));
