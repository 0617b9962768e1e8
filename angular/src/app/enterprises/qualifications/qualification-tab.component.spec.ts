import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { AppConfigStore } from '../../core/config/app-config.store';
import { Qualification } from '../../cultivation/shared/cultivation-api.service';
import { testConfig } from '../../testing/app-config';
import { provideTestApp } from '../../testing/providers';
import { settle } from '../../testing/settle';
import { QualificationFormComponent } from './qualification-form.component';
import { QualificationTabComponent } from './qualification-tab.component';

const LIST_URL = '/api/app/enterprises/e1/qualifications';

const QUALIFICATIONS: Qualification[] = [
  {
    id: 'q1',
    kind: 'HighTech',
    certificateNumber: 'GR202452000123',
    issuedOn: '2024-12-10',
    expiresOn: '2027-12-09',
    source: '贵州省科技厅公示',
    isValidToday: true,
    level: 'National',
    issuingBody: null,
    documentFileIds: [],
  },
  {
    id: 'q2',
    kind: 'TechSme',
    certificateNumber: '2023520103A0001',
    issuedOn: '2023-05-01',
    expiresOn: '2023-12-31',
    source: '',
    isValidToday: false,
    level: 'National',
    issuingBody: null,
    documentFileIds: [],
  },
];

describe('QualificationTabComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<QualificationTabComponent>;
  const inFixture = (id: string) =>
    (fixture.nativeElement as HTMLElement).querySelector(`[data-testid="${id}"]`);
  // The modal's content lives in the overlay, outside the fixture.
  const inDocument = (id: string) => document.querySelector(`[data-testid="${id}"]`);

  async function open(policies: string[]): Promise<void> {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(AppConfigStore).load();
    http.expectOne('/api/app/application-configuration').flush(
      testConfig({
        policies: ['Incubation.Enterprises', 'Incubation.Qualifications', ...policies],
        texts: {
          'Enum:QualificationKind.HighTech': '高新技术企业',
          'Enum:QualificationKind.TechSme': '科技型中小企业',
          'QualificationPage:Valid': '有效',
          'QualificationPage:Expired': '已失效',
        },
      }),
    );
    await loading;
    fixture = TestBed.createComponent(QualificationTabComponent);
    fixture.componentRef.setInput('enterpriseId', 'e1');
    await settle();
    http.expectOne({ method: 'GET', url: LIST_URL }).flush(QUALIFICATIONS);
    await settle();
  }

  afterEach(() => {
    http?.verify();
    fixture?.destroy();
  });

  it('lists the qualifications and offers no changes without the Manage permission', async () => {
    await open([]);

    expect(inFixture('qualification-table')).not.toBeNull();
    const rows = (fixture.nativeElement as HTMLElement).querySelectorAll(
      '[data-testid="qualification-row"]',
    );
    expect(rows.length).toBe(2);
    expect(rows[0].textContent).toContain('高新技术企业');
    expect(rows[0].textContent).toContain('GR202452000123');
    expect(rows[0].textContent).toContain('2024-12-10');
    expect(rows[0].textContent).toContain('2027-12-09');
    expect(rows[0].textContent).toContain('贵州省科技厅公示');
    expect(rows[0].querySelector('nz-tag')?.textContent).toContain('有效');
    expect(rows[0].querySelector('nz-tag')?.getAttribute('data-valid')).toBe('true');
    expect(rows[1].textContent).toContain('科技型中小企业');
    expect(rows[1].querySelector('nz-tag')?.textContent).toContain('已失效');

    expect(inFixture('qualification-add')).toBeNull();
    expect(inFixture('qualification-delete-q1')).toBeNull();
  });

  it('shows a 400 on the certificate number under that field', async () => {
    await open(['Incubation.Qualifications.Manage']);
    expect(inFixture('qualification-delete-q1')).not.toBeNull();
    (inFixture('qualification-add') as HTMLElement).click();
    await settle();
    expect(inDocument('qualification-number')).not.toBeNull();
    expect(inDocument('qualification-kind')).not.toBeNull();
    expect(inDocument('qualification-issued')).not.toBeNull();
    expect(inDocument('qualification-expires')).not.toBeNull();
    expect(inDocument('qualification-source')).not.toBeNull();

    const form = fixture.debugElement.query(
      (el) => el.componentInstance instanceof QualificationFormComponent,
    ).componentInstance as QualificationFormComponent;
    form['form'].patchValue({
      kind: 'HighTech',
      certificateNumber: ' GR202452000123 ',
      issuedOn: new Date(2025, 0, 5),
      source: '',
    });
    (inDocument('qualification-save') as HTMLElement).click();
    await settle();

    const request = http.expectOne({ method: 'POST', url: LIST_URL });
    expect(request.request.body).toEqual({
      kind: 'HighTech',
      certificateNumber: 'GR202452000123',
      issuedOn: '2025-01-05',
      source: null,
      level: null,
      issuingBody: null,
    });
    request.flush(
      {
        status: 400,
        title: '输入有误',
        errors: { certificateNumber: ['该企业已登记此证书编号。'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect(inDocument('error-certificateNumber')?.textContent).toContain(
      '该企业已登记此证书编号。',
    );
    expect(inDocument('qualification-form-error')).toBeNull();
  });

  it('reloads the list and reports a change after a qualification is recorded', async () => {
    await open(['Incubation.Qualifications.Manage']);
    let changes = 0;
    fixture.componentInstance.changed.subscribe(() => changes++);
    (inFixture('qualification-add') as HTMLElement).click();
    await settle();

    const form = fixture.debugElement.query(
      (el) => el.componentInstance instanceof QualificationFormComponent,
    ).componentInstance as QualificationFormComponent;
    form['form'].patchValue({
      kind: 'TechSme',
      certificateNumber: '2025520103A0009',
      issuedOn: new Date(2025, 4, 1),
      expiresOn: new Date(2025, 11, 31),
      source: '国家科技型中小企业信息服务平台',
    });
    (inDocument('qualification-save') as HTMLElement).click();
    await settle();

    const request = http.expectOne({ method: 'POST', url: LIST_URL });
    expect(request.request.body).toMatchObject({ expiresOn: '2025-12-31' });
    const added: Qualification = {
      id: 'q3',
      kind: 'TechSme',
      certificateNumber: '2025520103A0009',
      issuedOn: '2025-05-01',
      expiresOn: '2025-12-31',
      source: '国家科技型中小企业信息服务平台',
      isValidToday: false,
      level: 'National',
      issuingBody: null,
      documentFileIds: [],
    };
    request.flush(added);
    await settle();

    http.expectOne({ method: 'GET', url: LIST_URL }).flush([...QUALIFICATIONS, added]);
    await settle();
    expect(changes).toBe(1);
    expect(
      (fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid="qualification-row"]')
        .length,
    ).toBe(3);
  });

  it('refuses an issue date in the future without calling the server', async () => {
    await open(['Incubation.Qualifications.Manage']);
    (inFixture('qualification-add') as HTMLElement).click();
    await settle();
    const form = fixture.debugElement.query(
      (el) => el.componentInstance instanceof QualificationFormComponent,
    ).componentInstance as QualificationFormComponent;
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    form['form'].patchValue({ kind: 'HighTech', certificateNumber: 'X1', issuedOn: tomorrow });
    (inDocument('qualification-save') as HTMLElement).click();
    await settle();

    http.expectNone({ method: 'POST', url: LIST_URL });
    expect(form['form'].controls.issuedOn.hasError('futureDate')).toBe(true);
    expect(inDocument('error-issuedOn')).not.toBeNull();
  });
});
