import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { provideTestApp } from '../../testing/providers';
import { settle } from '../../testing/settle';
import { SignaturePadComponent } from './signature-pad.component';
import {
  SIGNATURE_SURFACE_FACTORY,
  SignatureSurface,
  createSignaturePad,
} from './signature-surface';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';

/** Stands in for signature_pad, which needs a real canvas. */
class FakeSurface implements SignatureSurface {
  drawn = false;
  enabled = true;
  loaded: string | null = null;
  private endStroke: () => void = () => undefined;

  clear(): void {
    this.drawn = false;
    this.loaded = null;
  }
  isEmpty(): boolean {
    return !this.drawn && !this.loaded;
  }
  toDataURL(): string {
    return PNG;
  }
  async fromDataURL(dataUrl: string): Promise<void> {
    this.loaded = dataUrl;
  }
  redraw(): void {}
  on(): void {
    this.enabled = true;
  }
  off(): void {
    this.enabled = false;
  }
  addEventListener(_: 'endStroke', listener: () => void): void {
    this.endStroke = listener;
  }
  /** A finger lifted after drawing. */
  stroke(): void {
    this.drawn = true;
    this.endStroke();
  }
}

@Component({
  imports: [SignaturePadComponent, ReactiveFormsModule],
  template: `<app-signature-pad
    [formControl]="signature"
    (signatureChange)="emitted.push($event)"
  />`,
})
class HostComponent {
  readonly signature = new FormControl<string | null>(null);
  readonly emitted: (string | null)[] = [];
}

describe('SignaturePadComponent', () => {
  let surface: FakeSurface;
  let fixture: ComponentFixture<HostComponent>;
  const find = (id: string) =>
    fixture.nativeElement.querySelector(`[data-testid="${id}"]`) as HTMLButtonElement;

  async function render(factory: (canvas: HTMLCanvasElement) => SignatureSurface | null) {
    TestBed.configureTestingModule({
      providers: [...provideTestApp(), { provide: SIGNATURE_SURFACE_FACTORY, useValue: factory }],
    });
    fixture = TestBed.createComponent(HostComponent);
    await settle();
  }

  beforeEach(() => (surface = new FakeSurface()));
  afterEach(() => fixture.destroy());

  it('gives the form a PNG data URL when a stroke ends', async () => {
    await render(() => surface);

    surface.stroke();
    await settle();

    expect(fixture.componentInstance.signature.value).toBe(PNG);
    expect(fixture.componentInstance.signature.touched).toBe(true);
    expect(fixture.componentInstance.emitted).toEqual([PNG]);
    expect(find('signature-clear').disabled).toBe(false);
  });

  it('clears to null', async () => {
    await render(() => surface);
    surface.stroke();
    await settle();

    find('signature-clear').click();
    await settle();

    expect(surface.isEmpty()).toBe(true);
    expect(fixture.componentInstance.signature.value).toBeNull();
    expect(fixture.componentInstance.emitted).toEqual([PNG, null]);
    expect(find('signature-clear').disabled).toBe(true);
  });

  it('shows a signature the form already holds (a restored draft)', async () => {
    await render(() => surface);

    fixture.componentInstance.signature.setValue(PNG);
    await settle();

    expect(surface.loaded).toBe(PNG);
    expect(fixture.nativeElement.querySelector('.signature-pad__hint')).toBeNull();
    expect(fixture.componentInstance.emitted).toEqual([]);
  });

  it('stops drawing while the control is disabled', async () => {
    await render(() => surface);

    fixture.componentInstance.signature.disable();
    await settle();
    expect(surface.enabled).toBe(false);

    fixture.componentInstance.signature.enable();
    expect(surface.enabled).toBe(true);
  });

  it('still renders and clears where the browser has no 2D canvas', async () => {
    const getContext = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    try {
      await render(createSignaturePad);
      fixture.componentInstance.signature.setValue(PNG);
      await settle();

      find('signature-clear').click();
      await settle();

      expect(getContext).toHaveBeenCalled();
      expect(fixture.componentInstance.signature.value).toBeNull();
      expect(fixture.componentInstance.emitted).toEqual([null]);
    } finally {
      getContext.mockRestore();
    }
  });
});
