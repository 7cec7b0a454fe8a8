import type { BookableSlot } from "@/lib/booking/types";

export type ActionFailureCode = "invalid" | "rate_limited" | "upstream" | "in_progress";

export type ActionFailure = {
  ok: false;
  code: ActionFailureCode;
  /** Plain words for the client, already translated. */
  message: string;
  /** Field name → catalogue key. */
  fieldErrors?: Record<string, string>;
};

export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

export type SlotTakenFailure = {
  ok: false;
  code: "slot_taken";
  message: string;
  /** The nearest free times around the one that was taken, in time order. */
  alternatives: BookableSlot[];
};

export type BookResult = ActionResult<{ appointmentId: string }> | SlotTakenFailure;

export type RescheduleResult =
  | ActionResult<{ appointmentId: string }>
  | SlotTakenFailure
  | { ok: false; code: "signed_out" | "not_found" | "not_allowed"; message: string };
