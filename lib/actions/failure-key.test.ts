import { describe, expect, it } from "vitest";
import { ReadError } from "@/lib/http/read-failure";
import { failureKey } from "./failure-key";
import { ActionError } from "./result";

const refusals = { rate_limited: "booking.rateLimited", slot_taken: "booking.slotTakenShort" } as const;

describe("failureKey", () => {
  it("words a code the feature's way where it has one, else the way every page does", () => {
    expect(failureKey(new ReadError("rate_limited", 429), refusals)).toBe("booking.rateLimited");
    expect(failureKey(new ActionError({ ok: false, code: "slot_taken" }), refusals)).toBe(
      "booking.slotTakenShort",
    );
    expect(failureKey(new ActionError({ ok: false, code: "upstream_busy" }), refusals)).toBe(
      "error.upstreamBusy",
    );
    expect(failureKey("not_found", refusals)).toBe("error.notFound");
  });

  it("says the call went unanswered when no code came back, and nothing when nothing failed", () => {
    expect(failureKey(new TypeError("Failed to fetch"), refusals, "booking.slots.loadFailed")).toBe(
      "booking.slots.loadFailed",
    );
    expect(failureKey(new Error("boom"), refusals)).toBe("error.generic");
    expect(failureKey(null, refusals)).toBeNull();
  });
});
