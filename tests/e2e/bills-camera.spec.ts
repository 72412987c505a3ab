import { expect, test } from '@playwright/test';
import { billCode, freshNotice, settled } from '../fixtures/bills';
import { signIn } from '../fixtures/personas';

// Desktop Chromium on Linux has no BarcodeDetector, so the phone's camera and code reader are
// stood in for: a blank canvas stream as the camera, and a detector that sees the code on its
// third look. What is checked is the page: it scans, stops the camera, and shows the bill.

test.describe('scanning with the live camera', () => {
  test.use({ locale: 'zh-CN' });

  test('the camera finds the code, is turned off, and the bill is shown for review', async ({
    page,
  }) => {
    const code = billCode(freshNotice('blr_city_gas', 6_820));
    await page.addInitScript((text) => {
      const w = window as unknown as { __stopped: number; BarcodeDetector: unknown };
      w.__stopped = 0;
      let looks = 0;
      w.BarcodeDetector = class {
        async detect() {
          return ++looks >= 3 ? [{ rawValue: text }] : [];
        }
      };
      navigator.mediaDevices.getUserMedia = async () => {
        const canvas = document.createElement('canvas');
        canvas.width = 64;
        canvas.height = 64;
        const stream = canvas.captureStream(5);
        for (const track of stream.getTracks()) {
          const stop = track.stop.bind(track);
          track.stop = () => {
            w.__stopped++;
            stop();
          };
        }
        return stream;
      };
    }, code);
    await signIn(page, { careMode: true });
    await page.goto('/bills/add');
    await settled(page);
    await page.getByRole('button', { name: '打开摄像头扫码' }).click();
    await expect(page).toHaveURL(/\/bills\/bil_/);
    await expect(page.getByRole('heading', { level: 1, name: '交燃气费' })).toBeVisible();
    await expect(
      page.getByText('从您的钱包付市燃气公司燃气费 68.20 元（陆拾捌元贰角）'),
    ).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __stopped: number }).__stopped)).toBe(
      1,
    );
  });

  test('turning the camera off by hand stops it', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __stopped: number; BarcodeDetector: unknown };
      w.__stopped = 0;
      w.BarcodeDetector = class {
        async detect() {
          return [];
        }
      };
      navigator.mediaDevices.getUserMedia = async () => {
        const canvas = document.createElement('canvas');
        const stream = canvas.captureStream(5);
        const [track] = stream.getTracks();
        const stop = track!.stop.bind(track);
        track!.stop = () => {
          w.__stopped++;
          stop();
        };
        return stream;
      };
    });
    await signIn(page, { careMode: true });
    await page.goto('/bills/add');
    await settled(page);
    await page.getByRole('button', { name: '打开摄像头扫码' }).click();
    await expect(page.getByLabel('摄像头画面')).toBeVisible();
    await page.getByRole('button', { name: '关掉摄像头' }).click();
    await expect(page.getByLabel('摄像头画面')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __stopped: number }).__stopped)).toBe(
      1,
    );
  });
});
