import { describe, expect, it } from "vitest";
import { appointmentChangeTags, classChangeTags, classListReadTags, slotReadTags } from "./cache-tags";

const overlaps = (read: string[], change: string[]) => read.some((tag) => change.includes(tag));
const slotQuery = { locationId: "loc_london", serviceId: "svc_cut", date: "2027-03-27" };

describe("slot read tags", () => {
  it("cover each location date a three-day read returns", () => {
    expect(slotReadTags({ ...slotQuery, staffId: "stf_amelia", nextThreeDays: true })).toEqual([
      "slots:loc_london:2027-03-27",
      "slots-staff:stf_amelia:2027-03-27",
      "slots:loc_london:2027-03-28",
      "slots-staff:stf_amelia:2027-03-28",
      "slots:loc_london:2027-03-29",
      "slots-staff:stf_amelia:2027-03-29",
    ]);
  });

  // A reader in a far zone can see a location's slot two dates away from the location's date.
  it("reach one more day either side when read in the client's own zone", () => {
    const tags = slotReadTags({ ...slotQuery, staffId: "stf_amelia", timeZone: "Pacific/Kiritimati" });
    expect(tags).toContain("slots-staff:stf_amelia:2027-03-26");
    expect(tags).toContain("slots-staff:stf_amelia:2027-03-28");
  });
});

describe("an appointment change", () => {
  const change = { locationId: "loc_london", staffId: "stf_amelia", localDate: "2027-03-28" };

  // If these fail, a visitor sees a slot another client has just taken.
  it("reaches the staff member's reads on that date and the days either side, at any location", () => {
    for (const date of ["2027-03-27", "2027-03-28", "2027-03-29"]) {
      expect(
        overlaps(slotReadTags({ ...slotQuery, date, staffId: "stf_amelia" }), appointmentChangeTags(change)),
      ).toBe(true);
    }
    const otherLocation = {
      ...slotQuery,
      locationId: "loc_mumbai",
      staffId: "stf_amelia",
      date: "2027-03-28",
    };
    expect(overlaps(slotReadTags(otherLocation), appointmentChangeTags(change))).toBe(true);
  });

  it("reaches reads for any staff member, which include this one's slots", () => {
    expect(overlaps(slotReadTags({ ...slotQuery, date: "2027-03-28" }), appointmentChangeTags(change))).toBe(
      true,
    );
  });

  it("reaches every read of the location when the staff member is unknown", () => {
    const staffUnknown = appointmentChangeTags({ ...change, staffId: null });
    expect(
      overlaps(slotReadTags({ ...slotQuery, date: "2027-03-28", staffId: "stf_oliver" }), staffUnknown),
    ).toBe(true);
  });

  // If these fail, every booking empties the cache and the account's request budget runs out.
  it("leaves other staff members' reads and other dates alone", () => {
    const tags = appointmentChangeTags(change);
    expect(overlaps(slotReadTags({ ...slotQuery, date: "2027-03-28", staffId: "stf_oliver" }), tags)).toBe(
      false,
    );
    expect(overlaps(slotReadTags({ ...slotQuery, date: "2027-03-30", staffId: "stf_amelia" }), tags)).toBe(
      false,
    );
    expect(
      overlaps(
        slotReadTags({ ...slotQuery, date: "2027-03-30", staffId: "stf_amelia", nextThreeDays: true }),
        tags,
      ),
    ).toBe(false);
  });
});

describe("a class change", () => {
  const change = { classId: "cls_yoga", localDate: "2027-03-28" };

  it("reaches the timetables covering its date, open-ended ones and the class itself", () => {
    expect(
      overlaps(
        classListReadTags({ startDate: "2027-03-22", endDate: "2027-03-28" }),
        classChangeTags(change),
      ),
    ).toBe(true);
    expect(overlaps(classListReadTags({ startDate: "2027-03-28" }), classChangeTags(change))).toBe(true);
    expect(
      overlaps(
        classListReadTags({ startDate: "2027-01-01", endDate: "2027-12-31" }),
        classChangeTags(change),
      ),
    ).toBe(true);
    expect(classChangeTags(change)).toContain("class:cls_yoga");
  });

  it("leaves the timetables of other weeks alone", () => {
    expect(
      overlaps(
        classListReadTags({ startDate: "2027-03-29", endDate: "2027-04-04" }),
        classChangeTags(change),
      ),
    ).toBe(false);
  });
});
