import type { QrImage } from '@/lib/qr-code';

interface QrCodeSvgProps {
  image: QrImage;
  /** The accessible name of the image. */
  label: string;
  className?: string;
}

/**
 * The code drawn with React from path data: black on white whatever the theme, since
 * scanners expect dark modules on a light ground.
 */
export function QrCodeSvg({ image, label, className }: QrCodeSvgProps) {
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${image.size} ${image.size}`}
      shapeRendering="crispEdges"
      className={className}
    >
      <rect width={image.size} height={image.size} fill="#fff" />
      <path fill="#000" d={image.path} />
    </svg>
  );
}
