# Pledge Board: اردو میں انٹرفیس (ur).
#
# NEEDS REVIEW: this translation was written by the development team, not
# by a native speaker. Before a campaign relies on it, have a native
# speaker check every message. Messages missing here appear in English.
# Keep the variables ($name) and the message ids as they are.

## The page

page-title = اپنا عہد کریں – { $campaign }
loading = عہد کا بورڈ لوڈ ہو رہا ہے…
broken-heading = معذرت، عہد کا بورڈ کام نہیں کر رہا
broken-try-later = براہ کرم بعد میں دوبارہ کوشش کریں۔
broken-details = مہم کی ٹیم کے لیے تفصیلات
heading = اپنا عہد کریں
lede = نفرت انگیز جرائم کے خلاف ایک عہد لکھیں، اسے عہد کے بورڈ پر دیکھیں، اور شیئر کریں تاکہ سب کو معلوم ہو کہ ہم ساتھ کھڑے ہیں۔
language-label = زبان
language-failed = { $language } لوڈ نہیں ہو سکی۔ اپنا کنکشن چیک کریں اور دوبارہ کوشش کریں۔
privacy-note = آپ کا عہد اور تصویر اسی آلے پر رہتے ہیں: آپ جو کچھ لکھتے یا شامل کرتے ہیں وہ کہیں نہیں بھیجا جاتا۔

## Writing the pledge

write-heading = اپنا عہد لکھیں
pledge-label = آپ کا عہد
pledge-hint = مثال کے طور پر: ”جب میں نفرت دیکھوں گا تو آواز اٹھاؤں گا۔“ آپ کسی بھی زبان میں لکھ سکتے ہیں۔
error-prefix = غلطی:
pledge-too-long = آپ کا عہد بورڈ پر آنے کے لیے بہت لمبا ہے: اسے { $limit } حروف یا اس سے کم کر دیں
pledge-empty = ڈاؤن لوڈ کرنے سے پہلے اپنا عہد لکھیں، یا کوئی مثال منتخب کریں
pledge-limit = آپ زیادہ سے زیادہ { $limit } حروف لکھ سکتے ہیں
chars-left =
    { $count ->
        [one] آپ کے پاس { $count } حرف باقی ہے
       *[other] آپ کے پاس { $count } حروف باقی ہیں
    }
chars-over =
    { $count ->
        [one] آپ نے { $count } حرف زیادہ لکھا ہے
       *[other] آپ نے { $count } حروف زیادہ لکھے ہیں
    }
example-replaced = مثال نے آپ کی لکھی ہوئی تحریر کی جگہ لے لی ہے۔
undo = واپس کریں
examples-summary = خیالات چاہییں؟ عہد کی مثالیں دیکھیں
use-example = یہ مثال استعمال کریں
name-label = آپ کا نام (اختیاری)
name-hint = آپ کے عہد کے نیچے ”— نام“ کی طرح دکھایا جاتا ہے۔ گمنام رہنے کے لیے خالی چھوڑ دیں۔

## The preview

preview-heading = آپ کا عہد کا بورڈ
board-alt =
    { $photo ->
        [yes] عہد کا بورڈ، آپ کی تصویر کے ساتھ: { $pledge }
       *[no] عہد کا بورڈ: { $pledge }
    }
board-alt-signed =
    { $photo ->
        [yes] عہد کا بورڈ، آپ کی تصویر کے ساتھ: { $pledge } — { $name }
       *[no] عہد کا بورڈ: { $pledge } — { $name }
    }
board-alt-empty =
    { $photo ->
        [yes] عہد کا بورڈ، آپ کی تصویر کے ساتھ، خالی: آپ کا عہد یہاں نظر آئے گا۔
       *[no] عہد کا بورڈ، خالی: آپ کا عہد یہاں نظر آئے گا۔
    }
board-drawing-alt = عہد کا بورڈ، بنایا جا رہا ہے
board-drawing = آپ کا عہد کا بورڈ بنایا جا رہا ہے…
board-too-long-alt = عہد کا بورڈ، خالی: آپ کا عہد اس پر دکھانے کے لیے بہت لمبا ہے
board-too-long = اسے یہاں دیکھنے کے لیے اپنا عہد مختصر کریں۔
board-stale = بورڈ آپ کا عہد اسی طرح دکھا رہا ہے جیسے وہ آخری بار پورا آیا تھا۔ باقی دیکھنے کے لیے اسے مختصر کریں۔
fonts-loading = آپ کے عہد کے لیے { $fonts } کا خط لوڈ ہو رہا ہے…
font-failed = { $font } کا خط لوڈ نہیں ہو سکا، اس لیے بورڈ ابھی آپ کا عہد نہیں دکھا سکتا۔ آپ کا عہد محفوظ ہے۔ اپنا کنکشن چیک کریں، پھر دوبارہ کوشش کریں۔
render-broken = آپ کا عہد کا بورڈ بناتے وقت کچھ غلط ہو گیا۔ آپ کا عہد محفوظ ہے۔ دوبارہ کوشش کریں۔
try-again = دوبارہ کوشش کریں
download = تصویر ڈاؤن لوڈ کریں
download-hint = PNG تصویر، { $size }
list-and = { $first } اور { $last }
list-comma = { $first }، { $rest }

## Writing systems

script-latin = لاطینی
script-extended = سیریلک، یونانی اور مزید لاطینی
script-arabic = عربی
script-urdu = اردو
script-devanagari = دیوناگری (ہندی)
script-gujarati = گجراتی
script-gurmukhi = گرمکھی (پنجابی)

## The photo

photo-heading = تصویر یا سیلفی شامل کریں
photo-no-frame-try = آپ کے منتخب کردہ ڈیزائن میں تصویر کی جگہ نہیں ہے۔ تصویر دکھانے کے لیے ”{ design-heading }“ میں ”{ $board }“ منتخب کریں۔
photo-no-frame-moves = آپ کے منتخب کردہ ڈیزائن میں تصویر کی جگہ نہیں ہے۔ اگر آپ تصویر شامل کریں تو آپ کا عہد ”{ $board }“ پر چلا جائے گا، جس میں تصویر کی جگہ ہے۔
photo-no-frame = آپ کے منتخب کردہ ڈیزائن میں تصویر کی جگہ نہیں ہے۔
photo-choose = تصویر منتخب کریں
photo-choose-other = کوئی اور تصویر منتخب کریں
photo-hint = JPEG، PNG یا WebP تصویر۔ یہ اسی آلے پر رہتی ہے: کہیں نہیں بھیجی جاتی۔
take-selfie = سیلفی لیں
photo-preparing = آپ کی تصویر تیار کی جا رہی ہے…
photo-restoring = آپ کی تصویر واپس لائی جا رہی ہے…
photo-not-kept = آپ کی تصویر اتنی بڑی ہے کہ صفحہ دوبارہ لوڈ ہونے پر محفوظ نہیں رہ سکتی۔ جب تک صفحہ کھلا ہے یہ بورڈ پر رہے گی۔
place-legend = اپنی تصویر کی جگہ طے کریں
place-hint = یا اسے بورڈ پر کھینچیں، اور ماؤس کے پہیے یا چٹکی سے زوم کریں۔
move-left = بائیں
move-right = دائیں
move-up = اوپر
move-down = نیچے
zoom-in = بڑا کریں
zoom-out = چھوٹا کریں
reset = پہلے جیسا کریں
zoom-level = زوم: { $percent } %
remove-photo = تصویر ہٹائیں

## Photos that cannot be used

photo-too-big = یہ فائل { $size } MB کی ہے؛ { $max } MB تک کی تصاویر استعمال ہو سکتی ہیں۔ کوئی چھوٹی تصویر منتخب کریں۔
photo-heic = یہ HEIC تصویر ہے، جو آئی فون کا فارمیٹ ہے اور ویب صفحات اسے نہیں پڑھ سکتے۔ اسے Photos ایپ سے دوبارہ منتخب کریں (تب یہ عموماً JPEG کے طور پر بھیجی جاتی ہے)، یا JPEG تصاویر لینے کے لیے Settings > Camera > Formats میں Most Compatible منتخب کریں۔
photo-not-image = یہ فائل ایسی تصویر نہیں جو استعمال ہو سکے۔ JPEG، PNG یا WebP تصویر منتخب کریں۔
photo-too-many-pixels = یہ تصویر { $width } × { $height } پکسل کی ہے، جو اس آلے پر تیار کرنے کے لیے بہت بڑی ہے۔ کوئی چھوٹی تصویر منتخب کریں ({ $megapixels } میگا پکسل تک)۔
photo-corrupt = یہ تصویر پڑھی نہیں جا سکی: فائل خراب یا نامکمل ہو سکتی ہے۔ کوئی اور تصویر آزمائیں۔
photo-unreadable = یہ فائل پڑھی نہیں جا سکی۔ اسے دوبارہ منتخب کر کے دیکھیں۔
photo-not-prepared = آپ کی تصویر تیار نہیں ہو سکی۔ آپ کا عہد محفوظ ہے؛ تصویر دوبارہ شامل کرنے کی کوشش کریں۔

## Choosing a design

design-heading = ڈیزائن منتخب کریں
board-legend = بورڈ کا ڈیزائن
size-legend = تصویر کا سائز
start-again = دوبارہ شروع کریں
start-again-hint = اس صفحے سے آپ کا عہد، تصویر اور انتخاب مٹا دیتا ہے۔

## After a download

next-heading = آگے کیا کریں
share-heading = اپنا عہد شیئر کریں
share-with = اپنی تصویر سوشل میڈیا پر { $hashtags } کے ساتھ پوسٹ کریں۔
share-with-handle = اپنی تصویر سوشل میڈیا پر { $hashtags } کے ساتھ پوسٹ کریں اور { $handle } کو ٹیگ کریں۔
caption-label = اس کے ساتھ پوسٹ کرنے کے لیے عبارت
copy-caption = عبارت کاپی کریں
send-heading = اسے ہمیں بھیجیں
send-email = ہماری مہم کے مونتاج کا حصہ بننے کے لیے اپنی تصویر { $email } پر ای میل کریں۔
if-it-happened = اگر آپ یا آپ کے کسی جاننے والے کے ساتھ نفرت انگیز جرم ہوا ہے
how-to-report = نفرت انگیز جرم کی رپورٹ کیسے کریں

## Reporting hate crime

report-heading = نفرت انگیز جرم کی رپورٹ کریں
report-emergency = ہنگامی صورت میں { $number } پر کال کریں۔
report-non-emergency = اگر ہنگامی صورت نہیں ہے تو { $number } پر کال کریں۔
report-online = یا آن لائن رپورٹ کریں: { $link }

## Said to screen-reader users

said-example-used = مثال اب آپ کے عہد کے خانے میں ہے۔
said-own-words = آپ کے اپنے الفاظ عہد کے خانے میں واپس آ گئے ہیں۔
said-fonts-loading = { $fonts } کا خط لوڈ ہو رہا ہے…
said-downloaded = آپ کے عہد کی تصویر ڈاؤن لوڈ ہو گئی ہے۔ آگے کیا کرنا ہے، نیچے دیکھیں۔
said-caption-copied = عبارت کاپی ہو گئی۔
said-caption-not-copied = عبارت کاپی نہیں ہو سکی: اسے منتخب کر کے خود کاپی کریں۔
said-cleared = آپ کا عہد مٹا دیا گیا ہے۔
said-cleared-photo = آپ کا عہد اور تصویر مٹا دیے گئے ہیں۔
said-photo-on-board = آپ کی تصویر بورڈ پر ہے۔ آپ اسے ہلا اور زوم کر سکتے ہیں۔
said-photo-board-changed = آپ کی تصویر بورڈ پر ہے: اب ڈیزائن ”{ $board }“ ہے، جس میں تصویر کی جگہ ہے۔ آپ اسے ہلا اور زوم کر سکتے ہیں۔
said-photo-no-frame = آپ کی تصویر تیار ہے۔ اسے دیکھنے کے لیے تصویر کے فریم والا ڈیزائن منتخب کریں۔
said-photo-removed = آپ کی تصویر ہٹا دی گئی ہے۔
said-moved =
    { $direction ->
        [left] تصویر بائیں طرف ہٹ گئی۔
        [right] تصویر دائیں طرف ہٹ گئی۔
        [up] تصویر اوپر ہٹ گئی۔
       *[down] تصویر نیچے ہٹ گئی۔
    }
said-cannot-move =
    { $direction ->
        [left] تصویر مزید بائیں نہیں جا سکتی۔
        [right] تصویر مزید دائیں نہیں جا سکتی۔
        [up] تصویر مزید اوپر نہیں جا سکتی۔
       *[down] تصویر مزید نیچے نہیں جا سکتی۔
    }
said-zoomed = تصویر { $percent } فیصد تک زوم ہو گئی۔
said-reset = تصویر دوبارہ فریم کو بھر رہی ہے۔

## Writing by hand (the pen)

mode-legend = آپ اپنا عہد کیسے بنانا چاہیں گے؟
mode-type = ٹائپ کریں
mode-write = ہاتھ سے لکھیں
mode-paper = کاغذ پر لکھے عہد کی تصویر استعمال کریں
paper-hint = اپنا عہد کاغذ پر لکھیں (پرنٹ کیا ہوا خالی بورڈ، یا کوئی بھی کاغذ)، پھر نیچے اس کی تصویر شامل کریں۔ تصویر پوری جگہ بھر دیتی ہے، اور نیچے مہم کے ہیش ٹیگ ہوتے ہیں۔
paper-needs-photo = پہلے کاغذ پر لکھے اپنے عہد کی تصویر شامل کریں۔
board-alt-paper = عہد کی تصویر: کاغذ پر لکھے عہد کی تصویر
board-alt-paper-says = عہد کی تصویر، کاغذ پر لکھے عہد کی تصویر: { $pledge }
board-alt-paper-empty = عہد کی تصویر، خالی: کاغذ پر لکھے اپنے عہد کی تصویر شامل کریں۔
board-alt-handwritten =
    { $photo ->
        [yes] عہد کا بورڈ، آپ کی تصویر کے ساتھ: ہاتھ سے لکھا ہوا عہد
       *[no] عہد کا بورڈ: ہاتھ سے لکھا ہوا عہد
    }
board-alt-handwritten-says =
    { $photo ->
        [yes] عہد کا بورڈ، آپ کی تصویر کے ساتھ، ہاتھ سے لکھا ہوا: { $pledge }
       *[no] عہد کا بورڈ، ہاتھ سے لکھا ہوا: { $pledge }
    }
pen-label = عہد بورڈ پر لکھنے کی جگہ: یہاں انگلی، اسٹائلس یا ماؤس سے اپنا عہد لکھیں
pen-hint = بورڈ پر نشان زدہ خانے میں انگلی، اسٹائلس یا ماؤس سے لکھیں۔ صفحہ اسکرول کرنے کے لیے بورڈ سے باہر سوائپ کریں۔
pen-failed = قلم شروع نہیں ہو سکا۔ اپنا کنکشن چیک کریں اور دوبارہ کوشش کریں، یا اس کے بجائے اپنا عہد ٹائپ کریں۔
ink-undo = واپس لیں
ink-redo = دوبارہ کریں
ink-clear = تحریر مٹائیں
ink-full = بورڈ بھر گیا ہے۔ مزید لکھنے کے لیے کچھ تحریر واپس لیں یا مٹائیں۔
ink-damaged = آپ کی پچھلی ہاتھ کی تحریر واپس نہیں لائی جا سکی، اس لیے اسے ہٹا دیا گیا۔ آپ کے عہد کا باقی حصہ محفوظ ہے۔
says-label = آپ کی تحریر میں کیا لکھا ہے؟ (اختیاری)
says-hint = ہاتھ سے لکھے الفاظ ٹائپ کریں۔ جو لوگ تصویر نہیں دیکھ سکتے وہ انہیں سنتے ہیں، اور شیئر کرتے وقت یہ کیپشن میں جاتے ہیں۔
ink-colour-legend = سیاہی کا رنگ
ink-colour = رنگ { $n }
ink-width-legend = قلم کی موٹائی
ink-width-fine = باریک
ink-width-medium = درمیانی
ink-width-bold = موٹی
said-ink-undone = آپ کی لکھی ہوئی آخری لکیر واپس لے لی گئی۔
said-ink-redone = لکیر واپس لگا دی گئی۔
said-ink-cleared = آپ کی تحریر مٹا دی گئی۔

## The blank board to print

print-heading = یا کاغذ پر لکھیں
print-intro = ایک خالی بورڈ ڈاؤن لوڈ کریں، اسے پرنٹ کریں اور اس پر اپنا عہد ہاتھ سے لکھیں، پھر اس کی تصویر لیں۔ دوسرا صفحہ بتاتا ہے کہ آگے کیا کرنا ہے۔
print-paper-legend = کاغذ کا سائز
print-a4 = A4
print-letter = US Letter
print-save-ink = کم سیاہی (ہلکے رنگ)
print-button = پرنٹ کرنے کے لیے بورڈ ڈاؤن لوڈ کریں (PDF)
print-making = پرنٹ کے لیے بورڈ تیار ہو رہا ہے…
print-done = پرنٹ کے لیے بورڈ ڈاؤن لوڈ ہو گیا: { $file }
print-failed = پرنٹ کے لیے بورڈ نہیں بن سکا: { $why } دوبارہ کوشش کریں، یا اپنا عہد اسکرین پر بنائیں۔
print-instructions-heading = اس بورڈ پر اپنا عہد کیسے لکھیں
print-step-write = سفید خانے میں اپنا عہد کسی بھی زبان میں لکھیں۔
print-step-photo = بورڈ کی تصویر لیں، یا اسے پکڑ کر سیلفی لیں۔

## Leaving quickly, sharing, e-mail (issue 7)

quick-exit = یہ صفحہ چھوڑیں
quick-exit-tip = یہ صفحہ فوراً چھوڑنے کے لیے Esc دبائیں یا ”یہ صفحہ چھوڑیں“ منتخب کریں: اس سے آپ کا عہد اور تصویر مٹ جاتے ہیں اور ایک عام ویب سائٹ کھل جاتی ہے۔
share-image = تصویر شیئر کریں
share-failed = آپ کی تصویر شیئر نہیں ہو سکی۔ اسے ڈاؤن لوڈ کریں، پھر اپنے آلے سے شیئر کریں۔
email-subject = میرا عہد – { $campaign }
email-body = یہ میرا عہد ہے – { $campaign }۔ یہ ای میل بھیجنے سے پہلے ڈاؤن لوڈ کی گئی تصویر منسلک کریں: { $file }
email-attach-hint = ای میل بھیجنے کے لیے تیار کھلے گی: پہلے ڈاؤن لوڈ کی گئی تصویر ({ $file }) منسلک کریں۔

## When the app cannot run

fallback-heading = آپ پھر بھی اپنا عہد کر سکتے ہیں
fallback-no-script = عہد کی تصویر بنانے کے لیے اس صفحے کو جاوا اسکرپٹ کی ضرورت ہے، اور اس براؤزر میں جاوا اسکرپٹ بند ہے۔
fallback-cannot-run = یہ براؤزر عہد کی تصویر نہیں بنا سکتا: ہو سکتا ہے جاوا اسکرپٹ بند ہو، یا براؤزر بہت پرانا ہو۔
fallback-write = اپنا عہد کاغذ پر لکھیں، کسی بھی زبان میں۔
fallback-photo = اس کی تصویر لیں، چاہیں تو خود بھی تصویر میں آئیں۔
fallback-languages = یہ صفحہ دوسری زبانوں میں
