import { unwrap } from "@/lib/actions/result";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef } from "react";
import { bookAppointmentAction } from "./actions";
import type { BookingInput } from "./booking-schema";
import { availabilityKeys } from "./keys";

/**
 * Books the chosen slot; all free times read so far are stale afterwards, whatever the outcome.
 * Offline, TanStack Query holds the send (networkMode "online") and makes it once the browser is
 * back online; `dontSend` drops a held send from the mutation cache, which is what resumes held
 * sends, so a dropped one can never book later.
 */
export function useBookAppointment() {
  const queryClient = useQueryClient();
  const settleDropped = useRef<(() => void) | null>(null);
  const mutation = useMutation({
    mutationFn: async (input: BookingInput) => unwrap(await bookAppointmentAction(input)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: availabilityKeys.all }),
  });

  /** The new appointment, or null when the client chose not to send it after all. */
  const send = (input: BookingInput) =>
    new Promise<{ appointmentId: string } | null>((resolve, reject) => {
      settleDropped.current = () => resolve(null);
      mutation.mutateAsync(input).then(resolve, reject);
    });

  const dontSend = () => {
    const cache = queryClient.getMutationCache();
    const held = cache.findAll({
      predicate: (each) => each.state.isPaused && each.state.variables === mutation.variables,
    });
    if (held.length === 0) return;
    for (const each of held) cache.remove(each);
    mutation.reset();
    settleDropped.current?.();
  };

  return {
    send,
    dontSend,
    isPending: mutation.isPending,
    /** Held until the browser is back online. */
    isWaitingToSend: mutation.isPaused,
    isSuccess: mutation.isSuccess,
  };
}
