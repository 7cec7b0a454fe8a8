export const embed = {
  "embed.demo.metaTitle": "Embed on your website",
  "embed.demo.title": "Put booking on your website",
  "embed.demo.intro":
    "Paste one of these snippets into any page of your website. This page uses them itself, so you can try both here.",
  "embed.demo.allowed":
    "Browsers show the booking frame only on websites listed in EMBED_ALLOWED_ORIGINS (this app's own pages always may).",
  "embed.demo.inline.title": "A booking frame in your page",
  "embed.demo.inline.body":
    "The frame puts itself where the snippet stands and grows and shrinks with its content, so it never shows a scrollbar of its own.",
  "embed.demo.popup.title": "A button that opens booking over your page",
  "embed.demo.popup.body":
    "Any link or button with a data-booking-popup attribute opens the app in a popup. Escape, the close button or a click outside it closes the popup.",
  "embed.demo.popup.button": "Book a class",
  "embed.demo.code": "Snippet to copy",
  "embed.demo.copy": "Copy snippet",
  "embed.demo.copied": "Copied. Paste it into your website's HTML.",
  "embed.demo.language": "Language of the booking frame",
  "embed.demo.languageVisitor": "Your visitors' own language",
  "embed.demo.languageApply": "Show",
  "embed.demo.events.title": "What your page hears",
  "embed.demo.events.body":
    "Your page receives booking:ready, booking:booked, booking:rescheduled, booking:cancelled, booking:class-joined and booking:class-left as events, with the booking's id, start, end and status and nothing personal.",
  "embed.demo.events.empty": "Nothing yet: book something in the frame above.",
  "embed.demo.events.log": "Events received on this page",
} as const;
