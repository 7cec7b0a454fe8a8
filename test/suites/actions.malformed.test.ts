// Every server action against malformed input (the read routes: routes.malformed.test.ts): wrong types, huge strings, ids that would steer an
// upstream URL, impossible dates, phones that are not numbers, script in names. Each must answer
// with a typed failure and never throw (a 500 in production), and nothing malformed may reach
// Whautomate: the in-process sandbox counts every request it is sent.
import { describe, it } from "vitest";
import {
  badCountries,
  badIds,
  badInstants,
  badNames,
  badPhones,
  badUuids,
  fieldMutations,
  randomJunk,
  wrongWholeInputs,
} from "@/test/support/actions/hostile-values";
import { expectRefusedWithoutUpstream, setUpActionHarness } from "@/test/support/actions/action-harness";
import { bookingInput, inDays } from "@/test/support/actions/sample-inputs";

await setUpActionHarness();
const booking = await import("@/components/booking/actions");
const { rescheduleAppointmentAction } = await import("@/components/booking/reschedule-action");
const bookings = await import("@/components/my-bookings/actions");
const signIn = await import("@/components/sign-in/actions");
const { appointmentEventDetailAction } = await import("@/components/embed/actions");
const { joinClass, leaveClass } = await import("@/components/classes/actions");

const phoneInput = { country: "GB", phone: "07700 900101" };
const contact = { fullName: "Ada Lovelace", country: "GB", phone: "07700 900123" };

interface ActionCase {
  name: string;
  run(input: unknown): Promise<unknown>;
  valid: Record<string, unknown>;
  bad: Record<string, unknown[]>;
  accepts?: Record<string, unknown[]>;
}

const actions: ActionCase[] = [
  {
    name: "bookAppointmentAction",
    run: booking.bookAppointmentAction,
    valid: bookingInput(),
    bad: {
      locationId: badIds,
      serviceId: badIds,
      staffId: badIds,
      startsAt: badInstants,
      fullName: badNames,
      country: badCountries,
      phone: badPhones,
      notes: ["x".repeat(501)],
      requestId: badUuids,
    },
  },
  {
    name: "rescheduleAppointmentAction",
    run: rescheduleAppointmentAction,
    valid: { appointmentId: "apt_emma_cut", startsAt: inDays(3), requestId: crypto.randomUUID() },
    bad: { appointmentId: badIds, startsAt: badInstants, requestId: badUuids },
  },
  {
    name: "cancelAppointmentAction",
    run: bookings.cancelAppointmentAction,
    valid: { appointmentId: "apt_emma_cut", reason: "" },
    bad: { appointmentId: badIds, reason: ["x".repeat(301)] },
  },
  {
    name: "requestSignInCodeAction",
    run: signIn.requestSignInCodeAction,
    valid: phoneInput,
    bad: { country: badCountries, phone: badPhones },
  },
  {
    name: "verifySignInCodeAction",
    run: signIn.verifySignInCodeAction,
    valid: { ...phoneInput, code: "123456" },
    bad: { country: badCountries, phone: badPhones, code: ["", "12345", "1234567", "abcdef", "12345x"] },
  },
  {
    name: "appointmentEventDetailAction",
    run: appointmentEventDetailAction,
    valid: { appointmentId: "apt_emma_cut" },
    bad: { appointmentId: badIds },
  },
  {
    name: "joinClass",
    run: joinClass,
    valid: { classId: "cls_pilates_last_spot", contact, waitlist: false },
    bad: {
      classId: badIds,
      contact: [
        ...badNames.map((fullName) => ({ ...contact, fullName })),
        ...badCountries.map((country) => ({ ...contact, country })),
        ...badPhones.map((phone) => ({ ...contact, phone })),
      ],
      waitlist: ["yes", 1],
    },
    // Without contact details the signed-out visitor is asked for them; without waitlist, it is false.
    accepts: { waitlist: [undefined, true] },
  },
  {
    name: "leaveClass",
    run: leaveClass,
    valid: { classId: "cls_pilates_last_spot", reason: "" },
    bad: { classId: badIds, reason: ["x".repeat(301)] },
  },
];

const labelled = (inputs: unknown[]) => inputs.map((input, index) => ({ label: `input #${index}`, input }));

describe("malformed input is refused before the upstream, never thrown", () => {
  for (const action of actions) {
    it(`${action.name}: one bad field at a time`, async () => {
      await expectRefusedWithoutUpstream(
        action.run,
        fieldMutations(action.valid, action.bad, action.accepts),
      );
    });

    it(`${action.name}: whole inputs of the wrong shape`, async () => {
      await expectRefusedWithoutUpstream(
        action.run,
        labelled([...wrongWholeInputs, ...randomJunk(action.name.length, 150)]),
      );
    });
  }

  it("exchangeManageTokenAction: tokens that are not ours", async () => {
    const tokens = [
      ...wrongWholeInputs,
      "",
      "not.a.token",
      "x".repeat(2049),
      "eyJhbGciOiJub25lIn0.e30.",
      "%00",
    ];
    await expectRefusedWithoutUpstream(signIn.exchangeManageTokenAction, labelled(tokens));
  });
});
