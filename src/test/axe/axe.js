// Runs axe-core (WCAG 2 A/AA and best practice) in headless Chromium (Debian package) over the given pages at a
// 400 px wide viewport, and reports horizontal overflow; used by ToegankelijkheidTest. Prints "AXE total violations: N".
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');
(async () => {
  const pages = process.argv.slice(2);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  let total = 0;
  for (const p of pages) {
    const page = await browser.newPage({ viewport: { width: 400, height: 800 } });
    await page.goto('file://' + path.resolve(p));
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () => await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] }));
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    console.log(`AXE ${p}: ${result.violations.length} violations, horizontal overflow at 400px: ${scroll}px`);
    for (const v of result.violations) console.log(`   ${v.id} (${v.impact}): ${v.nodes.length} nodes - ${v.help}`);
    total += result.violations.length;
    await page.close();
  }
  await browser.close();
  console.log(`AXE total violations: ${total}`);
})();
