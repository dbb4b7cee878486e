// Fails fast, in one line, when no Chromium is available for the Playwright tests.
import { accessSync, constants } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
try {
  accessSync(path, constants.X_OK);
} catch {
  console.error(
    `No Chromium at ${path}: install it with "apt-get install -y chromium fonts-liberation", or set CHROMIUM_PATH to a Chromium binary.`,
  );
  process.exit(1);
}
