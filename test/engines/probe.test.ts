import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
describe('probe', () => {
  it('keys and mouse', async () => {
    document.body.innerHTML = '<button id=a>a</button><button id=b>b</button>';
    const a = document.getElementById('a')!;
    let clicks = 0;
    a.addEventListener('click', () => clicks++);
    const r = a.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
    expect(clicks).to.equal(1);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.id).to.equal('b');
    expect(document.activeElement!.matches(':focus-visible')).to.equal(true);
    console.log(navigator.userAgent, innerWidth, innerHeight);
  });
});
