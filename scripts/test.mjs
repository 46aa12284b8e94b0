// `npm test`: everything CI runs, in order, stopping at the first failure (the steps are in scripts/steps.mjs;
// `npm run check` is the same without the unit and browser tests).
import { findChromium } from './find-chromium.mjs';
import { runSteps, TEST } from './steps.mjs';

const chromium = await findChromium();
console.log(`Chromium for the browser tests: ${chromium.path} (${chromium.source})`);
process.env.CHROMIUM_PATH = chromium.path;

runSteps(TEST);
console.log('\n✓ All checks and tests passed.');
