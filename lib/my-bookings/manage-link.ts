import "server-only";
import { env } from "@/lib/env";
import { createManageToken } from "@/lib/session/manage-token";
import type { BookingKind } from "./types";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * "Manage this booking" link for a confirmation: opens the booking without signing in until a day after
 * it starts. For a class, bookingId is the class id. The token sits in the fragment, which browsers never
 * send to servers, so it stays out of access logs and Referer headers.
 */
export function createManageLink(
  kind: BookingKind,
  bookingId: string,
  clientId: string,
  startsAt: string,
): string {
  const expiresAt = Date.parse(startsAt) + DAY_MS;
  return `/manage#${createManageToken({ kind, bookingId, clientId, expiresAt }, env.SESSION_SECRET)}`;
}
