import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestSandbox, startTestSandbox } from "./test-support";

// The app maps these exact bodies to user-facing errors; a drift here would only show against the real API.
let sandbox: TestSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox({ now: "2026-06-01T10:07:00Z", rateLimitRpm: 0 });
});
afterAll(() => sandbox.dispose());

describe("authentication", () => {
  it("answers 403 Forbidden (never 401) for a missing or wrong key", async () => {
    expect(await sandbox.get("/v1/locations", null)).toEqual({ status: 403, body: { message: "Forbidden" } });
    expect(await sandbox.get("/v1/locations", "wrong")).toEqual({
      status: 403,
      body: { message: "Forbidden" },
    });
  });

  it("leaves the control API open", async () => {
    const health = await sandbox.get("/__sandbox/health", null);
    expect(health).toEqual({
      status: 200,
      body: { ok: true, now: "2026-06-01T10:07:00.000Z", clockFrozen: true },
    });
  });
});

describe("error bodies", () => {
  it("uses {message} for bad bodies", async () => {
    const malformed = await sandbox.post("/v1/appointments", "{not json");
    expect(malformed).toEqual({ status: 400, body: { message: "Invalid request body" } });
    const missing = await sandbox.post("/v1/clients", { fullName: "No Phone" });
    expect(missing).toEqual({ status: 400, body: { message: "Invalid request body" } });
    const mistyped = await sandbox.post("/v1/appointments/cancel", { appointmentId: 42 });
    expect(mistyped).toEqual({ status: 400, body: { message: "Invalid request body" } });
  });

  it("uses {error} for bad query parameters", async () => {
    for (const query of ["limit=0", "limit=101", "limit=abc", "page=0", "page=-1"]) {
      expect(await sandbox.get(`/v1/clients?${query}`)).toEqual({
        status: 400,
        body: { error: "Invalid parameters" },
      });
    }
    const slots = "/v1/appointments/slots?locationId=loc_london&serviceId=svc_beard_trim";
    expect((await sandbox.get(slots)).body).toEqual({ error: "Invalid parameters" });
    expect((await sandbox.get(`${slots}&date=2026-02-30`)).body).toEqual({ error: "Invalid parameters" });
    expect((await sandbox.get(`${slots}&date=2026-06-03&timezone=Nowhere/City`)).body).toEqual({
      error: "Invalid parameters",
    });
    // Bad paging or dates are answered before unknown filter ids, on every list of dated things.
    for (const list of ["/v1/appointments", "/v1/classes", "/v1/classes/clients/cli_emma/bookings"]) {
      for (const query of ["startDate=2026-02-30", "endDate=soon&locationId=loc_nowhere", "limit=0"]) {
        expect(await sandbox.get(`${list}?${query}`), `${list}?${query}`).toEqual({
          status: 400,
          body: { error: "Invalid parameters" },
        });
      }
    }
  });

  it("names the unknown id in a 404", async () => {
    const cases: [string, string][] = [
      ["/v1/locations/loc_nowhere", "Invalid locationId"],
      ["/v1/staffs/stf_nobody", "Invalid staffId"],
      ["/v1/services?locationId=loc_nowhere", "Invalid locationId"],
      ["/v1/clients/cli_nobody", "Invalid clientId"],
      ["/v1/appointments/apt_nothing", "Invalid appointmentId"],
      ["/v1/classes/cls_nothing", "Invalid classId"],
      ["/v1/appointments?clientId=cli_nobody", "Invalid clientId"],
      ["/v1/appointments?staffId=stf_nobody", "Invalid staffId"],
      ["/v1/classes?staffId=stf_nobody", "Invalid staffId"],
      ["/v1/classes/clients/cli_emma/bookings?locationId=loc_nowhere", "Invalid locationId"],
      [
        "/v1/appointments/slots?locationId=loc_london&serviceId=svc_nope&date=2026-06-03",
        "Invalid serviceId",
      ],
      // A service of another location is unknown from this location's point of view.
      [
        "/v1/appointments/slots?locationId=loc_london&serviceId=svc_follow_up&date=2026-06-03",
        "Invalid serviceId",
      ],
    ];
    for (const [path, error] of cases)
      expect(await sandbox.get(path)).toEqual({ status: 404, body: { error } });
    const participant = await sandbox.post("/v1/classes/cls_yoga_full/participants/cancel", {
      participantId: "par_x",
    });
    expect(participant).toEqual({ status: 404, body: { error: "Invalid participantId" } });
  });

  it("answers 404 Not Found for unknown routes", async () => {
    expect(await sandbox.get("/v1/unicorns")).toEqual({ status: 404, body: { message: "Not Found" } });
    expect(await sandbox.send("DELETE", "/v1/locations/loc_london")).toEqual({
      status: 404,
      body: { message: "Not Found" },
    });
    expect(await sandbox.get("/elsewhere", null)).toEqual({ status: 404, body: { message: "Not Found" } });
  });
});

describe("paging", () => {
  it("returns bare arrays, pages from 1, default limit 50", async () => {
    const all = await sandbox.get("/v1/classes");
    expect(Array.isArray(all.body)).toBe(true);
    expect(all.body.length).toBeGreaterThan(20);
    expect(all.body.length).toBeLessThanOrEqual(50);
    const pages = [];
    for (let page = 1; page <= 20; page += 1) {
      const { body } = await sandbox.get(`/v1/classes?limit=7&page=${page}`);
      pages.push(...body);
      if (body.length < 7) break;
    }
    expect(pages.map((item: { id: string }) => item.id)).toEqual(
      all.body.map((item: { id: string }) => item.id),
    );
    expect((await sandbox.get("/v1/clients?page=99")).body).toEqual([]);
  });
});

describe("catalogue", () => {
  it("describes locations without a timezone, like the real API", async () => {
    const { body } = await sandbox.get("/v1/locations/loc_mumbai");
    expect(body).toEqual({
      id: "loc_mumbai",
      title: "Bandra Clinic",
      addressLine1: "21 Hill Road",
      addressLine2: "Bandra West",
      city: "Mumbai",
      district: "Mumbai Suburban",
      postalCode: "400050",
      phone: "+91 22 5555 0142",
    });
  });

  it("filters staff and services by location and type", async () => {
    const staff = (await sandbox.get("/v1/staffs?locationId=loc_mumbai")).body.map(
      (s: { id: string }) => s.id,
    );
    expect(staff).toEqual(["stf_sofia", "stf_priya", "stf_arjun"]);
    const classes = (await sandbox.get("/v1/services?locationId=loc_london&serviceType=CLASS")).body;
    expect(classes.map((s: { id: string }) => s.id)).toEqual(["svc_vinyasa_yoga", "svc_mat_pilates"]);
    const { body: cut } = await sandbox.get("/v1/services/svc_signature_cut");
    expect(cut).toMatchObject({
      serviceType: "APPOINTMENT",
      location: { id: "loc_london", title: "Soho Studio" },
      durationMinutes: 45,
      categories: [{ id: "cat_london_hair", name: "Hair" }],
      staffs: [
        { id: "stf_amelia", name: "Amelia Hart" },
        { id: "stf_oliver", name: "Oliver Reed" },
      ],
      sellingPrice: 60,
      active: true,
      allowOnlineBooking: true,
      advanceSettings: { advanceBookingLimitDays: 60, blockTimeAfterAppointment: 15 },
    });
    const categories = (await sandbox.get("/v1/serviceCategories")).body;
    expect(categories[0]).toMatchObject({
      id: "cat_london_hair",
      name: "Hair",
      location: { id: "loc_london" },
    });
  });
});

describe("clients", () => {
  it("creates, refuses duplicates by digits and searches by name or phone", async () => {
    const created = await sandbox.post("/v1/clients", {
      fullName: "Grace Hopper",
      countryCode: "+44",
      phone: "7700 900 555",
      primaryLocation: { id: "loc_london" },
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      fullName: "Grace Hopper",
      countryCode: "+44",
      phone: "7700900555",
      email: "",
    });
    expect(created.body.primaryLocation).toEqual({ id: "loc_london" });
    const duplicate = await sandbox.post("/v1/clients", {
      fullName: "G",
      countryCode: "44",
      phone: "7700900555",
    });
    expect(duplicate).toEqual({ status: 400, body: { message: "Client already exists" } });
    expect((await sandbox.get("/v1/clients?searchText=grace")).body.map((c: { id: string }) => c.id)).toEqual(
      [created.body.id],
    );
    expect((await sandbox.get("/v1/clients?searchText=900555")).body).toHaveLength(1);
    expect((await sandbox.get(`/v1/clients/${created.body.id}`)).body.tags).toEqual([]);
  });
});
