# Pledge Board: the interface in English (en-GB).
#
# English is complete and built into the app; every other language falls
# back to it message by message. Each message's comment says where it is
# shown. Variables ($name) are filled in by the app; keep them as they are.
# A campaign's organisers can replace any message for any language in the
# campaign file ([messages.<language>], see the README).

## The page

# The browser tab's title.
page-title = Make your pledge – { $campaign }
loading = Loading the pledge board…
broken-heading = Sorry, the pledge board is not working
broken-try-later = Please try again later.
broken-details = Details for the campaign team
heading = Make your pledge
lede = Write a pledge against hate crime, see it on the pledge board, and share it to show you stand together.
# The language picker's label.
language-label = Language
# Shown if a language's text could not be fetched; $language is its own name.
language-failed = { $language } could not be loaded. Check your connection and try again.
privacy-note = Your pledge and photo stay on this device: nothing you type or add is sent anywhere.

## Writing the pledge

write-heading = Write your pledge
pledge-label = Your pledge
pledge-hint = For example, “I will speak up when I see hate.” You can write in any language.
# Shown before an error message, for screen readers only.
error-prefix = Error:
pledge-too-long = Your pledge is too long to fit on the board: shorten it to { $limit } characters or fewer
pledge-empty = Write your pledge, or choose an example, before you download
# Read out by screen readers: how long a pledge may be.
pledge-limit = You can enter up to { $limit } characters
# Under the text box, as the person types.
chars-left =
    { $count ->
        [one] You have { $count } character remaining
       *[other] You have { $count } characters remaining
    }
chars-over =
    { $count ->
        [one] You have { $count } character too many
       *[other] You have { $count } characters too many
    }
example-replaced = The example replaced what you wrote.
undo = Undo
examples-summary = Need ideas? See example pledges
use-example = Use this example
name-label = Your name (optional)
name-hint = Shown under your pledge as “— Name”. Leave it empty to stay anonymous.

## The preview

preview-heading = Your pledge board
# The preview image's text alternative; $pledge and $name are what the person wrote.
board-alt =
    { $photo ->
        [yes] Pledge board, with your photo: { $pledge }
       *[no] Pledge board: { $pledge }
    }
board-alt-signed =
    { $photo ->
        [yes] Pledge board, with your photo: { $pledge } — { $name }
       *[no] Pledge board: { $pledge } — { $name }
    }
board-alt-empty =
    { $photo ->
        [yes] Pledge board, with your photo, empty: your pledge will appear here.
       *[no] Pledge board, empty: your pledge will appear here.
    }
board-drawing-alt = Pledge board, being drawn
board-drawing = Drawing your pledge board…
board-too-long-alt = Pledge board, empty: your pledge is too long to show on it
board-too-long = Shorten your pledge to see it here.
board-stale = The board shows your pledge as it last fitted. Shorten it to see the rest.
# $fonts is a list of writing systems, such as “Urdu and Gujarati”.
fonts-loading = Loading the { $fonts } lettering for your pledge…
font-failed = The { $font } lettering could not be loaded, so the board cannot show your pledge yet. Your pledge is kept. Check your connection, then try again.
render-broken = Something went wrong while drawing your pledge board. Your pledge is kept. Try again.
try-again = Try again
download = Download image
# $size is the size's name from the campaign, such as “Square (1080 × 1080)”.
download-hint = PNG image, { $size }
# Joining a list: “Urdu and Arabic”, “Urdu, Arabic and Gujarati”.
list-and = { $first } and { $last }
list-comma = { $first }, { $rest }

## Writing systems (in “Loading the … lettering”)

script-latin = Latin
script-extended = Cyrillic, Greek and more Latin
script-arabic = Arabic
script-urdu = Urdu
script-devanagari = Devanagari (Hindi)
script-gujarati = Gujarati
script-gurmukhi = Gurmukhi (Punjabi)

## The photo

photo-heading = Add a photo or selfie
# $board is the name of a design with a photo frame.
photo-no-frame-try = The design you chose has no space for a photo. Choose “{ $board }” under “{ design-heading }” to show one.
# $board is the name of the first design with a photo frame.
photo-no-frame-moves = The design you chose has no space for a photo. If you add one, your pledge moves to “{ $board }”, which has space for one.
photo-no-frame = The design you chose has no space for a photo.
photo-choose = Choose a photo
photo-choose-other = Choose a different photo
photo-hint = A JPEG, PNG or WebP photo. It stays on this device: it is not sent anywhere.
take-selfie = Take a selfie
photo-preparing = Preparing your photo…
photo-restoring = Bringing back your photo…
photo-not-kept = Your photo is too large to keep if this page reloads. It stays on the board while the page is open.
place-legend = Place your photo
place-hint = Or drag it on the board, and zoom with the mouse wheel or by pinching.
move-left = Move left
move-right = Move right
move-up = Move up
move-down = Move down
zoom-in = Zoom in
zoom-out = Zoom out
reset = Reset
zoom-level = Zoom: { $percent } %
remove-photo = Remove photo

## Photos that cannot be used

photo-too-big = This file is { $size } MB; photos up to { $max } MB can be used. Choose a smaller photo.
photo-heic = This is a HEIC photo, the format iPhones use, which web pages cannot read. Choose it again from the Photos app (it is then usually sent as JPEG), or set Settings > Camera > Formats to Most Compatible to take JPEG photos.
photo-not-image = This file is not a photo that can be used. Choose a JPEG, PNG or WebP image.
photo-too-many-pixels = This photo is { $width } × { $height } pixels, too large to prepare on this device. Choose a smaller photo (up to { $megapixels } megapixels).
photo-corrupt = This photo could not be read: the file may be damaged or incomplete. Try another photo.
photo-unreadable = This file could not be read. Try choosing it again.
photo-not-prepared = Your photo could not be prepared. Your pledge is safe; try adding the photo again.

## Choosing a design

design-heading = Choose a design
board-legend = Board design
size-legend = Image size
start-again = Start again
start-again-hint = Clears your pledge, photo and choices from this page.

## After a download

next-heading = What to do next
share-heading = Share your pledge
# $hashtags is the campaign's hashtags, such as “#NationalHCAW”.
share-with = Post your image on social media with { $hashtags }.
share-with-handle = Post your image on social media with { $hashtags } and tag { $handle }.
caption-label = Caption to post with it
copy-caption = Copy caption
send-heading = Send it to us
send-email = E-mail your image to { $email } to be part of our campaign montage.
if-it-happened = If hate crime has happened to you or someone you know
how-to-report = How to report hate crime

## Reporting hate crime (always on the page)

report-heading = Report hate crime
report-emergency = In an emergency, call { $number }.
report-non-emergency = If it is not an emergency, call { $number }.
report-online = Or report it online: { $link }

## Said to screen-reader users when something happens

said-example-used = The example is now in your pledge box.
said-own-words = Your own words are back in your pledge box.
said-fonts-loading = Loading the { $fonts } lettering…
said-downloaded = Your pledge image has been downloaded. What to do next is below.
said-caption-copied = Caption copied.
said-caption-not-copied = The caption could not be copied: select it and copy it yourself.
said-cleared = Your pledge has been cleared.
said-cleared-photo = Your pledge and photo have been cleared.
said-photo-on-board = Your photo is on the board. You can move and zoom it.
# $board is the name of the design the pledge moved to, as the one chosen had no photo frame.
said-photo-board-changed = Your photo is on the board: the design is now “{ $board }”, which has space for it. You can move and zoom it.
said-photo-no-frame = Your photo is ready. Choose a design with a photo frame to see it.
said-photo-removed = Your photo has been removed.
# $direction is left, right, up or down.
said-moved =
    { $direction ->
        [left] Photo moved left.
        [right] Photo moved right.
        [up] Photo moved up.
       *[down] Photo moved down.
    }
said-cannot-move =
    { $direction ->
        [left] The photo cannot move further left.
        [right] The photo cannot move further right.
        [up] The photo cannot move further up.
       *[down] The photo cannot move further down.
    }
said-zoomed = Photo zoomed to { $percent } per cent.
said-reset = The photo fills the frame again.

## Writing by hand (the pen)

mode-legend = How would you like to make your pledge?
mode-type = Type it
mode-write = Write it by hand
mode-paper = Use a photo of my paper pledge
paper-hint = Write your pledge on paper (a printed blank board, or any paper), then add a photo of it below. The photo fills the image, with the campaign's hashtags along the bottom.
paper-needs-photo = Add a photo of your paper pledge first.
board-alt-paper = Pledge image: a photo of a pledge written on paper
board-alt-paper-says = Pledge image, a photo of a pledge written on paper: { $pledge }
board-alt-paper-empty = Pledge image, empty: add a photo of your paper pledge.
board-alt-handwritten =
    { $photo ->
        [yes] Pledge board, with your photo: a pledge written by hand
       *[no] Pledge board: a pledge written by hand
    }
board-alt-handwritten-says =
    { $photo ->
        [yes] Pledge board, with your photo, written by hand: { $pledge }
       *[no] Pledge board, written by hand: { $pledge }
    }
# The writing area's name, said by screen readers.
pen-label = Writing area on the pledge board: write your pledge here with a finger, a stylus or the mouse
pen-hint = Write in the marked box on the board with a finger, a stylus or the mouse. To scroll the page, swipe outside the board.
pen-failed = The pen could not start. Check your connection and try again, or type your pledge instead.
ink-undo = Undo
ink-redo = Redo
ink-clear = Clear the writing
ink-full = The board is full. Undo or clear some writing to write more.
ink-damaged = Your handwriting from before could not be brought back, so it was removed. The rest of your pledge is kept.
says-label = What does your writing say? (optional)
says-hint = Type the words you wrote. People who cannot see the image hear them, and they go in the caption when you share it.
ink-colour-legend = Ink colour
# $n counts the campaign's ink colours: 1, 2, 3.
ink-colour = Colour { $n }
ink-width-legend = Pen width
ink-width-fine = Fine
ink-width-medium = Medium
ink-width-bold = Bold
said-ink-undone = The last line you wrote was taken back.
said-ink-redone = The line was put back.
said-ink-cleared = Your writing was cleared.

## The blank board to print

print-heading = Write on paper instead
print-intro = Download a blank board, print it and write your pledge on it by hand, then take a photo of it. The second page says what to do next.
print-paper-legend = Paper size
print-a4 = A4
print-letter = US Letter
print-save-ink = Use less ink (light colours)
print-button = Download the board to print (PDF)
print-making = Making the board to print…
print-done = The board to print is downloaded: { $file }
print-failed = The board to print could not be made: { $why } Try again, or make your pledge on screen.
print-instructions-heading = How to make your pledge on this board
print-step-write = Write your pledge in the white box, in any language.
print-step-photo = Take a photo of the board, or a selfie holding it.

## Leaving quickly, sharing, e-mail (issue 7)

quick-exit = Exit this page
quick-exit-tip = To leave this page quickly, press Esc or use “Exit this page”: it clears your pledge and photo and opens a neutral website.
share-image = Share image
share-failed = Your image could not be shared. Download it instead, then share it from your device.
email-subject = My pledge for { $campaign }
email-body = Here is my pledge for { $campaign }. Before you send this e-mail, attach the image you downloaded: { $file }
email-attach-hint = The e-mail opens ready to send: attach the image you downloaded ({ $file }) first.

## When the app cannot run: the plain page (index.html's <noscript> and
## fallback/<code>.html, written by `pledge-render --write-fallback`)

fallback-heading = You can still make your pledge
fallback-no-script = This page needs JavaScript to make your pledge image, and JavaScript is turned off in this browser.
fallback-cannot-run = This browser cannot make the pledge image: JavaScript may be turned off, or the browser may be too old.
fallback-write = Write your pledge on a sheet of paper, in any language.
fallback-photo = Take a photo of it, with yourself in the picture if you like.
fallback-languages = This page in other languages
