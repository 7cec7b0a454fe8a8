// City names in the zone list are in English (Dubai, Riyadh), so the city examples stay in Latin letters.
export const timeZone = {
  "timeZone.label": "منطقتك الزمنية",
  "timeZone.hint":
    "تُعرض الأوقات حسب هذه المنطقة. ابحث باسم مدينة بالإنجليزية أو باسم دولة أو باختصار، مثل Dubai أو السعودية أو GST.",
  "timeZone.keys":
    "استخدم مفتاحي السهم لأعلى ولأسفل للتنقل بين النتائج، وEnter لاختيار إحداها، وEscape للإلغاء.",
  "timeZone.place": "{city}، {country}",
  "timeZone.list": "المناطق الزمنية",
  "timeZone.loading": "جارٍ تحميل المناطق الزمنية…",
  "timeZone.results":
    "{count, plural, zero {لم يُعثر على أي منطقة زمنية.} one {عُثر على منطقة زمنية واحدة. استخدم مفاتيح الأسهم للاختيار.} two {عُثر على منطقتين زمنيتين. استخدم مفاتيح الأسهم للاختيار.} few {عُثر على # مناطق زمنية. استخدم مفاتيح الأسهم للاختيار.} many {عُثر على # منطقة زمنية. استخدم مفاتيح الأسهم للاختيار.} other {عُثر على # منطقة زمنية. استخدم مفاتيح الأسهم للاختيار.}}",
  "timeZone.suggestions":
    "{count, plural, zero {لا توجد مناطق زمنية مقترحة.} one {منطقة زمنية واحدة مقترحة. استخدم مفاتيح الأسهم للاختيار.} two {منطقتان زمنيتان مقترحتان. استخدم مفاتيح الأسهم للاختيار.} few {# مناطق زمنية مقترحة. استخدم مفاتيح الأسهم للاختيار.} many {# منطقة زمنية مقترحة. استخدم مفاتيح الأسهم للاختيار.} other {# منطقة زمنية مقترحة. استخدم مفاتيح الأسهم للاختيار.}}",
  "timeZone.noMatch": "لا توجد منطقة زمنية تطابق «{text}». جرّب اسم مدينة أو دولة، مثل Dubai أو الإمارات.",
  "timeZone.yourDevice": "جهازك",
  "timeZone.atLocation": "موقع النشاط التجاري",
  "timeZone.localTime": "الآن {time}",
  "timeZone.current": "تُعرض الأوقات حسب {zone}.",
  "timeZone.change": "تغيير المنطقة الزمنية",
} as const;
