// The configurable limits on what costs the business (bookings and class spots held, WhatsApp codes
// paid for) are enforced with a clear message, per phone and per address, before anything reaches
// Whautomate.
import { describe, expect, it } from "vitest";
import { newVisitor, setUpActionHarness, upstreamRequests } from "@/test/support/actions/action-harness";
import { bookingInput } from "@/test/support/actions/sample-inputs";

await setUpActionHarness({
  LIMIT_BOOKINGS_PER_PHONE_PER_HOUR: "2",
  LIMIT_BOOKINGS_PER_IP_PER_HOUR: "3",
  LIMIT_CODE_SENDS_PER_PHONE_PER_15MIN: "1",
  LIMIT_CODE_SENDS_PER_IP_PER_15MIN: "2",
  LIMIT_CLASS_JOINS_PER_PHONE_PER_HOUR: "1",
  LIMIT_CLASS_JOINS_PER_IP_PER_HOUR: "2",
});
const { bookAppointmentAction } = await import("@/components/booking/actions");
const { requestSignInCodeAction } = await import("@/components/sign-in/actions");
const { joinClass } = await import("@/components/classes/actions");

const join = (classId: string, phone: string) => ({
  classId,
  contact: { fullName: "Ada Lovelace", country: "GB", phone },
  waitlist: false,
});

async function expectLimitedWithoutUpstream(attempt: () => Promise<unknown>) {
  const before = (await upstreamRequests()).total;
  expect(await attempt()).toEqual({ ok: false, code: "rate_limited" });
  expect((await upstreamRequests()).total).toBe(before);
}

describe("abuse limits", () => {
  it("refuses a third booking for one phone within the hour, from any address", async () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      newVisitor();
      expect(await bookAppointmentAction(bookingInput("07700 900201"))).not.toMatchObject({
        code: "rate_limited",
      });
    }
    newVisitor();
    await expectLimitedWithoutUpstream(() => bookAppointmentAction(bookingInput("07700 900201")));
  });

  it("refuses a fourth booking from one address within the hour, whatever the phone", async () => {
    for (const phone of ["07700 900211", "07700 900212", "07700 900213"]) {
      expect(await bookAppointmentAction(bookingInput(phone))).not.toMatchObject({ code: "rate_limited" });
    }
    await expectLimitedWithoutUpstream(() => bookAppointmentAction(bookingInput("07700 900214")));
  });

  it("sends one code per number and two per address in 15 minutes", async () => {
    expect(await requestSignInCodeAction({ country: "GB", phone: "07700 900221" })).toEqual({
      ok: true,
      data: null,
    });
    newVisitor();
    await expectLimitedWithoutUpstream(() =>
      requestSignInCodeAction({ country: "GB", phone: "07700 900221" }),
    );
    expect(await requestSignInCodeAction({ country: "GB", phone: "07700 900222" })).toEqual({
      ok: true,
      data: null,
    });
    await expectLimitedWithoutUpstream(() =>
      requestSignInCodeAction({ country: "GB", phone: "07700 900223" }),
    );
  });

  it("refuses a second class join for one phone within the hour, from any address", async () => {
    expect(await joinClass(join("cls_london_pilates_01", "07700 900231"))).toMatchObject({ ok: true });
    newVisitor();
    await expectLimitedWithoutUpstream(() => joinClass(join("cls_london_pilates_02", "07700 900231")));
  });

  it("refuses a third class join from one address within the hour, whatever the phone", async () => {
    expect(await joinClass(join("cls_london_pilates_03", "07700 900241"))).toMatchObject({ ok: true });
    expect(await joinClass(join("cls_london_pilates_03", "07700 900242"))).toMatchObject({ ok: true });
    await expectLimitedWithoutUpstream(() => joinClass(join("cls_london_pilates_03", "07700 900243")));
  });
});
