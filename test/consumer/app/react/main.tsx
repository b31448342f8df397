// A React 19 app: the raw tag in JSX (typed by @twinning/react) and the wrapper component.
import '@twinning/elements';
import { TwinningMap, TwinningPartners, type TwinningMapElement, type TwinningSelectEvent } from '@twinning/react';
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [raw, setRaw] = useState('none');
  const [wrapped, setWrapped] = useState('none');
  const wrapper = useRef<TwinningMapElement>(null);
  return (
    <main>
      <output id="raw-state">{raw}</output>
      <twinning-map id="raw" lang="en" ontwinning-select={(event: TwinningSelectEvent) => setRaw(event.twinning ?? 'cleared')} />
      <output id="wrapped-state">{wrapped}</output>
      <TwinningMap id="wrapped" ref={wrapper} lang="en" onTwinningSelect={(event) => setWrapped(event.twinning ?? 'cleared')} />
      <TwinningPartners id="partners" place="ca-bc-burnaby" locator="none" lang="en" />
    </main>
  );
}

const litVersions = (globalThis as { litElementVersions?: string[] }).litElementVersions ?? [];
document.body.dataset.ready = JSON.stringify({ litVersions });
createRoot(document.getElementById('root')!).render(<App />);
