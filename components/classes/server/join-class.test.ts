import { beforeEach, describe, expect, it, vi } from "vitest";
import { createMemoryStore } from "@/lib/store/memory-store";
import { withStubUpstream } from "@/test/support/upstream/api-harness";
import { rawClass, rawParticipant } from "@/test/support/upstream/fixtures";
import { attemptJoin } from "./join-class";

const store = vi.hoisted(() => ({ current: null as unknown }));
vi.mock("@/lib/whautomate/client", () => ({ defaultHttp: () => undefined }));
vi.mock("@/lib/store", () => ({ getStore: () => store.current }));
const invalidated = vi.hoisted(() => vi.fn());
vi.mock("@/lib/upstream-cache/invalidate", () => ({ invalidateClassOf: invalidated }));

const requester = "requester-a";
const noOne = { json: [] };

beforeEach(() => {
  store.current = createMemoryStore();
  invalidated.mockClear();
});

// Upstream behaviours the sandbox does not have (it always refuses a full class), pinned here so the
// client is told exactly where they stand whatever the real API does.
describe("attemptJoin", () => {
  const harness = withStubUpstream();
  const now = Date.parse("2027-03-27T08:00:00.000Z");
  const newClient = { fullName: "Ada Lovelace", countryCode: "+44", phone: "7700900311" };

  it("reports a waitlist place when the upstream waitlists instead of booking", async () => {
    harness.upstream.answer({ json: rawClass() }, noOne, {
      json: rawParticipant({ client: { id: "cli_ada", fullName: "Ada Lovelace" }, status: "Waitlisted" }),
    });
    const attempt = await attemptJoin("cls_1", newClient, false, { requester, now, http: harness.http });
    expect(attempt).toMatchObject({ ok: true, waitlisted: true });
    expect(harness.upstream.requests[2]?.body).toEqual({ client: newClient });
    expect(invalidated).toHaveBeenCalledWith(expect.objectContaining({ id: "cls_1" }));
  });

  it("asks for a waitlist place only on a full class and only when the client chose it", async () => {
    const full = rawClass({ bookedParticipants: 12 });
    harness.upstream.answer({ json: full }, noOne);
    expect(await attemptJoin("cls_1", newClient, false, { requester, now, http: harness.http })).toEqual({
      ok: false,
      code: "full",
    });
    expect(harness.upstream.requests).toHaveLength(2);
    expect(invalidated).not.toHaveBeenCalled();

    harness.upstream.answer({ json: full }, noOne, { json: rawParticipant({ status: "Waitlisted" }) });
    await attemptJoin("cls_1", newClient, true, { requester, now, http: harness.http });
    expect(harness.upstream.requests[4]?.body).toEqual({ client: newClient, status: "WAITLISTED" });
  });

  it("turns the upstream's refusal of a just-filled class into 'full'", async () => {
    harness.upstream.answer({ json: rawClass() }, noOne, { status: 400, json: { message: "Class is full" } });
    expect(await attemptJoin("cls_1", newClient, false, { requester, now, http: harness.http })).toEqual({
      ok: false,
      code: "full",
    });
  });

  it("finds out whether a client entered by phone is already booked or waitlisted", async () => {
    harness.upstream.answer(
      { json: rawClass() },
      noOne,
      { status: 400, json: { message: "Client is already added to this class" } },
      { json: [{ id: "cli_ada", fullName: "Ada Lovelace", countryCode: "+44", phone: "7700900311" }] },
      { json: [rawParticipant({ client: { id: "cli_ada" }, status: "Waitlisted" })] },
    );
    expect(await attemptJoin("cls_1", newClient, false, { requester, now, http: harness.http })).toEqual({
      ok: false,
      code: "already_waitlisted",
    });
  });

  it("refuses a known client's second place before asking the upstream to add one", async () => {
    harness.upstream.answer(
      { json: rawClass() },
      { json: [rawParticipant({ client: { id: "cli_emma" }, status: "Booked" })] },
    );
    expect(
      await attemptJoin("cls_1", { id: "cli_emma" }, false, { requester, now, http: harness.http }),
    ).toEqual({
      ok: false,
      code: "already_booked",
    });
    expect(harness.upstream.requests.map((request) => request.method)).toEqual(["GET", "GET"]);
  });

  it("closes at the start, at the booking cut-off, and for a cancelled class", async () => {
    const startsAt = Date.parse("2027-03-28T08:00:00.000Z");
    const withCutoff = rawClass({ advanceSettings: { advanceClassBookingThresholdMinutes: 60 } });
    harness.upstream.answer(
      { json: withCutoff },
      noOne,
      { json: withCutoff },
      noOne,
      { json: rawClass({ status: "Cancelled" }) },
      noOne,
    );
    const join = (at: number) =>
      attemptJoin("cls_1", newClient, false, { requester, now: at, http: harness.http });
    expect(await join(startsAt)).toEqual({ ok: false, code: "started" });
    expect(await join(startsAt - 30 * 60_000)).toEqual({ ok: false, code: "booking_closed" });
    expect(await join(now)).toEqual({ ok: false, code: "cancelled" });
    expect(harness.upstream.requests.every((request) => request.method === "GET")).toBe(true);
  });
});

// A join whose answer is lost (timeout, 5xx) may have taken the spot: without the check the client
// is told it failed, tries again and holds two places, or gives up a place they have.
describe("attemptJoin when the upstream's answer is lost", () => {
  const harness = withStubUpstream();
  const now = Date.parse("2027-03-27T08:00:00.000Z");
  const newClient = { fullName: "Ada Lovelace", countryCode: "+44", phone: "7700900311" };
  const ada = { id: "cli_ada", fullName: "Ada Lovelace", countryCode: "+44", phone: "7700900311" };
  const lost = { status: 500, json: { message: "Internal Server Error" } };
  const down = [lost, lost, lost];
  const join = (by = requester) =>
    attemptJoin("cls_1", newClient, false, { requester: by, now, http: harness.http });
  const adasPlace = { json: [rawParticipant({ client: { id: "cli_ada" }, status: "Booked" })] };
  const posts = () => harness.upstream.requests.filter((request) => request.method === "POST").length;

  beforeEach(() => {
    vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  });

  it("reports the place a timed-out join took", async () => {
    harness.upstream.answer(
      { json: rawClass() },
      noOne,
      { hang: true },
      { json: [ada] },
      { json: [rawParticipant({ client: { id: "cli_ada" }, status: "Booked" })] },
    );
    expect(await join()).toMatchObject({
      ok: true,
      waitlisted: false,
      participant: { client: { id: "cli_ada" } },
    });
    expect(posts()).toBe(1);
  });

  it("says the client is not in the class when the check finds no live place, and checks again first on a retry", async () => {
    harness.upstream.answer(
      { json: rawClass() },
      noOne,
      lost,
      { json: [ada] },
      { json: [rawParticipant({ client: { id: "cli_ada" }, status: "Cancelled" })] },
    );
    expect(await join()).toEqual({ ok: false, code: "not_joined" });

    // The first join landed after all: the retry finds it and adds nothing.
    harness.upstream.answer(
      { json: [ada] },
      { json: [rawParticipant({ client: { id: "cli_ada" }, status: "Booked" })] },
    );
    expect(await join()).toMatchObject({ ok: true, waitlisted: false });
    expect(posts()).toBe(1);
  });

  it("never adds a place while it cannot tell whether an earlier join went through", async () => {
    harness.upstream.answer({ json: rawClass() }, noOne, lost, ...down);
    expect(await join()).toEqual({ ok: false, code: "unconfirmed" });
    harness.upstream.answer(...down);
    expect(await join()).toEqual({ ok: false, code: "unconfirmed" });
    expect(posts()).toBe(1);
  });

  // Anyone can type a client's phone number: without the places taken before the join as proof,
  // a lost answer would hand the caller the place that number's owner already held, and a session.
  it("never claims a place the client held before the join", async () => {
    harness.upstream.answer({ json: rawClass() }, adasPlace, lost, { json: [ada] }, adasPlace);
    expect(await join()).toEqual({ ok: false, code: "unconfirmed" });
    harness.upstream.answer({ json: [ada] }, adasPlace);
    expect(await join()).toEqual({ ok: false, code: "unconfirmed" });
    expect(posts()).toBe(1);
  });

  it("tells only the requester who made an unclear join that the place is theirs", async () => {
    harness.upstream.answer({ json: rawClass() }, noOne, lost, ...down);
    expect(await join()).toEqual({ ok: false, code: "unconfirmed" });

    // The place landed; the same phone from another browser is not told it is theirs, nor added twice.
    harness.upstream.answer({ json: [ada] }, adasPlace);
    expect(await join("requester-b")).toEqual({ ok: false, code: "unconfirmed" });
    expect(posts()).toBe(1);

    harness.upstream.answer({ json: [ada] }, adasPlace);
    expect(await join()).toMatchObject({ ok: true, participant: { client: { id: "cli_ada" } } });
    expect(posts()).toBe(1);
  });
});
