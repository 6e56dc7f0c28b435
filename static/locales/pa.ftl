# Pledge Board: ਪੰਜਾਬੀ (ਗੁਰਮੁਖੀ) ਵਿੱਚ ਇੰਟਰਫੇਸ (pa).
#
# NEEDS REVIEW: this translation was written by the development team, not
# by a native speaker. Before a campaign relies on it, have a native
# speaker check every message. Messages missing here appear in English.
# Keep the variables ($name) and the message ids as they are.

## The page

page-title = ਆਪਣਾ ਪ੍ਰਣ ਲਓ – { $campaign }
loading = ਪ੍ਰਣ ਬੋਰਡ ਲੋਡ ਹੋ ਰਿਹਾ ਹੈ…
broken-heading = ਮਾਫ਼ ਕਰਨਾ, ਪ੍ਰਣ ਬੋਰਡ ਕੰਮ ਨਹੀਂ ਕਰ ਰਿਹਾ
broken-try-later = ਕਿਰਪਾ ਕਰਕੇ ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
broken-details = ਮੁਹਿੰਮ ਟੀਮ ਲਈ ਵੇਰਵੇ
heading = ਆਪਣਾ ਪ੍ਰਣ ਲਓ
lede = ਨਫ਼ਰਤ ਵਾਲੇ ਅਪਰਾਧਾਂ ਦੇ ਵਿਰੁੱਧ ਇੱਕ ਪ੍ਰਣ ਲਿਖੋ, ਉਸ ਨੂੰ ਪ੍ਰਣ ਬੋਰਡ ’ਤੇ ਦੇਖੋ, ਅਤੇ ਸਾਂਝਾ ਕਰੋ ਤਾਂ ਜੋ ਸਭ ਨੂੰ ਪਤਾ ਲੱਗੇ ਕਿ ਅਸੀਂ ਇਕੱਠੇ ਹਾਂ।
language-label = ਭਾਸ਼ਾ
language-failed = { $language } ਲੋਡ ਨਹੀਂ ਹੋ ਸਕੀ। ਆਪਣਾ ਕਨੈਕਸ਼ਨ ਜਾਂਚੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
privacy-note = ਤੁਹਾਡਾ ਪ੍ਰਣ ਅਤੇ ਫ਼ੋਟੋ ਇਸੇ ਡਿਵਾਈਸ ’ਤੇ ਰਹਿੰਦੇ ਹਨ: ਤੁਸੀਂ ਜੋ ਵੀ ਲਿਖਦੇ ਜਾਂ ਜੋੜਦੇ ਹੋ, ਉਹ ਕਿਤੇ ਨਹੀਂ ਭੇਜਿਆ ਜਾਂਦਾ।

## Writing the pledge

write-heading = ਆਪਣਾ ਪ੍ਰਣ ਲਿਖੋ
pledge-label = ਤੁਹਾਡਾ ਪ੍ਰਣ
pledge-hint = ਉਦਾਹਰਨ ਲਈ, “ਜਦੋਂ ਮੈਂ ਨਫ਼ਰਤ ਦੇਖਾਂਗਾ, ਮੈਂ ਆਵਾਜ਼ ਉਠਾਵਾਂਗਾ।” ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਭਾਸ਼ਾ ਵਿੱਚ ਲਿਖ ਸਕਦੇ ਹੋ।
error-prefix = ਗਲਤੀ:
pledge-too-long = ਤੁਹਾਡਾ ਪ੍ਰਣ ਬੋਰਡ ’ਤੇ ਆਉਣ ਲਈ ਬਹੁਤ ਲੰਮਾ ਹੈ: ਇਸ ਨੂੰ { $limit } ਅੱਖਰਾਂ ਜਾਂ ਘੱਟ ਤੱਕ ਛੋਟਾ ਕਰੋ
pledge-empty = ਡਾਊਨਲੋਡ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ ਆਪਣਾ ਪ੍ਰਣ ਲਿਖੋ, ਜਾਂ ਕੋਈ ਉਦਾਹਰਨ ਚੁਣੋ
pledge-limit = ਤੁਸੀਂ ਵੱਧ ਤੋਂ ਵੱਧ { $limit } ਅੱਖਰ ਲਿਖ ਸਕਦੇ ਹੋ
chars-left =
    { $count ->
        [one] ਤੁਹਾਡੇ ਕੋਲ { $count } ਅੱਖਰ ਬਾਕੀ ਹੈ
       *[other] ਤੁਹਾਡੇ ਕੋਲ { $count } ਅੱਖਰ ਬਾਕੀ ਹਨ
    }
chars-over =
    { $count ->
        [one] ਤੁਸੀਂ { $count } ਅੱਖਰ ਵੱਧ ਲਿਖਿਆ ਹੈ
       *[other] ਤੁਸੀਂ { $count } ਅੱਖਰ ਵੱਧ ਲਿਖੇ ਹਨ
    }
example-replaced = ਉਦਾਹਰਨ ਨੇ ਤੁਹਾਡਾ ਲਿਖਿਆ ਬਦਲ ਦਿੱਤਾ ਹੈ।
undo = ਵਾਪਸ ਲਿਆਓ
examples-summary = ਵਿਚਾਰ ਚਾਹੀਦੇ ਹਨ? ਪ੍ਰਣ ਦੀਆਂ ਉਦਾਹਰਨਾਂ ਦੇਖੋ
use-example = ਇਹ ਉਦਾਹਰਨ ਵਰਤੋ
name-label = ਤੁਹਾਡਾ ਨਾਮ (ਵਿਕਲਪਿਕ)
name-hint = ਤੁਹਾਡੇ ਪ੍ਰਣ ਦੇ ਹੇਠਾਂ “— ਨਾਮ” ਵਜੋਂ ਦਿਖਾਇਆ ਜਾਂਦਾ ਹੈ। ਗੁਮਨਾਮ ਰਹਿਣ ਲਈ ਖਾਲੀ ਛੱਡੋ।

## The preview

preview-heading = ਤੁਹਾਡਾ ਪ੍ਰਣ ਬੋਰਡ
board-alt =
    { $photo ->
        [yes] ਪ੍ਰਣ ਬੋਰਡ, ਤੁਹਾਡੀ ਫ਼ੋਟੋ ਨਾਲ: { $pledge }
       *[no] ਪ੍ਰਣ ਬੋਰਡ: { $pledge }
    }
board-alt-signed =
    { $photo ->
        [yes] ਪ੍ਰਣ ਬੋਰਡ, ਤੁਹਾਡੀ ਫ਼ੋਟੋ ਨਾਲ: { $pledge } — { $name }
       *[no] ਪ੍ਰਣ ਬੋਰਡ: { $pledge } — { $name }
    }
board-alt-empty =
    { $photo ->
        [yes] ਪ੍ਰਣ ਬੋਰਡ, ਤੁਹਾਡੀ ਫ਼ੋਟੋ ਨਾਲ, ਖਾਲੀ: ਤੁਹਾਡਾ ਪ੍ਰਣ ਇੱਥੇ ਦਿਖਾਈ ਦੇਵੇਗਾ।
       *[no] ਪ੍ਰਣ ਬੋਰਡ, ਖਾਲੀ: ਤੁਹਾਡਾ ਪ੍ਰਣ ਇੱਥੇ ਦਿਖਾਈ ਦੇਵੇਗਾ।
    }
board-drawing-alt = ਪ੍ਰਣ ਬੋਰਡ, ਬਣਾਇਆ ਜਾ ਰਿਹਾ ਹੈ
board-drawing = ਤੁਹਾਡਾ ਪ੍ਰਣ ਬੋਰਡ ਬਣਾਇਆ ਜਾ ਰਿਹਾ ਹੈ…
board-too-long-alt = ਪ੍ਰਣ ਬੋਰਡ, ਖਾਲੀ: ਤੁਹਾਡਾ ਪ੍ਰਣ ਇਸ ’ਤੇ ਦਿਖਾਉਣ ਲਈ ਬਹੁਤ ਲੰਮਾ ਹੈ
board-too-long = ਇਸ ਨੂੰ ਇੱਥੇ ਦੇਖਣ ਲਈ ਆਪਣਾ ਪ੍ਰਣ ਛੋਟਾ ਕਰੋ।
board-stale = ਬੋਰਡ ਤੁਹਾਡਾ ਪ੍ਰਣ ਉਵੇਂ ਦਿਖਾ ਰਿਹਾ ਹੈ ਜਿਵੇਂ ਉਹ ਆਖ਼ਰੀ ਵਾਰ ਸਮਾਇਆ ਸੀ। ਬਾਕੀ ਦੇਖਣ ਲਈ ਇਸ ਨੂੰ ਛੋਟਾ ਕਰੋ।
fonts-loading = ਤੁਹਾਡੇ ਪ੍ਰਣ ਲਈ { $fonts } ਅੱਖਰ ਲੋਡ ਹੋ ਰਹੇ ਹਨ…
font-failed = { $font } ਅੱਖਰ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕੇ, ਇਸ ਲਈ ਬੋਰਡ ਅਜੇ ਤੁਹਾਡਾ ਪ੍ਰਣ ਨਹੀਂ ਦਿਖਾ ਸਕਦਾ। ਤੁਹਾਡਾ ਪ੍ਰਣ ਸੁਰੱਖਿਅਤ ਹੈ। ਆਪਣਾ ਕਨੈਕਸ਼ਨ ਜਾਂਚੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
render-broken = ਤੁਹਾਡਾ ਪ੍ਰਣ ਬੋਰਡ ਬਣਾਉਂਦੇ ਸਮੇਂ ਕੁਝ ਗਲਤ ਹੋ ਗਿਆ। ਤੁਹਾਡਾ ਪ੍ਰਣ ਸੁਰੱਖਿਅਤ ਹੈ। ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
try-again = ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ
download = ਤਸਵੀਰ ਡਾਊਨਲੋਡ ਕਰੋ
download-hint = PNG ਤਸਵੀਰ, { $size }
list-and = { $first } ਅਤੇ { $last }
list-comma = { $first }, { $rest }

## Writing systems

script-latin = ਲਾਤੀਨੀ
script-extended = ਸਿਰਿਲਿਕ, ਯੂਨਾਨੀ ਅਤੇ ਹੋਰ ਲਾਤੀਨੀ
script-arabic = ਅਰਬੀ
script-urdu = ਉਰਦੂ
script-devanagari = ਦੇਵਨਾਗਰੀ (ਹਿੰਦੀ)
script-gujarati = ਗੁਜਰਾਤੀ
script-gurmukhi = ਗੁਰਮੁਖੀ (ਪੰਜਾਬੀ)

## The photo

photo-heading = ਫ਼ੋਟੋ ਜਾਂ ਸੈਲਫ਼ੀ ਜੋੜੋ
photo-no-frame-try = ਤੁਹਾਡੇ ਚੁਣੇ ਡਿਜ਼ਾਈਨ ਵਿੱਚ ਫ਼ੋਟੋ ਲਈ ਥਾਂ ਨਹੀਂ ਹੈ। ਫ਼ੋਟੋ ਦਿਖਾਉਣ ਲਈ “{ design-heading }” ਹੇਠਾਂ “{ $board }” ਚੁਣੋ।
photo-no-frame-moves = ਤੁਹਾਡੇ ਚੁਣੇ ਡਿਜ਼ਾਈਨ ਵਿੱਚ ਫ਼ੋਟੋ ਲਈ ਥਾਂ ਨਹੀਂ ਹੈ। ਜੇ ਤੁਸੀਂ ਫ਼ੋਟੋ ਜੋੜਦੇ ਹੋ, ਤਾਂ ਤੁਹਾਡਾ ਪ੍ਰਣ “{ $board }” ’ਤੇ ਚਲਾ ਜਾਵੇਗਾ, ਜਿਸ ਵਿੱਚ ਫ਼ੋਟੋ ਲਈ ਥਾਂ ਹੈ।
photo-no-frame = ਤੁਹਾਡੇ ਚੁਣੇ ਡਿਜ਼ਾਈਨ ਵਿੱਚ ਫ਼ੋਟੋ ਲਈ ਥਾਂ ਨਹੀਂ ਹੈ।
photo-choose = ਫ਼ੋਟੋ ਚੁਣੋ
photo-choose-other = ਕੋਈ ਹੋਰ ਫ਼ੋਟੋ ਚੁਣੋ
photo-hint = JPEG, PNG ਜਾਂ WebP ਫ਼ੋਟੋ। ਇਹ ਇਸੇ ਡਿਵਾਈਸ ’ਤੇ ਰਹਿੰਦੀ ਹੈ: ਕਿਤੇ ਨਹੀਂ ਭੇਜੀ ਜਾਂਦੀ।
take-selfie = ਸੈਲਫ਼ੀ ਲਓ
photo-preparing = ਤੁਹਾਡੀ ਫ਼ੋਟੋ ਤਿਆਰ ਕੀਤੀ ਜਾ ਰਹੀ ਹੈ…
photo-restoring = ਤੁਹਾਡੀ ਫ਼ੋਟੋ ਵਾਪਸ ਲਿਆਂਦੀ ਜਾ ਰਹੀ ਹੈ…
photo-not-kept = ਤੁਹਾਡੀ ਫ਼ੋਟੋ ਇੰਨੀ ਵੱਡੀ ਹੈ ਕਿ ਪੰਨਾ ਮੁੜ ਲੋਡ ਹੋਣ ’ਤੇ ਸੰਭਾਲੀ ਨਹੀਂ ਜਾ ਸਕਦੀ। ਪੰਨਾ ਖੁੱਲ੍ਹਾ ਰਹਿਣ ਤੱਕ ਇਹ ਬੋਰਡ ’ਤੇ ਰਹੇਗੀ।
place-legend = ਆਪਣੀ ਫ਼ੋਟੋ ਦੀ ਥਾਂ ਤੈਅ ਕਰੋ
place-hint = ਜਾਂ ਇਸ ਨੂੰ ਬੋਰਡ ’ਤੇ ਖਿੱਚੋ, ਅਤੇ ਮਾਊਸ ਦੇ ਪਹੀਏ ਜਾਂ ਚੁਟਕੀ ਨਾਲ ਜ਼ੂਮ ਕਰੋ।
move-left = ਖੱਬੇ ਕਰੋ
move-right = ਸੱਜੇ ਕਰੋ
move-up = ਉੱਪਰ ਕਰੋ
move-down = ਹੇਠਾਂ ਕਰੋ
zoom-in = ਵੱਡਾ ਕਰੋ
zoom-out = ਛੋਟਾ ਕਰੋ
reset = ਪਹਿਲਾਂ ਵਾਂਗ ਕਰੋ
zoom-level = ਜ਼ੂਮ: { $percent } %
remove-photo = ਫ਼ੋਟੋ ਹਟਾਓ

## Photos that cannot be used

photo-too-big = ਇਹ ਫ਼ਾਈਲ { $size } MB ਦੀ ਹੈ; { $max } MB ਤੱਕ ਦੀਆਂ ਫ਼ੋਟੋਆਂ ਵਰਤੀਆਂ ਜਾ ਸਕਦੀਆਂ ਹਨ। ਛੋਟੀ ਫ਼ੋਟੋ ਚੁਣੋ।
photo-heic = ਇਹ HEIC ਫ਼ੋਟੋ ਹੈ, ਜੋ iPhone ਦਾ ਫਾਰਮੈਟ ਹੈ ਅਤੇ ਵੈੱਬ ਪੰਨੇ ਇਸ ਨੂੰ ਪੜ੍ਹ ਨਹੀਂ ਸਕਦੇ। ਇਸ ਨੂੰ Photos ਐਪ ਤੋਂ ਦੁਬਾਰਾ ਚੁਣੋ (ਤਦ ਇਹ ਆਮ ਤੌਰ ’ਤੇ JPEG ਵਜੋਂ ਭੇਜੀ ਜਾਂਦੀ ਹੈ), ਜਾਂ JPEG ਫ਼ੋਟੋਆਂ ਲੈਣ ਲਈ Settings > Camera > Formats ਵਿੱਚ Most Compatible ਚੁਣੋ।
photo-not-image = ਇਹ ਫ਼ਾਈਲ ਵਰਤਣਯੋਗ ਫ਼ੋਟੋ ਨਹੀਂ ਹੈ। JPEG, PNG ਜਾਂ WebP ਤਸਵੀਰ ਚੁਣੋ।
photo-too-many-pixels = ਇਹ ਫ਼ੋਟੋ { $width } × { $height } ਪਿਕਸਲ ਦੀ ਹੈ, ਜੋ ਇਸ ਡਿਵਾਈਸ ’ਤੇ ਤਿਆਰ ਕਰਨ ਲਈ ਬਹੁਤ ਵੱਡੀ ਹੈ। ਛੋਟੀ ਫ਼ੋਟੋ ਚੁਣੋ ({ $megapixels } ਮੈਗਾਪਿਕਸਲ ਤੱਕ)।
photo-corrupt = ਇਹ ਫ਼ੋਟੋ ਪੜ੍ਹੀ ਨਹੀਂ ਜਾ ਸਕੀ: ਫ਼ਾਈਲ ਖ਼ਰਾਬ ਜਾਂ ਅਧੂਰੀ ਹੋ ਸਕਦੀ ਹੈ। ਕੋਈ ਹੋਰ ਫ਼ੋਟੋ ਅਜ਼ਮਾਓ।
photo-unreadable = ਇਹ ਫ਼ਾਈਲ ਪੜ੍ਹੀ ਨਹੀਂ ਜਾ ਸਕੀ। ਇਸ ਨੂੰ ਦੁਬਾਰਾ ਚੁਣ ਕੇ ਦੇਖੋ।
photo-not-prepared = ਤੁਹਾਡੀ ਫ਼ੋਟੋ ਤਿਆਰ ਨਹੀਂ ਹੋ ਸਕੀ। ਤੁਹਾਡਾ ਪ੍ਰਣ ਸੁਰੱਖਿਅਤ ਹੈ; ਫ਼ੋਟੋ ਦੁਬਾਰਾ ਜੋੜਨ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰੋ।

## Choosing a design

design-heading = ਡਿਜ਼ਾਈਨ ਚੁਣੋ
board-legend = ਬੋਰਡ ਦਾ ਡਿਜ਼ਾਈਨ
size-legend = ਤਸਵੀਰ ਦਾ ਆਕਾਰ
start-again = ਮੁੜ ਸ਼ੁਰੂ ਕਰੋ
start-again-hint = ਇਸ ਪੰਨੇ ਤੋਂ ਤੁਹਾਡਾ ਪ੍ਰਣ, ਫ਼ੋਟੋ ਅਤੇ ਚੋਣਾਂ ਮਿਟਾ ਦਿੰਦਾ ਹੈ।

## After a download

next-heading = ਅੱਗੇ ਕੀ ਕਰਨਾ ਹੈ
share-heading = ਆਪਣਾ ਪ੍ਰਣ ਸਾਂਝਾ ਕਰੋ
share-with = ਆਪਣੀ ਤਸਵੀਰ ਸੋਸ਼ਲ ਮੀਡੀਆ ’ਤੇ { $hashtags } ਨਾਲ ਪੋਸਟ ਕਰੋ।
share-with-handle = ਆਪਣੀ ਤਸਵੀਰ ਸੋਸ਼ਲ ਮੀਡੀਆ ’ਤੇ { $hashtags } ਨਾਲ ਪੋਸਟ ਕਰੋ ਅਤੇ { $handle } ਨੂੰ ਟੈਗ ਕਰੋ।
caption-label = ਇਸ ਨਾਲ ਪੋਸਟ ਕਰਨ ਲਈ ਕੈਪਸ਼ਨ
copy-caption = ਕੈਪਸ਼ਨ ਕਾਪੀ ਕਰੋ
send-heading = ਇਸ ਨੂੰ ਸਾਨੂੰ ਭੇਜੋ
send-email = ਸਾਡੀ ਮੁਹਿੰਮ ਦੇ ਮੋਂਟਾਜ ਦਾ ਹਿੱਸਾ ਬਣਨ ਲਈ ਆਪਣੀ ਤਸਵੀਰ { $email } ’ਤੇ ਈ-ਮੇਲ ਕਰੋ।
if-it-happened = ਜੇ ਤੁਹਾਡੇ ਜਾਂ ਤੁਹਾਡੇ ਕਿਸੇ ਜਾਣਕਾਰ ਨਾਲ ਨਫ਼ਰਤ ਵਾਲਾ ਅਪਰਾਧ ਹੋਇਆ ਹੈ
how-to-report = ਨਫ਼ਰਤ ਵਾਲੇ ਅਪਰਾਧ ਦੀ ਰਿਪੋਰਟ ਕਿਵੇਂ ਕਰੀਏ

## Reporting hate crime

report-heading = ਨਫ਼ਰਤ ਵਾਲੇ ਅਪਰਾਧ ਦੀ ਰਿਪੋਰਟ ਕਰੋ
report-emergency = ਐਮਰਜੈਂਸੀ ਵਿੱਚ { $number } ’ਤੇ ਕਾਲ ਕਰੋ।
report-non-emergency = ਜੇ ਐਮਰਜੈਂਸੀ ਨਹੀਂ ਹੈ, ਤਾਂ { $number } ’ਤੇ ਕਾਲ ਕਰੋ।
report-online = ਜਾਂ ਆਨਲਾਈਨ ਰਿਪੋਰਟ ਕਰੋ: { $link }

## Said to screen-reader users

said-example-used = ਉਦਾਹਰਨ ਹੁਣ ਤੁਹਾਡੇ ਪ੍ਰਣ ਵਾਲੇ ਖਾਨੇ ਵਿੱਚ ਹੈ।
said-own-words = ਤੁਹਾਡੇ ਆਪਣੇ ਸ਼ਬਦ ਪ੍ਰਣ ਵਾਲੇ ਖਾਨੇ ਵਿੱਚ ਵਾਪਸ ਆ ਗਏ ਹਨ।
said-fonts-loading = { $fonts } ਅੱਖਰ ਲੋਡ ਹੋ ਰਹੇ ਹਨ…
said-downloaded = ਤੁਹਾਡੇ ਪ੍ਰਣ ਦੀ ਤਸਵੀਰ ਡਾਊਨਲੋਡ ਹੋ ਗਈ ਹੈ। ਅੱਗੇ ਕੀ ਕਰਨਾ ਹੈ, ਹੇਠਾਂ ਦੇਖੋ।
said-caption-copied = ਕੈਪਸ਼ਨ ਕਾਪੀ ਹੋ ਗਿਆ।
said-caption-not-copied = ਕੈਪਸ਼ਨ ਕਾਪੀ ਨਹੀਂ ਹੋ ਸਕਿਆ: ਇਸ ਨੂੰ ਚੁਣ ਕੇ ਆਪ ਕਾਪੀ ਕਰੋ।
said-cleared = ਤੁਹਾਡਾ ਪ੍ਰਣ ਮਿਟਾ ਦਿੱਤਾ ਗਿਆ ਹੈ।
said-cleared-photo = ਤੁਹਾਡਾ ਪ੍ਰਣ ਅਤੇ ਫ਼ੋਟੋ ਮਿਟਾ ਦਿੱਤੇ ਗਏ ਹਨ।
said-photo-on-board = ਤੁਹਾਡੀ ਫ਼ੋਟੋ ਬੋਰਡ ’ਤੇ ਹੈ। ਤੁਸੀਂ ਇਸ ਨੂੰ ਹਿਲਾ ਅਤੇ ਜ਼ੂਮ ਕਰ ਸਕਦੇ ਹੋ।
said-photo-board-changed = ਤੁਹਾਡੀ ਫ਼ੋਟੋ ਬੋਰਡ ’ਤੇ ਹੈ: ਹੁਣ ਡਿਜ਼ਾਈਨ “{ $board }” ਹੈ, ਜਿਸ ਵਿੱਚ ਫ਼ੋਟੋ ਲਈ ਥਾਂ ਹੈ। ਤੁਸੀਂ ਇਸ ਨੂੰ ਹਿਲਾ ਅਤੇ ਜ਼ੂਮ ਕਰ ਸਕਦੇ ਹੋ।
said-photo-no-frame = ਤੁਹਾਡੀ ਫ਼ੋਟੋ ਤਿਆਰ ਹੈ। ਇਸ ਨੂੰ ਦੇਖਣ ਲਈ ਫ਼ੋਟੋ ਫ੍ਰੇਮ ਵਾਲਾ ਡਿਜ਼ਾਈਨ ਚੁਣੋ।
said-photo-removed = ਤੁਹਾਡੀ ਫ਼ੋਟੋ ਹਟਾ ਦਿੱਤੀ ਗਈ ਹੈ।
said-moved =
    { $direction ->
        [left] ਫ਼ੋਟੋ ਖੱਬੇ ਖਿਸਕੀ।
        [right] ਫ਼ੋਟੋ ਸੱਜੇ ਖਿਸਕੀ।
        [up] ਫ਼ੋਟੋ ਉੱਪਰ ਖਿਸਕੀ।
       *[down] ਫ਼ੋਟੋ ਹੇਠਾਂ ਖਿਸਕੀ।
    }
said-cannot-move =
    { $direction ->
        [left] ਫ਼ੋਟੋ ਹੋਰ ਖੱਬੇ ਨਹੀਂ ਜਾ ਸਕਦੀ।
        [right] ਫ਼ੋਟੋ ਹੋਰ ਸੱਜੇ ਨਹੀਂ ਜਾ ਸਕਦੀ।
        [up] ਫ਼ੋਟੋ ਹੋਰ ਉੱਪਰ ਨਹੀਂ ਜਾ ਸਕਦੀ।
       *[down] ਫ਼ੋਟੋ ਹੋਰ ਹੇਠਾਂ ਨਹੀਂ ਜਾ ਸਕਦੀ।
    }
said-zoomed = ਫ਼ੋਟੋ { $percent } ਪ੍ਰਤੀਸ਼ਤ ਤੱਕ ਜ਼ੂਮ ਹੋਈ।
said-reset = ਫ਼ੋਟੋ ਫਿਰ ਤੋਂ ਫ੍ਰੇਮ ਭਰ ਰਹੀ ਹੈ।

## Writing by hand (the pen)

mode-legend = ਤੁਸੀਂ ਆਪਣਾ ਪ੍ਰਣ ਕਿਵੇਂ ਬਣਾਉਣਾ ਚਾਹੋਗੇ?
mode-type = ਟਾਈਪ ਕਰੋ
mode-write = ਹੱਥ ਨਾਲ ਲਿਖੋ
mode-paper = ਕਾਗ਼ਜ਼ ਉੱਤੇ ਲਿਖੇ ਪ੍ਰਣ ਦੀ ਫ਼ੋਟੋ ਵਰਤੋ
paper-hint = ਆਪਣਾ ਪ੍ਰਣ ਕਾਗ਼ਜ਼ ਉੱਤੇ ਲਿਖੋ (ਪ੍ਰਿੰਟ ਕੀਤਾ ਖ਼ਾਲੀ ਬੋਰਡ, ਜਾਂ ਕੋਈ ਵੀ ਕਾਗ਼ਜ਼), ਫਿਰ ਹੇਠਾਂ ਉਸ ਦੀ ਫ਼ੋਟੋ ਜੋੜੋ। ਫ਼ੋਟੋ ਪੂਰੀ ਤਸਵੀਰ ਭਰ ਦਿੰਦੀ ਹੈ, ਅਤੇ ਹੇਠਾਂ ਮੁਹਿੰਮ ਦੇ ਹੈਸ਼ਟੈਗ ਹੁੰਦੇ ਹਨ।
paper-needs-photo = ਪਹਿਲਾਂ ਕਾਗ਼ਜ਼ ਉੱਤੇ ਲਿਖੇ ਆਪਣੇ ਪ੍ਰਣ ਦੀ ਫ਼ੋਟੋ ਜੋੜੋ।
board-alt-paper = ਪ੍ਰਣ ਦੀ ਤਸਵੀਰ: ਕਾਗ਼ਜ਼ ਉੱਤੇ ਲਿਖੇ ਪ੍ਰਣ ਦੀ ਫ਼ੋਟੋ
board-alt-paper-says = ਪ੍ਰਣ ਦੀ ਤਸਵੀਰ, ਕਾਗ਼ਜ਼ ਉੱਤੇ ਲਿਖੇ ਪ੍ਰਣ ਦੀ ਫ਼ੋਟੋ: { $pledge }
board-alt-paper-empty = ਪ੍ਰਣ ਦੀ ਤਸਵੀਰ, ਖ਼ਾਲੀ: ਕਾਗ਼ਜ਼ ਉੱਤੇ ਲਿਖੇ ਆਪਣੇ ਪ੍ਰਣ ਦੀ ਫ਼ੋਟੋ ਜੋੜੋ।
board-alt-handwritten =
    { $photo ->
        [yes] ਪ੍ਰਣ ਬੋਰਡ, ਤੁਹਾਡੀ ਫ਼ੋਟੋ ਨਾਲ: ਹੱਥ ਨਾਲ ਲਿਖਿਆ ਪ੍ਰਣ
       *[no] ਪ੍ਰਣ ਬੋਰਡ: ਹੱਥ ਨਾਲ ਲਿਖਿਆ ਪ੍ਰਣ
    }
board-alt-handwritten-says =
    { $photo ->
        [yes] ਪ੍ਰਣ ਬੋਰਡ, ਤੁਹਾਡੀ ਫ਼ੋਟੋ ਨਾਲ, ਹੱਥ ਨਾਲ ਲਿਖਿਆ: { $pledge }
       *[no] ਪ੍ਰਣ ਬੋਰਡ, ਹੱਥ ਨਾਲ ਲਿਖਿਆ: { $pledge }
    }
pen-label = ਪ੍ਰਣ ਬੋਰਡ ਉੱਤੇ ਲਿਖਣ ਦੀ ਥਾਂ: ਇੱਥੇ ਉਂਗਲ, ਸਟਾਈਲਸ ਜਾਂ ਮਾਊਸ ਨਾਲ ਆਪਣਾ ਪ੍ਰਣ ਲਿਖੋ
pen-hint = ਬੋਰਡ ਉੱਤੇ ਨਿਸ਼ਾਨ ਲੱਗੇ ਖਾਨੇ ਵਿੱਚ ਉਂਗਲ, ਸਟਾਈਲਸ ਜਾਂ ਮਾਊਸ ਨਾਲ ਲਿਖੋ। ਪੰਨਾ ਸਕ੍ਰੋਲ ਕਰਨ ਲਈ ਬੋਰਡ ਤੋਂ ਬਾਹਰ ਸਵਾਈਪ ਕਰੋ।
pen-failed = ਪੈੱਨ ਸ਼ੁਰੂ ਨਹੀਂ ਹੋ ਸਕਿਆ। ਆਪਣਾ ਕਨੈਕਸ਼ਨ ਜਾਂਚੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ, ਜਾਂ ਇਸ ਦੀ ਥਾਂ ਆਪਣਾ ਪ੍ਰਣ ਟਾਈਪ ਕਰੋ।
ink-undo = ਵਾਪਸ ਲਓ
ink-redo = ਮੁੜ ਕਰੋ
ink-clear = ਲਿਖਤ ਮਿਟਾਓ
ink-full = ਬੋਰਡ ਭਰ ਗਿਆ ਹੈ। ਹੋਰ ਲਿਖਣ ਲਈ ਕੁਝ ਲਿਖਤ ਵਾਪਸ ਲਓ ਜਾਂ ਮਿਟਾਓ।
ink-damaged = ਤੁਹਾਡੀ ਪਹਿਲਾਂ ਦੀ ਹੱਥ-ਲਿਖਤ ਵਾਪਸ ਨਹੀਂ ਲਿਆਂਦੀ ਜਾ ਸਕੀ, ਇਸ ਲਈ ਉਹ ਹਟਾ ਦਿੱਤੀ ਗਈ। ਤੁਹਾਡੇ ਪ੍ਰਣ ਦਾ ਬਾਕੀ ਹਿੱਸਾ ਸੰਭਾਲਿਆ ਹੋਇਆ ਹੈ।
says-label = ਤੁਹਾਡੀ ਲਿਖਤ ਵਿੱਚ ਕੀ ਲਿਖਿਆ ਹੈ? (ਚੋਣਵਾਂ)
says-hint = ਹੱਥ ਨਾਲ ਲਿਖੇ ਸ਼ਬਦ ਟਾਈਪ ਕਰੋ। ਜੋ ਲੋਕ ਤਸਵੀਰ ਨਹੀਂ ਦੇਖ ਸਕਦੇ ਉਹ ਇਹਨਾਂ ਨੂੰ ਸੁਣਦੇ ਹਨ, ਅਤੇ ਸਾਂਝਾ ਕਰਨ ਵੇਲੇ ਇਹ ਕੈਪਸ਼ਨ ਵਿੱਚ ਜਾਂਦੇ ਹਨ।
ink-colour-legend = ਸਿਆਹੀ ਦਾ ਰੰਗ
ink-colour = ਰੰਗ { $n }
ink-width-legend = ਪੈੱਨ ਦੀ ਮੋਟਾਈ
ink-width-fine = ਪਤਲੀ
ink-width-medium = ਦਰਮਿਆਨੀ
ink-width-bold = ਮੋਟੀ
said-ink-undone = ਤੁਹਾਡੀ ਲਿਖੀ ਆਖ਼ਰੀ ਲਕੀਰ ਵਾਪਸ ਲੈ ਲਈ ਗਈ।
said-ink-redone = ਲਕੀਰ ਵਾਪਸ ਲਗਾ ਦਿੱਤੀ ਗਈ।
said-ink-cleared = ਤੁਹਾਡੀ ਲਿਖਤ ਮਿਟਾ ਦਿੱਤੀ ਗਈ।

## The blank board to print

print-heading = ਜਾਂ ਕਾਗ਼ਜ਼ ਉੱਤੇ ਲਿਖੋ
print-intro = ਇੱਕ ਖ਼ਾਲੀ ਬੋਰਡ ਡਾਊਨਲੋਡ ਕਰੋ, ਉਸ ਨੂੰ ਪ੍ਰਿੰਟ ਕਰੋ ਅਤੇ ਉਸ ਉੱਤੇ ਆਪਣਾ ਪ੍ਰਣ ਹੱਥ ਨਾਲ ਲਿਖੋ, ਫਿਰ ਉਸ ਦੀ ਫ਼ੋਟੋ ਲਓ। ਦੂਜਾ ਪੰਨਾ ਦੱਸਦਾ ਹੈ ਕਿ ਅੱਗੇ ਕੀ ਕਰਨਾ ਹੈ।
print-paper-legend = ਕਾਗ਼ਜ਼ ਦਾ ਆਕਾਰ
print-a4 = A4
print-letter = US Letter
print-save-ink = ਘੱਟ ਸਿਆਹੀ (ਹਲਕੇ ਰੰਗ)
print-button = ਪ੍ਰਿੰਟ ਕਰਨ ਲਈ ਬੋਰਡ ਡਾਊਨਲੋਡ ਕਰੋ (PDF)
print-making = ਪ੍ਰਿੰਟ ਲਈ ਬੋਰਡ ਤਿਆਰ ਹੋ ਰਿਹਾ ਹੈ…
print-done = ਪ੍ਰਿੰਟ ਲਈ ਬੋਰਡ ਡਾਊਨਲੋਡ ਹੋ ਗਿਆ: { $file }
print-failed = ਪ੍ਰਿੰਟ ਲਈ ਬੋਰਡ ਨਹੀਂ ਬਣ ਸਕਿਆ: { $why } ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ, ਜਾਂ ਆਪਣਾ ਪ੍ਰਣ ਸਕ੍ਰੀਨ ਉੱਤੇ ਬਣਾਓ।
print-instructions-heading = ਇਸ ਬੋਰਡ ਉੱਤੇ ਆਪਣਾ ਪ੍ਰਣ ਕਿਵੇਂ ਲਿਖਣਾ ਹੈ
print-step-write = ਚਿੱਟੇ ਖ਼ਾਨੇ ਵਿੱਚ ਆਪਣਾ ਪ੍ਰਣ ਕਿਸੇ ਵੀ ਭਾਸ਼ਾ ਵਿੱਚ ਲਿਖੋ।
print-step-photo = ਬੋਰਡ ਦੀ ਫ਼ੋਟੋ ਲਓ, ਜਾਂ ਉਸ ਨੂੰ ਫੜ ਕੇ ਸੈਲਫ਼ੀ ਲਓ।

## Leaving quickly, sharing, e-mail (issue 7)

quick-exit = ਇਹ ਪੰਨਾ ਛੱਡੋ
quick-exit-tip = ਇਹ ਪੰਨਾ ਜਲਦੀ ਛੱਡਣ ਲਈ Esc ਦਬਾਓ ਜਾਂ “ਇਹ ਪੰਨਾ ਛੱਡੋ” ਚੁਣੋ: ਇਸ ਨਾਲ ਤੁਹਾਡਾ ਪ੍ਰਣ ਅਤੇ ਫ਼ੋਟੋ ਮਿਟ ਜਾਂਦੇ ਹਨ ਅਤੇ ਇੱਕ ਆਮ ਵੈੱਬਸਾਈਟ ਖੁੱਲ੍ਹ ਜਾਂਦੀ ਹੈ।
share-image = ਤਸਵੀਰ ਸਾਂਝੀ ਕਰੋ
share-failed = ਤੁਹਾਡੀ ਤਸਵੀਰ ਸਾਂਝੀ ਨਹੀਂ ਹੋ ਸਕੀ। ਇਸ ਨੂੰ ਡਾਊਨਲੋਡ ਕਰੋ, ਫਿਰ ਆਪਣੀ ਡਿਵਾਈਸ ਤੋਂ ਸਾਂਝੀ ਕਰੋ।
email-subject = ਮੇਰਾ ਪ੍ਰਣ – { $campaign }
email-body = ਇਹ ਮੇਰਾ ਪ੍ਰਣ ਹੈ – { $campaign }। ਇਹ ਈਮੇਲ ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਡਾਊਨਲੋਡ ਕੀਤੀ ਤਸਵੀਰ ਨੱਥੀ ਕਰੋ: { $file }
email-attach-hint = ਈਮੇਲ ਭੇਜਣ ਲਈ ਤਿਆਰ ਖੁੱਲ੍ਹੇਗੀ: ਪਹਿਲਾਂ ਡਾਊਨਲੋਡ ਕੀਤੀ ਤਸਵੀਰ ({ $file }) ਨੱਥੀ ਕਰੋ।

## When the app cannot run

fallback-heading = ਤੁਸੀਂ ਹਾਲੇ ਵੀ ਆਪਣਾ ਪ੍ਰਣ ਲੈ ਸਕਦੇ ਹੋ
fallback-no-script = ਤੁਹਾਡੇ ਪ੍ਰਣ ਦੀ ਤਸਵੀਰ ਬਣਾਉਣ ਲਈ ਇਸ ਪੰਨੇ ਨੂੰ JavaScript ਚਾਹੀਦੀ ਹੈ, ਅਤੇ ਇਸ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ JavaScript ਬੰਦ ਹੈ।
fallback-cannot-run = ਇਹ ਬ੍ਰਾਊਜ਼ਰ ਪ੍ਰਣ ਦੀ ਤਸਵੀਰ ਨਹੀਂ ਬਣਾ ਸਕਦਾ: ਸ਼ਾਇਦ JavaScript ਬੰਦ ਹੈ, ਜਾਂ ਬ੍ਰਾਊਜ਼ਰ ਬਹੁਤ ਪੁਰਾਣਾ ਹੈ।
fallback-write = ਆਪਣਾ ਪ੍ਰਣ ਕਿਸੇ ਵੀ ਭਾਸ਼ਾ ਵਿੱਚ ਕਾਗਜ਼ ਉੱਤੇ ਲਿਖੋ।
fallback-photo = ਉਸ ਦੀ ਫ਼ੋਟੋ ਲਓ, ਚਾਹੋ ਤਾਂ ਆਪ ਵੀ ਫ਼ੋਟੋ ਵਿੱਚ ਰਹੋ।
fallback-languages = ਇਹ ਪੰਨਾ ਹੋਰ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ
