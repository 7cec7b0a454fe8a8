import { describe, expect, it } from "vitest";
import { toBookingStatus, toClassStatus, toPaymentStatus } from "./status";

describe("toBookingStatus", () => {
  it.each([
    ["Booked", "booked"],
    ["BOOKED", "booked"],
    ["CONFIRMED", "booked"],
    ["confirmed", "booked"],
    ["Cancelled", "cancelled"],
    ["canceled", "cancelled"],
    ["Waitlisted", "waitlisted"],
    ["Visited", "visited"],
    ["Rescheduled", "rescheduled"],
    ["No-Show", "no_show"],
    ["no_show", "no_show"],
    ["NO SHOW", "no_show"],
    ["noshow", "no_show"],
  ])("%j → %s, raw kept", (raw, status) => {
    expect(toBookingStatus(raw)).toEqual({ status, statusRaw: raw });
  });

  it("keeps what it does not know as unknown, with the raw value", () => {
    expect(toBookingStatus("Pending Payment")).toEqual({ status: "unknown", statusRaw: "Pending Payment" });
    expect(toBookingStatus("constructor")).toEqual({ status: "unknown", statusRaw: "constructor" });
    expect(toBookingStatus(undefined)).toEqual({ status: "unknown", statusRaw: "" });
  });
});

describe("toClassStatus", () => {
  it.each([
    ["Cancelled", "cancelled"],
    ["CANCELED", "cancelled"],
    ["Active", "active"],
    ["Scheduled", "active"],
    [null, "active"],
  ])("%j → %s", (raw, status) => {
    expect(toClassStatus(raw).status).toBe(status);
    expect(toClassStatus(raw).statusRaw).toBe(raw ?? "");
  });
});

describe("toPaymentStatus", () => {
  it.each([
    ["Paid", "paid"],
    ["PAID", "paid"],
    ["Unpaid", "unpaid"],
    ["not_paid", "unpaid"],
    ["Pending", "unpaid"],
    ["Partially Paid", "partly_paid"],
    ["Refunded", "refunded"],
  ])("%j → %s", (raw, status) => {
    expect(toPaymentStatus(raw)).toBe(status);
  });

  it("shows no payment state for what the account does not say or we do not know", () => {
    expect(toPaymentStatus("")).toBeNull();
    expect(toPaymentStatus(null)).toBeNull();
    expect(toPaymentStatus("Voucher")).toBeNull();
    expect(toPaymentStatus("constructor")).toBeNull();
  });
});
