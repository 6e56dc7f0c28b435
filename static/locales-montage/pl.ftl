# Pledge Board: strona montażu po polsku (pl).
#
# NEEDS REVIEW: this translation was written by the development team, not
# by a native speaker. Before a campaign relies on it, have a native
# speaker check every message. Messages missing here appear in English.
# Keep the variables ($name) and the message ids as they are. The keys
# A, R and U stay as they are: they are the keys' names.

montage-page-title = Zbuduj montaż – Pledge Board
montage-heading = Zbuduj montaż
montage-intro = Dodaj obrazy zobowiązań przesłane przez ludzi, zatwierdź te do użycia, a potem zbuduj montaż. Wszystko zostaje na tym komputerze: nic nie jest wysyłane.
montage-add-heading = Dodaj obrazy
montage-use = Największy montaż, jaki z nich zrobisz
montage-use-screens = Media społecznościowe i ekrany, do 4K
montage-use-print-150 = Plakaty w 150 dpi, do A1
montage-use-print-300 = Plakaty w 300 dpi, do A1
montage-use-hint = Wybierz przed dodaniem obrazów. Każdy obraz jest zachowany tylko w takim rozmiarze, jakiego to wymaga ({ $side } pikseli na dłuższym boku), aby oszczędzać pamięć komputera.
montage-use-chosen = Obrazy są zachowane w rozmiarze do { $side } pikseli na dłuższym boku. Aby wybrać ponownie, wyczyść wszystko (na końcu strony) i dodaj je jeszcze raz.
montage-choose-files = Wybierz obrazy
montage-choose-folder = Wybierz folder
montage-drop = Albo upuść tutaj obrazy lub folder
montage-formats = JPEG, PNG lub WebP. Inne pliki są wymienione jako pominięte, z powodem.
montage-progress = Odczytano { $done } z { $total } obrazów
montage-progress-label = Odczytane obrazy
montage-left-seconds = Zostało około { $seconds } s
montage-left-minutes = Zostało około { $minutes } min
montage-cancel = Anuluj
montage-readers = Odczytywanie: { $count ->
    [one] jeden czytnik
    [few] { $count } czytniki naraz
   *[other] { $count } czytników naraz
}
montage-review-heading = Przegląd
montage-review-help = Zatwierdź lub odrzuć każdy obraz jego przyciskami albo klawiszami A i R (U: jeszcze nie przejrzany); strzałki przechodzą między obrazami.
montage-filter = Pokaż
montage-filter-all = Wszystkie ({ $count })
montage-filter-unreviewed = Jeszcze nie przejrzane ({ $count })
montage-filter-approved = Zatwierdzone ({ $count })
montage-filter-rejected = Odrzucone ({ $count })
montage-filter-flagged = Podobne do innego ({ $count })
montage-approve-rest = { $count ->
    [one] Zatwierdź jeden nieprzejrzany
   *[other] Zatwierdź nieprzejrzane: { $count }
}
montage-images-label = Obrazy do przejrzenia
montage-approve = Zatwierdź obraz { $number }
montage-reject = Odrzuć obraz { $number }
montage-no-words = Obraz { $number } ({ $file }): brak zapisanych słów
montage-verdict-unreviewed = Jeszcze nie przejrzany
montage-verdict-approved = Zatwierdzony
montage-verdict-rejected = Odrzucony
montage-looks-like = Podobny do obrazu { $numbers }
montage-none-shown = Brak obrazów do pokazania.
montage-none-yet = Nie ma jeszcze obrazów.
montage-left-out-heading = Pominięte ({ $count })
montage-left-out-item = { $file }: { $why }
montage-why-not-an-image = to nie jest obraz JPEG, PNG ani WebP
montage-why-heic = zdjęcie HEIC (format iPhone'a): najpierw zapisz je jako JPEG
montage-why-damaged = uszkodzony lub niekompletny: nie można go odczytać
montage-why-too-large = za duży ({ $mb } MB)
montage-why-too-many-pixels = za dużo pikseli ({ $width } × { $height })
montage-why-unreadable = nie można odczytać pliku
montage-duplicate = { $file }: ten sam obraz co obraz { $number }
montage-clear-heading = Po zakończeniu
montage-kept = Obrazy i Twoje decyzje są przechowywane w tej przeglądarce na tym komputerze, więc odświeżenie strony niczego nie traci. Nic nie jest wysyłane.
montage-clear = Wyczyść wszystko
montage-clear-question = Usunąć z tej przeglądarki wszystkie obrazy i decyzje? Tego nie można cofnąć.
montage-clear-yes = Tak, wyczyść wszystko
montage-clear-no = Nie, zachowaj je
montage-cleared = Wszystko zostało usunięte z tej przeglądarki.
montage-restored = { $count ->
    [one] Jeden obraz i decyzja o nim zostały zachowane z poprzedniej wizyty.
   *[other] Obrazy ({ $count }) i Twoje decyzje zostały zachowane z poprzedniej wizyty.
}
montage-not-kept = Nie można zachować Twojego przeglądu w tej przeglądarce ({ $why }): zniknie po zamknięciu strony.
montage-build-heading = Montaż
montage-build-count = { $count ->
    [0] Najpierw zatwierdź obrazy: do montażu trafiają tylko zatwierdzone.
    [one] Do montażu trafi jeden zatwierdzony obraz.
   *[other] Zatwierdzone obrazy, które trafią do montażu: { $count }.
}
montage-layout = Układ
montage-layout-grid = Siatka
montage-layout-rows = Rzędy (każdy obraz zachowuje swój kształt)
montage-layout-heart = Serce
montage-size = Rozmiar
montage-size-square = Kwadrat, 1080 × 1080
montage-size-portrait = Pionowy, 1080 × 1350
montage-size-story = Relacja, 1080 × 1920
montage-size-hd = Ekran, 1920 × 1080
montage-size-4k = Ekran 4K, 3840 × 2160
montage-size-a3 = Plakat A3, 150 dpi (1754 × 2480)
montage-size-a2 = Plakat A2, 150 dpi (2480 × 3508)
montage-size-a1 = Plakat A1, 150 dpi (3508 × 4967)
montage-size-a3-300 = Plakat A3, 300 dpi (3508 × 4961)
montage-size-a2-300 = Plakat A2, 300 dpi (4961 × 7016)
montage-size-a1-300 = Plakat A1, 300 dpi (7016 × 9933)
montage-order = Kolejność
montage-order-added = Jak dodano
montage-order-shuffled = Losowo
montage-order-language = Według języka
montage-format = Typ pliku
montage-format-png = PNG
montage-format-jpeg = JPEG
montage-format-pdf = PDF, do druku
montage-soft = W tym rozmiarze każdy obraz jest rysowany w około { $need } pikselach, czyli większy niż { $side }, w których go zachowano, więc montaż będzie nieostry. Aby był ostry, wyczyść wszystko i dodaj obrazy ponownie z wybraną opcją „{ $use }”.
montage-build = Zbuduj montaż
montage-building = Budowanie…
montage-built = Montaż jest gotowy: { $width } × { $height } pikseli.
montage-build-failed = Nie udało się zbudować montażu: { $why }
montage-download = Pobierz montaż ({ $format }, { $width } × { $height })
montage-download-html = Pobierz wersję tekstową (HTML)
montage-download-csv = Pobierz listę zobowiązań (CSV)
montage-text-title = Zobowiązania w montażu
montage-cropped = Przycięty, by wypełnić swoje miejsce
montage-crop-heading = Przytnij obraz { $number }
montage-crop-hint = Ten obraz nie ma zapisu zobowiązania, więc może to być zdjęcie papierowej tablicy. Można go przyciąć do kształtu pozostałych obrazów, by wypełnił swoje miejsce w montażu. Obrazy zobowiązań są pokazywane w całości: sprawdź, czy żadne słowa nie zostaną ucięte.
montage-crop-preview = Obraz { $number }, zachowana część obrysowana
montage-crop = Przytnij, by wypełnił swoje miejsce
montage-crop-left = Przesuń kadr w lewo
montage-crop-right = Przesuń kadr w prawo
montage-crop-up = Przesuń kadr w górę
montage-crop-down = Przesuń kadr w dół
montage-crop-centre = Wyśrodkuj kadr
montage-crop-at = Środek kadru: { $x }% w poziomie i { $y }% w pionie.
montage-approvals = Pobierz listę zatwierdzonych
montage-approvals-hint = Nazwy zatwierdzonych plików (i kadry), po jednej w wierszu, dla pledge-montage: z --approved zbuduje ten sam montaż z tego samego folderu, na wszystkich rdzeniach, nawet z tysięcy obrazów.
