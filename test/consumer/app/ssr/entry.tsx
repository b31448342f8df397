// A Vite SSR build that imports every element and renders the React wrapper to a string.
import '@twinning/elements';
import { TwinningMap } from '@twinning/react';
import { renderToString } from 'react-dom/server';

export const html = renderToString(<TwinningMap lang="fr" status="active" />);
