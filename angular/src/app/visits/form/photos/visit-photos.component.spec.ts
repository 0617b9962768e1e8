import { TestBed } from '@angular/core/testing';
import { Subject, of, throwError } from 'rxjs';
import { Notifier } from '../../../core/notify/notifier';
import { provideTestApp } from '../../../testing/providers';
import { StoredFile, VisitsApi } from '../../shared/visits-api.service';
import { VisitPhoto } from '../visit-form.model';
import { VisitPhotosComponent } from './visit-photos.component';

function stored(id: string, name: string): StoredFile {
  return { id, name } as StoredFile;
}

describe('VisitPhotosComponent', () => {
  const upload = vi.fn();
  const error = vi.fn();

  function render(enterpriseId: string | null, photos: VisitPhoto[] = []) {
    upload.mockReset();
    error.mockReset();
    TestBed.configureTestingModule({
      providers: [
        ...provideTestApp(),
        { provide: VisitsApi, useValue: { upload } },
        { provide: Notifier, useValue: { success: vi.fn(), error } },
      ],
    });
    const fixture = TestBed.createComponent(VisitPhotosComponent);
    fixture.componentRef.setInput('enterpriseId', enterpriseId);
    fixture.componentRef.setInput('photos', photos);
    fixture.detectChanges();
    const changes: VisitPhoto[][] = [];
    const busy: boolean[] = [];
    fixture.componentInstance.photos.subscribe((p) => changes.push(p));
    fixture.componentInstance.uploadingChange.subscribe((b) => busy.push(b));
    const el = (id: string) =>
      fixture.nativeElement.querySelector(`[data-testid="${id}"]`) as HTMLElement;
    return { fixture, changes, busy, el, photos: fixture.componentInstance };
  }

  const file = (name: string) => new File(['jpeg'], name, { type: 'image/jpeg' });

  it('uploads each photo for the enterprise and gives out the list with the new ones', async () => {
    const { photos, changes, busy } = render('e1', [{ id: 'f0', name: 'old.jpg' }]);
    upload
      .mockReturnValueOnce(of(stored('f1', 'gate.jpg')))
      .mockReturnValueOnce(of(stored('f2', 'lab.jpg')));

    await photos.upload([file('gate.jpg'), file('lab.jpg')]);

    expect(upload.mock.calls.map((c) => [c[1], c[2], c[3]])).toEqual([
      ['gate.jpg', 'e1', 'VisitPhoto'],
      ['lab.jpg', 'e1', 'VisitPhoto'],
    ]);
    expect(changes.at(-1)).toEqual([
      { id: 'f0', name: 'old.jpg' },
      { id: 'f1', name: 'gate.jpg' },
      { id: 'f2', name: 'lab.jpg' },
    ]);
    expect(busy).toEqual([true, false]);
  });

  it('reports a photo that failed and goes on with the others', async () => {
    const { photos, changes } = render('e1');
    upload
      .mockReturnValueOnce(throwError(() => new Error('offline')))
      .mockReturnValueOnce(of(stored('f2', 'lab.jpg')));

    await photos.upload([file('gate.jpg'), file('lab.jpg')]);

    expect(error).toHaveBeenCalledWith('VisitPage:PhotoUploadFailed');
    expect(changes.at(-1)).toEqual([{ id: 'f2', name: 'lab.jpg' }]);
  });

  it('drops an upload that finishes after the enterprise was changed', async () => {
    const { fixture, photos, changes } = render('e1');
    const answer = new Subject<StoredFile>();
    upload.mockReturnValueOnce(answer);

    const uploading = photos.upload([file('gate.jpg')]);
    fixture.componentRef.setInput('enterpriseId', 'e2');
    answer.next(stored('f1', 'gate.jpg'));
    answer.complete();
    await uploading;

    expect(changes).toEqual([]);
  });

  it('gives out the list without a removed photo', () => {
    const { el, changes } = render('e1', [
      { id: 'f1', name: 'gate.jpg' },
      { id: 'f2', name: 'lab.jpg' },
    ]);

    el('visit-photo-remove-f1').click();

    expect(changes).toEqual([[{ id: 'f2', name: 'lab.jpg' }]]);
  });

  it('offers no upload before an enterprise is chosen, and keeps the file input out of sight', () => {
    const { el } = render(null);

    expect((el('visit-add-photo') as HTMLButtonElement).disabled).toBe(true);
    const input = el('visit-photo-input') as HTMLInputElement;
    expect(input.getAttribute('aria-hidden')).toBe('true');
    expect(input.tabIndex).toBe(-1);
  });
});
