# The montage page (a staff tool): English, built into the page. Every
# other language's file (beside this one) has the same messages; one it
# lacks appears in English. The language picker's own words come from the
# editor's files (static/locales/).

montage-page-title = Build the montage – Pledge Board
montage-heading = Build the montage
montage-intro = Add the pledge images people sent in, approve the ones to use, then build the montage. Everything stays on this computer: nothing is uploaded.
montage-add-heading = Add images
montage-use = The largest montage you will make from them
montage-use-screens = Social media and screens, up to 4K
montage-use-print-150 = Posters at 150 dpi, up to A1
montage-use-print-300 = Posters at 300 dpi, up to A1
montage-use-hint = Choose before adding images. Each image is kept only as large as this needs ({ $side } pixels on its longest side), to spare this computer's memory.
montage-use-chosen = The images are kept at up to { $side } pixels on their longest side. To choose again, clear everything (at the end of the page) and add them again.
montage-choose-files = Choose images
montage-choose-folder = Choose a folder
montage-drop = Or drop images or a folder here
montage-formats = JPEG, PNG or WebP. Other files are listed as left out, with the reason.
montage-progress = { $done } of { $total } images read
montage-progress-label = Images read
montage-left-seconds = About { $seconds } s left
montage-left-minutes = About { $minutes } min left
montage-cancel = Cancel
montage-readers = Reading with { $count ->
    [one] one reader
   *[other] { $count } readers at once
}
montage-review-heading = Review
montage-review-help = Approve or reject each image with its buttons, or with the A and R keys on it (U: not yet reviewed); the arrow keys move between images.
montage-filter = Show
montage-filter-all = All ({ $count })
montage-filter-unreviewed = Not yet reviewed ({ $count })
montage-filter-approved = Approved ({ $count })
montage-filter-rejected = Rejected ({ $count })
montage-filter-flagged = Look like another ({ $count })
montage-approve-rest = { $count ->
    [one] Approve the one not yet reviewed
   *[other] Approve the { $count } not yet reviewed
}
montage-images-label = Images to review
montage-approve = Approve image { $number }
montage-reject = Reject image { $number }
montage-no-words = Image { $number } ({ $file }): no words recorded
montage-verdict-unreviewed = Not yet reviewed
montage-verdict-approved = Approved
montage-verdict-rejected = Rejected
montage-looks-like = Looks like image { $numbers }
montage-none-shown = No images to show here.
montage-none-yet = No images yet.
montage-left-out-heading = Left out ({ $count })
montage-left-out-item = { $file }: { $why }
montage-why-not-an-image = not a JPEG, PNG or WebP image
montage-why-heic = a HEIC photo (an iPhone's format): save it as JPEG first
montage-why-damaged = damaged or cut short: it could not be read
montage-why-too-large = too large ({ $mb } MB)
montage-why-too-many-pixels = too many pixels ({ $width } × { $height })
montage-why-unreadable = the file could not be read
montage-duplicate = { $file }: the same picture as image { $number }
montage-clear-heading = When you have finished
montage-kept = The images and your decisions are kept in this browser on this computer, so a reload loses nothing. Nothing is uploaded.
montage-clear = Clear everything
montage-clear-question = Remove every image and decision from this browser? This cannot be undone.
montage-clear-yes = Yes, clear everything
montage-clear-no = No, keep them
montage-cleared = Everything was cleared from this browser.
montage-restored = { $count ->
    [one] One image and its decision were kept from your last visit.
   *[other] { $count } images and your decisions were kept from your last visit.
}
montage-not-kept = Your review could not be kept in this browser ({ $why }): it will be lost when the page closes.
montage-build-heading = The montage
montage-build-count = { $count ->
    [0] Approve images first: only approved images go into the montage.
    [one] One approved image will go into the montage.
   *[other] { $count } approved images will go into the montage.
}
montage-layout = Layout
montage-layout-grid = Grid
montage-layout-rows = Rows (each image keeps its shape)
montage-layout-heart = Heart
montage-size = Size
montage-size-square = Square, 1080 × 1080
montage-size-portrait = Portrait, 1080 × 1350
montage-size-story = Story, 1080 × 1920
montage-size-hd = Screen, 1920 × 1080
montage-size-4k = Screen 4K, 3840 × 2160
montage-size-a3 = A3 poster, 150 dpi (1754 × 2480)
montage-size-a2 = A2 poster, 150 dpi (2480 × 3508)
montage-size-a1 = A1 poster, 150 dpi (3508 × 4967)
montage-size-a3-300 = A3 poster, 300 dpi (3508 × 4961)
montage-size-a2-300 = A2 poster, 300 dpi (4961 × 7016)
montage-size-a1-300 = A1 poster, 300 dpi (7016 × 9933)
montage-order = Order
montage-order-added = As added
montage-order-shuffled = Shuffled
montage-order-language = Grouped by language
montage-format = File type
montage-format-png = PNG
montage-format-jpeg = JPEG
montage-format-pdf = PDF, for print
montage-soft = At this size each image is drawn at about { $need } pixels, larger than the { $side } it was kept at, so the montage will look soft. For a sharp one, clear everything and add the images again with “{ $use }” chosen.
montage-build = Build the montage
montage-building = Building…
montage-built = The montage is ready: { $width } × { $height } pixels.
montage-build-failed = The montage could not be built: { $why }
montage-download = Download the montage ({ $format }, { $width } × { $height })
montage-download-html = Download the text version (HTML)
montage-download-csv = Download the list of pledges (CSV)
montage-text-title = The pledges in the montage
montage-cropped = Cut to fill its place
montage-crop-heading = Crop image { $number }
montage-crop-hint = This image carries no pledge record, so it may be a photo of a paper board. It can be cut to the shape of the other images to fill its place in the montage. Pledge images are shown whole: check that no words would be cut off.
montage-crop-preview = Image { $number }, the part kept outlined
montage-crop = Cut it to fill its place
montage-crop-left = Move the crop left
montage-crop-right = Move the crop right
montage-crop-up = Move the crop up
montage-crop-down = Move the crop down
montage-crop-centre = Centre the crop
montage-crop-at = The crop is centred { $x }% across and { $y }% down.
montage-approvals = Download the approvals list
montage-approvals-hint = The approved files' names (and crops), one a line, for pledge-montage: with --approved it builds the same montage from the same folder, on every core, for thousands of images.
