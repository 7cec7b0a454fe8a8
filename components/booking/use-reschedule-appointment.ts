import { unwrap } from "@/lib/actions/result";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { availabilityKeys } from "./keys";
import { rescheduleAppointmentAction } from "./reschedule-action";
import type { RescheduleInput } from "./reschedule-schema";

/** Moves an appointment; every month of free slots is stale afterwards (one time freed, one taken). */
export function useRescheduleAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RescheduleInput) => unwrap(await rescheduleAppointmentAction(input)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: availabilityKeys.all }),
  });
}
