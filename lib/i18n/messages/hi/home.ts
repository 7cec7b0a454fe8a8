export const home = {
  "home.title": "{business} में बुकिंग करें",
  "home.intro": "अपनी सुविधा का समय चुनें। आपको तुरंत कन्फ़र्मेशन मिल जाएगा।",
  "home.entryPoints": "आप क्या करना चाहेंगे?",
  "home.bookAppointment": "अपॉइंटमेंट बुक करें",
  "home.bookAppointmentHint": "सर्विस, स्टाफ़ और समय चुनें।",
  "home.classes": "क्लास",
  "home.classesHint": "इस हफ़्ते का टाइमटेबल देखें और क्लास जॉइन करें।",
  "home.locationsHeading": "हम कहाँ हैं",
  "home.locationsEmpty": "इस बिज़नेस ने अभी तक कोई लोकेशन नहीं दी है।",
} as const;
