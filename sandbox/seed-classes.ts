import { LONDON, MUMBAI, zoneOf } from "./seed-business";
import {
  DAY_MS,
  MINUTE_MS,
  addDaysToLocalDate,
  isoInstant,
  localDateOf,
  weekdayOf,
  zonedToInstant,
} from "./time";
import type { ClassRecord, ParticipantRecord, ParticipantStatus, ServiceRecord } from "./types";

interface ClassSpec {
  id: string;
  serviceId: string;
  staffId: string;
  date: string;
  clock: string;
  capacity?: number;
  cancelled?: boolean;
  online?: { link: string; passCode: string };
  attendees: [clientId: string, status: ParticipantStatus][];
}

const RECURRING: { key: string; serviceId: string; staffId: string; weekdays: number[]; clock: string }[] = [
  {
    key: "london_yoga_evening",
    serviceId: "svc_vinyasa_yoga",
    staffId: "stf_oliver",
    weekdays: [2, 4],
    clock: "18:30",
  },
  {
    key: "london_yoga_saturday",
    serviceId: "svc_vinyasa_yoga",
    staffId: "stf_oliver",
    weekdays: [6],
    clock: "10:00",
  },
  {
    key: "london_pilates",
    serviceId: "svc_mat_pilates",
    staffId: "stf_amelia",
    weekdays: [1, 3],
    clock: "12:00",
  },
  {
    key: "mumbai_sunrise_yoga",
    serviceId: "svc_sunrise_yoga",
    staffId: "stf_priya",
    weekdays: [1, 3, 5],
    clock: "07:00",
  },
  {
    key: "mumbai_meditation",
    serviceId: "svc_guided_meditation",
    staffId: "stf_sofia",
    weekdays: [2, 6],
    clock: "19:00",
  },
];

const POOLS: Record<string, string[]> = {
  [LONDON]: ["cli_emma", "cli_james", "cli_olivia", "cli_harry", "cli_chloe"],
  [MUMBAI]: ["cli_ananya", "cli_rohan", "cli_meera"],
};

function classSpecs(now: number, services: ServiceRecord[]): ClassSpec[] {
  const london = localDateOf(now, zoneOf(LONDON));
  const mumbai = localDateOf(now, zoneOf(MUMBAI));
  const meetLink = "https://meet.example.com/bandra-guided-meditation";
  const notable: ClassSpec[] = [
    {
      id: "cls_pilates_last_spot",
      serviceId: "svc_mat_pilates",
      staffId: "stf_amelia",
      date: addDaysToLocalDate(london, 2),
      clock: "19:15",
      capacity: 4,
      attendees: [
        ["cli_emma", "Booked"],
        ["cli_james", "Booked"],
        ["cli_olivia", "Booked"],
      ],
    },
    {
      id: "cls_yoga_full",
      serviceId: "svc_vinyasa_yoga",
      staffId: "stf_oliver",
      date: addDaysToLocalDate(london, 3),
      clock: "07:30",
      capacity: 3,
      attendees: [
        ["cli_james", "Booked"],
        ["cli_harry", "Booked"],
        ["cli_chloe", "Booked"],
        ["cli_olivia", "Waitlisted"],
      ],
    },
    {
      id: "cls_yoga_cancelled",
      serviceId: "svc_vinyasa_yoga",
      staffId: "stf_oliver",
      date: addDaysToLocalDate(london, 5),
      clock: "07:30",
      cancelled: true,
      attendees: [["cli_emma", "Cancelled"]],
    },
    {
      id: "cls_yoga_past",
      serviceId: "svc_vinyasa_yoga",
      staffId: "stf_oliver",
      date: addDaysToLocalDate(london, -1),
      clock: "07:30",
      attendees: [
        ["cli_emma", "Booked"],
        ["cli_harry", "Booked"],
      ],
    },
    {
      id: "cls_meditation_online",
      serviceId: "svc_guided_meditation",
      staffId: "stf_sofia",
      date: addDaysToLocalDate(mumbai, 2),
      clock: "20:30",
      online: { link: meetLink, passCode: "482913" },
      attendees: [
        ["cli_ananya", "Booked"],
        ["cli_meera", "Booked"],
      ],
    },
    {
      id: "cls_sunrise_last_spot",
      serviceId: "svc_sunrise_yoga",
      staffId: "stf_arjun",
      date: addDaysToLocalDate(mumbai, 1),
      clock: "08:30",
      capacity: 3,
      attendees: [
        ["cli_ananya", "Booked"],
        ["cli_rohan", "Booked"],
      ],
    },
  ];
  const recurring = RECURRING.flatMap((series) => {
    const locationId = services.find((service) => service.id === series.serviceId)?.locationId ?? LONDON;
    const today = locationId === LONDON ? london : mumbai;
    const pool = POOLS[locationId] ?? [];
    const dates = Array.from({ length: 28 }, (_, index) => addDaysToLocalDate(today, index + 1)).filter(
      (date) => series.weekdays.includes(weekdayOf(date)),
    );
    return dates.map((date, index): ClassSpec => ({
      id: `cls_${series.key}_${String(index + 1).padStart(2, "0")}`,
      serviceId: series.serviceId,
      staffId: series.staffId,
      date,
      clock: series.clock,
      online:
        series.serviceId === "svc_guided_meditation" ? { link: meetLink, passCode: "482913" } : undefined,
      attendees: pool
        .slice(0, index % 3)
        .map((clientId): [string, ParticipantStatus] => [clientId, "Booked"]),
    }));
  });
  return [...notable, ...recurring];
}

export function seedClasses(
  now: number,
  services: ServiceRecord[],
): { classes: ClassRecord[]; participants: ParticipantRecord[] } {
  const classes: ClassRecord[] = [];
  const participants: ParticipantRecord[] = [];
  for (const spec of classSpecs(now, services)) {
    const service = services.find((candidate) => candidate.id === spec.serviceId);
    if (!service) throw new Error(`seed: unknown service ${spec.serviceId}`);
    const zone = zoneOf(service.locationId);
    const start = zonedToInstant(spec.date, spec.clock, zone);
    const createdAt = isoInstant(Math.min(start, now) - 14 * DAY_MS);
    const inLondon = service.locationId === LONDON;
    classes.push({
      id: spec.id,
      locationId: service.locationId,
      staffId: spec.staffId,
      serviceId: service.id,
      timezone: zone,
      startUtc: isoInstant(start),
      endUtc: isoInstant(start + service.durationMinutes * MINUTE_MS),
      numberOfParticipants: spec.capacity ?? service.numberOfParticipants,
      status: spec.cancelled ? "Cancelled" : "Active",
      isOnlineClass: spec.online !== undefined,
      onlineClassLink: spec.online?.link ?? null,
      onlineClassPassCode: spec.online?.passCode ?? "",
      advanceClassBookingThresholdMinutes: inLondon ? 60 : 0,
      cancelClassThresholdMinutes: inLondon ? 720 : 0,
      createdAt,
      updatedAt: createdAt,
    });
    spec.attendees.forEach(([clientId, status], index) => {
      participants.push({
        id: `par_${spec.id.slice("cls_".length)}_${index + 1}`,
        classId: spec.id,
        clientId,
        status,
        paymentStatus: "",
        cancellationReason: status === "Cancelled" ? "Class cancelled by studio" : null,
        createdAt,
        updatedAt: createdAt,
      });
    });
  }
  return { classes, participants };
}
