// main.mjs: the browser tests, in one process so that they share one
// Chromium and one fixture (lib.mjs). scripts/test.sh runs
//   node --test-reporter=spec ... --test-reporter=tap ... tests/browser/main.mjs
// against its private stack (lib.mjs says which variables tell where).

import { after, describe } from 'node:test';

import { axeTests } from './axe.mjs';
import { journeyTests } from './journeys.mjs';
import { closeBrowser } from './lib.mjs';
import { printTests } from './print.mjs';

describe('browser', () => {
	after(closeBrowser);
	journeyTests();
	printTests();
	axeTests();
});
