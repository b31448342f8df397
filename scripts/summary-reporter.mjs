// Prints one closing line, "LABEL: N passed, N failed, N skipped", that CI logs can read.
// LABEL is `browser` for the Chromium run, the engine's name for the others.
export function summaryReporter(label = 'browser') {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0, failed = 0, skipped = 0;
      const walk = (suite) => {
        if (!suite) return;
        for (const t of suite.tests ?? []) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        for (const s of suite.suites ?? []) walk(s);
      };
      let sessionErrors = 0;
      for (const s of sessions) {
        walk(s.testResults);
        if (!s.passed && (s.errors?.length ?? 0) > 0) sessionErrors++;
      }
      failed += sessionErrors;
      // Printed after WTR's own report so it is the last line.
      setTimeout(() => console.log(`\n${label}: ${passed} passed, ${failed} failed, ${skipped} skipped`), 0);
    },
  };
}
