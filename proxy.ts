import { NextResponse, type NextRequest } from "next/server";
import { decideEmbed, embedCookieAttributes, embedCookieName, embedHeader } from "@/lib/embed/embed-request";
import { serializeEmbedSettings } from "@/lib/embed/embed-settings";
import { isEmbeddablePath } from "@/lib/embed/embeddable-paths";
import { env } from "@/lib/env";
import { setCookieHeader, type CookieAttributes } from "@/lib/http/set-cookie";
import {
  localeCookieAttributes,
  localeCookieName,
  localeHeader,
  matchLocale,
  resolveLocale,
} from "@/lib/i18n/locales";
import { contentSecurityPolicy, createNonce, securityHeaders } from "@/lib/security/security-headers";
import { deviceCookieName, isDeviceId, newDeviceId } from "@/lib/session/device-id";
import { sessionCookieAttributes } from "@/lib/session/session-payload";

// Headers next.config.ts sets on a path and the proxy must leave alone (/manage keeps no-referrer).
const configuredHeaders: Record<string, string[]> = { "/manage": ["referrer-policy"] };

// A cookie set through `response.cookies` also reaches the render as one this request changed, and
// Next answers a server action that changed a cookie with the page rendered again, which can mount
// the page's steps anew (typed details lost). The request already carries what it needs of these
// (the device id and a chosen language in its cookies, the language and embed settings in
// headers): they go to the browser alone.
function setBrowserCookie(response: NextResponse, name: string, value: string, attributes: CookieAttributes) {
  response.headers.append("set-cookie", setCookieHeader(name, value, attributes));
}

export function proxy(request: NextRequest) {
  const { pathname, searchParams, origin } = request.nextUrl;
  const embed = decideEmbed({
    searchParams,
    fetchDest: request.headers.get("sec-fetch-dest"),
    cookie: request.cookies.get(embedCookieName)?.value,
    allowedHosts: [...env.EMBED_ALLOWED_ORIGINS, origin],
  });
  // A frame's own URL carries the snippet's data-lang, which is the business's default, not a choice.
  const requested = searchParams.has("embed") ? null : searchParams.get("lang");
  const remembered = request.cookies.get(localeCookieName)?.value;
  const locale = resolveLocale(
    {
      requested,
      remembered,
      frameDefault: embed.settings?.lang,
      acceptLanguage: request.headers.get("accept-language"),
    },
    env.LOCALES,
    env.DEFAULT_LOCALE,
  );
  const policyInput = {
    nonce: createNonce(),
    frameAncestors: isEmbeddablePath(pathname) ? env.EMBED_ALLOWED_ORIGINS : null,
    development: env.NODE_ENV === "development",
  };

  // A browser's first page gets its device id, this request included, so no write has to set it.
  // Not a file's answer (an icon, the manifest): a shared cache may keep one, cookie and all.
  const isFile = /\.[^/]*$/.test(pathname);
  const newDevice = isFile || isDeviceId(request.cookies.get(deviceCookieName)?.value) ? null : newDeviceId();
  if (newDevice) request.cookies.set(deviceCookieName, newDevice);
  // A language chosen on a link (the switcher's too) holds for the pages the visitor opens next,
  // and for this request (signing in does not replace a language the visitor chose).
  const chosenLocale =
    requested !== null && matchLocale(requested, env.LOCALES) === locale && remembered !== locale;
  if (chosenLocale) request.cookies.set(localeCookieName, locale);

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(localeHeader, locale);
  // Next reads the nonce for its own scripts from the request's policy.
  requestHeaders.set("content-security-policy", contentSecurityPolicy(policyInput));
  requestHeaders.delete(embedHeader);
  if (embed.settings) requestHeaders.set(embedHeader, serializeEmbedSettings(embed.settings));

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  const leaveAlone = configuredHeaders[pathname] ?? [];
  for (const [name, value] of Object.entries(securityHeaders(policyInput))) {
    if (!leaveAlone.includes(name.toLowerCase())) response.headers.set(name, value);
  }
  if (chosenLocale) setBrowserCookie(response, localeCookieName, locale, localeCookieAttributes);
  if (newDevice) setBrowserCookie(response, deviceCookieName, newDevice, sessionCookieAttributes);
  if (embed.cookie === "clear") {
    setBrowserCookie(response, embedCookieName, "", { ...embedCookieAttributes, maxAge: 0 });
  } else if (embed.cookie !== "keep") {
    setBrowserCookie(response, embedCookieName, embed.cookie.set, embedCookieAttributes);
  }
  return response;
}

export const config = {
  // The JSON routes under /api/ need no nonce, language or embed state; next.config.ts gives them
  // their headers. Running the proxy was about a sixth of a read's CPU (bench/README.md).
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|embed.js).*)"],
};
