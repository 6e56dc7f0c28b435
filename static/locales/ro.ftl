# Pledge Board: interfața în limba română (ro).
#
# NEEDS REVIEW: this translation was written by the development team, not
# by a native speaker. Before a campaign relies on it, have a native
# speaker check every message. Messages missing here appear in English.
# Keep the variables ($name) and the message ids as they are.

## The page

page-title = Fă-ți angajamentul – { $campaign }
loading = Se încarcă panoul angajamentelor…
broken-heading = Ne pare rău, panoul angajamentelor nu funcționează
broken-try-later = Încearcă din nou mai târziu.
broken-details = Detalii pentru echipa campaniei
heading = Fă-ți angajamentul
lede = Scrie un angajament împotriva infracțiunilor motivate de ură, vezi-l pe panou și distribuie-l ca să arăți că suntem împreună.
language-label = Limba
language-failed = Limba { $language } nu a putut fi încărcată. Verifică conexiunea și încearcă din nou.
privacy-note = Angajamentul și fotografia ta rămân pe acest dispozitiv: nimic din ce scrii sau adaugi nu este trimis nicăieri.

## Writing the pledge

write-heading = Scrie-ți angajamentul
pledge-label = Angajamentul tău
pledge-hint = De exemplu: „Voi lua atitudine când văd ură.” Poți scrie în orice limbă.
error-prefix = Eroare:
pledge-too-long = Angajamentul tău este prea lung pentru panou: scurtează-l la cel mult { $limit } caractere
pledge-empty = Scrie-ți angajamentul sau alege un exemplu înainte de descărcare
pledge-limit = Poți introduce până la { $limit } caractere
chars-left =
    { $count ->
        [one] Mai ai { $count } caracter
        [few] Mai ai { $count } caractere
       *[other] Mai ai { $count } de caractere
    }
chars-over =
    { $count ->
        [one] Ai { $count } caracter în plus
        [few] Ai { $count } caractere în plus
       *[other] Ai { $count } de caractere în plus
    }
example-replaced = Exemplul a înlocuit ce ai scris.
undo = Anulează
examples-summary = Ai nevoie de idei? Vezi exemple de angajamente
use-example = Folosește acest exemplu
name-label = Numele tău (opțional)
name-hint = Apare sub angajament ca „— Nume”. Lasă gol ca să rămâi anonim.

## The preview

preview-heading = Panoul tău
board-alt =
    { $photo ->
        [yes] Panou cu angajament, cu fotografia ta: { $pledge }
       *[no] Panou cu angajament: { $pledge }
    }
board-alt-signed =
    { $photo ->
        [yes] Panou cu angajament, cu fotografia ta: { $pledge } — { $name }
       *[no] Panou cu angajament: { $pledge } — { $name }
    }
board-alt-empty =
    { $photo ->
        [yes] Panou cu angajament, cu fotografia ta, gol: angajamentul tău va apărea aici.
       *[no] Panou cu angajament, gol: angajamentul tău va apărea aici.
    }
board-drawing-alt = Panou cu angajament, în curs de desenare
board-drawing = Se desenează panoul…
board-too-long-alt = Panou cu angajament, gol: angajamentul este prea lung pentru a fi afișat
board-too-long = Scurtează angajamentul ca să-l vezi aici.
board-stale = Panoul arată angajamentul așa cum a încăput ultima dată. Scurtează-l ca să vezi restul.
fonts-loading = Se încarcă literele pentru angajament ({ $fonts })…
font-failed = Literele ({ $font }) nu au putut fi încărcate, așa că panoul nu poate afișa încă angajamentul. Angajamentul tău este păstrat. Verifică conexiunea, apoi încearcă din nou.
render-broken = Ceva nu a mers bine la desenarea panoului. Angajamentul tău este păstrat. Încearcă din nou.
try-again = Încearcă din nou
download = Descarcă imaginea
download-hint = Imagine PNG, { $size }
list-and = { $first } și { $last }
list-comma = { $first }, { $rest }

## Writing systems

script-latin = alfabetul latin
script-extended = chirilic, grec și latin extins
script-arabic = arab
script-urdu = urdu
script-devanagari = devanagari (hindi)
script-gujarati = gujarati
script-gurmukhi = gurmukhi (punjabi)

## The photo

photo-heading = Adaugă o fotografie sau un selfie
photo-no-frame-try = Modelul ales nu are loc pentru o fotografie. Alege „{ $board }” la „{ design-heading }” ca s-o afișezi.
photo-no-frame-moves = Modelul ales nu are loc pentru o fotografie. Dacă adaugi una, angajamentul tău trece pe „{ $board }”, care are loc pentru ea.
photo-no-frame = Modelul ales nu are loc pentru o fotografie.
photo-choose = Alege o fotografie
photo-choose-other = Alege altă fotografie
photo-hint = O fotografie JPEG, PNG sau WebP. Rămâne pe acest dispozitiv: nu este trimisă nicăieri.
take-selfie = Fă un selfie
photo-preparing = Se pregătește fotografia…
photo-restoring = Se readuce fotografia…
photo-not-kept = Fotografia ta este prea mare pentru a fi păstrată dacă pagina se reîncarcă. Rămâne pe panou cât timp pagina este deschisă.
place-legend = Așază fotografia
place-hint = Sau trage-o pe panou și mărește-o cu rotița mouse-ului sau prin ciupire.
move-left = Mută la stânga
move-right = Mută la dreapta
move-up = Mută în sus
move-down = Mută în jos
zoom-in = Mărește
zoom-out = Micșorează
reset = Resetează
zoom-level = Mărire: { $percent } %
remove-photo = Elimină fotografia

## Photos that cannot be used

photo-too-big = Acest fișier are { $size } MB; se pot folosi fotografii de până la { $max } MB. Alege o fotografie mai mică.
photo-heic = Aceasta este o fotografie HEIC, formatul iPhone, pe care paginile web nu îl pot citi. Alege-o din nou din aplicația Poze (de obicei este trimisă atunci ca JPEG) sau setează Configurări > Cameră > Formate la „Cel mai compatibil” ca să faci fotografii JPEG.
photo-not-image = Acest fișier nu este o fotografie care poate fi folosită. Alege o imagine JPEG, PNG sau WebP.
photo-too-many-pixels = Această fotografie are { $width } × { $height } pixeli, prea mult pentru a fi pregătită pe acest dispozitiv. Alege o fotografie mai mică (până la { $megapixels } de megapixeli).
photo-corrupt = Fotografia nu a putut fi citită: fișierul poate fi deteriorat sau incomplet. Încearcă altă fotografie.
photo-unreadable = Fișierul nu a putut fi citit. Încearcă să-l alegi din nou.
photo-not-prepared = Fotografia nu a putut fi pregătită. Angajamentul tău este în siguranță; încearcă din nou să adaugi fotografia.

## Choosing a design

design-heading = Alege un model
board-legend = Modelul panoului
size-legend = Dimensiunea imaginii
start-again = Începe din nou
start-again-hint = Șterge de pe această pagină angajamentul, fotografia și alegerile tale.

## After a download

next-heading = Ce urmează
share-heading = Distribuie-ți angajamentul
share-with = Publică imaginea pe rețelele sociale cu { $hashtags }.
share-with-handle = Publică imaginea pe rețelele sociale cu { $hashtags } și etichetează { $handle }.
caption-label = Text de publicat împreună cu imaginea
copy-caption = Copiază textul
send-heading = Trimite-ne-o
send-email = Trimite imaginea prin e-mail la { $email } ca să faci parte din montajul campaniei noastre.
if-it-happened = Dacă tu sau cineva cunoscut ați fost victimele unei infracțiuni motivate de ură
how-to-report = Cum raportezi o infracțiune motivată de ură

## Reporting hate crime

report-heading = Raportează infracțiunile motivate de ură
report-emergency = În caz de urgență, sună la { $number }.
report-non-emergency = Dacă nu este o urgență, sună la { $number }.
report-online = Sau raportează online: { $link }

## Said to screen-reader users

said-example-used = Exemplul este acum în caseta angajamentului.
said-own-words = Cuvintele tale sunt din nou în caseta angajamentului.
said-fonts-loading = Se încarcă literele ({ $fonts })…
said-downloaded = Imaginea cu angajamentul tău a fost descărcată. Ce urmează este mai jos.
said-caption-copied = Text copiat.
said-caption-not-copied = Textul nu a putut fi copiat: selectează-l și copiază-l singur.
said-cleared = Angajamentul tău a fost șters.
said-cleared-photo = Angajamentul și fotografia ta au fost șterse.
said-photo-on-board = Fotografia ta este pe panou. O poți muta și mări.
said-photo-board-changed = Fotografia ta este pe panou: modelul este acum „{ $board }”, care are loc pentru ea. O poți muta și mări.
said-photo-no-frame = Fotografia ta este gata. Alege un model cu ramă pentru fotografie ca s-o vezi.
said-photo-removed = Fotografia ta a fost eliminată.
said-moved =
    { $direction ->
        [left] Fotografia a fost mutată la stânga.
        [right] Fotografia a fost mutată la dreapta.
        [up] Fotografia a fost mutată în sus.
       *[down] Fotografia a fost mutată în jos.
    }
said-cannot-move =
    { $direction ->
        [left] Fotografia nu mai poate fi mutată la stânga.
        [right] Fotografia nu mai poate fi mutată la dreapta.
        [up] Fotografia nu mai poate fi mutată în sus.
       *[down] Fotografia nu mai poate fi mutată în jos.
    }
said-zoomed = Fotografia mărită la { $percent } la sută.
said-reset = Fotografia umple din nou rama.

## Writing by hand (the pen)

mode-legend = Cum vrei să îți faci angajamentul?
mode-type = Scrie-l de la tastatură
mode-write = Scrie-l de mână
mode-paper = Folosește o fotografie a angajamentului de pe hârtie
paper-hint = Scrie-ți angajamentul pe hârtie (un panou gol tipărit sau orice foaie), apoi adaugă mai jos o fotografie a lui. Fotografia umple imaginea, cu hashtagurile campaniei în partea de jos.
paper-needs-photo = Adaugă mai întâi o fotografie a angajamentului de pe hârtie.
board-alt-paper = Imaginea angajamentului: fotografia unui angajament scris pe hârtie
board-alt-paper-says = Imaginea angajamentului, fotografia unui angajament scris pe hârtie: { $pledge }
board-alt-paper-empty = Imaginea angajamentului, goală: adaugă o fotografie a angajamentului de pe hârtie.
board-alt-handwritten =
    { $photo ->
        [yes] Panou cu angajament, cu fotografia ta: un angajament scris de mână
       *[no] Panou cu angajament: un angajament scris de mână
    }
board-alt-handwritten-says =
    { $photo ->
        [yes] Panou cu angajament, cu fotografia ta, scris de mână: { $pledge }
       *[no] Panou cu angajament, scris de mână: { $pledge }
    }
pen-label = Zona de scris de pe panou: scrie-ți aici angajamentul cu degetul, cu un stilou digital sau cu mouse-ul
pen-hint = Scrie în caseta marcată de pe panou cu degetul, cu un stilou digital sau cu mouse-ul. Ca să derulezi pagina, glisează în afara panoului.
pen-failed = Stiloul nu a putut porni. Verifică-ți conexiunea și încearcă din nou sau scrie-ți angajamentul de la tastatură.
ink-undo = Anulează
ink-redo = Refă
ink-clear = Șterge scrisul
ink-full = Panoul e plin. Anulează sau șterge o parte din scris ca să scrii mai mult.
ink-damaged = Scrisul tău de mână de dinainte nu a putut fi readus, așa că a fost șters. Restul angajamentului tău este păstrat.
says-label = Ce spune scrisul tău? (opțional)
says-hint = Scrie cuvintele pe care le-ai scris de mână. Cei care nu pot vedea imaginea le aud, iar ele apar în descriere când o distribui.
ink-colour-legend = Culoarea cernelii
ink-colour = Culoarea { $n }
ink-width-legend = Grosimea peniței
ink-width-fine = Subțire
ink-width-medium = Medie
ink-width-bold = Groasă
said-ink-undone = Ultima linie scrisă a fost anulată.
said-ink-redone = Linia a fost pusă înapoi.
said-ink-cleared = Scrisul tău a fost șters.

## The blank board to print

print-heading = Sau scrie pe hârtie
print-intro = Descarcă un panou gol, tipărește-l și scrie pe el angajamentul tău de mână, apoi fotografiază-l. A doua pagină spune ce urmează.
print-paper-legend = Dimensiunea hârtiei
print-a4 = A4
print-letter = US Letter
print-save-ink = Mai puțină cerneală (culori deschise)
print-button = Descarcă panoul de tipărit (PDF)
print-making = Se pregătește panoul de tipărit…
print-done = Panoul de tipărit a fost descărcat: { $file }
print-failed = Panoul de tipărit nu a putut fi făcut: { $why } Încearcă din nou sau fă-ți angajamentul pe ecran.
print-instructions-heading = Cum îți faci angajamentul pe acest panou
print-step-write = Scrie-ți angajamentul în caseta albă, în orice limbă.
print-step-photo = Fotografiază panoul sau fă-ți un selfie ținându-l în mână.

## Leaving quickly, sharing, e-mail (issue 7)

quick-exit = Părăsește pagina
quick-exit-tip = Pentru a părăsi rapid pagina, apasă Esc sau alege „Părăsește pagina”: îți șterge angajamentul și fotografia și deschide un site neutru.
share-image = Distribuie imaginea
share-failed = Imaginea nu a putut fi distribuită. Descarc-o și distribuie-o de pe dispozitivul tău.
email-subject = Angajamentul meu – { $campaign }
email-body = Acesta este angajamentul meu – { $campaign }. Înainte de a trimite acest e-mail, atașează imaginea descărcată: { $file }
email-attach-hint = E-mailul se deschide gata de trimis: mai întâi atașează imaginea descărcată ({ $file }).

## When the app cannot run

fallback-heading = Îți poți lua angajamentul în continuare
fallback-no-script = Această pagină are nevoie de JavaScript pentru a crea imaginea angajamentului tău, iar JavaScript este dezactivat în acest browser.
fallback-cannot-run = Acest browser nu poate crea imaginea angajamentului: poate JavaScript este dezactivat sau browserul este prea vechi.
fallback-write = Scrie-ți angajamentul pe o foaie de hârtie, în orice limbă.
fallback-photo = Fă-i o fotografie, cu tine în imagine, dacă vrei.
fallback-languages = Această pagină în alte limbi
