import { expect, expectNoAxeViolations, test, type SandboxControl } from "./fixtures";
import { chooseFirstSlot, fillDetails, randomUkMobile } from "./booking-helpers";
import { freshPhone, joinWithDetails, type SandboxParticipant } from "./classes-helpers";

// The phone field promises a WhatsApp confirmation. With the default CONFIRMATIONS=whautomate it is
// the account's own notification automation that sends it, and the portal must not send a second
// one: if the promise and the outbox part ways, clients wait for a message that never comes, or get two.
const PHONE_HINT = "We send your confirmation and reminders to this number on WhatsApp.";

async function messagesTo(sandbox: SandboxControl, clientId: string) {
  return (await sandbox.outbox()).filter((message) => message.to.clientId === clientId);
}

test("a booking's promised WhatsApp confirmation is sent once, by the account's automation", async ({
  page,
  sandbox,
}) => {
  await chooseFirstSlot(page, "/book?location=loc_london&service=svc_signature_cut&staff=stf_amelia");
  await expect(page.getByText(PHONE_HINT)).toBeVisible();
  await fillDetails(page, { name: "Ada Lovelace", phone: randomUkMobile() });
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();
  await expect(page.getByText("Your confirmation and reminders come to your WhatsApp.")).toBeVisible();
  await expectNoAxeViolations(page);

  const id = new URL(page.url()).pathname.split("/").at(-1)!;
  const appointment = await sandbox.api<{ client: { id: string } }>(`/v1/appointments/${id}`);
  const sent = await messagesTo(sandbox, appointment.client.id);
  expect(sent).toHaveLength(1);
  expect(sent[0]).toMatchObject({
    sentBy: "automation",
    template: { name: "appointment_booked" },
    bodyTextParameters: [
      "Ada Lovelace",
      "Soho Studio",
      "Signature Haircut",
      expect.any(String),
      "Europe/London",
    ],
  });
});

test("a class join's promised WhatsApp confirmation is sent once, by the account's automation", async ({
  page,
  sandbox,
}) => {
  await page.goto("/classes/cls_london_pilates_01");
  await expect(page.getByText(PHONE_HINT)).toBeVisible();
  await joinWithDetails(page, "Grace Hopper", freshPhone());
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You're booked" })).toBeVisible();
  await expectNoAxeViolations(page);

  const participants = await sandbox.api<SandboxParticipant[]>(
    "/v1/classes/cls_london_pilates_01/participants",
  );
  const grace = participants.find((participant) => participant.client.fullName === "Grace Hopper")!;
  const sent = await messagesTo(sandbox, grace.client.id);
  expect(sent).toHaveLength(1);
  expect(sent[0]).toMatchObject({
    sentBy: "automation",
    template: { name: "class_joined" },
    bodyTextParameters: ["Grace Hopper", "Soho Studio", "Mat Pilates", expect.any(String), "Europe/London"],
  });
});
