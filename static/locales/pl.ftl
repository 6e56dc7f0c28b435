# Pledge Board: interfejs po polsku (pl).
#
# NEEDS REVIEW: this translation was written by the development team, not
# by a native speaker. Before a campaign relies on it, have a native
# speaker check every message. Messages missing here appear in English.
# Keep the variables ($name) and the message ids as they are.

## The page

page-title = Złóż swoje zobowiązanie – { $campaign }
loading = Wczytywanie tablicy zobowiązań…
broken-heading = Przepraszamy, tablica zobowiązań nie działa
broken-try-later = Spróbuj ponownie później.
broken-details = Szczegóły dla zespołu kampanii
heading = Złóż swoje zobowiązanie
lede = Napisz zobowiązanie przeciwko przestępstwom z nienawiści, zobacz je na tablicy i udostępnij, aby pokazać, że jesteśmy razem.
language-label = Język
language-failed = Nie udało się wczytać języka: { $language }. Sprawdź połączenie i spróbuj ponownie.
privacy-note = Twoje zobowiązanie i zdjęcie zostają na tym urządzeniu: nic, co wpiszesz lub dodasz, nie jest nigdzie wysyłane.

## Writing the pledge

write-heading = Napisz swoje zobowiązanie
pledge-label = Twoje zobowiązanie
pledge-hint = Na przykład: „Zareaguję, gdy zobaczę nienawiść”. Możesz pisać w dowolnym języku.
error-prefix = Błąd:
pledge-too-long = Twoje zobowiązanie jest za długie, by zmieścić się na tablicy: skróć je do { $limit } znaków lub mniej
pledge-empty = Napisz zobowiązanie albo wybierz przykład, zanim je pobierzesz
pledge-limit = Możesz wpisać do { $limit } znaków
chars-left =
    { $count ->
        [one] Pozostał Ci { $count } znak
        [few] Pozostały Ci { $count } znaki
       *[many] Pozostało Ci { $count } znaków
    }
chars-over =
    { $count ->
        [one] Masz { $count } znak za dużo
        [few] Masz { $count } znaki za dużo
       *[many] Masz { $count } znaków za dużo
    }
example-replaced = Przykład zastąpił to, co napisałeś(-aś).
undo = Cofnij
examples-summary = Potrzebujesz pomysłu? Zobacz przykładowe zobowiązania
use-example = Użyj tego przykładu
name-label = Twoje imię (opcjonalnie)
name-hint = Widoczne pod zobowiązaniem jako „— Imię”. Zostaw puste, aby pozostać anonimowym.

## The preview

preview-heading = Twoja tablica zobowiązań
board-alt =
    { $photo ->
        [yes] Tablica zobowiązań z Twoim zdjęciem: { $pledge }
       *[no] Tablica zobowiązań: { $pledge }
    }
board-alt-signed =
    { $photo ->
        [yes] Tablica zobowiązań z Twoim zdjęciem: { $pledge } — { $name }
       *[no] Tablica zobowiązań: { $pledge } — { $name }
    }
board-alt-empty =
    { $photo ->
        [yes] Tablica zobowiązań z Twoim zdjęciem, pusta: tu pojawi się Twoje zobowiązanie.
       *[no] Tablica zobowiązań, pusta: tu pojawi się Twoje zobowiązanie.
    }
board-drawing-alt = Tablica zobowiązań, trwa rysowanie
board-drawing = Rysowanie tablicy zobowiązań…
board-too-long-alt = Tablica zobowiązań, pusta: zobowiązanie jest za długie, by je pokazać
board-too-long = Skróć zobowiązanie, aby zobaczyć je tutaj.
board-stale = Tablica pokazuje zobowiązanie w ostatniej wersji, która się mieściła. Skróć je, aby zobaczyć resztę.
fonts-loading = Wczytywanie czcionek dla zobowiązania ({ $fonts })…
font-failed = Nie udało się wczytać czcionki ({ $font }), więc tablica nie może jeszcze pokazać zobowiązania. Twoje zobowiązanie jest zachowane. Sprawdź połączenie i spróbuj ponownie.
render-broken = Coś poszło nie tak podczas rysowania tablicy. Twoje zobowiązanie jest zachowane. Spróbuj ponownie.
try-again = Spróbuj ponownie
download = Pobierz obraz
download-hint = Obraz PNG, { $size }
list-and = { $first } i { $last }
list-comma = { $first }, { $rest }

## Writing systems

script-latin = alfabet łaciński
script-extended = cyrylica, greka i rozszerzona łacina
script-arabic = pismo arabskie
script-urdu = pismo urdu
script-devanagari = dewanagari (hindi)
script-gujarati = pismo gudżarati
script-gurmukhi = gurmukhi (pendżabski)

## The photo

photo-heading = Dodaj zdjęcie lub selfie
photo-no-frame-try = Wybrany wzór nie ma miejsca na zdjęcie. Wybierz „{ $board }” w sekcji „{ design-heading }”, aby je pokazać.
photo-no-frame-moves = Wybrany wzór nie ma miejsca na zdjęcie. Jeśli je dodasz, Twoje zobowiązanie przejdzie na wzór „{ $board }”, który je ma.
photo-no-frame = Wybrany wzór nie ma miejsca na zdjęcie.
photo-choose = Wybierz zdjęcie
photo-choose-other = Wybierz inne zdjęcie
photo-hint = Zdjęcie JPEG, PNG lub WebP. Zostaje na tym urządzeniu: nie jest nigdzie wysyłane.
take-selfie = Zrób selfie
photo-preparing = Przygotowywanie zdjęcia…
photo-restoring = Przywracanie zdjęcia…
photo-not-kept = Twoje zdjęcie jest za duże, by je zachować po odświeżeniu strony. Zostaje na tablicy, dopóki strona jest otwarta.
place-legend = Ustaw zdjęcie
place-hint = Możesz też przeciągnąć je na tablicy i powiększać kółkiem myszy lub gestem szczypania.
move-left = W lewo
move-right = W prawo
move-up = W górę
move-down = W dół
zoom-in = Powiększ
zoom-out = Pomniejsz
reset = Resetuj
zoom-level = Powiększenie: { $percent } %
remove-photo = Usuń zdjęcie

## Photos that cannot be used

photo-too-big = Ten plik ma { $size } MB; można użyć zdjęć do { $max } MB. Wybierz mniejsze zdjęcie.
photo-heic = To zdjęcie HEIC, w formacie iPhone’a, którego strony internetowe nie potrafią odczytać. Wybierz je ponownie z aplikacji Zdjęcia (zwykle zostanie wtedy wysłane jako JPEG) albo ustaw Ustawienia > Aparat > Formaty na „Najbardziej zgodne”, aby robić zdjęcia JPEG.
photo-not-image = Tego pliku nie można użyć jako zdjęcia. Wybierz obraz JPEG, PNG lub WebP.
photo-too-many-pixels = To zdjęcie ma { $width } × { $height } pikseli, za dużo, by przygotować je na tym urządzeniu. Wybierz mniejsze zdjęcie (do { $megapixels } megapikseli).
photo-corrupt = Nie udało się odczytać zdjęcia: plik może być uszkodzony lub niekompletny. Spróbuj innego zdjęcia.
photo-unreadable = Nie udało się odczytać pliku. Spróbuj wybrać go ponownie.
photo-not-prepared = Nie udało się przygotować zdjęcia. Twoje zobowiązanie jest bezpieczne; spróbuj dodać zdjęcie ponownie.

## Choosing a design

design-heading = Wybierz wzór
board-legend = Wzór tablicy
size-legend = Rozmiar obrazu
start-again = Zacznij od nowa
start-again-hint = Usuwa z tej strony Twoje zobowiązanie, zdjęcie i wybory.

## After a download

next-heading = Co dalej
share-heading = Udostępnij swoje zobowiązanie
share-with = Opublikuj obraz w mediach społecznościowych z { $hashtags }.
share-with-handle = Opublikuj obraz w mediach społecznościowych z { $hashtags } i oznacz { $handle }.
caption-label = Opis do publikacji
copy-caption = Kopiuj opis
send-heading = Wyślij go do nas
send-email = Wyślij obraz e-mailem na adres { $email }, aby stał się częścią montażu naszej kampanii.
if-it-happened = Jeśli przestępstwo z nienawiści dotknęło Ciebie lub kogoś, kogo znasz
how-to-report = Jak zgłosić przestępstwo z nienawiści

## Reporting hate crime

report-heading = Zgłoś przestępstwo z nienawiści
report-emergency = W nagłym wypadku dzwoń pod { $number }.
report-non-emergency = Jeśli to nie jest nagły wypadek, dzwoń pod { $number }.
report-online = Albo zgłoś je przez internet: { $link }

## Said to screen-reader users

said-example-used = Przykład jest teraz w polu zobowiązania.
said-own-words = Twoje własne słowa wróciły do pola zobowiązania.
said-fonts-loading = Wczytywanie czcionek ({ $fonts })…
said-downloaded = Obraz z Twoim zobowiązaniem został pobrany. Co dalej – poniżej.
said-caption-copied = Opis skopiowany.
said-caption-not-copied = Nie udało się skopiować opisu: zaznacz go i skopiuj samodzielnie.
said-cleared = Twoje zobowiązanie zostało usunięte.
said-cleared-photo = Twoje zobowiązanie i zdjęcie zostały usunięte.
said-photo-on-board = Twoje zdjęcie jest na tablicy. Możesz je przesuwać i powiększać.
said-photo-board-changed = Twoje zdjęcie jest na tablicy: wzór to teraz „{ $board }”, który ma na nie miejsce. Możesz je przesuwać i powiększać.
said-photo-no-frame = Twoje zdjęcie jest gotowe. Wybierz wzór z ramką na zdjęcie, aby je zobaczyć.
said-photo-removed = Twoje zdjęcie zostało usunięte.
said-moved =
    { $direction ->
        [left] Zdjęcie przesunięte w lewo.
        [right] Zdjęcie przesunięte w prawo.
        [up] Zdjęcie przesunięte w górę.
       *[down] Zdjęcie przesunięte w dół.
    }
said-cannot-move =
    { $direction ->
        [left] Zdjęcia nie można przesunąć dalej w lewo.
        [right] Zdjęcia nie można przesunąć dalej w prawo.
        [up] Zdjęcia nie można przesunąć dalej w górę.
       *[down] Zdjęcia nie można przesunąć dalej w dół.
    }
said-zoomed = Powiększenie zdjęcia: { $percent } procent.
said-reset = Zdjęcie znów wypełnia ramkę.

## Writing by hand (the pen)

mode-legend = Jak chcesz przygotować swoje zobowiązanie?
mode-type = Wpisz je
mode-write = Napisz je odręcznie
mode-paper = Użyj zdjęcia zobowiązania z papieru
paper-hint = Napisz swoje zobowiązanie na papierze (na wydrukowanej pustej tablicy albo dowolnej kartce), a potem dodaj poniżej jego zdjęcie. Zdjęcie wypełnia cały obraz, a na dole są hashtagi kampanii.
paper-needs-photo = Najpierw dodaj zdjęcie zobowiązania z papieru.
board-alt-paper = Obraz zobowiązania: zdjęcie zobowiązania napisanego na papierze
board-alt-paper-says = Obraz zobowiązania, zdjęcie zobowiązania napisanego na papierze: { $pledge }
board-alt-paper-empty = Obraz zobowiązania, pusty: dodaj zdjęcie zobowiązania z papieru.
board-alt-handwritten =
    { $photo ->
        [yes] Tablica zobowiązań z Twoim zdjęciem: zobowiązanie napisane odręcznie
       *[no] Tablica zobowiązań: zobowiązanie napisane odręcznie
    }
board-alt-handwritten-says =
    { $photo ->
        [yes] Tablica zobowiązań z Twoim zdjęciem, napisana odręcznie: { $pledge }
       *[no] Tablica zobowiązań, napisana odręcznie: { $pledge }
    }
pen-label = Pole do pisania na tablicy: napisz tu swoje zobowiązanie palcem, rysikiem lub myszą
pen-hint = Pisz w zaznaczonym polu na tablicy palcem, rysikiem lub myszą. Aby przewinąć stronę, przesuń palcem poza tablicą.
pen-failed = Nie udało się uruchomić pióra. Sprawdź połączenie i spróbuj ponownie albo wpisz zobowiązanie z klawiatury.
ink-undo = Cofnij
ink-redo = Ponów
ink-clear = Wyczyść pismo
ink-full = Tablica jest pełna. Cofnij lub wyczyść część pisma, aby pisać dalej.
ink-damaged = Nie udało się przywrócić Twojego wcześniejszego pisma odręcznego, więc zostało usunięte. Reszta zobowiązania jest zachowana.
says-label = Co mówi Twoje pismo? (opcjonalnie)
says-hint = Wpisz słowa, które napisano odręcznie. Usłyszą je osoby, które nie widzą obrazu, i trafią do podpisu przy udostępnianiu.
ink-colour-legend = Kolor atramentu
ink-colour = Kolor { $n }
ink-width-legend = Grubość pióra
ink-width-fine = Cienka
ink-width-medium = Średnia
ink-width-bold = Gruba
said-ink-undone = Cofnięto ostatnią napisaną linię.
said-ink-redone = Linia wróciła.
said-ink-cleared = Pismo zostało wyczyszczone.

## The blank board to print

print-heading = Albo napisz na papierze
print-intro = Pobierz pustą tablicę, wydrukuj ją i napisz na niej swoje zobowiązanie odręcznie, a potem zrób jej zdjęcie. Druga strona mówi, co zrobić dalej.
print-paper-legend = Rozmiar papieru
print-a4 = A4
print-letter = US Letter
print-save-ink = Mniej tuszu (jasne kolory)
print-button = Pobierz tablicę do druku (PDF)
print-making = Przygotowujemy tablicę do druku…
print-done = Tablica do druku została pobrana: { $file }
print-failed = Nie udało się przygotować tablicy do druku: { $why } Spróbuj ponownie albo złóż zobowiązanie na ekranie.
print-instructions-heading = Jak złożyć zobowiązanie na tej tablicy
print-step-write = Napisz swoje zobowiązanie w białym polu, w dowolnym języku.
print-step-photo = Zrób zdjęcie tablicy albo selfie, trzymając ją.

## Leaving quickly, sharing, e-mail (issue 7)

quick-exit = Opuść tę stronę
quick-exit-tip = Aby szybko opuścić tę stronę, naciśnij Esc lub wybierz „Opuść tę stronę”: usuwa to Twoje zobowiązanie i zdjęcie oraz otwiera neutralną stronę internetową.
share-image = Udostępnij obraz
share-failed = Nie udało się udostępnić obrazu. Pobierz go i udostępnij ze swojego urządzenia.
email-subject = Moje zobowiązanie – { $campaign }
email-body = Oto moje zobowiązanie – { $campaign }. Przed wysłaniem tego e-maila dołącz pobrany obraz: { $file }
email-attach-hint = E-mail otworzy się gotowy do wysłania: najpierw dołącz pobrany obraz ({ $file }).

## When the app cannot run

fallback-heading = Nadal możesz złożyć swoje zobowiązanie
fallback-no-script = Ta strona potrzebuje JavaScriptu, aby utworzyć obraz z Twoim zobowiązaniem, a JavaScript jest wyłączony w tej przeglądarce.
fallback-cannot-run = Ta przeglądarka nie może utworzyć obrazu zobowiązania: JavaScript może być wyłączony albo przeglądarka jest zbyt stara.
fallback-write = Napisz swoje zobowiązanie na kartce papieru, w dowolnym języku.
fallback-photo = Zrób jej zdjęcie, jeśli chcesz, razem z sobą.
fallback-languages = Ta strona w innych językach
