# Pledge Board: ગુજરાતીમાં ઇન્ટરફેસ (gu).
#
# NEEDS REVIEW: this translation was written by the development team, not
# by a native speaker. Before a campaign relies on it, have a native
# speaker check every message. Messages missing here appear in English.
# Keep the variables ($name) and the message ids as they are.

## The page

page-title = તમારો સંકલ્પ લો – { $campaign }
loading = સંકલ્પ બોર્ડ લોડ થઈ રહ્યું છે…
broken-heading = માફ કરશો, સંકલ્પ બોર્ડ કામ કરતું નથી
broken-try-later = કૃપા કરીને પછીથી ફરી પ્રયાસ કરો.
broken-details = અભિયાન ટીમ માટે વિગતો
heading = તમારો સંકલ્પ લો
lede = નફરતના ગુનાઓ સામે સંકલ્પ લખો, તેને સંકલ્પ બોર્ડ પર જુઓ, અને શેર કરો જેથી બતાવી શકાય કે આપણે સાથે છીએ.
language-label = ભાષા
language-failed = { $language } લોડ થઈ શકી નહીં. તમારું કનેક્શન તપાસો અને ફરી પ્રયાસ કરો.
privacy-note = તમારો સંકલ્પ અને ફોટો આ ઉપકરણ પર જ રહે છે: તમે જે લખો કે ઉમેરો તે ક્યાંય મોકલાતું નથી.

## Writing the pledge

write-heading = તમારો સંકલ્પ લખો
pledge-label = તમારો સંકલ્પ
pledge-hint = ઉદાહરણ તરીકે, “જ્યારે હું નફરત જોઈશ ત્યારે અવાજ ઉઠાવીશ.” તમે કોઈપણ ભાષામાં લખી શકો છો.
error-prefix = ભૂલ:
pledge-too-long = તમારો સંકલ્પ બોર્ડ પર સમાવવા માટે ખૂબ લાંબો છે: તેને { $limit } અક્ષરો કે તેથી ઓછો કરો
pledge-empty = ડાઉનલોડ કરતાં પહેલાં તમારો સંકલ્પ લખો, અથવા કોઈ ઉદાહરણ પસંદ કરો
pledge-limit = તમે વધુમાં વધુ { $limit } અક્ષરો લખી શકો છો
chars-left =
    { $count ->
        [one] તમારી પાસે { $count } અક્ષર બાકી છે
       *[other] તમારી પાસે { $count } અક્ષરો બાકી છે
    }
chars-over =
    { $count ->
        [one] તમે { $count } અક્ષર વધારે લખ્યો છે
       *[other] તમે { $count } અક્ષરો વધારે લખ્યા છે
    }
example-replaced = ઉદાહરણે તમે લખેલું બદલી નાખ્યું છે.
undo = પાછું લાવો
examples-summary = વિચારો જોઈએ છે? સંકલ્પનાં ઉદાહરણો જુઓ
use-example = આ ઉદાહરણ વાપરો
name-label = તમારું નામ (વૈકલ્પિક)
name-hint = તમારા સંકલ્પ નીચે “— નામ” તરીકે બતાવાય છે. અનામી રહેવા માટે ખાલી છોડો.

## The preview

preview-heading = તમારું સંકલ્પ બોર્ડ
board-alt =
    { $photo ->
        [yes] સંકલ્પ બોર્ડ, તમારા ફોટા સાથે: { $pledge }
       *[no] સંકલ્પ બોર્ડ: { $pledge }
    }
board-alt-signed =
    { $photo ->
        [yes] સંકલ્પ બોર્ડ, તમારા ફોટા સાથે: { $pledge } — { $name }
       *[no] સંકલ્પ બોર્ડ: { $pledge } — { $name }
    }
board-alt-empty =
    { $photo ->
        [yes] સંકલ્પ બોર્ડ, તમારા ફોટા સાથે, ખાલી: તમારો સંકલ્પ અહીં દેખાશે.
       *[no] સંકલ્પ બોર્ડ, ખાલી: તમારો સંકલ્પ અહીં દેખાશે.
    }
board-drawing-alt = સંકલ્પ બોર્ડ, દોરાઈ રહ્યું છે
board-drawing = તમારું સંકલ્પ બોર્ડ દોરાઈ રહ્યું છે…
board-too-long-alt = સંકલ્પ બોર્ડ, ખાલી: તમારો સંકલ્પ તેના પર બતાવવા માટે ખૂબ લાંબો છે
board-too-long = તેને અહીં જોવા માટે તમારો સંકલ્પ ટૂંકો કરો.
board-stale = બોર્ડ તમારો સંકલ્પ છેલ્લે જેટલો સમાયો હતો તેટલો બતાવે છે. બાકીનું જોવા માટે તેને ટૂંકો કરો.
fonts-loading = તમારા સંકલ્પ માટે { $fonts } અક્ષરો લોડ થઈ રહ્યા છે…
font-failed = { $font } અક્ષરો લોડ થઈ શક્યા નહીં, તેથી બોર્ડ હજી તમારો સંકલ્પ બતાવી શકતું નથી. તમારો સંકલ્પ સાચવેલો છે. તમારું કનેક્શન તપાસો, પછી ફરી પ્રયાસ કરો.
render-broken = તમારું સંકલ્પ બોર્ડ દોરતી વખતે કંઈક ખોટું થયું. તમારો સંકલ્પ સાચવેલો છે. ફરી પ્રયાસ કરો.
try-again = ફરી પ્રયાસ કરો
download = છબી ડાઉનલોડ કરો
download-hint = PNG છબી, { $size }
list-and = { $first } અને { $last }
list-comma = { $first }, { $rest }

## Writing systems

script-latin = લેટિન
script-extended = સિરિલિક, ગ્રીક અને વધુ લેટિન
script-arabic = અરબી
script-urdu = ઉર્દૂ
script-devanagari = દેવનાગરી (હિન્દી)
script-gujarati = ગુજરાતી
script-gurmukhi = ગુરુમુખી (પંજાબી)

## The photo

photo-heading = ફોટો કે સેલ્ફી ઉમેરો
photo-no-frame-try = તમે પસંદ કરેલી ડિઝાઇનમાં ફોટા માટે જગ્યા નથી. ફોટો બતાવવા “{ design-heading }” હેઠળ “{ $board }” પસંદ કરો.
photo-no-frame-moves = તમે પસંદ કરેલી ડિઝાઇનમાં ફોટા માટે જગ્યા નથી. જો તમે ફોટો ઉમેરશો, તો તમારો સંકલ્પ “{ $board }” પર જશે, જેમાં ફોટા માટે જગ્યા છે.
photo-no-frame = તમે પસંદ કરેલી ડિઝાઇનમાં ફોટા માટે જગ્યા નથી.
photo-choose = ફોટો પસંદ કરો
photo-choose-other = બીજો ફોટો પસંદ કરો
photo-hint = JPEG, PNG અથવા WebP ફોટો. તે આ ઉપકરણ પર જ રહે છે: ક્યાંય મોકલાતો નથી.
take-selfie = સેલ્ફી લો
photo-preparing = તમારો ફોટો તૈયાર થઈ રહ્યો છે…
photo-restoring = તમારો ફોટો પાછો લવાઈ રહ્યો છે…
photo-not-kept = તમારો ફોટો એટલો મોટો છે કે પેજ ફરી લોડ થાય તો સાચવી શકાય નહીં. પેજ ખુલ્લું છે ત્યાં સુધી તે બોર્ડ પર રહેશે.
place-legend = તમારો ફોટો ગોઠવો
place-hint = અથવા તેને બોર્ડ પર ખેંચો, અને માઉસના વ્હીલથી કે ચપટીથી ઝૂમ કરો.
move-left = ડાબે ખસેડો
move-right = જમણે ખસેડો
move-up = ઉપર ખસેડો
move-down = નીચે ખસેડો
zoom-in = મોટું કરો
zoom-out = નાનું કરો
reset = ફરી ગોઠવો
zoom-level = ઝૂમ: { $percent } %
remove-photo = ફોટો દૂર કરો

## Photos that cannot be used

photo-too-big = આ ફાઇલ { $size } MB ની છે; { $max } MB સુધીના ફોટા વાપરી શકાય છે. નાનો ફોટો પસંદ કરો.
photo-heic = આ HEIC ફોટો છે, જે iPhone નું ફોર્મેટ છે અને વેબ પેજ તેને વાંચી શકતા નથી. તેને Photos ઍપમાંથી ફરી પસંદ કરો (ત્યારે તે સામાન્ય રીતે JPEG તરીકે મોકલાય છે), અથવા JPEG ફોટા લેવા Settings > Camera > Formats માં Most Compatible પસંદ કરો.
photo-not-image = આ ફાઇલ વાપરી શકાય એવો ફોટો નથી. JPEG, PNG અથવા WebP છબી પસંદ કરો.
photo-too-many-pixels = આ ફોટો { $width } × { $height } પિક્સેલનો છે, જે આ ઉપકરણ પર તૈયાર કરવા માટે ખૂબ મોટો છે. નાનો ફોટો પસંદ કરો ({ $megapixels } મેગાપિક્સેલ સુધી).
photo-corrupt = આ ફોટો વાંચી શકાયો નહીં: ફાઇલ બગડેલી કે અધૂરી હોઈ શકે. બીજો ફોટો અજમાવો.
photo-unreadable = આ ફાઇલ વાંચી શકાઈ નહીં. તેને ફરી પસંદ કરી જુઓ.
photo-not-prepared = તમારો ફોટો તૈયાર થઈ શક્યો નહીં. તમારો સંકલ્પ સુરક્ષિત છે; ફોટો ફરી ઉમેરવાનો પ્રયાસ કરો.

## Choosing a design

design-heading = ડિઝાઇન પસંદ કરો
board-legend = બોર્ડની ડિઝાઇન
size-legend = છબીનું કદ
start-again = ફરી શરૂ કરો
start-again-hint = આ પેજ પરથી તમારો સંકલ્પ, ફોટો અને પસંદગીઓ ભૂંસી નાખે છે.

## After a download

next-heading = હવે શું કરવું
share-heading = તમારો સંકલ્પ શેર કરો
share-with = તમારી છબી સોશિયલ મીડિયા પર { $hashtags } સાથે પોસ્ટ કરો.
share-with-handle = તમારી છબી સોશિયલ મીડિયા પર { $hashtags } સાથે પોસ્ટ કરો અને { $handle } ને ટૅગ કરો.
caption-label = તેની સાથે પોસ્ટ કરવા માટેનું લખાણ
copy-caption = લખાણ કૉપિ કરો
send-heading = અમને મોકલો
send-email = અમારા અભિયાનના મોન્ટાજનો ભાગ બનવા તમારી છબી { $email } પર ઈ-મેઇલ કરો.
if-it-happened = જો તમારી સાથે કે તમે જાણો છો તે કોઈની સાથે નફરતનો ગુનો થયો હોય
how-to-report = નફરતના ગુનાની જાણ કેવી રીતે કરવી

## Reporting hate crime

report-heading = નફરતના ગુનાની જાણ કરો
report-emergency = કટોકટીમાં, { $number } પર કૉલ કરો.
report-non-emergency = જો કટોકટી ન હોય, તો { $number } પર કૉલ કરો.
report-online = અથવા ઑનલાઇન જાણ કરો: { $link }

## Said to screen-reader users

said-example-used = ઉદાહરણ હવે તમારા સંકલ્પના ખાનામાં છે.
said-own-words = તમારા પોતાના શબ્દો સંકલ્પના ખાનામાં પાછા આવ્યા છે.
said-fonts-loading = { $fonts } અક્ષરો લોડ થઈ રહ્યા છે…
said-downloaded = તમારા સંકલ્પની છબી ડાઉનલોડ થઈ ગઈ છે. હવે શું કરવું તે નીચે છે.
said-caption-copied = લખાણ કૉપિ થયું.
said-caption-not-copied = લખાણ કૉપિ થઈ શક્યું નહીં: તેને પસંદ કરીને જાતે કૉપિ કરો.
said-cleared = તમારો સંકલ્પ ભૂંસી નાખવામાં આવ્યો છે.
said-cleared-photo = તમારો સંકલ્પ અને ફોટો ભૂંસી નાખવામાં આવ્યા છે.
said-photo-on-board = તમારો ફોટો બોર્ડ પર છે. તમે તેને ખસેડી અને ઝૂમ કરી શકો છો.
said-photo-board-changed = તમારો ફોટો બોર્ડ પર છે: હવે ડિઝાઇન “{ $board }” છે, જેમાં ફોટા માટે જગ્યા છે. તમે તેને ખસેડી અને ઝૂમ કરી શકો છો.
said-photo-no-frame = તમારો ફોટો તૈયાર છે. તેને જોવા ફોટો ફ્રેમવાળી ડિઝાઇન પસંદ કરો.
said-photo-removed = તમારો ફોટો દૂર કરવામાં આવ્યો છે.
said-moved =
    { $direction ->
        [left] ફોટો ડાબે ખસ્યો.
        [right] ફોટો જમણે ખસ્યો.
        [up] ફોટો ઉપર ખસ્યો.
       *[down] ફોટો નીચે ખસ્યો.
    }
said-cannot-move =
    { $direction ->
        [left] ફોટો વધુ ડાબે ખસી શકતો નથી.
        [right] ફોટો વધુ જમણે ખસી શકતો નથી.
        [up] ફોટો વધુ ઉપર ખસી શકતો નથી.
       *[down] ફોટો વધુ નીચે ખસી શકતો નથી.
    }
said-zoomed = ફોટો { $percent } ટકા સુધી ઝૂમ થયો.
said-reset = ફોટો ફરીથી ફ્રેમ ભરે છે.

## Writing by hand (the pen)

mode-legend = તમે તમારો સંકલ્પ કેવી રીતે બનાવવા માંગો છો?
mode-type = ટાઇપ કરો
mode-write = હાથથી લખો
mode-paper = કાગળ પર લખેલા સંકલ્પનો ફોટો વાપરો
paper-hint = તમારો સંકલ્પ કાગળ પર લખો (છાપેલું ખાલી બોર્ડ, અથવા કોઈ પણ કાગળ), પછી નીચે તેનો ફોટો ઉમેરો. ફોટો આખી છબી ભરી દે છે, અને નીચે અભિયાનના હેશટેગ હોય છે.
paper-needs-photo = પહેલાં કાગળ પર લખેલા તમારા સંકલ્પનો ફોટો ઉમેરો.
board-alt-paper = સંકલ્પની છબી: કાગળ પર લખેલા સંકલ્પનો ફોટો
board-alt-paper-says = સંકલ્પની છબી, કાગળ પર લખેલા સંકલ્પનો ફોટો: { $pledge }
board-alt-paper-empty = સંકલ્પની છબી, ખાલી: કાગળ પર લખેલા તમારા સંકલ્પનો ફોટો ઉમેરો.
board-alt-handwritten =
    { $photo ->
        [yes] સંકલ્પ બોર્ડ, તમારા ફોટા સાથે: હાથથી લખેલો સંકલ્પ
       *[no] સંકલ્પ બોર્ડ: હાથથી લખેલો સંકલ્પ
    }
board-alt-handwritten-says =
    { $photo ->
        [yes] સંકલ્પ બોર્ડ, તમારા ફોટા સાથે, હાથથી લખેલું: { $pledge }
       *[no] સંકલ્પ બોર્ડ, હાથથી લખેલું: { $pledge }
    }
pen-label = સંકલ્પ બોર્ડ પર લખવાની જગ્યા: અહીં આંગળી, સ્ટાઇલસ અથવા માઉસથી તમારો સંકલ્પ લખો
pen-hint = બોર્ડ પરના ચિહ્નિત ખાનામાં આંગળી, સ્ટાઇલસ અથવા માઉસથી લખો. પેજ સ્ક્રોલ કરવા માટે બોર્ડની બહાર સ્વાઇપ કરો.
pen-failed = પેન શરૂ થઈ શકી નહીં. તમારું જોડાણ તપાસો અને ફરી પ્રયાસ કરો, અથવા તેના બદલે તમારો સંકલ્પ ટાઇપ કરો.
ink-undo = પૂર્વવત્ કરો
ink-redo = ફરી કરો
ink-clear = લખાણ ભૂંસી નાખો
ink-full = બોર્ડ ભરાઈ ગયું છે. વધુ લખવા માટે થોડું લખાણ પૂર્વવત્ કરો અથવા ભૂંસી નાખો.
ink-damaged = તમારું અગાઉનું હસ્તલેખન પાછું લાવી શકાયું નહીં, તેથી તે દૂર કરવામાં આવ્યું. તમારા સંકલ્પનો બાકીનો ભાગ સાચવેલો છે.
says-label = તમારા લખાણમાં શું લખ્યું છે? (વૈકલ્પિક)
says-hint = તમે હાથથી લખેલા શબ્દો ટાઇપ કરો. જે લોકો છબી જોઈ શકતા નથી તેઓ તે સાંભળે છે, અને શેર કરતી વખતે તે કૅપ્શનમાં જાય છે.
ink-colour-legend = શાહીનો રંગ
ink-colour = રંગ { $n }
ink-width-legend = પેનની જાડાઈ
ink-width-fine = પાતળી
ink-width-medium = મધ્યમ
ink-width-bold = જાડી
said-ink-undone = તમે લખેલી છેલ્લી રેખા પાછી લેવાઈ.
said-ink-redone = રેખા પાછી મૂકાઈ.
said-ink-cleared = તમારું લખાણ ભૂંસાઈ ગયું.

## The blank board to print

print-heading = અથવા કાગળ પર લખો
print-intro = ખાલી બોર્ડ ડાઉનલોડ કરો, તેને છાપો અને તેના પર તમારો સંકલ્પ હાથથી લખો, પછી તેનો ફોટો લો. બીજું પાનું કહે છે કે આગળ શું કરવું.
print-paper-legend = કાગળનું કદ
print-a4 = A4
print-letter = US Letter
print-save-ink = ઓછી શાહી (આછા રંગો)
print-button = છાપવા માટે બોર્ડ ડાઉનલોડ કરો (PDF)
print-making = છાપવા માટે બોર્ડ તૈયાર થઈ રહ્યું છે…
print-done = છાપવા માટેનું બોર્ડ ડાઉનલોડ થયું: { $file }
print-failed = છાપવા માટેનું બોર્ડ બની શક્યું નહીં: { $why } ફરી પ્રયાસ કરો, અથવા તમારો સંકલ્પ સ્ક્રીન પર બનાવો.
print-instructions-heading = આ બોર્ડ પર તમારો સંકલ્પ કેવી રીતે લખવો
print-step-write = સફેદ ખાનામાં તમારો સંકલ્પ કોઈ પણ ભાષામાં લખો.
print-step-photo = બોર્ડનો ફોટો લો, અથવા તેને પકડીને સેલ્ફી લો.

## Leaving quickly, sharing, e-mail (issue 7)

quick-exit = આ પાનું છોડો
quick-exit-tip = આ પાનું ઝડપથી છોડવા Esc દબાવો અથવા “આ પાનું છોડો” પસંદ કરો: તેનાથી તમારો સંકલ્પ અને ફોટો ભૂંસાઈ જાય છે અને એક સામાન્ય વેબસાઇટ ખૂલે છે.
share-image = છબી શેર કરો
share-failed = તમારી છબી શેર થઈ શકી નથી. તેને ડાઉનલોડ કરો, પછી તમારા ઉપકરણ પરથી શેર કરો.
email-subject = મારો સંકલ્પ – { $campaign }
email-body = આ મારો સંકલ્પ છે – { $campaign }. આ ઈ-મેલ મોકલતા પહેલાં ડાઉનલોડ કરેલી છબી જોડો: { $file }
email-attach-hint = ઈ-મેલ મોકલવા માટે તૈયાર ખૂલશે: પહેલાં ડાઉનલોડ કરેલી છબી ({ $file }) જોડો.

## When the app cannot run

fallback-heading = તમે હજુ પણ તમારો સંકલ્પ લઈ શકો છો
fallback-no-script = તમારા સંકલ્પની છબી બનાવવા માટે આ પેજને JavaScript જોઈએ, અને આ બ્રાઉઝરમાં JavaScript બંધ છે.
fallback-cannot-run = આ બ્રાઉઝર સંકલ્પની છબી બનાવી શકતું નથી: કદાચ JavaScript બંધ છે, અથવા બ્રાઉઝર બહુ જૂનું છે.
fallback-write = તમારો સંકલ્પ કોઈ પણ ભાષામાં કાગળ પર લખો.
fallback-photo = તેનો ફોટો લો, ઇચ્છો તો તમે પણ ફોટામાં રહો.
fallback-languages = આ પેજ અન્ય ભાષાઓમાં
