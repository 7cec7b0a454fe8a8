export interface TimetableWeekKey {
  week: string;
  timeZone: string;
}

export interface NextClassWeekKey extends TimetableWeekKey {
  locationId: string | null;
  instructorId: string | null;
  serviceId: string | null;
}

/** Query keys of the classes pages: a week of the timetable, an empty week's next one, one class,
 * the later dates of its series. */
export const classKeys = {
  all: ["classes"] as const,
  weeks: () => [...classKeys.all, "week"] as const,
  week: (input: TimetableWeekKey) => [...classKeys.weeks(), input] as const,
  nextWeek: (input: NextClassWeekKey) => [...classKeys.all, "next-week", input] as const,
  detail: (id: string) => [...classKeys.all, "detail", id] as const,
  series: (id: string) => [...classKeys.all, "series", id] as const,
};
