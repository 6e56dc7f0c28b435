# Pledge Board: मोंटाज पेज हिन्दी में (hi).
#
# NEEDS REVIEW: this translation was written by the development team, not
# by a native speaker. Before a campaign relies on it, have a native
# speaker check every message. Messages missing here appear in English.
# Keep the variables ($name) and the message ids as they are. The keys
# A, R and U stay as they are: they are the keys' names.

montage-page-title = मोंटाज बनाएँ – Pledge Board
montage-heading = मोंटाज बनाएँ
montage-intro = लोगों की भेजी गई संकल्प तस्वीरें जोड़ें, जिन्हें इस्तेमाल करना है उन्हें स्वीकार करें, फिर मोंटाज बनाएँ। सब कुछ इसी कंप्यूटर पर रहता है: कुछ भी अपलोड नहीं होता।
montage-add-heading = तस्वीरें जोड़ें
montage-use = इनसे आप जो सबसे बड़ा मोंटाज बनाएँगे
montage-use-screens = सोशल मीडिया और स्क्रीन, 4K तक
montage-use-print-150 = 150 dpi पर पोस्टर, A1 तक
montage-use-print-300 = 300 dpi पर पोस्टर, A1 तक
montage-use-hint = तस्वीरें जोड़ने से पहले चुनें। हर तस्वीर सिर्फ़ उतनी बड़ी रखी जाती है जितनी इसके लिए चाहिए (सबसे लंबी भुजा पर { $side } पिक्सेल), ताकि इस कंप्यूटर की मेमोरी बचे।
montage-use-chosen = तस्वीरें सबसे लंबी भुजा पर { $side } पिक्सेल तक रखी गई हैं। फिर से चुनने के लिए सब कुछ साफ़ करें (पेज के अंत में) और उन्हें फिर से जोड़ें।
montage-choose-files = तस्वीरें चुनें
montage-choose-folder = फ़ोल्डर चुनें
montage-drop = या तस्वीरें या फ़ोल्डर यहाँ छोड़ें
montage-formats = JPEG, PNG या WebP। दूसरी फ़ाइलें कारण के साथ छोड़ी गई फ़ाइलों में दिखाई जाती हैं।
montage-progress = { $total } में से { $done } तस्वीरें पढ़ी गईं
montage-progress-label = पढ़ी गई तस्वीरें
montage-left-seconds = लगभग { $seconds } सेकंड बाकी
montage-left-minutes = लगभग { $minutes } मिनट बाकी
montage-cancel = रद्द करें
montage-readers = { $count ->
    [one] एक रीडर से पढ़ा जा रहा है
   *[other] एक साथ { $count } रीडर से पढ़ा जा रहा है
}
montage-review-heading = समीक्षा
montage-review-help = हर तस्वीर को उसके बटनों से, या उस पर A और R कुंजियों से स्वीकार या अस्वीकार करें (U: अभी समीक्षा नहीं हुई); तीर कुंजियाँ तस्वीरों के बीच ले जाती हैं।
montage-filter = दिखाएँ
montage-filter-all = सभी ({ $count })
montage-filter-unreviewed = अभी समीक्षा नहीं हुई ({ $count })
montage-filter-approved = स्वीकृत ({ $count })
montage-filter-rejected = अस्वीकृत ({ $count })
montage-filter-flagged = किसी दूसरी जैसी ({ $count })
montage-approve-rest = { $count ->
    [one] बची हुई एक तस्वीर स्वीकार करें
   *[other] बची हुई { $count } तस्वीरें स्वीकार करें
}
montage-images-label = समीक्षा के लिए तस्वीरें
montage-approve = तस्वीर { $number } स्वीकार करें
montage-reject = तस्वीर { $number } अस्वीकार करें
montage-no-words = तस्वीर { $number } ({ $file }): कोई शब्द दर्ज नहीं
montage-verdict-unreviewed = अभी समीक्षा नहीं हुई
montage-verdict-approved = स्वीकृत
montage-verdict-rejected = अस्वीकृत
montage-looks-like = तस्वीर { $numbers } जैसी दिखती है
montage-none-shown = यहाँ दिखाने के लिए कोई तस्वीर नहीं।
montage-none-yet = अभी कोई तस्वीर नहीं।
montage-left-out-heading = छोड़ी गईं ({ $count })
montage-left-out-item = { $file }: { $why }
montage-why-not-an-image = JPEG, PNG या WebP तस्वीर नहीं है
montage-why-heic = HEIC फ़ोटो (iPhone का फ़ॉर्मैट): पहले इसे JPEG के रूप में सहेजें
montage-why-damaged = ख़राब या अधूरी: इसे पढ़ा नहीं जा सका
montage-why-too-large = बहुत बड़ी ({ $mb } MB)
montage-why-too-many-pixels = बहुत ज़्यादा पिक्सेल ({ $width } × { $height })
montage-why-unreadable = फ़ाइल पढ़ी नहीं जा सकी
montage-duplicate = { $file }: तस्वीर { $number } जैसी ही तस्वीर
montage-clear-heading = काम पूरा होने पर
montage-kept = तस्वीरें और आपके फ़ैसले इस कंप्यूटर पर इसी ब्राउज़र में रखे जाते हैं, इसलिए पेज फिर से लोड करने पर कुछ नहीं खोता। कुछ भी अपलोड नहीं होता।
montage-clear = सब कुछ साफ़ करें
montage-clear-question = इस ब्राउज़र से हर तस्वीर और फ़ैसला हटाएँ? इसे वापस नहीं किया जा सकता।
montage-clear-yes = हाँ, सब कुछ साफ़ करें
montage-clear-no = नहीं, इन्हें रखें
montage-cleared = इस ब्राउज़र से सब कुछ साफ़ कर दिया गया।
montage-restored = { $count ->
    [one] आपकी पिछली विज़िट से एक तस्वीर और उसका फ़ैसला रखा गया।
   *[other] आपकी पिछली विज़िट से { $count } तस्वीरें और आपके फ़ैसले रखे गए।
}
montage-not-kept = आपकी समीक्षा इस ब्राउज़र में नहीं रखी जा सकी ({ $why }): पेज बंद होने पर यह खो जाएगी।
montage-build-heading = मोंटाज
montage-build-count = { $count ->
    [0] पहले तस्वीरें स्वीकार करें: मोंटाज में सिर्फ़ स्वीकृत तस्वीरें जाती हैं।
    [one] एक स्वीकृत तस्वीर मोंटाज में जाएगी।
   *[other] { $count } स्वीकृत तस्वीरें मोंटाज में जाएँगी।
}
montage-layout = लेआउट
montage-layout-grid = ग्रिड
montage-layout-rows = पंक्तियाँ (हर तस्वीर अपना आकार रखती है)
montage-layout-heart = दिल
montage-size = आकार
montage-size-square = वर्गाकार, 1080 × 1080
montage-size-portrait = पोर्ट्रेट, 1080 × 1350
montage-size-story = स्टोरी, 1080 × 1920
montage-size-hd = स्क्रीन, 1920 × 1080
montage-size-4k = स्क्रीन 4K, 3840 × 2160
montage-size-a3 = A3 पोस्टर, 150 dpi (1754 × 2480)
montage-size-a2 = A2 पोस्टर, 150 dpi (2480 × 3508)
montage-size-a1 = A1 पोस्टर, 150 dpi (3508 × 4967)
montage-size-a3-300 = A3 पोस्टर, 300 dpi (3508 × 4961)
montage-size-a2-300 = A2 पोस्टर, 300 dpi (4961 × 7016)
montage-size-a1-300 = A1 पोस्टर, 300 dpi (7016 × 9933)
montage-order = क्रम
montage-order-added = जैसे जोड़ी गईं
montage-order-shuffled = मिलाई हुई
montage-order-language = भाषा के अनुसार
montage-format = फ़ाइल का प्रकार
montage-format-png = PNG
montage-format-jpeg = JPEG
montage-format-pdf = PDF, छपाई के लिए
montage-soft = इस आकार पर हर तस्वीर लगभग { $need } पिक्सेल पर बनती है, जो रखे गए { $side } से बड़ा है, इसलिए मोंटाज धुंधला दिखेगा। साफ़ मोंटाज के लिए सब कुछ साफ़ करें और “{ $use }” चुनकर तस्वीरें फिर से जोड़ें।
montage-build = मोंटाज बनाएँ
montage-building = बन रहा है…
montage-built = मोंटाज तैयार है: { $width } × { $height } पिक्सेल।
montage-build-failed = मोंटाज नहीं बन सका: { $why }
montage-download = मोंटाज डाउनलोड करें ({ $format }, { $width } × { $height })
montage-download-html = टेक्स्ट संस्करण डाउनलोड करें (HTML)
montage-download-csv = संकल्पों की सूची डाउनलोड करें (CSV)
montage-text-title = मोंटाज के संकल्प
montage-cropped = अपनी जगह भरने के लिए काटी गई
montage-crop-heading = तस्वीर { $number } काटें
montage-crop-hint = इस तस्वीर में संकल्प का रिकॉर्ड नहीं है, इसलिए यह काग़ज़ के बोर्ड की फ़ोटो हो सकती है। इसे दूसरी तस्वीरों के आकार में काटा जा सकता है ताकि यह मोंटाज में अपनी जगह भर दे। संकल्प की तस्वीरें पूरी दिखाई जाती हैं: देख लें कि कोई शब्द न कटे।
montage-crop-preview = तस्वीर { $number }, रखा गया हिस्सा घेरे में
montage-crop = अपनी जगह भरने के लिए काटें
montage-crop-left = काट को बाएँ ले जाएँ
montage-crop-right = काट को दाएँ ले जाएँ
montage-crop-up = काट को ऊपर ले जाएँ
montage-crop-down = काट को नीचे ले जाएँ
montage-crop-centre = काट को बीच में करें
montage-crop-at = काट का केंद्र { $x }% आड़ा और { $y }% नीचे है।
montage-approvals = स्वीकृत सूची डाउनलोड करें
montage-approvals-hint = स्वीकृत फ़ाइलों के नाम (और काट), हर पंक्ति में एक, pledge-montage के लिए: --approved के साथ यह उसी फ़ोल्डर से वही मोंटाज हर कोर पर बनाता है, हज़ारों तस्वीरों के लिए।
