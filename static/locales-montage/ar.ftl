# Pledge Board: صفحة الصورة المجمّعة بالعربية (ar).
#
# NEEDS REVIEW: this translation was written by the development team, not
# by a native speaker. Before a campaign relies on it, have a native
# speaker check every message. Messages missing here appear in English.
# Keep the variables ($name) and the message ids as they are. The keys
# A, R and U stay as they are: they are the keys' names.

montage-page-title = إنشاء الصورة المجمّعة – Pledge Board
montage-heading = إنشاء الصورة المجمّعة
montage-intro = أضف صور التعهّدات التي أرسلها الناس، ووافق على ما سيُستخدم منها، ثم أنشئ الصورة المجمّعة. يبقى كل شيء على هذا الحاسوب: لا يُرفع أي شيء.
montage-add-heading = إضافة صور
montage-use = أكبر صورة مجمّعة ستصنعها منها
montage-use-screens = وسائل التواصل الاجتماعي والشاشات، حتى 4K
montage-use-print-150 = ملصقات بدقة 150 dpi، حتى A1
montage-use-print-300 = ملصقات بدقة 300 dpi، حتى A1
montage-use-hint = اختر قبل إضافة الصور. تُحفظ كل صورة بالحجم الذي يلزم لهذا فقط ({ $side } بكسل على ضلعها الأطول)، لتوفير ذاكرة هذا الحاسوب.
montage-use-chosen = الصور محفوظة بما لا يزيد على { $side } بكسل على ضلعها الأطول. لتختار من جديد، امسح كل شيء (في آخر الصفحة) وأضفها مرة أخرى.
montage-choose-files = اختر صورًا
montage-choose-folder = اختر مجلدًا
montage-drop = أو أفلت الصور أو مجلدًا هنا
montage-formats = JPEG أو PNG أو WebP. تُدرج الملفات الأخرى على أنها مستبعدة، مع السبب.
montage-progress = قُرئت { $done } من { $total } صورة
montage-progress-label = الصور المقروءة
montage-left-seconds = الوقت المتبقي: نحو { $seconds } ثانية
montage-left-minutes = الوقت المتبقي: نحو { $minutes } دقيقة
montage-cancel = إلغاء
montage-readers = { $count ->
    [one] القراءة بقارئ واحد
    [two] القراءة بقارئين معًا
    [few] القراءة بـ { $count } قرّاء معًا
   *[other] القراءة بـ { $count } قارئًا معًا
}
montage-review-heading = المراجعة
montage-review-help = وافق على كل صورة أو ارفضها بأزرارها، أو بالمفتاحين A وR عليها (U: لم تُراجع بعد)؛ تنقلك مفاتيح الأسهم بين الصور.
montage-filter = عرض
montage-filter-all = الكل ({ $count })
montage-filter-unreviewed = لم تُراجع بعد ({ $count })
montage-filter-approved = موافق عليها ({ $count })
montage-filter-rejected = مرفوضة ({ $count })
montage-filter-flagged = تشبه صورة أخرى ({ $count })
montage-approve-rest = { $count ->
    [one] الموافقة على الصورة الباقية
   *[other] الموافقة على الصور الباقية ({ $count })
}
montage-images-label = صور للمراجعة
montage-approve = الموافقة على الصورة { $number }
montage-reject = رفض الصورة { $number }
montage-no-words = الصورة { $number } ({ $file }): لا كلمات مسجّلة
montage-verdict-unreviewed = لم تُراجع بعد
montage-verdict-approved = موافق عليها
montage-verdict-rejected = مرفوضة
montage-looks-like = تشبه الصورة { $numbers }
montage-none-shown = لا صور لعرضها هنا.
montage-none-yet = لا صور بعد.
montage-left-out-heading = مستبعدة ({ $count })
montage-left-out-item = { $file }: { $why }
montage-why-not-an-image = ليست صورة JPEG أو PNG أو WebP
montage-why-heic = صورة HEIC (تنسيق iPhone): احفظها بتنسيق JPEG أولًا
montage-why-damaged = تالفة أو ناقصة: تعذّرت قراءتها
montage-why-too-large = كبيرة جدًا ({ $mb } ميغابايت)
montage-why-too-many-pixels = بكسلات كثيرة جدًا ({ $width } × { $height })
montage-why-unreadable = تعذّرت قراءة الملف
montage-duplicate = { $file }: الصورة نفسها مثل الصورة { $number }
montage-clear-heading = عند الانتهاء
montage-kept = تُحفظ الصور وقراراتك في هذا المتصفح على هذا الحاسوب، فلا يضيع شيء عند إعادة التحميل. لا يُرفع أي شيء.
montage-clear = مسح كل شيء
montage-clear-question = هل تريد إزالة كل الصور والقرارات من هذا المتصفح؟ لا يمكن التراجع عن ذلك.
montage-clear-yes = نعم، امسح كل شيء
montage-clear-no = لا، احتفظ بها
montage-cleared = مُسح كل شيء من هذا المتصفح.
montage-restored = { $count ->
    [one] حُفظت صورة واحدة وقرارك بشأنها منذ زيارتك السابقة.
   *[other] حُفظت الصور ({ $count }) وقراراتك منذ زيارتك السابقة.
}
montage-not-kept = تعذّر حفظ مراجعتك في هذا المتصفح ({ $why }): ستضيع عند إغلاق الصفحة.
montage-build-heading = الصورة المجمّعة
montage-build-count = { $count ->
    [0] وافق على الصور أولًا: لا يدخل الصورة المجمّعة إلا ما وافقت عليه.
    [one] ستدخل صورة واحدة موافق عليها في الصورة المجمّعة.
   *[other] عدد الصور الموافق عليها التي ستدخل الصورة المجمّعة: { $count }.
}
montage-layout = التخطيط
montage-layout-grid = شبكة
montage-layout-rows = صفوف (تحتفظ كل صورة بشكلها)
montage-layout-heart = قلب
montage-size = الحجم
montage-size-square = مربع، 1080 × 1080
montage-size-portrait = عمودي، 1080 × 1350
montage-size-story = قصة، 1080 × 1920
montage-size-hd = شاشة، 1920 × 1080
montage-size-4k = شاشة 4K، 3840 × 2160
montage-size-a3 = ملصق A3، ‏150 dpi (1754 × 2480)
montage-size-a2 = ملصق A2، ‏150 dpi (2480 × 3508)
montage-size-a1 = ملصق A1، ‏150 dpi (3508 × 4967)
montage-size-a3-300 = ملصق A3، ‏300 dpi (3508 × 4961)
montage-size-a2-300 = ملصق A2، ‏300 dpi (4961 × 7016)
montage-size-a1-300 = ملصق A1، ‏300 dpi (7016 × 9933)
montage-order = الترتيب
montage-order-added = حسب الإضافة
montage-order-shuffled = عشوائي
montage-order-language = مجمّعة حسب اللغة
montage-format = نوع الملف
montage-format-png = PNG
montage-format-jpeg = JPEG
montage-format-pdf = PDF، للطباعة
montage-soft = بهذا الحجم تُرسم كل صورة بنحو { $need } بكسل، وهو أكبر من { $side } التي حُفظت بها، فستبدو الصورة المجمّعة غير حادة. للحصول على صورة حادة، امسح كل شيء وأضف الصور مرة أخرى مع اختيار «{ $use }».
montage-build = إنشاء الصورة المجمّعة
montage-building = جارٍ الإنشاء…
montage-built = الصورة المجمّعة جاهزة: { $width } × { $height } بكسل.
montage-build-failed = تعذّر إنشاء الصورة المجمّعة: { $why }
montage-download = تنزيل الصورة المجمّعة ({ $format }، { $width } × { $height })
montage-download-html = تنزيل النسخة النصية (HTML)
montage-download-csv = تنزيل قائمة التعهّدات (CSV)
montage-text-title = التعهّدات في الصورة المجمّعة
montage-cropped = مقصوصة لتملأ مكانها
montage-crop-heading = قصّ الصورة { $number }
montage-crop-hint = لا تحمل هذه الصورة سجلّ تعهّد، فقد تكون صورة للوحة ورقية. يمكن قصّها على شكل الصور الأخرى لتملأ مكانها في الصورة المجمّعة. تُعرض صور التعهّدات كاملة: تأكّد من ألّا تُقطع أي كلمة.
montage-crop-preview = الصورة { $number }، والجزء المحفوظ محدّد
montage-crop = قصّها لتملأ مكانها
montage-crop-left = حرّك القصّ إلى اليسار
montage-crop-right = حرّك القصّ إلى اليمين
montage-crop-up = حرّك القصّ إلى الأعلى
montage-crop-down = حرّك القصّ إلى الأسفل
montage-crop-centre = ضع القصّ في الوسط
montage-crop-at = مركز القصّ عند { $x }% أفقيًا و{ $y }% عموديًا.
montage-approvals = تنزيل قائمة الموافقات
montage-approvals-hint = أسماء الملفات الموافق عليها (والقصّ)، اسم في كل سطر، لأداة pledge-montage: مع ‎--approved تُنشئ الصورة المجمّعة نفسها من المجلد نفسه، على كل الأنوية، لآلاف الصور.
