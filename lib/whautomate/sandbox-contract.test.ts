// The client and the sandbox are written apart (the sandbox shares no code with the app); this
// proves they agree over HTTP: every function the app uses parses what the sandbox answers. If
// it fails, either the sandbox drifted from the vendor's shapes or a schema got too strict. The
// drifted run answers as a real account may (numbers as text, other status casing, 24-hour times,
// unknown and missing fields): the same journeys must read the same values.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startSandbox, type SandboxHandle } from "@/sandbox/server";
import { createWhautomateHttp, type WhautomateHttp } from "./http";
import * as api from "./index";
import { UpstreamForbiddenError, UpstreamInvalidRequestError, UpstreamNotFoundError } from "./errors";

vi.mock("./client", () => ({ defaultHttp: () => undefined }));

const now = "2027-03-24T09:00:00.000Z";

describe.each([
  { mode: "as documented", drift: false },
  { mode: "drifted", drift: true },
])("lib/whautomate against the sandbox, $mode", ({ drift }) => {
  let sandbox: SandboxHandle;
  let dir: string;
  let http: WhautomateHttp;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "contract-"));
    const dataFile = path.join(dir, "s.json");
    sandbox = await startSandbox({ port: 0, apiKey: "contract-key", dataFile, now, drift });
    http = createWhautomateHttp({ baseUrl: sandbox.url, apiKey: "contract-key", sleep: async () => {} });
  });

  afterAll(async () => {
    await sandbox.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("reads the catalogue", async () => {
    const [locations, staff, services, categories] = await Promise.all([
      api.listLocations(http),
      api.listStaff({ locationId: "loc_london" }, http),
      api.listServices({ locationId: "loc_london" }, http),
      api.listServiceCategories(http),
    ]);
    expect(locations.map((l) => l.id)).toEqual(expect.arrayContaining(["loc_london", "loc_mumbai"]));
    expect(staff.every((s) => s.locationIds.includes("loc_london"))).toBe(true);
    const cut = services.find((s) => s.id === "svc_signature_cut");
    expect(cut).toMatchObject({ durationMinutes: 45, price: 60, bufferMinutes: 15, bookableOnline: true });
    expect(services.find((s) => s.id === "svc_hot_stone_massage")?.bookableOnline).toBe(false);
    expect(categories.length).toBeGreaterThanOrEqual(4);
    await expect(api.getLocation("loc_mumbai", http)).resolves.toMatchObject({ title: "Bandra Clinic" });
  });

  it("reads slots on London's spring-forward day as real instants", async () => {
    const days = await api.getSlots(
      {
        locationId: "loc_london",
        serviceId: "svc_style_consultation",
        staffId: "stf_oliver",
        date: "2027-03-27",
        nextThreeDays: true,
      },
      http,
    );
    expect(days.map((d) => d.date)).toEqual(["2027-03-27", "2027-03-28", "2027-03-29"]);
    const sunday = days[1]!;
    expect(sunday.timeZone).toBe("Europe/London");
    expect(sunday.slots[0]).toMatchObject({ localTime: "09:00", startsAt: "2027-03-28T08:00:00.000Z" });
    expect(days[0]!.slots[0]).toMatchObject({ localTime: "09:00", startsAt: "2027-03-27T09:00:00.000Z" });
  });

  it("books, reads, reschedules and cancels an appointment", async () => {
    const booked = await api.bookAppointment(
      {
        client: { fullName: "Contract Test", countryCode: "+44", phone: "7700900999" },
        locationId: "loc_london",
        serviceId: "svc_style_consultation",
        staffId: "stf_oliver",
        date: "2027-03-28",
        time: "09:00",
        timeZone: "Europe/London",
      },
      http,
    );
    expect(booked).toMatchObject({
      status: "booked",
      startsAt: "2027-03-28T08:00:00.000Z",
      localTime: "09:00",
    });
    await expect(api.getAppointment(booked.id, http)).resolves.toMatchObject({ id: booked.id });
    const mine = await api.listAppointments({ clientId: booked.client.id }, http);
    expect(mine.map((a) => a.id)).toEqual([booked.id]);

    await expect(
      api.bookAppointment(
        {
          client: { id: booked.client.id },
          locationId: "loc_london",
          serviceId: "svc_style_consultation",
          staffId: "stf_oliver",
          date: "2027-03-28",
          time: "09:00",
          timeZone: "Europe/London",
        },
        http,
      ),
    ).rejects.toBeInstanceOf(UpstreamInvalidRequestError);

    const moved = await api.rescheduleAppointment(
      { appointmentId: booked.id, date: "2027-03-28", time: "10:00", timeZone: "Europe/London" },
      http,
    );
    expect(moved).toMatchObject({
      id: booked.id,
      status: "rescheduled",
      startsAt: "2027-03-28T09:00:00.000Z",
    });
    await api.cancelAppointment({ appointmentId: booked.id, reason: "contract" }, http);
    await expect(api.getAppointment(booked.id, http)).resolves.toMatchObject({ status: "cancelled" });
  });

  it("lists classes, joins and leaves one", async () => {
    const classes = await api.listClasses({ startDate: "2027-03-24", endDate: "2027-04-07" }, http);
    expect(classes.length).toBeGreaterThan(5);
    const online = await api.getClass("cls_meditation_online", http);
    expect(online.online?.link).toContain("https://");
    const full = await api.getClass("cls_yoga_full", http);
    expect(full.spotsLeft).toBe(0);
    expect((await api.getClass("cls_yoga_cancelled", http)).status).toBe("cancelled");

    const joined = await api.addClassParticipant(
      "cls_pilates_last_spot",
      { client: { id: "cli_harry" } },
      http,
    );
    expect(joined.status).toBe("booked");
    await expect(
      api.addClassParticipant("cls_pilates_last_spot", { client: { id: "cli_chloe" } }, http),
    ).rejects.toBeInstanceOf(UpstreamInvalidRequestError);
    const participants = await api.listClassParticipants("cls_pilates_last_spot", http);
    expect(participants.some((p) => p.id === joined.id)).toBe(true);
    const bookings = await api.listClientClassBookings("cli_harry", {}, http);
    expect(bookings.some((b) => b.session.id === "cls_pilates_last_spot")).toBe(true);
    const left = await api.cancelClassParticipant(
      "cls_pilates_last_spot",
      { participantId: joined.id },
      http,
    );
    expect(left.status).toBe("cancelled");
  });

  it("creates, finds and reads clients, and sends a template", async () => {
    const created = await api.createClient(
      { fullName: "New Person", countryCode: "+91", phone: "9812345678" },
      http,
    );
    const found = await api.searchClients({ searchText: "9812345678" }, http);
    expect(found.map((c) => c.id)).toContain(created.id);
    await expect(api.getClient(created.id, http)).resolves.toMatchObject({ fullName: "New Person" });
    await api.sendWhatsAppTemplate(
      {
        to: { clientId: created.id },
        template: { name: "code", language: "en" },
        bodyParameters: ["123456"],
      },
      http,
    );
    const outbox = (await (await fetch(`${sandbox.url}/__sandbox/outbox`)).json()) as { sentBy: string }[];
    expect(outbox.filter((message) => message.sentBy === "api")).toHaveLength(1);
  });

  it("maps the sandbox's error answers to the named errors", async () => {
    await expect(api.getAppointment("apt_nope", http)).rejects.toBeInstanceOf(UpstreamNotFoundError);
    const wrongKey = createWhautomateHttp({ baseUrl: sandbox.url, apiKey: "wrong", sleep: async () => {} });
    await expect(api.listLocations(wrongKey)).rejects.toBeInstanceOf(UpstreamForbiddenError);
  });
});
