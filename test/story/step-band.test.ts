import { expect } from '@open-wc/testing';
import { bandMargin, boxesInBand, LOW_BAND, MIDDLE_BAND } from '../../packages/story/src/step-band.ts';

describe('step-band', () => {
  it('bandMargin writes the band as the root margin the step observer has always used', () => {
    expect(bandMargin(MIDDLE_BAND)).to.equal('-45% 0px -45% 0px');
    expect(bandMargin(LOW_BAND)).to.equal('-72% 0px -18% 0px');
  });

  it('boxesInBand finds the boxes crossing the band of a viewport given in document pixels', () => {
    const boxes = [{ top: 0, bottom: 300 }, { top: 500, bottom: 800 }, { top: 1000, bottom: 1300 }];
    // Viewport 600 high from y = 350: the middle band is 620–680, inside the second box.
    expect(boxesInBand(boxes, { top: 350, height: 600 }, MIDDLE_BAND)).to.deep.equal([1]);
    // From y = -400 (the frame still below the top of the screen): the band is -130 to -70.
    expect(boxesInBand(boxes, { top: -400, height: 600 }, MIDDLE_BAND)).to.deep.equal([]);
    // The low band of the same viewport at 350: 782–842, the end of the second box only.
    expect(boxesInBand(boxes, { top: 350, height: 600 }, LOW_BAND)).to.deep.equal([1]);
    // A band touching a box's edge does not cross it: 300–400 ends the first box and misses the second.
    expect(boxesInBand(boxes, { top: -100, height: 1000 }, { start: 0.4, end: 0.5 })).to.deep.equal([]);
    expect(boxesInBand(boxes, { top: -99, height: 1000 }, { start: 0.4, end: 0.5 })).to.deep.equal([]);
    expect(boxesInBand(boxes, { top: -101, height: 1000 }, { start: 0.4, end: 0.5 })).to.deep.equal([0]);
  });
});
