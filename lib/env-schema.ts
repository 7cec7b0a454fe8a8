import { z } from "zod";
import { locales } from "./i18n/locales";
import { trustedProxiesSchema } from "./security/trusted-proxies";

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

export const confirmationEvents = [
  "booked",
  "rescheduled",
  "cancelled",
  "class_joined",
  "class_waitlisted",
  "class_left",
] as const;
export type ConfirmationEvent = (typeof confirmationEvents)[number];

const defaultConfirmationTemplates: Record<ConfirmationEvent, string> = {
  booked: "appointment_booked",
  rescheduled: "appointment_rescheduled",
  cancelled: "appointment_cancelled",
  class_joined: "class_joined",
  class_waitlisted: "class_waitlisted",
  class_left: "class_left",
};

const sessionSecret = z.string().min(32, "must be at least 32 characters");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  WHAUTOMATE_API_URL: z.url({ protocol: /^https?$/ }),
  WHAUTOMATE_API_KEY: z.string().min(1),
  WHAUTOMATE_TIMEOUT_MS: z.coerce.number().int().min(500).max(60_000).default(8_000),
  // Newest first: the first signs, every one verifies, so a secret can be rotated without signing
  // everyone out (SECURITY.md has the recipe).
  SESSION_SECRET: z
    .string()
    .transform((value) => value.split(",").map((secret) => secret.trim()))
    .pipe(z.tuple([sessionSecret], sessionSecret)),
  BUSINESS_NAME: z.string().trim().min(1).max(80).default("Our studio"),
  BRAND_COLOR: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, "must be a six-digit hex colour like #0a7d5a")
    .default("#0a7d5a"),
  BUSINESS_CURRENCY: z
    .string()
    .regex(/^[A-Z]{3}$/, "must be an ISO 4217 code like USD")
    .default("USD"),
  CANCEL_NOTICE_HOURS: z.coerce
    .number()
    .min(0)
    .max(24 * 14)
    .default(24),
  OTP_TEMPLATE_NAME: z.string().min(1).default("booking_login_code"),
  OTP_TEMPLATE_LANGUAGE: z.string().min(2).default("en"),
  // Where the business has the template in other languages: "ar=ar,hi=hi,pt-BR=pt_BR,es=es".
  OTP_TEMPLATE_LANGUAGES: commaList
    .pipe(
      z.array(
        z
          .string()
          .regex(/^[A-Za-z-]+=[A-Za-z_]+$/, "must be locale=template-language pairs like ar=ar,pt-BR=pt_BR")
          .transform((pair) => pair.split("=") as [string, string]),
      ),
    )
    .transform((pairs) => Object.fromEntries(pairs) as Record<string, string>),
  // Who sends the WhatsApp confirmations the portal promises: Whautomate's own notification
  // automations, the portal through CONFIRMATION_TEMPLATES, or nobody (the copy then promises none).
  CONFIRMATIONS: z.enum(["whautomate", "portal", "none"]).default("whautomate"),
  // Overrides of the approved template per event: "booked=my_booking_template,class_left=bye".
  CONFIRMATION_TEMPLATES: commaList
    .pipe(
      z.array(
        z
          .string()
          .regex(
            new RegExp(`^(${confirmationEvents.join("|")})=[A-Za-z0-9_]+$`),
            `must be event=template pairs; events: ${confirmationEvents.join(", ")}`,
          )
          .transform((pair) => pair.split("=") as [ConfirmationEvent, string]),
      ),
    )
    .transform((pairs) => ({ ...defaultConfirmationTemplates, ...Object.fromEntries(pairs) })),
  CONFIRMATION_TEMPLATE_LANGUAGE: z.string().min(2).default("en"),
  LOCALES: commaList
    .transform((list) => (list.length > 0 ? list : [...locales]))
    .pipe(z.array(z.enum(locales)).min(1)),
  DEFAULT_LOCALE: z.enum(locales).default("en-US"),
  EMBED_ALLOWED_ORIGINS: commaList.pipe(z.array(origin)),
  // Who may name the client's address and host in forwarded headers (README, "Running behind a proxy").
  TRUSTED_PROXIES: trustedProxiesSchema,
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  WEBHOOK_SECRET: z.string().min(24, "must be at least 24 characters").optional(),
  CACHE_CATALOGUE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
  CACHE_AVAILABILITY_SECONDS: z.coerce.number().int().min(0).max(3_600).default(20),
  // At most a day: the read cache's invalidation marks live that long.
  CACHE_KEEP_SECONDS: z.coerce.number().int().min(0).max(86_400).default(3_600),
  // Upstream calls a minute that refreshing cached reads may spend, across all instances. The
  // account allows 300 (60 on trial); the rest is kept for bookings, joins and sign-ins.
  UPSTREAM_READS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(200),
  // Abuse limits on what costs the business: appointments and class spots held, WhatsApp messages paid for.
  LIMIT_BOOKINGS_PER_PHONE_PER_HOUR: z.coerce.number().int().min(1).max(1_000).default(5),
  LIMIT_BOOKINGS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(20),
  LIMIT_CODE_SENDS_PER_PHONE_PER_15MIN: z.coerce.number().int().min(1).max(100).default(3),
  LIMIT_CODE_SENDS_PER_IP_PER_15MIN: z.coerce.number().int().min(1).max(1_000).default(10),
  LIMIT_CLASS_JOINS_PER_PHONE_PER_HOUR: z.coerce.number().int().min(1).max(1_000).default(10),
  LIMIT_CLASS_JOINS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(30),
});

// SESSION_SECRET is the one that signs; SESSION_SECRETS all that are accepted, it first.
const withSecretRing = envSchema
  .refine((env) => env.LOCALES.includes(env.DEFAULT_LOCALE), {
    message: "DEFAULT_LOCALE must be one of LOCALES",
    path: ["DEFAULT_LOCALE"],
  })
  .transform(({ SESSION_SECRET: [signing, ...previous], ...rest }) => ({
    ...rest,
    SESSION_SECRET: signing,
    SESSION_SECRETS: [signing, ...previous],
  }));

export type Env = z.infer<typeof withSecretRing>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const blankAsUnset = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = withSecretRing.safeParse(blankAsUnset);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration, fix these environment variables:\n${lines.join("\n")}`);
  }
  return result.data;
}
