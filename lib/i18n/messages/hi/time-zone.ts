export const timeZone = {
  "timeZone.label": "आपका टाइम ज़ोन",
  "timeZone.hint": "समय इसी टाइम ज़ोन में दिखाए जाते हैं। किसी शहर का नाम अंग्रेज़ी में लिखना शुरू करें, जैसे Kolkata।",
  "timeZone.invalid": "हम इस टाइम ज़ोन को नहीं पहचानते। सूची में से कोई एक चुनें, जैसे Asia/Kolkata।",
  "timeZone.apply": "यह टाइम ज़ोन इस्तेमाल करें",
  "timeZone.current": "समय {zone} में दिखाए गए हैं।",
  "timeZone.change": "टाइम ज़ोन बदलें",
} as const;
