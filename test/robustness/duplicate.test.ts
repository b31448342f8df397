/**
 * Two copies of the library on one page: the second does not throw and warns once
 * (`duplicate-definition`). Checked on defineElement itself and on two script tags of the CDN
 * bundle (dist/twinning.js and dist/twinning.js?copy=2, two module instances).
 */
import { expect } from '@open-wc/testing';
import { defineElement, WARNING_CODES } from '@twinning/core';
import { uncaughtSpy } from './uncaught.ts';

function captureWarnings(): { readonly lines: string[]; restore(): void } {
  const original = console.warn;
  const lines: string[] = [];
  console.warn = (...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
    original.apply(console, args);
  };
  return { lines, restore: () => (console.warn = original) };
}

function addScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

describe('two copies of the library', function () {
  this.timeout(20000);

  it('defineElement: a second constructor for a taken tag is skipped with one duplicate-definition warning', () => {
    expect(WARNING_CODES).to.include('duplicate-definition');
    const warnings = captureWarnings();
    try {
      class First extends HTMLElement {}
      class Second extends HTMLElement {}
      class Third extends HTMLElement {}
      defineElement('dup-probe-a', First);
      defineElement('dup-probe-a', First);
      expect(warnings.lines).to.deep.equal([]);
      defineElement('dup-probe-a', Second);
      defineElement('dup-probe-b', Third);
      defineElement('dup-probe-b', Second);
      expect(customElements.get('dup-probe-a')).to.equal(First);
      expect(warnings.lines.filter((l) => l.includes('[duplicate-definition]'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('dist/twinning.js loaded by two script tags: no error, one warning, elements work', async function () {
    if (!(await fetch('/packages/elements/dist/twinning.js', { method: 'HEAD' })).ok) {
      console.warn('SKIPPED: dist/twinning.js is not built; run `npm run build:lib` (npm test does).');
      this.skip();
    }
    const spy = uncaughtSpy();
    const warnings = captureWarnings();
    try {
      await addScript('/packages/elements/dist/twinning.js');
      await addScript('/packages/elements/dist/twinning.js?copy=2');
      await new Promise((done) => setTimeout(done, 100));
      expect(spy.errors).to.deep.equal([]);
      expect(warnings.lines.filter((l) => l.includes('[duplicate-definition]'))).to.have.length(1);
      const el = document.createElement('twinning-map') as HTMLElement & { updateComplete: Promise<boolean> };
      document.body.append(el);
      for (let i = 0; i < 250 && !el.shadowRoot?.querySelector("[part~='link']"); i++) await new Promise((done) => setTimeout(done, 20));
      expect(el.shadowRoot!.querySelectorAll("[part~='link']").length).to.be.greaterThan(0);
      el.remove();
    } finally {
      warnings.restore();
      spy.stop();
    }
  });
});
