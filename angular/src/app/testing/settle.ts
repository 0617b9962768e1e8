import { TestBed } from '@angular/core/testing';

/**
 * Lets timers, effects and change detection run a few rounds without waiting for stability
 * (which pending HTTP requests would hold off).
 */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  }
}
