// Data the server marked stale (the upstream was busy) is asked for again on this beat, so the
// stale notice clears itself once the upstream recovers. The server retries upstream meanwhile.
const STALE_RETRY_MS = 10_000;

export function refetchWhileStale(query: { state: { data?: { stale: boolean } } }): number | false {
  return query.state.data?.stale ? STALE_RETRY_MS : false;
}
