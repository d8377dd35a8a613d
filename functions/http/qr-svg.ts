/**
 * The QR code of a link as SVG, for printed notices (the progress lookup) and decisions (the
 * verification page). qrcode and the PNG encoder it brings are read on the first code a process
 * draws, not when the API starts: most requests never print anything.
 */
export async function qrCodeSvg(url: string): Promise<string> {
  const { default: QRCode } = await import('qrcode');
  return QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
}
