# Pledge Board: ਮੋਂਟਾਜ ਪੰਨਾ ਪੰਜਾਬੀ ਵਿੱਚ (pa, ਗੁਰਮੁਖੀ).
#
# NEEDS REVIEW: this translation was written by the development team, not
# by a native speaker. Before a campaign relies on it, have a native
# speaker check every message. Messages missing here appear in English.
# Keep the variables ($name) and the message ids as they are. The keys
# A, R and U stay as they are: they are the keys' names.

montage-page-title = ਮੋਂਟਾਜ ਬਣਾਓ – Pledge Board
montage-heading = ਮੋਂਟਾਜ ਬਣਾਓ
montage-intro = ਲੋਕਾਂ ਵੱਲੋਂ ਭੇਜੀਆਂ ਪ੍ਰਣ ਦੀਆਂ ਤਸਵੀਰਾਂ ਜੋੜੋ, ਵਰਤਣ ਵਾਲੀਆਂ ਨੂੰ ਮਨਜ਼ੂਰ ਕਰੋ, ਫਿਰ ਮੋਂਟਾਜ ਬਣਾਓ। ਸਭ ਕੁਝ ਇਸੇ ਕੰਪਿਊਟਰ 'ਤੇ ਰਹਿੰਦਾ ਹੈ: ਕੁਝ ਵੀ ਅੱਪਲੋਡ ਨਹੀਂ ਹੁੰਦਾ।
montage-add-heading = ਤਸਵੀਰਾਂ ਜੋੜੋ
montage-use = ਇਹਨਾਂ ਤੋਂ ਤੁਸੀਂ ਜੋ ਸਭ ਤੋਂ ਵੱਡਾ ਮੋਂਟਾਜ ਬਣਾਓਗੇ
montage-use-screens = ਸੋਸ਼ਲ ਮੀਡੀਆ ਅਤੇ ਸਕ੍ਰੀਨਾਂ, 4K ਤੱਕ
montage-use-print-150 = 150 dpi 'ਤੇ ਪੋਸਟਰ, A1 ਤੱਕ
montage-use-print-300 = 300 dpi 'ਤੇ ਪੋਸਟਰ, A1 ਤੱਕ
montage-use-hint = ਤਸਵੀਰਾਂ ਜੋੜਨ ਤੋਂ ਪਹਿਲਾਂ ਚੁਣੋ। ਹਰ ਤਸਵੀਰ ਸਿਰਫ਼ ਓਨੀ ਵੱਡੀ ਰੱਖੀ ਜਾਂਦੀ ਹੈ ਜਿੰਨੀ ਇਸ ਲਈ ਚਾਹੀਦੀ ਹੈ (ਸਭ ਤੋਂ ਲੰਬੇ ਪਾਸੇ { $side } ਪਿਕਸਲ), ਤਾਂ ਜੋ ਇਸ ਕੰਪਿਊਟਰ ਦੀ ਮੈਮਰੀ ਬਚੇ।
montage-use-chosen = ਤਸਵੀਰਾਂ ਸਭ ਤੋਂ ਲੰਬੇ ਪਾਸੇ { $side } ਪਿਕਸਲ ਤੱਕ ਰੱਖੀਆਂ ਗਈਆਂ ਹਨ। ਮੁੜ ਚੁਣਨ ਲਈ, ਸਭ ਕੁਝ ਸਾਫ਼ ਕਰੋ (ਪੰਨੇ ਦੇ ਅੰਤ ਵਿੱਚ) ਅਤੇ ਉਹਨਾਂ ਨੂੰ ਮੁੜ ਜੋੜੋ।
montage-choose-files = ਤਸਵੀਰਾਂ ਚੁਣੋ
montage-choose-folder = ਫੋਲਡਰ ਚੁਣੋ
montage-drop = ਜਾਂ ਤਸਵੀਰਾਂ ਜਾਂ ਫੋਲਡਰ ਇੱਥੇ ਸੁੱਟੋ
montage-formats = JPEG, PNG ਜਾਂ WebP। ਹੋਰ ਫ਼ਾਈਲਾਂ ਕਾਰਨ ਸਮੇਤ ਛੱਡੀਆਂ ਗਈਆਂ ਵਜੋਂ ਦਿਖਾਈਆਂ ਜਾਂਦੀਆਂ ਹਨ।
montage-progress = { $total } ਵਿੱਚੋਂ { $done } ਤਸਵੀਰਾਂ ਪੜ੍ਹੀਆਂ
montage-progress-label = ਪੜ੍ਹੀਆਂ ਤਸਵੀਰਾਂ
montage-left-seconds = ਲਗਭਗ { $seconds } ਸਕਿੰਟ ਬਾਕੀ
montage-left-minutes = ਲਗਭਗ { $minutes } ਮਿੰਟ ਬਾਕੀ
montage-cancel = ਰੱਦ ਕਰੋ
montage-readers = { $count ->
    [one] ਇੱਕ ਰੀਡਰ ਨਾਲ ਪੜ੍ਹਿਆ ਜਾ ਰਿਹਾ ਹੈ
   *[other] ਇੱਕੋ ਵੇਲੇ { $count } ਰੀਡਰਾਂ ਨਾਲ ਪੜ੍ਹਿਆ ਜਾ ਰਿਹਾ ਹੈ
}
montage-review-heading = ਸਮੀਖਿਆ
montage-review-help = ਹਰ ਤਸਵੀਰ ਨੂੰ ਉਸਦੇ ਬਟਨਾਂ ਨਾਲ, ਜਾਂ ਉਸ 'ਤੇ A ਅਤੇ R ਕੁੰਜੀਆਂ ਨਾਲ ਮਨਜ਼ੂਰ ਜਾਂ ਨਾਮਨਜ਼ੂਰ ਕਰੋ (U: ਅਜੇ ਸਮੀਖਿਆ ਨਹੀਂ ਹੋਈ); ਤੀਰ ਕੁੰਜੀਆਂ ਤਸਵੀਰਾਂ ਵਿਚਕਾਰ ਲੈ ਜਾਂਦੀਆਂ ਹਨ।
montage-filter = ਦਿਖਾਓ
montage-filter-all = ਸਾਰੀਆਂ ({ $count })
montage-filter-unreviewed = ਅਜੇ ਸਮੀਖਿਆ ਨਹੀਂ ਹੋਈ ({ $count })
montage-filter-approved = ਮਨਜ਼ੂਰ ({ $count })
montage-filter-rejected = ਨਾਮਨਜ਼ੂਰ ({ $count })
montage-filter-flagged = ਕਿਸੇ ਹੋਰ ਵਰਗੀਆਂ ({ $count })
montage-approve-rest = { $count ->
    [one] ਬਾਕੀ ਇੱਕ ਤਸਵੀਰ ਮਨਜ਼ੂਰ ਕਰੋ
   *[other] ਬਾਕੀ { $count } ਤਸਵੀਰਾਂ ਮਨਜ਼ੂਰ ਕਰੋ
}
montage-images-label = ਸਮੀਖਿਆ ਲਈ ਤਸਵੀਰਾਂ
montage-approve = ਤਸਵੀਰ { $number } ਮਨਜ਼ੂਰ ਕਰੋ
montage-reject = ਤਸਵੀਰ { $number } ਨਾਮਨਜ਼ੂਰ ਕਰੋ
montage-no-words = ਤਸਵੀਰ { $number } ({ $file }): ਕੋਈ ਸ਼ਬਦ ਦਰਜ ਨਹੀਂ
montage-verdict-unreviewed = ਅਜੇ ਸਮੀਖਿਆ ਨਹੀਂ ਹੋਈ
montage-verdict-approved = ਮਨਜ਼ੂਰ
montage-verdict-rejected = ਨਾਮਨਜ਼ੂਰ
montage-looks-like = ਤਸਵੀਰ { $numbers } ਵਰਗੀ ਲੱਗਦੀ ਹੈ
montage-none-shown = ਇੱਥੇ ਦਿਖਾਉਣ ਲਈ ਕੋਈ ਤਸਵੀਰ ਨਹੀਂ।
montage-none-yet = ਅਜੇ ਕੋਈ ਤਸਵੀਰ ਨਹੀਂ।
montage-left-out-heading = ਛੱਡੀਆਂ ਗਈਆਂ ({ $count })
montage-left-out-item = { $file }: { $why }
montage-why-not-an-image = JPEG, PNG ਜਾਂ WebP ਤਸਵੀਰ ਨਹੀਂ ਹੈ
montage-why-heic = HEIC ਫ਼ੋਟੋ (iPhone ਦਾ ਫ਼ਾਰਮੈਟ): ਪਹਿਲਾਂ ਇਸਨੂੰ JPEG ਵਜੋਂ ਸੰਭਾਲੋ
montage-why-damaged = ਖ਼ਰਾਬ ਜਾਂ ਅਧੂਰੀ: ਇਸਨੂੰ ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ
montage-why-too-large = ਬਹੁਤ ਵੱਡੀ ({ $mb } MB)
montage-why-too-many-pixels = ਬਹੁਤ ਜ਼ਿਆਦਾ ਪਿਕਸਲ ({ $width } × { $height })
montage-why-unreadable = ਫ਼ਾਈਲ ਪੜ੍ਹੀ ਨਹੀਂ ਜਾ ਸਕੀ
montage-duplicate = { $file }: ਤਸਵੀਰ { $number } ਵਾਲੀ ਹੀ ਤਸਵੀਰ
montage-clear-heading = ਕੰਮ ਪੂਰਾ ਹੋਣ 'ਤੇ
montage-kept = ਤਸਵੀਰਾਂ ਅਤੇ ਤੁਹਾਡੇ ਫ਼ੈਸਲੇ ਇਸ ਕੰਪਿਊਟਰ 'ਤੇ ਇਸੇ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਰੱਖੇ ਜਾਂਦੇ ਹਨ, ਇਸ ਲਈ ਪੰਨਾ ਮੁੜ ਲੋਡ ਕਰਨ ਨਾਲ ਕੁਝ ਨਹੀਂ ਗੁਆਚਦਾ। ਕੁਝ ਵੀ ਅੱਪਲੋਡ ਨਹੀਂ ਹੁੰਦਾ।
montage-clear = ਸਭ ਕੁਝ ਸਾਫ਼ ਕਰੋ
montage-clear-question = ਇਸ ਬ੍ਰਾਊਜ਼ਰ ਤੋਂ ਹਰ ਤਸਵੀਰ ਅਤੇ ਫ਼ੈਸਲਾ ਹਟਾਉਣਾ ਹੈ? ਇਸਨੂੰ ਵਾਪਸ ਨਹੀਂ ਕੀਤਾ ਜਾ ਸਕਦਾ।
montage-clear-yes = ਹਾਂ, ਸਭ ਕੁਝ ਸਾਫ਼ ਕਰੋ
montage-clear-no = ਨਹੀਂ, ਇਹਨਾਂ ਨੂੰ ਰੱਖੋ
montage-cleared = ਇਸ ਬ੍ਰਾਊਜ਼ਰ ਤੋਂ ਸਭ ਕੁਝ ਸਾਫ਼ ਕਰ ਦਿੱਤਾ ਗਿਆ।
montage-restored = { $count ->
    [one] ਤੁਹਾਡੀ ਪਿਛਲੀ ਫੇਰੀ ਤੋਂ ਇੱਕ ਤਸਵੀਰ ਅਤੇ ਉਸਦਾ ਫ਼ੈਸਲਾ ਰੱਖੇ ਗਏ।
   *[other] ਤੁਹਾਡੀ ਪਿਛਲੀ ਫੇਰੀ ਤੋਂ { $count } ਤਸਵੀਰਾਂ ਅਤੇ ਤੁਹਾਡੇ ਫ਼ੈਸਲੇ ਰੱਖੇ ਗਏ।
}
montage-not-kept = ਤੁਹਾਡੀ ਸਮੀਖਿਆ ਇਸ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਨਹੀਂ ਰੱਖੀ ਜਾ ਸਕੀ ({ $why }): ਪੰਨਾ ਬੰਦ ਹੋਣ 'ਤੇ ਇਹ ਗੁਆਚ ਜਾਵੇਗੀ।
montage-build-heading = ਮੋਂਟਾਜ
montage-build-count = { $count ->
    [0] ਪਹਿਲਾਂ ਤਸਵੀਰਾਂ ਮਨਜ਼ੂਰ ਕਰੋ: ਮੋਂਟਾਜ ਵਿੱਚ ਸਿਰਫ਼ ਮਨਜ਼ੂਰ ਤਸਵੀਰਾਂ ਜਾਂਦੀਆਂ ਹਨ।
    [one] ਇੱਕ ਮਨਜ਼ੂਰ ਤਸਵੀਰ ਮੋਂਟਾਜ ਵਿੱਚ ਜਾਵੇਗੀ।
   *[other] { $count } ਮਨਜ਼ੂਰ ਤਸਵੀਰਾਂ ਮੋਂਟਾਜ ਵਿੱਚ ਜਾਣਗੀਆਂ।
}
montage-layout = ਖਾਕਾ
montage-layout-grid = ਗਰਿੱਡ
montage-layout-rows = ਕਤਾਰਾਂ (ਹਰ ਤਸਵੀਰ ਆਪਣੀ ਸ਼ਕਲ ਰੱਖਦੀ ਹੈ)
montage-layout-heart = ਦਿਲ
montage-size = ਆਕਾਰ
montage-size-square = ਵਰਗ, 1080 × 1080
montage-size-portrait = ਪੋਰਟਰੇਟ, 1080 × 1350
montage-size-story = ਸਟੋਰੀ, 1080 × 1920
montage-size-hd = ਸਕ੍ਰੀਨ, 1920 × 1080
montage-size-4k = ਸਕ੍ਰੀਨ 4K, 3840 × 2160
montage-size-a3 = A3 ਪੋਸਟਰ, 150 dpi (1754 × 2480)
montage-size-a2 = A2 ਪੋਸਟਰ, 150 dpi (2480 × 3508)
montage-size-a1 = A1 ਪੋਸਟਰ, 150 dpi (3508 × 4967)
montage-size-a3-300 = A3 ਪੋਸਟਰ, 300 dpi (3508 × 4961)
montage-size-a2-300 = A2 ਪੋਸਟਰ, 300 dpi (4961 × 7016)
montage-size-a1-300 = A1 ਪੋਸਟਰ, 300 dpi (7016 × 9933)
montage-order = ਕ੍ਰਮ
montage-order-added = ਜਿਵੇਂ ਜੋੜੀਆਂ
montage-order-shuffled = ਰਲਾਈਆਂ
montage-order-language = ਭਾਸ਼ਾ ਅਨੁਸਾਰ
montage-format = ਫ਼ਾਈਲ ਦੀ ਕਿਸਮ
montage-format-png = PNG
montage-format-jpeg = JPEG
montage-format-pdf = PDF, ਛਪਾਈ ਲਈ
montage-soft = ਇਸ ਆਕਾਰ 'ਤੇ ਹਰ ਤਸਵੀਰ ਲਗਭਗ { $need } ਪਿਕਸਲ 'ਤੇ ਬਣਦੀ ਹੈ, ਜੋ ਰੱਖੇ ਗਏ { $side } ਤੋਂ ਵੱਡੀ ਹੈ, ਇਸ ਲਈ ਮੋਂਟਾਜ ਧੁੰਦਲਾ ਲੱਗੇਗਾ। ਸਾਫ਼ ਮੋਂਟਾਜ ਲਈ ਸਭ ਕੁਝ ਸਾਫ਼ ਕਰੋ ਅਤੇ “{ $use }” ਚੁਣ ਕੇ ਤਸਵੀਰਾਂ ਮੁੜ ਜੋੜੋ।
montage-build = ਮੋਂਟਾਜ ਬਣਾਓ
montage-building = ਬਣ ਰਿਹਾ ਹੈ…
montage-built = ਮੋਂਟਾਜ ਤਿਆਰ ਹੈ: { $width } × { $height } ਪਿਕਸਲ।
montage-build-failed = ਮੋਂਟਾਜ ਨਹੀਂ ਬਣ ਸਕਿਆ: { $why }
montage-download = ਮੋਂਟਾਜ ਡਾਊਨਲੋਡ ਕਰੋ ({ $format }, { $width } × { $height })
montage-download-html = ਟੈਕਸਟ ਰੂਪ ਡਾਊਨਲੋਡ ਕਰੋ (HTML)
montage-download-csv = ਪ੍ਰਣਾਂ ਦੀ ਸੂਚੀ ਡਾਊਨਲੋਡ ਕਰੋ (CSV)
montage-text-title = ਮੋਂਟਾਜ ਵਿਚਲੇ ਪ੍ਰਣ
montage-cropped = ਆਪਣੀ ਥਾਂ ਭਰਨ ਲਈ ਕੱਟੀ
montage-crop-heading = ਤਸਵੀਰ { $number } ਕੱਟੋ
montage-crop-hint = ਇਸ ਤਸਵੀਰ ਵਿੱਚ ਪ੍ਰਣ ਦਾ ਰਿਕਾਰਡ ਨਹੀਂ ਹੈ, ਇਸ ਲਈ ਇਹ ਕਾਗ਼ਜ਼ ਦੇ ਬੋਰਡ ਦੀ ਫ਼ੋਟੋ ਹੋ ਸਕਦੀ ਹੈ। ਇਸਨੂੰ ਹੋਰ ਤਸਵੀਰਾਂ ਦੀ ਸ਼ਕਲ ਵਿੱਚ ਕੱਟਿਆ ਜਾ ਸਕਦਾ ਹੈ ਤਾਂ ਜੋ ਇਹ ਮੋਂਟਾਜ ਵਿੱਚ ਆਪਣੀ ਥਾਂ ਭਰੇ। ਪ੍ਰਣ ਦੀਆਂ ਤਸਵੀਰਾਂ ਪੂਰੀਆਂ ਦਿਖਾਈਆਂ ਜਾਂਦੀਆਂ ਹਨ: ਦੇਖ ਲਓ ਕਿ ਕੋਈ ਸ਼ਬਦ ਨਾ ਕੱਟਿਆ ਜਾਵੇ।
montage-crop-preview = ਤਸਵੀਰ { $number }, ਰੱਖਿਆ ਹਿੱਸਾ ਘੇਰੇ ਵਿੱਚ
montage-crop = ਆਪਣੀ ਥਾਂ ਭਰਨ ਲਈ ਕੱਟੋ
montage-crop-left = ਕੱਟ ਨੂੰ ਖੱਬੇ ਲਿਜਾਓ
montage-crop-right = ਕੱਟ ਨੂੰ ਸੱਜੇ ਲਿਜਾਓ
montage-crop-up = ਕੱਟ ਨੂੰ ਉੱਪਰ ਲਿਜਾਓ
montage-crop-down = ਕੱਟ ਨੂੰ ਹੇਠਾਂ ਲਿਜਾਓ
montage-crop-centre = ਕੱਟ ਨੂੰ ਵਿਚਕਾਰ ਕਰੋ
montage-crop-at = ਕੱਟ ਦਾ ਕੇਂਦਰ ਲੇਟਵਾਂ { $x }% ਅਤੇ ਹੇਠਾਂ { $y }% ਹੈ।
montage-approvals = ਮਨਜ਼ੂਰ ਸੂਚੀ ਡਾਊਨਲੋਡ ਕਰੋ
montage-approvals-hint = ਮਨਜ਼ੂਰ ਫ਼ਾਈਲਾਂ ਦੇ ਨਾਮ (ਅਤੇ ਕੱਟ), ਹਰ ਲਾਈਨ ਵਿੱਚ ਇੱਕ, pledge-montage ਲਈ: --approved ਨਾਲ ਇਹ ਉਸੇ ਫੋਲਡਰ ਤੋਂ ਉਹੀ ਮੋਂਟਾਜ ਹਰ ਕੋਰ 'ਤੇ ਬਣਾਉਂਦਾ ਹੈ, ਹਜ਼ਾਰਾਂ ਤਸਵੀਰਾਂ ਲਈ।
