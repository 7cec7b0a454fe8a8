import { appointmentMinutes, chosenAddOns } from "../add-ons";
import { slotStartsForAnyStaff } from "../availability";
import {
  invalidParameters,
  ok,
  readBoolean,
  readLocalDate,
  readText,
  readTimeZone,
  unknownId,
} from "../http";
import { findLocation, findService, findStaff } from "../lookup";
import type { Route } from "../router";
import { dayWindow } from "../slots";
import { MINUTE_MS, addDaysToLocalDate, localClockOf, to12Hour } from "../time";

export const slotRoutes: Route[] = [
  {
    method: "GET",
    template: "/v1/appointments/slots",
    handler: ({ state, query, now }) => {
      const locationId = readText(query, "locationId");
      const serviceId = readText(query, "serviceId");
      const date = readLocalDate(query, "date");
      const staffId = readText(query, "staffId");
      const requestedZone = readTimeZone(query, "timezone");
      const days = readBoolean(query, "nextThreeDays") ? 3 : 1;
      // Not in the vendor's docs [guess]: the add-on ids, comma separated, as the booking names them.
      const addOnIds = readText(query, "addOnServices")?.split(",") ?? [];
      if (!locationId || !serviceId || !date) throw invalidParameters();

      const location = findLocation(state, locationId);
      const service = findService(state, serviceId);
      if (service.locationId !== location.id) throw unknownId("serviceId");
      const staff = staffId === undefined ? undefined : findStaff(state, staffId);
      const zone = requestedZone ?? location.timezone;
      const addOns = chosenAddOns(service, addOnIds, invalidParameters);
      const duration = appointmentMinutes(service, addOns) * MINUTE_MS;

      const buckets = Array.from({ length: days }, (_, offset) => {
        const day = addDaysToLocalDate(date, offset);
        const starts = slotStartsForAnyStaff(state, {
          location,
          service,
          addOns,
          staff,
          window: dayWindow(day, zone),
          now,
        });
        return {
          date: `${day}T00:00:00.000Z`,
          timezone: zone,
          slots: starts.map((start) => ({
            startTime: to12Hour(localClockOf(start, zone)),
            endTime: to12Hour(localClockOf(start + duration, zone)),
          })),
        };
      });
      return ok(buckets);
    },
  },
];
