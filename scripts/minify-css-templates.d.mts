import type { Plugin } from 'vite';

export function minifyCssText(text: string): string;
export function minifyCssTemplates(code: string): string;
export function minifyCssTemplatesPlugin(): Plugin;
