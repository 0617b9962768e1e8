import { HttpTestingController } from '@angular/common/http/testing';
import { Type } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { AppConfigStore } from '../../core/config/app-config.store';
import { computeCheckCharacter } from '../../enterprises/shared/credit-code';
import { testConfig } from '../../testing/app-config';
import { provideTestApp } from '../../testing/providers';
import { settle } from '../../testing/settle';
import { providePortalIcons } from '../shell/portal-nav';
import { PortalProfile } from './portal-api.service';
import { PortalContext } from './portal-context';

/** What the portal's specs share: an enterprise user's profile and a page rendered under the portal. */
export const ENTERPRISE_ID = 'e1';
export const CREDIT_CODE = '91520103MA6DKQ5X1' + computeCheckCharacter('91520103MA6DKQ5X1');

/** The policies the seed grants an enterprise user. */
export const ENTERPRISE_USER_POLICIES = [
  'Incubation.Portal',
  'Incubation.Enterprises',
  'Incubation.YearlyData',
  'Incubation.YearlyData.Edit',
  'Incubation.Cultivation',
  'Incubation.Cultivation.Propose',
  'Incubation.Qualifications',
  'Incubation.Visits',
  'Incubation.Needs',
  'Incubation.Needs.Create',
  'Incubation.Needs.Confirm',
];

export function portalProfile(overrides: Partial<PortalProfile> = {}): PortalProfile {
  return {
    enterprise: {
      id: ENTERPRISE_ID,
      name: '贵阳云岩星辰科技有限公司',
      unifiedSocialCreditCode: CREDIT_CODE,
      creditCodeOverrideReason: null,
      legalRepresentative: '王五',
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
      tags: [],
      isAboveScale: false,
      isSciTechService: false,
      isDemo: false,
      creationTime: '2026-01-01T00:00:00Z',
      lastModificationTime: null,
      concurrencyStamp: 'stamp-1',
    },
    pendingChange: null,
    lastDecidedChange: null,
    isAdmin: false,
    ...overrides,
  };
}

/**
 * Renders a portal page as the shell would: signed in as an enterprise user with the given texts, the
 * shared PortalContext holding `profile`.
 */
export async function renderPortalPage<T>(
  page: Type<T>,
  profile: PortalProfile,
  texts: Record<string, string> = {},
): Promise<{ fixture: ComponentFixture<T>; http: HttpTestingController }> {
  TestBed.configureTestingModule({
    providers: [...provideTestApp(), PortalContext, providePortalIcons()],
  });
  const http = TestBed.inject(HttpTestingController);
  const loading = TestBed.inject(AppConfigStore).load();
  http
    .expectOne('/api/app/application-configuration')
    .flush(testConfig({ policies: ENTERPRISE_USER_POLICIES, texts }));
  await loading;
  TestBed.inject(PortalContext).set(profile);
  const fixture = TestBed.createComponent(page);
  await settle();
  return { fixture, http };
}
