#!/usr/bin/env bash
# How static/fonts/names/ was made (run by hand; the result is committed).
# The language menu, on a page in any language, shows each language's name
# in its own letters (src/i18n/languages.rs). A browser shapes every
# option of a <select> to size it, so a whole script's face behind them
# would be fetched by every English page on a device without that script.
# These faces hold only the letters of those names, one face per script
# (Arabic's holds Urdu's name too), from the fonts the
# board ships (static/fonts/, under the OFL 1.1), with every layout feature
# so the name is joined and shaped as in the full face: a few KB each.
# Needs fonttools: `pip install fonttools`. tests/page_fonts.rs checks each
# name is in its face.
set -euo pipefail
cd "$(dirname "$0")/../static/fonts"
mkdir -p names
while read -r script file names; do
  pyftsubset "$file" --text="$names" --layout-features='*' --no-hinting \
    --notdef-outline --name-IDs='*' --output-file="names/$script.ttf"
done <<'NAMES'
arabic NotoSansArabic-Bold.ttf العربية اردو
devanagari NotoSansDevanagari-Bold.ttf हिन्दी
gujarati NotoSansGujarati-Bold.ttf ગુજરાતી
gurmukhi NotoSansGurmukhi-Bold.ttf ਪੰਜਾਬੀ
NAMES
