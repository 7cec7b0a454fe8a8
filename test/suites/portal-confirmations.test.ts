// With CONFIRMATIONS=portal the portal sends the WhatsApp confirmation itself. If the once-only
// sending broke, a double-clicked or retried booking would message the client twice; if a failed
// send failed the booking, a client would be told "not booked" about an appointment they hold.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { setUpActionHarness, signInAs } from "@/test/support/actions/action-harness";
import { loadReadRoutes } from "@/test/support/actions/read-routes";
import { bookingInput, firstFreeTime } from "@/test/support/actions/sample-inputs";

const sandbox = await setUpActionHarness({
  CONFIRMATIONS: "portal",
  BUSINESS_NAME: "Soho Hair",
  WHAUTOMATE_TIMEOUT_MS: "1000",
});
const { bookAppointmentAction } = await import("@/components/booking/actions");
const { joinClass, leaveClass } = await import("@/components/classes/actions");
const { readConfirmationDelivery } = await import("@/lib/confirmations/confirmation-message");
const reads = await loadReadRoutes();

const SEND_ROUTE = "POST /v1/messages/whatsapp/sendtemplate";

interface Sent {
  sentBy: string;
  to: { clientId: string };
  template: { name: string; language: string };
  bodyTextParameters: string[];
}

async function sentByPortal(): Promise<Sent[]> {
  const { body } = await sandbox.get("/__sandbox/outbox");
  return (body as Sent[]).filter((message) => message.sentBy === "api");
}

beforeAll(async () => {
  // The account's own automations are off, as they would be for a business that chose "portal".
  await sandbox.post("/__sandbox/settings", { notifications: false });
});

describe("confirmations sent by the portal", () => {
  it("sends one message for a booking, however often and however fast its request is repeated", async () => {
    const input = { ...bookingInput(), startsAt: await firstFreeTime(reads.month) };
    const before = (await sentByPortal()).length;
    const [first, concurrent] = await Promise.all([
      bookAppointmentAction(input),
      bookAppointmentAction(input),
    ]);
    const later = await bookAppointmentAction(input);
    expect(first).toMatchObject({ ok: true });
    expect(concurrent).toEqual(first);
    expect(later).toEqual(first);

    const sent = (await sentByPortal()).slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      template: { name: "appointment_booked", language: "en" },
      bodyTextParameters: [
        "Ada Lovelace",
        "Soho Hair",
        "Signature Haircut",
        expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
        "Europe/London",
      ],
    });
    const { appointmentId } = (first as { data: { appointmentId: string } }).data;
    expect(await readConfirmationDelivery("booked", appointmentId)).toBe("sent");
  });

  it("keeps the booking when the send fails, logs it without the phone, and never sends again", async () => {
    const input = { ...bookingInput("07700 900777"), startsAt: await firstFreeTime(reads.month) };
    const before = (await sentByPortal()).length;
    // The send is made but its answer comes too late: it may have gone out, so it must not be repeated.
    await sandbox.post("/__sandbox/hold", { routes: [SEND_ROUTE], maxMs: 2_500 });
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const booked = await bookAppointmentAction(input);
    const logged = JSON.stringify(stderr.mock.calls);
    stderr.mockRestore();
    await sandbox.post("/__sandbox/release", {});
    expect(booked).toMatchObject({ ok: true });
    const { appointmentId } = (booked as { data: { appointmentId: string } }).data;
    expect(await readConfirmationDelivery("booked", appointmentId)).toBe("failed");
    expect(logged).toContain("confirmation send failed");
    expect(logged).not.toMatch(/7700\s?900\s?777|7700900777/);

    expect(await bookAppointmentAction(input)).toEqual(booked);
    expect((await sentByPortal()).slice(before)).toHaveLength(1);
  });

  it("sends one message when a class is joined and one when it is left", async () => {
    const before = (await sentByPortal()).length;
    const joined = await joinClass({
      classId: "cls_london_pilates_02",
      contact: { fullName: "Grace Hopper", country: "GB", phone: "07700 900888" },
      waitlist: false,
    });
    expect(joined).toMatchObject({ ok: true, data: { result: "booked", confirmation: "sent" } });
    const [joinMessage] = (await sentByPortal()).slice(before);
    expect(joinMessage).toMatchObject({
      template: { name: "class_joined" },
      bodyTextParameters: ["Grace Hopper", "Soho Hair", "Mat Pilates", expect.any(String), "Europe/London"],
    });

    signInAs(joinMessage!.to.clientId);
    expect(await leaveClass({ classId: "cls_london_pilates_02", reason: "" })).toEqual({
      ok: true,
      data: null,
    });
    // Leaving twice is refused before anything is sent.
    expect(await leaveClass({ classId: "cls_london_pilates_02", reason: "" })).toMatchObject({ ok: false });
    expect((await sentByPortal()).slice(before).map((message) => message.template.name)).toEqual([
      "class_joined",
      "class_left",
    ]);
  });
});
