// Reads a QR code from a photo in the browser (jsQR, loaded only when a photo is chosen).
// Phone photos are large: the picture is scaled down first, then tried at full size as well.

const SIZES = [1280, 2560];

async function decodeAt(bitmap: ImageBitmap, maxSide: number): Promise<string | undefined> {
  const { default: jsQR } = await import('jsqr');
  const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  const w = Math.max(1, Math.round(bitmap.width * scale));
  const h = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return undefined;
  ctx.drawImage(bitmap, 0, 0, w, h);
  const image = ctx.getImageData(0, 0, w, h);
  return jsQR(image.data, w, h, { inversionAttempts: 'attemptBoth' })?.data || undefined;
}

/** The text of the first QR code found in the image, or undefined. Never throws. */
export async function readQrFromImage(file: Blob): Promise<string | undefined> {
  let bitmap: ImageBitmap | undefined;
  try {
    bitmap = await createImageBitmap(file);
    for (const size of SIZES) {
      const text = await decodeAt(bitmap, size);
      if (text) return text;
      if (Math.max(bitmap.width, bitmap.height) <= size) break;
    }
    return undefined;
  } catch {
    return undefined;
  } finally {
    bitmap?.close();
  }
}
