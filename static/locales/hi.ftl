# Pledge Board: हिन्दी में इंटरफ़ेस (hi).
#
# NEEDS REVIEW: this translation was written by the development team, not
# by a native speaker. Before a campaign relies on it, have a native
# speaker check every message. Messages missing here appear in English.
# Keep the variables ($name) and the message ids as they are.

## The page

page-title = अपना संकल्प लें – { $campaign }
loading = संकल्प बोर्ड लोड हो रहा है…
broken-heading = क्षमा करें, संकल्प बोर्ड काम नहीं कर रहा है
broken-try-later = कृपया बाद में फिर से प्रयास करें।
broken-details = अभियान टीम के लिए विवरण
heading = अपना संकल्प लें
lede = नफ़रत से होने वाले अपराधों के ख़िलाफ़ एक संकल्प लिखें, उसे संकल्प बोर्ड पर देखें, और साझा करें ताकि सब जानें कि हम साथ खड़े हैं।
language-label = भाषा
language-failed = { $language } लोड नहीं हो सकी। अपना कनेक्शन जाँचें और फिर से प्रयास करें।
privacy-note = आपका संकल्प और फ़ोटो इसी डिवाइस पर रहते हैं: आप जो कुछ लिखते या जोड़ते हैं, वह कहीं नहीं भेजा जाता।

## Writing the pledge

write-heading = अपना संकल्प लिखें
pledge-label = आपका संकल्प
pledge-hint = उदाहरण के लिए, “जब मैं नफ़रत देखूँगा, तो आवाज़ उठाऊँगा।” आप किसी भी भाषा में लिख सकते हैं।
error-prefix = त्रुटि:
pledge-too-long = आपका संकल्प बोर्ड पर आने के लिए बहुत लंबा है: इसे { $limit } अक्षरों या उससे कम का करें
pledge-empty = डाउनलोड करने से पहले अपना संकल्प लिखें, या कोई उदाहरण चुनें
pledge-limit = आप अधिकतम { $limit } अक्षर लिख सकते हैं
chars-left =
    { $count ->
        [one] आपके पास { $count } अक्षर बाकी है
       *[other] आपके पास { $count } अक्षर बाकी हैं
    }
chars-over =
    { $count ->
        [one] आपने { $count } अक्षर ज़्यादा लिखा है
       *[other] आपने { $count } अक्षर ज़्यादा लिखे हैं
    }
example-replaced = उदाहरण ने आपका लिखा हुआ बदल दिया है।
undo = वापस लाएँ
examples-summary = विचार चाहिए? संकल्प के उदाहरण देखें
use-example = यह उदाहरण इस्तेमाल करें
name-label = आपका नाम (वैकल्पिक)
name-hint = आपके संकल्प के नीचे “— नाम” की तरह दिखाया जाता है। गुमनाम रहने के लिए खाली छोड़ें।

## The preview

preview-heading = आपका संकल्प बोर्ड
board-alt =
    { $photo ->
        [yes] संकल्प बोर्ड, आपकी फ़ोटो के साथ: { $pledge }
       *[no] संकल्प बोर्ड: { $pledge }
    }
board-alt-signed =
    { $photo ->
        [yes] संकल्प बोर्ड, आपकी फ़ोटो के साथ: { $pledge } — { $name }
       *[no] संकल्प बोर्ड: { $pledge } — { $name }
    }
board-alt-empty =
    { $photo ->
        [yes] संकल्प बोर्ड, आपकी फ़ोटो के साथ, खाली: आपका संकल्प यहाँ दिखेगा।
       *[no] संकल्प बोर्ड, खाली: आपका संकल्प यहाँ दिखेगा।
    }
board-drawing-alt = संकल्प बोर्ड, बनाया जा रहा है
board-drawing = आपका संकल्प बोर्ड बनाया जा रहा है…
board-too-long-alt = संकल्प बोर्ड, खाली: आपका संकल्प उस पर दिखाने के लिए बहुत लंबा है
board-too-long = इसे यहाँ देखने के लिए अपना संकल्प छोटा करें।
board-stale = बोर्ड आपका संकल्प वैसा दिखा रहा है जैसा वह आख़िरी बार समाया था। बाकी देखने के लिए इसे छोटा करें।
fonts-loading = आपके संकल्प के लिए { $fonts } अक्षर लोड हो रहे हैं…
font-failed = { $font } अक्षर लोड नहीं हो सके, इसलिए बोर्ड अभी आपका संकल्प नहीं दिखा सकता। आपका संकल्प सुरक्षित है। अपना कनेक्शन जाँचें, फिर से प्रयास करें।
render-broken = आपका संकल्प बोर्ड बनाते समय कुछ गड़बड़ हो गई। आपका संकल्प सुरक्षित है। फिर से प्रयास करें।
try-again = फिर से प्रयास करें
download = छवि डाउनलोड करें
download-hint = PNG छवि, { $size }
list-and = { $first } और { $last }
list-comma = { $first }, { $rest }

## Writing systems

script-latin = लैटिन
script-extended = सिरिलिक, ग्रीक और अन्य लैटिन
script-arabic = अरबी
script-urdu = उर्दू
script-devanagari = देवनागरी (हिन्दी)
script-gujarati = गुजराती
script-gurmukhi = गुरमुखी (पंजाबी)

## The photo

photo-heading = फ़ोटो या सेल्फ़ी जोड़ें
photo-no-frame-try = आपके चुने हुए डिज़ाइन में फ़ोटो के लिए जगह नहीं है। फ़ोटो दिखाने के लिए “{ design-heading }” में “{ $board }” चुनें।
photo-no-frame-moves = आपके चुने हुए डिज़ाइन में फ़ोटो के लिए जगह नहीं है। अगर आप फ़ोटो जोड़ते हैं, तो आपका संकल्प “{ $board }” पर चला जाएगा, जिसमें फ़ोटो के लिए जगह है।
photo-no-frame = आपके चुने हुए डिज़ाइन में फ़ोटो के लिए जगह नहीं है।
photo-choose = फ़ोटो चुनें
photo-choose-other = कोई दूसरी फ़ोटो चुनें
photo-hint = JPEG, PNG या WebP फ़ोटो। यह इसी डिवाइस पर रहती है: कहीं नहीं भेजी जाती।
take-selfie = सेल्फ़ी लें
photo-preparing = आपकी फ़ोटो तैयार की जा रही है…
photo-restoring = आपकी फ़ोटो वापस लाई जा रही है…
photo-not-kept = आपकी फ़ोटो इतनी बड़ी है कि पेज दोबारा लोड होने पर सहेजी नहीं जा सकती। पेज खुला रहने तक यह बोर्ड पर रहेगी।
place-legend = अपनी फ़ोटो की जगह तय करें
place-hint = या इसे बोर्ड पर खींचें, और माउस व्हील या चुटकी से ज़ूम करें।
move-left = बाएँ करें
move-right = दाएँ करें
move-up = ऊपर करें
move-down = नीचे करें
zoom-in = बड़ा करें
zoom-out = छोटा करें
reset = पहले जैसा करें
zoom-level = ज़ूम: { $percent } %
remove-photo = फ़ोटो हटाएँ

## Photos that cannot be used

photo-too-big = यह फ़ाइल { $size } MB की है; { $max } MB तक की फ़ोटो इस्तेमाल की जा सकती हैं। छोटी फ़ोटो चुनें।
photo-heic = यह HEIC फ़ोटो है, जो iPhone का फ़ॉर्मैट है और वेब पेज इसे पढ़ नहीं सकते। इसे Photos ऐप से फिर से चुनें (तब यह आमतौर पर JPEG के रूप में भेजी जाती है), या JPEG फ़ोटो लेने के लिए Settings > Camera > Formats में Most Compatible चुनें।
photo-not-image = यह फ़ाइल ऐसी फ़ोटो नहीं है जिसे इस्तेमाल किया जा सके। JPEG, PNG या WebP छवि चुनें।
photo-too-many-pixels = यह फ़ोटो { $width } × { $height } पिक्सेल की है, जो इस डिवाइस पर तैयार करने के लिए बहुत बड़ी है। छोटी फ़ोटो चुनें ({ $megapixels } मेगापिक्सेल तक)।
photo-corrupt = यह फ़ोटो पढ़ी नहीं जा सकी: फ़ाइल ख़राब या अधूरी हो सकती है। कोई दूसरी फ़ोटो आज़माएँ।
photo-unreadable = यह फ़ाइल पढ़ी नहीं जा सकी। इसे फिर से चुनकर देखें।
photo-not-prepared = आपकी फ़ोटो तैयार नहीं हो सकी। आपका संकल्प सुरक्षित है; फ़ोटो फिर से जोड़ने का प्रयास करें।

## Choosing a design

design-heading = डिज़ाइन चुनें
board-legend = बोर्ड का डिज़ाइन
size-legend = छवि का आकार
start-again = फिर से शुरू करें
start-again-hint = इस पेज से आपका संकल्प, फ़ोटो और चुनाव मिटा देता है।

## After a download

next-heading = आगे क्या करें
share-heading = अपना संकल्प साझा करें
share-with = अपनी छवि सोशल मीडिया पर { $hashtags } के साथ पोस्ट करें।
share-with-handle = अपनी छवि सोशल मीडिया पर { $hashtags } के साथ पोस्ट करें और { $handle } को टैग करें।
caption-label = इसके साथ पोस्ट करने के लिए कैप्शन
copy-caption = कैप्शन कॉपी करें
send-heading = इसे हमें भेजें
send-email = हमारे अभियान के मोंटाज का हिस्सा बनने के लिए अपनी छवि { $email } पर ई-मेल करें।
if-it-happened = अगर आपके या आपके किसी परिचित के साथ नफ़रत से जुड़ा अपराध हुआ है
how-to-report = नफ़रत से जुड़े अपराध की रिपोर्ट कैसे करें

## Reporting hate crime

report-heading = नफ़रत से जुड़े अपराध की रिपोर्ट करें
report-emergency = आपात स्थिति में { $number } पर कॉल करें।
report-non-emergency = अगर आपात स्थिति नहीं है, तो { $number } पर कॉल करें।
report-online = या ऑनलाइन रिपोर्ट करें: { $link }

## Said to screen-reader users

said-example-used = उदाहरण अब आपके संकल्प के बॉक्स में है।
said-own-words = आपके अपने शब्द संकल्प के बॉक्स में वापस आ गए हैं।
said-fonts-loading = { $fonts } अक्षर लोड हो रहे हैं…
said-downloaded = आपके संकल्प की छवि डाउनलोड हो गई है। आगे क्या करें, नीचे देखें।
said-caption-copied = कैप्शन कॉपी हो गया।
said-caption-not-copied = कैप्शन कॉपी नहीं हो सका: उसे चुनकर ख़ुद कॉपी करें।
said-cleared = आपका संकल्प मिटा दिया गया है।
said-cleared-photo = आपका संकल्प और फ़ोटो मिटा दिए गए हैं।
said-photo-on-board = आपकी फ़ोटो बोर्ड पर है। आप इसे खिसका और ज़ूम कर सकते हैं।
said-photo-board-changed = आपकी फ़ोटो बोर्ड पर है: अब डिज़ाइन “{ $board }” है, जिसमें फ़ोटो के लिए जगह है। आप इसे खिसका और ज़ूम कर सकते हैं।
said-photo-no-frame = आपकी फ़ोटो तैयार है। इसे देखने के लिए फ़ोटो फ़्रेम वाला डिज़ाइन चुनें।
said-photo-removed = आपकी फ़ोटो हटा दी गई है।
said-moved =
    { $direction ->
        [left] फ़ोटो बाएँ खिसकी।
        [right] फ़ोटो दाएँ खिसकी।
        [up] फ़ोटो ऊपर खिसकी।
       *[down] फ़ोटो नीचे खिसकी।
    }
said-cannot-move =
    { $direction ->
        [left] फ़ोटो और बाएँ नहीं जा सकती।
        [right] फ़ोटो और दाएँ नहीं जा सकती।
        [up] फ़ोटो और ऊपर नहीं जा सकती।
       *[down] फ़ोटो और नीचे नहीं जा सकती।
    }
said-zoomed = फ़ोटो { $percent } प्रतिशत तक ज़ूम हुई।
said-reset = फ़ोटो फिर से फ़्रेम भर रही है।

## Writing by hand (the pen)

mode-legend = आप अपना संकल्प कैसे बनाना चाहेंगे?
mode-type = टाइप करें
mode-write = हाथ से लिखें
mode-paper = काग़ज़ पर लिखे संकल्प की फ़ोटो इस्तेमाल करें
paper-hint = अपना संकल्प काग़ज़ पर लिखें (प्रिंट किया हुआ ख़ाली बोर्ड, या कोई भी काग़ज़), फिर नीचे उसकी फ़ोटो जोड़ें। फ़ोटो पूरी तस्वीर भर देती है, और नीचे अभियान के हैशटैग होते हैं।
paper-needs-photo = पहले काग़ज़ पर लिखे अपने संकल्प की फ़ोटो जोड़ें।
board-alt-paper = संकल्प की तस्वीर: काग़ज़ पर लिखे संकल्प की फ़ोटो
board-alt-paper-says = संकल्प की तस्वीर, काग़ज़ पर लिखे संकल्प की फ़ोटो: { $pledge }
board-alt-paper-empty = संकल्प की तस्वीर, ख़ाली: काग़ज़ पर लिखे अपने संकल्प की फ़ोटो जोड़ें।
board-alt-handwritten =
    { $photo ->
        [yes] संकल्प बोर्ड, आपकी फ़ोटो के साथ: हाथ से लिखा संकल्प
       *[no] संकल्प बोर्ड: हाथ से लिखा संकल्प
    }
board-alt-handwritten-says =
    { $photo ->
        [yes] संकल्प बोर्ड, आपकी फ़ोटो के साथ, हाथ से लिखा: { $pledge }
       *[no] संकल्प बोर्ड, हाथ से लिखा: { $pledge }
    }
pen-label = संकल्प बोर्ड पर लिखने की जगह: यहाँ उँगली, स्टाइलस या माउस से अपना संकल्प लिखें
pen-hint = बोर्ड पर चिह्नित खाने में उँगली, स्टाइलस या माउस से लिखें। पेज स्क्रॉल करने के लिए बोर्ड के बाहर स्वाइप करें।
pen-failed = पेन शुरू नहीं हो सका। अपना कनेक्शन जाँचें और फिर से कोशिश करें, या इसके बजाय अपना संकल्प टाइप करें।
ink-undo = पूर्ववत करें
ink-redo = फिर से करें
ink-clear = लिखावट मिटाएँ
ink-full = बोर्ड भर गया है। और लिखने के लिए कुछ लिखावट पूर्ववत करें या मिटाएँ।
ink-damaged = आपकी पहले की लिखावट वापस नहीं लाई जा सकी, इसलिए उसे हटा दिया गया। आपके संकल्प का बाकी हिस्सा सुरक्षित है।
says-label = आपकी लिखावट में क्या लिखा है? (वैकल्पिक)
says-hint = हाथ से लिखे शब्द टाइप करें। जो लोग छवि नहीं देख सकते वे इन्हें सुनते हैं, और साझा करते समय ये कैप्शन में जाते हैं।
ink-colour-legend = स्याही का रंग
ink-colour = रंग { $n }
ink-width-legend = पेन की मोटाई
ink-width-fine = पतली
ink-width-medium = मध्यम
ink-width-bold = मोटी
said-ink-undone = आपकी लिखी आख़िरी रेखा वापस ले ली गई।
said-ink-redone = रेखा वापस लगा दी गई।
said-ink-cleared = आपकी लिखावट मिटा दी गई।

## The blank board to print

print-heading = या काग़ज़ पर लिखें
print-intro = एक ख़ाली बोर्ड डाउनलोड करें, उसे प्रिंट करें और उस पर अपना संकल्प हाथ से लिखें, फिर उसकी फ़ोटो लें। दूसरा पेज बताता है कि आगे क्या करना है।
print-paper-legend = काग़ज़ का आकार
print-a4 = A4
print-letter = US Letter
print-save-ink = कम स्याही (हल्के रंग)
print-button = प्रिंट करने के लिए बोर्ड डाउनलोड करें (PDF)
print-making = प्रिंट के लिए बोर्ड तैयार हो रहा है…
print-done = प्रिंट के लिए बोर्ड डाउनलोड हो गया: { $file }
print-failed = प्रिंट के लिए बोर्ड नहीं बन सका: { $why } फिर से कोशिश करें, या अपना संकल्प स्क्रीन पर बनाएँ।
print-instructions-heading = इस बोर्ड पर अपना संकल्प कैसे लिखें
print-step-write = सफ़ेद ख़ाने में अपना संकल्प किसी भी भाषा में लिखें।
print-step-photo = बोर्ड की फ़ोटो लें, या उसे पकड़कर सेल्फ़ी लें।

## Leaving quickly, sharing, e-mail (issue 7)

quick-exit = यह पेज छोड़ें
quick-exit-tip = यह पेज जल्दी छोड़ने के लिए Esc दबाएँ या “यह पेज छोड़ें” चुनें: इससे आपका संकल्प और फ़ोटो मिट जाते हैं और एक सामान्य वेबसाइट खुल जाती है।
share-image = छवि साझा करें
share-failed = आपकी छवि साझा नहीं हो सकी। इसे डाउनलोड करें, फिर अपने डिवाइस से साझा करें।
email-subject = मेरा संकल्प – { $campaign }
email-body = यह मेरा संकल्प है – { $campaign }। यह ईमेल भेजने से पहले डाउनलोड की गई छवि संलग्न करें: { $file }
email-attach-hint = ईमेल भेजने के लिए तैयार खुलेगा: पहले डाउनलोड की गई छवि ({ $file }) संलग्न करें।

## When the app cannot run

fallback-heading = आप अब भी अपना संकल्प ले सकते हैं
fallback-no-script = आपके संकल्प की तस्वीर बनाने के लिए इस पेज को JavaScript चाहिए, और इस ब्राउज़र में JavaScript बंद है।
fallback-cannot-run = यह ब्राउज़र संकल्प की तस्वीर नहीं बना सकता: शायद JavaScript बंद है, या ब्राउज़र बहुत पुराना है।
fallback-write = अपना संकल्प किसी भी भाषा में कागज़ पर लिखें।
fallback-photo = उसकी फ़ोटो लें, चाहें तो खुद भी फ़ोटो में रहें।
fallback-languages = यह पेज दूसरी भाषाओं में
