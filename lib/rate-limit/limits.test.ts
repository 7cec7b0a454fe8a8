import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/env", async () => {
  const { parseEnv } = await import("@/lib/env-schema");
  return {
    env: parseEnv({
      WHAUTOMATE_API_URL: "http://127.0.0.1:9",
      WHAUTOMATE_API_KEY: "test-key",
      SESSION_SECRET: "limits-test-session-secret-0123456789",
      LIMIT_BOOKINGS_PER_PHONE_PER_HOUR: "2",
      LIMIT_BOOKINGS_PER_IP_PER_HOUR: "3",
      LIMIT_CODE_SENDS_PER_PHONE_PER_15MIN: "4",
      LIMIT_CODE_SENDS_PER_IP_PER_15MIN: "5",
      LIMIT_CLASS_JOINS_PER_PHONE_PER_HOUR: "6",
      LIMIT_CLASS_JOINS_PER_IP_PER_HOUR: "7",
    }),
  };
});

const { limits } = await import("./limits");

describe("limits", () => {
  it("take the configured numbers for what costs the business", () => {
    expect({
      bookingsPerPhone: limits.bookingsPerPhone.limit,
      bookingsPerIp: limits.bookingsPerIp.limit,
      codeSendsPerPhone: limits.codeSendsPerPhone.limit,
      codeSendsPerIp: limits.codeSendsPerIp.limit,
      classJoinsPerPerson: limits.classJoinsPerPerson.limit,
      classJoinsPerIp: limits.classJoinsPerIp.limit,
    }).toEqual({
      bookingsPerPhone: 2,
      bookingsPerIp: 3,
      codeSendsPerPhone: 4,
      codeSendsPerIp: 5,
      classJoinsPerPerson: 6,
      classJoinsPerIp: 7,
    });
  });

  // Two policies with one name would share their counts in the store.
  it("each count under a name of their own", () => {
    const names = Object.values(limits).map((policy) => policy.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
