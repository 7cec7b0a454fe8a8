import { z } from "zod";
import { optionalText } from "./common";

export const rawWebhookSchema = z.looseObject({
  id: z.string(),
  name: optionalText,
  active: z.boolean().nullish(),
  serverUrl: optionalText,
  // Only the names are read: the values hold the receiver's secret.
  webhookHeaders: z.array(z.looseObject({ key: z.string() })).nullish(),
  events: z.array(z.string()).nullish(),
});

export type RawWebhook = z.infer<typeof rawWebhookSchema>;
