// Whautomate's appointment and class webhooks: a change made over WhatsApp, at the front desk or
// in this app reaches the cached reads at once. Registration: README, "Webhooks".
import { env } from "@/lib/env";
import { invalidateAppointment, invalidateClass } from "@/lib/upstream-cache/invalidate";
import { webhookChange } from "@/lib/upstream-cache/webhook-changes";
import { readBodyWithin, secretMatches } from "@/lib/upstream-cache/webhook-request";
import { log } from "@/lib/log/log";

const MAX_BODY_BYTES = 64 * 1024;

function answer(status: number, body: Record<string, unknown> = {}): Response {
  return Response.json(body, {
    status,
    headers: {
      "Cache-Control": "no-store",
      "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export async function POST(request: Request): Promise<Response> {
  if (!env.WEBHOOK_SECRET) return answer(404);
  if (!secretMatches(request.headers.get("x-webhook-secret"), env.WEBHOOK_SECRET)) return answer(401);
  const text = await readBodyWithin(request, MAX_BODY_BYTES);
  if (text === null) return answer(413);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return answer(400);
  }

  const change = webhookChange(body);
  if (change.kind === "appointment") await invalidateAppointment(change.change);
  if (change.kind === "class") await invalidateClass(change.change);
  if (change.kind === "ignored" && change.reason === "unreadable payload") {
    log.warn(`Whautomate webhook ${change.type ?? "(no event type)"}: payload not understood, ignored`);
  }
  // Always 200 for what we cannot use: Whautomate would otherwise retry it forever.
  return answer(200, { received: true, applied: change.kind !== "ignored" });
}
