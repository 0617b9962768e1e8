import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture } from '@angular/core/testing';
import { settle } from '../../testing/settle';
import { ProfileChange } from '../shared/portal-api.service';
import {
  CREDIT_CODE,
  ENTERPRISE_ID,
  portalProfile,
  renderPortalPage,
} from '../shared/portal-testing';
import { PortalProfilePage } from './portal-profile.page';

const PROFILE_URL = '/api/portal/profile';
const TECH_FIELDS = [
  { code: '10', level: 1, parentCode: null, name: '电子信息' },
  { code: '101', level: 2, parentCode: '10', name: '软件' },
  { code: '10101', level: 3, parentCode: '101', name: '基础软件' },
];
const SUB_DISTRICTS = [
  { code: '520103019', name: '大营路街道', kind: '街道' },
  { code: '520103020', name: '黔灵镇', kind: '镇' },
];
const CURRENT_KEYS = {
  name: '贵阳云岩星辰科技有限公司',
  unifiedSocialCreditCode: CREDIT_CODE,
  creditCodeOverrideReason: null,
  subDistrictCode: '520103019',
  subDistrictName: '大营路街道',
};
const PENDING: ProfileChange = {
  id: 'pc1',
  enterpriseId: ENTERPRISE_ID,
  enterpriseName: CURRENT_KEYS.name,
  current: CURRENT_KEYS,
  proposed: {
    ...CURRENT_KEYS,
    name: '贵阳星辰智能科技有限公司',
    subDistrictCode: '520103020',
    subDistrictName: '黔灵镇',
  },
  status: 'Pending',
  requestedByName: '张三',
  requestedAt: '2026-03-01T02:00:00Z',
  reviewedAt: null,
  rejectionReason: null,
  concurrencyStamp: 'pc-stamp',
};
const REJECTED: ProfileChange = {
  ...PENDING,
  id: 'pc0',
  proposed: { ...CURRENT_KEYS, name: '星辰集团' },
  status: 'Rejected',
  reviewedAt: '2026-02-01T02:00:00Z',
  rejectionReason: '与营业执照不符',
};
const TEXTS = {
  'Workspace:Profile.PendingTag': '待审核',
  'Workspace:Profile.ConflictTitle': '企业资料已被他人修改',
  'Enterprise:Name': '企业名称',
  'Enterprise:SubDistrict': '所属街道（镇）',
};

describe('PortalProfilePage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<PortalProfilePage>;
  const byTestId = (id: string) =>
    (fixture.nativeElement as HTMLElement).querySelector(
      `[data-testid="${id}"]`,
    ) as HTMLElement | null;
  const allByTestId = (id: string) =>
    [
      ...(fixture.nativeElement as HTMLElement).querySelectorAll(`[data-testid="${id}"]`),
    ] as HTMLElement[];

  /** Opens the page; it reads the profile afresh and gets `served`. */
  async function open(served = portalProfile()): Promise<void> {
    ({ fixture, http } = await renderPortalPage(PortalProfilePage, portalProfile(), TEXTS));
    http.expectOne('/api/app/lookups/sub-districts').flush(SUB_DISTRICTS);
    http.expectOne('/api/app/lookups/tech-fields').flush(TECH_FIELDS);
    http.expectOne({ method: 'GET', url: PROFILE_URL }).flush(served);
    await settle();
  }

  afterEach(() => {
    http?.verify();
    fixture?.destroy();
  });

  it('shows the key-field change waiting for the bureau, old → new, and locks those fields', async () => {
    await open(portalProfile({ pendingChange: PENDING, lastDecidedChange: REJECTED }));

    expect(byTestId('profile-pending-tag')?.textContent).toContain('待审核');
    const rows = allByTestId('profile-pending-row');
    expect(rows.length).toBe(2);
    expect(rows[0].textContent).toContain('企业名称');
    expect(rows[0].textContent).toContain('贵阳云岩星辰科技有限公司');
    expect(rows[0].textContent).toContain('贵阳星辰智能科技有限公司');
    expect(rows[1].textContent).toContain('大营路街道');
    expect(rows[1].textContent).toContain('黔灵镇');
    expect(byTestId('profile-rejection-reason')?.textContent).toContain('与营业执照不符');

    // The form holds the record as it is; the key fields wait for the decision.
    expect((byTestId('field-name') as HTMLInputElement).value).toBe('贵阳云岩星辰科技有限公司');
    expect((byTestId('field-name') as HTMLInputElement).disabled).toBe(true);
    expect((byTestId('field-creditCode') as HTMLInputElement).disabled).toBe(true);
    expect((byTestId('field-legalRepresentative') as HTMLInputElement).disabled).toBe(false);
  });

  it('sends the record with its concurrency stamp and shows the change it proposed', async () => {
    await open();
    expect(byTestId('profile-pending')).toBeNull();
    fixture.componentInstance['form'].patchValue({
      name: ' 贵阳星辰智能科技有限公司 ',
      legalRepresentative: '李四',
    });

    (byTestId('profile-save') as HTMLButtonElement).click();
    await settle();
    const request = http.expectOne({ method: 'PUT', url: PROFILE_URL });
    expect(request.request.body).toEqual({
      name: '贵阳星辰智能科技有限公司',
      unifiedSocialCreditCode: CREDIT_CODE,
      creditCodeOverrideReason: null,
      subDistrictCode: '520103019',
      industryFieldCode: '10101',
      legalRepresentative: '李四',
      establishedOn: '2019-05-20',
      registeredCapital: 500,
      address: null,
      contacts: [{ id: 'c1', name: '张三', title: '经理', phone: '0851-1234567', email: null }],
      concurrencyStamp: 'stamp-1',
    });
    const saved = portalProfile({ pendingChange: PENDING });
    saved.enterprise = {
      ...saved.enterprise,
      legalRepresentative: '李四',
      concurrencyStamp: 'stamp-2',
    };
    request.flush(saved);
    await settle();

    expect(byTestId('profile-pending-tag')).not.toBeNull();
    expect((byTestId('field-name') as HTMLInputElement).value).toBe('贵阳云岩星辰科技有限公司');
    expect((byTestId('field-legalRepresentative') as HTMLInputElement).value).toBe('李四');
  });

  it('shows field errors beside the fields and asks for the override reason on a check-digit mismatch', async () => {
    await open();
    expect(byTestId('field-overrideReason')).toBeNull();

    (byTestId('profile-save') as HTMLButtonElement).click();
    await settle();
    http.expectOne({ method: 'PUT', url: PROFILE_URL }).flush(
      {
        status: 400,
        errors: {
          unifiedSocialCreditCode: ['统一社会信用代码的校验码不符'],
          'contacts[0].phone': ['电话号码只能包含数字'],
        },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect(byTestId('error-unifiedSocialCreditCode')?.textContent).toContain('校验码不符');
    expect(byTestId('error-contacts[0].phone')?.textContent).toContain('电话号码只能包含数字');
    expect(byTestId('field-overrideReason')).not.toBeNull();
  });

  it('on a concurrency conflict says so and reloads the latest record on request', async () => {
    await open();

    (byTestId('profile-save') as HTMLButtonElement).click();
    await settle();
    http
      .expectOne({ method: 'PUT', url: PROFILE_URL })
      .flush(
        { status: 409, code: 'Incubation:ConcurrencyConflict', detail: '数据已被他人修改' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    expect(byTestId('conflict-alert')?.textContent).toContain('企业资料已被他人修改');

    (byTestId('conflict-reload') as HTMLButtonElement).click();
    await settle();
    const latest = portalProfile();
    latest.enterprise = {
      ...latest.enterprise,
      address: '云岩区新地址',
      concurrencyStamp: 'stamp-3',
    };
    http.expectOne({ method: 'GET', url: PROFILE_URL }).flush(latest);
    await settle();

    expect(byTestId('conflict-alert')).toBeNull();
    expect((byTestId('field-address') as HTMLInputElement).value).toBe('云岩区新地址');
  });
});
