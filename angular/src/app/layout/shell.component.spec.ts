import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { AppConfigStore } from '../core/config/app-config.store';
import { Policies } from '../core/auth/policies';
import { testConfig } from '../testing/app-config';
import { provideTestApp } from '../testing/providers';
import { settle } from '../testing/settle';
import { ShellComponent } from './shell.component';

/** A browser window of the given width, as far as media queries go (jsdom has none). */
function emulateViewport(width: number, height: number): () => void {
  const original = {
    matchMedia: window.matchMedia,
    innerWidth: window.innerWidth,
    innerHeight: window.innerHeight,
  };
  const matches = (query: string) =>
    query
      .split(',')
      .some((part) =>
        [...part.matchAll(/\((min|max)-width:\s*([\d.]+)px\)/g)].every(([, kind, px]) =>
          kind === 'min' ? width >= Number(px) : width <= Number(px),
        ),
      );
  window.matchMedia = (query: string) =>
    ({
      media: query,
      matches: matches(query),
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
  Object.defineProperty(window, 'innerWidth', { value: width, configurable: true });
  Object.defineProperty(window, 'innerHeight', { value: height, configurable: true });
  return () => {
    window.matchMedia = original.matchMedia;
    Object.defineProperty(window, 'innerWidth', { value: original.innerWidth, configurable: true });
    Object.defineProperty(window, 'innerHeight', {
      value: original.innerHeight,
      configurable: true,
    });
  };
}

@Component({ template: '' })
class BlankPage {}

describe('ShellComponent on a phone (390 × 844)', () => {
  let restoreViewport: () => void;
  let fixture: ComponentFixture<ShellComponent>;
  const find = (selector: string) => fixture.nativeElement.querySelector(selector) as HTMLElement;
  const byTestId = (id: string) => find(`[data-testid="${id}"]`);
  const sider = () => find('nz-sider');
  const menuOpen = () => !sider().classList.contains('ant-layout-sider-collapsed');

  beforeEach(async () => {
    restoreViewport = emulateViewport(390, 844);
    TestBed.configureTestingModule({
      providers: provideTestApp([{ path: '**', component: BlankPage }]),
    });
    const http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(AppConfigStore).load();
    http.expectOne('/api/app/application-configuration').flush(
      testConfig({
        policies: [Policies.enterprises],
        texts: { 'Layout:ToggleMenu': '展开/收起菜单', 'Ui:Logout': '退出' },
      }),
    );
    await loading;
    fixture = TestBed.createComponent(ShellComponent);
    await settle();
  });

  afterEach(() => {
    fixture.destroy();
    restoreViewport();
  });

  it('starts with the menu folded away to zero width, behind a labelled toggle', () => {
    expect(menuOpen()).toBe(false);
    expect(sider().classList).toContain('ant-layout-sider-zero-width');
    expect(byTestId('menu-backdrop')).toBeNull();

    const toggle = byTestId('menu-toggle');
    expect(toggle.getAttribute('aria-label')).toBe('展开/收起菜单');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe(sider().id);
  });

  it('opens the menu as a drawer over the page and closes it when a page is chosen', async () => {
    byTestId('menu-toggle').click();
    await settle();

    expect(menuOpen()).toBe(true);
    expect(byTestId('menu-toggle').getAttribute('aria-expanded')).toBe('true');
    expect(byTestId('menu-backdrop')).not.toBeNull();

    (byTestId('menu-enterprises').querySelector('a') as HTMLElement).click();
    await settle();

    expect(menuOpen()).toBe(false);
  });

  it('closes the drawer on a tap beside it and on Escape', async () => {
    byTestId('menu-toggle').click();
    await settle();
    byTestId('menu-backdrop').click();
    await settle();
    expect(menuOpen()).toBe(false);

    byTestId('menu-toggle').click();
    await settle();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await settle();
    expect(menuOpen()).toBe(false);
  });

  it('gives the menu toggle a 44px tap target and names the icon-only logout button', () => {
    const toggle = getComputedStyle(byTestId('menu-toggle'));
    expect(toggle.minWidth).toBe('44px');
    expect(toggle.minHeight).toBe('44px');
    expect(byTestId('logout').getAttribute('aria-label')).toBe('退出');
    expect(find('.shell__user-name').textContent?.trim()).toBe('Admin');
  });
});
