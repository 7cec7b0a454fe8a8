import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import { sandboxPort, sandboxUrl } from "./ports";

const route = "/api/webhooks/whautomate";

/** The secret `npm start` generated for this sandbox's data directory and gave the app and sandbox. */
function webhookSecret(): string {
  return readFileSync(`sandbox-data/e2e-${sandboxPort}/webhook-secret`, "utf8").trim();
}

interface Delivery {
  type: string;
  status: number | null;
  error: string | null;
}

async function deliveries(): Promise<Delivery[]> {
  return (await fetch(`${sandboxUrl}/__sandbox/webhooks`)).json() as Promise<Delivery[]>;
}

const scheduledPayload = {
  event: { id: "evt_1", type: "appointment_scheduled", timeStamp: "2026-06-01T10:00:00.000Z", key: "apt_1" },
  appointment: {
    id: "apt_1",
    location: { id: "loc_london", title: "Soho Studio" },
    staff: { id: "stf_amelia", name: "Amelia Hart" },
    timezone: "Europe/London",
    date: "2026-06-16",
    startTimeUTC: "2026-06-16T09:00:00.000Z",
  },
};

// If this fails, bookings made over WhatsApp or at the front desk never tell the portal, and its
// cache keeps offering times that are gone.
test("a booking made at the front desk is announced to the app, which accepts it", async ({ sandbox }) => {
  const from = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const days = await sandbox.api<Array<{ date: string; slots: Array<{ startTime: string }> }>>(
    `/v1/appointments/slots?locationId=loc_london&serviceId=svc_signature_cut&staffId=stf_amelia&date=${from}&nextThreeDays=true`,
  );
  const day = days.find((candidate) => candidate.slots.length > 0);
  if (!day) throw new Error("Amelia has no free time in the next three days");
  await sandbox.api("/v1/appointments", {
    method: "POST",
    body: {
      client: { id: "cli_james" },
      location: { id: "loc_london" },
      service: { id: "svc_signature_cut" },
      staff: { id: "stf_amelia" },
      date: day.date.slice(0, 10),
      time: day.slots[0]!.startTime,
    },
  });
  await expect
    .poll(deliveries)
    .toContainEqual(expect.objectContaining({ type: "appointment_scheduled", status: 200, error: null }));
});

// If this fails, anyone can make the portal drop its cache (and spend the account's request budget),
// or learn why they were refused.
test("the webhook route answers only the shared secret, says nothing else, and cannot be framed", async ({
  request,
}) => {
  const wrongSecrets: Record<string, string>[] = [
    {},
    { "x-webhook-secret": "not-the-secret-but-long-enough" },
  ];
  for (const headers of wrongSecrets) {
    const refused = await request.post(route, { headers, data: scheduledPayload });
    expect(refused.status()).toBe(401);
    expect(await refused.json()).toEqual({});
  }

  const headers = { "x-webhook-secret": webhookSecret() };
  const accepted = await request.post(route, { headers, data: scheduledPayload });
  expect(accepted.status()).toBe(200);
  expect(await accepted.json()).toEqual({ received: true, applied: true });
  expect(accepted.headers()["x-frame-options"]).toBe("DENY");
  expect(accepted.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");

  // Events it has no use for are acknowledged, or Whautomate would retry them forever.
  const other = await request.post(route, {
    headers,
    data: { event: { id: "evt_2", type: "client_created" }, client: { id: "cli_1" } },
  });
  expect(await other.json()).toEqual({ received: true, applied: false });

  const huge = await request.post(route, {
    headers,
    data: { ...scheduledPayload, notes: "x".repeat(70_000) },
  });
  expect(huge.status()).toBe(413);
  expect((await request.post(route, { headers, data: "not json" })).status()).toBe(400);
  expect((await request.get(route)).status()).toBe(405);
});
