/**
 * Renders a CSF story the way Storybook does, by hand: the story's render (or the meta's) with
 * the meta's args under the story's, wrapped in the story's decorators and then the meta's.
 * Then waits for every Twinning element in it to reach the state the story shows.
 */
import { render as litRender, type TemplateResult } from 'lit';

type Args = Record<string, unknown>;
type StoryFn = () => unknown;
type Decorator = (story: StoryFn, context: { args: Args }) => unknown;

/** The fields of a story or meta this runner reads. */
export interface StoryLike {
  name?: string;
  args?: Args;
  render?: (args: Args, context: { args: Args }) => unknown;
  decorators?: Decorator[];
}

/** A stories module: `default` is the meta, every other export a story. */
export type StoriesModule = Record<string, unknown> & { default: StoryLike & { title?: string } };

/** The named stories of a module, in export order, with their display names. */
export function storiesOf(module: StoriesModule): { id: string; name: string; story: StoryLike }[] {
  return Object.entries(module)
    .filter(([id]) => id !== 'default')
    .map(([id, story]) => ({ id, name: (story as StoryLike).name ?? id, story: story as StoryLike }));
}

function place(content: unknown, into: HTMLElement): void {
  if (content instanceof Node) into.append(content);
  else litRender(content as TemplateResult, into);
}

/** Draws `story` of `meta` into `container`. */
export function renderStory(meta: StoryLike, story: StoryLike, container: HTMLElement): void {
  const args = { ...meta.args, ...story.args };
  const context = { args };
  const render = story.render ?? meta.render;
  if (!render) throw new Error('story has no render function');
  let fn: StoryFn = () => render(args, context);
  for (const decorator of [...(story.decorators ?? []), ...(meta.decorators ?? [])]) {
    const inner = fn;
    fn = () => decorator(inner, context);
  }
  place(fn(), container);
}

/** What a story should end up showing. */
export type Expected = 'ready' | 'loading' | 'empty' | 'error';

/** The state a story's name says it shows ("State: error" → error); otherwise ready. */
export function expectedState(name: string): Expected {
  const m = /^State: (loading|empty|error)$/.exec(name);
  return (m?.[1] as Expected | undefined) ?? 'ready';
}

const SELECTOR: Record<Expected, string> = {
  ready: '[part~="summary"]',
  loading: '[part~="loading"]',
  empty: '[part~="empty"]',
  error: '[part~="error"]',
};

/** The Twinning elements in `container` that draw (not the `<twinning-data>` provider). */
export function drawingElements(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('*')].filter((e) => e.localName.startsWith('twinning-') && e.localName !== 'twinning-data');
}

/** Resolves when each element shows `expected` (or, for a provider error, the provider does); rejects after `ms`. */
export async function waitForState(container: HTMLElement, expected: Expected, ms = 15000): Promise<HTMLElement[]> {
  const provider = container.querySelector<HTMLElement>('twinning-data');
  const targets = expected === 'error' && provider ? [provider] : drawingElements(container);
  if (!targets.length) throw new Error('the story drew no Twinning element');
  const start = performance.now();
  for (;;) {
    const pending = targets.filter((el) => !el.shadowRoot?.querySelector(SELECTOR[expected]));
    if (!pending.length) return targets;
    if (performance.now() - start > ms) {
      const seen = pending.map((el) => `<${el.localName}> shows ${[...(el.shadowRoot?.querySelectorAll('[part]') ?? [])].map((p) => p.getAttribute('part')).slice(0, 6).join(', ') || 'nothing'}`);
      throw new Error(`expected state "${expected}" not reached: ${seen.join('; ')}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
