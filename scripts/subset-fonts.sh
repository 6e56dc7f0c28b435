#!/usr/bin/env bash
# How static/fonts/ was made (run by hand; the result is committed).
# Source: Debian 12's fonts-noto-core (Noto 20201225), under the OFL 1.1.
# Needs fonttools: `pip install fonttools`.
set -euo pipefail
cd "$(dirname "$0")/../static/fonts"
N=/usr/share/fonts/truetype/noto
# Noto Sans in two files, so the first preview fetches only the smaller:
# - NotoSans-Bold.ttf, Latin for the languages of Western, Central and
#   Eastern Europe and Turkey (Basic Latin, Latin-1, Latin Extended-A,
#   Romanian's comma-below letters, schwa), combining marks, punctuation,
#   currency, letterlike symbols, arrows, minus, dotted circle;
# - NotoSansExtended-Bold.ttf, renamed "Noto Sans Extended": Greek,
#   Cyrillic (Ukrainian, Russian, …), the rest of Latin Extended-B, IPA and
#   Latin Extended Additional (Vietnamese, Welsh ẁ ẃ ẅ), with the same marks
#   and punctuation so a run never has to switch font for a comma.
# Only the layout features the shaper applies by default (kern, liga, mark,
# ccmp, locl, …): small capitals, old-style figures and other alternates are
# never asked for. (The renderer picks the file per run: render/fonts.rs.)
COMMON="U+0000-0040,U+005B-0060,U+007B-00BF,U+00D7,U+00F7,U+02B0-02FF,U+0300-036F,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2212,U+25CC,U+FEFF,U+FFFD"
# The first preview's file keeps, of the symbols, only what pledges use
# (€ ₹ ₺ ₽ ™, the spacing accents): arrows, letterlike symbols, the other
# currencies and modifier letters are in the extended file alone (15 KB
# less brotli; render/fonts.rs sends them there).
CORE="U+0000-0040,U+005B-0060,U+007B-00BF,U+00D7,U+00F7,U+02BB-02BC,U+02C6-02DD,U+0300-036F,U+2000-206F,U+20AC,U+20B9,U+20BA,U+20BD,U+2122,U+2212,U+25CC,U+FEFF,U+FFFD"
pyftsubset "$N/NotoSans-Bold.ttf" \
  --unicodes="U+0000-017F,U+0218-021B,U+0259,$CORE" \
  --no-hinting --desubroutinize --output-file=NotoSans-Bold.ttf
pyftsubset "$N/NotoSans-Bold.ttf" \
  --unicodes="U+0180-0217,U+021C-024F,U+0250-0258,U+025A-02AF,U+0370-03FF,U+0400-052F,U+1C80-1C8F,U+1E00-1EFF,U+2DE0-2DFF,U+A640-A69F,$COMMON" \
  --no-hinting --desubroutinize --output-file=NotoSansExtended-Bold.ttf
python3 - <<'PY'
from fontTools.ttLib import TTFont
f = TTFont("NotoSansExtended-Bold.ttf")
for rec in f["name"].names:
    if rec.nameID in (1, 3, 4, 6, 16):
        old = rec.toUnicode()
        new = old.replace("Noto Sans", "Noto Sans Extended").replace("NotoSans", "NotoSansExtended")
        rec.string = new
f.save("NotoSansExtended-Bold.ttf")
PY
# The other scripts keep every glyph and feature; only hinting goes.
for f in NotoSansArabic-Bold NotoNastaliqUrdu-Bold NotoSansDevanagari-Bold NotoSansGujarati-Bold NotoSansGurmukhi-Bold; do
  pyftsubset "$N/$f.ttf" --unicodes='*' --glyphs='*' --layout-features='*' \
    --no-hinting --notdef-outline --name-IDs='*' --output-file="$f.ttf"
done
