import {
  applyRules,
  createPlatformForm,
  fillPlatformForm,
  toPlatformRequest,
} from './platform-form.model';
import { Platform } from '../shared/platforms-api.service';

const PLATFORM: Platform = {
  id: 'p1',
  name: '贵州测试工程技术研究中心',
  kind: 'EngineeringResearchCenter',
  level: 'Provincial',
  hostEnterpriseId: null,
  hostEnterpriseName: null,
  hostInstitution: '贵州测试研究院',
  subDistrictCode: '520103019',
  subDistrictName: '大营路街道',
  approvalNumber: null,
  approvedOn: '2021-05-06',
  status: 'Closed',
  endedOn: '2024-01-02',
  note: null,
  creationTime: '2024-01-01T00:00:00Z',
  concurrencyStamp: 's1',
};

describe('platform form model', () => {
  it('fills the form from a platform hosted by an institution and sends it back unchanged', () => {
    const form = createPlatformForm();
    fillPlatformForm(form, PLATFORM);

    expect(form.controls.hostMode.value).toBe('institution');
    expect(form.valid).toBe(true);
    expect(toPlatformRequest(form)).toEqual({
      name: PLATFORM.name,
      kind: 'EngineeringResearchCenter',
      level: 'Provincial',
      hostEnterpriseId: null,
      hostInstitution: '贵州测试研究院',
      subDistrictCode: '520103019',
      approvalNumber: null,
      approvedOn: '2021-05-06',
      status: 'Closed',
      endedOn: '2024-01-02',
      note: null,
    });
  });

  it('requires the chosen host only, and sends only that one', () => {
    const form = createPlatformForm();
    fillPlatformForm(form, { ...PLATFORM, status: 'Active', endedOn: null });
    form.controls.hostMode.setValue('enterprise');
    applyRules(form);

    expect(form.controls.hostEnterpriseId.hasError('required')).toBe(true);
    expect(form.controls.hostInstitution.errors).toBeNull();

    form.controls.hostEnterpriseId.setValue('e1');
    expect(form.valid).toBe(true);
    const request = toPlatformRequest(form);
    expect(request.hostEnterpriseId).toBe('e1');
    expect(request.hostInstitution).toBeNull();
  });

  it('asks for the end date once the platform is revoked, and drops it while active', () => {
    const form = createPlatformForm();
    fillPlatformForm(form, { ...PLATFORM, status: 'Active', endedOn: null });
    form.controls.endedOn.setValue(new Date(2024, 0, 2));
    expect(toPlatformRequest(form).endedOn).toBeNull();

    form.controls.status.setValue('Revoked');
    form.controls.endedOn.setValue(null);
    applyRules(form);
    expect(form.controls.endedOn.hasError('required')).toBe(true);
  });
});
