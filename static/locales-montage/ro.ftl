# Pledge Board: pagina montajului în română (ro).
#
# NEEDS REVIEW: this translation was written by the development team, not
# by a native speaker. Before a campaign relies on it, have a native
# speaker check every message. Messages missing here appear in English.
# Keep the variables ($name) and the message ids as they are. The keys
# A, R and U stay as they are: they are the keys' names.

montage-page-title = Construiește montajul – Pledge Board
montage-heading = Construiește montajul
montage-intro = Adaugă imaginile cu angajamente trimise de oameni, aprobă-le pe cele de folosit, apoi construiește montajul. Totul rămâne pe acest computer: nimic nu este încărcat.
montage-add-heading = Adaugă imagini
montage-use = Cel mai mare montaj pe care îl vei face din ele
montage-use-screens = Rețele sociale și ecrane, până la 4K
montage-use-print-150 = Afișe la 150 dpi, până la A1
montage-use-print-300 = Afișe la 300 dpi, până la A1
montage-use-hint = Alege înainte de a adăuga imagini. Fiecare imagine este păstrată doar cât de mare este nevoie ({ $side } pixeli pe latura cea mai lungă), pentru a cruța memoria acestui computer.
montage-use-chosen = Imaginile sunt păstrate la cel mult { $side } pixeli pe latura cea mai lungă. Pentru a alege din nou, șterge tot (la sfârșitul paginii) și adaugă-le din nou.
montage-choose-files = Alege imagini
montage-choose-folder = Alege un dosar
montage-drop = Sau trage aici imagini ori un dosar
montage-formats = JPEG, PNG sau WebP. Celelalte fișiere sunt enumerate ca lăsate deoparte, cu motivul.
montage-progress = { $done } din { $total } imagini citite
montage-progress-label = Imagini citite
montage-left-seconds = Au mai rămas aproximativ { $seconds } s
montage-left-minutes = Au mai rămas aproximativ { $minutes } min
montage-cancel = Anulează
montage-readers = Citire { $count ->
    [one] cu un cititor
   *[other] cu { $count } cititori deodată
}
montage-review-heading = Verificare
montage-review-help = Aprobă sau respinge fiecare imagine cu butoanele ei sau cu tastele A și R pe ea (U: neverificată încă); săgețile trec de la o imagine la alta.
montage-filter = Arată
montage-filter-all = Toate ({ $count })
montage-filter-unreviewed = Neverificate încă ({ $count })
montage-filter-approved = Aprobate ({ $count })
montage-filter-rejected = Respinse ({ $count })
montage-filter-flagged = Seamănă cu alta ({ $count })
montage-approve-rest = { $count ->
    [one] Aprobă imaginea neverificată
   *[other] Aprobă cele { $count } neverificate
}
montage-images-label = Imagini de verificat
montage-approve = Aprobă imaginea { $number }
montage-reject = Respinge imaginea { $number }
montage-no-words = Imaginea { $number } ({ $file }): niciun cuvânt înregistrat
montage-verdict-unreviewed = Neverificată încă
montage-verdict-approved = Aprobată
montage-verdict-rejected = Respinsă
montage-looks-like = Seamănă cu imaginea { $numbers }
montage-none-shown = Nicio imagine de arătat aici.
montage-none-yet = Încă nicio imagine.
montage-left-out-heading = Lăsate deoparte ({ $count })
montage-left-out-item = { $file }: { $why }
montage-why-not-an-image = nu este o imagine JPEG, PNG sau WebP
montage-why-heic = o fotografie HEIC (formatul iPhone): salveaz-o mai întâi ca JPEG
montage-why-damaged = deteriorată sau incompletă: nu a putut fi citită
montage-why-too-large = prea mare ({ $mb } MB)
montage-why-too-many-pixels = prea mulți pixeli ({ $width } × { $height })
montage-why-unreadable = fișierul nu a putut fi citit
montage-duplicate = { $file }: aceeași imagine ca imaginea { $number }
montage-clear-heading = Când ai terminat
montage-kept = Imaginile și deciziile tale sunt păstrate în acest browser, pe acest computer, așa că o reîncărcare nu pierde nimic. Nimic nu este încărcat.
montage-clear = Șterge tot
montage-clear-question = Elimini toate imaginile și deciziile din acest browser? Acest lucru nu poate fi anulat.
montage-clear-yes = Da, șterge tot
montage-clear-no = Nu, păstrează-le
montage-cleared = Totul a fost șters din acest browser.
montage-restored = { $count ->
    [one] O imagine și decizia ta au fost păstrate de la ultima vizită.
   *[other] { $count } imagini și deciziile tale au fost păstrate de la ultima vizită.
}
montage-not-kept = Verificarea ta nu a putut fi păstrată în acest browser ({ $why }): se va pierde când pagina se închide.
montage-build-heading = Montajul
montage-build-count = { $count ->
    [0] Aprobă mai întâi imagini: numai imaginile aprobate intră în montaj.
    [one] O imagine aprobată va intra în montaj.
   *[other] { $count } imagini aprobate vor intra în montaj.
}
montage-layout = Aranjare
montage-layout-grid = Grilă
montage-layout-rows = Rânduri (fiecare imagine își păstrează forma)
montage-layout-heart = Inimă
montage-size = Dimensiune
montage-size-square = Pătrat, 1080 × 1080
montage-size-portrait = Portret, 1080 × 1350
montage-size-story = Story, 1080 × 1920
montage-size-hd = Ecran, 1920 × 1080
montage-size-4k = Ecran 4K, 3840 × 2160
montage-size-a3 = Afiș A3, 150 dpi (1754 × 2480)
montage-size-a2 = Afiș A2, 150 dpi (2480 × 3508)
montage-size-a1 = Afiș A1, 150 dpi (3508 × 4967)
montage-size-a3-300 = Afiș A3, 300 dpi (3508 × 4961)
montage-size-a2-300 = Afiș A2, 300 dpi (4961 × 7016)
montage-size-a1-300 = Afiș A1, 300 dpi (7016 × 9933)
montage-order = Ordine
montage-order-added = Cum au fost adăugate
montage-order-shuffled = Amestecate
montage-order-language = Grupate după limbă
montage-format = Tip de fișier
montage-format-png = PNG
montage-format-jpeg = JPEG
montage-format-pdf = PDF, pentru tipar
montage-soft = La această dimensiune fiecare imagine este desenată la aproximativ { $need } pixeli, mai mare decât cei { $side } la care a fost păstrată, așa că montajul va părea neclar. Pentru unul clar, șterge tot și adaugă din nou imaginile alegând „{ $use }”.
montage-build = Construiește montajul
montage-building = Se construiește…
montage-built = Montajul este gata: { $width } × { $height } pixeli.
montage-build-failed = Montajul nu a putut fi construit: { $why }
montage-download = Descarcă montajul ({ $format }, { $width } × { $height })
montage-download-html = Descarcă versiunea text (HTML)
montage-download-csv = Descarcă lista angajamentelor (CSV)
montage-text-title = Angajamentele din montaj
montage-cropped = Decupată ca să-și umple locul
montage-crop-heading = Decupează imaginea { $number }
montage-crop-hint = Această imagine nu are înregistrarea unui angajament, deci poate fi o fotografie a unui panou de hârtie. Poate fi decupată la forma celorlalte imagini, ca să-și umple locul în montaj. Imaginile cu angajamente sunt arătate întregi: verifică să nu fie tăiat niciun cuvânt.
montage-crop-preview = Imaginea { $number }, cu partea păstrată conturată
montage-crop = Decupeaz-o ca să-și umple locul
montage-crop-left = Mută decupajul la stânga
montage-crop-right = Mută decupajul la dreapta
montage-crop-up = Mută decupajul în sus
montage-crop-down = Mută decupajul în jos
montage-crop-centre = Centrează decupajul
montage-crop-at = Decupajul este centrat la { $x }% pe orizontală și { $y }% pe verticală.
montage-approvals = Descarcă lista aprobărilor
montage-approvals-hint = Numele fișierelor aprobate (și decupajele), câte unul pe rând, pentru pledge-montage: cu --approved construiește același montaj din același dosar, pe toate nucleele, pentru mii de imagini.
