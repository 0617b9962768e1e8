import { ApplicationConfigurationDto } from '../proxy/models';

/** An application configuration for tests: a signed-in user with the given policies and texts. */
export function testConfig(
  options: {
    authenticated?: boolean;
    policies?: string[];
    texts?: Record<string, string>;
    culture?: string;
  } = {},
): ApplicationConfigurationDto {
  return {
    currentUser: {
      isAuthenticated: options.authenticated ?? true,
      id: '00000000-0000-0000-0000-000000000001',
      userName: 'admin',
      displayName: 'Admin',
      roles: ['BureauAdmin'],
    },
    auth: { grantedPolicies: Object.fromEntries((options.policies ?? []).map((p) => [p, true])) },
    localization: {
      currentCulture: options.culture ?? 'zh-Hans',
      languages: [
        { cultureName: 'zh-Hans', displayName: 'zh' },
        { cultureName: 'en', displayName: 'English' },
      ],
      texts: options.texts ?? {},
    },
  };
}
