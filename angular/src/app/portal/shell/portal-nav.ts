import {
  AppstoreOutline,
  ArrowRightOutline,
  BarChartOutline,
  CalculatorOutline,
  IdcardOutline,
  TeamOutline,
  UserAddOutline,
} from '@ant-design/icons-angular/icons';
import { provideNzIconsPatch } from 'ng-zorro-antd/icon';
import type { NotificationLinks } from '../../notifications/notification-bell.component';

export interface PortalNavEntry {
  /** Under /portal; '' is the overview. */
  path: string;
  /** Text key of the side menu and the "more" list. */
  text: string;
  /** Text key of the phone's tab bar (short). */
  short: string;
  icon: string;
  /** On the phone's tab bar; the others are under "more". */
  tab: boolean;
  testId: string;
}

export const PORTAL_NAV: readonly PortalNavEntry[] = [
  {
    path: '',
    text: 'Workspace:Nav.Overview',
    short: 'Workspace:Tab.Overview',
    icon: 'home',
    tab: true,
    testId: 'portal-nav-overview',
  },
  {
    path: 'yearly-data',
    text: 'Workspace:Nav.YearlyData',
    short: 'Workspace:Tab.YearlyData',
    icon: 'bar-chart',
    tab: true,
    testId: 'portal-nav-yearly-data',
  },
  {
    path: 'needs',
    text: 'Workspace:Nav.Needs',
    short: 'Workspace:Tab.Needs',
    icon: 'solution',
    tab: true,
    testId: 'portal-nav-needs',
  },
  {
    path: 'self-assessment',
    text: 'Workspace:Nav.SelfAssessment',
    short: 'Workspace:Tab.SelfAssessment',
    icon: 'calculator',
    tab: true,
    testId: 'portal-nav-self-assessment',
  },
  {
    path: 'pool',
    text: 'Workspace:Nav.Pool',
    short: 'Workspace:Tab.Pool',
    icon: 'rise',
    tab: false,
    testId: 'portal-nav-pool',
  },
  {
    path: 'profile',
    text: 'Workspace:Nav.Profile',
    short: 'Workspace:Tab.Profile',
    icon: 'idcard',
    tab: false,
    testId: 'portal-nav-profile',
  },
  {
    path: 'colleagues',
    text: 'Workspace:Nav.Colleagues',
    short: 'Workspace:Tab.Colleagues',
    icon: 'team',
    tab: false,
    testId: 'portal-nav-colleagues',
  },
];

/** The portal's own icons, added to the app's set where the portal is loaded (lazy, like the portal). */
export const providePortalIcons = () =>
  provideNzIconsPatch([
    AppstoreOutline,
    ArrowRightOutline,
    BarChartOutline,
    CalculatorOutline,
    IdcardOutline,
    TeamOutline,
    UserAddOutline,
  ]);

/** Where the bell's notifications lead inside the portal. */
export const PORTAL_LINKS: NotificationLinks = {
  needs: '/portal/needs',
  kinds: {
    YearlyDataReturned: '/portal/yearly-data',
    ProfileChangeApproved: '/portal/profile',
    ProfileChangeRejected: '/portal/profile',
    CertificateExpiring: '/portal',
  },
};
