# Pledge Board: сторінка монтажу українською (uk).
#
# NEEDS REVIEW: this translation was written by the development team, not
# by a native speaker. Before a campaign relies on it, have a native
# speaker check every message. Messages missing here appear in English.
# Keep the variables ($name) and the message ids as they are. The keys
# A, R and U stay as they are: they are the keys' names.

montage-page-title = Створити монтаж – Pledge Board
montage-heading = Створити монтаж
montage-intro = Додайте зображення з обіцянками, які надіслали люди, схваліть ті, що підуть у роботу, і створіть монтаж. Усе залишається на цьому комп'ютері: нічого не завантажується.
montage-add-heading = Додати зображення
montage-use = Найбільший монтаж, який ви з них зробите
montage-use-screens = Соцмережі та екрани, до 4K
montage-use-print-150 = Плакати 150 dpi, до A1
montage-use-print-300 = Плакати 300 dpi, до A1
montage-use-hint = Оберіть перед додаванням зображень. Кожне зображення зберігається лише такого розміру, як потрібно ({ $side } пікселів по довшій стороні), щоб берегти пам'ять комп'ютера.
montage-use-chosen = Зображення зберігаються розміром до { $side } пікселів по довшій стороні. Щоб обрати знову, очистьте все (унизу сторінки) і додайте їх ще раз.
montage-choose-files = Обрати зображення
montage-choose-folder = Обрати папку
montage-drop = Або перетягніть сюди зображення чи папку
montage-formats = JPEG, PNG або WebP. Інші файли перелічено як пропущені, з причиною.
montage-progress = Прочитано { $done } з { $total } зображень
montage-progress-label = Прочитані зображення
montage-left-seconds = Залишилося приблизно { $seconds } с
montage-left-minutes = Залишилося приблизно { $minutes } хв
montage-cancel = Скасувати
montage-readers = Читання: { $count ->
    [one] { $count } читач
    [few] { $count } читачі одночасно
   *[other] { $count } читачів одночасно
}
montage-review-heading = Перегляд
montage-review-help = Схваліть або відхиліть кожне зображення його кнопками або клавішами A і R на ньому (U: ще не переглянуто); стрілки переходять між зображеннями.
montage-filter = Показати
montage-filter-all = Усі ({ $count })
montage-filter-unreviewed = Ще не переглянуті ({ $count })
montage-filter-approved = Схвалені ({ $count })
montage-filter-rejected = Відхилені ({ $count })
montage-filter-flagged = Схожі на інше ({ $count })
montage-approve-rest = { $count ->
    [one] Схвалити непереглянуте ({ $count })
   *[other] Схвалити непереглянуті ({ $count })
}
montage-images-label = Зображення для перегляду
montage-approve = Схвалити зображення { $number }
montage-reject = Відхилити зображення { $number }
montage-no-words = Зображення { $number } ({ $file }): слів не записано
montage-verdict-unreviewed = Ще не переглянуто
montage-verdict-approved = Схвалено
montage-verdict-rejected = Відхилено
montage-looks-like = Схоже на зображення { $numbers }
montage-none-shown = Тут немає зображень для показу.
montage-none-yet = Зображень ще немає.
montage-left-out-heading = Пропущено ({ $count })
montage-left-out-item = { $file }: { $why }
montage-why-not-an-image = це не зображення JPEG, PNG чи WebP
montage-why-heic = фото HEIC (формат iPhone): спершу збережіть його як JPEG
montage-why-damaged = пошкоджений або неповний: його не вдалося прочитати
montage-why-too-large = завеликий ({ $mb } МБ)
montage-why-too-many-pixels = забагато пікселів ({ $width } × { $height })
montage-why-unreadable = файл не вдалося прочитати
montage-duplicate = { $file }: те саме зображення, що й зображення { $number }
montage-clear-heading = Коли закінчите
montage-kept = Зображення та ваші рішення зберігаються в цьому браузері на цьому комп'ютері, тож перезавантаження нічого не втрачає. Нічого не завантажується.
montage-clear = Очистити все
montage-clear-question = Видалити з цього браузера всі зображення та рішення? Це не можна скасувати.
montage-clear-yes = Так, очистити все
montage-clear-no = Ні, залишити
montage-cleared = З цього браузера все видалено.
montage-restored = { $count ->
    [one] З минулого візиту збережено { $count } зображення і ваше рішення.
    [few] З минулого візиту збережено { $count } зображення і ваші рішення.
   *[other] З минулого візиту збережено { $count } зображень і ваші рішення.
}
montage-not-kept = Ваш перегляд не вдалося зберегти в цьому браузері ({ $why }): він зникне, коли сторінку буде закрито.
montage-build-heading = Монтаж
montage-build-count = { $count ->
    [0] Спершу схваліть зображення: до монтажу потрапляють лише схвалені.
    [one] До монтажу потрапить { $count } схвалене зображення.
    [few] До монтажу потраплять { $count } схвалені зображення.
   *[other] До монтажу потрапить { $count } схвалених зображень.
}
montage-layout = Розташування
montage-layout-grid = Сітка
montage-layout-rows = Ряди (кожне зображення зберігає форму)
montage-layout-heart = Серце
montage-size = Розмір
montage-size-square = Квадрат, 1080 × 1080
montage-size-portrait = Портрет, 1080 × 1350
montage-size-story = Сторіс, 1080 × 1920
montage-size-hd = Екран, 1920 × 1080
montage-size-4k = Екран 4K, 3840 × 2160
montage-size-a3 = Плакат A3, 150 dpi (1754 × 2480)
montage-size-a2 = Плакат A2, 150 dpi (2480 × 3508)
montage-size-a1 = Плакат A1, 150 dpi (3508 × 4967)
montage-size-a3-300 = Плакат A3, 300 dpi (3508 × 4961)
montage-size-a2-300 = Плакат A2, 300 dpi (4961 × 7016)
montage-size-a1-300 = Плакат A1, 300 dpi (7016 × 9933)
montage-order = Порядок
montage-order-added = Як додано
montage-order-shuffled = Перемішано
montage-order-language = За мовою
montage-format = Тип файлу
montage-format-png = PNG
montage-format-jpeg = JPEG
montage-format-pdf = PDF, для друку
montage-soft = У цьому розмірі кожне зображення малюється приблизно на { $need } пікселів, більше за { $side }, з якими його збережено, тож монтаж буде нечітким. Для чіткого очистьте все й додайте зображення знову, обравши «{ $use }».
montage-build = Створити монтаж
montage-building = Створення…
montage-built = Монтаж готовий: { $width } × { $height } пікселів.
montage-build-failed = Не вдалося створити монтаж: { $why }
montage-download = Завантажити монтаж ({ $format }, { $width } × { $height })
montage-download-html = Завантажити текстову версію (HTML)
montage-download-csv = Завантажити список обіцянок (CSV)
montage-text-title = Обіцянки в монтажі
montage-cropped = Обрізано, щоб заповнити своє місце
montage-crop-heading = Обрізати зображення { $number }
montage-crop-hint = Це зображення не має запису обіцянки, тож це може бути фото паперової дошки. Його можна обрізати до форми інших зображень, щоб воно заповнило своє місце в монтажі. Зображення з обіцянками показуються повністю: перевірте, щоб жодне слово не було обрізане.
montage-crop-preview = Зображення { $number }, збережену частину обведено
montage-crop = Обрізати, щоб заповнити своє місце
montage-crop-left = Посунути кадр ліворуч
montage-crop-right = Посунути кадр праворуч
montage-crop-up = Посунути кадр угору
montage-crop-down = Посунути кадр униз
montage-crop-centre = Кадр по центру
montage-crop-at = Центр кадру: { $x }% по горизонталі та { $y }% по вертикалі.
montage-approvals = Завантажити список схвалених
montage-approvals-hint = Назви схвалених файлів (і кадри), по одній у рядку, для pledge-montage: з --approved він створить той самий монтаж із тієї самої папки, на всіх ядрах, для тисяч зображень.
