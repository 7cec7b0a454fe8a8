import "server-only";
import { z } from "zod";
import { defaultHttp } from "./client";
import type { WhautomateHttp } from "./http";
import { fetchAllPages } from "./paginate";
import { rawWebhookSchema } from "./schemas/webhooks";
import type { WebhookRegistration } from "./types";

/** The account's webhook registrations; header values (secrets) are never kept. */
export async function listWebhooks(http: WhautomateHttp = defaultHttp()): Promise<WebhookRegistration[]> {
  const raw = await fetchAllPages("GET /v1/webhooks", (page, limit) =>
    http.request("GET", "/v1/webhooks", { query: { page, limit }, schema: z.array(rawWebhookSchema) }),
  );
  return raw.map((webhook) => ({
    id: webhook.id,
    name: webhook.name ?? "",
    active: webhook.active ?? true,
    serverUrl: webhook.serverUrl ?? "",
    headerNames: (webhook.webhookHeaders ?? []).map((header) => header.key),
    events: webhook.events ?? [],
  }));
}
