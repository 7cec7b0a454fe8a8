import { z } from "zod";

/**
 * Who may tell the app a client's address and host (`TRUSTED_PROXIES`): nobody (the connection's peer
 * is the client), a number of proxies in front of it, or the proxies' addresses and ranges.
 */
export type TrustedProxies =
  { kind: "none" } | { kind: "hops"; hops: number } | { kind: "addresses"; entries: string[] };

const addressOrRange = z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()]);

export const trustedProxiesSchema = z
  .string()
  .trim()
  .default("none")
  .transform((value, context): TrustedProxies => {
    if (value === "none" || value === "0") return { kind: "none" };
    if (/^\d+$/.test(value)) {
      const hops = Number(value);
      if (hops <= 10) return { kind: "hops", hops };
      context.addIssue({ code: "custom", message: "at most 10 proxies" });
      return z.NEVER;
    }
    const entries = value
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean);
    const wrong = entries.filter((entry) => !addressOrRange.safeParse(entry).success);
    if (entries.length === 0 || wrong.length > 0) {
      context.addIssue({
        code: "custom",
        message: `must be none, a number of proxies, or IP addresses and CIDR ranges (not ${wrong.join(", ") || "empty"})`,
      });
      return z.NEVER;
    }
    return { kind: "addresses", entries };
  });
