// The app's HTTP server, started by `npm start` and `npm run dev` (scripts/run.ts). Next believes any
// X-Forwarded-* header a client sends, so every request passes through here first: the forwarded
// headers are rewritten from the connection itself and TRUSTED_PROXIES, and action requests Next
// would answer with a 500 and a stack in the log are refused with a 4xx and one line.
import { existsSync, readFileSync } from "node:fs";
import { createServer, IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import next from "next";
import { env } from "../lib/env";
import {
  actionBodyLimitBytes,
  isActionRequest,
  screenActionBody,
  screenActionHead,
  type ActionRefusal,
} from "../lib/security/action-request";
import { forwardingPolicy, rewriteForwardedHeaders } from "../lib/security/forwarded-headers";

const dev = process.argv[2] === "dev";
const port = Number(process.argv[3] ?? 3000);
const root = path.resolve(import.meta.dirname, "..");
const distDir = process.env.NEXT_DIST_DIR || ".next";

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

function refuse(req: IncomingMessage, res: ServerResponse, refusal: ActionRefusal): void {
  console.warn(`Refused ${req.method} ${req.url?.split("?")[0]} with ${refusal.status}: ${refusal.reason}`);
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

await app.prepare();
const upgrade = app.getUpgradeHandler();

const server = createServer((req, res) => {
  const forwarding = decideForwarding(req.socket.remoteAddress, req.headers);
  rewriteForwardedHeaders(req.headers, forwarding);
  const answered = isActionRequest(req.method, req.url)
    ? screenAction(req, res, forwarding.host ?? req.headers.host)
    : handle(req, res);
  answered.catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
// Development's hot reload runs over WebSocket upgrades, which must reach Next too.
server.on("upgrade", (req, socket, head) => {
  rewriteForwardedHeaders(req.headers, decideForwarding(req.socket.remoteAddress, req.headers));
  void upgrade(req, socket, head);
});
server.listen(port, () => console.log(`Listening on port ${port}${dev ? " (development)" : ""}`));
