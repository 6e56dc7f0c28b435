# Pledge Board: інтерфейс українською (uk).
#
# NEEDS REVIEW: this translation was written by the development team, not
# by a native speaker. Before a campaign relies on it, have a native
# speaker check every message. Messages missing here appear in English.
# Keep the variables ($name) and the message ids as they are.

## The page

page-title = Дайте свою обіцянку – { $campaign }
loading = Завантаження дошки обіцянок…
broken-heading = На жаль, дошка обіцянок не працює
broken-try-later = Спробуйте пізніше.
broken-details = Подробиці для команди кампанії
heading = Дайте свою обіцянку
lede = Напишіть обіцянку проти злочинів на ґрунті ненависті, подивіться на неї на дошці та поділіться, щоб показати, що ми разом.
language-label = Мова
language-failed = Не вдалося завантажити мову { $language }. Перевірте з’єднання та спробуйте ще раз.
privacy-note = Ваша обіцянка і фото залишаються на цьому пристрої: нічого з того, що ви пишете чи додаєте, нікуди не надсилається.

## Writing the pledge

write-heading = Напишіть свою обіцянку
pledge-label = Ваша обіцянка
pledge-hint = Наприклад: «Я не мовчатиму, коли побачу ненависть». Можна писати будь-якою мовою.
error-prefix = Помилка:
pledge-too-long = Ваша обіцянка задовга для дошки: скоротіть її до { $limit } символів або менше
pledge-empty = Напишіть обіцянку або виберіть приклад перед завантаженням
pledge-limit = Можна ввести до { $limit } символів
chars-left =
    { $count ->
        [one] Залишився { $count } символ
        [few] Залишилося { $count } символи
       *[many] Залишилося { $count } символів
    }
chars-over =
    { $count ->
        [one] На { $count } символ більше, ніж можна
        [few] На { $count } символи більше, ніж можна
       *[many] На { $count } символів більше, ніж можна
    }
example-replaced = Приклад замінив те, що ви написали.
undo = Скасувати
examples-summary = Потрібні ідеї? Перегляньте приклади обіцянок
use-example = Використати цей приклад
name-label = Ваше ім’я (необов’язково)
name-hint = Показується під обіцянкою як «— Ім’я». Залиште порожнім, щоб лишитися анонімним.

## The preview

preview-heading = Ваша дошка обіцянок
board-alt =
    { $photo ->
        [yes] Дошка обіцянок із вашим фото: { $pledge }
       *[no] Дошка обіцянок: { $pledge }
    }
board-alt-signed =
    { $photo ->
        [yes] Дошка обіцянок із вашим фото: { $pledge } — { $name }
       *[no] Дошка обіцянок: { $pledge } — { $name }
    }
board-alt-empty =
    { $photo ->
        [yes] Дошка обіцянок із вашим фото, порожня: тут з’явиться ваша обіцянка.
       *[no] Дошка обіцянок, порожня: тут з’явиться ваша обіцянка.
    }
board-drawing-alt = Дошка обіцянок, малюється
board-drawing = Малюємо вашу дошку обіцянок…
board-too-long-alt = Дошка обіцянок, порожня: обіцянка задовга, щоб її показати
board-too-long = Скоротіть обіцянку, щоб побачити її тут.
board-stale = Дошка показує обіцянку в останньому варіанті, що вміщався. Скоротіть її, щоб побачити решту.
fonts-loading = Завантаження шрифту для вашої обіцянки ({ $fonts })…
font-failed = Не вдалося завантажити шрифт ({ $font }), тож дошка поки не може показати вашу обіцянку. Вашу обіцянку збережено. Перевірте з’єднання і спробуйте ще раз.
render-broken = Під час малювання дошки щось пішло не так. Вашу обіцянку збережено. Спробуйте ще раз.
try-again = Спробувати ще раз
download = Завантажити зображення
download-hint = Зображення PNG, { $size }
list-and = { $first } і { $last }
list-comma = { $first }, { $rest }

## Writing systems

script-latin = латиниця
script-extended = кирилиця, грецька і розширена латиниця
script-arabic = арабське письмо
script-urdu = урду
script-devanagari = деванагарі (гінді)
script-gujarati = гуджараті
script-gurmukhi = гурмукхі (панджабі)

## The photo

photo-heading = Додайте фото або селфі
photo-no-frame-try = У вибраному дизайні немає місця для фото. Виберіть «{ $board }» у розділі «{ design-heading }», щоб його показати.
photo-no-frame = У вибраному дизайні немає місця для фото.
photo-choose = Вибрати фото
photo-choose-other = Вибрати інше фото
photo-hint = Фото у форматі JPEG, PNG або WebP. Воно залишається на цьому пристрої й нікуди не надсилається.
take-selfie = Зробити селфі
photo-preparing = Готуємо ваше фото…
photo-restoring = Повертаємо ваше фото…
photo-not-kept = Ваше фото завелике, щоб зберегти його після перезавантаження сторінки. Воно залишається на дошці, поки сторінку відкрито.
place-legend = Розташуйте фото
place-hint = Або перетягніть його на дошці та змінюйте масштаб коліщатком миші чи жестом щипка.
move-left = Ліворуч
move-right = Праворуч
move-up = Вгору
move-down = Вниз
zoom-in = Збільшити
zoom-out = Зменшити
reset = Скинути
zoom-level = Масштаб: { $percent } %
remove-photo = Видалити фото

## Photos that cannot be used

photo-too-big = Цей файл має { $size } МБ; можна використати фото до { $max } МБ. Виберіть менше фото.
photo-heic = Це фото у форматі HEIC, який використовують iPhone і який вебсторінки не можуть прочитати. Виберіть його ще раз у програмі «Фотографії» (тоді воно зазвичай надсилається як JPEG) або встановіть Параметри > Камера > Формати на «Найсумісніший», щоб знімати у JPEG.
photo-not-image = Цей файл не є фото, яке можна використати. Виберіть зображення JPEG, PNG або WebP.
photo-too-many-pixels = Це фото має { $width } × { $height } пікселів, забагато, щоб підготувати його на цьому пристрої. Виберіть менше фото (до { $megapixels } мегапікселів).
photo-corrupt = Не вдалося прочитати фото: файл може бути пошкодженим або неповним. Спробуйте інше фото.
photo-unreadable = Не вдалося прочитати файл. Спробуйте вибрати його ще раз.
photo-not-prepared = Не вдалося підготувати ваше фото. Вашу обіцянку збережено; спробуйте додати фото ще раз.

## Choosing a design

design-heading = Виберіть дизайн
board-legend = Дизайн дошки
size-legend = Розмір зображення
start-again = Почати спочатку
start-again-hint = Видаляє з цієї сторінки вашу обіцянку, фото та вибір.

## After a download

next-heading = Що далі
share-heading = Поділіться своєю обіцянкою
share-with = Опублікуйте зображення в соцмережах з { $hashtags }.
share-with-handle = Опублікуйте зображення в соцмережах з { $hashtags } і позначте { $handle }.
caption-label = Підпис до публікації
copy-caption = Копіювати підпис
send-heading = Надішліть його нам
send-email = Надішліть зображення електронною поштою на { $email }, щоб стати частиною монтажу нашої кампанії.
if-it-happened = Якщо злочин на ґрунті ненависті стався з вами або з кимось, кого ви знаєте
how-to-report = Як повідомити про злочин на ґрунті ненависті

## Reporting hate crime

report-heading = Повідомте про злочин на ґрунті ненависті
report-emergency = У надзвичайній ситуації телефонуйте { $number }.
report-non-emergency = Якщо це не надзвичайна ситуація, телефонуйте { $number }.
report-online = Або повідомте онлайн: { $link }

## Said to screen-reader users

said-example-used = Приклад тепер у полі обіцянки.
said-own-words = Ваші власні слова повернулися в поле обіцянки.
said-fonts-loading = Завантаження шрифту ({ $fonts })…
said-downloaded = Зображення з вашою обіцянкою завантажено. Що далі — нижче.
said-caption-copied = Підпис скопійовано.
said-caption-not-copied = Не вдалося скопіювати підпис: виділіть і скопіюйте його самостійно.
said-cleared = Вашу обіцянку видалено.
said-cleared-photo = Вашу обіцянку і фото видалено.
said-photo-on-board = Ваше фото на дошці. Його можна переміщати й масштабувати.
said-photo-no-frame = Ваше фото готове. Виберіть дизайн із рамкою для фото, щоб його побачити.
said-photo-removed = Ваше фото видалено.
said-moved =
    { $direction ->
        [left] Фото переміщено ліворуч.
        [right] Фото переміщено праворуч.
        [up] Фото переміщено вгору.
       *[down] Фото переміщено вниз.
    }
said-cannot-move =
    { $direction ->
        [left] Фото не можна перемістити далі ліворуч.
        [right] Фото не можна перемістити далі праворуч.
        [up] Фото не можна перемістити далі вгору.
       *[down] Фото не можна перемістити далі вниз.
    }
said-zoomed = Масштаб фото: { $percent } відсотків.
said-reset = Фото знову заповнює рамку.

## Leaving quickly, sharing, e-mail (issue 7)

quick-exit = Вийти з цієї сторінки
quick-exit-tip = Щоб швидко покинути цю сторінку, натисніть Esc або «Вийти з цієї сторінки»: це видалить вашу обіцянку і фото та відкриє нейтральний сайт.
share-image = Поділитися зображенням
share-failed = Не вдалося поділитися зображенням. Завантажте його і поділіться ним зі свого пристрою.
email-subject = Моя обіцянка – { $campaign }
email-body = Ось моя обіцянка – { $campaign }. Перш ніж надіслати цей лист, додайте завантажене зображення: { $file }
email-attach-hint = Лист відкриється готовим до надсилання: спершу додайте завантажене зображення ({ $file }).

## When the app cannot run

fallback-heading = Ви все одно можете дати свою обіцянку
fallback-no-script = Цій сторінці потрібен JavaScript, щоб створити зображення з вашою обіцянкою, а в цьому браузері JavaScript вимкнено.
fallback-cannot-run = Цей браузер не може створити зображення з обіцянкою: можливо, JavaScript вимкнено або браузер застарий.
fallback-write = Напишіть свою обіцянку на аркуші паперу будь-якою мовою.
fallback-photo = Сфотографуйте її, за бажання разом із собою.
fallback-languages = Ця сторінка іншими мовами
