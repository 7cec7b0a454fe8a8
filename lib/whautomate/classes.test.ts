import { describe, expect, it, vi } from "vitest";
import {
  addClassParticipant,
  cancelClassParticipant,
  getClass,
  listClasses,
  listClassParticipants,
  listClientClassBookings,
} from "./classes";
import { withStubUpstream } from "@/test/support/upstream/api-harness";
import { rawClass, rawParticipant } from "@/test/support/upstream/fixtures";

vi.mock("./client", () => ({
  defaultHttp: () => {
    throw new Error("tests pass their own http");
  },
}));

const harness = withStubUpstream();

describe("classes", () => {
  it("lists every page of classes, stopping at the empty page after a full one", async () => {
    harness.upstream.answerByDefault((request) => ({
      json:
        request.query.get("page") === "1"
          ? Array.from({ length: 100 }, (_, index) => rawClass({ id: `c${index}` }))
          : [],
    }));
    const sessions = await listClasses(
      { locationId: "loc_1", startDate: "2027-03-22", endDate: "2027-03-28" },
      harness.http,
    );
    expect(sessions).toHaveLength(100);
    expect(harness.upstream.requests).toHaveLength(2);
    expect(harness.upstream.requests[1]?.query.get("locationId")).toBe("loc_1");
  });

  it("reads one class and its participants", async () => {
    harness.upstream.answer(
      { json: rawClass() },
      { json: [rawParticipant(), rawParticipant({ id: "par_2", status: "Cancelled" })] },
    );
    const session = await getClass("cls_1", harness.http);
    const participants = await listClassParticipants("cls_1", harness.http);
    expect(session.spotsLeft).toBe(3);
    expect(participants.map((participant) => [participant.classId, participant.status])).toEqual([
      ["cls_1", "booked"],
      ["cls_1", "cancelled"],
    ]);
    expect(harness.upstream.requests.map((request) => request.path)).toEqual([
      "/v1/classes/cls_1",
      "/v1/classes/cls_1/participants",
    ]);
  });

  it("adds and cancels a participant with the documented bodies", async () => {
    harness.upstream.answer({ json: rawParticipant() }, { json: rawParticipant({ status: "Cancelled" }) });
    await addClassParticipant("cls_1", { client: { id: "cli_1" }, status: "BOOKED" }, harness.http);
    const left = await cancelClassParticipant(
      "cls_1",
      { participantId: "par_1", reason: "Busy" },
      harness.http,
    );
    const [add, cancel] = harness.upstream.requests;
    expect(add).toMatchObject({ method: "POST", path: "/v1/classes/cls_1/participants/add" });
    expect(add?.body).toEqual({ client: { id: "cli_1" }, status: "BOOKED" });
    expect(cancel?.body).toEqual({ participantId: "par_1", cancellationReason: "Busy" });
    expect(left).toMatchObject({ status: "cancelled", classId: "cls_1" });
  });

  it("lists a client's class bookings with their sessions", async () => {
    harness.upstream.answer({ json: [rawParticipant({ class: rawClass({ id: "cls_7" }) })] });
    const bookings = await listClientClassBookings("cli_1", { startDate: "2027-03-01" }, harness.http);
    expect(bookings[0]?.session.id).toBe("cls_7");
    expect(bookings[0]?.participant.classId).toBe("cls_7");
    expect(harness.upstream.requests[0]?.path).toBe("/v1/classes/clients/cli_1/bookings");
  });
});
