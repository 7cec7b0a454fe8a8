// The zone list holds IANA ids in English (Asia/Dubai), so the examples stay in Latin letters.
export const timeZone = {
  "timeZone.label": "منطقتك الزمنية",
  "timeZone.hint": "تُعرض الأوقات حسب هذه المنطقة. ابدأ بكتابة اسم مدينة بالإنجليزية، مثل Dubai.",
  "timeZone.invalid": "لا نعرف هذه المنطقة الزمنية. اختر واحدة من القائمة، مثل Asia/Riyadh.",
  "timeZone.apply": "استخدام هذه المنطقة الزمنية",
  "timeZone.current": "تُعرض الأوقات حسب {zone}.",
  "timeZone.change": "تغيير المنطقة الزمنية",
} as const;
