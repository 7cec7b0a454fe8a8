import { z } from "zod";

const commaList = z
  .string()
  .default("")
  .transform((value) =>
    value
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean),
  );

const origin = z.string().refine((value) => {
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
}, "must be an origin like https://example.com (scheme, host and port only)");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  WHAUTOMATE_API_URL: z.url({ protocol: /^https?$/ }),
  WHAUTOMATE_API_KEY: z.string().min(1),
  WHAUTOMATE_TIMEOUT_MS: z.coerce.number().int().min(500).max(60_000).default(8_000),
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters"),
  BUSINESS_NAME: z.string().trim().min(1).max(80).default("Our studio"),
  BRAND_COLOR: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, "must be a six-digit hex colour like #0a7d5a")
    .default("#0a7d5a"),
  BUSINESS_CURRENCY: z
    .string()
    .regex(/^[A-Z]{3}$/, "must be an ISO 4217 code like USD")
    .default("USD"),
  CANCEL_NOTICE_HOURS: z.coerce.number().min(0).max(24 * 14).default(24),
  OTP_TEMPLATE_NAME: z.string().min(1).default("booking_login_code"),
  OTP_TEMPLATE_LANGUAGE: z.string().min(2).default("en"),
  EMBED_ALLOWED_ORIGINS: commaList.pipe(z.array(origin)),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const blankAsUnset = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = envSchema.safeParse(blankAsUnset);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration, fix these environment variables:\n${lines.join("\n")}`);
  }
  return result.data;
}
