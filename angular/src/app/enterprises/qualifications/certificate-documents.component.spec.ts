import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideTestApp } from '../../testing/providers';
import { settle } from '../../testing/settle';
import { CertificateDocumentsComponent } from './certificate-documents.component';

describe('CertificateDocumentsComponent', () => {
  it('uploads each chosen file for the enterprise and lists it, and forgets a removed one', async () => {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CertificateDocumentsComponent);
    fixture.componentRef.setInput('enterpriseId', 'e1');
    fixture.detectChanges();
    const component = fixture.componentInstance;

    const uploading = component.upload([
      new File(['scan'], '证书.pdf', { type: 'application/pdf' }),
    ]);
    await settle();
    const request = http.expectOne('/api/app/files');
    const body = request.request.body as FormData;
    expect(body.get('enterpriseId')).toBe('e1');
    expect((body.get('file') as File).name).toBe('证书.pdf');
    request.flush({ id: 'f1', name: '证书.pdf' });
    await uploading;

    expect(component.documents()).toEqual([{ id: 'f1', name: '证书.pdf' }]);
    (component as unknown as { remove(id: string): void }).remove('f1');
    expect(component.documents()).toEqual([]);
    http.verify();
  });
});
