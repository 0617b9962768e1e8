import {
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  forwardRef,
  inject,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { ControlValueAccessor, NG_VALUE_ACCESSOR } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { TPipe } from '../../core/localization/t.pipe';
import { SIGNATURE_SURFACE_FACTORY, SignatureSurface } from './signature-surface';

/**
 * A signature drawn with a finger or a pen: its value is a PNG data URL, or null while nothing is
 * drawn. A form control (`formControlName`) or standalone through `signatureChange`. The canvas
 * fills the component's width; its height is `--signature-pad-height` (200px).
 */
@Component({
  selector: 'app-signature-pad',
  imports: [NzButtonModule, NzIconModule, TPipe],
  providers: [
    {
      provide: NG_VALUE_ACCESSOR,
      useExisting: forwardRef(() => SignaturePadComponent),
      multi: true,
    },
  ],
  template: `
    <div class="signature-pad__surface" [class.signature-pad__surface--disabled]="disabled()">
      <canvas
        #canvas
        class="signature-pad__canvas"
        role="img"
        data-testid="signature-canvas"
        [attr.aria-label]="'SignaturePad:Area' | t"
      ></canvas>
      @if (empty()) {
        <span class="signature-pad__hint" aria-hidden="true">{{
          'SignaturePad:SignHere' | t
        }}</span>
      }
    </div>
    <div class="signature-pad__actions">
      <button
        nz-button
        type="button"
        data-testid="signature-clear"
        [disabled]="disabled() || empty()"
        (click)="clear()"
      >
        <nz-icon nzType="delete" />
        {{ 'SignaturePad:Clear' | t }}
      </button>
    </div>
  `,
  styleUrl: './signature-pad.component.less',
})
export class SignaturePadComponent implements ControlValueAccessor {
  private readonly createSurface = inject(SIGNATURE_SURFACE_FACTORY);
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');

  /** The PNG data URL after each stroke; null when cleared (not emitted for writeValue). */
  readonly signatureChange = output<string | null>();

  protected readonly empty = signal(true);
  protected readonly disabled = signal(false);

  private pad: SignatureSurface | null = null;
  private observer: ResizeObserver | null = null;
  private value: string | null = null;
  private onChange: (value: string | null) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  constructor() {
    afterNextRender(() => this.setUp());
    inject(DestroyRef).onDestroy(() => {
      this.observer?.disconnect();
      this.pad?.off();
    });
  }

  clear(): void {
    this.pad?.clear();
    this.publish(null);
  }

  writeValue(value: string | null | undefined): void {
    this.value = value || null;
    this.empty.set(!this.value);
    this.show();
  }

  registerOnChange(fn: (value: string | null) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
    if (disabled) {
      this.pad?.off();
    } else {
      this.pad?.on();
    }
  }

  private setUp(): void {
    this.pad = this.createSurface(this.canvas().nativeElement);
    if (!this.pad) {
      return;
    }
    this.pad.addEventListener('endStroke', () => this.strokeEnded());
    if (this.disabled()) {
      this.pad.off();
    }
    this.fitCanvas();
    this.show();
    if (typeof ResizeObserver !== 'undefined') {
      // A phone turned sideways, or a panel opening beside the form.
      this.observer = new ResizeObserver(() => this.fitCanvas());
      this.observer.observe(this.canvas().nativeElement);
    }
  }

  private strokeEnded(): void {
    this.publish(this.pad && !this.pad.isEmpty() ? this.pad.toDataURL('image/png') : null);
  }

  private publish(value: string | null): void {
    this.value = value;
    this.empty.set(!value);
    this.onChange(value);
    this.onTouched();
    this.signatureChange.emit(value);
  }

  /** Shows the current value on the canvas (after writeValue, or once the pad exists). */
  private show(): void {
    if (!this.pad) {
      return;
    }
    this.pad.clear();
    if (this.value) {
      this.pad.fromDataURL(this.value).catch(() => undefined);
    }
  }

  /**
   * Gives the canvas as many pixels as it shows times the device pixel ratio (sharp lines on a
   * phone) and draws the strokes again, since resizing a canvas wipes it.
   */
  private fitCanvas(): void {
    const canvas = this.canvas().nativeElement;
    const { width, height } = canvas.getBoundingClientRect();
    if (!this.pad || !width || !height) {
      return; // not laid out (hidden, or jsdom)
    }
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    const pixelWidth = Math.round(width * ratio);
    const pixelHeight = Math.round(height * ratio);
    if (canvas.width === pixelWidth && canvas.height === pixelHeight) {
      return;
    }
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
    canvas.getContext('2d')?.scale(ratio, ratio);
    this.pad.redraw();
  }
}
