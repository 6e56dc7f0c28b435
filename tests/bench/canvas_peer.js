// The canvas-2D peer, for the benchmark only (tests/web_bench.rs): the same
// board drawn the way other pledge-board pages draw theirs, with the
// browser's canvas. The same artwork (the render engine's blank board,
// given once as an ImageBitmap, as a peer loads its background picture
// once), the same font (Noto Sans Bold through FontFace), the same text box,
// colour and line height, and the pledge fitted the same way: the largest
// whole-pixel size between the board's least and greatest at which the
// wrapped words and the signature line fit the box, found by halving.
// Not the app's code: nothing in the app draws with a canvas.

const FAMILY = "PeerNotoSans";

export async function peer_setup(fontBytes, artwork, width, height) {
  const face = new FontFace(FAMILY, fontBytes, { weight: "700" });
  await face.load();
  document.fonts.add(face);
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext("2d");
  const art = await createImageBitmap(new ImageData(new Uint8ClampedArray(artwork), width, height));
  return { canvas, ctx, art };
}

// Words into lines no wider than `width` at the context's font.
function wrap(ctx, text, width) {
  const lines = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    const tried = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(tried).width > width) {
      lines.push(line);
      line = word;
    } else {
      line = tried;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function setAt(ctx, text, signature, size, box, lineHeight, signatureScale) {
  ctx.font = `700 ${size}px ${FAMILY}`;
  const lines = wrap(ctx, text, box.width);
  const widest = Math.max(0, ...lines.map((l) => ctx.measureText(l).width));
  const small = size * signatureScale;
  let height = lines.length * size * lineHeight;
  if (signature) {
    ctx.font = `700 ${small}px ${FAMILY}`;
    height += small * lineHeight;
  }
  const fits = widest <= box.width && height <= box.height;
  return { lines, size, small, height, fits };
}

// Draws the board with the pledge on `p`'s canvas; returns the size chosen.
export function peer_draw(p, text, signature, box, colour, min, max, lineHeight, signatureScale) {
  const { ctx, art } = p;
  ctx.drawImage(art, 0, 0);
  let lo = Math.ceil(min);
  let hi = Math.max(Math.floor(max), lo);
  let best = setAt(ctx, text, signature, lo, box, lineHeight, signatureScale);
  let ok = lo;
  let bad = hi + 1;
  while (bad - ok > 1) {
    const mid = ok + ((bad - ok) >> 1);
    const set = setAt(ctx, text, signature, mid, box, lineHeight, signatureScale);
    if (set.fits) {
      ok = mid;
      best = set;
    } else {
      bad = mid;
    }
  }
  ctx.fillStyle = colour;
  ctx.textAlign = "center";
  ctx.textBaseline = "alphabetic";
  const x = box.x + box.width / 2;
  let y = box.y + (box.height - best.height) / 2;
  ctx.font = `700 ${best.size}px ${FAMILY}`;
  for (const line of best.lines) {
    y += best.size * lineHeight;
    ctx.fillText(line, x, y - best.size * (lineHeight - 1) / 2 - best.size * 0.2);
  }
  if (signature) {
    ctx.font = `700 ${best.small}px ${FAMILY}`;
    y += best.small * lineHeight;
    ctx.fillText(signature, x, y - best.small * 0.2);
  }
  return best.size;
}

// The canvas's pixels made real (canvas drawing may be deferred until read).
export function peer_flush(p) {
  return p.ctx.getImageData(0, 0, 1, 1).data[3];
}

// The canvas as a PNG, as a peer's Download button makes it.
export function peer_png(p) {
  return new Promise((resolve) => p.canvas.toBlob(resolve, "image/png"));
}
