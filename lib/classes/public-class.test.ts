import { describe, expect, it } from "vitest";
import type { ClassSession } from "@/lib/whautomate/types";
import { onlineAccessFor, participationOf, toPublicClassSession } from "./public-class";

const online: ClassSession = {
  id: "cls_meditation_online",
  name: "Guided Meditation",
  service: { id: "svc_guided_meditation", name: "Guided Meditation", durationMinutes: 30, price: 20 },
  location: { id: "loc_mumbai", title: "Bandra Clinic" },
  instructor: { id: "stf_sofia", name: "Sofia Lopez" },
  timeZone: "Asia/Kolkata",
  startsAt: "2026-06-03T15:00:00.000Z",
  endsAt: "2026-06-03T15:30:00.000Z",
  localDate: "2026-06-03",
  localTime: "20:30",
  capacity: 20,
  booked: 2,
  spotsLeft: 18,
  status: "active",
  statusRaw: "Active",
  isOnline: true,
  online: { link: "https://meet.example.com/secret-room", passcode: "482913" },
  bookingCutoffMinutes: 0,
  cancelCutoffMinutes: 0,
};

describe("public class data", () => {
  it("carries neither the link nor the passcode", () => {
    const text = JSON.stringify(toPublicClassSession(online));
    expect(text).not.toContain("secret-room");
    expect(text).not.toContain("482913");
    expect(toPublicClassSession(online)).toMatchObject({ id: "cls_meditation_online", isOnline: true });
  });

  it("gives the link to booked participants only", () => {
    expect(onlineAccessFor(online, "booked")).toEqual({
      link: "https://meet.example.com/secret-room",
      passcode: "482913",
    });
    expect(onlineAccessFor(online, "waitlisted")).toBeNull();
    expect(onlineAccessFor(online, null)).toBeNull();
  });

  it("finds the client's own active place, ignoring cancelled ones and other clients", () => {
    const participants = [
      { client: { id: "cli_emma" }, status: "cancelled" },
      { client: { id: "cli_james" }, status: "booked" },
      { client: { id: "cli_olivia" }, status: "waitlisted" },
    ];
    expect(participationOf(participants, "cli_emma")).toBeNull();
    expect(participationOf(participants, "cli_james")).toBe("booked");
    expect(participationOf(participants, "cli_olivia")).toBe("waitlisted");
    expect(participationOf(participants, null)).toBeNull();
  });
});
