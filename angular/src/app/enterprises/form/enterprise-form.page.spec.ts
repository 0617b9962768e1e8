import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { AppConfigStore } from '../../core/config/app-config.store';
import { testConfig } from '../../testing/app-config';
import { provideTestApp } from '../../testing/providers';
import { settle } from '../../testing/settle';
import { computeCheckCharacter } from '../shared/credit-code';
import { Enterprise } from '../shared/enterprise-api.service';
import { EnterpriseFormPage } from './enterprise-form.page';

const CODE = '91520103MA6DKQ5X1' + computeCheckCharacter('91520103MA6DKQ5X1');
const TECH_FIELDS = [
  { code: '10', level: 1, parentCode: null, name: '电子信息' },
  { code: '101', level: 2, parentCode: '10', name: '软件' },
  { code: '10101', level: 3, parentCode: '101', name: '基础软件' },
];
const ENTERPRISE: Enterprise = {
  id: 'e1',
  name: '贵阳云岩星辰科技有限公司',
  unifiedSocialCreditCode: CODE,
  creditCodeOverrideReason: null,
  legalRepresentative: null,
  establishedOn: '2019-05-20',
  registeredCapital: 500,
  subDistrictCode: '520103019',
  subDistrictName: '大营路街道',
  address: null,
  industryFieldCode: '10101',
  industryFieldName: '基础软件',
  incubatorId: null,
  incubatorName: null,
  responsibleOfficerId: null,
  contacts: [{ id: 'c1', name: '张三', title: '经理', phone: '0851-1234567', email: null }],
  tags: ['软件'],
  isAboveScale: false,
  isSciTechService: false,
  isDemo: false,
  creationTime: '2026-01-01T00:00:00Z',
  lastModificationTime: null,
  concurrencyStamp: 'stamp-1',
};

describe('EnterpriseFormPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<EnterpriseFormPage>;
  const page = () => fixture.nativeElement as HTMLElement;
  const byTestId = (id: string) => page().querySelector(`[data-testid="${id}"]`);

  async function create(id?: string): Promise<void> {
    TestBed.configureTestingModule({
      providers: provideTestApp(),
    });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(AppConfigStore).load();
    http.expectOne('/api/app/application-configuration').flush(
      testConfig({
        policies: ['Incubation.Enterprises'],
        texts: { 'EnterprisePage:ConflictTitle': '该企业已被他人修改' },
      }),
    );
    await loading;

    fixture = TestBed.createComponent(EnterpriseFormPage);
    if (id) {
      fixture.componentRef.setInput('id', id);
    }
    await settle();
    http
      .expectOne('/api/app/lookups/sub-districts')
      .flush([{ code: '520103019', name: '大营路街道', kind: '街道' }]);
    http.expectOne('/api/app/lookups/incubators').flush([]);
    http.expectOne('/api/app/lookups/tech-fields').flush(TECH_FIELDS);
    if (id) {
      http.expectOne(`/api/app/enterprises/${id}`).flush(ENTERPRISE);
    }
    await settle();
  }

  afterEach(() => http?.verify());

  it('shows server field errors under the fields and offers the override reason', async () => {
    await create();
    expect(byTestId('field-overrideReason')).toBeNull();
    fixture.componentInstance['form'].patchValue({
      name: '新企业',
      unifiedSocialCreditCode: CODE.toLowerCase(),
      subDistrictCode: '520103019',
      industryFieldCode: ['10', '101', '10101'],
    });

    const saving = fixture.componentInstance['save']();
    const request = http.expectOne({ method: 'POST', url: '/api/app/enterprises' });
    expect(request.request.body).toMatchObject({
      name: '新企业',
      unifiedSocialCreditCode: CODE,
      industryFieldCode: '10101',
      creditCodeOverrideReason: null,
      contacts: [],
    });
    request.flush(
      {
        status: 400,
        title: '输入有误',
        errors: { unifiedSocialCreditCode: ['统一社会信用代码校验位不正确'], name: ['名称重复'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await saving;
    await settle();

    expect(byTestId('error-unifiedSocialCreditCode')?.textContent).toContain(
      '统一社会信用代码校验位不正确',
    );
    expect(byTestId('error-name')?.textContent).toContain('名称重复');
    expect(byTestId('field-overrideReason')).not.toBeNull();
  });

  it('shows a duplicate credit code (409) on the credit code field', async () => {
    await create();
    fixture.componentInstance['form'].patchValue({
      name: '新企业',
      unifiedSocialCreditCode: CODE,
      subDistrictCode: '520103019',
      industryFieldCode: ['10', '101', '10101'],
    });
    const saving = fixture.componentInstance['save']();
    http
      .expectOne({ method: 'POST', url: '/api/app/enterprises' })
      .flush(
        { status: 409, code: 'Incubation:DuplicateCreditCode', detail: '该统一社会信用代码已登记' },
        { status: 409, statusText: 'Conflict' },
      );
    await saving;
    await settle();

    expect(byTestId('error-unifiedSocialCreditCode')?.textContent).toContain(
      '该统一社会信用代码已登记',
    );
    expect(byTestId('conflict-alert')).toBeNull();
  });

  it('sends the concurrency stamp and offers a reload on a concurrency conflict', async () => {
    await create('e1');
    expect((byTestId('field-name') as HTMLInputElement).value).toBe(ENTERPRISE.name);

    const saving = fixture.componentInstance['save']();
    const request = http.expectOne({ method: 'PUT', url: '/api/app/enterprises/e1' });
    expect(request.request.body).toMatchObject({
      concurrencyStamp: 'stamp-1',
      industryFieldCode: '10101',
      contacts: [{ id: 'c1', name: '张三', title: '经理', phone: '0851-1234567', email: null }],
      tags: ['软件'],
      establishedOn: '2019-05-20',
      registeredCapital: 500,
    });
    request.flush(
      {
        status: 409,
        code: 'Incubation:ConcurrencyConflict',
        detail: '数据已被他人修改，请刷新后重试。',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await saving;
    await settle();

    const alert = byTestId('conflict-alert');
    expect(alert?.textContent).toContain('该企业已被他人修改');
    expect(alert?.textContent).toContain('数据已被他人修改');

    (byTestId('conflict-reload') as HTMLButtonElement).click();
    await settle();
    http
      .expectOne('/api/app/enterprises/e1')
      .flush({ ...ENTERPRISE, name: '改过的名称', concurrencyStamp: 'stamp-2' });
    await settle();

    expect(byTestId('conflict-alert')).toBeNull();
    expect((byTestId('field-name') as HTMLInputElement).value).toBe('改过的名称');
  });
});
