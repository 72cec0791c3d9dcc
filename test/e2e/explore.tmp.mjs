import { launch } from './harness.mjs';
import * as fs from 'node:fs';
const s = await launch({ name: 'explore' });
try {
  await s.openFile('ml/train-job.yml');
  console.log('mode', await s.languageMode());
  await s.gotoEnd();
  await s.typeText(`bad: [unclosed`);
  await s.waitFor(() => s.squiggleCount(), (n) => n > 0, { description: 'squiggle' , timeoutMs: 20000}).catch(e=>console.log(e.message));
  await s.page.screenshot({ path: '/tmp/explore/1.png' });
  await s.showProblems();
  await s.page.screenshot({ path: '/tmp/explore/2.png' });
  fs.writeFileSync('/tmp/explore/problems.html', await s.page.locator('.markers-panel').first().evaluate((e) => e.outerHTML));
  console.log(await s.readProblems());
  await s.gotoLine(13);
  await s.press('End');
  await s.press('Control+.');
  await s.page.waitForTimeout(1500);
  await s.page.screenshot({ path: '/tmp/explore/3.png' });
  fs.writeFileSync('/tmp/explore/actions.html', await s.page.locator('.action-widget').first().evaluate((e) => e.outerHTML).catch(e=>String(e)));
  console.log(s.bulwarkLogText());
} catch (e) { console.log(e); await s.reportFailure('x', e); }
finally { await s.close(); }
