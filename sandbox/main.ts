import { z } from "zod";
import { startSandbox } from "./server";
import { parseWebhookHeaders } from "./webhooks";

const envSchema = z.object({
  SANDBOX_PORT: z.coerce.number().int().min(0).max(65_535).default(4010),
  SANDBOX_API_KEY: z.string().min(1).default("sandbox-key"),
  SANDBOX_DATA: z.string().min(1).default("sandbox-data/sandbox.json"),
  SANDBOX_LATENCY_MS: z.coerce.number().int().min(0).default(0),
  SANDBOX_FAIL_RATE: z.coerce.number().min(0).max(1).default(0),
  SANDBOX_RATE_LIMIT_RPM: z.coerce.number().int().min(0).default(300),
  SANDBOX_NOW: z
    .string()
    .refine((text) => Number.isFinite(Date.parse(text)), "must be an ISO instant like 2026-06-01T09:00:00Z")
    .optional(),
  SANDBOX_DRIFT: z.enum(["0", "1"], "must be 0 or 1").default("0"),
  SANDBOX_NOTIFICATIONS: z.enum(["0", "1"], "must be 0 or 1").default("1"),
  SANDBOX_WEBHOOK_URL: z.url({ protocol: /^https?$/ }).optional(),
  SANDBOX_WEBHOOK_HEADERS: z
    .string()
    .default("")
    .transform((text, context) => {
      try {
        return parseWebhookHeaders(text);
      } catch {
        context.addIssue({ code: "custom", message: 'must be "Key: value; Key2: value2" or a JSON object' });
        return z.NEVER;
      }
    }),
});

const blankAsUnset = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ""));
const parsed = envSchema.safeParse(blankAsUnset);
if (!parsed.success) {
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  process.stderr.write(`Invalid sandbox configuration:\n${lines.join("\n")}\n`);
  process.exit(1);
}
const env = parsed.data;

const sandbox = await startSandbox({
  port: env.SANDBOX_PORT,
  apiKey: env.SANDBOX_API_KEY,
  dataFile: env.SANDBOX_DATA,
  latencyMs: env.SANDBOX_LATENCY_MS,
  failRate: env.SANDBOX_FAIL_RATE,
  rateLimitRpm: env.SANDBOX_RATE_LIMIT_RPM,
  now: env.SANDBOX_NOW,
  webhookUrl: env.SANDBOX_WEBHOOK_URL,
  webhookHeaders: env.SANDBOX_WEBHOOK_HEADERS,
  drift: env.SANDBOX_DRIFT === "1",
  notifications: env.SANDBOX_NOTIFICATIONS === "1",
}).catch((error: unknown) => {
  process.stderr.write(`Sandbox could not start: ${(error as Error).message}\n`);
  process.exit(1);
});
process.stdout.write(`Sandbox listening on ${sandbox.url}\n`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
