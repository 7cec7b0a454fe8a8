import type { FailureMessages } from "@/components/forms/failure-message";
import type { ActionError, CommonCode } from "@/lib/actions/result";
import type { BookCode, BookDetail } from "./actions";

export type BookFailure = ActionError<BookCode | CommonCode, BookDetail>;

export const bookMessages: FailureMessages<BookCode> = {
  invalid: "booking.selectionInvalid",
  rate_limited: "booking.rateLimited",
  slot_taken: "booking.slotTakenShort",
  in_progress: "booking.stillConfirming",
  not_checked: "booking.notChecked",
  not_booked: "booking.notBooked",
  unconfirmed: "booking.unconfirmed",
};
