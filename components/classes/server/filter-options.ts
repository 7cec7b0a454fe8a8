import "server-only";
import type { FilterOption, TimetableFilterOptions } from "@/lib/classes/views";
import { cachedListLocations, cachedListServices, cachedListStaff } from "@/lib/upstream-cache/cached-reads";

const byLabel = (a: FilterOption, b: FilterOption) => a.label.localeCompare(b.label);

/** Locations, the instructors who teach classes, and the class types, for the timetable's filters. */
export async function loadTimetableFilterOptions(): Promise<TimetableFilterOptions> {
  const [locations, staff, services] = await Promise.all([
    cachedListLocations().then((read) => read.value),
    cachedListStaff().then((read) => read.value),
    cachedListServices().then((read) => read.value),
  ]);
  const classTypes = services.filter((service) => service.kind === "class" && service.active);
  const types = classTypes.map((service) => ({
    id: service.id,
    label: service.name,
    locationIds: [service.locationId],
  }));
  const instructors = staff
    .map((member) => ({
      id: member.id,
      label: member.name,
      locationIds: [
        ...new Set(
          classTypes
            .filter((service) => service.staffIds.includes(member.id))
            .map((service) => service.locationId),
        ),
      ],
    }))
    .filter((member) => member.locationIds.length > 0);
  return {
    locations: locations.map((location) => ({
      id: location.id,
      label: location.title,
      locationIds: [location.id],
    })),
    instructors: instructors.sort(byLabel),
    types: types.sort(byLabel),
  };
}
