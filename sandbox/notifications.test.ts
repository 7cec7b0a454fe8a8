import { afterEach, describe, expect, it } from "vitest";
import { type TestSandbox, startTestSandbox } from "./test-support";

// Monday 1 June 2026, 11:07 in London.
const NOW = "2026-06-01T10:07:00Z";
let sandbox: TestSandbox | undefined;

afterEach(async () => {
  await sandbox?.dispose();
  sandbox = undefined;
});

const booking = {
  client: { id: "cli_emma" },
  location: { id: "loc_london" },
  service: { id: "svc_signature_cut" },
  staff: { id: "stf_amelia" },
  date: "2026-06-19",
  time: "02:00 PM",
};

async function outbox(open: TestSandbox) {
  return (await open.get("/__sandbox/outbox")).body as {
    sentBy: string;
    to: { clientId: string };
    template: { name: string };
    bodyTextParameters: string[];
  }[];
}

// The portal's copy promises a WhatsApp confirmation because the account's automations send it: if
// these stopped, the default portal would promise messages nobody sends.
describe("notification automations", () => {
  it("message the client once for each booking, move, cancellation, join and leave", async () => {
    sandbox = await startTestSandbox({ now: NOW, rateLimitRpm: 0 });
    const { body: booked } = await sandbox.post("/v1/appointments", booking);
    await sandbox.post("/v1/appointments/reschedule", {
      appointmentId: booked.id,
      date: "2026-06-19",
      time: "02:15 PM",
    });
    await sandbox.post("/v1/appointments/cancel", { appointmentId: booked.id });
    // Refused changes send nothing.
    expect((await sandbox.post("/v1/appointments/cancel", { appointmentId: booked.id })).status).toBe(400);
    const { body: joined } = await sandbox.post("/v1/classes/cls_pilates_last_spot/participants/add", {
      client: { id: "cli_chloe" },
    });
    await sandbox.post("/v1/classes/cls_pilates_last_spot/participants/cancel", { participantId: joined.id });

    const messages = await outbox(sandbox);
    expect(messages.map((message) => [message.sentBy, message.to.clientId, message.template.name])).toEqual([
      ["automation", "cli_emma", "appointment_booked"],
      ["automation", "cli_emma", "appointment_rescheduled"],
      ["automation", "cli_emma", "appointment_cancelled"],
      ["automation", "cli_chloe", "class_joined"],
      ["automation", "cli_chloe", "class_left"],
    ]);
    expect(messages[0]!.bodyTextParameters).toEqual([
      "Emma Clarke",
      "Soho Studio",
      "Signature Haircut",
      "2026-06-19 02:00 PM",
      "Europe/London",
    ]);
    expect(messages[1]!.bodyTextParameters[3]).toBe("2026-06-19 02:15 PM");
    expect(messages[3]!.bodyTextParameters[2]).toBe("Mat Pilates");
  });

  it("can be turned off, leaving only what is sent through the API", async () => {
    sandbox = await startTestSandbox({ now: NOW, rateLimitRpm: 0 });
    expect((await sandbox.post("/__sandbox/settings", { notifications: false })).body).toMatchObject({
      notifications: false,
    });
    await sandbox.post("/v1/appointments", booking);
    await sandbox.post("/v1/messages/whatsapp/sendtemplate", {
      client: { id: "cli_emma" },
      template: { name: "appointment_confirmation", language: "en" },
      bodyTextParameters: ["Signature Cut"],
    });
    expect((await outbox(sandbox)).map((message) => [message.sentBy, message.template.name])).toEqual([
      ["api", "appointment_confirmation"],
    ]);
  });
});
