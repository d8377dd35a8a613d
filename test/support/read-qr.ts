import jsQR from 'jsqr';
import type { Locator } from 'playwright-core';
import { PNG } from 'pngjs';

/**
 * Reads a QR code off the screen as a phone's camera would: a screenshot of the element, decoded
 * from its pixels. What it returns is what the printed code says, not what the page's markup claims.
 */
export async function readQrCode(element: Locator): Promise<string> {
  const png = PNG.sync.read(await element.screenshot());
  const found = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
  if (!found) throw new Error('no QR code could be read from the element');
  return found.data;
}
