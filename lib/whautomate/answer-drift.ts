// How an account's answers differ from the vendor's documented shapes (FACTS.md and the API
// pages), in words a business can act on. The app's schemas already accepted every answer this
// reads: these are the differences they tolerated, named so that a guess that turns out wrong for
// an account is seen, not silently absorbed.
import { formatTime12h, parseTimeOfDay } from "@/lib/time/time-of-day";
import { toBookingStatus, toClassStatus } from "./reshape/status";
import { rawAppointmentSchema, rawDaySlotsSchema, rawSlotSchema } from "./schemas/appointments";
import {
  rawLocationSchema,
  rawServiceCategorySchema,
  rawServiceSchema,
  rawStaffSchema,
} from "./schemas/catalogue";
import { rawClassSchema, rawParticipantSchema } from "./schemas/classes";
import { rawClientSchema } from "./schemas/clients";
import { serviceRefSchema, twelveHourTime, vendorNumber } from "./schemas/common";
import { rawWebhookSchema } from "./schemas/webhooks";

export interface DocumentedShape {
  /** What the answers are called in the report: "services", "slots". */
  label: string;
  fields: readonly string[];
  /** Fields the portal's own schema reads; a missing one is named when it is documented. */
  read: readonly string[];
  numbers?: readonly string[];
  /** Times of day, documented as 12-hour text like "04:39 PM". */
  times?: readonly string[];
  status?: { documented: readonly string[]; readAs: (raw: string) => string };
  /** Objects, or arrays of objects, held in a field. */
  nested?: Readonly<Record<string, DocumentedShape>>;
}

const APPOINTMENT_STATUSES = ["Booked", "Cancelled", "Waitlisted", "Visited", "Rescheduled", "No-Show"];
// Where they stand on the vendor's appointments and classes alike.
const TIMING_FIELDS = ["timezone", "date", "time", "startTimeUTC", "startTime", "endTimeUTC", "endTime"];
const fieldsReadBy = (schema: { shape: object }) => Object.keys(schema.shape);
const bookingStatusOf = (raw: string) => toBookingStatus(raw).status;
const classStatusOf = (raw: string) => toClassStatus(raw).status;

/** An `advanceSettings` object: every field a number the portal reads. */
const numbersOnly = (label: string, fields: readonly string[]): DocumentedShape => ({
  label,
  fields,
  read: fields,
  numbers: fields,
});
const serviceAdvanceSettings = numbersOnly("services", [
  "advanceBookingLimitDays",
  "blockTimeAfterAppointment",
]);
const classAdvanceSettings = numbersOnly("classes", [
  "advanceClassBookingThresholdMinutes",
  "cancelClassThresholdMinutes",
]);

const serviceRef = (label: string): DocumentedShape => ({
  label,
  fields: ["id", "name", "durationMinutes", "sellingPrice"],
  read: fieldsReadBy(serviceRefSchema),
  numbers: ["durationMinutes", "sellingPrice"],
});

export const documentedShapes = {
  location: {
    label: "locations",
    fields: ["id", "title", "addressLine1", "addressLine2", "city", "district", "postalCode", "phone"],
    read: fieldsReadBy(rawLocationSchema),
  },
  staff: {
    label: "staff",
    // description is not documented; the sandbox answers it as the guess the portal reads.
    fields: [
      "id",
      "firstName",
      "lastName",
      "email",
      "countryCode",
      "phone",
      "active",
      "locations",
      "description",
    ],
    read: fieldsReadBy(rawStaffSchema),
  },
  service: {
    label: "services",
    // addOnServices is not documented on services; the sandbox answers it as the guess the portal reads.
    fields: [
      "id",
      "serviceType",
      "name",
      "description",
      "location",
      "durationMinutes",
      "categories",
      "staffs",
      "numberOfParticipants",
      "type",
      "sellingPrice",
      "costPrice",
      "taxOverrides",
      "isCustomCredit",
      "credits",
      "active",
      "allowOnlineBooking",
      "acceptPaymentOnline",
      "advanceSettings",
      "addOnServices",
      "createdAt",
      "updatedAt",
    ],
    read: fieldsReadBy(rawServiceSchema),
    numbers: ["durationMinutes", "numberOfParticipants", "sellingPrice", "costPrice", "credits"],
    nested: { advanceSettings: serviceAdvanceSettings },
  },
  serviceCategory: {
    label: "service categories",
    fields: ["id", "name", "location", "slug", "createdAt", "updatedAt"],
    read: fieldsReadBy(rawServiceCategorySchema),
  },
  classSession: {
    label: "classes",
    fields: [
      "id",
      "location",
      "staff",
      ...TIMING_FIELDS,
      "service",
      "bookedParticipants",
      "numberOfParticipants",
      "status",
      "isOnlineClass",
      "onlineClassLink",
      "onlineClassPassCode",
      "advanceSettings",
      "createdAt",
      "updatedAt",
    ],
    read: fieldsReadBy(rawClassSchema),
    numbers: ["bookedParticipants", "numberOfParticipants"],
    times: ["time"],
    status: { documented: ["Active", "Cancelled"], readAs: classStatusOf },
    nested: { advanceSettings: classAdvanceSettings, service: serviceRef("classes") },
  },
  participant: {
    label: "class participants",
    fields: ["id", "client", "paymentStatus", "status", "cancellationReason", "createdAt", "updatedAt"],
    read: fieldsReadBy(rawParticipantSchema),
    status: { documented: ["Booked", "Waitlisted", "Cancelled"], readAs: bookingStatusOf },
  },
  appointment: {
    label: "appointments",
    fields: [
      "id",
      "location",
      "client",
      "staff",
      "overrideTimeSlotValidation",
      ...TIMING_FIELDS,
      "service",
      "addOnServices",
      "bookedFrom",
      "status",
      "appointmentType",
      "notes",
      "paymentStatus",
      "cancellationReason",
      "createdAt",
      "updatedAt",
    ],
    read: fieldsReadBy(rawAppointmentSchema),
    times: ["time"],
    status: { documented: APPOINTMENT_STATUSES, readAs: bookingStatusOf },
    nested: { service: serviceRef("appointments") },
  },
  daySlots: {
    label: "slots",
    fields: ["date", "timezone", "slots"],
    read: fieldsReadBy(rawDaySlotsSchema),
    nested: {
      slots: {
        label: "slots",
        fields: ["startTime", "endTime"],
        read: fieldsReadBy(rawSlotSchema),
        times: ["startTime", "endTime"],
      },
    },
  },
  client: {
    label: "clients",
    fields: [
      "id",
      "fullName",
      "countryCode",
      "phone",
      "email",
      "primaryLocation",
      "preferredLanguage",
      "tags",
      "createdAt",
      "updatedAt",
    ],
    read: fieldsReadBy(rawClientSchema),
  },
  webhook: {
    label: "webhooks",
    fields: ["id", "name", "active", "serverUrl", "webhookHeaders", "events", "createdAt", "updatedAt"],
    read: fieldsReadBy(rawWebhookSchema),
  },
} satisfies Record<string, DocumentedShape>;

interface Difference {
  text: string;
  count: number;
}

/** Collects differences over many answers and names each kind once, with how often it was seen. */
export class AnswerDrift {
  private readonly differences = new Map<string, Difference>();

  /** `answer` is an answer's JSON as it came: one object or a list of them. */
  inspect(shape: DocumentedShape, answer: unknown): void {
    for (const item of Array.isArray(answer) ? answer : [answer]) {
      if (isObject(item)) this.inspectObject(shape, item, "");
    }
  }

  /** One line per kind of difference, in the order first seen. */
  lines(): string[] {
    return [...this.differences.values()].map(({ text, count }) =>
      count > 1 ? `${text} (seen ${count} times)` : text,
    );
  }

  /** `kind` says which differences are the same one; the text of the first is kept as the example. */
  private note(kind: string, text: string): void {
    const seen = this.differences.get(kind);
    if (seen) seen.count += 1;
    else this.differences.set(kind, { text, count: 1 });
  }

  private inspectObject(shape: DocumentedShape, item: Record<string, unknown>, prefix: string): void {
    const where = (field: string) => `\`${prefix}${field}\``;
    for (const field of Object.keys(item)) {
      if (!shape.fields.includes(field)) {
        this.note(
          `${shape.label} extra ${prefix}${field}`,
          `${shape.label}: unknown field ${where(field)}, ignored`,
        );
      }
    }
    for (const field of shape.read) {
      if (shape.fields.includes(field) && item[field] === undefined) {
        this.note(
          `${shape.label} missing ${prefix}${field}`,
          `${shape.label}: ${where(field)} missing, the portal does without it`,
        );
      }
    }
    for (const field of shape.numbers ?? []) {
      const value = item[field];
      if (typeof value === "string" && vendorNumber.safeParse(value).success) {
        this.note(
          `${shape.label} text ${prefix}${field}`,
          `${shape.label}: ${where(field)} came as text (e.g. "${value}"), read as a number`,
        );
      } else if (value !== undefined && value !== null && typeof value !== "number") {
        // Only a read that tolerates it gets here (the app's schema refuses it anywhere else).
        this.note(
          `${shape.label} not a number ${prefix}${field}`,
          `${shape.label}: ${where(field)} is not a number (e.g. ${JSON.stringify(value)}), ignored`,
        );
      }
    }
    for (const field of shape.times ?? []) this.inspectTime(shape, item[field], where(field));
    const status = item.status;
    if (shape.status && typeof status === "string" && !shape.status.documented.includes(status)) {
      const documented = shape.status.documented.join(", ");
      this.note(
        `${shape.label} status ${status}`,
        `${shape.label}: \`status\` came as ${status} (documented: ${documented}), read as ${shape.status.readAs(status)}`,
      );
    }
    for (const [field, nestedShape] of Object.entries(shape.nested ?? {})) {
      const nested = item[field];
      for (const entry of Array.isArray(nested) ? nested : [nested]) {
        if (isObject(entry)) this.inspectObject(nestedShape, entry, `${prefix}${field}.`);
        else if (entry !== undefined && entry !== null) {
          const example = typeof item.id === "string" ? ` (e.g. ${item.id})` : "";
          this.note(
            `${shape.label} shape ${prefix}${field}`,
            `${shape.label}: unexpected shape at ${where(field)}${example}, ignored`,
          );
        }
      }
    }
  }

  private inspectTime(shape: DocumentedShape, value: unknown, where: string): void {
    if (typeof value !== "string" || twelveHourTime.safeParse(value).success) return;
    const time = parseTimeOfDay(value);
    // An unreadable time never reaches here: the app's schema refuses it first.
    if (time === null) return;
    this.note(
      `${shape.label} time ${where}`,
      `${shape.label}: ${where} came as ${value} (documented form: ${formatTime12h(time)}), accepted`,
    );
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
