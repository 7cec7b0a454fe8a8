import type { IncomingMessage, Server, ServerResponse } from "node:http";

/**
 * Stops taking connections, lets the requests in flight finish for up to `timeoutMs` (then cuts
 * what is left), and runs `cleanUp` (closing Redis) once no request can need it any more.
 */
export async function closeGracefully(
  server: Server,
  { timeoutMs, cleanUp }: { timeoutMs: number; cleanUp: () => Promise<void> },
): Promise<"drained" | "timed out"> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // A keep-alive connection would hold close() open until it times out: each answer from now on
  // ends its connection, and connections between requests are closed as they fall idle.
  const closeAfterAnswer = (_req: IncomingMessage, res: ServerResponse) =>
    res.setHeader("connection", "close");
  server.prependListener("request", closeAfterAnswer);
  server.closeIdleConnections();
  const idleSweep = setInterval(() => server.closeIdleConnections(), 100);
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    closed.then(() => "drained" as const),
    new Promise<"timed out">((resolve) => (timer = setTimeout(() => resolve("timed out"), timeoutMs))),
  ]);
  clearTimeout(timer);
  clearInterval(idleSweep);
  server.off("request", closeAfterAnswer);
  if (outcome === "timed out") server.closeAllConnections();
  await cleanUp();
  return outcome;
}
