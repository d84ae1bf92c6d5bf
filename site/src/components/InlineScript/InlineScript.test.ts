import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { GUIDE_LOADING_SCRIPT } from '../../guide/island/loading-state.ts';
import { LYSSNA_AVAILABLE_SCRIPT } from '../Lyssna/availability.ts';
import { MIN_LISTA_AVAILABLE_SCRIPT } from '../MinListaKnapp/availability.ts';
import InlineScript from './InlineScript.astro';

describe('InlineScript', () => {
  it('writes the named script as it is (unescaped, or it would not run)', async () => {
    const container = await AstroContainer.create();
    expect(await container.renderToString(InlineScript, { props: { name: 'lyssna-finns' } })).toBe(
      `<script>${LYSSNA_AVAILABLE_SCRIPT}</script>`,
    );
    expect(await container.renderToString(InlineScript, { props: { name: 'guiden-laddar' } })).toBe(
      `<script>${GUIDE_LOADING_SCRIPT}</script>`,
    );
    expect(await container.renderToString(InlineScript, { props: { name: 'min-lista-finns' } })).toBe(
      `<script>${MIN_LISTA_AVAILABLE_SCRIPT}</script>`,
    );
  });
});
