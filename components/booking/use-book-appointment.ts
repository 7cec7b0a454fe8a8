import { unwrap } from "@/lib/actions/result";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { bookAppointmentAction } from "./actions";
import type { BookingInput } from "./booking-schema";
import { availabilityKeys } from "./keys";

/** Books the chosen slot; all free times read so far are stale afterwards, whatever the outcome. */
export function useBookAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: BookingInput) => unwrap(await bookAppointmentAction(input)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: availabilityKeys.all }),
  });
}
