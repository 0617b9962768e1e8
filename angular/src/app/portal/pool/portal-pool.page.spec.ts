import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture } from '@angular/core/testing';
import { Membership } from '../../cultivation/shared/cultivation-api.service';
import { settle } from '../../testing/settle';
import { ENTERPRISE_ID, portalProfile, renderPortalPage } from '../shared/portal-testing';
import { PortalPoolPage } from './portal-pool.page';

const MEMBERSHIPS_URL = `/api/app/enterprises/${ENTERPRISE_ID}/memberships`;
const PROPOSALS_URL = '/api/app/cultivation/proposals';

function membership(overrides: Partial<Membership>): Membership {
  return {
    id: 'm1',
    enterpriseId: ENTERPRISE_ID,
    status: 'Admitted',
    stage: 'Key',
    reason: '研发投入持续增长',
    evidence: null,
    rejectionReason: null,
    exitReason: null,
    proposedAt: '2025-03-01T02:00:00Z',
    admittedAt: '2025-04-01T02:00:00Z',
    exitedAt: null,
    events: [],
    concurrencyStamp: 'ms-1',
    ...overrides,
  };
}

describe('PortalPoolPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<PortalPoolPage>;
  const byTestId = (id: string) =>
    (fixture.nativeElement as HTMLElement).querySelector(
      `[data-testid="${id}"]`,
    ) as HTMLElement | null;

  /** Opens the page with these memberships (the status and the history each read them). */
  async function open(memberships: Membership[]): Promise<void> {
    ({ fixture, http } = await renderPortalPage(PortalPoolPage, portalProfile(), {
      'Enum:CultivationStage.Key': '重点培育',
    }));
    http.match(MEMBERSHIPS_URL).forEach((r) => r.flush(memberships));
    await settle();
  }

  afterEach(() => {
    http?.verify();
    fixture?.destroy();
  });

  it('shows the stage of an open membership and offers no application', async () => {
    await open([membership({}), membership({ id: 'm0', status: 'Rejected', stage: null })]);

    expect(byTestId('pool-current-stage')?.textContent).toContain('重点培育');
    expect(byTestId('pool-apply')).toBeNull();
    expect(byTestId('pool-apply-submit')).toBeNull();
  });

  it('offers no application while one waits for the bureau', async () => {
    await open([membership({ status: 'Proposed', stage: null, admittedAt: null })]);

    expect(byTestId('pool-current-status')).not.toBeNull();
    expect(byTestId('pool-apply')).toBeNull();
  });

  it('without an open membership, applies for the own enterprise and reloads', async () => {
    await open([membership({ status: 'Rejected', stage: null, rejectionReason: '研发投入不足' })]);
    expect(byTestId('pool-none')).not.toBeNull();
    expect(byTestId('pool-last-rejected')?.textContent).toContain('研发投入不足');
    expect(byTestId('pool-apply')).not.toBeNull();

    fixture.componentInstance['form'].setValue({ reason: ' 新增发明专利两项 ', evidence: '' });
    (byTestId('pool-apply-submit') as HTMLButtonElement).click();
    await settle();

    const request = http.expectOne({ method: 'POST', url: PROPOSALS_URL });
    expect(request.request.body).toEqual({
      enterpriseId: ENTERPRISE_ID,
      reason: '新增发明专利两项',
      evidence: null,
    });
    const proposed = membership({ id: 'm2', status: 'Proposed', stage: null, admittedAt: null });
    request.flush(proposed);
    await settle();
    http.match(MEMBERSHIPS_URL).forEach((r) => r.flush([proposed]));
    await settle();

    expect(byTestId('pool-apply')).toBeNull();
    expect(byTestId('pool-current-status')).not.toBeNull();
  });

  it('does not send an application without a reason', async () => {
    await open([]);

    (byTestId('pool-apply-submit') as HTMLButtonElement).click();
    await settle();

    http.expectNone({ method: 'POST', url: PROPOSALS_URL });
    expect(byTestId('error-reason')).not.toBeNull();
  });
});
