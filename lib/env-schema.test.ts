import { describe, expect, it } from "vitest";
import { parseEnv } from "./env-schema";

const valid = {
  WHAUTOMATE_API_URL: "https://api.whautomate.com",
  WHAUTOMATE_API_KEY: "key",
  SESSION_SECRET: "x".repeat(32),
};

describe("parseEnv", () => {
  it("applies defaults for optional settings", () => {
    const env = parseEnv(valid);
    expect(env.WHAUTOMATE_TIMEOUT_MS).toBe(8000);
    expect(env.BRAND_COLOR).toBe("#0a7d5a");
    expect(env.EMBED_ALLOWED_ORIGINS).toEqual([]);
    expect(env.REDIS_URL).toBeUndefined();
  });

  it("names every missing variable", () => {
    expect(() => parseEnv({})).toThrow(/WHAUTOMATE_API_URL[\s\S]*WHAUTOMATE_API_KEY[\s\S]*SESSION_SECRET/);
  });

  it.each([
    ["WHAUTOMATE_API_URL", "not a url"],
    ["WHAUTOMATE_API_URL", "ftp://api.whautomate.com"],
    ["SESSION_SECRET", "short"],
    ["BRAND_COLOR", "green"],
    ["WHAUTOMATE_TIMEOUT_MS", "soon"],
    ["EMBED_ALLOWED_ORIGINS", "https://ok.example,https://bad.example/path"],
    ["REDIS_URL", "http://localhost:6379"],
    ["BUSINESS_CURRENCY", "pounds"],
  ])("rejects a bad %s and says which", (name, value) => {
    expect(() => parseEnv({ ...valid, [name]: value })).toThrow(name);
  });

  it("takes SESSION_SECRET as a list, newest first: the first signs, all verify", () => {
    const [newest, previous] = ["n".repeat(32), "p".repeat(40)];
    const env = parseEnv({ ...valid, SESSION_SECRET: ` ${newest} , ${previous} ` });
    expect(env.SESSION_SECRET).toBe(newest);
    expect(env.SESSION_SECRETS).toEqual([newest, previous]);
    expect(parseEnv(valid).SESSION_SECRETS).toEqual([valid.SESSION_SECRET]);
  });

  it.each([`${"n".repeat(32)},short`, `${"n".repeat(32)},`, `,${"n".repeat(32)}`])(
    "refuses a SESSION_SECRET list with a weak or empty entry (%s)",
    (value) => {
      expect(() => parseEnv({ ...valid, SESSION_SECRET: value })).toThrow(
        /SESSION_SECRET\.\d: must be at least 32/,
      );
    },
  );

  it("splits and trims the embed origins", () => {
    const env = parseEnv({ ...valid, EMBED_ALLOWED_ORIGINS: " https://a.example , http://localhost:8080," });
    expect(env.EMBED_ALLOWED_ORIGINS).toEqual(["https://a.example", "http://localhost:8080"]);
  });

  it("leaves confirmations to Whautomate unless the business chooses, and names a bad choice", () => {
    const defaults = parseEnv(valid);
    expect(defaults.CONFIRMATIONS).toBe("whautomate");
    expect(defaults.CONFIRMATION_TEMPLATES.booked).toBe("appointment_booked");
    expect(defaults.CONFIRMATION_TEMPLATE_LANGUAGE).toBe("en");
    const portal = parseEnv({
      ...valid,
      CONFIRMATIONS: "portal",
      CONFIRMATION_TEMPLATES: "booked=studio_booked, class_left=studio_bye",
    });
    expect(portal.CONFIRMATIONS).toBe("portal");
    expect(portal.CONFIRMATION_TEMPLATES).toMatchObject({
      booked: "studio_booked",
      class_left: "studio_bye",
      cancelled: "appointment_cancelled",
    });
    expect(() => parseEnv({ ...valid, CONFIRMATIONS: "email" })).toThrow(/CONFIRMATIONS/);
    expect(() => parseEnv({ ...valid, CONFIRMATION_TEMPLATES: "paid=x" })).toThrow(/CONFIRMATION_TEMPLATES/);
  });

  it("treats an empty value as unset", () => {
    expect(parseEnv({ ...valid, REDIS_URL: "", BRAND_COLOR: "" }).BRAND_COLOR).toBe("#0a7d5a");
  });

  it("defaults the upstream cache times and leaves webhooks off", () => {
    const env = parseEnv(valid);
    expect(env.CACHE_CATALOGUE_SECONDS).toBe(300);
    expect(env.CACHE_AVAILABILITY_SECONDS).toBe(20);
    expect(env.CACHE_KEEP_SECONDS).toBe(3600);
    expect(env.WEBHOOK_SECRET).toBeUndefined();
  });

  it.each([
    ["WEBHOOK_SECRET", "too-short-to-guess"],
    ["CACHE_CATALOGUE_SECONDS", "-1"],
    ["CACHE_AVAILABILITY_SECONDS", "soon"],
    ["CACHE_KEEP_SECONDS", "172800"],
  ])("rejects a bad %s and says which", (name, value) => {
    expect(() => parseEnv({ ...valid, [name]: value })).toThrow(name);
  });

  it("defaults the abuse limits and takes other whole numbers", () => {
    expect(parseEnv(valid)).toMatchObject({
      LIMIT_BOOKINGS_PER_PHONE_PER_HOUR: 5,
      LIMIT_BOOKINGS_PER_IP_PER_HOUR: 20,
      LIMIT_CODE_SENDS_PER_PHONE_PER_15MIN: 3,
      LIMIT_CODE_SENDS_PER_IP_PER_15MIN: 10,
      LIMIT_CLASS_JOINS_PER_PHONE_PER_HOUR: 10,
      LIMIT_CLASS_JOINS_PER_IP_PER_HOUR: 30,
    });
    expect(parseEnv({ ...valid, LIMIT_BOOKINGS_PER_IP_PER_HOUR: "200" }).LIMIT_BOOKINGS_PER_IP_PER_HOUR).toBe(
      200,
    );
  });

  it.each([
    ["LIMIT_BOOKINGS_PER_PHONE_PER_HOUR", "0"],
    ["LIMIT_BOOKINGS_PER_IP_PER_HOUR", "lots"],
    ["LIMIT_CODE_SENDS_PER_PHONE_PER_15MIN", "2.5"],
    ["LIMIT_CODE_SENDS_PER_IP_PER_15MIN", "-3"],
    ["LIMIT_CLASS_JOINS_PER_PHONE_PER_HOUR", "0"],
    ["LIMIT_CLASS_JOINS_PER_IP_PER_HOUR", "1e9"],
  ])("rejects a bad %s and says which", (name, value) => {
    expect(() => parseEnv({ ...valid, [name]: value })).toThrow(name);
  });
});
