// The elements from source (as the test server serves them), for the CSP check when the CDN
// bundle has not been built; test/robustness/csp/index.html loads dist/twinning.js instead.
import '../../../packages/pairing-map/src/index.ts';
import '../../../packages/timeline/src/index.ts';
import '../../../packages/activity-chart/src/index.ts';
import '../../../packages/provider/src/index.ts';
