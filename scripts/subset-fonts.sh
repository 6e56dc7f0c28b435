#!/usr/bin/env bash
# How static/fonts/ was made (run by hand; the result is committed).
# Source: Debian 12's fonts-noto-core (Noto 20201225), under the OFL 1.1.
# Needs fonttools: `pip install fonttools`.
set -euo pipefail
cd "$(dirname "$0")/../static/fonts"
N=/usr/share/fonts/truetype/noto
# Latin, Latin Extended, IPA bits, combining marks, Greek, Cyrillic (with
# Ukrainian and the supplement), Latin Extended Additional, punctuation,
# currency, letterlike symbols, arrows, minus, dotted circle. Only the
# layout features the shaper applies by default (kern, liga, mark, ccmp,
# locl, …): small capitals, old-style figures and other alternates are never
# asked for, and dropping them keeps every render byte-identical (the
# goldens) while the font, fetched for every first preview, shrinks by 9 KB.
pyftsubset "$N/NotoSans-Bold.ttf" \
  --unicodes="U+0000-024F,U+0259,U+02B0-02FF,U+0300-036F,U+0370-03FF,U+0400-052F,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2212,U+25CC,U+FEFF,U+FFFD" \
  --no-hinting --desubroutinize --output-file=NotoSans-Bold.ttf
# The other scripts keep every glyph and feature; only hinting goes.
for f in NotoSansArabic-Bold NotoNastaliqUrdu-Bold NotoSansDevanagari-Bold NotoSansGujarati-Bold NotoSansGurmukhi-Bold; do
  pyftsubset "$N/$f.ttf" --unicodes='*' --glyphs='*' --layout-features='*' \
    --no-hinting --notdef-outline --name-IDs='*' --output-file="$f.ttf"
done
