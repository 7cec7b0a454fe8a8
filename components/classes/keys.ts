export interface TimetableWeekKey {
  week: string;
  timeZone: string;
}

export interface NextClassWeekKey extends TimetableWeekKey {
  locationId: string | null;
  instructorId: string | null;
  serviceId: string | null;
}

export const classKeys = {
  all: ["classes"] as const,
  lists: () => [...classKeys.all, "list"] as const,
  list: (input: TimetableWeekKey) => [...classKeys.lists(), input] as const,
  nextWeeks: () => [...classKeys.all, "next-week"] as const,
  nextWeek: (input: NextClassWeekKey) => [...classKeys.nextWeeks(), input] as const,
  details: () => [...classKeys.all, "detail"] as const,
  detail: (id: string) => [...classKeys.details(), id] as const,
};
