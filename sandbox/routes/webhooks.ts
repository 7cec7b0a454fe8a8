import { ok } from "../http";
import type { Route } from "../router";
import type { WebhookEventType } from "../webhooks";

const SANDBOX_WEBHOOK_ID = "whk_sandbox";
const ANNOUNCED_EVENTS: WebhookEventType[] = [
  "appointment_scheduled",
  "appointment_rescheduled",
  "appointment_cancelled",
  "class_participant_added",
  "class_participant_cancelled",
];

/** Read-only: the sandbox's webhook is set with SANDBOX_WEBHOOK_URL or /__sandbox/settings. */
export const webhookRoutes: Route[] = [
  {
    method: "GET",
    template: "/v1/webhooks",
    handler: ({ webhookTarget }) => {
      if (webhookTarget.url === null) return ok([]);
      return ok([
        {
          id: SANDBOX_WEBHOOK_ID,
          name: "Sandbox webhook",
          active: true,
          serverUrl: webhookTarget.url,
          webhookHeaders: Object.entries(webhookTarget.headers).map(([key, value]) => ({ key, value })),
          events: ANNOUNCED_EVENTS,
        },
      ]);
    },
  },
];
