import { beforeEach, describe, expect, it, vi } from "vitest";
import { createMemoryStore } from "@/lib/store/memory-store";
import type { KeyValueStore } from "@/lib/store/key-value-store";

const upstream = vi.hoisted(() => ({
  sendWhatsAppTemplate: vi.fn(),
  WhautomateError: class extends Error {},
}));
const shared = vi.hoisted(() => ({ store: null as KeyValueStore | null }));
const env = vi.hoisted(() => ({
  CONFIRMATIONS: "portal" as string,
  CONFIRMATION_TEMPLATES: { booked: "appointment_booked", class_left: "class_left" },
  CONFIRMATION_TEMPLATE_LANGUAGE: "en",
  BUSINESS_NAME: "Soho Hair",
  WHAUTOMATE_TIMEOUT_MS: 1_000,
}));
vi.mock("@/lib/whautomate", () => upstream);
vi.mock("@/lib/store", () => ({ getStore: () => shared.store }));
vi.mock("@/lib/env", () => ({ env }));
const { readConfirmationDelivery, sendConfirmation } = await import("./confirmation-message");
const { log } = await import("@/lib/log/log");

const change = {
  event: "booked" as const,
  changeId: "apt_1",
  clientId: "cli_emma",
  clientName: "Emma Clarke",
  locationId: "loc_london",
  title: "Signature Haircut",
  localDate: "2026-06-19",
  localTime: "14:00",
  timeZone: "Europe/London",
};

describe("sendConfirmation", () => {
  beforeEach(() => {
    vi.resetAllMocks();
    vi.spyOn(log, "error").mockImplementation(() => {});
    shared.store = createMemoryStore();
    env.CONFIRMATIONS = "portal";
  });

  it("sends the change's template once, to the client, whoever repeats it", async () => {
    const results = await Promise.all([sendConfirmation(change), sendConfirmation(change)]);
    expect(await sendConfirmation(change)).toBe("sent");
    expect(results).toEqual(["sent", "sent"]);
    expect(upstream.sendWhatsAppTemplate).toHaveBeenCalledTimes(1);
    expect(upstream.sendWhatsAppTemplate).toHaveBeenCalledWith({
      to: { clientId: "cli_emma" },
      template: { name: "appointment_booked", language: "en" },
      locationId: "loc_london",
      bodyParameters: ["Emma Clarke", "Soho Hair", "Signature Haircut", "2026-06-19 14:00", "Europe/London"],
    });
    expect(await readConfirmationDelivery("booked", "apt_1")).toBe("sent");
  });

  it("reports a failed send, logs it by client id only, and never tries it again", async () => {
    upstream.sendWhatsAppTemplate.mockRejectedValue(new Error("timed out"));
    expect(await sendConfirmation(change)).toBe("failed");
    expect(await sendConfirmation(change)).toBe("failed");
    expect(upstream.sendWhatsAppTemplate).toHaveBeenCalledTimes(1);
    expect(log.error).toHaveBeenCalledWith("confirmation send failed", {
      event: "booked",
      clientId: "cli_emma",
      error: expect.any(Error),
    });
    expect(await readConfirmationDelivery("booked", "apt_1")).toBe("failed");
  });

  it("sends nothing, and reads nothing, when Whautomate or nobody sends confirmations", async () => {
    const describeChange = vi.fn(async () => change);
    for (const mode of ["whautomate", "none"]) {
      env.CONFIRMATIONS = mode;
      expect(await sendConfirmation(describeChange)).toBeNull();
      expect(await readConfirmationDelivery("booked", "apt_1")).toBeNull();
    }
    expect(describeChange).not.toHaveBeenCalled();
    expect(upstream.sendWhatsAppTemplate).not.toHaveBeenCalled();
  });

  it("counts a change it could not read as a failed send", async () => {
    expect(await sendConfirmation(() => Promise.reject(new Error("class unreadable")))).toBe("failed");
    expect(upstream.sendWhatsAppTemplate).not.toHaveBeenCalled();
  });
});
