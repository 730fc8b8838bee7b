// Reads the pixels of the screenshots the drivers take: PNGs from the browsers (8-bit RGB or
// RGBA, not interlaced) and XWD dumps of an X display (xwd), so that every engine's
// screenshots are checked by the same code.
import { inflateSync } from 'node:zlib';

/** Decodes a PNG into { width, height, channels, pixels }. */
export function decodePng(png) {
  if (png.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let width, height, channels;
  const data = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = body.subarray(8);
      channels = { 2: 3, 6: 4 }[colour];
      if (depth !== 8 || !channels || interlace) throw new Error(`unsupported PNG: depth ${depth}, colour type ${colour}, interlace ${interlace}`);
    } else if (type === 'IDAT') {
      data.push(body);
    }
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = pixels.subarray(y * stride, (y + 1) * stride);
    const above = y ? pixels.subarray((y - 1) * stride, y * stride) : Buffer.alloc(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[x - channels] : 0;
      const b = above[x];
      const c = x >= channels ? above[x - channels] : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      out[x] = (line[x] + predictor) & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/**
 * Decodes an XWD dump of a TrueColor screen (as `xwd -root` writes) into the form decodePng
 * returns, with 3 channels.
 */
export function decodeXwd(xwd) {
  const big = xwd.readUInt32BE(4) === 7; // file_version is 7, in whichever byte order
  const field = (n) => (big ? xwd.readUInt32BE(n * 4) : xwd.readUInt32LE(n * 4));
  const [headerSize, width, height, byteOrder, bitsPerPixel, bytesPerLine] = [0, 4, 5, 7, 11, 12].map(field);
  const masks = [14, 15, 16].map(field);
  if (bitsPerPixel !== 24 && bitsPerPixel !== 32) throw new Error(`unsupported XWD: ${bitsPerPixel} bits per pixel`);
  const bytes = bitsPerPixel / 8;
  const start = headerSize + field(19) * 12; // after the header and the colour map
  const shifts = masks.map((mask) => Math.clz32(1) - Math.clz32(mask & -mask));
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = start + y * bytesPerLine + x * bytes;
      const value = byteOrder ? xwd.readUIntBE(at, bytes) : xwd.readUIntLE(at, bytes);
      for (let c = 0; c < 3; c++) pixels[(y * width + x) * 3 + c] = (value & masks[c]) >>> shifts[c];
    }
  }
  return { width, height, channels: 3, pixels };
}

/** How many pixels of a decoded image have the colour [r, g, b] (within a small tolerance). */
export function countColour({ channels, pixels }, [r, g, b]) {
  let count = 0;
  for (let i = 0; i < pixels.length; i += channels) {
    if (Math.abs(pixels[i] - r) < 6 && Math.abs(pixels[i + 1] - g) < 6 && Math.abs(pixels[i + 2] - b) < 6) count++;
  }
  return count;
}
