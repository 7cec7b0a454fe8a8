import type { IncomingHttpHeaders, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { parseCookie } from "cookie";
import { brotliDecompressSync, gunzipSync, gzipSync, inflateSync } from "node:zlib";
import { embedCookieName } from "@/lib/embed/embed-request";
import { setCookieHeader } from "@/lib/http/set-cookie";
import { localeCookieName } from "@/lib/i18n/locales";
import { createNonce } from "@/lib/security/security-headers";
import { deviceCookieName, isDeviceId, newDeviceId } from "@/lib/session/device-id";
import { sessionCookieAttributes, sessionCookieName } from "@/lib/session/session-payload";
import type { RenderRecord, StillCurrent } from "./render-record";

// A page the same for every visitor who sends the same request (its query, language, frame and
// saved time zone) is rendered once and served again while every upstream answer it was rendered
// from is still current (lib/upstream-cache/read-cache.ts says when: fresh and not invalidated by a
// booking or a webhook). Under load the booking steps and the timetable are the same few pages for
// hundreds of visitors, and rendering them was most of the server's time (bench/README.md).

/** The pages a visitor without a session sees like any other; every other path is rendered anew. */
const sharedPaths = new Set(["/", "/book", "/classes"]);

// Headers that belong to one answer, not to the page: the front sets them for each.
const perAnswer = new Set([
  "set-cookie",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "date",
  "connection",
  "keep-alive",
  "etag",
  "x-request-id",
  "x-page-cache",
]);

// What a render may read of a request besides its URL and cookies: the proxy decides the frame from
// these, Next the origin and whether to stream the head for a crawler. Accept-Language is keyed by
// the language it alone resolves to (the proxy's last resort after the link, the cookie and the
// frame), not as sent: browsers word the same preference in many ways.
const keyedHeaders = ["host", "x-forwarded-host", "x-forwarded-proto", "sec-fetch-dest"];
const nextHeader = /^(rsc|next-|x-nextjs-|x-middleware-)/;
const crawler = /bot|crawl|spider|slurp|preview|facebookexternalhit|lighthouse/i;

const NONCE = /'nonce-([A-Za-z0-9+/=]+)'/;
const MAX_BODY_BYTES = 1_000_000;

export interface PageCacheOptions {
  maxEntries: number;
  /** However current its answers, a page is rendered again after this long (it also reads the clock). */
  maxAgeMs: number;
  now?: () => number;
}

interface SharedPage {
  headers: [string, string | string[]][];
  /** The cookies every request with this key is given (a chosen language, the frame's settings). */
  cookies: string[];
  html: string;
  nonce: string;
  renderedAt: number;
  dependencies: StillCurrent[];
}

export interface RenderedAnswer {
  status: number;
  headers: OutgoingHttpHeaders;
  /** The bytes as sent, compressed or not as `content-encoding` says. */
  body: Buffer;
}

export interface PageAnswer {
  headers: [string, string | string[]][];
  body: Buffer;
}

const headerValue = (headers: IncomingHttpHeaders, name: string) => [headers[name]].flat().join(",");

const cookiesOf = (headers: IncomingHttpHeaders) => parseCookie(headerValue(headers, "cookie"));

// The cookies as sent, name=value in their order, duplicates included: which of two with one name
// the render reads is Next's choice, so two requests share a page only if they sent the same.
const sentCookies = (headers: IncomingHttpHeaders) =>
  headerValue(headers, "cookie")
    .split(";")
    .map((pair) => pair.trim())
    .filter(Boolean);

const cookieName = (pair: string) => pair.split("=", 1)[0]!.trim();

/**
 * The key of a request whose page may be shared, or null. Every cookie but the device id is part of
 * it (the render may read any); a session, a router request or a server action is never shared.
 */
export function sharedPageKey(
  method: string | undefined,
  url: string | undefined,
  headers: IncomingHttpHeaders,
  /** The language Accept-Language alone resolves to (`resolveLocale` with the offered languages). */
  languageOf: (acceptLanguage: string) => string,
) {
  if (method !== "GET" || !url) return null;
  const path = url.split("?")[0]!;
  if (!sharedPaths.has(path)) return null;
  // A router request (rsc, next-router-*, next-url), an action or a header only Next's own machinery
  // sends gets another kind of answer than a page: never shared.
  if (Object.keys(headers).some((name) => nextHeader.test(name))) return null;
  const cookies = sentCookies(headers).filter((pair) => cookieName(pair) !== deviceCookieName);
  if (cookies.some((pair) => cookieName(pair) === sessionCookieName)) return null;
  return JSON.stringify([
    url,
    keyedHeaders.map((name) => headerValue(headers, name)),
    languageOf(headerValue(headers, "accept-language")),
    crawler.test(headerValue(headers, "user-agent")),
    cookies,
  ]);
}

function decode(body: Buffer, encoding: string): Buffer | null {
  switch (encoding) {
    case "":
    case "identity":
      return body;
    case "gzip":
      return gunzipSync(body);
    case "deflate":
      return inflateSync(body);
    case "br":
      return brotliDecompressSync(body);
    default:
      return null;
  }
}

/** What is sent on `response`, as sent (compressed, if it is), up to `limit` bytes; null past it. */
export function captureSentBody(response: ServerResponse, limit = MAX_BODY_BYTES): () => Buffer | null {
  const chunks: Buffer[] = [];
  let size = 0;
  const take = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function" || size > limit) return;
    const bytes =
      typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : Buffer.from(chunk as Uint8Array);
    size += bytes.length;
    chunks.push(bytes);
  };
  const write = response.write;
  const end = response.end;
  response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    take(chunk, rest[0]);
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as ServerResponse["write"];
  response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    take(chunk, rest[0]);
    return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as ServerResponse["end"];
  return () => (size > limit ? null : Buffer.concat(chunks));
}

async function allCurrent(dependencies: StillCurrent[]): Promise<boolean> {
  const lookups = new Map<string, Promise<unknown>>();
  const checks = await Promise.all(dependencies.map((check) => check(lookups).catch(() => false)));
  return checks.every(Boolean);
}

export function createPageCache({ maxEntries, maxAgeMs, now = Date.now }: PageCacheOptions) {
  const pages = new Map<string, SharedPage>();

  /** Keeps a rendered page when it may be shared: a whole HTML page, from current answers only. */
  function keep(key: string, answer: RenderedAnswer, record: RenderRecord, renderedAt: number): boolean {
    if (answer.status !== 200 || record.unshareable !== null) return false;
    if (!String(answer.headers["content-type"] ?? "").startsWith("text/html")) return false;
    const headers: [string, string | string[]][] = [];
    let nonce: string | null = null;
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value === undefined || perAnswer.has(name)) continue;
      const text = typeof value === "number" ? String(value) : value;
      if (name === "content-security-policy") nonce = NONCE.exec(String(text))?.[1] ?? null;
      headers.push([name, text]);
    }
    // The device id is each browser's own; any cookie but the proxy's language and frame ones makes
    // the page this visitor's.
    const cookies = [answer.headers["set-cookie"] ?? []].flat().map(String);
    const shared = cookies.filter((line) => !line.startsWith(`${deviceCookieName}=`));
    const proxyCookie = (line: string) =>
      [localeCookieName, embedCookieName].some((name) => line.startsWith(`${name}=`));
    if (!shared.every(proxyCookie)) return false;
    if (!nonce) return false;
    const html = decode(answer.body, String(answer.headers["content-encoding"] ?? ""));
    if (!html) return false;
    pages.delete(key);
    pages.set(key, {
      headers,
      cookies: shared,
      html: html.toString("utf8"),
      nonce,
      renderedAt,
      dependencies: record.dependencies,
    });
    if (pages.size > maxEntries) pages.delete(pages.keys().next().value!);
    return true;
  }

  async function current(key: string): Promise<SharedPage | null> {
    const page = pages.get(key);
    if (!page) return null;
    const stillCurrent = now() - page.renderedAt < maxAgeMs && (await allCurrent(page.dependencies));
    if (!stillCurrent) {
      if (pages.get(key) === page) pages.delete(key);
      return null;
    }
    return page;
  }

  /**
   * The kept page for this request, as its own answer: a new nonce in its policy and scripts, a
   * device id when the browser has none, compressed when the browser takes gzip. Null when there
   * is none, or it is no longer current.
   */
  async function answer(key: string, headers: IncomingHttpHeaders): Promise<PageAnswer | null> {
    const page = await current(key);
    if (!page) return null;
    const nonce = createNonce();
    const withNonce = (text: string) => text.replaceAll(page.nonce, nonce);
    const answerHeaders: [string, string | string[]][] = page.headers.map(([name, value]) => [
      name,
      typeof value === "string" ? withNonce(value) : value.map(withNonce),
    ]);
    const cookies = isDeviceId(cookiesOf(headers)[deviceCookieName])
      ? page.cookies
      : [...page.cookies, setCookieHeader(deviceCookieName, newDeviceId(), sessionCookieAttributes)];
    if (cookies.length > 0) answerHeaders.push(["set-cookie", cookies]);
    const html = Buffer.from(withNonce(page.html));
    if (!/\bgzip\b/.test(headerValue(headers, "accept-encoding")))
      return { headers: answerHeaders, body: html };
    const body = gzipSync(html);
    answerHeaders.push(["content-encoding", "gzip"]);
    return { headers: answerHeaders, body };
  }

  return { keep, answer };
}

export type PageCache = ReturnType<typeof createPageCache>;
