import { Policies } from '../core/auth/policies';

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
];
