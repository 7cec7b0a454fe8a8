/**
 * What a server action request must look like before Next reads it. Next answers an oversized or
 * unreadable action body with a 500 and logs the error with its stack, so a stranger could fill the
 * log cheaply; these checks refuse such requests first with a 4xx and one line.
 */

/** Next's own default; next.config.ts sets the same so the two agree. */
export const actionBodyLimitBytes = 1024 * 1024;

export type ActionRefusal = { status: 400 | 403 | 409 | 413 | 415; reason: string };

// A POST to a page is a server action (with `next-action`) or a form posted without JavaScript;
// route handlers under /api/ answer their own POSTs.
export function isActionRequest(method: string | undefined, url: string | undefined): boolean {
  return method === "POST" && !(url ?? "/").startsWith("/api/");
}

export interface ActionRequestHead {
  actionId: string | undefined;
  contentType: string | undefined;
  contentLength: string | undefined;
  origin: string | undefined;
  /** The host the client asked for: a trusted proxy's X-Forwarded-Host, else Host. */
  host: string | undefined;
  /** Action ids of the running build; null when unknown (development). */
  knownActionIds: ReadonlySet<string> | null;
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** Checks what the headers alone can prove; null when the body is worth reading. */
export function screenActionHead(head: ActionRequestHead): ActionRefusal | null {
  const type = head.contentType?.split(";")[0]?.trim().toLowerCase();
  // Actions send their arguments as text (plain values) or multipart (forms); nothing else.
  const multipart = type === "multipart/form-data";
  if (!multipart && !(type === "text/plain" && head.actionId)) {
    return { status: 415, reason: `content type ${type || "none"}` };
  }
  const length = Number(head.contentLength ?? 0);
  if (length > actionBodyLimitBytes) return { status: 413, reason: `body of ${length} bytes` };
  if (head.origin !== undefined && head.origin !== "null" && originHost(head.origin) !== head.host) {
    return { status: 403, reason: "origin is not this site" };
  }
  if (head.actionId !== undefined && head.knownActionIds && !head.knownActionIds.has(head.actionId)) {
    // 409 is what Next's client takes for an action of another deployment (it reloads the page).
    return { status: /^[0-9a-f]{42}$/.test(head.actionId) ? 409 : 400, reason: "unknown action" };
  }
  return null;
}

/** Checks the body Next would decode: a fetch action's arguments are a JSON array. */
export async function screenActionBody(contentType: string, body: Buffer): Promise<ActionRefusal | null> {
  if (contentType.toLowerCase().startsWith("multipart/form-data")) {
    try {
      await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
      return null;
    } catch {
      return { status: 400, reason: "unreadable multipart body" };
    }
  }
  try {
    if (Array.isArray(JSON.parse(body.toString("utf8")))) return null;
  } catch {
    // refused below
  }
  return { status: 400, reason: "arguments are not a JSON array" };
}
