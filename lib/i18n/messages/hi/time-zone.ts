export const timeZone = {
  "timeZone.label": "आपका टाइम ज़ोन",
  "timeZone.hint":
    "समय इसी टाइम ज़ोन में दिखाए जाते हैं। शहर (अंग्रेज़ी में), देश या संक्षिप्त नाम से खोजें, जैसे Mumbai, भारत या IST।",
  "timeZone.keys": "नतीजों में जाने के लिए ऊपर और नीचे वाले ऐरो, चुनने के लिए Enter और रद्द करने के लिए Escape दबाएँ।",
  "timeZone.place": "{city}, {country}",
  "timeZone.list": "टाइम ज़ोन",
  "timeZone.loading": "टाइम ज़ोन लोड हो रहे हैं…",
  "timeZone.results":
    "{count, plural, one {# टाइम ज़ोन मिला। चुनने के लिए ऐरो कुंजियाँ इस्तेमाल करें।} other {# टाइम ज़ोन मिले। चुनने के लिए ऐरो कुंजियाँ इस्तेमाल करें।}}",
  "timeZone.suggestions":
    "{count, plural, one {# सुझाया गया टाइम ज़ोन। चुनने के लिए ऐरो कुंजियाँ इस्तेमाल करें।} other {# सुझाए गए टाइम ज़ोन। चुनने के लिए ऐरो कुंजियाँ इस्तेमाल करें।}}",
  "timeZone.noMatch": "“{text}” से कोई टाइम ज़ोन नहीं मिलता। कोई शहर या देश आज़माएँ, जैसे Kolkata या भारत।",
  "timeZone.yourDevice": "आपका डिवाइस",
  "timeZone.atLocation": "बिज़नेस की जगह",
  "timeZone.localTime": "अभी {time}",
  "timeZone.current": "समय {zone} में दिखाए गए हैं।",
  "timeZone.change": "टाइम ज़ोन बदलें",
} as const;
