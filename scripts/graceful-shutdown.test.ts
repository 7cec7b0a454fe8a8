import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { closeGracefully } from "./graceful-shutdown";

let server: Server;

/** A server whose answers take `delayMs`; `started` resolves once a request is in flight. */
async function slowServer(delayMs: number) {
  let markStarted: () => void;
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  server = createServer((_req, res) => {
    markStarted();
    setTimeout(() => res.end("done"), delayMs);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, started };
}

afterEach(() => {
  server.closeAllConnections();
  server.close();
});

describe("closeGracefully", () => {
  it("lets the request in flight finish, refuses new ones, then cleans up", async () => {
    const { url, started } = await slowServer(300);
    const inFlight = fetch(url).then((response) => response.text());
    await started;
    const cleanUp = vi.fn(async () => undefined);
    const closing = closeGracefully(server, { timeoutMs: 5_000, cleanUp });
    await expect(fetch(url)).rejects.toThrow();
    expect(cleanUp).not.toHaveBeenCalled();
    expect(await inFlight).toBe("done");
    const startedWaiting = Date.now();
    expect(await closing).toBe("drained");
    // Not held open by the finished request's keep-alive connection.
    expect(Date.now() - startedWaiting).toBeLessThan(1_000);
    expect(cleanUp).toHaveBeenCalledOnce();
  });

  it("cuts a request still running after the timeout", async () => {
    const { url, started } = await slowServer(10_000);
    const inFlight = fetch(url).then((response) => response.text());
    await started;
    const cleanUp = vi.fn(async () => undefined);
    expect(await closeGracefully(server, { timeoutMs: 200, cleanUp })).toBe("timed out");
    await expect(inFlight).rejects.toThrow();
    expect(cleanUp).toHaveBeenCalledOnce();
  });
});
