// Web Test Runner in WebKit (WebKitGTK's MiniBrowser, Safari's engine): the cross-engine smoke suite.
// WebKitWebDriver drives MiniBrowser through @web/test-runner-webdriver (webdriverio). Debian's
// MiniBrowser has no headless mode, so scripts/webkit-driver.mjs gives it an Xvfb display when
// there is none. Engine gaps the suite works around are listed in docs/browser-support.md.
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter } from '@web/test-runner';
import { engineConfig, timingReporter } from './scripts/wtr-engines.mjs';
import { findMiniBrowser, startWebKitDriver } from './scripts/webkit-driver.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';

const binary = findMiniBrowser();
const { port } = await startWebKitDriver();

export default {
  ...engineConfig(),
  browsers: [
    webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        // WebdriverIO 9 asks for WebDriver BiDi (webSocketUrl) by default; WebKitWebDriver speaks
        // classic WebDriver only and would refuse the session.
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary, args: ['--automation'] },
      },
    }),
  ],
  reporters: [defaultReporter(), timingReporter(), summaryReporter('webkit')],
};
