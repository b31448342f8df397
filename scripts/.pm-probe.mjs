import puppeteer from 'puppeteer-core';
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const page = await browser.newPage();
await page.setViewport({ width: Number(process.argv[3] ?? 390), height: 800 });
await page.goto(process.argv[2], { waitUntil: 'networkidle0' });
await new Promise((r) => setTimeout(r, 1500));
const out = await page.evaluate(() => {
  const el = document.querySelector('twinning-map');
  const r = (n) => { const b = n?.getBoundingClientRect(); return b ? [Math.round(b.x), Math.round(b.y), Math.round(b.width), Math.round(b.height)] : null; };
  const s = el.shadowRoot;
  return { host: r(el), chart: r(s.querySelector('.chart')), map: r(s.querySelector('.map')), svg: r(s.querySelector('.map svg')), svgAttr: s.querySelector('.map svg')?.getAttribute('height'), caption: r(s.querySelector('.caption')), minh: getComputedStyle(s.querySelector('.chart')).minHeight, base: s.querySelector('[part=base]').getAttribute('style') };
});
console.log(JSON.stringify(out));
await browser.close();
