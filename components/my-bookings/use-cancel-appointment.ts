"use client";

import { unwrap } from "@/lib/actions/result";
import { useMutation } from "@tanstack/react-query";
import { cancelAppointmentAction } from "./actions";
import type { CancelAppointmentInput } from "./schemas";

/** The action refreshes the page itself, so the booking moves to "Cancelled" in the same round trip. */
export function useCancelAppointment() {
  return useMutation({
    mutationFn: async (input: CancelAppointmentInput) => unwrap(await cancelAppointmentAction(input)),
  });
}
