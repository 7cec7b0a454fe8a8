// React reveals a part streamed in after the first paint no sooner than 300 ms after it, and a
// page's largest text painted late costs its visitors (and its Lighthouse score) that wait. A page
// whose reads finish within this wait goes out whole, its data in the first HTML; a slower one
// shows its skeleton at once and streams the rest in when it is ready.
export const WHOLE_PAGE_WAIT_MS = 1_000;

/** The promise's value if it settles within `ms`, else null (and the timer is not left running). */
export async function settledWithin<T>(promise: Promise<T>, ms = WHOLE_PAGE_WAIT_MS): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(resolve, ms, null)));
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}
