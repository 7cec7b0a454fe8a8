import { createServer, request, type IncomingHttpHeaders, type OutgoingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { resolveLocale } from "@/lib/i18n/locales";
import { deviceCookieName } from "@/lib/session/device-id";
import { sessionCookieName } from "@/lib/session/session-payload";
import { captureSentBody, createPageCache, sharedPageKey } from "./page-cache";
import type { RenderRecord } from "./render-record";

const device = `${deviceCookieName}=abcdefghijklmnopqrstuv`;
const languageOf = (acceptLanguage: string) =>
  resolveLocale({ acceptLanguage }, ["en-GB", "ar", "hi"], "en-GB");
const key = (url: string, headers: IncomingHttpHeaders = {}, method = "GET") =>
  sharedPageKey(method, url, headers, languageOf);

describe("sharedPageKey", () => {
  it("is the same for two visitors who send the same request, whatever their device ids", () => {
    const first = key("/book?service=cut", {
      cookie: `${device}; tz=Europe/London`,
      "accept-language": "en-GB",
    });
    const second = key("/book?service=cut", {
      cookie: `tz=Europe/London; ${deviceCookieName}=zyxwvutsrqponmlkjihgfe`,
      "accept-language": "en-GB",
    });
    expect(first).not.toBeNull();
    expect(second).toBe(first);
  });

  it("takes Accept-Language by the language it resolves to, not by how the browser words it", () => {
    const page = (acceptLanguage: string) => key("/book", { "accept-language": acceptLanguage });
    expect(page("en-GB,en;q=0.9")).toBe(page("en-GB"));
    expect(page("fr-FR,fr;q=0.9")).toBe(page("de"));
    expect(page("ar-EG,ar;q=0.9,en;q=0.5")).toBe(page("ar"));
    expect(page("ar")).not.toBe(page("hi-IN"));
  });

  it("tells apart two requests that send a cookie twice with different values", () => {
    const sent = (cookie: string) => key("/book", { cookie });
    expect(sent("tz=Europe/London; tz=Asia/Kolkata")).not.toBe(sent("tz=Europe/London; tz=America/New_York"));
    expect(sent("tz=Europe/London; tz=Asia/Kolkata")).not.toBe(sent("tz=Europe/London"));
    expect(sent(`tz=UTC; ${device}`)).toBe(sent("tz=UTC"));
  });

  it("differs with anything the render may read: the query, a cookie, the language, the frame", () => {
    const base = key("/book?service=cut", { "accept-language": "en-GB" });
    for (const other of [
      key("/book?service=colour", { "accept-language": "en-GB" }),
      key("/book?service=cut", { "accept-language": "ar" }),
      key("/book?service=cut", { "accept-language": "en-GB", cookie: "tz=Asia/Kolkata" }),
      key("/book?service=cut", { "accept-language": "en-GB", cookie: "booking-locale=hi" }),
      key("/book?service=cut", { "accept-language": "en-GB", "sec-fetch-dest": "iframe" }),
      key("/book?service=cut", { "accept-language": "en-GB", host: "other.example" }),
    ]) {
      expect(other).not.toBeNull();
      expect(other).not.toBe(base);
    }
  });

  it("is null for a session, a router request, a server action, another method or another page", () => {
    expect(key("/book", { cookie: `${sessionCookieName}=sealed` })).toBeNull();
    expect(key("/book", { rsc: "1" })).toBeNull();
    expect(key("/book", { "next-action": "abc" })).toBeNull();
    expect(key("/book", { "next-router-prefetch": "1" })).toBeNull();
    expect(key("/book", { "x-middleware-subrequest": "proxy" })).toBeNull();
    expect(key("/book", {}, "POST")).toBeNull();
    expect(key("/book", {}, "HEAD")).toBeNull();
    expect(key("/bookings")).toBeNull();
    expect(key("/classes/cls_1")).toBeNull();
    expect(key("/")).not.toBeNull();
    expect(key("/classes?week=2027-01-04")).not.toBeNull();
  });
});

const nonce = "T2xkTm9uY2VPbGROb25jZQ==";
const html = `<!DOCTYPE html><html><head><script nonce="${nonce}" src="/a.js"></script></head><body>Free at 9:00</body></html>`;

function rendered(overrides: { status?: number; headers?: OutgoingHttpHeaders; body?: Buffer } = {}) {
  return {
    status: overrides.status ?? 200,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
      "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
      vary: "rsc, Accept-Encoding",
      "content-encoding": "gzip",
      "content-length": "123",
      "x-request-id": "first-request",
      "set-cookie": [`${deviceCookieName}=firstvisitorsdeviceid1; Path=/; Secure; HttpOnly`],
      ...overrides.headers,
    },
    body: overrides.body ?? gzipSync(html),
  };
}

function setup() {
  let clock = 1_000;
  let current = true;
  const cache = createPageCache({ maxEntries: 2, maxAgeMs: 60_000, now: () => clock });
  const record = (unshareable: string | null = null): RenderRecord => ({
    dependencies: [async () => current],
    unshareable,
  });
  return {
    cache,
    record,
    tick: (ms: number) => (clock += ms),
    change: () => (current = false),
  };
}

const headerOf = (answer: { headers: [string, string | string[]][] }, name: string) =>
  answer.headers.find(([header]) => header === name)?.[1];

describe("createPageCache", () => {
  it("serves a kept page with a nonce of its own in its policy and its scripts", async () => {
    const { cache, record } = setup();
    expect(cache.keep("k", rendered(), record(), 1_000)).toBe(true);
    const first = (await cache.answer("k", { "accept-encoding": "gzip", cookie: device }))!;
    const second = (await cache.answer("k", { "accept-encoding": "gzip", cookie: device }))!;
    const nonces = [first, second].map(
      (answer) => /'nonce-([^']+)'/.exec(String(headerOf(answer, "content-security-policy")))![1],
    );
    expect(nonces[0]).not.toBe(nonce);
    expect(nonces[1]).not.toBe(nonces[0]);
    const page = gunzipSync(first.body).toString();
    expect(page).toBe(html.replace(nonce, nonces[0]!));
    expect(headerOf(first, "content-encoding")).toBe("gzip");
    expect(headerOf(first, "cache-control")).toBe("private, no-cache, no-store, max-age=0, must-revalidate");
    expect(headerOf(first, "x-request-id")).toBeUndefined();
    expect(headerOf(first, "content-length")).toBeUndefined();
  });

  it("never passes one browser's device id on, and gives a browser without one its own", async () => {
    const { cache, record } = setup();
    cache.keep("k", rendered(), record(), 1_000);
    const withDevice = (await cache.answer("k", { cookie: device }))!;
    expect(headerOf(withDevice, "set-cookie")).toBeUndefined();
    const [first, second] = [(await cache.answer("k", {}))!, (await cache.answer("k", {}))!].map((answer) =>
      String(headerOf(answer, "set-cookie")),
    );
    expect(first).toMatch(new RegExp(`^${deviceCookieName}=[A-Za-z0-9_-]{22};`));
    expect(first).not.toContain("firstvisitorsdeviceid1");
    expect(second).not.toBe(first);
    expect(first).toContain("HttpOnly");
    expect(first).toContain("Secure");
  });

  it("sends the page uncompressed to a browser that does not take gzip", async () => {
    const { cache, record } = setup();
    cache.keep("k", rendered(), record(), 1_000);
    const answer = (await cache.answer("k", { cookie: device }))!;
    expect(headerOf(answer, "content-encoding")).toBeUndefined();
    expect(answer.body.toString()).toContain("Free at 9:00");
  });

  it("stops serving a page once an answer it was rendered from changed, or it is too old", async () => {
    const first = setup();
    first.cache.keep("k", rendered(), first.record(), 1_000);
    first.change();
    expect(await first.cache.answer("k", {})).toBeNull();

    const second = setup();
    second.cache.keep("k", rendered(), second.record(), 1_000);
    second.tick(59_999);
    expect(await second.cache.answer("k", {})).not.toBeNull();
    second.tick(1);
    expect(await second.cache.answer("k", {})).toBeNull();
  });

  it("keeps only whole HTML pages rendered from current answers, with no cookie of the visitor's", () => {
    const { cache, record } = setup();
    expect(cache.keep("k", rendered(), record("the visitor's session"), 1_000)).toBe(false);
    expect(cache.keep("k", rendered({ status: 404 }), record(), 1_000)).toBe(false);
    expect(
      cache.keep("k", rendered({ headers: { "content-type": "application/json" } }), record(), 1_000),
    ).toBe(false);
    const session = { "set-cookie": [`${sessionCookieName}=sealed; Path=/`] };
    expect(cache.keep("k", rendered({ headers: session }), record(), 1_000)).toBe(false);
    expect(
      cache.keep(
        "k",
        rendered({ headers: { "content-security-policy": "script-src 'self'" } }),
        record(),
        1_000,
      ),
    ).toBe(false);
    const language = { "set-cookie": ["booking-locale=ar; Path=/; Secure"] };
    expect(cache.keep("k", rendered({ headers: language }), record(), 1_000)).toBe(true);
  });

  it("holds at most its number of pages, forgetting the oldest first", async () => {
    const { cache, record } = setup();
    for (const name of ["a", "b", "c"]) cache.keep(name, rendered(), record(), 1_000);
    expect(await cache.answer("a", {})).toBeNull();
    expect(await cache.answer("b", {})).not.toBeNull();
    expect(await cache.answer("c", {})).not.toBeNull();
  });
});

describe("captureSentBody", () => {
  async function serveAndCapture(
    send: (response: import("node:http").ServerResponse) => void,
    limit?: number,
  ) {
    let captured: (() => Buffer | null) | undefined;
    const server = createServer((_, response) => {
      captured = captureSentBody(response, limit);
      send(response);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const received = await new Promise<string>((resolve, reject) => {
      request({ port, host: "127.0.0.1" }, async (answer) => {
        const chunks: Buffer[] = [];
        for await (const chunk of answer) chunks.push(chunk as Buffer);
        resolve(Buffer.concat(chunks).toString());
      })
        .on("error", reject)
        .end();
    });
    server.close();
    return { received, captured: captured!() };
  }

  it("keeps what was written, strings and bytes, while the browser still gets it all", async () => {
    const { received, captured } = await serveAndCapture((response) => {
      response.write("<p>");
      response.write(Buffer.from("café"));
      response.end("</p>", "utf8");
    });
    expect(received).toBe("<p>café</p>");
    expect(captured?.toString()).toBe("<p>café</p>");
  });

  it("gives up past its limit", async () => {
    const { received, captured } = await serveAndCapture((response) => response.end("x".repeat(20)), 10);
    expect(received).toHaveLength(20);
    expect(captured).toBeNull();
  });
});
