export const embed = {
  "embed.demo.metaTitle": "التضمين في موقعك الإلكتروني",
  "embed.demo.title": "أضِف الحجز إلى موقعك الإلكتروني",
  "embed.demo.intro":
    "الصق أحد أكواد التضمين هذه في أي صفحة من موقعك. هذه الصفحة نفسها تستخدمها، لذا يمكنك تجربة الاثنين هنا.",
  "embed.demo.allowed":
    "لا تعرض المتصفحات إطار الحجز إلا على المواقع المدرجة في EMBED_ALLOWED_ORIGINS (أما صفحات هذا التطبيق نفسه فيُسمح لها دائمًا).",
  "embed.demo.inline.title": "إطار حجز داخل صفحتك",
  "embed.demo.inline.body":
    "يظهر الإطار في مكان الكود نفسه، ويتمدد ويتقلص حسب محتواه، فلا يُظهر أبدًا شريط تمرير خاصًا به.",
  "embed.demo.popup.title": "زر يفتح الحجز فوق صفحتك",
  "embed.demo.popup.body":
    "أي رابط أو زر يحمل السمة data-booking-popup يفتح التطبيق في نافذة منبثقة. تُغلق النافذة بمفتاح Escape أو بزر الإغلاق أو بالنقر خارجها.",
  "embed.demo.popup.button": "احجز حصة",
  "embed.demo.code": "الكود المطلوب نسخه",
  "embed.demo.copy": "نسخ المقتطف",
  "embed.demo.copied": "تم النسخ. الصقه في HTML موقعك.",
  "embed.demo.language": "لغة إطار الحجز",
  "embed.demo.languageVisitor": "لغة الزائر نفسه",
  "embed.demo.languageApply": "عرض",
  "embed.demo.events.title": "ما تتلقاه صفحتك",
  "embed.demo.events.body":
    "تتلقى صفحتك هذه الأحداث: booking:ready، booking:booked، booking:rescheduled، booking:cancelled، booking:class-joined، booking:class-left، ومعها معرّف الحجز ووقت بدايته ونهايته وحالته، دون أي بيانات شخصية.",
  "embed.demo.events.empty": "لا شيء بعد: احجز شيئًا في الإطار أعلاه.",
  "embed.demo.events.log": "الأحداث التي وصلت إلى هذه الصفحة",
} as const;
