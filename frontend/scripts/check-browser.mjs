// Browser tests drive the system Chromium; Playwright must never download one (no network here).
import { accessSync, constants, statSync } from 'node:fs'

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

function isExecutableFile(file) {
  try {
    accessSync(file, constants.X_OK)
    return statSync(file).isFile()
  } catch {
    return false
  }
}

if (!isExecutableFile(path)) {
  console.error(
    `No Chromium found at ${path}. Install it with \`sudo apt-get install -y chromium\` (Debian/Ubuntu), ` +
      'set CHROMIUM_PATH to another Chromium, or skip browser tests with `./mvnw verify -Dskip.e2e`.',
  )
  process.exit(1)
}
