# Pledge Board: الواجهة باللغة العربية (ar).
#
# NEEDS REVIEW: this translation was written by the development team, not
# by a native speaker. Before a campaign relies on it, have a native
# speaker check every message. Messages missing here appear in English.
# Keep the variables ($name) and the message ids as they are.

## The page

page-title = قدّم تعهّدك – { $campaign }
loading = جارٍ تحميل لوحة التعهّدات…
broken-heading = عذرًا، لوحة التعهّدات لا تعمل
broken-try-later = يُرجى المحاولة لاحقًا.
broken-details = تفاصيل لفريق الحملة
heading = قدّم تعهّدك
lede = اكتب تعهّدًا ضد جرائم الكراهية، وشاهده على لوحة التعهّدات، وشاركه لتُظهر أننا نقف معًا.
language-label = اللغة
language-failed = تعذّر تحميل { $language }. تحقّق من اتصالك وحاول مرة أخرى.
privacy-note = يبقى تعهّدك وصورتك على هذا الجهاز: لا يُرسَل أي شيء تكتبه أو تضيفه إلى أي مكان.

## Writing the pledge

write-heading = اكتب تعهّدك
pledge-label = تعهّدك
pledge-hint = مثلًا: «سأرفع صوتي عندما أرى الكراهية». يمكنك الكتابة بأي لغة.
error-prefix = خطأ:
pledge-too-long = تعهّدك أطول من أن يتّسع على اللوحة: اختصره إلى { $limit } حرفًا أو أقل
pledge-empty = اكتب تعهّدك أو اختر مثالًا قبل التنزيل
pledge-limit = يمكنك كتابة ما يصل إلى { $limit } حرفًا
chars-left =
    { $count ->
        [zero] لم يتبقَّ لديك أي حرف
        [one] يتبقى لديك حرف واحد
        [two] يتبقى لديك حرفان
        [few] يتبقى لديك { $count } أحرف
        [many] يتبقى لديك { $count } حرفًا
       *[other] يتبقى لديك { $count } حرف
    }
chars-over =
    { $count ->
        [zero] لم تتجاوز الحد
        [one] لديك حرف واحد زائد
        [two] لديك حرفان زائدان
        [few] لديك { $count } أحرف زائدة
        [many] لديك { $count } حرفًا زائدًا
       *[other] لديك { $count } حرف زائد
    }
example-replaced = حلّ المثال محلّ ما كتبته.
undo = تراجع
examples-summary = تحتاج إلى أفكار؟ اطّلع على أمثلة للتعهّدات
use-example = استخدم هذا المثال
name-label = اسمك (اختياري)
name-hint = يظهر تحت تعهّدك هكذا: «— الاسم». اتركه فارغًا لتبقى مجهول الهوية.

## The preview

preview-heading = لوحة تعهّدك
board-alt =
    { $photo ->
        [yes] لوحة التعهّد مع صورتك: { $pledge }
       *[no] لوحة التعهّد: { $pledge }
    }
board-alt-signed =
    { $photo ->
        [yes] لوحة التعهّد مع صورتك: { $pledge } — { $name }
       *[no] لوحة التعهّد: { $pledge } — { $name }
    }
board-alt-empty =
    { $photo ->
        [yes] لوحة التعهّد مع صورتك، فارغة: سيظهر تعهّدك هنا.
       *[no] لوحة التعهّد، فارغة: سيظهر تعهّدك هنا.
    }
board-drawing-alt = لوحة التعهّد، قيد الرسم
board-drawing = جارٍ رسم لوحة تعهّدك…
board-too-long-alt = لوحة التعهّد، فارغة: تعهّدك أطول من أن يُعرض عليها
board-too-long = اختصر تعهّدك لتراه هنا.
board-stale = تعرض اللوحة تعهّدك كما كان آخر مرة اتّسع فيها. اختصره لترى الباقي.
fonts-loading = جارٍ تحميل خط { $fonts } لتعهّدك…
font-failed = تعذّر تحميل خط { $font }، لذلك لا تستطيع اللوحة عرض تعهّدك بعد. تعهّدك محفوظ. تحقّق من اتصالك ثم حاول مرة أخرى.
render-broken = حدث خطأ أثناء رسم لوحة تعهّدك. تعهّدك محفوظ. حاول مرة أخرى.
try-again = حاول مرة أخرى
download = تنزيل الصورة
download-hint = صورة PNG، { $size }
list-and = { $first } و{ $last }
list-comma = { $first }، { $rest }

## Writing systems

script-latin = اللاتينية
script-extended = السيريلية واليونانية واللاتينية الموسّعة
script-arabic = العربية
script-urdu = الأردية
script-devanagari = الديفاناغارية (الهندية)
script-gujarati = الغوجاراتية
script-gurmukhi = الغورموخية (البنجابية)

## The photo

photo-heading = أضف صورة أو صورة ذاتية
photo-no-frame-try = التصميم الذي اخترته لا يتّسع لصورة. اختر «{ $board }» ضمن «{ design-heading }» لعرضها.
photo-no-frame-moves = التصميم الذي اخترته لا يتّسع لصورة. إذا أضفت صورة، ينتقل تعهّدك إلى «{ $board }» الذي يتّسع لها.
photo-no-frame = التصميم الذي اخترته لا يتّسع لصورة.
photo-choose = اختر صورة
photo-choose-other = اختر صورة أخرى
photo-hint = صورة بصيغة JPEG أو PNG أو WebP. تبقى على هذا الجهاز: لا تُرسَل إلى أي مكان.
take-selfie = التقط صورة ذاتية
photo-preparing = جارٍ تجهيز صورتك…
photo-restoring = جارٍ استعادة صورتك…
photo-not-kept = صورتك أكبر من أن تُحفظ إذا أُعيد تحميل الصفحة. ستبقى على اللوحة ما دامت الصفحة مفتوحة.
place-legend = ضع صورتك في مكانها
place-hint = أو اسحبها على اللوحة، وكبّرها بعجلة الفأرة أو بقرص الإصبعين.
move-left = إلى اليسار
move-right = إلى اليمين
move-up = إلى الأعلى
move-down = إلى الأسفل
zoom-in = تكبير
zoom-out = تصغير
reset = إعادة ضبط
zoom-level = التكبير: { $percent } %
remove-photo = إزالة الصورة

## Photos that cannot be used

photo-too-big = حجم هذا الملف { $size } ميغابايت؛ يمكن استخدام صور حتى { $max } ميغابايت. اختر صورة أصغر.
photo-heic = هذه صورة بصيغة HEIC التي تستخدمها أجهزة iPhone، ولا تستطيع صفحات الويب قراءتها. اخترها مرة أخرى من تطبيق الصور (تُرسَل عندها عادةً بصيغة JPEG)، أو اضبط الإعدادات > الكاميرا > التنسيقات على «الأكثر توافقًا» لالتقاط صور JPEG.
photo-not-image = هذا الملف ليس صورة يمكن استخدامها. اختر صورة بصيغة JPEG أو PNG أو WebP.
photo-too-many-pixels = أبعاد هذه الصورة { $width } × { $height } بكسل، وهي أكبر من أن تُجهَّز على هذا الجهاز. اختر صورة أصغر (حتى { $megapixels } ميغابكسل).
photo-corrupt = تعذّرت قراءة هذه الصورة: قد يكون الملف تالفًا أو غير مكتمل. جرّب صورة أخرى.
photo-unreadable = تعذّرت قراءة هذا الملف. حاول اختياره مرة أخرى.
photo-not-prepared = تعذّر تجهيز صورتك. تعهّدك في أمان؛ حاول إضافة الصورة مرة أخرى.

## Choosing a design

design-heading = اختر تصميمًا
board-legend = تصميم اللوحة
size-legend = حجم الصورة
start-again = ابدأ من جديد
start-again-hint = يمحو تعهّدك وصورتك واختياراتك من هذه الصفحة.

## After a download

next-heading = ما الخطوة التالية
share-heading = شارك تعهّدك
share-with = انشر صورتك على وسائل التواصل الاجتماعي مع { $hashtags }.
share-with-handle = انشر صورتك على وسائل التواصل الاجتماعي مع { $hashtags } وأشِر إلى { $handle }.
caption-label = نص لنشره معها
copy-caption = نسخ النص
send-heading = أرسلها إلينا
send-email = أرسل صورتك بالبريد الإلكتروني إلى { $email } لتكون جزءًا من مونتاج حملتنا.
if-it-happened = إذا تعرّضت أنت أو شخص تعرفه لجريمة كراهية
how-to-report = كيفية الإبلاغ عن جريمة كراهية

## Reporting hate crime

report-heading = أبلغ عن جرائم الكراهية
report-emergency = في حالة الطوارئ، اتصل بالرقم { $number }.
report-non-emergency = إذا لم تكن حالة طارئة، اتصل بالرقم { $number }.
report-online = أو أبلغ عبر الإنترنت: { $link }

## Said to screen-reader users

said-example-used = أصبح المثال الآن في خانة التعهّد.
said-own-words = عادت كلماتك إلى خانة التعهّد.
said-fonts-loading = جارٍ تحميل خط { $fonts }…
said-downloaded = تم تنزيل صورة تعهّدك. الخطوة التالية أدناه.
said-caption-copied = تم نسخ النص.
said-caption-not-copied = تعذّر نسخ النص: حدّده وانسخه بنفسك.
said-cleared = تم مسح تعهّدك.
said-cleared-photo = تم مسح تعهّدك وصورتك.
said-photo-on-board = صورتك على اللوحة. يمكنك تحريكها وتكبيرها.
said-photo-board-changed = صورتك على اللوحة: أصبح التصميم «{ $board }» الذي يتّسع لها. يمكنك تحريكها وتكبيرها.
said-photo-no-frame = صورتك جاهزة. اختر تصميمًا فيه إطار للصورة لتراها.
said-photo-removed = تمت إزالة صورتك.
said-moved =
    { $direction ->
        [left] تحرّكت الصورة إلى اليسار.
        [right] تحرّكت الصورة إلى اليمين.
        [up] تحرّكت الصورة إلى الأعلى.
       *[down] تحرّكت الصورة إلى الأسفل.
    }
said-cannot-move =
    { $direction ->
        [left] لا يمكن تحريك الصورة أكثر إلى اليسار.
        [right] لا يمكن تحريك الصورة أكثر إلى اليمين.
        [up] لا يمكن تحريك الصورة أكثر إلى الأعلى.
       *[down] لا يمكن تحريك الصورة أكثر إلى الأسفل.
    }
said-zoomed = تم تكبير الصورة إلى { $percent } بالمئة.
said-reset = الصورة تملأ الإطار من جديد.

## Writing by hand (the pen)

mode-legend = كيف تودّ أن تكتب تعهّدك؟
mode-type = اكتبه بلوحة المفاتيح
mode-write = اكتبه بخط يدك
mode-paper = استخدم صورة لتعهّدي المكتوب على الورق
paper-hint = اكتب تعهّدك على الورق (لوحة فارغة مطبوعة أو أي ورقة)، ثم أضف صورة له أدناه. تملأ الصورة المساحة كلها، مع وسوم الحملة في الأسفل.
paper-needs-photo = أضف أولًا صورة لتعهّدك المكتوب على الورق.
board-alt-paper = صورة التعهّد: صورة لتعهّد مكتوب على الورق
board-alt-paper-says = صورة التعهّد، صورة لتعهّد مكتوب على الورق: { $pledge }
board-alt-paper-empty = صورة التعهّد، فارغة: أضف صورة لتعهّدك المكتوب على الورق.
board-alt-handwritten =
    { $photo ->
        [yes] لوحة التعهّد مع صورتك: تعهّد مكتوب بخط اليد
       *[no] لوحة التعهّد: تعهّد مكتوب بخط اليد
    }
board-alt-handwritten-says =
    { $photo ->
        [yes] لوحة التعهّد مع صورتك، مكتوبة بخط اليد: { $pledge }
       *[no] لوحة التعهّد، مكتوبة بخط اليد: { $pledge }
    }
pen-label = مساحة الكتابة على لوحة التعهّد: اكتب تعهّدك هنا بإصبعك أو بقلم أو بالفأرة
pen-hint = اكتب داخل المربع المحدّد على اللوحة بإصبعك أو بقلم أو بالفأرة. لتمرير الصفحة، اسحب خارج اللوحة.
pen-failed = تعذّر تشغيل القلم. تحقّق من اتصالك وحاول مرة أخرى، أو اكتب تعهّدك بلوحة المفاتيح بدلًا من ذلك.
ink-undo = تراجع
ink-redo = إعادة
ink-clear = امسح الكتابة
ink-full = امتلأت اللوحة. تراجع أو امسح بعض الكتابة لتكتب المزيد.
ink-damaged = تعذّرت استعادة كتابتك اليدوية السابقة، لذلك أُزيلت. بقية تعهّدك محفوظة.
says-label = ماذا تقول كتابتك؟ (اختياري)
says-hint = اكتب الكلمات التي كتبتها بيدك. يسمعها من لا يستطيع رؤية الصورة، وتُضاف إلى التعليق عند المشاركة.
ink-colour-legend = لون الحبر
ink-colour = اللون { $n }
ink-width-legend = سُمك القلم
ink-width-fine = رفيع
ink-width-medium = متوسط
ink-width-bold = عريض
said-ink-undone = تم التراجع عن آخر خط كتبته.
said-ink-redone = أُعيد الخط.
said-ink-cleared = مُسحت كتابتك.

## The blank board to print

print-heading = أو اكتب على الورق
print-intro = نزّل لوحة فارغة واطبعها واكتب تعهّدك عليها بخط يدك، ثم التقط لها صورة. تشرح الصفحة الثانية ما تفعله بعد ذلك.
print-paper-legend = حجم الورق
print-a4 = A4
print-letter = US Letter
print-save-ink = حبر أقل (ألوان فاتحة)
print-button = نزّل اللوحة للطباعة (PDF)
print-making = جارٍ تجهيز اللوحة للطباعة…
print-done = نُزّلت اللوحة للطباعة: { $file }
print-failed = تعذّر تجهيز اللوحة للطباعة: { $why } حاول مرة أخرى، أو اكتب تعهّدك على الشاشة.
print-instructions-heading = كيف تكتب تعهّدك على هذه اللوحة
print-step-write = اكتب تعهّدك في المربع الأبيض، بأي لغة.
print-step-photo = التقط صورة للوحة، أو صورة سيلفي وأنت تحملها.

## Leaving quickly, sharing, e-mail (issue 7)

quick-exit = الخروج من هذه الصفحة
quick-exit-tip = للخروج من هذه الصفحة بسرعة، اضغط Esc أو اختر «الخروج من هذه الصفحة»: يمحو ذلك تعهّدك وصورتك ويفتح موقعًا محايدًا.
share-image = مشاركة الصورة
share-failed = تعذّرت مشاركة صورتك. نزّلها بدلًا من ذلك، ثم شاركها من جهازك.
email-subject = تعهّدي – { $campaign }
email-body = هذا تعهّدي – { $campaign }. قبل إرسال هذه الرسالة، أرفق الصورة التي نزّلتها: { $file }
email-attach-hint = تُفتح الرسالة جاهزة للإرسال: أرفق أولًا الصورة التي نزّلتها ({ $file }).

## When the app cannot run

fallback-heading = لا يزال بإمكانك تقديم تعهّدك
fallback-no-script = تحتاج هذه الصفحة إلى جافاسكريبت لصنع صورة تعهّدك، وجافاسكريبت معطّلة في هذا المتصفح.
fallback-cannot-run = لا يستطيع هذا المتصفح صنع صورة التعهّد: ربما تكون جافاسكريبت معطّلة، أو يكون المتصفح قديمًا جدًا.
fallback-write = اكتب تعهّدك على ورقة، بأي لغة.
fallback-photo = التقط صورة لها، وكن أنت في الصورة إن شئت.
fallback-languages = هذه الصفحة بلغات أخرى
