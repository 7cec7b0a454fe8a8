/** What a Whautomate id in a booking link or request may look like: anything else is refused unread. */
export const UPSTREAM_ID = /^[A-Za-z0-9_.:-]{1,120}$/;
