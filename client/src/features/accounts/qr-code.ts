/**
 * The server's SVG QR code as an image address. As an <img> source the SVG is never part of
 * the page: no script or link in it can run, whatever the string holds.
 */
export function svgDataUrl(svg: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(svg)) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

/** The recovery codes as the text of the downloaded file. */
export function recoveryCodesText(email: string, codes: readonly string[]): string {
  return [
    `orgpulse recovery codes for ${email}`,
    'Each code signs you in once when you cannot use your authenticator app. Keep them somewhere safe.',
    '',
    ...codes,
    '',
  ].join('\n');
}
