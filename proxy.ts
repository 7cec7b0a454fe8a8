import { NextResponse, type NextRequest } from "next/server";
import { localeHeader, resolveLocale } from "@/lib/i18n/locales";

export function proxy(request: NextRequest) {
  const locale = resolveLocale(
    request.nextUrl.searchParams.get("lang"),
    request.headers.get("accept-language"),
  );
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(localeHeader, locale);
  return NextResponse.next({ request: { headers: requestHeaders } });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|embed.js).*)"],
};
