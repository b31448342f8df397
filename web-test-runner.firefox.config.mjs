// Web Test Runner in Firefox (Debian's firefox-esr, or FIREFOX_PATH): the cross-engine smoke suite.
// puppeteer-core drives Firefox over WebDriver BiDi. The launcher is @web/test-runner-chrome's
// ChromeLauncher given puppeteer-core as its puppeteer: that is all @web/test-runner-puppeteer
// does, without the full `puppeteer` package, which would try to download a browser.
import * as puppeteerCore from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { engineConfig, findBrowser, timingReporter } from './scripts/wtr-engines.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';

const executablePath = findBrowser('Firefox', process.env.FIREFOX_PATH, ['firefox-esr', 'firefox'], 'apt-get install firefox-esr');

export default {
  ...engineConfig(),
  browsers: [
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath,
        headless: true,
        // Prefs of a quiet test profile: no updates, telemetry or first-run pages.
        extraPrefsFirefox: {
          'app.update.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
          'browser.shell.checkDefaultBrowser': false,
        },
      },
    }),
  ],
  reporters: [defaultReporter(), timingReporter(), summaryReporter('firefox')],
};
