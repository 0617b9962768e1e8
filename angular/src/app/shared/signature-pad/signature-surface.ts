import { InjectionToken } from '@angular/core';
import SignaturePad from 'signature_pad';

/** The part of signature_pad the component uses (a fake stands in for it in tests). */
export interface SignatureSurface {
  clear(): void;
  isEmpty(): boolean;
  toDataURL(type?: string): string;
  fromDataURL(dataUrl: string): Promise<void>;
  /** Draws the strokes (and loaded image) again after the canvas was resized. */
  redraw(): void;
  on(): void;
  off(): void;
  addEventListener(type: 'endStroke', listener: () => void): void;
}

export type SignatureSurfaceFactory = (canvas: HTMLCanvasElement) => SignatureSurface | null;

/** Makes the drawing surface on a canvas; null where the browser has no 2D canvas (jsdom). */
export const SIGNATURE_SURFACE_FACTORY = new InjectionToken<SignatureSurfaceFactory>(
  'SIGNATURE_SURFACE_FACTORY',
  { providedIn: 'root', factory: () => createSignaturePad },
);

export function createSignaturePad(canvas: HTMLCanvasElement): SignatureSurface | null {
  let context: RenderingContext | null = null;
  try {
    context = canvas.getContext?.('2d') ?? null;
  } catch {
    context = null;
  }
  if (!context) {
    return null;
  }
  // White, not transparent: the PNG reads the same on any background it is shown on later.
  return new SignaturePad(canvas, {
    backgroundColor: 'rgb(255, 255, 255)',
    minWidth: 1,
    maxWidth: 3,
  });
}
