import { Policies } from '../core/auth/policies';
import { CultivationPolicies } from '../cultivation/shared/cultivation-policies';

export interface MenuEntry {
  /** Text key. */
  text: string;
  icon: string;
  link: string;
  /** Shown only when this policy is granted. */
  policy?: string;
  testId: string;
  exact?: boolean;
}

export const MENU: readonly MenuEntry[] = [
  { text: 'Menu:Home', icon: 'home', link: '/', exact: true, testId: 'menu-home' },
  {
    text: 'Menu:Enterprises',
    icon: 'database',
    link: '/enterprises',
    policy: Policies.enterprises,
    testId: 'menu-enterprises',
  },
  {
    text: 'Menu:Cultivation',
    icon: 'rise',
    link: '/cultivation',
    policy: CultivationPolicies.view,
    testId: 'menu-cultivation',
    exact: true,
  },
  {
    text: 'Menu:CultivationProposals',
    icon: 'audit',
    link: '/cultivation/proposals',
    policy: CultivationPolicies.review,
    testId: 'menu-proposals',
  },
];
