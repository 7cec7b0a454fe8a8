export const home = {
  "home.title": "احجز لدى {business}",
  "home.intro": "اختر الوقت الذي يناسبك، وسيصلك التأكيد فورًا.",
  "home.entryPoints": "ماذا تودّ أن تفعل؟",
  "home.bookAppointment": "احجز موعدًا",
  "home.bookAppointmentHint": "اختر الخدمة والمختص والوقت.",
  "home.classes": "الحصص",
  "home.classesHint": "اطّلع على جدول حصص هذا الأسبوع وانضم إلى حصة.",
  "home.locationsHeading": "أين تجدنا",
  "home.locationsEmpty": "لم تتم إضافة أي فرع بعد.",
} as const;
