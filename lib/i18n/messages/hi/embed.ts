export const embed = {
  "embed.demo.metaTitle": "अपनी वेबसाइट पर एम्बेड करें",
  "embed.demo.title": "अपनी वेबसाइट पर बुकिंग जोड़ें",
  "embed.demo.intro":
    "इनमें से कोई एक स्निपेट अपनी वेबसाइट के किसी भी पेज में पेस्ट करें। यह पेज ख़ुद इन्हें इस्तेमाल करता है, इसलिए आप दोनों को यहीं आज़मा सकते हैं।",
  "embed.demo.allowed":
    "ब्राउज़र बुकिंग फ़्रेम सिर्फ़ उन्हीं वेबसाइटों पर दिखाते हैं जो EMBED_ALLOWED_ORIGINS में दर्ज हैं (इस ऐप के अपने पेजों पर यह हमेशा दिख सकता है)।",
  "embed.demo.inline.title": "आपके पेज के अंदर बुकिंग फ़्रेम",
  "embed.demo.inline.body":
    "फ़्रेम वहीं दिखता है जहाँ स्निपेट लगा है, और अपने कंटेंट के हिसाब से बड़ा-छोटा होता रहता है, इसलिए उसमें कभी अलग से स्क्रॉलबार नहीं दिखता।",
  "embed.demo.popup.title": "एक बटन, जो आपके पेज के ऊपर बुकिंग खोलता है",
  "embed.demo.popup.body":
    "data-booking-popup एट्रिब्यूट वाला कोई भी लिंक या बटन ऐप को पॉपअप में खोलता है। Escape दबाने, बंद करने वाले बटन से या पॉपअप के बाहर क्लिक करने पर पॉपअप बंद हो जाता है।",
  "embed.demo.popup.button": "क्लास बुक करें",
  "embed.demo.code": "कॉपी करने के लिए स्निपेट",
  "embed.demo.copy": "स्निपेट कॉपी करें",
  "embed.demo.copied": "कॉपी हो गया। इसे अपनी वेबसाइट के HTML में पेस्ट करें।",
  "embed.demo.language": "बुकिंग फ़्रेम की भाषा",
  "embed.demo.languageVisitor": "विज़िटर की अपनी भाषा",
  "embed.demo.languageApply": "दिखाएँ",
  "embed.demo.events.title": "आपके पेज तक क्या पहुँचता है",
  "embed.demo.events.body":
    "आपके पेज को booking:ready, booking:booked, booking:rescheduled, booking:cancelled, booking:class-joined और booking:class-left इवेंट मिलते हैं, जिनमें बुकिंग की id, शुरुआत, अंत और स्टेटस होता है, कोई निजी जानकारी नहीं।",
  "embed.demo.events.empty": "अभी कुछ नहीं: ऊपर वाले फ़्रेम में कुछ बुक करके देखें।",
  "embed.demo.events.log": "इस पेज को मिले इवेंट",
} as const;
