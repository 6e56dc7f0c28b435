# Pledge Board: મોન્ટાજ પાનું ગુજરાતીમાં (gu).
#
# NEEDS REVIEW: this translation was written by the development team, not
# by a native speaker. Before a campaign relies on it, have a native
# speaker check every message. Messages missing here appear in English.
# Keep the variables ($name) and the message ids as they are. The keys
# A, R and U stay as they are: they are the keys' names.

montage-page-title = મોન્ટાજ બનાવો – Pledge Board
montage-heading = મોન્ટાજ બનાવો
montage-intro = લોકોએ મોકલેલી સંકલ્પની છબીઓ ઉમેરો, વાપરવાની છબીઓ મંજૂર કરો, પછી મોન્ટાજ બનાવો. બધું આ કમ્પ્યુટર પર જ રહે છે: કંઈ અપલોડ થતું નથી.
montage-add-heading = છબીઓ ઉમેરો
montage-use = આમાંથી તમે બનાવશો તે સૌથી મોટો મોન્ટાજ
montage-use-screens = સોશિયલ મીડિયા અને સ્ક્રીન, 4K સુધી
montage-use-print-150 = 150 dpi પર પોસ્ટર, A1 સુધી
montage-use-print-300 = 300 dpi પર પોસ્ટર, A1 સુધી
montage-use-hint = છબીઓ ઉમેરતા પહેલાં પસંદ કરો. દરેક છબી આના માટે જરૂરી હોય તેટલી જ મોટી રાખવામાં આવે છે (સૌથી લાંબી બાજુએ { $side } પિક્સેલ), જેથી આ કમ્પ્યુટરની મેમરી બચે.
montage-use-chosen = છબીઓ સૌથી લાંબી બાજુએ { $side } પિક્સેલ સુધી રાખવામાં આવી છે. ફરી પસંદ કરવા, બધું સાફ કરો (પાનાના અંતે) અને તેમને ફરી ઉમેરો.
montage-choose-files = છબીઓ પસંદ કરો
montage-choose-folder = ફોલ્ડર પસંદ કરો
montage-drop = અથવા છબીઓ કે ફોલ્ડર અહીં મૂકો
montage-formats = JPEG, PNG અથવા WebP. બીજી ફાઇલો કારણ સાથે છોડી દીધેલી તરીકે બતાવાય છે.
montage-progress = { $total } માંથી { $done } છબીઓ વાંચી
montage-progress-label = વાંચેલી છબીઓ
montage-left-seconds = આશરે { $seconds } સેકન્ડ બાકી
montage-left-minutes = આશરે { $minutes } મિનિટ બાકી
montage-cancel = રદ કરો
montage-readers = { $count ->
    [one] એક રીડર વડે વાંચી રહ્યાં છીએ
   *[other] એકસાથે { $count } રીડર વડે વાંચી રહ્યાં છીએ
}
montage-review-heading = સમીક્ષા
montage-review-help = દરેક છબીને તેનાં બટનોથી, અથવા તેના પર A અને R કીથી મંજૂર કે નામંજૂર કરો (U: હજી સમીક્ષા નથી થઈ); તીર કી છબીઓ વચ્ચે લઈ જાય છે.
montage-filter = બતાવો
montage-filter-all = બધી ({ $count })
montage-filter-unreviewed = હજી સમીક્ષા નથી થઈ ({ $count })
montage-filter-approved = મંજૂર ({ $count })
montage-filter-rejected = નામંજૂર ({ $count })
montage-filter-flagged = બીજી જેવી દેખાય છે ({ $count })
montage-approve-rest = { $count ->
    [one] બાકી રહેલી એક છબી મંજૂર કરો
   *[other] બાકી રહેલી { $count } છબીઓ મંજૂર કરો
}
montage-images-label = સમીક્ષા માટેની છબીઓ
montage-approve = છબી { $number } મંજૂર કરો
montage-reject = છબી { $number } નામંજૂર કરો
montage-no-words = છબી { $number } ({ $file }): કોઈ શબ્દો નોંધાયા નથી
montage-verdict-unreviewed = હજી સમીક્ષા નથી થઈ
montage-verdict-approved = મંજૂર
montage-verdict-rejected = નામંજૂર
montage-looks-like = છબી { $numbers } જેવી દેખાય છે
montage-none-shown = અહીં બતાવવા માટે કોઈ છબી નથી.
montage-none-yet = હજી કોઈ છબી નથી.
montage-left-out-heading = છોડી દીધેલી ({ $count })
montage-left-out-item = { $file }: { $why }
montage-why-not-an-image = JPEG, PNG કે WebP છબી નથી
montage-why-heic = HEIC ફોટો (iPhoneનું ફોર્મેટ): પહેલાં તેને JPEG તરીકે સાચવો
montage-why-damaged = ખરાબ કે અધૂરી: તે વાંચી શકાઈ નથી
montage-why-too-large = ખૂબ મોટી ({ $mb } MB)
montage-why-too-many-pixels = ખૂબ વધારે પિક્સેલ ({ $width } × { $height })
montage-why-unreadable = ફાઇલ વાંચી શકાઈ નથી
montage-duplicate = { $file }: છબી { $number } જેવું જ ચિત્ર
montage-clear-heading = કામ પૂરું થાય ત્યારે
montage-kept = છબીઓ અને તમારા નિર્ણયો આ કમ્પ્યુટર પર આ બ્રાઉઝરમાં રાખવામાં આવે છે, તેથી પાનું ફરી લોડ કરવાથી કંઈ ગુમાતું નથી. કંઈ અપલોડ થતું નથી.
montage-clear = બધું સાફ કરો
montage-clear-question = આ બ્રાઉઝરમાંથી દરેક છબી અને નિર્ણય દૂર કરીએ? આ પાછું વાળી શકાશે નહીં.
montage-clear-yes = હા, બધું સાફ કરો
montage-clear-no = ના, તેમને રાખો
montage-cleared = આ બ્રાઉઝરમાંથી બધું સાફ કરી દેવાયું.
montage-restored = { $count ->
    [one] તમારી છેલ્લી મુલાકાતથી એક છબી અને તેનો નિર્ણય રાખવામાં આવ્યાં.
   *[other] તમારી છેલ્લી મુલાકાતથી { $count } છબીઓ અને તમારા નિર્ણયો રાખવામાં આવ્યાં.
}
montage-not-kept = તમારી સમીક્ષા આ બ્રાઉઝરમાં રાખી શકાઈ નથી ({ $why }): પાનું બંધ થતાં તે ગુમાઈ જશે.
montage-build-heading = મોન્ટાજ
montage-build-count = { $count ->
    [0] પહેલાં છબીઓ મંજૂર કરો: મોન્ટાજમાં ફક્ત મંજૂર છબીઓ જાય છે.
    [one] એક મંજૂર છબી મોન્ટાજમાં જશે.
   *[other] { $count } મંજૂર છબીઓ મોન્ટાજમાં જશે.
}
montage-layout = ગોઠવણી
montage-layout-grid = ગ્રિડ
montage-layout-rows = હરોળ (દરેક છબી પોતાનો આકાર રાખે છે)
montage-layout-heart = હૃદય
montage-size = કદ
montage-size-square = ચોરસ, 1080 × 1080
montage-size-portrait = પોર્ટ્રેટ, 1080 × 1350
montage-size-story = સ્ટોરી, 1080 × 1920
montage-size-hd = સ્ક્રીન, 1920 × 1080
montage-size-4k = સ્ક્રીન 4K, 3840 × 2160
montage-size-a3 = A3 પોસ્ટર, 150 dpi (1754 × 2480)
montage-size-a2 = A2 પોસ્ટર, 150 dpi (2480 × 3508)
montage-size-a1 = A1 પોસ્ટર, 150 dpi (3508 × 4967)
montage-size-a3-300 = A3 પોસ્ટર, 300 dpi (3508 × 4961)
montage-size-a2-300 = A2 પોસ્ટર, 300 dpi (4961 × 7016)
montage-size-a1-300 = A1 પોસ્ટર, 300 dpi (7016 × 9933)
montage-order = ક્રમ
montage-order-added = ઉમેર્યા પ્રમાણે
montage-order-shuffled = ભેળવેલી
montage-order-language = ભાષા પ્રમાણે
montage-format = ફાઇલનો પ્રકાર
montage-format-png = PNG
montage-format-jpeg = JPEG
montage-format-pdf = PDF, છાપવા માટે
montage-soft = આ કદે દરેક છબી આશરે { $need } પિક્સેલ પર દોરાય છે, જે રાખેલા { $side } કરતાં મોટું છે, તેથી મોન્ટાજ ઝાંખો દેખાશે. સ્પષ્ટ મોન્ટાજ માટે, બધું સાફ કરો અને “{ $use }” પસંદ કરીને છબીઓ ફરી ઉમેરો.
montage-build = મોન્ટાજ બનાવો
montage-building = બની રહ્યો છે…
montage-built = મોન્ટાજ તૈયાર છે: { $width } × { $height } પિક્સેલ.
montage-build-failed = મોન્ટાજ બની શક્યો નથી: { $why }
montage-download = મોન્ટાજ ડાઉનલોડ કરો ({ $format }, { $width } × { $height })
montage-download-html = ટેક્સ્ટ આવૃત્તિ ડાઉનલોડ કરો (HTML)
montage-download-csv = સંકલ્પોની યાદી ડાઉનલોડ કરો (CSV)
montage-text-title = મોન્ટાજના સંકલ્પો
montage-cropped = પોતાની જગ્યા ભરવા કાપેલી
montage-crop-heading = છબી { $number } કાપો
montage-crop-hint = આ છબીમાં સંકલ્પની નોંધ નથી, તેથી તે કાગળના બોર્ડનો ફોટો હોઈ શકે. તેને બીજી છબીઓના આકારમાં કાપી શકાય છે જેથી તે મોન્ટાજમાં પોતાની જગ્યા ભરે. સંકલ્પની છબીઓ આખી બતાવાય છે: કોઈ શબ્દ કપાઈ ન જાય તે જોઈ લો.
montage-crop-preview = છબી { $number }, રાખેલો ભાગ રેખાથી દર્શાવેલો
montage-crop = પોતાની જગ્યા ભરવા કાપો
montage-crop-left = કાપને ડાબે ખસેડો
montage-crop-right = કાપને જમણે ખસેડો
montage-crop-up = કાપને ઉપર ખસેડો
montage-crop-down = કાપને નીચે ખસેડો
montage-crop-centre = કાપને વચ્ચે લાવો
montage-crop-at = કાપનું કેન્દ્ર આડું { $x }% અને નીચે { $y }% છે.
montage-approvals = મંજૂર યાદી ડાઉનલોડ કરો
montage-approvals-hint = મંજૂર ફાઇલોનાં નામ (અને કાપ), દરેક લીટીમાં એક, pledge-montage માટે: --approved સાથે તે એ જ ફોલ્ડરમાંથી એ જ મોન્ટાજ દરેક કોર પર બનાવે છે, હજારો છબીઓ માટે.
