/**
 * A QR code drawn from the server's path (see server/paycode/paycode.ts): black on white with
 * its quiet zone, as large as the screen allows, and left as it is in forced-colors mode so a
 * scanner can still read it.
 */
export function QrImage({ label, qr }: { label: string; qr: { size: number; path: string } }) {
  return (
    <div className="mx-auto w-full max-w-[22rem] rounded-2xl border-2 border-line bg-paper p-2">
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${qr.size} ${qr.size}`}
        shapeRendering="crispEdges"
        className="block aspect-square w-full forced-color-adjust-none"
      >
        <rect width={qr.size} height={qr.size} fill="#ffffff" />
        <path d={qr.path} fill="#000000" />
      </svg>
    </div>
  );
}
