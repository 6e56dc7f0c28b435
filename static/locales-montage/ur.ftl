# Pledge Board: مونتاژ کا صفحہ اردو میں (ur).
#
# NEEDS REVIEW: this translation was written by the development team, not
# by a native speaker. Before a campaign relies on it, have a native
# speaker check every message. Messages missing here appear in English.
# Keep the variables ($name) and the message ids as they are. The keys
# A, R and U stay as they are: they are the keys' names.

montage-page-title = مونتاژ بنائیں – Pledge Board
montage-heading = مونتاژ بنائیں
montage-intro = لوگوں کی بھیجی ہوئی عہد کی تصاویر شامل کریں، جنہیں استعمال کرنا ہے انہیں منظور کریں، پھر مونتاژ بنائیں۔ سب کچھ اسی کمپیوٹر پر رہتا ہے: کچھ بھی اپ لوڈ نہیں ہوتا۔
montage-add-heading = تصاویر شامل کریں
montage-use = ان سے آپ جو سب سے بڑا مونتاژ بنائیں گے
montage-use-screens = سوشل میڈیا اور اسکرینیں، 4K تک
montage-use-print-150 = 150 dpi پر پوسٹر، A1 تک
montage-use-print-300 = 300 dpi پر پوسٹر، A1 تک
montage-use-hint = تصاویر شامل کرنے سے پہلے منتخب کریں۔ ہر تصویر صرف اتنی بڑی رکھی جاتی ہے جتنی اس کے لیے ضروری ہے (سب سے لمبی طرف { $side } پکسل)، تاکہ اس کمپیوٹر کی میموری بچے۔
montage-use-chosen = تصاویر سب سے لمبی طرف { $side } پکسل تک رکھی گئی ہیں۔ دوبارہ منتخب کرنے کے لیے سب کچھ صاف کریں (صفحے کے آخر میں) اور انہیں دوبارہ شامل کریں۔
montage-choose-files = تصاویر منتخب کریں
montage-choose-folder = فولڈر منتخب کریں
montage-drop = یا تصاویر یا فولڈر یہاں چھوڑیں
montage-formats = JPEG، PNG یا WebP۔ دوسری فائلیں وجہ کے ساتھ چھوڑی گئی فائلوں میں دکھائی جاتی ہیں۔
montage-progress = { $total } میں سے { $done } تصاویر پڑھی گئیں
montage-progress-label = پڑھی گئی تصاویر
montage-left-seconds = تقریباً { $seconds } سیکنڈ باقی
montage-left-minutes = تقریباً { $minutes } منٹ باقی
montage-cancel = منسوخ کریں
montage-readers = { $count ->
    [one] ایک ریڈر سے پڑھا جا رہا ہے
   *[other] ایک ساتھ { $count } ریڈرز سے پڑھا جا رہا ہے
}
montage-review-heading = جائزہ
montage-review-help = ہر تصویر کو اس کے بٹنوں سے، یا اس پر A اور R کیز سے منظور یا مسترد کریں (U: ابھی جائزہ نہیں ہوا)؛ تیر والی کیز تصاویر کے درمیان لے جاتی ہیں۔
montage-filter = دکھائیں
montage-filter-all = سب ({ $count })
montage-filter-unreviewed = ابھی جائزہ نہیں ہوا ({ $count })
montage-filter-approved = منظور شدہ ({ $count })
montage-filter-rejected = مسترد شدہ ({ $count })
montage-filter-flagged = کسی اور جیسی ({ $count })
montage-approve-rest = { $count ->
    [one] باقی ایک تصویر منظور کریں
   *[other] باقی { $count } تصاویر منظور کریں
}
montage-images-label = جائزے کے لیے تصاویر
montage-approve = تصویر { $number } منظور کریں
montage-reject = تصویر { $number } مسترد کریں
montage-no-words = تصویر { $number } ({ $file }): کوئی الفاظ درج نہیں
montage-verdict-unreviewed = ابھی جائزہ نہیں ہوا
montage-verdict-approved = منظور شدہ
montage-verdict-rejected = مسترد شدہ
montage-looks-like = تصویر { $numbers } جیسی لگتی ہے
montage-none-shown = یہاں دکھانے کے لیے کوئی تصویر نہیں۔
montage-none-yet = ابھی کوئی تصویر نہیں۔
montage-left-out-heading = چھوڑی گئیں ({ $count })
montage-left-out-item = { $file }: { $why }
montage-why-not-an-image = JPEG، PNG یا WebP تصویر نہیں ہے
montage-why-heic = HEIC تصویر (iPhone کا فارمیٹ): پہلے اسے JPEG کے طور پر محفوظ کریں
montage-why-damaged = خراب یا ادھوری: اسے پڑھا نہیں جا سکا
montage-why-too-large = بہت بڑی ({ $mb } MB)
montage-why-too-many-pixels = بہت زیادہ پکسل ({ $width } × { $height })
montage-why-unreadable = فائل پڑھی نہیں جا سکی
montage-duplicate = { $file }: تصویر { $number } جیسی ہی تصویر
montage-clear-heading = کام مکمل ہونے پر
montage-kept = تصاویر اور آپ کے فیصلے اس کمپیوٹر پر اسی براؤزر میں رکھے جاتے ہیں، اس لیے صفحہ دوبارہ لوڈ کرنے سے کچھ ضائع نہیں ہوتا۔ کچھ بھی اپ لوڈ نہیں ہوتا۔
montage-clear = سب کچھ صاف کریں
montage-clear-question = اس براؤزر سے ہر تصویر اور فیصلہ ہٹا دیں؟ اسے واپس نہیں کیا جا سکتا۔
montage-clear-yes = ہاں، سب کچھ صاف کریں
montage-clear-no = نہیں، انہیں رکھیں
montage-cleared = اس براؤزر سے سب کچھ صاف کر دیا گیا۔
montage-restored = { $count ->
    [one] آپ کے پچھلے دورے سے ایک تصویر اور اس کا فیصلہ رکھا گیا۔
   *[other] آپ کے پچھلے دورے سے { $count } تصاویر اور آپ کے فیصلے رکھے گئے۔
}
montage-not-kept = آپ کا جائزہ اس براؤزر میں نہیں رکھا جا سکا ({ $why }): صفحہ بند ہونے پر یہ ضائع ہو جائے گا۔
montage-build-heading = مونتاژ
montage-build-count = { $count ->
    [0] پہلے تصاویر منظور کریں: مونتاژ میں صرف منظور شدہ تصاویر جاتی ہیں۔
    [one] ایک منظور شدہ تصویر مونتاژ میں جائے گی۔
   *[other] { $count } منظور شدہ تصاویر مونتاژ میں جائیں گی۔
}
montage-layout = ترتیبِ صفحہ
montage-layout-grid = گرڈ
montage-layout-rows = قطاریں (ہر تصویر اپنی شکل رکھتی ہے)
montage-layout-heart = دل
montage-size = سائز
montage-size-square = مربع، 1080 × 1080
montage-size-portrait = عمودی، 1080 × 1350
montage-size-story = اسٹوری، 1080 × 1920
montage-size-hd = اسکرین، 1920 × 1080
montage-size-4k = اسکرین 4K، 3840 × 2160
montage-size-a3 = A3 پوسٹر، 150 dpi (1754 × 2480)
montage-size-a2 = A2 پوسٹر، 150 dpi (2480 × 3508)
montage-size-a1 = A1 پوسٹر، 150 dpi (3508 × 4967)
montage-size-a3-300 = A3 پوسٹر، 300 dpi (3508 × 4961)
montage-size-a2-300 = A2 پوسٹر، 300 dpi (4961 × 7016)
montage-size-a1-300 = A1 پوسٹر، 300 dpi (7016 × 9933)
montage-order = ترتیب
montage-order-added = جیسے شامل کی گئیں
montage-order-shuffled = ملی جلی
montage-order-language = زبان کے لحاظ سے
montage-format = فائل کی قسم
montage-format-png = PNG
montage-format-jpeg = JPEG
montage-format-pdf = PDF، چھپائی کے لیے
montage-soft = اس سائز پر ہر تصویر تقریباً { $need } پکسل پر بنتی ہے، جو رکھے گئے { $side } سے بڑا ہے، اس لیے مونتاژ دھندلا نظر آئے گا۔ صاف مونتاژ کے لیے سب کچھ صاف کریں اور ”{ $use }“ منتخب کر کے تصاویر دوبارہ شامل کریں۔
montage-build = مونتاژ بنائیں
montage-building = بن رہا ہے…
montage-built = مونتاژ تیار ہے: { $width } × { $height } پکسل۔
montage-build-failed = مونتاژ نہیں بن سکا: { $why }
montage-download = مونتاژ ڈاؤن لوڈ کریں ({ $format }، { $width } × { $height })
montage-download-html = متن والا نسخہ ڈاؤن لوڈ کریں (HTML)
montage-download-csv = عہدوں کی فہرست ڈاؤن لوڈ کریں (CSV)
montage-text-title = مونتاژ میں شامل عہد
montage-cropped = اپنی جگہ بھرنے کے لیے کاٹی گئی
montage-crop-heading = تصویر { $number } کاٹیں
montage-crop-hint = اس تصویر میں عہد کا ریکارڈ نہیں ہے، اس لیے یہ کاغذ کے بورڈ کی تصویر ہو سکتی ہے۔ اسے دوسری تصاویر کی شکل میں کاٹا جا سکتا ہے تاکہ یہ مونتاژ میں اپنی جگہ بھر دے۔ عہد کی تصاویر پوری دکھائی جاتی ہیں: دیکھ لیں کہ کوئی لفظ نہ کٹے۔
montage-crop-preview = تصویر { $number }، رکھا گیا حصہ نشان زد
montage-crop = اپنی جگہ بھرنے کے لیے کاٹیں
montage-crop-left = کٹائی کو بائیں لے جائیں
montage-crop-right = کٹائی کو دائیں لے جائیں
montage-crop-up = کٹائی کو اوپر لے جائیں
montage-crop-down = کٹائی کو نیچے لے جائیں
montage-crop-centre = کٹائی کو درمیان میں کریں
montage-crop-at = کٹائی کا مرکز افقی { $x }% اور نیچے { $y }% ہے۔
montage-approvals = منظور شدہ فہرست ڈاؤن لوڈ کریں
montage-approvals-hint = منظور شدہ فائلوں کے نام (اور کٹائیاں)، ہر سطر میں ایک، pledge-montage کے لیے: ‎--approved کے ساتھ یہ اسی فولڈر سے وہی مونتاژ ہر کور پر بناتا ہے، ہزاروں تصاویر کے لیے۔
